/**
 * Where everything sits on the tracking sheet: its columns A–M with their headers and widths, the
 * officer's columns among them, the fixed rows above the measures and the titles of the blocks below
 * them. The layout writes by these and the readers find the columns and rows by them.
 */
import { columnLetters } from "../a1";

export type TrackingColumn =
  | "number"
  | "tool"
  | "issue"
  | "action"
  | "responsible"
  | "deadline"
  | "status"
  | "progress"
  | "doneOn"
  | "evidence"
  | "obstacles"
  | "note"
  | "key";

/** The officer's columns: what they type, and what regenerating the sheet keeps. */
export type OfficerColumn = "status" | "progress" | "doneOn" | "evidence" | "obstacles" | "note";

export const OFFICER_COLUMNS: readonly OfficerColumn[] = [
  "status",
  "progress",
  "doneOn",
  "evidence",
  "obstacles",
  "note",
];

/** The columns, left to right (A–M). */
export const TRACKING_COLUMN_ORDER: readonly TrackingColumn[] = [
  "number",
  "tool",
  "issue",
  "action",
  "responsible",
  "deadline",
  ...OFFICER_COLUMNS,
  "key",
];

/** Each column's header: the reader finds the columns by these words. */
export const TRACKING_HEADERS: Readonly<Record<TrackingColumn, string>> = {
  number: "ลำดับ",
  tool: "ด้าน",
  issue: "ประเด็น",
  action: "มาตรการ",
  responsible: "ผู้รับผิดชอบ",
  deadline: "กำหนดแล้วเสร็จ",
  status: "สถานะ",
  progress: "ความก้าวหน้า (%)",
  doneOn: "วันที่แล้วเสร็จ",
  evidence: "หลักฐาน (เอกสาร/ลิงก์)",
  obstacles: "ปัญหาอุปสรรค",
  note: "หมายเหตุ",
  key: "รหัสมาตรการ",
};

/** Width of each column in characters (A–M). */
export const TRACKING_COLUMN_WIDTHS: Readonly<Record<TrackingColumn, number>> = {
  number: 7,
  tool: 7,
  issue: 30,
  action: 50,
  responsible: 20,
  deadline: 25,
  status: 23,
  progress: 12,
  doneOn: 25,
  evidence: 28,
  obstacles: 28,
  note: 22,
  key: 16,
};

/** Column A of the row that starts the summary block; the measure rows end above it. */
export const TRACKING_SUMMARY_TITLE = "สรุปผลการดำเนินการ";

/** Column A of the row that starts the kept rows of measures no longer in the plan. */
export const TRACKING_RETIRED_TITLE = "บันทึกเดิมของมาตรการที่ไม่อยู่ในแผนฉบับนี้";

/** Longest text accepted in the evidence, obstacles and notes columns. */
export const TRACKING_TEXT_LIMIT = 2000;

/** 0-based rows of the fixed part. */
export const TRACKING_ROWS = { title: 0, agency: 1, guide: 2, header: 3, firstMeasure: 4 } as const;

/** The columns the officer sees, A–L: all but the hidden keys. */
export const TRACKING_VISIBLE_COLUMNS = TRACKING_COLUMN_ORDER.length - 1;

/** The column index (0-based) of each column. */
export const TRACKING_COLUMN_INDEX: Readonly<Record<TrackingColumn, number>> = Object.fromEntries(
  TRACKING_COLUMN_ORDER.map((column, index) => [column, index])
) as Record<TrackingColumn, number>;

/** The letter of a column: "F" for the deadline. */
export function trackingColumnLetter(column: TrackingColumn): string {
  return columnLetters(TRACKING_COLUMN_INDEX[column]);
}

/** The sheet's name: "ติดตามมาตรการ ITA 2566". */
export function trackingSheetName(fiscalYear: number): string {
  return `ติดตามมาตรการ ITA ${fiscalYear}`;
}
