/**
 * The tracking sheet as ExcelJS writes it beside the report: the layout cell for cell, the officer columns'
 * validation, the overdue rule, the hidden identity column, the frozen header, the summary's formulas, and
 * a package Excel opens (one set of defined names). Read back as the CLI reads it, it gives the plan.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildReport, layoutReportSheet, trackingFromRows, trackingSheetLayout } from "../../src/core";
import { sheetGrid } from "../../src/cli/workbook-file";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { drawTrackingSheet } from "../../src/xlsx/tracking-sheet";
import { seedPlan, seedResult, SHEET } from "../core/tracking/helpers";

async function reportWithTracking(): Promise<Uint8Array> {
  const model = buildReport(seedResult(), { digits: "thai", chart: true });
  const layout = trackingSheetLayout(seedPlan(), { digits: "thai" });
  return renderWorkbook(model.sheets.map(layoutReportSheet), {
    digits: "thai",
    afterSheets: (workbook) => drawTrackingSheet(workbook, layout),
  });
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  return workbook;
}

describe("the tracking sheet in the report's workbook", () => {
  let bytes: Uint8Array;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await reportWithTracking();
    const workbook = await reopen(bytes);
    const found = workbook.getWorksheet(SHEET);
    if (!found) throw new Error("no tracking sheet");
    sheet = found;
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2565",
      "มาตรการ ITA 2566",
      SHEET,
    ]);
  });

  it("comes after the report's sheets, whose print names and charts stay theirs", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml.match(/<definedNames>/g)).toHaveLength(1);
    expect(workbookXml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    expect(workbookXml).not.toMatch(/localSheetId="2"/);
  });

  it("holds the measures, their deadlines as Thai-calendar dates, and the officer's columns", () => {
    expect(sheet.getCell("A5").value).toBe("๑.๑");
    expect(sheet.getCell("F7").value).toEqual(new Date(Date.UTC(2023, 2, 31)));
    expect(sheet.getCell("F7").numFmt).toBe("[$-D07041E]d mmmm yyyy");
    expect(sheet.getCell("G5").value).toBe("ยังไม่เริ่ม");
    expect(sheet.getCell("G5").numFmt).toBe("@");
    expect(sheet.getCell("G5").font).toMatchObject({ name: "TH Sarabun New", size: 14 });
  });

  it("validates the officer's columns", () => {
    expect(sheet.getCell("G8").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"ยังไม่เริ่ม,กำลังดำเนินการ,ดำเนินการแล้วเสร็จ,ยกเลิก/ปรับแผน"'],
      showErrorMessage: true,
    });
    expect(sheet.getCell("H12").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    const date = sheet.getCell("I5").dataValidation;
    expect(date).toMatchObject({ type: "date", operator: "between" });
    expect(
      date.formulae?.map((value: unknown) =>
        value instanceof Date ? value.toISOString().slice(0, 10) : value
      )
    ).toEqual(["2022-10-01", "2023-09-30"]);
    for (const address of ["J5", "K9", "L12"]) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [2000],
      });
    }
    expect(sheet.getCell("G13").dataValidation).toBeUndefined();
  });

  it("marks overdue rows and hides the identity column; the header stays in view", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("xl/worksheets/sheet3.xml")?.async("string")) ?? "";
    expect(xml).toContain('<conditionalFormatting sqref="A5:L12">');
    expect(xml).toContain(
      "<formula>AND($F5&lt;&gt;&quot;&quot;,$F5&lt;TODAY(),$G5&lt;&gt;&quot;ดำเนินการแล้วเสร็จ&quot;,$G5&lt;&gt;&quot;ยกเลิก/ปรับแผน&quot;)</formula>"
    );
    expect(sheet.getColumn(13).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("sums up with formulas", () => {
    expect(sheet.getCell("F16").value).toEqual({ formula: 'COUNTIF($B$5:$B$12,"IIT")' });
    expect(sheet.getCell("I21").value).toEqual({ formula: "IF(I16=0,0,I19/I16)" });
  });

  it("reads back as the plan it was written from", () => {
    const read = trackingFromRows(SHEET, sheetGrid(sheet));
    expect(read.ok && read.value.rows.map((row) => row.key)).toEqual(
      seedPlan().measures.map((measure) => measure.key)
    );
  });
});
