/**
 * What `findScores` returns: the indicator scores found on a sheet, each tied to its cell and year, the
 * figures the pasted tables state about themselves as checked, and the text that named nothing known.
 */
import { CellPosition } from "./a1";
import { ItemEntry } from "./assessment";
import { Exact } from "./exact";
import { ValidationIssue } from "./issues";

/** One score read: the year its column names, the cell, the score. */
export interface FoundValue {
  readonly year: number;
  readonly cell: string;
  readonly position: CellPosition;
  readonly score: Exact;
  /**
   * True when no header named the year (a column headed only "ผลคะแนน", as under the seed's per-tool tables)
   * and the framework's year was taken: the caller decides whether a year named elsewhere wins.
   */
  readonly assumedYear?: boolean;
}

/** One indicator found: where its name is and its score per year (oldest year first). */
export interface FoundIndicator {
  readonly indicator: number;
  readonly labelCell: string;
  readonly labelPosition: CellPosition;
  readonly values: readonly FoundValue[];
}

/** A figure the block states about itself, compared with what the core computes from the scores found. */
export interface FoundCheck {
  readonly kind: "change" | "tool" | "total";
  /** The indicator (change), the tool id (tool) or "total". */
  readonly subject: string;
  readonly cell: string;
  readonly position: CellPosition;
  readonly stated: Exact;
  readonly computed: Exact;
  readonly agrees: boolean;
}

/** Text next to scores that names nothing the framework knows: listed, never guessed. */
export interface UnmatchedCell {
  readonly cell: string;
  readonly position: CellPosition;
  readonly text: string;
  /** The item code probably meant, when a digit was typed for a letter ("1๒๘" → "i28"); never applied. */
  readonly didYouMean?: string;
}

export interface FoundScores {
  readonly sheet: string;
  /** In indicator order. */
  readonly found: readonly FoundIndicator[];
  /** Every year a score was found for, oldest first. */
  readonly years: readonly number[];
  readonly checks: readonly FoundCheck[];
  readonly unmatched: readonly UnmatchedCell[];
  /** One issue per stated figure that disagrees (> 0.01) or per indicator-year read twice differently. */
  readonly mismatches: readonly ValidationIssue[];
  /**
   * Score columns left unread because their header cannot say which year they are (a Common-Era year,
   * several year-less score columns): each is a reason the scores cannot be used as they are.
   */
  readonly unreadableColumns: readonly ValidationIssue[];
  /** Item results (i28 80.1, O๑๑ ไม่ผ่าน), ready for `readItemEntries`. */
  readonly items: readonly ItemEntry[];
}

/** The mismatch of one indicator and year read twice with different scores: never to be accepted. */
export const CONFLICTING_SCORE = "conflicting-score";
