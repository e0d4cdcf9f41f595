/**
 * The report an agency publishes, as a host-neutral model: sheets made of blocks (titles, headings,
 * paragraphs, tables, charts). Built by the core from a scored assessment; laid out into cells by
 * `layoutReportSheet`; drawn by both renderers. Text is final Thai text (digits already converted).
 */
import { Digits, NumberStyle } from "./layout";

/** A table cell: text, or a number shown with a number style. */
export type TableValue = string | { readonly number: number; readonly style: NumberStyle };

/**
 * A table row. A `null` cell continues the cell above it in the same column (a vertical merge): the tool
 * and weight of the framework table span their indicators, a measures issue spans its measures.
 */
export interface TableRow {
  readonly cells: readonly (TableValue | null)[];
  /** A group row (ด้าน IIT) spans the whole table, bold on a tinted fill. */
  readonly kind?: "data" | "group" | "total";
}

export interface TableBlock {
  readonly kind: "table";
  /** Header cells, one per column. */
  readonly header: readonly string[];
  /** How many sheet columns each table column spans; sums to the sheet's column count. */
  readonly spans: readonly number[];
  readonly rows: readonly TableRow[];
  /** Alignment per table column; numbers default to right. */
  readonly align?: readonly ("left" | "center" | "right")[];
  /**
   * Repeat the header at the top of every printed page the table runs onto. Excel repeats one row range
   * per sheet, so the layout repeats the header itself after each page break it places.
   */
  readonly repeatHeader?: boolean;
}

export interface ChartBlock {
  readonly kind: "chart";
  /** The value axis, when fixed (ITA scores: 0 to 100 by 10). */
  readonly valueAxis?: { readonly min: number; readonly max: number; readonly majorUnit: number };
  /** Print each value beside its bar or point (2 decimals, in the report's digits). */
  readonly dataLabels?: boolean;
  readonly chart: "clusteredBar" | "line";
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

/**
 * A table of contents: each entry names a heading by its `id`; the layout, which paginates the sheet,
 * prints the page each heading falls on.
 */
export interface ContentsBlock {
  readonly kind: "contents";
  readonly entries: readonly { readonly text: string; readonly target: string }[];
}

export type ReportBlock =
  | {
      readonly kind: "title";
      readonly text: string;
      /** Start a new printed page here (after the cover, the foreword, the contents). */
      readonly pageBreakBefore?: boolean;
    }
  | {
      readonly kind: "heading";
      readonly text: string;
      /** A name for the contents block to point at. */
      readonly id?: string;
      readonly pageBreakBefore?: boolean;
    }
  | {
      readonly kind: "paragraph";
      readonly text: string;
      /** Left by default; the agency line under a title and signature blocks are centred. */
      readonly align?: "left" | "center" | "right";
      /** A cover page's large lines. */
      readonly fontSize?: number;
    }
  | TableBlock
  | ChartBlock
  | ContentsBlock;

export interface ReportSheet {
  /** Stable id: "analysis", "measures". */
  readonly id: string;
  readonly name: string;
  /** Column widths in characters; their count is the sheet's column count. */
  readonly columnWidths: readonly number[];
  readonly blocks: readonly ReportBlock[];
  /** Printed at the top of every page: the agency and the fiscal year. */
  readonly headerCenter: string;
}

export interface ReportModel {
  readonly fiscalYear: number;
  readonly agency?: string;
  readonly digits: Digits;
  readonly sheets: readonly ReportSheet[];
}
