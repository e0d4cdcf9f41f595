/**
 * The hidden identity of a tracking sheet (cell M1): the agency, the fiscal year and the measures the
 * sheet was made for, as JSON that starts with a marker, so the reader finds the sheet whatever its name
 * and knows what it was made for.
 */
import { TrackingAgency } from "./tracked-measure";

/** The identity cell's JSON starts with this; the reader finds the sheet by it, whatever its name. */
export const TRACKING_MARKER = '{"itaTracking":1';

/** What the hidden identity cell records. */
export interface TrackingIdentity {
  readonly agency: TrackingAgency;
  /** The fiscal year the measures are for. */
  readonly fiscalYear: number;
  /** The sheet's name when it was generated (a renamed sheet is still found, and said to be renamed). */
  readonly sheetName: string;
  /** The keys of the measures, in the plan's order. */
  readonly measures: readonly string[];
  /** Each measure's number and the start of its action, to name a measure whose row is missing. */
  readonly labels: readonly string[];
}

/** The identity as the hidden cell holds it. */
export function identityText(identity: TrackingIdentity): string {
  return `${TRACKING_MARKER},${JSON.stringify(identity).slice(1)}`;
}
