import { CellStyle, numberFormatFor, PageSetup, SheetLayout } from "../../../src/core/report/layout";
import { renderReport } from "../../../src/excel/report/generate-report";
import { GENERATED_SHEETS_KEY } from "../../../src/excel/report/generated-sheets";
import { createExcelHost, ExcelHost, WorkbookSnapshot } from "../../support/excel-host";

const header: CellStyle = { bold: true, fill: "#DCE6F2", horizontal: "center", border: true };
const body: CellStyle = { border: true };

function page(lastRow: number, lastColumn: number, repeat?: { first: number; last: number }): PageSetup {
  return {
    paper: "A4",
    orientation: "portrait",
    margins: { top: 2.54, bottom: 2.54, left: 1.91, right: 1.27 },
    fitToPagesWide: 1,
    repeatRows: repeat,
    headerCenter: "เทศบาลตำบลด่านเกวียน ปีงบประมาณ 2565 & 2566",
    footerPageNumbers: true,
    printArea: { row: 0, column: 0, rowCount: lastRow + 1, columnCount: lastColumn + 1 },
  };
}

/** A small measures table: a merged title, a header row, numbers of three styles and formula-like text. */
const measures: SheetLayout = {
  id: "measures",
  name: "มาตรการ 2566",
  columnWidths: [8, 40, 12],
  cells: [
    { row: 0, column: 0, value: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", style: { bold: true, fontSize: 18 } },
    { row: 2, column: 0, value: "ลำดับ", style: header },
    { row: 2, column: 1, value: "ประเด็น", style: header },
    { row: 2, column: 2, value: "คะแนน", style: header },
    { row: 3, column: 0, value: 1, numberStyle: "integer", style: body },
    { row: 3, column: 1, value: "=SUM(A1:A3)", style: body },
    { row: 3, column: 2, value: 85.08, numberStyle: "score", style: body },
    { row: 4, column: 0, value: 2, numberStyle: "integer", style: body },
    { row: 4, column: 1, value: "-ลดขั้นตอน", style: body },
    { row: 4, column: 2, value: -1.5, numberStyle: "change", style: body },
    { row: 5, column: 1, value: "2565", style: body },
  ],
  merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }],
  charts: [],
  page: page(5, 2, { first: 2, last: 2 }),
  fontName: "TH Sarabun New",
};

const indicators = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ"];
const previous = [87.93, 78.19, 82.08];
const current = [91.21, 85.08, 87.53];

/** An analysis sheet: a wrapped Thai paragraph, a comparison table and a clustered bar chart over it. */
const analysis: SheetLayout = {
  id: "analysis",
  name: "ผลการวิเคราะห์ ITA",
  columnWidths: [30, 12, 12],
  cells: [
    {
      row: 0,
      column: 0,
      value: "ผลการวิเคราะห์ ITA ปีงบประมาณ 2565",
      style: { bold: true, horizontal: "center" },
    },
    {
      row: 1,
      column: 0,
      value:
        "หน่วยงานได้คะแนนรวม ๘๙.๔๒ คะแนน อยู่ในระดับ A ผ่านเกณฑ์ทั้งสามเครื่องมือ และควรรักษามาตรฐานการเปิดเผยข้อมูลต่อไป",
      style: { wrap: true, vertical: "top" },
    },
    { row: 3, column: 0, value: "ตัวชี้วัด", style: header },
    { row: 3, column: 1, value: "ปี 2564", style: header },
    { row: 3, column: 2, value: "ปี 2565", style: header },
    ...indicators.flatMap((name, i) => [
      { row: 4 + i, column: 0, value: name, style: body },
      { row: 4 + i, column: 1, value: previous[i] ?? 0, numberStyle: "score" as const, style: body },
      { row: 4 + i, column: 2, value: current[i] ?? 0, numberStyle: "score" as const, style: body },
    ]),
  ],
  merges: [
    { row: 0, column: 0, rowCount: 1, columnCount: 3 },
    { row: 1, column: 0, rowCount: 1, columnCount: 3 },
  ],
  charts: [
    {
      kind: "clusteredBar",
      title: "คะแนนรายตัวชี้วัด ปี 2564 และ 2565",
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนน",
      dataRange: { row: 3, column: 0, rowCount: 4, columnCount: 3 },
      categories: indicators,
      series: [
        { name: "ปี 2564", values: previous },
        { name: "ปี 2565", values: current },
      ],
      anchor: { row: 8, column: 0, rowCount: 15, columnCount: 3 },
    },
  ],
  page: page(22, 2, { first: 3, last: 3 }),
  fontName: "TH Sarabun New",
};

