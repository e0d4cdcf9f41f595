/**
 * Reading the tracking sheet back: what the officer typed, matched to each measure by its hidden key, and
 * every refusal at its cell, in Thai and English, nothing judged silently.
 */
import {
  formatIssue,
  TRACKING_COLUMN_INDEX,
  trackingFromRows,
  TrackingReadOptions,
  Validated,
  Tracking,
  ValidationIssue,
} from "../../../src/core";
import { cellOf, filledSeedGrid, rowOf, seedGrid, seedPlan, serial, SHEET, typeInto } from "./helpers";

const APRIL_30 = { asOf: { day: 30, month: 4, buddhistYear: 2566 } } as const;

function read(rows: unknown[][], options: TrackingReadOptions = APRIL_30): Validated<Tracking> {
  return trackingFromRows(SHEET, rows, options);
}

function issuesOf(rows: unknown[][], options: TrackingReadOptions = APRIL_30): ValidationIssue[] {
  const result = read(rows, options);
  if (result.ok) throw new Error("expected a refusal");
  return [...result.issues];
}

function only(rows: unknown[][], options?: TrackingReadOptions): ValidationIssue {
  const issues = issuesOf(rows, options);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

describe("a tracking sheet filled in as it should be", () => {
  const result = read(filledSeedGrid());
  if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
  const tracking = result.value;

  it("reads the agency, the year and every measure in the plan's order", () => {
    expect(tracking.agency.agency).toBe("เทศบาลตำบลด่านเกวียน");
    expect(tracking.fiscalYear).toBe(2566);
    expect(tracking.rows.map((row) => row.number)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
    ]);
    expect(tracking.rows.map((row) => row.key)).toEqual(seedPlan().measures.map((measure) => measure.key));
  });

  it("reads statuses, progress, dates and texts; done with a blank progress is at 100", () => {
    const [first, second, third, fourth] = tracking.rows;
    expect(first).toMatchObject({
      status: "done",
      progress: 100,
      doneOn: { day: 15, month: 1, buddhistYear: 2566 },
      evidence: "ทะเบียนข้อตรวจพบ ปีงบประมาณ 2566 (https://dankwian.go.th/ita/o43-1.pdf)",
    });
    expect(second).toMatchObject({ status: "in-progress", progress: 50 });
    expect(second?.obstacles).toBe("รอผลการตรวจสอบของสำนักงานการตรวจเงินแผ่นดิน");
    expect(third).toMatchObject({
      status: "done",
      progress: 100,
      doneOn: { day: 20, month: 3, buddhistYear: 2566 },
    });
    expect(fourth?.status).toBe("not-started");
    expect(fourth?.progress).toBeUndefined();
    expect(fourth?.sheetRow).toBe(7);
  });

  it("has nothing to warn about", () => {
    expect(result.warnings).toEqual([]);
  });
});

describe("dates and numbers as the officer may type them", () => {
  it("accepts Thai digits, a % sign, and dates typed as text or handed over by ExcelJS", () => {
    let rows = typeInto(seedGrid("thai"), "1.1", {
      status: " ดำเนินการ แล้วเสร็จ ",
      progress: "๑๐๐%",
      doneOn: "๑๕/๑/๒๕๖๖",
    });
    rows = typeInto(rows, "1.2", { status: "ดำเนินการแล้วเสร็จ", doneOn: "2023-01-16" });
    rows = typeInto(rows, "1.3", { status: "ดำเนินการแล้วเสร็จ", doneOn: new Date(Date.UTC(2023, 0, 17)) });
    rows = typeInto(rows, "1.4", { status: "ดำเนินการแล้วเสร็จ", doneOn: "18 มกราคม 2566" });
    const result = read(rows);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(result.value.rows.slice(0, 4).map((row) => [row.status, row.progress, row.doneOn?.day])).toEqual([
      ["done", 100, 15],
      ["done", 100, 16],
      ["done", 100, 17],
      ["done", 100, 18],
    ]);
  });
});

