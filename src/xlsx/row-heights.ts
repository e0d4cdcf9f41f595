/**
 * Row heights for a laid-out sheet, in points. The layout carries none, and LibreOffice (7.4) keeps every
 * row of an .xlsx without a stored height at the default 15 pt, which clips 16 pt Thai text and hides the
 * first lines of wrapped paragraphs. Excel's own autofit skips merged cells too. So the file states a height
 * for every row with text: one line per cell, or an estimate of the wrapped lines of a wrapped cell.
 */
import type { LaidOutCell, Merge, SheetLayout } from "../core/report/layout";

const DEFAULT_FONT_SIZE = 16;
/** Line height of TH Sarabun New (and its metric twin Laksaman) relative to its size, as Excel fits it. */
const LINE_HEIGHT = 1.5;
/** Average advance of a spacing character in TH Sarabun New, in ems. */
const AVERAGE_ADVANCE = 0.45;
/** A column-width unit (a digit of Calibri 11, 7 px at 96 dpi) in points, and the cell's padding. */
const POINTS_PER_WIDTH_UNIT = 5.25;
const CELL_PADDING_POINTS = 3.75;

/** Thai marks drawn above or below the consonant before them: they take no width of their own. */
const NON_SPACING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

function mergeAt(merges: readonly Merge[], cell: LaidOutCell): Merge | undefined {
  return merges.find((m) => m.row === cell.row && m.column === cell.column);
}

function linesOf(text: string, fontSize: number, widthPoints: number): number {
  const perLine = Math.max(1, Math.floor(widthPoints / (fontSize * AVERAGE_ADVANCE)));
  return text
    .split("\n")
    .reduce(
      (lines, paragraph) =>
        lines + Math.max(1, Math.ceil(paragraph.replace(NON_SPACING, "").length / perLine)),
      0
    );
}

/**
 * The height each row needs (index = 0-based row), `undefined` for rows without cells.
 *
 * @example rowHeightsFor(layout)[0] // 27 for a single line of 18 pt
 */
export function rowHeightsFor(layout: SheetLayout): (number | undefined)[] {
  const heights: (number | undefined)[] = [];
  for (const cell of layout.cells) {
    const fontSize = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
    const merge = mergeAt(layout.merges, cell);
    const rowCount = merge?.rowCount ?? 1;
    const columnCount = merge?.columnCount ?? 1;
    let lines = 1;
    if (cell.style?.wrap && typeof cell.value === "string") {
      const widthUnits = layout.columnWidths
        .slice(cell.column, cell.column + columnCount)
        .reduce((sum, width) => sum + width, 0);
      lines = linesOf(cell.value, fontSize, widthUnits * POINTS_PER_WIDTH_UNIT - CELL_PADDING_POINTS);
    }
    // A merge over several rows shares the height it needs among them.
    const perRow = Math.ceil((lines * fontSize * LINE_HEIGHT) / rowCount);
    for (let row = cell.row; row < cell.row + rowCount; row += 1) {
      heights[row] = Math.max(heights[row] ?? 0, perRow);
    }
  }
  return heights;
}
