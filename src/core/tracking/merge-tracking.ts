/**
 * Regenerating a tracking sheet without losing a word the officer typed (issue 14 point 1): the previous
 * sheet's rows are read leniently (as typed, nothing judged), matched to the new plan by measure (the hash
 * of its action, so a renumbered measure keeps its row), and every entry of a measure the plan dropped is
 * kept below the summary rather than thrown away.
 */
import { isBlank } from "../parse";
import type { ToolId } from "../frameworks";
import { parseCellDate } from "./cell-date";
import { parseStatus } from "./statuses";
import { parseMeasureKey, TrackedMeasure, TrackingAgency, TrackingPlan } from "./tracked-measure";
import {
  OFFICER_COLUMNS,
  OfficerEntry,
  RetiredEntry,
  TRACKING_COLUMN_INDEX,
  TRACKING_COLUMN_ORDER,
  TRACKING_HEADERS,
  TrackingColumn,
} from "./tracking-sheet";
import { locateTrackingSheet } from "./locate";

/** A previous tracking sheet's rows, as typed: what a regeneration must keep. */
export interface PreviousTracking {
  readonly agency?: TrackingAgency;
  readonly fiscalYear?: number;
  /** Every row with a key: the measure rows, then the kept rows of dropped measures (`retired`). */
  readonly rows: readonly {
    readonly measure: TrackedMeasure;
    readonly entry: OfficerEntry;
    readonly retired: boolean;
  }[];
}

/** What regenerating did, for the officer: the entries to write back, and what changed. */
export interface TrackingMerge {
  /** The officer's entries by measure (the hash part of the key), for `trackingSheetLayout`. */
  readonly entries: ReadonlyMap<string, OfficerEntry>;
  /** Dropped measures the officer had written about, kept below the summary. */
  readonly retired: readonly RetiredEntry[];
  /** Measures new in the plan (blank rows). */
  readonly added: readonly TrackedMeasure[];
  /** Measures of the previous sheet the plan no longer has. */
  readonly removed: readonly TrackedMeasure[];
  /** Measures whose entries were carried over. */
  readonly kept: readonly TrackedMeasure[];
}

const TOOLS: readonly string[] = ["IIT", "EIT", "OIT"];

const text = (value: unknown) =>
  typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);

/** Whether the officer wrote anything in an entry (a status other than "not started" counts). */
export function hasOfficerContent(entry: OfficerEntry): boolean {
  return OFFICER_COLUMNS.some((column) => {
    const value = entry[column];
    if (column === "status") {
      const status = parseStatus(value);
      return !(status.ok && status.value === "not-started");
    }
    return !isBlank(value);
  });
}

/**
 * Reads a tracking sheet's rows as typed, for a regeneration: every row carrying a measure key, its
 * measure and the officer's cells. Nothing is judged here (a bad date stays as typed); `undefined` when
 * the rows are no tracking sheet.
 */
export function previousTrackingFromRows(
  rows: readonly (readonly unknown[])[]
): PreviousTracking | undefined {
  const located = locateTrackingSheet(rows);
  if (!located) return undefined;
  const { identity, keyColumn, headerRow, retiredRow } = located;
  const header = rows[headerRow] ?? [];
  const columnOf = (column: TrackingColumn): number => {
    const found = header.findIndex(
      (cell) => typeof cell === "string" && cell.trim() === TRACKING_HEADERS[column]
    );
    // Without its header, the column is where the sheet put it, counted from the key column.
    return found >= 0 ? found : keyColumn - TRACKING_COLUMN_INDEX.key + TRACKING_COLUMN_INDEX[column];
  };
  const at = Object.fromEntries(TRACKING_COLUMN_ORDER.map((column) => [column, columnOf(column)])) as Record<
    TrackingColumn,
    number
  >;
  const found: PreviousTracking["rows"][number][] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    if (index <= headerRow) return;
    const key = parseMeasureKey(cells[keyColumn]);
    if (!key || seen.has(key.hash)) return;
    seen.add(key.hash);
    const deadline = parseCellDate(cells[at.deadline]);
    const tool = text(cells[at.tool]).trim().toUpperCase();
    const fiscalYear = identity.fiscalYear ?? 0;
    found.push({
      measure: {
        key: `${key.number}#${key.hash}`,
        number: key.number,
        tool: (TOOLS.includes(tool) ? tool : "OIT") as ToolId,
        issue: text(cells[at.issue]),
        action: text(cells[at.action]),
        responsible: text(cells[at.responsible]),
        deadline: deadline.ok ? deadline.value : { day: 30, month: 9, buddhistYear: fiscalYear },
      },
      entry: Object.fromEntries(
        OFFICER_COLUMNS.map((column) => [column, cells[at[column]] ?? ""])
      ) as OfficerEntry,
      retired: retiredRow >= 0 && index > retiredRow,
    });
  });
  return {
    ...(identity.agency !== undefined ? { agency: identity.agency } : {}),
    ...(identity.fiscalYear !== undefined ? { fiscalYear: identity.fiscalYear } : {}),
    rows: found,
  };
}

const hashOf = (measure: TrackedMeasure) => measure.key.slice(measure.key.indexOf("#") + 1);

/**
 * Matches a previous sheet's entries to a new plan, by measure: an entry follows its measure to its new
 * number; a measure new in the plan gets a blank row; a dropped measure the officer had written about is
 * kept (never overwritten, never lost).
 *
 * @example mergeTracking(previousTrackingFromRows(oldRows), trackingPlanFor(result)).added // new measures
 */
export function mergeTracking(previous: PreviousTracking | undefined, plan: TrackingPlan): TrackingMerge {
  const byHash = new Map((previous?.rows ?? []).map((row) => [hashOf(row.measure), row]));
  const planned = new Set(plan.measures.map(hashOf));
  const entries = new Map<string, OfficerEntry>();
  const kept: TrackedMeasure[] = [];
  const added: TrackedMeasure[] = [];
  for (const measure of plan.measures) {
    const old = byHash.get(hashOf(measure));
    if (old) {
      entries.set(hashOf(measure), old.entry);
      kept.push(measure);
    } else {
      added.push(measure);
    }
  }
  const dropped = (previous?.rows ?? []).filter((row) => !planned.has(hashOf(row.measure)));
  return {
    entries,
    retired: dropped
      .filter((row) => hasOfficerContent(row.entry))
      .map((row) => ({ measure: row.measure, entry: row.entry })),
    added,
    removed: dropped.filter((row) => !row.retired).map((row) => row.measure),
    kept,
  };
}
