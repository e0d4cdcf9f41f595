/**
 * The ITA framework of one fiscal year, as data (ARCHITECTURE.md: frameworks are data, one file per year).
 * Adding a fiscal year means adding a file like `fy2568.ts` and listing it in `index.ts`; no code changes.
 */

/** The three assessment tools (ITA.md §1). */
export type ToolId = "IIT" | "EIT" | "OIT";

export const TOOL_IDS: readonly ToolId[] = ["IIT", "EIT", "OIT"];

/** How sure we are of a piece of the framework (ITA.md tags: verified or working rule). */
export type Evidence = "verified" | "working-rule";

export interface Tool {
  readonly id: ToolId;
  readonly nameTh: string;
  readonly nameEn: string;
  /** Weight of the tool in the total, in percent (30 means 0.30). The three weights sum to 100. */
  readonly weightPercent: number;
}

export interface Indicator {
  /** 1–10: the number the NACC prints. */
  readonly number: number;
  readonly tool: ToolId;
  readonly nameTh: string;
  readonly nameEn: string;
}

/**
 * One row of a rating table. A row holds when the printed total is at least `minTotal` and, if set, every
 * printed tool score is at least `minEveryTool`. The first row that holds gives the rating.
 */
export interface RatingRow {
  readonly rating: string;
  readonly ratingEn: string;
  readonly minTotal: number;
  readonly minEveryTool?: number;
}

export interface RatingRule {
  /** Letters (AA…F, to 2565) or words (ผ่านดีเยี่ยม…, from 2566). */
  readonly kind: "letters" | "words";
  /** Ordered from best to worst; the last row has `minTotal` 0 so every total gets a rating. */
  readonly rows: readonly RatingRow[];
  readonly evidence: Evidence;
}

/** IIT and EIT item codes (i1–i30, e1–e15) that make up one indicator. */
export interface PerceptionItemGroup {
  readonly indicator: number;
  readonly codes: readonly string[];
}

/** One OIT item, passed (100) or failed (0). */
export interface OitItem {
  readonly code: string;
  readonly nameTh: string;
}

/** An OIT sub-indicator (9.1 … 10.2): the percentage of its items passed (ITA.md §3). */
export interface OitSubIndicator {
  readonly id: string;
  readonly indicator: number;
  readonly nameTh: string;
  readonly items: readonly OitItem[];
}

/**
 * An OIT item whose sub-indicator is not known (ITA.md §7: no source publishes the 2569 grouping, and the
 * 2568 list is known only in part). Its result still drives the weak-item analysis and the measures, but
 * an indicator with such items is never recomputed from items: the mean of sub-indicators cannot be formed.
 */
export interface UngroupedOitItem extends OitItem {
  /** 9 or 10 when a working grouping places it; absent when not even the indicator is known. */
  readonly indicator?: number;
}

export interface OitItemList {
  readonly subIndicators: readonly OitSubIndicator[];
  /** Items known by code (and title, where found) but not placed in a sub-indicator. */
  readonly ungroupedItems?: readonly UngroupedOitItem[];
  /**
   * The letter the NACC prints before an OIT number: "o" up to 2566 (o42), "O" from 2568 (O25). Codes are
   * kept lower-case inside; this is only how they are shown. Absent means "o".
   */
  readonly codeLetter?: "o" | "O";
  readonly evidence: Evidence;
}

/**
 * The OIT items of this year's assessment that score an agency's own ITA documents of the year before
 * (ITA.md §7: o42/o43 in 2564–2566, O25/O26 in 2569). The code changes by era, so it is data per year and
 * never a constant in logic.
 */
export interface DocumentItems {
  /** The item the analysis of last year's result and its measures serve (o42; O25 in 2569). */
  readonly analysisAndMeasures?: string;
  /** The item the report on how those measures were carried out serves (o43; O26 in 2569). */
  readonly implementationReport?: string;
  readonly evidence: Evidence;
}

/** National figures of one year's assessment (ITA.md §7), for "where does the agency stand". */
export interface NationalFigures {
  /** Agencies assessed nationwide. */
  readonly agencies?: number;
  /** The national mean total. */
  readonly mean: number;
  /** Percent of agencies at the pass mark or more. */
  readonly sharePassing?: number;
  /** Where the figures come from, in a few words an officer can look up. */
  readonly source: string;
  readonly evidence: Evidence;
}

export interface Framework {
  /** Buddhist-era fiscal year, e.g. 2565. */
  readonly fiscalYear: number;
  /**
   * Set when this framework was copied from another year's (`ita framework 2569 --as 2570`, or the pane for
   * a year it does not know): every part is then unconfirmed until the officer checks it.
   */
  readonly basedOn?: number;
  readonly tools: readonly Tool[];
  /** The ten indicators in number order. */
  readonly indicators: readonly Indicator[];
  readonly rating: RatingRule;
  /** The printed total at which an agency passes (ผ่านเกณฑ์); also used for a tool "passing". */
  readonly passMark: number;
  /** IIT/EIT item codes per indicator, when known for this year. */
  readonly perceptionItems?: { readonly groups: readonly PerceptionItemGroup[]; readonly evidence: Evidence };
  /** OIT sub-indicators and their items, when known for this year. */
  readonly oit?: OitItemList;
  /** Which OIT items of this year score the agency's documents of the year before, when known. */
  readonly documentItems?: DocumentItems;
  /** National reference figures of this year, when published. */
  readonly national?: NationalFigures;
}
