/**
 * The package writer (`ita batch`) and the in-memory one (reports, the pane's export) write the same
 * workbook from the same layouts: every cell's value and style, merges, sizes, page setup, header and
 * footer, page breaks, print names and charts. Read back by ExcelJS and compared part by part.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { batchSheetLayouts, csvRows, readAgencies, summarizeBatch } from "../../src/core/batch";
import type { SheetLayout } from "../../src/core/report/layout";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { InvalidLayoutError } from "../../src/xlsx/invalid-layout-error";
import { writeWorkbookPackage } from "../../src/xlsx/write-package";
import { reportLayout } from "./report-sheets";
import { analysisLayout, trendLayout } from "./sample-layouts";

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  return workbook;
}

/** What a sheet shows and prints, cell by cell, in a form two writers' files can be compared by. */
function sheetContent(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[cell.address] = {
        value: cell.value,
        numFmt: cell.numFmt,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        alignment: cell.alignment,
      };
    });
  });
  const heights: Record<number, number | undefined> = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    heights[number] = row.height;
  });
  const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, scale, margins } = sheet.pageSetup;
  return {
    name: sheet.name,
    cells,
    heights,
    merges: [...sheet.model.merges].sort(),
    page: { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, scale, margins },
    headerFooter: sheet.headerFooter,
    rowBreaks: (sheet as unknown as { rowBreaks: unknown[] }).rowBreaks,
  };
}

/** The package's parts that are not worksheets or styles (charts, drawings, print names), as text. */
async function packageParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /^xl\/(charts|drawings)\//.test(name));
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  // ExcelJS does not read page breaks back, so they are compared in the sheets' XML.
  const sheetNames = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const rowBreaks = await Promise.all(
    sheetNames
      .sort()
      .map(
        async (name) => /<rowBreaks\b.*<\/rowBreaks>/.exec((await zip.file(name)?.async("string")) ?? "")?.[0]
      )
  );
  return {
    // Every part but the shared strings (the package writer writes strings inline): the theme included,
    // whose accents colour the charts' series.
    partNames: Object.keys(zip.files)
      .filter((name) => !name.endsWith("/") && name !== "xl/sharedStrings.xml")
      .sort(),
    parts: Object.fromEntries(
      await Promise.all(names.sort().map(async (name) => [name, await zip.file(name)?.async("string")]))
    ),
    definedNames: /<definedNames>.*<\/definedNames>/.exec(workbookXml)?.[0],
    rowBreaks,
  };
}

describe("writeWorkbookPackage", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ita-package-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function bothWriters(layouts: readonly SheetLayout[], digits: "thai" | "arabic") {
    const inMemory = await renderWorkbook(layouts, { digits, creator: "ITA" });
    const file = join(dir, `written-${layouts.map((layout) => layout.id).join("-")}.xlsx`);
    await writeWorkbookPackage(layouts, file, { digits, creator: "ITA", kind: "report" });
    return { inMemory, written: new Uint8Array(readFileSync(file)) };
  }

  it.each([
    ["the analysis and trend sheets, with charts", () => [analysisLayout(), trendLayout()], "thai"],
    ["a paginated report sheet with page breaks", () => [reportLayout()], "thai"],
    [
      "the batch workbook",
      () => {
        const csv = [
          "agency,type,province,fiscalYear,ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10",
          "เทศบาลตำบลหนึ่ง,เทศบาลตำบล,นครราชสีมา,2568,90,91,92,93,94,95,96,97,98,99",
          "เทศบาลตำบลสอง,เทศบาลตำบล,ขอนแก่น,2568,70,71.5,72,73,74,75,76,77,78,79",
          "องค์การบริหารส่วนตำบลสาม,อบต.,นครราชสีมา,2568,85,85,85,85,85,85,85,85,85,85",
        ].join("\n");
        return batchSheetLayouts(summarizeBatch(readAgencies(csvRows(csv)).agencies));
      },
      "arabic",
    ],
  ] as const)("writes %s exactly as the in-memory writer does", async (_, layoutsOf, digits) => {
    const layouts = layoutsOf();
    const { inMemory, written } = await bothWriters(layouts, digits);
    const [expected, actual] = await Promise.all([reopen(inMemory), reopen(written)]);
    expect(actual.worksheets.map(sheetContent)).toEqual(expected.worksheets.map(sheetContent));
    // Widths as the layout gives them. (ExcelJS leaves out a column 9 characters wide, its own default,
    // so the in-memory writer's file is not the reference here: the batch's IIT, EIT and OIT columns.)
    expect(actual.worksheets.map((sheet) => (sheet.columns ?? []).map((column) => column.width))).toEqual(
      layouts.map((layout) => layout.columnWidths)
    );
    expect(
      Object.keys(actual.worksheets[0] ? sheetContent(actual.worksheets[0]).cells : {}).length
    ).toBeGreaterThan(3);
    const parts = await packageParts(written);
    expect(parts).toEqual(await packageParts(inMemory));
    expect(parts.rowBreaks.some((breaks) => breaks !== undefined)).toBe(
      layouts.some((layout) => (layout.page.rowBreaks ?? []).length > 0)
    );
  });

  it("refuses to write a workbook without a sheet, which Excel cannot open", async () => {
    await expect(
      writeWorkbookPackage([], join(dir, "none.xlsx"), { digits: "arabic", kind: "batch" })
    ).rejects.toThrow(InvalidLayoutError);
    expect(existsSync(join(dir, "none.xlsx"))).toBe(false);
  });
});
