import { generateReport } from "../../src/excel/report";
import { generateTrackingSheet } from "../../src/excel/tracking-sheet";
import type { ReportRequest } from "../../src/excel/actions";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

const TRACKING = "ติดตามมาตรการ ITA 2566";
const QUOTED = `'${TRACKING}'`;
const AGENCY = "เทศบาลตำบลด่านเกวียน";

let host: ExcelHost;
let uninstall: () => void = () => undefined;

/** A fresh Excel holding the seed's scores in Sheet1!C3:E13, under a header naming the years. */
function openExcel(options: ExcelHostOptions = {}, years: readonly [number, number] = [2564, 2565]): void {
  uninstall();
  host = createExcelHost(options);
  uninstall = host.install();
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", `คะแนน ${years[0]}`, `คะแนน ${years[1]}`],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
}

beforeEach(() => openExcel());
afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

const request: ReportRequest = {
  fiscalYear: 2565,
  agency: AGENCY,
  inputAddress: "Sheet1!C3:E13",
  digits: "thai",
  chart: true,
};

function sheetNamed(name: string) {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function valuesOf(name: string): unknown[] {
  return Object.values(sheetNamed(name).cells).map((cell) => cell.value);
}

const arabic = (text: string) => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));

async function tracked(extra: Partial<ReportRequest> = {}) {
  const outcome = await generateTrackingSheet({ ...request, ...extra });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

/** The officer fills in some rows, as typed at the keyboard. */
function officerTypes(): void {
  host.setCell(`${QUOTED}!G5`, "ดำเนินการแล้วเสร็จ");
  host.setCell(`${QUOTED}!H5`, 100);
  host.setCell(`${QUOTED}!I5`, 45000);
  host.setCell(`${QUOTED}!J5`, "=คู่มือการยืมทรัพย์สิน.pdf");
  host.setCell(`${QUOTED}!G6`, "กำลังดำเนินการ");
  host.setCell(`${QUOTED}!H6`, 40);
  host.setCell(`${QUOTED}!K6`, "รอครุภัณฑ์จากจังหวัด");
  // A date the officer typed as text in the date column (the host, like Excel in a text-formatted cell, keeps it).
  host.setCell(`${QUOTED}!I7`, "'31/3/2566");
}

describe("generateTrackingSheet", () => {
  it("writes the tracking sheet of the report's measures in three syncs, numbered as the measures sheet", async () => {
    expect((await generateReport(request)).ok).toBe(true);
    host.resetCounters();
    const outcome = await tracked();
    expect(host.syncCount).toBe(3);
    expect(outcome.value).toEqual({
      sheetName: TRACKING,
      fiscalYear: 2566,
      measures: 8,
      kept: 0,
      added: 0,
      retired: 0,
      regenerated: false,
    });
    const sheet = sheetNamed(TRACKING);
    const measures = valuesOf("มาตรการ ITA 2566").map((value) => arabic(String(value)));
    for (let row = 5; row <= 12; row += 1) {
      const number = arabic(String(sheet.cells[`A${row}`]?.value));
      const action = arabic(String(sheet.cells[`D${row}`]?.value));
      expect(measures).toContain(`${number} ${action}`);
    }
    // The deadline is a real date, shown in the Thai calendar; the officer's text columns are text.
    expect(sheet.cells.F5).toMatchObject({ value: 45016, numberFormat: "[$-D07041E]d mmmm yyyy" });
    expect(sheet.cells.G5).toMatchObject({ value: "ยังไม่เริ่ม", numberFormat: "@" });
    expect(sheet.cells.J5?.numberFormat).toBe("@");
    expect(sheet.dataValidation.map((rule) => rule.address)).toEqual([
      "G5:G12",
      "H5:H12",
      "I5:I12",
      "J5:J12",
      "K5:K12",
      "L5:L12",
    ]);
    expect(sheet.conditionalFormats).toEqual([
      {
        address: "A5:L12",
        type: "Custom",
        formula: '=AND($F5<>"",$F5<TODAY(),$G5<>"ดำเนินการแล้วเสร็จ",$G5<>"ยกเลิก/ปรับแผน")',
        fill: "#F8D7DA",
        fontColor: "#9C0006",
      },
    ]);
    expect(sheet.hiddenColumns).toEqual(["M"]);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    const formulas = Object.values(sheet.cells).filter((cell) => cell.hasFormula);
    expect(formulas.some((cell) => String(cell.formula).startsWith("=COUNTIFS("))).toBe(true);
    // The summary counts the eight measures, all not started yet.
    expect(formulas.filter((cell) => cell.value === 8).length).toBeGreaterThanOrEqual(2);
    const names = host.snapshot().names.filter((name) => name.name.startsWith("ITA_Tracking"));
    expect(names).toEqual([{ name: "ITA_Tracking_2566", formula: `=${QUOTED}!$A$1`, comment: TRACKING }]);
  });

  it("keeps every entry the officer typed when written again, as typed, changing nothing else", async () => {
    await tracked();
    officerTypes();
    const filled = host.snapshot();
    host.resetCounters();
    const outcome = await tracked();
    expect(host.syncCount).toBe(3);
    expect(outcome.value).toMatchObject({ kept: 8, added: 0, retired: 0, regenerated: true });
    expect(host.diffSnapshots(filled, host.snapshot())).toEqual([]);
    expect(host.getCell(`${QUOTED}!J5`).value).toBe("=คู่มือการยืมทรัพย์สิน.pdf");
    expect(host.getCell(`${QUOTED}!I7`).value).toBe("31/3/2566");
    expect(host.getCell(`${QUOTED}!I5`).value).toBe(45000);
  });

  it("follows its sheet through a rename, keeping the officer's name and entries", async () => {
    await tracked();
    officerTypes();
    host.renameSheet(TRACKING, "ติดตามผล");
    const outcome = await tracked();
    expect(outcome.value).toMatchObject({ sheetName: "ติดตามผล", kept: 8 });
    expect(host.snapshot().sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "ติดตามผล"]);
    expect(host.getCell("ติดตามผล!G5").value).toBe("ดำเนินการแล้วเสร็จ");
    expect(String(host.getCell("ติดตามผล!M1").value)).toContain('"sheetName":"ติดตามผล"');
  });

  it("takes over a tracking sheet of the plan's name the add-in has no name for (from ita report --tracking)", async () => {
    await tracked();
    officerTypes();
    await host.Excel.run(async (context) => {
      context.workbook.names.getItemOrNullObject("ITA_Tracking_2566").delete();
      await context.sync();
    });
    const outcome = await tracked();
    expect(outcome.value).toMatchObject({ sheetName: TRACKING, kept: 8, regenerated: true });
    expect(host.getCell(`${QUOTED}!H6`).value).toBe(40);
    expect(host.snapshot().names.map((name) => name.name)).toContain("ITA_Tracking_2566");
  });

  it("follows the input's year, not the pane's (the seed's 2565 with the pane at 2569)", async () => {
    await tracked({ fiscalYear: 2569 });
    officerTypes();
    await host.Excel.run(async (context) => {
      context.workbook.names.getItemOrNullObject("ITA_Tracking_2566").delete();
      await context.sync();
    });
    host.resetCounters();
    const outcome = await tracked({ fiscalYear: 2569 });
    expect(host.syncCount).toBe(3);
    expect(outcome.value).toMatchObject({
      sheetName: TRACKING,
      fiscalYear: 2566,
      kept: 8,
      regenerated: true,
    });
  });

  it("writes a new sheet beside a sheet of the officer's that has the plan's name", async () => {
    host.addSheet(TRACKING);
    host.setCell(`${QUOTED}!A1`, "บันทึกของเจ้าหน้าที่");
    const outcome = await tracked();
    expect(outcome.value.sheetName).toBe(`${TRACKING} (2)`);
    expect(host.getCell(`${QUOTED}!A1`).value).toBe("บันทึกของเจ้าหน้าที่");
  });

  it("writes a new sheet after its earlier one was deleted, replacing the name left at #REF!", async () => {
    await tracked();
    host.deleteSheet(TRACKING);
    const outcome = await tracked();
    expect(outcome.value).toMatchObject({ sheetName: TRACKING, regenerated: false });
    expect(host.snapshot().names.filter((name) => name.name === "ITA_Tracking_2566")).toEqual([
      { name: "ITA_Tracking_2566", formula: `=${QUOTED}!$A$1`, comment: TRACKING },
    ]);
  });

  it("keeps the entries of a measure the plan dropped below the summary", async () => {
    await tracked();
    officerTypes();
    // Indicator 4 (row 7) scored well now: its measures (1.1, 1.2) leave the plan.
    host.setCell("Sheet1!E7", 99);
    const outcome = await tracked();
    expect(outcome.value.retired).toBeGreaterThan(0);
    const values = valuesOf(TRACKING);
    expect(values).toContain("รอครุภัณฑ์จากจังหวัด");
    expect(values.some((value) => String(value).startsWith("บันทึกเดิมของมาตรการที่ไม่อยู่ในแผนฉบับนี้"))).toBe(true);
  });

  it("writes the structure-protected workbook's existing tracking sheet in place", async () => {
    await tracked();
    host.protectWorkbook();
    expect((await tracked()).value.regenerated).toBe(true);
  });
});

