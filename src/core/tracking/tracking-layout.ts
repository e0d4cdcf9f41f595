/**
 * The tracking sheet as the hosts receive it: cells, merges, data validation, conditional formatting,
 * hidden columns and print setup; and the look the parts of the sheet share while it is drawn.
 */
import type { ToolId } from "../frameworks";
import { CellStyle, Digits, Merge } from "../report/layout";
import { ThaiDate } from "../thai";
import { OfficerEntry, RetiredEntry } from "./officer-entry";

/** Points. */
export const TRACKING_FONT_SIZE = 14;

/** Table headers: the measures' and the summary's. */
export const TRACKING_HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DCE6F2",
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "center",
};

/** The number format of a text cell: what is typed stays text, never a formula. */
export const TEXT_FORMAT = "@";

/** The measure rows: the first (0-based) and how many. */
export interface MeasureRows {
  readonly first: number;
  readonly rowCount: number;
}

/** The parts of a layout being drawn, top to bottom. */
export interface TrackingDraft {
  readonly cells: TrackingCell[];
  readonly merges: Merge[];
  readonly rowHeights: { row: number; points: number }[];
}

/** A cell of the tracking sheet: a value or a formula, with its number format and look. */
export interface TrackingCell {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  /** Text is always text; a number may be a date serial (its number format shows it as a date). */
  readonly value?: string | number;
  /** An Excel formula with its leading "=", English function names, "," between arguments. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export type TrackingRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "date"; readonly from: ThaiDate; readonly to: ThaiDate }
  | { readonly kind: "textLength"; readonly max: number };

export interface TrackingValidation {
  readonly range: Merge;
  readonly rule: TrackingRule;
  /** Shown when the cell is selected (title ≤ 32 characters, message ≤ 255: Excel's limits). */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Shown when a value breaks the rule; the value is refused. */
  readonly error: { readonly title: string; readonly message: string };
}

export interface TrackingConditionalFormat {
  readonly range: Merge;
  /** A formula for the range's top-left cell, with its leading "="; relative references move with the cell. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface TrackingSheetLayout {
  readonly name: string;
  readonly fontName: string;
  /** Points. */
  readonly fontSize: number;
  /** Characters, A–M. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly TrackingCell[];
  readonly merges: readonly Merge[];
  readonly validations: readonly TrackingValidation[];
  readonly conditionalFormats: readonly TrackingConditionalFormat[];
  /** 0-based columns to hide (the identity and the keys). */
  readonly hiddenColumns: readonly number[];
  /** Rows kept in view when scrolling: the title block and the header. */
  readonly frozenRows: number;
  /** Heights of the merged rows (points); the others are left to the host's autofit. */
  readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
  /** Rows the host fits to their text after writing (no merged cells in them). */
  readonly autofitRows: readonly number[];
  readonly page: {
    readonly orientation: "landscape";
    readonly fitToPagesWide: 1;
    /** Centimetres. */
    readonly margins: {
      readonly top: number;
      readonly bottom: number;
      readonly left: number;
      readonly right: number;
    };
    readonly headerCenter: string;
    readonly footerPageNumbers: true;
  };
  /** Where the measures are: the header row, the first measure row and how many rows. */
  readonly table: { readonly headerRow: number; readonly firstRow: number; readonly rowCount: number };
  /** The summary's figure cells, by row label and tool ("รวม" for all), 0-based. */
  readonly summary: {
    readonly firstRow: number;
    readonly rows: readonly { readonly label: string; readonly row: number }[];
    readonly columns: Readonly<Record<ToolId | "all", number>>;
  };
}

export interface TrackingSheetOptions {
  readonly digits: Digits;
  /** What the officer typed, by measure (the hash part of the key): kept in the rows of those measures. */
  readonly entries?: ReadonlyMap<string, OfficerEntry>;
  /** Rows of measures the plan no longer has, kept below the summary. */
  readonly retired?: readonly RetiredEntry[];
}
