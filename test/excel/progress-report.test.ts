import type { ProgressRequest, ReportRequest } from "../../src/excel/actions";
import { generateProgressReport } from "../../src/excel/progress-report";
import { generateReport } from "../../src/excel/report";
import { generateTrackingSheet } from "../../src/excel/tracking-sheet";
import { createExcelHost, type ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

const TRACKING = "ติดตามมาตรการ ITA 2566";
const QUOTED = `'${TRACKING}'`;
const REPORT = "ผลตามมาตรการ ITA 2566";
const AGENCY = "เทศบาลตำบลด่านเกวียน";

let host: ExcelHost;
let uninstall: () => void = () => undefined;

const reportRequest: ReportRequest = {
  fiscalYear: 2565,
  agency: AGENCY,
  inputAddress: "Sheet1!C3:E13",
  digits: "thai",
  chart: true,
};

const SIX_MONTHS = { day: 31, month: 3, buddhistYear: 2566 };
const YEAR_END = { day: 30, month: 9, buddhistYear: 2566 };
const request: ProgressRequest = { asOf: SIX_MONTHS, digits: "thai", chart: true };

/** Serial of a day of the Buddhist era, as a date cell holds it. */
const serial = (day: number, month: number, buddhistYear: number) =>
  Math.round((Date.UTC(buddhistYear - 543, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** The seed analysed, its report and tracking sheet written, some rows filled in by the officer. */
async function openFilledWorkbook(): Promise<void> {
  uninstall();
  host = createExcelHost();
  uninstall = host.install();
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
  expect((await generateReport(reportRequest)).ok).toBe(true);
  expect((await generateTrackingSheet(reportRequest)).ok).toBe(true);
  host.setCells(`${QUOTED}!G5:K7`, [
    ["ดำเนินการแล้วเสร็จ", 100, serial(15, 2, 2566), "คู่มือการยืมทรัพย์สิน.pdf", ""],
    ["กำลังดำเนินการ", 60, "", "", "รอครุภัณฑ์จากจังหวัด"],
    ["ดำเนินการแล้วเสร็จ", "", serial(20, 3, 2566), "https://example.go.th/ita", ""],
  ]);
}

beforeEach(openFilledWorkbook);
afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

function sheetNamed(name: string) {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const arabic = (text: string) => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));

describe("generateProgressReport", () => {
  it("writes the six-month implementation report of the tracking sheet in three syncs, with its chart", async () => {
    host.resetCounters();
    const outcome = await generateProgressReport(request);
    expect(host.syncCount).toBe(3);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toEqual({
      sheetName: REPORT,
      trackingSheet: TRACKING,
      fiscalYear: 2566,
      round: "six-month",
      asOf: SIX_MONTHS,
      measures: 8,
      done: 2,
      overdue: 0,
    });
    const sheet = sheetNamed(REPORT);
    const texts = Object.values(sheet.cells).map((cell) => arabic(String(cell.value)));
    expect(texts.some((text) => text.startsWith("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม"))).toBe(true);
    expect(texts.some((text) => text.includes("รอบ 6 เดือน"))).toBe(true);
    expect(texts).toContain("รอครุภัณฑ์จากจังหวัด");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4" });
  });

  it("writes the year's report after April, the overdue measures counted on the as-of date", async () => {
    const outcome = await generateProgressReport({ ...request, asOf: YEAR_END });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toMatchObject({ round: "year-end", done: 2, overdue: 2 });
  });

  it("regenerates idempotently, replacing only its own sheet", async () => {
    host.addSheet(REPORT);
    host.setCell(`'${REPORT}'!A1`, "ร่างของเจ้าหน้าที่");
    const first = await generateProgressReport(request);
    expect(first.ok && first.value.sheetName).toBe(`${REPORT} (2)`);
    const written = host.snapshot();
    expect((await generateProgressReport(request)).ok).toBe(true);
    expect(host.diffSnapshots(written, host.snapshot())).toEqual([]);
    expect(host.getCell(`'${REPORT}'!A1`).value).toBe("ร่างของเจ้าหน้าที่");
  });

  it("follows a renamed tracking sheet, saying it was renamed", async () => {
    host.renameSheet(TRACKING, "ติดตามผล");
    const outcome = await generateProgressReport(request);
    expect(outcome.ok).toBe(true);
    expect(outcome.warnings.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "'ติดตามผล'!A1 tracking-sheet-renamed",
    ]);
  });

  it("replaces a report sheet the officer edited only when asked", async () => {
    expect((await generateProgressReport(request)).ok).toBe(true);
    host.setCell(`'${REPORT}'!A3`, "แก้ไขเอง");
    const refused = await generateProgressReport(request);
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.code)).toEqual(["generated-sheet-edited"]);
    expect((await generateProgressReport({ ...request, replaceEdited: true })).ok).toBe(true);
  });
});

