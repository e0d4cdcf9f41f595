/**
 * A report sheet laid out as cells: what both renderers (the live workbook through the Office JavaScript API, and the .xlsx file through
 * ExcelJS) write, cell for cell. Everything about content and placement is decided before this point; a
 * renderer only translates these cells, merges, formats, charts and page settings into its API.
 */

/** How a number is shown. The renderer maps it with `numberFormatFor` so both renderers agree. */
export type NumberStyle = "score" | "change" | "integer" | "percent";

export interface CellStyle {
  readonly bold?: boolean;
  /** Points; default 16 (TH Sarabun New 16 pt, the official-document standard). */
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center";
  readonly wrap?: boolean;
  /** Thin border on all four sides (table cells). */
  readonly border?: boolean;
}

export interface LaidOutCell {
  /** 0-based row and column within the sheet. */
  readonly row: number;
  readonly column: number;
  /** Text is always written as text (never a formula); numbers stay numeric. */
  readonly value: string | number;
  readonly numberStyle?: NumberStyle;
  readonly style?: CellStyle;
}

export interface Merge {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/**
 * A native chart: categories down one column, one column per series, already written as cells (right of
 * the print area, so only the chart prints).
 */
export interface ChartPlacement {
  readonly kind: "clusteredBar" | "line";
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** The value axis, when fixed: ITA scores run 0 to 100 by 10. */
  readonly valueAxis?: { readonly min: number; readonly max: number; readonly majorUnit: number };
  /** Each value printed beside its bar or point, as a score (0.00) in the report's digits. */
  readonly dataLabels?: boolean;
  /**
   * The first category at the top of a bar chart (Excel draws it at the bottom): the category axis runs
   * max to min, and the value axis crosses it at its maximum so it stays below the bars.
   */
  readonly firstCategoryOnTop?: boolean;
  /** The cells holding the data (categories in the first column, a header row with series names). */
  readonly dataRange: Merge;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Where the chart is drawn. */
  readonly anchor: Merge;
}

export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Centimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /**
   * Shrink the columns to one page wide; pages run as long as needed. A paginated sheet leaves it out and
   * prints at 100 % with columns that already fit: Excel ignores manual page breaks under "Fit to".
   */
  readonly fitToPagesWide?: 1;
  /** Rows repeated at the top of every printed page (0-based, inclusive), if any. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Centre header text, e.g. the agency and the document's title. */
  readonly headerCenter: string;
  /** Leave the header off the first page (a title page). */
  readonly headerSkipsFirstPage?: boolean;
  /** Footer "หน้า x จาก y", in the renderer's own page-number codes. */
  readonly footerPageNumbers?: true;
  /**
   * Manual page breaks: the 0-based rows that start a new printed page, ascending, placed by the layout's
   * pagination (which also writes the page numbers and repeats table headers itself).
   */
  readonly rowBreaks?: readonly number[];
  /** The print area: the whole laid-out block. */
  readonly printArea: Merge;
}

export interface SheetLayout {
  /** Stable id of the generated sheet ("analysis", "measures", "catalogue"). */
  readonly id: string;
  /** The sheet's name in the workbook (≤ 31 characters, no []:*?/\). */
  readonly name: string;
  /** Width of each column in characters of the default font. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly LaidOutCell[];
  readonly merges: readonly Merge[];
  readonly charts: readonly ChartPlacement[];
  readonly page: PageSetup;
  /** Row heights in points: every row of a paginated sheet, so each printed page is known. */
  readonly rowHeights?: readonly { readonly row: number; readonly points: number }[];
  /**
   * Rows Excel may fit to its own font metrics (its autofit skips merged cells, so only rows without any):
   * the live-workbook renderer autofits them after setting the heights above.
   */
  readonly autofitRows?: readonly number[];
  /** Font for the whole sheet; renderers fall back to the host's default where it is missing. */
  readonly fontName: string;
}

export type Digits = "thai" | "arabic";

/**
 * The number format of a number style. Thai digits use the locale prefix [$-D00041E] (D = Thai digits,
 * 041E = th-TH), which keeps the cell numeric; [$-D07041E] would show Arabic digits in LibreOffice.
 */
export function numberFormatFor(style: NumberStyle, digits: Digits): string {
  const base: Record<NumberStyle, string> = {
    score: "0.00",
    change: "+0.00;-0.00;0.00",
    integer: "0",
    percent: "0.00%",
  };
  // The prefix goes on every section: LibreOffice applies it to the first section only, and would print a
  // negative change ("-2.50") in Arabic digits among Thai ones.
  return digits === "thai"
    ? base[style]
        .split(";")
        .map((section) => `[$-D00041E]${section}`)
        .join(";")
    : base[style];
}
