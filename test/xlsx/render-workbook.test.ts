import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import type { SheetLayout } from "../../src/core/report/layout";
import { InvalidLayoutError } from "../../src/xlsx/invalid-layout-error";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { reportLayout } from "./report-sheets";
import {
  ANALYSIS_NAME,
  COMPARISON,
  FONT,
  TABLE_ROW,
  TITLE,
  TREND_NAME,
  analysisLayout,
  trendLayout,
} from "./sample-layouts";

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(copy as ExcelJS.Buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** What a cell holds and how it looks, read once (plain data, not a live cell object). */
function cellAt(sheet: ExcelJS.Worksheet, address: string) {
  const { value, type, numFmt, font, alignment, fill, border, row, col } = sheet.getCell(address);
  return { value, type, numFmt, font, alignment, fill, border, row: Number(row), column: Number(col) };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The texts of every `<tag>` element in document order. */
function elementTexts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => unescapeXml(m[1] ?? ""));
}

/** Runs xmllint on every XML part; returns the parts it rejects with its message. */
async function malformedParts(zip: JSZip): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "ita-xlsx-parts-"));
  const rejected: string[] = [];
  for (const [i, path] of Object.keys(zip.files).entries()) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const file = join(dir, `part${i}.xml`);
    writeFileSync(file, await text(zip, path));
    try {
      execFileSync("xmllint", ["--noout", file], { stdio: "pipe" });
    } catch (error) {
      rejected.push(`${path}: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
    }
  }
  return rejected;
}

describe("renderWorkbook", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await renderWorkbook([analysisLayout(), trendLayout()], { digits: "thai", creator: "ทดสอบ" });
    workbook = await reopen(bytes);
    zip = await JSZip.loadAsync(bytes);
  });

  it("writes one worksheet per layout, in order, with the layouts' names", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ANALYSIS_NAME, TREND_NAME]);
    expect(workbook.creator).toBe("ทดสอบ");
  });

  it("writes Thai text as text and numbers as numbers", () => {
    const sheet = sheetOf(workbook, ANALYSIS_NAME);
    expect(cellAt(sheet, "A1").value).toBe(TITLE);
    expect(cellAt(sheet, "B5").value).toBe(COMPARISON[0]?.[0]);
    expect(cellAt(sheet, "A5").value).toBe(1);
    expect(cellAt(sheet, "C5").value).toBe(81.25);
    expect(cellAt(sheet, "D5").type).toBe(ExcelJS.ValueType.Number);
    expect(cellAt(sheet, "E6").value).toBe(-2.5);
  });

  it("keeps a text that starts with = as text, never a formula", async () => {
    const cell = cellAt(sheetOf(workbook, ANALYSIS_NAME), `A${TABLE_ROW + 1 + COMPARISON.length + 2}`);
    expect(cell.value).toBe("=SUM(A1)");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<f>");
  });

  it("gives each number style its format, with the Thai-digit locale prefix", () => {
    const sheet = sheetOf(workbook, ANALYSIS_NAME);
    expect(cellAt(sheet, "A5").numFmt).toBe("[$-D00041E]0");
    expect(cellAt(sheet, "C5").numFmt).toBe("[$-D00041E]0.00");
    expect(cellAt(sheet, "E5").numFmt).toBe("[$-D00041E]+0.00;[$-D00041E]-0.00;[$-D00041E]0.00");
    expect(cellAt(sheet, `D${TABLE_ROW + 2 + COMPARISON.length}`).numFmt).toBe("[$-D00041E]0.00%");
  });

  it("shortens a page header too long for Excel (255 characters with its codes), so the file needs no repair", async () => {
    const sample = analysisLayout();
    const layout = { ...sample, page: { ...sample.page, headerCenter: "องค์การบริหารส่วนตำบล".repeat(20) } };
    const reopened = await reopen(await renderWorkbook([layout], { digits: "thai" }));
    const header = sheetOf(reopened, ANALYSIS_NAME).headerFooter.oddHeader ?? "";
    expect(header.length).toBeLessThanOrEqual(255);
    expect(header).toMatch(/^&C&"TH Sarabun New,Regular"องค์การบริหารส่วนตำบล.*…$/);
  });

  it("uses plain formats with Arabic digits", async () => {
    const arabic = await reopen(await renderWorkbook([analysisLayout()], { digits: "arabic" }));
    const sheet = sheetOf(arabic, ANALYSIS_NAME);
    expect(cellAt(sheet, "C5").numFmt).toBe("0.00");
    expect(cellAt(sheet, "E5").numFmt).toBe("+0.00;-0.00;0.00");
  });

  it("draws fonts, fills, alignment, wrapping and borders", () => {
    const sheet = sheetOf(workbook, ANALYSIS_NAME);
    const title = cellAt(sheet, "A1");
    expect(title.font).toEqual({ name: FONT, size: 18, bold: true });
    expect(title.alignment).toEqual({ horizontal: "center", wrapText: true });
    const header = cellAt(sheet, `B${TABLE_ROW + 1}`);
    expect(header.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border).toEqual({
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    });
    expect(cellAt(sheet, "A3").font).toEqual({
      name: FONT,
      size: 16,
      bold: true,
      color: { argb: "FF1F3864" },
    });
    expect(cellAt(sheet, "B5").font).toEqual({ name: FONT, size: 16 });
  });

  it("sets column widths in characters and the layout's row heights", () => {
    const sheet = sheetOf(workbook, ANALYSIS_NAME);
    expect([1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width)).toEqual([8, 34, 11, 13, 14]);
    expect(sheet.getRow(5).height).toBe(24);
    expect(sheet.getRow(1).height).toBe(54);
  });

  it("merges the layout's blocks", () => {
    const after = TABLE_ROW + 1 + COMPARISON.length;
    expect(sheetOf(workbook, ANALYSIS_NAME).model.merges).toEqual([
      "A1:E1",
      "A2:E2",
      `A${after + 3}:E${after + 4}`,
    ]);
  });

  it("sets up the page: A4 portrait, margins, one page wide, print area and titles", () => {
    const setup = sheetOf(workbook, ANALYSIS_NAME).pageSetup;
    expect(setup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:E39",
      printTitlesRow: "4:4",
    });
    expect(setup.margins?.top).toBeCloseTo(1.9 / 2.54, 6);
    expect(setup.margins?.left).toBeCloseTo(1.8 / 2.54, 6);
    expect(setup.margins?.right).toBeCloseTo(1.3 / 2.54, 6);
    expect(sheetOf(workbook, TREND_NAME).pageSetup).toMatchObject({ printArea: "A1:C20" });
    expect(sheetOf(workbook, TREND_NAME).pageSetup.printTitlesRow).toBeUndefined();
  });

  it("quotes sheet names with apostrophes in the print names", async () => {
    expect(await text(zip, "xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;แนวโน้ม &apos;&apos;ITA&apos;&apos; &amp; ปี&apos;!$A$1:$C$20</definedName>'
    );
  });

  it("writes the header and the page-x-of-y footer, with a literal & doubled", () => {
    expect(sheetOf(workbook, ANALYSIS_NAME).headerFooter).toMatchObject({
      oddHeader: `&C&"${FONT},Regular"เทศบาลตำบลด่านเกวียน ปีงบประมาณ ๒๕๖๕`,
      oddFooter: `&C&"${FONT},Regular"หน้า &P จาก &N`,
    });
    expect(sheetOf(workbook, TREND_NAME).headerFooter.oddHeader).toBe(
      `&C&"${FONT},Regular"ด่านเกวียน && แนวโน้ม`
    );
  });

  it("writes only well-formed XML parts", async () => {
    expect(await malformedParts(zip)).toEqual([]);
  });

  it("adds a chart part, a drawing and their relationships for each chart", async () => {
    expect(
      Object.keys(zip.files)
        .filter((p) => /^xl\/(charts|drawings)\/.*\.(xml|rels)$/.test(p))
        .sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    const sheetRels = await text(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheetRels).toMatch(
      /Id="rId1" Type="[^"]*\/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/
    );
    expect(await text(zip, "xl/worksheets/sheet1.xml")).toMatch(
      /<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/
    );
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toMatch(
      /Id="rId1" Type="[^"]*\/relationships\/chart" Target="..\/charts\/chart1.xml"/
    );
  });

  it("anchors the chart over the layout's anchor cells", async () => {
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    const anchor = analysisLayout().charts[0]?.anchor;
    expect(elementTexts(drawing, "xdr:row")).toEqual([String(anchor?.row), String((anchor?.row ?? 0) + 20)]);
    expect(elementTexts(drawing, "xdr:col")).toEqual(["0", "5"]);
    expect(drawing).toContain(
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/>'
    );
  });

  it("draws a clustered bar chart whose series reference the table's cells", async () => {
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    const sheetRef = `'${ANALYSIS_NAME}'!`;
    expect(elementTexts(chart, "c:f")).toEqual([
      `${sheetRef}$C$4`,
      `${sheetRef}$B$5:$B$14`,
      `${sheetRef}$C$5:$C$14`,
      `${sheetRef}$D$4`,
      `${sheetRef}$B$5:$B$14`,
      `${sheetRef}$D$5:$D$14`,
    ]);
    expect(elementTexts(chart, "a:t")).toEqual(["คะแนนรายตัวชี้วัด ปี ๒๕๖๔ และ ๒๕๖๕", "ตัวชี้วัด", "คะแนน"]);
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
  });

  it("caches in the chart exactly the values of the cells it references", async () => {
    const chart = await text(zip, "xl/charts/chart1.xml");
    const sheet = sheetOf(workbook, ANALYSIS_NAME);
    const cellValues = (range: string) => {
      const [first, last] = range.replace(/^.*!/, "").replace(/\$/g, "").split(":");
      const start = cellAt(sheet, first ?? "");
      const end = cellAt(sheet, last ?? first ?? "");
      const values: string[] = [];
      for (let row = start.row; row <= end.row; row += 1) {
        values.push(String(cellAt(sheet, `${first?.replace(/\d+$/, "")}${row}`).value));
      }
      return values;
    };
    const references = [...chart.matchAll(/<c:(?:strRef|numRef)>(.*?)<\/c:(?:strRef|numRef)>/g)].map(
      (m) => m[1] ?? ""
    );
    expect(references).toHaveLength(6);
    for (const part of references) {
      const [formula] = elementTexts(part, "c:f");
      expect(elementTexts(part, "c:v")).toEqual(cellValues(formula ?? ""));
    }
  });

  it("draws a line chart on a sheet whose name needs quoting", async () => {
    const chart = await text(zip, "xl/charts/chart2.xml");
    expect(chart).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(elementTexts(chart, "c:f")).toEqual([
      "'แนวโน้ม ''ITA'' & ปี'!$B$1",
      "'แนวโน้ม ''ITA'' & ปี'!$A$2:$A$4",
      "'แนวโน้ม ''ITA'' & ปี'!$B$2:$B$4",
      "'แนวโน้ม ''ITA'' & ปี'!$C$1",
      "'แนวโน้ม ''ITA'' & ปี'!$A$2:$A$4",
      "'แนวโน้ม ''ITA'' & ปี'!$C$2:$C$4",
    ]);
  });

  it("writes a sheet without charts with no drawing", async () => {
    const plain: SheetLayout = { ...trendLayout(), charts: [] };
    const parts = Object.keys(
      (await JSZip.loadAsync(await renderWorkbook([plain], { digits: "thai" }))).files
    );
    expect(parts.filter((p) => p.includes("drawing") || p.includes("chart"))).toEqual([]);
  });

  it("refuses a chart whose series do not fill its data range", async () => {
    const layout = trendLayout();
    const chart = layout.charts[0];
    if (!chart) throw new Error("the trend layout has a chart");
    const broken: SheetLayout = { ...layout, charts: [{ ...chart, series: chart.series.slice(0, 1) }] };
    await expect(renderWorkbook([broken], { digits: "thai" })).rejects.toThrow(InvalidLayoutError);
  });
});

describe("renderWorkbook, a paginated report sheet", () => {
  let zip: JSZip;

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderWorkbook([reportLayout()], { digits: "thai" }));
  });

  it("prints at 100 % (Excel ignores manual breaks under Fit to) with a manual break above each page", async () => {
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<pageSetup [^>]*scale="100"/);
    expect(sheet).not.toMatch(/<sheetPr>.*fitToPage/);
    const breaks = reportLayout().page.rowBreaks ?? [];
    expect(sheet).toContain(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("") +
        "</rowBreaks>"
    );
    expect(sheet).toMatch(
      /<headerFooter differentFirst="1"><oddHeader>[^<]*–[^<]*<\/oddHeader><\/headerFooter>/
    );
  });

  it("draws the bar chart with indicator 1 on top, the value axis below it from 0 to 100 by 10, and labels", async () => {
    const chart = await text(zip, "xl/charts/chart1.xml");
    const categoryAxis = /<c:catAx>.*<\/c:catAx>/.exec(chart)?.[0] ?? "";
    const valueAxis = /<c:valAx>.*<\/c:valAx>/.exec(chart)?.[0] ?? "";
    expect(categoryAxis).toContain('<c:scaling><c:orientation val="maxMin"/></c:scaling>');
    expect(categoryAxis).toContain('<c:tickLblSkip val="1"/>');
    expect(valueAxis).toContain(
      '<c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>'
    );
    expect(valueAxis).toContain(
      '<c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="10"/>'
    );
    expect(valueAxis).toContain('<c:numFmt formatCode="[$-D00041E]0" sourceLinked="0"/>');
    expect(
      chart.match(/<c:dLbls><c:numFmt formatCode="\[\$-D00041E\]0.00" sourceLinked="0"\/>/g)
    ).toHaveLength(2);
    expect(chart).toContain('<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>');
  });

  it("writes the series newest first, so the bar chart's legend (read in reverse) shows the older year first", async () => {
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(elementTexts(chart, "c:v").filter((value) => value.startsWith("ปี"))).toEqual(["ปี ๒๕๖๕", "ปี ๒๕๖๔"]);
  });

  it("keeps the chart's data right of the print area", async () => {
    const layout = reportLayout();
    const [placement] = layout.charts;
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(placement?.dataRange.column).toBeGreaterThanOrEqual(layout.page.printArea.columnCount);
    expect(elementTexts(chart, "c:f")[1]).toMatch(/!\$H\$\d+:\$H\$\d+$/);
    expect(await text(zip, "xl/workbook.xml")).toMatch(/_xlnm.Print_Area[^<]*!\$A\$1:\$F\$\d+</);
  });
});