describe("generateTrackingSheet refuses, writing nothing", () => {
  async function refusal(extra: Partial<ReportRequest> = {}): Promise<string[]> {
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await generateTrackingSheet({ ...request, ...extra });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    return outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`);
  }

  it("a workbook open read-only, after the first sync", async () => {
    openExcel({ readOnly: true });
    expect(await refusal()).toEqual(["Sheet1 read-only-workbook"]);
    expect(host.syncCount).toBe(1);
  });

  it("a workbook whose structure is protected when the sheet must be added, after the first sync", async () => {
    host.protectWorkbook();
    expect(await refusal()).toEqual(["สมุดงาน / workbook protected-workbook"]);
    expect(host.syncCount).toBe(1);
  });

  it("a protected tracking sheet", async () => {
    await tracked();
    host.protectSheet(TRACKING);
    expect(await refusal()).toEqual([`${QUOTED} protected-sheet`]);
    expect(host.syncCount).toBe(2);
  });

  it("the tracking sheet of another agency", async () => {
    await tracked();
    officerTypes();
    const before = host.snapshot();
    const outcome = await generateTrackingSheet({ ...request, agency: "เทศบาลตำบลโชคชัย" });
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location}: ${issue.messageEn}`)).toEqual([
      `${QUOTED}: the sheet ${QUOTED} is the tracking sheet of ${AGENCY} (fiscal year 2566), but the measures to track are those of เทศบาลตำบลโชคชัย (fiscal year 2566); a workbook follows one agency's measures of one year, so it was not overwritten: use another workbook, or move that sheet out of this one; nothing was written`,
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("the tracking sheet of another year's measures", async () => {
    await tracked();
    host.setCells("Sheet1!D3:E3", [["คะแนน 2565", "คะแนน 2566"]]);
    expect(await refusal({ fiscalYear: 2566 })).toEqual([`${QUOTED} tracking-other-plan`]);
  });

  it("a tracking sheet whose hidden identity was cleared, so what was typed could not be matched", async () => {
    await tracked();
    officerTypes();
    host.setCells(
      `${QUOTED}!M1:M12`,
      Array.from({ length: 12 }, () => [""])
    );
    expect(await refusal()).toEqual([`${QUOTED} tracking-identity-lost`]);
  });

  it("a score the report refuses, at its cell", async () => {
    host.setCell("Sheet1!E6", "n/a");
    expect(await refusal()).toEqual(["Sheet1!E6 not-a-score"]);
  });
});