let host: ExcelHost;
let uninstall: () => void;

function install(apiSets?: Record<string, string>): void {
  uninstall?.();
  host = createExcelHost(apiSets ? { apiSets } : {});
  uninstall = host.install();
}

beforeEach(() => install());
afterEach(() => uninstall());

const messages = (outcome: { ok: boolean; issues?: readonly { location: string; messageEn: string }[] }) =>
  outcome.ok ? [] : (outcome.issues ?? []).map((issue) => `${issue.location}: ${issue.messageEn}`);

async function render(
  layouts: readonly SheetLayout[],
  options: Partial<Parameters<typeof renderReport>[1]> = {}
): ReturnType<typeof renderReport> {
  host.resetCounters();
  return renderReport(layouts, { digits: "arabic", replaceEdited: false, ...options });
}

async function renderOk(
  layouts: readonly SheetLayout[],
  options: Partial<Parameters<typeof renderReport>[1]> = {}
) {
  const outcome = await render(layouts, options);
  if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
  return outcome;
}

const sheetNamed = (snapshot: WorkbookSnapshot, name: string) => {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

async function renameSheet(from: string, to: string): Promise<void> {
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

describe("renderReport", () => {
  it("writes values, number formats, styles and merges in two syncs", async () => {
    const outcome = await renderOk([measures]);
    expect(host.syncCount).toBe(2);
    expect(outcome.value.sheets).toEqual([{ layoutId: "measures", name: "มาตรการ 2566" }]);
    expect(outcome.warnings).toEqual([]);

    expect(host.getCell("'มาตรการ 2566'!A1")).toMatchObject({
      value: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
      numberFormat: "@",
      format: { bold: true, fontSize: 18, fontName: "TH Sarabun New" },
    });
    expect(host.getCell("'มาตรการ 2566'!A4")).toMatchObject({
      value: 1,
      numberFormat: "0",
      valueType: "Double",
    });
    expect(host.getCell("'มาตรการ 2566'!C4")).toMatchObject({
      value: 85.08,
      numberFormat: "0.00",
      text: "85.08",
    });
    expect(host.getCell("'มาตรการ 2566'!C5")).toMatchObject({
      value: -1.5,
      numberFormat: "+0.00;-0.00;0.00",
    });
    const header = host.getCell("'มาตรการ 2566'!B3").format;
    expect(header).toMatchObject({
      bold: true,
      fillColor: "#DCE6F2",
      horizontalAlignment: "Center",
      fontSize: 16,
    });
    expect(header.borders?.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(host.getCell("'มาตรการ 2566'!A5").format.borders?.left).toMatchObject({ style: "Continuous" });
    expect(host.getCell("'มาตรการ 2566'!B5").format.borders?.right).toMatchObject({ style: "Continuous" });

    const sheet = sheetNamed(host.snapshot(), "มาตรการ 2566");
    expect(sheet.mergedAreas).toEqual(["A1:C1"]);
    // The widths the .xlsx renderer stores (w × 7 px of 0.75 pt), so both print the same page.
    expect(sheet.columnWidths).toEqual({ A: 42, B: 210, C: 63 });
    expect(host.snapshot().activeSheet).toBe("มาตรการ 2566");
  });

  it("keeps text that looks like a formula, a negative number or a year as text", async () => {
    await renderOk([measures]);
    expect(host.getCell("'มาตรการ 2566'!B4")).toMatchObject({
      value: "=SUM(A1:A3)",
      hasFormula: false,
      valueType: "String",
    });
    expect(host.getCell("'มาตรการ 2566'!B5")).toMatchObject({ value: "-ลดขั้นตอน", hasFormula: false });
    expect(host.getCell("'มาตรการ 2566'!B6")).toMatchObject({ value: "2565", valueType: "String" });
  });

  it("shows Thai digits through the number format, keeping the cells numeric", async () => {
    await renderOk([measures], { digits: "thai" });
    expect(host.getCell("'มาตรการ 2566'!C4")).toMatchObject({
      value: 85.08,
      valueType: "Double",
      numberFormat: "[$-D00041E]0.00",
    });
    expect(host.getCell("'มาตรการ 2566'!C5").numberFormat).toBe(numberFormatFor("change", "thai"));
    expect(host.getCell("'มาตรการ 2566'!A4").numberFormat).toBe("[$-D00041E]0");
  });

  it("draws a titled clustered bar chart over its anchor, with axis titles and the legend at the bottom", async () => {
    await renderOk([analysis]);
    expect(sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").charts).toEqual([
      {
        name: "analysis 1",
        chartType: "BarClustered",
        source: "A4:C7",
        seriesBy: "Columns",
        series: ["ปี 2564", "ปี 2565"],
        title: "คะแนนรายตัวชี้วัด ปี 2564 และ 2565",
        categoryAxisTitle: "ตัวชี้วัด",
        valueAxisTitle: "คะแนน",
        legend: "Bottom",
        position: "A9:C23",
        categoryAxis: { tickLabelSpacing: 1 },
        valueAxis: {},
        dataLabels: null,
        font: { name: "TH Sarabun New", size: 14 },
      },
    ]);
  });

  it("puts the first category on top, fixes the value axis and labels each bar, in Thai digits", async () => {
    const [placement] = analysis.charts;
    if (!placement) throw new Error("the analysis layout has a chart");
    const formatted: SheetLayout = {
      ...analysis,
      charts: [
        {
          ...placement,
          firstCategoryOnTop: true,
          valueAxis: { min: 0, max: 100, majorUnit: 10 },
          dataLabels: true,
        },
      ],
    };
    await renderOk([formatted], { digits: "thai" });
    expect(sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").charts[0]).toMatchObject({
      series: ["ปี 2564", "ปี 2565"],
      categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelSpacing: 1 },
      valueAxis: { minimum: 0, maximum: 100, majorUnit: 10, numberFormat: "[$-D00041E]0" },
      dataLabels: { numberFormat: "[$-D00041E]0.00", position: "OutsideEnd" },
    });
  });

  it("draws the chart without axis formats, and the report all the same, where ExcelApi 1.8 is missing", async () => {
    install({ ExcelApi: "1.7" });
    const outcome = await renderOk([analysis]);
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(["print-layout-unsupported"]);
    expect(sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").charts[0]).toMatchObject({
      categoryAxis: {},
      title: "คะแนนรายตัวชี้วัด ปี 2564 และ 2565",
    });
  });

  it("sets the layout's row heights, runs of equal heights together", async () => {
    await renderOk([
      {
        ...analysis,
        rowHeights: [
          { row: 2, points: 48 },
          { row: 3, points: 48 },
          { row: 5, points: 24 },
        ],
      },
    ]);
    const sheet = sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA");
    // The snapshot numbers rows from 1, as Excel shows them.
    expect(sheet.rowHeights).toEqual({ "3": 48, "4": 48, "6": 24 });
  });

  it("autofits the rows the layout lets Excel fit, after setting every height", async () => {
    await renderOk([{ ...analysis, rowHeights: [{ row: 4, points: 60 }], autofitRows: [4, 5] }]);
    const heights = sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").rowHeights;
    expect(heights["5"]).not.toBe(60);
    expect(heights["5"]).toBeGreaterThan(0);
  });

  it("prints a paginated sheet at 100 % with the layout's page breaks, a header off the first page and no footer", async () => {
    const paginated: SheetLayout = {
      ...analysis,
      page: {
        ...analysis.page,
        fitToPagesWide: undefined,
        repeatRows: undefined,
        footerPageNumbers: undefined,
        headerSkipsFirstPage: true,
        headerCenter: "เทศบาลตำบลด่านเกวียน – รายงานผลการวิเคราะห์",
        rowBreaks: [8, 16],
      },
    };
    await renderOk([paginated]);
    const first = host.snapshot();
    const layout = sheetNamed(first, "ผลการวิเคราะห์ ITA").pageLayout;
    expect(layout).toMatchObject({
      zoom: { scale: 100 },
      printTitleRows: null,
      pageBreaks: ["9", "17"],
      headerFooterState: "FirstAndDefault",
      firstPageHeadersFooters: { centerHeader: "" },
      headersFooters: { centerHeader: "เทศบาลตำบลด่านเกวียน – รายงานผลการวิเคราะห์", centerFooter: "" },
    });
    // Regenerated, the sheet gets the same breaks, not twice as many (one more sync reads the earlier sheet).
    await renderOk([{ ...paginated, page: { ...paginated.page, rowBreaks: [8] } }]);
    expect(host.syncCount).toBe(3);
    expect(sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").pageLayout.pageBreaks).toEqual(["9"]);
  });

  it("sets A4 portrait, margins, one page wide, title rows, header, page x of y and the print area", async () => {
    await renderOk([analysis]);
    const layout = sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA").pageLayout;
    expect(layout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "4:4",
      printArea: "A1:C23",
    });
    expect(layout.margins.top).toBeCloseTo(72, 6);
    expect(layout.margins.left).toBeCloseTo(54.14, 2);
    expect(layout.headersFooters.centerHeader).toBe("เทศบาลตำบลด่านเกวียน ปีงบประมาณ 2565 && 2566");
    expect(layout.headersFooters.centerFooter).toBe("หน้า &P จาก &N");
  });

  it("writes the report without page layout, and says so, where ExcelApi 1.9 is missing", async () => {
    install({ ExcelApi: "1.8" });
    const outcome = await renderOk([analysis]);
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(["print-layout-unsupported"]);
    const sheet = sheetNamed(host.snapshot(), "ผลการวิเคราะห์ ITA");
    expect(sheet.pageLayout.paperSize).toBe("Letter");
    expect(sheet.charts).toHaveLength(1);
    expect(host.getCell("'ผลการวิเคราะห์ ITA'!B5").value).toBe(87.93);
  });

  it("records the generated sheets in the settings and hides the names that point at them", async () => {
    await renderOk([analysis, measures]);
    const snapshot = host.snapshot();
    const record = JSON.parse(String(snapshot.settings[GENERATED_SHEETS_KEY])) as {
      version: number;
      sheets: { layoutId: string; name: string; fingerprint: string }[];
    };
    expect(record.version).toBe(1);
    expect(record.sheets.map(({ layoutId, name }) => ({ layoutId, name }))).toEqual([
      { layoutId: "analysis", name: "ผลการวิเคราะห์ ITA" },
      { layoutId: "measures", name: "มาตรการ 2566" },
    ]);
    expect(snapshot.names.map((name) => name.name).sort()).toEqual([
      "ITA_Report_analysis",
      "ITA_Report_measures",
    ]);
  });
});

