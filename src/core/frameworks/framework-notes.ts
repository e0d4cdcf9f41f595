/**
 * What the pane says, once, about the framework a result was scored with (issue: the year officers are
 * in): which of its parts are not confirmed, and which OIT item of the next assessment the analysis and
 * measures will serve. Plain data, so the pane and its tests need no framework of their own.
 */
import { frameworkLookup, FrameworkLookup } from "./lookup";
import { itemServedBy, ServedItem } from "./served-item";
import { Framework } from "./types";
import { UnconfirmedPart, unconfirmedParts } from "./unconfirmed";

export interface FrameworkNotes {
  readonly fiscalYear: number;
  /** Set when the framework was copied from another year (a framework sheet for a new year). */
  readonly basedOn?: number;
  readonly unconfirmed: readonly UnconfirmedPart[];
  /** The OIT item the analysis and measures of this result serve next year; absent when not known. */
  readonly servedItem?: ServedItem;
}

/** The notes of `framework`; the next year's framework is looked up in `frameworks`. */
export function frameworkNotes(
  framework: Framework,
  frameworks: FrameworkLookup = frameworkLookup()
): FrameworkNotes {
  const servedItem = itemServedBy("analysisAndMeasures", frameworks.find(framework.fiscalYear + 1));
  return {
    fiscalYear: framework.fiscalYear,
    ...(framework.basedOn === undefined ? {} : { basedOn: framework.basedOn }),
    unconfirmed: unconfirmedParts(framework),
    ...(servedItem ? { servedItem } : {}),
  };
}
