/**
 * Finding the parts of a tracking sheet in its cells: the hidden identity (by its marker, wherever a column
 * was inserted), the key column under it, the header row, and where the measure rows end.
 */
import { isAgencyKindId } from "../agency";
import { TrackingAgency } from "./tracked-measure";
import {
  TRACKING_HEADERS,
  TRACKING_MARKER,
  TRACKING_RETIRED_TITLE,
  TRACKING_SUMMARY_TITLE,
} from "./tracking-sheet";

/** How many rows from the top the identity cell is looked for in. */
const IDENTITY_SEARCH_ROWS = 20;

/** The identity as read: each part present only when the cell holds it in the expected shape. */
export interface ReadIdentity {
  readonly agency?: TrackingAgency;
  readonly fiscalYear?: number;
  readonly sheetName?: string;
  readonly measures?: readonly string[];
  readonly labels?: readonly string[];
}

export interface LocatedTrackingSheet {
  /** 0-based, within the rows given. */
  readonly identityRow: number;
  readonly keyColumn: number;
  readonly identity: ReadIdentity;
  /** Whether the identity cell is readable JSON at all. */
  readonly identityReadable: boolean;
  /** -1 when no row holds the key column's header. */
  readonly headerRow: number;
  /** The first row after the measure rows: the summary's title, the kept rows' title, or the end. */
  readonly measuresEnd: number;
  /** The kept rows' title row, or -1. */
  readonly retiredRow: number;
}

const isText = (value: unknown): value is string => typeof value === "string";

function readIdentity(text: string): { identity: ReadIdentity; readable: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { identity: {}, readable: false };
  }
  if (typeof parsed !== "object" || parsed === null) return { identity: {}, readable: false };
  const record = parsed as Record<string, unknown>;
  const agencyRecord =
    typeof record.agency === "object" && record.agency !== null
      ? (record.agency as Record<string, unknown>)
      : {};
  const agency: TrackingAgency = {
    ...(isText(agencyRecord.agency) ? { agency: agencyRecord.agency } : {}),
    ...(isText(agencyRecord.kindId) && isAgencyKindId(agencyRecord.kindId)
      ? { kindId: agencyRecord.kindId }
      : {}),
    ...(isText(agencyRecord.district) ? { district: agencyRecord.district } : {}),
    ...(isText(agencyRecord.province) ? { province: agencyRecord.province } : {}),
  };
  const measures =
    Array.isArray(record.measures) && record.measures.every(isText) ? record.measures : undefined;
  const labels = Array.isArray(record.labels) && record.labels.every(isText) ? record.labels : undefined;
  return {
    readable: true,
    identity: {
      agency,
      ...(typeof record.fiscalYear === "number" && Number.isInteger(record.fiscalYear)
        ? { fiscalYear: record.fiscalYear }
        : {}),
      ...(isText(record.sheetName) ? { sheetName: record.sheetName } : {}),
      ...(measures ? { measures } : {}),
      ...(labels ? { labels } : {}),
    },
  };
}

/** Whether a sheet's cells carry a tracking sheet's identity (the hosts' test for "is this one?"). */
export function isTrackingSheet(rows: readonly (readonly unknown[])[]): boolean {
  return locateTrackingSheet(rows) !== undefined;
}

/**
 * The parts of a tracking sheet in `rows`, or `undefined` when no identity cell is found in its first rows.
 */
export function locateTrackingSheet(rows: readonly (readonly unknown[])[]): LocatedTrackingSheet | undefined {
  for (let row = 0; row < Math.min(rows.length, IDENTITY_SEARCH_ROWS); row += 1) {
    const cells = rows[row] ?? [];
    const keyColumn = cells.findIndex((cell) => isText(cell) && cell.trimStart().startsWith(TRACKING_MARKER));
    if (keyColumn < 0) continue;
    const { identity, readable } = readIdentity(String(cells[keyColumn]).trim());
    const headerRow = rows.findIndex(
      (candidate, index) =>
        index > row && isText(candidate[keyColumn]) && candidate[keyColumn].trim() === TRACKING_HEADERS.key
    );
    const titled = (title: string) =>
      rows.findIndex(
        (candidate, index) =>
          index > headerRow && headerRow >= 0 && isText(candidate[0]) && candidate[0].trim().startsWith(title)
      );
    const summaryRow = titled(TRACKING_SUMMARY_TITLE);
    const retiredRow = titled(TRACKING_RETIRED_TITLE);
    const ends = [summaryRow, retiredRow].filter((index) => index >= 0);
    return {
      identityRow: row,
      keyColumn,
      identity,
      identityReadable: readable,
      headerRow,
      measuresEnd: ends.length > 0 ? Math.min(...ends) : rows.length,
      retiredRow,
    };
  }
  return undefined;
}
