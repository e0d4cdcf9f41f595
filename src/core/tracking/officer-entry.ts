/**
 * What the officer typed in a measure's row, kept when the sheet is made again from a new plan: in the row
 * of its measure, or, for a measure the plan dropped, in a row kept below the summary.
 */
import { statusLabel } from "./statuses";
import { TrackedMeasure } from "./tracked-measure";
import { OfficerColumn } from "./tracking-columns";

/** What the officer typed in one row, as the cells hold it (a date as a Date or a serial, text as text). */
export type OfficerEntry = Readonly<Record<OfficerColumn, unknown>>;

/** A measure dropped from the plan whose row the officer had filled in: kept below the summary. */
export interface RetiredEntry {
  readonly measure: TrackedMeasure;
  readonly entry: OfficerEntry;
}

/** A blank entry: "ยังไม่เริ่ม", nothing else. */
export const BLANK_ENTRY: OfficerEntry = {
  status: statusLabel("not-started"),
  progress: "",
  doneOn: "",
  evidence: "",
  obstacles: "",
  note: "",
};
