/**
 * The report an agency publishes, as a host-neutral model: sheets made of blocks (titles, headings,
 * paragraphs, tables, charts). Built by the core from a scored assessment; laid out into cells by
 * `layoutReportSheet`; drawn by both renderers. Text is final Thai text (digits already converted).
 */
import { Digits, NumberStyle } from "./layout";

/** A table cell: text, or a number shown with a number style. */
export type TableValue = string | { readonly number: number; readonly style: NumberStyle };

export interface TableRow {
  readonly cells: readonly TableValue[];
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
  /** Repeat the header at the top of every printed page (the measures table). */
  readonly repeatHeader?: boolean;
}

export interface ChartBlock {
  readonly kind: "chart";
  readonly chart: "clusteredBar" | "line";
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export type ReportBlock =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | TableBlock
  | ChartBlock;

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
