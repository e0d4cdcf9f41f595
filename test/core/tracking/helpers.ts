/**
 * The seed's tracking sheet as a test sees it: the plan of its measures for 2566, the sheet's cells as a
 * host reads them (values; dates as serial numbers, as the Office JavaScript API hands them over), and
 * officer entries typed into rows by measure number.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  AssessmentResult,
  columnLetters,
  OfficerColumn,
  scoreAssessment,
  TRACKING_COLUMN_INDEX,
  TrackingPlan,
  trackingPlanFor,
  TrackingSheetLayout,
  trackingSheetLayout,
  validateAssessment,
} from "../../../src/core";

export const SHEET = "ติดตามมาตรการ ITA 2566";

export function seedResult(): AssessmentResult {
  const input: unknown = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "fixtures", "dan-kwian-2565.json"), "utf8")
  );
  const validated = validateAssessment(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return scoreAssessment(validated.value);
}

export function seedPlan(): TrackingPlan {
  return trackingPlanFor(seedResult());
}

/** The cells of a layout as a grid from A1: values only (formula cells left blank, as before a recalculation). */
export function gridOf(layout: TrackingSheetLayout): unknown[][] {
  const rows: unknown[][] = [];
  for (const cell of layout.cells) {
    const row = (rows[cell.row] ??= []);
    if (cell.value !== undefined) row[cell.column] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? ""));
}

export function seedGrid(digits: "thai" | "arabic" = "arabic"): unknown[][] {
  return gridOf(trackingSheetLayout(seedPlan(), { digits }));
}

/** The 0-based row of a measure ("2.1") in a grid, by its hidden key. */
export function rowOf(rows: readonly (readonly unknown[])[], number: string): number {
  const index = rows.findIndex(
    (row) =>
      typeof row[TRACKING_COLUMN_INDEX.key] === "string" &&
      String(row[TRACKING_COLUMN_INDEX.key]).startsWith(`${number}#`)
  );
  if (index < 0) throw new Error(`no row for measure ${number}`);
  return index;
}

/** Types entries into the row of a measure, as an officer would. */
export function typeInto(
  rows: unknown[][],
  number: string,
  entry: Partial<Record<OfficerColumn, unknown>>
): unknown[][] {
  const index = rowOf(rows, number);
  const row = [...(rows[index] ?? [])];
  for (const [column, value] of Object.entries(entry))
    row[TRACKING_COLUMN_INDEX[column as OfficerColumn]] = value;
  const copy = rows.map((cells) => [...cells]);
  copy[index] = row;
  return copy;
}

/** "'ติดตามมาตรการ ITA 2566'!G7" for a column and a measure's row. */
export function cellOf(
  rows: readonly (readonly unknown[])[],
  number: string,
  column: keyof typeof TRACKING_COLUMN_INDEX
): string {
  return `'${SHEET}'!${columnLetters(TRACKING_COLUMN_INDEX[column])}${rowOf(rows, number) + 1}`;
}

/** A date as the Office JavaScript API hands it over: its serial number. */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year - 543, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The seed's sheet filled in as in the golden report (as of 30 เมษายน 2566: the six-month round). */
export function filledSeedGrid(): unknown[][] {
  let rows = seedGrid();
  const entries: [string, Partial<Record<OfficerColumn, unknown>>][] = [
    [
      "1.1",
      {
        status: "ดำเนินการแล้วเสร็จ",
        progress: 100,
        doneOn: serial(2566, 1, 15),
        evidence: "ทะเบียนข้อตรวจพบ ปีงบประมาณ 2566 (https://dankwian.go.th/ita/o43-1.pdf)",
      },
    ],
    ["1.2", { status: "กำลังดำเนินการ", progress: 50, obstacles: "รอผลการตรวจสอบของสำนักงานการตรวจเงินแผ่นดิน" }],
    ["1.3", { status: "ดำเนินการแล้วเสร็จ", doneOn: serial(2566, 3, 20), evidence: "คู่มือการยืมและคืนทรัพย์สิน" }],
    ["2.1", { status: "กำลังดำเนินการ", progress: 40, note: "จัดเวทีแล้ว 2 จาก 5 ชุมชน" }],
    ["2.2", { status: "ยกเลิก/ปรับแผน", note: "รวมกับมาตรการ 2.1" }],
    ["3.1", { status: "กำลังดำเนินการ", progress: 30, obstacles: "บุคลากรไม่เพียงพอ" }],
  ];
  for (const [number, entry] of entries) rows = typeInto(rows, number, entry);
  return rows;
}
