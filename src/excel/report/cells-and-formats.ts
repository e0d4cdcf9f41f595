/**
 * A layout's cells on the sheet: values and number formats as one block, styles grouped into few
 * rectangles, column widths and row heights. Queues writes only; the caller syncs.
 */
import { TEXT_FORMAT } from "../../core";
import { CellStyle, Digits, Merge, numberFormatFor, SheetLayout } from "../../core/report/layout";
import { writtenCells } from "./generated-sheets";
import { Rect, rangeOf, rectanglesOf, runsOf } from "./sheet-rects";

/** The layout's default font size (TH Sarabun New 16 pt). */
const DEFAULT_FONT_SIZE = 16;

/**
 * Column width in points from a layout width. Excel's unit is the maximum digit width of the default font
 * (Calibri 11: 7 px of 0.75 pt); the .xlsx renderer stores the layout's width as is, which Excel draws
 * w × 7 px wide, so both renderers give a column the same width and the layout's pages fit in both.
 *
 * @example
 * columnWidthPoints(10); // 52.5
 */
export function columnWidthPoints(characters: number): number {
  return characters * 7 * 0.75;
}

/** Each cell's style, with a merged area's cells taking its top-left cell's style (its borders, its fill). */
export function effectiveStyles(layout: {
  readonly cells: readonly { readonly row: number; readonly column: number; readonly style?: CellStyle }[];
  readonly merges: readonly Merge[];
}): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const cell of layout.cells) if (cell.style) styles.set(`${cell.row},${cell.column}`, cell.style);
  for (const merge of layout.merges) {
    const style = styles.get(`${merge.row},${merge.column}`);
    if (!style) continue;
    for (let r = 0; r < merge.rowCount; r += 1) {
      for (let c = 0; c < merge.columnCount; c += 1) {
        const key = `${merge.row + r},${merge.column + c}`;
        if (!styles.has(key)) styles.set(key, style);
      }
    }
  }
  return styles;
}

type StyleAttribute =
  "bold" | "fontSize" | "fill" | "fontColor" | "horizontal" | "vertical" | "wrap" | "border";

function applyStyle(range: Excel.Range, attribute: StyleAttribute, value: string, rect: Rect): void {
  const format = range.format;
  switch (attribute) {
    case "bold":
      format.font.bold = true;
      return;
    case "fontSize":
      format.font.size = Number(value);
      return;
    case "fill":
      format.fill.color = value;
      return;
    case "fontColor":
      format.font.color = value;
      return;
    case "horizontal":
      format.horizontalAlignment = value as Excel.HorizontalAlignment;
      return;
    case "vertical":
      format.verticalAlignment = value as Excel.VerticalAlignment;
      return;
    case "wrap":
      format.wrapText = true;
      return;
    case "border": {
      const edges: Excel.BorderIndex[] = [
        Excel.BorderIndex.edgeTop,
        Excel.BorderIndex.edgeBottom,
        Excel.BorderIndex.edgeLeft,
        Excel.BorderIndex.edgeRight,
      ];
      if (rect.bottom > rect.top) edges.push(Excel.BorderIndex.insideHorizontal);
      if (rect.right > rect.left) edges.push(Excel.BorderIndex.insideVertical);
      for (const edge of edges) {
        const border = format.borders.getItem(edge);
        border.style = Excel.BorderLineStyle.continuous;
        border.weight = Excel.BorderWeight.thin;
        border.color = "#000000";
      }
    }
  }
}

/** The non-default attributes of a style (the font size of the written block is the default), as the values Office.js takes. */
function styleAttributes(style: CellStyle, baseFontSize: number): [StyleAttribute, string][] {
  const attributes: [StyleAttribute, string][] = [];
  const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  if (style.bold) attributes.push(["bold", "true"]);
  if (style.fontSize !== undefined && style.fontSize !== baseFontSize)
    attributes.push(["fontSize", String(style.fontSize)]);
  if (style.fill) attributes.push(["fill", style.fill]);
  if (style.fontColor) attributes.push(["fontColor", style.fontColor]);
  if (style.horizontal) attributes.push(["horizontal", capitalized(style.horizontal)]);
  if (style.vertical) attributes.push(["vertical", capitalized(style.vertical)]);
  if (style.wrap) attributes.push(["wrap", "true"]);
  if (style.border) attributes.push(["border", "true"]);
  return attributes;
}

/** Cell values and number formats as one block each: formats first, so text can never become a formula. */
export function queueCells(sheet: Excel.Worksheet, layout: SheetLayout, digits: Digits, bounds: Rect): void {
  const cells = writtenCells(layout);
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row += 1) {
    const formatLine: string[] = [];
    const valueLine: (string | number)[] = [];
    for (let column = bounds.left; column <= bounds.right; column += 1) {
      const cell = cells.get(`${row},${column}`);
      if (cell === undefined) {
        formatLine.push("General");
        valueLine.push("");
      } else if (typeof cell.value === "string") {
        formatLine.push(TEXT_FORMAT);
        valueLine.push(cell.value);
      } else {
        formatLine.push(cell.numberStyle ? numberFormatFor(cell.numberStyle, digits) : "General");
        valueLine.push(cell.value);
      }
    }
    formats.push(formatLine);
    values.push(valueLine);
  }
  const block = rangeOf(sheet, bounds);
  block.numberFormat = formats;
  block.values = values;
  block.format.font.name = layout.fontName;
  block.format.font.size = DEFAULT_FONT_SIZE;
}

/**
 * Queues every cell's style, cells of equal attributes grouped into few rectangles. `baseFontSize` is the
 * size the caller gave the whole block: only other sizes are set.
 */
export function queueStyles(
  sheet: Excel.Worksheet,
  styles: ReadonlyMap<string, CellStyle>,
  baseFontSize = DEFAULT_FONT_SIZE
): void {
  const groups = new Map<string, Set<string>>();
  for (const [cell, style] of styles) {
    for (const [attribute, value] of styleAttributes(style, baseFontSize)) {
      const key = `${attribute}\u0000${value}`;
      const group = groups.get(key) ?? new Set<string>();
      group.add(cell);
      groups.set(key, group);
    }
  }
  for (const [key, cells] of groups) {
    const [attribute, value] = key.split("\u0000") as [StyleAttribute, string];
    for (const rect of rectanglesOf(cells)) applyStyle(rangeOf(sheet, rect), attribute, value, rect);
  }
}

/** Column widths, and the layout's row heights (runs of equal heights set as one range). */
export function queueSizes(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  const heights = [...(layout.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let start = 0; start < heights.length;) {
    const first = heights[start];
    if (!first) break;
    let end = start + 1;
    while (heights[end]?.points === first.points && heights[end]?.row === first.row + (end - start)) end += 1;
    sheet.getRangeByIndexes(first.row, 0, end - start, 1).format.rowHeight = first.points;
    start = end;
  }
  // Rows without merged cells are fitted by Excel to its own metrics of the font, after the heights above.
  const columns = layout.page.printArea.columnCount;
  for (const run of runsOf(layout.autofitRows ?? [])) {
    sheet.getRangeByIndexes(run.first, 0, run.count, columns).format.autofitRows();
  }
}
