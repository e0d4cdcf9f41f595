/**
 * The catalogue of recommendations and measures: for every item code of each supported year and for every
 * indicator, what the report recommends and which measures the measures sheet proposes. Data, written in
 * official Thai; the officer can insert it as a sheet, edit it (their own unit names) and regenerate.
 *
 * Every text is written for any kind of agency: where a term depends on the kind (the executive's title,
 * the leading office, the budget act…) it holds a placeholder such as "{ผู้บริหาร}" (`../agency/terms.ts`),
 * which `entryForKind` fills in for the agency the report is written for.
 */

/** When a measure reports: at six months (31 มีนาคม), at year end (30 กันยายน), or both. */
export type DeadlinePattern = "six-month" | "year-end" | "six-month-and-year-end" | "quarterly";

export interface Measure {
  /** ขั้นตอนหรือวิธีการ/มาตรการ: what will be done, as a full sentence or short list in one string. */
  readonly action: string;
  /** ผู้รับผิดชอบ: a default unit, through placeholders ("{กองคลัง}"); the officer edits it. */
  readonly responsible: string;
  readonly deadline: DeadlinePattern;
}

export interface CatalogueEntry {
  /** An item code ("i28", "e11", "o11") or an indicator key ("indicator-5"). */
  readonly key: string;
  /** A short title of what the item asks or shows (for tables and the measures sheet's first column). */
  readonly title: string;
  /** ประเด็นที่ต้องปรับปรุง/ข้อเสนอแนะ: one or two sentences on what to improve and why. */
  readonly recommendation: string;
  /** At least one. */
  readonly measures: readonly Measure[];
}

/** A catalogue for one list of codes (e.g. the IIT items, the OIT items of 2566). */
export interface Catalogue {
  readonly id: string;
  readonly description: string;
  readonly entries: readonly CatalogueEntry[];
}
