/**
 * The figures of an implementation report (issue 14 point 2): which round the as-of date falls in, the
 * measures counted by status for each tool and in all, the share done, and the measures overdue on that
 * date. The tracking sheet's summary formulas count the same way.
 */
import { Exact, exactFraction, exactInteger } from "../exact";
import type { ToolId } from "../frameworks";
import { TOOL_IDS } from "../frameworks";
import { problem, Problem } from "../issues";
import { formatThaiDate, ThaiDate } from "../thai";
import { compareDates, daysBetween, fiscalYearSpan } from "../tracking/cell-date";
import { Tracking, TrackingRow } from "../tracking/read-tracking";
import { CLOSED_STATUSES, TRACKING_STATUSES, TrackingStatusId } from "../tracking/statuses";

/** The six-month round (data as at 31 มีนาคม, reported in เมษายน) or the year's (12 months). */
export type ProgressRound = "six-month" | "year-end";

/**
 * The round a report as of `asOf` belongs to: up to the six-month report's due date (30 เมษายน N, ITA.md
 * §4: data as at 31 มีนาคม, reported within เมษายน) the six-month round; later, the year's.
 *
 * @example progressRound({ day: 31, month: 3, buddhistYear: 2566 }, 2566) // "six-month"
 */
export function progressRound(asOf: ThaiDate, fiscalYear: number): ProgressRound {
  return compareDates(asOf, { day: 30, month: 4, buddhistYear: fiscalYear }) <= 0 ? "six-month" : "year-end";
}

/**
 * Why a report cannot be as of `asOf` for measures of `fiscalYear`: a date before the fiscal year starts
 * has nothing to report. `undefined` when it can.
 */
export function asOfProblem(asOf: ThaiDate, fiscalYear: number): Problem | undefined {
  const { from } = fiscalYearSpan(fiscalYear);
  if (compareDates(asOf, from) >= 0) return undefined;
  const date = (d: ThaiDate) => formatThaiDate(d, "arabic");
  return problem(
    "as-of-before-year",
    `วันที่ของข้อมูล ${date(asOf)} อยู่ก่อนปีงบประมาณ ${fiscalYear} ของมาตรการ (เริ่ม ${date(from)}) จึงยังไม่มีผลให้รายงาน`,
    `the as-of date ${date(asOf)} is before fiscal year ${fiscalYear} of the measures (starting ${date(from)}): there is nothing to report yet`
  );
}

/** Measures counted by status. */
export interface StatusCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<TrackingStatusId, number>>;
  /** Past their deadline on the as-of date and neither done nor cancelled. */
  readonly overdue: number;
  /** Done ÷ total (0 when there are none). */
  readonly doneShare: Exact;
}

/** A measure past its deadline, and by how many days. */
export interface OverdueMeasure {
  readonly row: TrackingRow;
  readonly daysLate: number;
}

export interface ProgressFigures {
  readonly fiscalYear: number;
  readonly asOf: ThaiDate;
  readonly round: ProgressRound;
  readonly all: StatusCounts;
  readonly byTool: Readonly<Record<ToolId, StatusCounts>>;
  /** In the plan's order. */
  readonly overdue: readonly OverdueMeasure[];
}

/** Whether a measure is past its deadline on `asOf` and neither done nor cancelled. */
export function isOverdue(row: TrackingRow, asOf: ThaiDate): boolean {
  return compareDates(row.deadline, asOf) < 0 && !CLOSED_STATUSES.has(row.status);
}

function countsOf(rows: readonly TrackingRow[], asOf: ThaiDate): StatusCounts {
  const byStatus = Object.fromEntries(
    TRACKING_STATUSES.map((status) => [status.id, rows.filter((row) => row.status === status.id).length])
  ) as Record<TrackingStatusId, number>;
  return {
    total: rows.length,
    byStatus,
    overdue: rows.filter((row) => isOverdue(row, asOf)).length,
    doneShare:
      rows.length === 0 ? exactInteger(0) : exactFraction(BigInt(byStatus.done), BigInt(rows.length)),
  };
}

/**
 * The figures of a tracking sheet as of a date.
 *
 * @example progressFigures(tracking, { day: 31, month: 3, buddhistYear: 2566 }).all.byStatus.done
 */
export function progressFigures(tracking: Tracking, asOf: ThaiDate): ProgressFigures {
  const byTool = Object.fromEntries(
    TOOL_IDS.map((tool) => [
      tool,
      countsOf(
        tracking.rows.filter((row) => row.tool === tool),
        asOf
      ),
    ])
  ) as Record<ToolId, StatusCounts>;
  return {
    fiscalYear: tracking.fiscalYear,
    asOf,
    round: progressRound(asOf, tracking.fiscalYear),
    all: countsOf(tracking.rows, asOf),
    byTool,
    overdue: tracking.rows
      .filter((row) => isOverdue(row, asOf))
      .map((row) => ({ row, daysLate: daysBetween(row.deadline, asOf) })),
  };
}
