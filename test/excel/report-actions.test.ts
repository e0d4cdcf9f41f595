import JSZip from "jszip";
import { analyze } from "../../src/excel/analyze";
import { insertCatalogueSheet } from "../../src/excel/catalogue-sheet";
import { insertFrameworkSheet } from "../../src/excel/framework-sheet";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { exportReport, generateReport } from "../../src/excel/report";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

let host: ExcelHost;
let uninstall: () => void = () => undefined;

/** A fresh Excel holding the seed's scores in Sheet1!C3:E13. */
function openExcel(options: ExcelHostOptions = {}): void {
  uninstall();
  host = createExcelHost(options);
  uninstall = host.install();
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
}

beforeEach(() => openExcel());
afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

const request = { fiscalYear: 2565, inputAddress: "Sheet1!C3:E13", digits: "thai" as const, chart: true };

function sheetNames(): string[] {
  return host.snapshot().sheets.map((sheet) => sheet.name);
}

function allValues(sheetName: string): unknown[] {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === sheetName);
  return Object.values(sheet?.cells ?? {}).map((cell) => (cell as { value?: unknown }).value);
}

describe("generateReport", () => {
  it("writes the analysis and measures sheets with the seed's figures in three syncs", async () => {
    host.resetCounters();
    const outcome = await generateReport({ ...request, agency: "เทศบาลตำบลด่านเกวียน" });
    expect(host.syncCount).toBe(3);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.sheets.map((sheet) => sheet.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2565",
      "มาตรการ ITA 2566",
    ]);
    expect(sheetNames()).toEqual(["Sheet1", "ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
    const analysis = allValues("ผลการวิเคราะห์ ITA 2565");
    expect(analysis).toContain(91.21);
    expect(analysis.some((value) => typeof value === "string" && value.includes("๙๑.๙๖"))).toBe(true);
    const measures = allValues("มาตรการ ITA 2566");
    expect(measures.some((value) => typeof value === "string" && value.includes("๓๑ มีนาคม ๒๕๖๖"))).toBe(true);
  });

  it("follows the year the header names when the pane is set to another (the seed's 2565 with the pane at 2569)", async () => {
    const outcome = await generateReport({ ...request, fiscalYear: 2569 });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.sheets.map((sheet) => sheet.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2565",
      "มาตรการ ITA 2566",
    ]);
    // Again: the sheets of 2565 are found through their names and rewritten, not added beside.
    const again = await generateReport({ ...request, fiscalYear: 2569 });
    expect(again.ok && again.value.sheets.map((sheet) => sheet.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2565",
      "มาตรการ ITA 2566",
    ]);
    expect(sheetNames()).toEqual(["Sheet1", "ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
  });

  it("regenerates idempotently, replacing only its own sheets", async () => {
    host.addSheet("มาตรการ ITA 2566");
    host.setCell("'มาตรการ ITA 2566'!A1", "แผ่นงานของเจ้าหน้าที่");
    expect((await generateReport(request)).ok).toBe(true);
    const first = host.snapshot();
    expect((await generateReport(request)).ok).toBe(true);
    expect(host.diffSnapshots(first, host.snapshot())).toEqual([]);
    expect(host.getCell("'มาตรการ ITA 2566'!A1").value).toBe("แผ่นงานของเจ้าหน้าที่");
    expect(sheetNames()).toContain("มาตรการ ITA 2566 (2)");
  });

  it("uses the input sheet's items: the weak items and failed OIT items get rows", async () => {
    const inserted = await insertInputSheet({ fiscalYear: 2565, agency: "เทศบาลตำบลด่านเกวียน" });
    if (!inserted.ok || !inserted.value.itemsAddress) throw new Error("insert");
    const sheet = inserted.value.sheetName;
    host.setCells(
      `'${sheet}'!D5:E14`,
      SEED_2565.map((score, i) => [score, SEED_2564[i] ?? 0])
    );
    // i28 is the 28th item row (row 45), o11 the 56th (30 IIT + 15 EIT + 11).
    host.setCell(`'${sheet}'!D45`, 80.1);
    host.setCell(`'${sheet}'!D73`, "ไม่ผ่าน");
    const outcome = await generateReport({
      ...request,
      inputAddress: inserted.value.analysisAddress,
      itemsAddress: inserted.value.itemsAddress,
      digits: "arabic",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const analysis = allValues("ผลการวิเคราะห์ ITA 2565");
    expect(analysis).toContain("i28");
    expect(analysis).toContain("o11");
  });

  it("refuses bad input with the cell and writes nothing", async () => {
    host.setCell("Sheet1!E6", "n/a");
    const before = host.snapshot();
    const outcome = await generateReport(request);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((issue) => issue.location)).toEqual(["Sheet1!E6"]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("writes the report for an agency name too long for Excel's page header, shortening only the header", async () => {
    // Excel refuses a header section over 255 characters; the request failed after the sheets were added,
    // which real Excel (statement by statement) leaves half-written. Found by test/properties.
    uninstall();
    host = createExcelHost({ atomicSync: false });
    uninstall = host.install();
    host.setCells("Sheet1!C3:E13", [
      ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
      ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
    ]);
    const agency = `องค์การบริหารส่วนตำบล A&B ${"ก".repeat(240)}`;
    const outcome = await generateReport({ ...request, agency, digits: "arabic" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const analysis = host.snapshot().sheets.find((sheet) => sheet.name === "ผลการวิเคราะห์ ITA 2565");
    const header = analysis?.pageLayout.headersFooters.centerHeader ?? "";
    expect(header.length).toBeLessThanOrEqual(255);
    expect(header.startsWith("องค์การบริหารส่วนตำบล A&&B ก")).toBe(true);
    expect(header.endsWith("…")).toBe(true);
    expect(allValues("ผลการวิเคราะห์ ITA 2565")).toContain(agency);
  });

  it("reads the same block Analyze wrote beside, without minding Analyze's output", async () => {
    host.select("Sheet1!C3:E13");
    expect((await analyze({ fiscalYear: 2565, mode: "formulas" })).ok).toBe(true);
    expect((await generateReport(request)).ok).toBe(true);
  });
});

describe("generateReport refuses, writing nothing", () => {
  it("a workbook open read-only (the export, which writes no cell, still works)", async () => {
    uninstall();
    host = createExcelHost({ readOnly: true });
    uninstall = host.install();
    host.setCells("Sheet1!C3:E13", [
      ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
      ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
    ]);
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateReport(request);
    expect(host.syncCount).toBe(1);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1 read-only-workbook",
    ]);
    expect((await exportReport(request)).ok).toBe(true);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("a workbook open read-only, in the first sync, before reading the input or the earlier sheets (audit B14)", async () => {
    expect((await generateReport(request)).ok).toBe(true);
    host.setReadOnly(true);
    host.setCell("Sheet1!E6", "n/a");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1 read-only-workbook",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("a workbook whose structure is protected, in the first sync, when the report would add its sheets (audit B13)", async () => {
    host.protectWorkbook();
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location}: ${issue.messageEn}`)).toEqual([
      "สมุดงาน / workbook: the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("a workbook whose structure is protected, when one of the report's sheets was deleted since (audit B13)", async () => {
    expect((await generateReport(request)).ok).toBe(true);
    host.deleteSheet("มาตรการ ITA 2566");
    host.protectWorkbook();
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "สมุดงาน / workbook protected-workbook",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("an item block on a sheet that is gone, naming that sheet", async () => {
    const before = host.snapshot();
    const outcome = await generateReport({ ...request, itemsAddress: "'คะแนนรายข้อ'!A1:D88" });
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location}: ${issue.messageEn}`)).toEqual([
      "'คะแนนรายข้อ': there is no sheet 'คะแนนรายข้อ' with the item scores in the workbook (deleted or renamed?); nothing was written",
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("an item block that overlaps the scores, before reading anything", async () => {
    host.resetCounters();
    const outcome = await generateReport({ ...request, itemsAddress: "Sheet1!A10:D30" });
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["items-overlap-scores"]);
    expect(host.syncCount).toBe(0);
  });
});

describe("generateReport in a workbook whose structure is protected (audit B13)", () => {
  it("rewrites its own sheets in place in three syncs, keeping the names the officer gave them", async () => {
    const first = await generateReport(request);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    host.renameSheet("ผลการวิเคราะห์ ITA 2565", "ผลวิเคราะห์ของเรา");
    host.protectWorkbook();
    host.resetCounters();
    const outcome = await generateReport({ ...request, digits: "arabic" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(host.syncCount).toBe(3);
    expect(outcome.value.sheets).toEqual([
      { id: "analysis-2565", name: "ผลวิเคราะห์ของเรา" },
      { id: "measures-2566", name: "มาตรการ ITA 2566" },
    ]);
    expect(sheetNames()).toEqual(["Sheet1", "ผลวิเคราะห์ของเรา", "มาตรการ ITA 2566"]);
    expect(allValues("ผลวิเคราะห์ของเรา")).toContain(91.21);
  });
});

describe("the report actions on a host that refuses anything derived from a null object (audit B2)", () => {
  beforeEach(() => openExcel({ derivedNullObjects: "refuse" }));

  it("generate in three syncs, and again once every sheet they follow through a name is deleted", async () => {
    expect((await insertCatalogueSheet()).ok).toBe(true);
    expect((await insertFrameworkSheet(2565)).ok).toBe(true);
    host.resetCounters();
    const first = await generateReport(request);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(host.syncCount).toBe(3);
    for (const sheet of ["ผลการวิเคราะห์ ITA 2565", "แคตตาล็อกมาตรการ ITA", "กรอบ ITA 2565"])
      host.deleteSheet(sheet);
    host.resetCounters();
    const again = await generateReport(request);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(host.syncCount).toBe(3);
    expect(again.warnings.map((warning) => warning.code)).not.toContain("catalogue-sheet-used");
    expect(sheetNames()).toEqual(["Sheet1", "มาตรการ ITA 2566", "ผลการวิเคราะห์ ITA 2565"]);
  });

  it("name the missing sheet, or the input sheet's new name, after one sync, writing nothing", async () => {
    const before = host.snapshot();
    host.resetCounters();
    const gone = await exportReport({ ...request, inputAddress: "'ลบแล้ว'!C3:E13" });
    expect(gone.ok ? [] : gone.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "'ลบแล้ว' sheet-missing",
    ]);
    expect(host.syncCount).toBe(1);
    const items = await generateReport({ ...request, itemsAddress: "'คะแนนรายข้อ'!A1:D88" });
    expect(items.ok ? [] : items.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "'คะแนนรายข้อ' sheet-missing",
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);

    const inserted = await insertInputSheet({ fiscalYear: 2565 });
    if (!inserted.ok) throw new Error(JSON.stringify(inserted.issues));
    host.renameSheet(inserted.value.sheetName, "คะแนนของเรา");
    const renamedBefore = host.snapshot();
    host.resetCounters();
    const renamed = await generateReport({ ...request, inputAddress: inserted.value.analysisAddress });
    expect(renamed.ok ? [] : renamed.issues.map((issue) => `${issue.code} ${issue.messageEn}`)).toEqual([
      expect.stringMatching(/^sheet-renamed .* is now named 'คะแนนของเรา' \(renamed\?\)/),
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(renamedBefore, host.snapshot())).toEqual([]);
  });

  it("export in two syncs (look up, follow) with a catalogue sheet, and in two without", async () => {
    host.resetCounters();
    expect((await exportReport(request)).ok).toBe(true);
    expect(host.syncCount).toBe(2);
    expect((await insertCatalogueSheet()).ok).toBe(true);
    host.resetCounters();
    const outcome = await exportReport(request);
    expect(outcome.ok && outcome.warnings.map((warning) => warning.code)).toContain("catalogue-sheet-used");
    expect(host.syncCount).toBe(2);
  });
});

describe("exportReport", () => {
  it("opens the report as a new workbook holding both sheets and a chart part", async () => {
    const before = host.snapshot();
    const outcome = await exportReport(request);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toEqual({ fileName: "ITA-2565-report.xlsx", delivery: "new-workbook" });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(host.openedWorkbooks.map((opened) => opened.window)).toEqual(["front"]);
    const zip = await JSZip.loadAsync(Buffer.from(host.openedWorkbooks[0]?.base64 ?? "", "base64"));
    expect(Object.keys(zip.files).filter((name) => name.startsWith("xl/charts/chart"))).toHaveLength(1);
    expect(
      Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    ).toHaveLength(2);
  });

  it("on Excel for Mac, opens the new workbook and says it may be behind this window", async () => {
    openExcel({ platform: "Mac" });
    const outcome = await exportReport(request);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toEqual({ fileName: "ITA-2565-report.xlsx", delivery: "new-workbook-behind" });
    expect(host.openedWorkbooks.map((opened) => opened.window)).toEqual(["behind"]);
  });

  it("says what to do instead when Excel cannot open the new workbook (GeneralException)", async () => {
    host.refuseNewWorkbooks("GeneralException");
    const outcome = await exportReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Excel new-workbook-failed",
    ]);
    if (!outcome.ok) {
      expect(outcome.issues[0]?.messageTh).toContain("สร้างแผ่นงานรายงาน");
      expect(outcome.issues[0]?.messageEn).toContain("Generate report sheets");
      expect(outcome.issues[0]?.messageEn).toContain("try again");
    }
    expect(host.openedWorkbooks).toEqual([]);
  });
});
