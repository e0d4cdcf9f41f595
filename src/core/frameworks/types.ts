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

export interface Framework {
  /** Buddhist-era fiscal year, e.g. 2565. */
  readonly fiscalYear: number;
  readonly tools: readonly Tool[];
  /** The ten indicators in number order. */
  readonly indicators: readonly Indicator[];
  readonly rating: RatingRule;
  /** The printed total at which an agency passes (ผ่านเกณฑ์); also used for a tool "passing". */
  readonly passMark: number;
  /** IIT/EIT item codes per indicator, when known for this year. */
  readonly perceptionItems?: { readonly groups: readonly PerceptionItemGroup[]; readonly evidence: Evidence };
  /** OIT sub-indicators and their items, when known for this year. */
  readonly oit?: { readonly subIndicators: readonly OitSubIndicator[]; readonly evidence: Evidence };
}