describe("generateProgressReport refuses, writing nothing", () => {
  async function refusal(extra: Partial<ProgressRequest> = {}): Promise<{ issues: string[]; syncs: number }> {
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateProgressReport({ ...request, ...extra });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    return {
      issues: outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`),
      syncs: host.syncCount,
    };
  }

  it.each([
    ["an unknown status", { G8: "เสร็จแล้ว" }, `${QUOTED}!G8 unknown-status`],
    ["progress above 100", { G8: "กำลังดำเนินการ", H8: 150 }, `${QUOTED}!H8 progress-out-of-range`],
    ["100 % but not done", { G8: "กำลังดำเนินการ", H8: 100 }, `${QUOTED}!H8 progress-contradicts-status`],
    ["done at 0 %", { G8: "ดำเนินการแล้วเสร็จ", H8: 0 }, `${QUOTED}!H8 progress-contradicts-status`],
    [
      "a date done before the fiscal year",
      { G8: "ดำเนินการแล้วเสร็จ", I8: serial(30, 9, 2565) },
      `${QUOTED}!I8 done-date-outside-year`,
    ],
    [
      "a date done after the as-of date",
      { G8: "ดำเนินการแล้วเสร็จ", I8: serial(2, 4, 2566) },
      `${QUOTED}!I8 done-date-after-as-of`,
    ],
  ])("%s, at its cell", async (_what, cells, expected) => {
    for (const [cell, value] of Object.entries(cells)) host.setCell(`${QUOTED}!${cell}`, value);
    expect(await refusal()).toEqual({ issues: [expected], syncs: 2 });
  });

  it("a row deleted, naming its measure", async () => {
    host.setCells(`${QUOTED}!A9:M9`, [Array.from({ length: 13 }, () => "")]);
    expect((await refusal()).issues).toEqual([`${QUOTED}!A9 measure-row-missing`]);
  });

  it("rows sorted without the hidden column", async () => {
    const row8 = [host.getCell(`${QUOTED}!A8`).value, host.getCell(`${QUOTED}!D8`).value];
    const row9 = [host.getCell(`${QUOTED}!A9`).value, host.getCell(`${QUOTED}!D9`).value];
    host.setCell(`${QUOTED}!A8`, row9[0]);
    host.setCell(`${QUOTED}!D8`, row9[1]);
    host.setCell(`${QUOTED}!A9`, row8[0]);
    host.setCell(`${QUOTED}!D9`, row8[1]);
    expect((await refusal()).issues).toEqual([
      `${QUOTED}!A8 measure-row-moved`,
      `${QUOTED}!A9 measure-row-moved`,
    ]);
  });

  it("a tracking sheet of another agency than the workbook's measures", async () => {
    expect((await generateReport({ ...reportRequest, agency: "เทศบาลตำบลโชคชัย" })).ok).toBe(true);
    expect((await refusal()).issues).toEqual([`${QUOTED}!A1 tracking-other-agency`]);
  });

  it("a tracking sheet of another year than the workbook's measures sheet", async () => {
    host.setCells("Sheet1!D3:E3", [["คะแนน 2565", "คะแนน 2566"]]);
    expect((await generateReport({ ...reportRequest, fiscalYear: 2566 })).ok).toBe(true);
    host.deleteSheet("มาตรการ ITA 2566");
    expect((await refusal()).issues).toEqual([`${QUOTED}!A1 tracking-other-year`]);
  });

  it("a tracking sheet that was deleted, naming it, after the first sync", async () => {
    host.deleteSheet(TRACKING);
    expect(await refusal()).toEqual({ issues: [`${QUOTED} tracking-sheet-deleted`], syncs: 1 });
  });

  it("a workbook without a tracking sheet, pointing at a look-alike the add-in did not write", async () => {
    uninstall();
    host = createExcelHost();
    uninstall = host.install();
    host.addSheet(TRACKING);
    const before = host.snapshot();
    const outcome = await generateProgressReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.messageEn)).toEqual([
      `this workbook holds no tracking sheet the add-in wrote; the sheet(s) ${QUOTED} are not linked to the add-in (written by the ita command, or copied): if one is the tracking sheet, use Generate the tracking sheet to link it (what was typed is kept); nothing was written`,
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("an as-of date before the measures' fiscal year", async () => {
    expect((await refusal({ asOf: { day: 30, month: 9, buddhistYear: 2565 } })).issues).toEqual([
      "วันที่ของข้อมูล / as-of date as-of-before-year",
    ]);
  });

  it("a workbook open read-only, after the first sync", async () => {
    host.setReadOnly(true);
    expect(await refusal()).toEqual({ issues: ["สมุดงาน / workbook read-only-workbook"], syncs: 1 });
  });

  it("a workbook whose structure is protected, when the report's sheet must be added", async () => {
    host.protectWorkbook();
    expect((await refusal()).issues).toEqual(["สมุดงาน / workbook protected-workbook"]);
  });
});