describe("renderReport again", () => {
  it("replaces its own sheets in place: twice gives identical workbooks, in three syncs the second time", async () => {
    host.setCells("Sheet1!A1:B1", [["ข้อมูลของเจ้าหน้าที่", 42]]);
    await renderOk([analysis, measures]);
    const first = host.snapshot();
    // The names of the earlier sheets, then those sheets (only once the names showed they exist), then the writes.
    await renderOk([analysis, measures]);
    expect(host.syncCount).toBe(3);
    expect(host.diffSnapshots(first, host.snapshot())).toEqual([]);
  });

  it("never touches a user's sheet that has the layout's name: it takes a free name, then keeps it", async () => {
    host.addSheet("ผลการวิเคราะห์ ITA");
    host.setCell("'ผลการวิเคราะห์ ITA'!A1", "งานของเจ้าหน้าที่");
    const before = host.snapshot();
    const outcome = await renderOk([analysis]);
    expect(outcome.value.sheets[0]?.name).toBe("ผลการวิเคราะห์ ITA (2)");
    const after = host.snapshot();
    expect(host.diffSnapshots(before, after).filter((line) => line.includes("'ผลการวิเคราะห์ ITA'!"))).toEqual(
      []
    );
    expect(sheetNamed(after, "ผลการวิเคราะห์ ITA")).toEqual(sheetNamed(before, "ผลการวิเคราะห์ ITA"));

    await renderOk([analysis]);
    expect(host.diffSnapshots(after, host.snapshot())).toEqual([]);
  });

  it("changes the layout's content in place when the report changes, and keeps other layouts' sheets", async () => {
    await renderOk([analysis, measures]);
    const first = host.snapshot();
    const shorter: SheetLayout = {
      ...measures,
      cells: measures.cells.slice(0, 4),
      merges: [],
      page: page(2, 2),
    };
    await renderOk([shorter]);
    const after = host.snapshot();
    const before = sheetNamed(first, "มาตรการ 2566");
    const now = sheetNamed(after, "มาตรการ 2566");
    expect(now.id).toBe(before.id);
    const withValues = Object.entries(now.cells).filter(([, cell]) => cell.value !== "");
    expect(withValues.map(([address]) => address).sort()).toEqual(["A1", "A3", "B3", "C3"]);
    expect(now.cells.B4).toBeUndefined();
    expect(now.mergedAreas).toEqual([]);
    expect(sheetNamed(after, "ผลการวิเคราะห์ ITA")).toEqual(sheetNamed(first, "ผลการวิเคราะห์ ITA"));
  });

  it("refuses to replace a generated sheet the officer edited, writing nothing, unless asked to", async () => {
    await renderOk([analysis, measures]);
    host.setCell("'มาตรการ 2566'!B4", "มาตรการที่เจ้าหน้าที่แก้เอง");
    const edited = host.snapshot();

    const outcome = await render([analysis, measures]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.issues.map(({ code, location }) => ({ code, location }))).toEqual([
      { code: "generated-sheet-edited", location: "'มาตรการ 2566'" },
    ]);
    expect(outcome.ok ? "" : outcome.issues[0]?.messageTh).toMatch(/ถูกแก้ไข/);
    expect(host.syncCount).toBe(2);
    expect(host.diffSnapshots(edited, host.snapshot())).toEqual([]);

    await renderOk([analysis, measures], { replaceEdited: true });
    expect(host.getCell("'มาตรการ 2566'!B4").value).toBe("=SUM(A1:A3)");
    await renderOk([analysis, measures]);
  });

  it("notices an edit that only adds a value beside the generated cells", async () => {
    await renderOk([measures]);
    host.setCell("'มาตรการ 2566'!F20", 1);
    const outcome = await render([measures]);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["generated-sheet-edited"]);
  });

  it("finds a generated sheet the officer renamed, and gives it back the layout's name", async () => {
    await renderOk([analysis, measures]);
    const first = host.snapshot();
    await renameSheet("มาตรการ 2566", "มาตรการของเรา");
    const outcome = await renderOk([analysis, measures]);
    expect(outcome.value.sheets[1]?.name).toBe("มาตรการ 2566");
    expect(host.diffSnapshots(first, host.snapshot())).toEqual([]);
  });

  it("swaps names between two renamed generated sheets without a clash", async () => {
    await renderOk([analysis, measures]);
    const first = host.snapshot();
    await renameSheet("มาตรการ 2566", "ชั่วคราว");
    await renameSheet("ผลการวิเคราะห์ ITA", "มาตรการ 2566");
    await renameSheet("ชั่วคราว", "ผลการวิเคราะห์ ITA");
    await renderOk([analysis, measures]);
    expect(host.diffSnapshots(first, host.snapshot())).toEqual([]);
  });

  it("creates the sheet again when the officer deleted it, and rewrites a workbook left with only its sheet", async () => {
    await renderOk([analysis, measures]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      context.workbook.worksheets.getItem("มาตรการ 2566").delete();
      await context.sync();
    });
    await renderOk([analysis, measures]);
    const names = host.snapshot().sheets.map((sheet) => sheet.name);
    expect(names).toEqual(["ผลการวิเคราะห์ ITA", "มาตรการ 2566"]);
    expect(host.snapshot().names.map(({ name, formula }) => `${name} ${formula}`)).toEqual(
      expect.arrayContaining([
        "ITA_Report_analysis ='ผลการวิเคราะห์ ITA'!$A$1",
        "ITA_Report_measures ='มาตรการ 2566'!$A$1",
      ])
    );
    expect(host.snapshot().names).toHaveLength(2);
  });

  it("never deletes or renames the officer's sheets, whatever it replaces", async () => {
    host.addSheet("สรุป");
    host.addSheet("มาตรการ 2566");
    await renderOk([analysis, measures]);
    await renderOk([analysis, measures]);
    const names = host.snapshot().sheets.map((sheet) => sheet.name);
    expect(names).toEqual(["Sheet1", "สรุป", "มาตรการ 2566", "ผลการวิเคราะห์ ITA", "มาตรการ 2566 (2)"]);
  });

  it("reports a protected generated sheet instead of failing halfway", async () => {
    await renderOk([analysis, measures]);
    host.protectSheet("ผลการวิเคราะห์ ITA");
    const before = host.snapshot();
    const outcome = await render([analysis, measures], { replaceEdited: true });
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["protected-sheet"]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("turns an Office error into an issue, never a rejection", async () => {
    host.setCellEditMode(true);
    const outcome = await render([measures]);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["cell-edit-mode"]);
  });
});

