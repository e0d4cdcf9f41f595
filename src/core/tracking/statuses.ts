/**
 * The status of a measure on the tracking sheet (issue 14): the four words of the sheet's list, each with a
 * stable id. The sheet shows and stores the Thai word; the formulas count by it.
 */
import { Parsed, problem, quoteValue } from "../issues";
import { isBlank, trimPasted } from "../parse";

export type TrackingStatusId = "not-started" | "in-progress" | "done" | "cancelled";

/** The statuses in the order of the sheet's list. */
export const TRACKING_STATUSES: readonly { readonly id: TrackingStatusId; readonly label: string }[] = [
  { id: "not-started", label: "ยังไม่เริ่ม" },
  { id: "in-progress", label: "กำลังดำเนินการ" },
  { id: "done", label: "ดำเนินการแล้วเสร็จ" },
  { id: "cancelled", label: "ยกเลิก/ปรับแผน" },
];

/**
 * The word a status is written with on the sheet.
 *
 * @example statusLabel("done") // "ดำเนินการแล้วเสร็จ"
 */
export function statusLabel(id: TrackingStatusId): string {
  return TRACKING_STATUSES.find((status) => status.id === id)?.label ?? id;
}

/** Statuses under which a measure past its deadline is not overdue. */
export const CLOSED_STATUSES: ReadonlySet<TrackingStatusId> = new Set(["done", "cancelled"]);

const normalised = (text: string) => trimPasted(text).replace(/\s+/g, "");

/**
 * Reads a status cell: one of the four words (spaces ignored); a blank cell is "ยังไม่เริ่ม", as the sheet's
 * formulas count it.
 *
 * @example parseStatus("กำลังดำเนินการ") // { ok: true, value: "in-progress" }
 */
export function parseStatus(value: unknown): Parsed<TrackingStatusId> {
  if (isBlank(value)) return { ok: true, value: "not-started" };
  const text = typeof value === "string" ? normalised(value) : "";
  const found = TRACKING_STATUSES.find((status) => normalised(status.label) === text);
  if (found) return { ok: true, value: found.id };
  const list = TRACKING_STATUSES.map((status) => status.label).join(" · ");
  return {
    ok: false,
    problem: problem(
      "unknown-status",
      `${quoteValue(value)} ไม่ใช่สถานะในรายการ (${list})`,
      `${quoteValue(value)} is not a status of the list (${list})`
    ),
  };
}
