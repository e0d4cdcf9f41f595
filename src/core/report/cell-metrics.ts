/**
 * How much text a cell holds in TH Sarabun New: the line pitch, the points of a column-width unit, the
 * lines a wrapped text needs and the row height they take. The report layout and the tracking sheet size
 * their rows by it, so both hosts draw the same heights.
 */
import { DraftCell } from "./paginate";
import { wrappedLineCount } from "./wrapped-lines";

export const REPORT_FONT = "TH Sarabun New";
/** Points: the size of body text, TH Sarabun New 16 pt as official documents use. */
export const DEFAULT_FONT_SIZE = 16;
/**
 * Line pitch of TH Sarabun New relative to its size. LibreOffice sets its metric twin Laksaman at 16 pt
 * 26.5 pt apart (1.66 em); 1.7 em (27.2 pt) leaves Excel room for its own rounding. 1.5 em clipped the
 * third line of a paragraph (review M1).
 */
export const LINE_HEIGHT_EM = 1.7;
/** Space above and below the text inside a cell. */
const CELL_PADDING_POINTS = 1;
/**
 * A column-width unit in points. Excel draws a unit as one digit of Calibri 11, 7 px of 0.75 pt; its text
 * area is a few pixels narrower. LibreOffice (with Carlito, Calibri's metric twin) draws 7.4 px: columns are
 * fitted to the page with the wider measure, and text wrapped in the narrower one.
 */
export const POINTS_PER_WIDTH_UNIT = 5.25;
export const WIDEST_POINTS_PER_WIDTH_UNIT = 5.55;
export const CELL_INSET_POINTS = 4.5;

/** Rounds a height up to whole pixels (0.75 pt), as Excel stores it, so the sum of a page never grows. */
export function snap(points: number): number {
  return Math.ceil(points / 0.75 - 1e-9) * 0.75;
}

function lineHeight(fontSize: number): number {
  return fontSize * LINE_HEIGHT_EM;
}

/** The points a cell `widthUnits` wide needs for its text (one line when it does not wrap). */
export function cellHeight(cell: DraftCell, widthUnits: number, spareLine = false): number {
  const fontSize = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
  const text = typeof cell.value === "string" ? cell.value : "";
  let lines = cell.style?.wrap
    ? wrappedLineCount(text, widthUnits * POINTS_PER_WIDTH_UNIT - CELL_INSET_POINTS, {
        fontSize,
        bold: cell.style?.bold === true,
      })
    : text.split("\n").length;
  if (spareLine && lines > 1) lines += 1;
  return lines * lineHeight(fontSize) + 2 * CELL_PADDING_POINTS;
}

/**
 * The lines a wrapped text needs in a cell `widthUnits` column-width units wide at `fontSize` points, as
 * the layout counts them for row heights.
 *
 * @example
 * linesNeeded("การป้องกันการทุจริต", 38); // 1
 */
export function linesNeeded(text: string, widthUnits: number, fontSize = DEFAULT_FONT_SIZE): number {
  return wrappedLineCount(text, widthUnits * POINTS_PER_WIDTH_UNIT - CELL_INSET_POINTS, { fontSize });
}

/** A row of one line of body text. */
export const ONE_LINE_POINTS = snap(lineHeight(DEFAULT_FONT_SIZE) + 2 * CELL_PADDING_POINTS);

/** The columns a sheet's blocks are laid across. */
export interface SheetGrid {
  readonly columns: number;
  /** The width, in column-width units, of `count` columns from `column`. */
  readonly widthOf: (column: number, count: number) => number;
}