describe("refusals, each at its cell", () => {
  const base = () => seedGrid();

  it("refuses a status that is not on the list", () => {
    const rows = typeInto(base(), "1.3", { status: "เสร็จแล้ว" });
    expect(only(rows)).toEqual({
      location: cellOf(rows, "1.3", "status"),
      code: "unknown-status",
      messageTh: '"เสร็จแล้ว" ไม่ใช่สถานะในรายการ (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
      messageEn:
        '"เสร็จแล้ว" is not a status of the list (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
    });
    expect(cellOf(rows, "1.3", "status")).toBe("'ติดตามมาตรการ ITA 2566'!G7");
  });

  it("refuses progress outside 0–100, or not a number", () => {
    const above = typeInto(base(), "2.1", { status: "กำลังดำเนินการ", progress: 150 });
    expect(only(above)).toMatchObject({
      location: cellOf(above, "2.1", "progress"),
      code: "progress-out-of-range",
      messageTh: "ความก้าวหน้า 150 อยู่นอกช่วง 0–100",
    });
    const text = typeInto(base(), "2.1", { status: "กำลังดำเนินการ", progress: "ครึ่งหนึ่ง" });
    expect(only(text)).toMatchObject({
      location: cellOf(text, "2.1", "progress"),
      code: "progress-not-a-number",
    });
  });

  it("refuses 100 % that is not done, and done with 0 %", () => {
    const full = typeInto(base(), "1.2", { status: "กำลังดำเนินการ", progress: 100 });
    expect(only(full)).toMatchObject({
      location: cellOf(full, "1.2", "progress"),
      code: "progress-contradicts-status",
      messageEn:
        'the progress is 100 % but the status is "กำลังดำเนินการ": if it is finished choose "ดำเนินการแล้วเสร็จ", otherwise correct the progress',
    });
    const empty = typeInto(base(), "1.2", {
      status: "ดำเนินการแล้วเสร็จ",
      progress: 0,
      doneOn: serial(2566, 2, 1),
    });
    expect(only(empty)).toMatchObject({
      location: cellOf(empty, "1.2", "progress"),
      code: "progress-contradicts-status",
    });
  });

  it("refuses a done date outside the fiscal year, after the as-of date, or no date at all", () => {
    const before = typeInto(base(), "1.1", { status: "ดำเนินการแล้วเสร็จ", doneOn: serial(2565, 9, 30) });
    expect(only(before)).toMatchObject({
      location: cellOf(before, "1.1", "doneOn"),
      code: "done-date-outside-year",
      messageTh: "วันที่แล้วเสร็จ 30 กันยายน 2565 อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 ถึง 30 กันยายน 2566)",
    });
    const later = typeInto(base(), "1.1", { status: "ดำเนินการแล้วเสร็จ", doneOn: serial(2566, 5, 2) });
    expect(only(later)).toMatchObject({
      location: cellOf(later, "1.1", "doneOn"),
      code: "done-date-after-as-of",
      messageEn: "the date done, 2 พฤษภาคม 2566, is after the report's as-of date (30 เมษายน 2566)",
    });
    expect(read(later, {}).ok).toBe(true);
    const nonsense = typeInto(base(), "1.1", { status: "ดำเนินการแล้วเสร็จ", doneOn: "31/2/2566" });
    expect(only(nonsense)).toMatchObject({
      location: cellOf(nonsense, "1.1", "doneOn"),
      code: "no-such-date",
    });
  });

  it("refuses a tracking sheet of another year or agency than the workbook's measures, at its title", () => {
    const rows = base();
    expect(only(rows, { expected: { fiscalYear: 2567 } })).toMatchObject({
      location: `'${SHEET}'!A1`,
      code: "tracking-other-year",
      messageEn:
        "this tracking sheet follows the measures of fiscal year 2566, but the workbook's measures are for 2567: generate the tracking sheet from the 2567 measures",
    });
    expect(only(rows, { expected: { agency: "เทศบาลตำบลโชคชัย", fiscalYear: 2566 } })).toMatchObject({
      location: `'${SHEET}'!A1`,
      code: "tracking-other-agency",
    });
    expect(read(rows, { expected: { agency: "เทศบาลตำบล ด่านเกวียน", fiscalYear: 2566 } }).ok).toBe(true);
  });

  it("refuses a deleted row, naming the measure, at the row where it belongs", () => {
    const rows = base();
    const gone = rowOf(rows, "2.1");
    rows.splice(gone, 1);
    expect(only(rows)).toMatchObject({
      location: `'${SHEET}'!A${gone + 1}`,
      code: "measure-row-missing",
    });
    expect(only(rows).messageTh).toMatch(/^ไม่พบแถวของมาตรการ 2\.1 จัดเวทีประชาคม/);
  });

  it("refuses rows sorted without their hidden keys, a copied row, and a row added by hand", () => {
    const sorted = base();
    const [a, b] = [rowOf(sorted, "1.1"), rowOf(sorted, "1.2")];
    const key = TRACKING_COLUMN_INDEX.key;
    const keyA = sorted[a]?.[key];
    (sorted[a] as unknown[])[key] = sorted[b]?.[key];
    (sorted[b] as unknown[])[key] = keyA;
    const moved = issuesOf(sorted);
    expect(moved.map((issue) => [issue.location, issue.code])).toEqual([
      [`'${SHEET}'!A${a + 1}`, "measure-row-moved"],
      [`'${SHEET}'!A${b + 1}`, "measure-row-moved"],
    ]);

    const copied = base();
    copied.splice(rowOf(copied, "3.2") + 1, 0, [...(copied[rowOf(copied, "3.2")] ?? [])]);
    expect(only(copied)).toMatchObject({
      location: `'${SHEET}'!A${rowOf(copied, "3.2") + 2}`,
      code: "measure-row-twice",
    });

    const added = base();
    added.splice(rowOf(added, "3.2") + 1, 0, ["3.3", "OIT", "", "มาตรการที่เพิ่มเอง"]);
    expect(only(added)).toMatchObject({
      location: `'${SHEET}'!A${rowOf(added, "3.2") + 2}`,
      code: "measure-row-unkeyed",
    });
  });

  it("accepts rows reordered with their keys, matched by measure, with a warning", () => {
    const rows = base();
    const [a, b] = [rowOf(rows, "1.1"), rowOf(rows, "1.2")];
    [rows[a], rows[b]] = [rows[b] as unknown[], rows[a] as unknown[]];
    const result = read(rows);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(result.value.rows.map((row) => row.number).slice(0, 2)).toEqual(["1.1", "1.2"]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["measure-rows-reordered"]);
  });

  it("refuses a sheet whose identity was cleared or damaged, or whose header lost a column", () => {
    const cleared = base();
    (cleared[0] as unknown[])[TRACKING_COLUMN_INDEX.key] = "";
    expect(only(cleared)).toMatchObject({ location: `'${SHEET}'!A1`, code: "not-a-tracking-sheet" });

    const damaged = base();
    (damaged[0] as unknown[])[TRACKING_COLUMN_INDEX.key] = '{"itaTracking":1,"fiscalYear":"สองห้าหกหก"}';
    expect(only(damaged)).toMatchObject({ location: `'${SHEET}'!M1`, code: "tracking-identity-damaged" });

    const renamedHeader = base();
    (renamedHeader[3] as unknown[])[TRACKING_COLUMN_INDEX.status] = "สถานะการดำเนินงาน";
    expect(only(renamedHeader)).toMatchObject({ location: `'${SHEET}'!G4`, code: "tracking-column-missing" });
  });

  it("finds the columns by their headers when the officer inserted one", () => {
    const rows = seedGrid().map((row) => [...row.slice(0, 4), "", ...row.slice(4)]);
    (rows[3] as unknown[])[4] = "งบประมาณ";
    (rows[4] as unknown[])[TRACKING_COLUMN_INDEX.status + 1] = "กำลังดำเนินการ";
    const result = read(rows);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(result.value.rows[0]?.status).toBe("in-progress");
  });

  it("collects every problem, not only the first", () => {
    let rows = typeInto(base(), "1.1", { status: "?" });
    rows = typeInto(rows, "2.2", { status: "กำลังดำเนินการ", progress: -5 });
    rows = typeInto(rows, "3.1", { status: "ดำเนินการแล้วเสร็จ", doneOn: serial(2567, 1, 1) });
    expect(issuesOf(rows).map((issue) => issue.code)).toEqual([
      "unknown-status",
      "progress-out-of-range",
      "done-date-outside-year",
    ]);
  });

  it("warns of a renamed sheet, done without a date, and progress before any start", () => {
    let rows = typeInto(seedGrid(), "1.1", { status: "ดำเนินการแล้วเสร็จ" });
    rows = typeInto(rows, "1.2", { status: "ยังไม่เริ่ม", progress: 20 });
    const result = trackingFromRows("ติดตาม 2566 (แก้ไข)", rows, APRIL_30);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(result.warnings.map((warning) => [warning.location, warning.code])).toEqual([
      ["'ติดตาม 2566 (แก้ไข)'!A1", "tracking-sheet-renamed"],
      [`'ติดตาม 2566 (แก้ไข)'!I5`, "done-without-date"],
      [`'ติดตาม 2566 (แก้ไข)'!H6`, "progress-without-start"],
    ]);
  });

  it("places cells from the origin of the range it was given", () => {
    const rows = typeInto(seedGrid(), "1.1", { status: "?" });
    const issue = only(rows, { ...APRIL_30, origin: { row: 2, column: 1 } });
    expect(issue.location).toBe(`'${SHEET}'!H7`);
  });
});

describe("a sheet written in Thai digits", () => {
  it("reads the measures' texts back in Arabic digits, as the plan has them, and the officer's as typed", () => {
    const rows = typeInto(seedGrid("thai"), "3.1", { status: "กำลังดำเนินการ", evidence: "รายงาน ๖ เดือน" });
    const result = read(rows);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    const row = result.value.rows[6];
    expect(row?.action).toBe(seedPlan().measures[6]?.action);
    expect(row?.action).toContain("31 มีนาคม");
    expect(row?.evidence).toBe("รายงาน ๖ เดือน");
  });
});