describe("renderReport, guarded in its first sync", () => {
  function reinstall(options: Parameters<typeof createExcelHost>[0]): void {
    uninstall();
    host = createExcelHost(options);
    uninstall = host.install();
  }

  it("refuses a workbook open read-only after one sync, writing nothing (audit B14)", async () => {
    reinstall({ readOnly: true });
    const before = host.snapshot();
    const outcome = await render([analysis, measures]);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "สมุดงาน / workbook read-only-workbook",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("refuses a workbook whose structure is protected after one sync when it would add a sheet (audit B13)", async () => {
    await renderOk([analysis]);
    host.protectWorkbook();
    const before = host.snapshot();
    const outcome = await render([analysis, measures]);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "สมุดงาน / workbook protected-workbook",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("rewrites its sheets in place under structure protection, leaving the officer's sheet names (audit B13)", async () => {
    await renderOk([analysis, measures]);
    await renameSheet("มาตรการ 2566", "มาตรการของเรา");
    host.protectWorkbook();
    const first = host.snapshot();
    const outcome = await renderOk([analysis, measures]);
    expect(outcome.value.sheets.map((sheet) => sheet.name)).toEqual(["ผลการวิเคราะห์ ITA", "มาตรการของเรา"]);
    // The same cells, charts and layout; only the record learns the sheet's name.
    const changed = host.diffSnapshots(first, host.snapshot());
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^setting ita\.generatedSheets .*มาตรการของเรา/);
  });

  it("follows only the names that lead to a sheet, on a host that refuses what derives from a null object (audit B2)", async () => {
    reinstall({ derivedNullObjects: "refuse" });
    await renderOk([analysis, measures]);
    host.deleteSheet("มาตรการ 2566");
    const outcome = await renderOk([analysis, measures]);
    expect(host.syncCount).toBe(3);
    expect(outcome.value.sheets.map((sheet) => sheet.name)).toEqual(["ผลการวิเคราะห์ ITA", "มาตรการ 2566"]);
    host.deleteSheet("มาตรการ 2566");
    host.deleteSheet("ผลการวิเคราะห์ ITA");
    await renderOk([analysis, measures]);
    // Both names are left at #REF!: nothing to follow, so no sync between the look-up and the writes.
    expect(host.syncCount).toBe(2);
  });
});
