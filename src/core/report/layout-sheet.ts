/**
 * Lays a report sheet out as cells, top to bottom, one blank row between blocks. Decides every cell,
 * merge, style, row height and chart position, so both renderers write the same workbook.
 */
import { displayWidthOfText } from "./text-width";
import { CellStyle, ChartPlacement, LaidOutCell, Merge, PageSetup, SheetLayout } from "./layout";
import { ReportBlock, ReportSheet, TableBlock, TableValue } from "./model";

export const REPORT_FONT = "TH Sarabun New";
const DEFAULT_FONT_SIZE = 16;
/** Line height of TH Sarabun New (and its metric twin Laksaman) relative to its size. */
const LINE_HEIGHT = 1.5;
/**
 * Average advance of a spacing character, in ems: TH Sarabun New is narrower, but where it is missing
 * (LibreOffice on Linux falls back to wider Thai fonts) a row must still hold its text.
 */
const AVERAGE_ADVANCE = 0.55;
/** A column-width unit (a digit of Calibri 11, 7 px at 96 dpi) in points, and a cell's padding. */
const POINTS_PER_WIDTH_UNIT = 5.25;
const CELL_PADDING_POINTS = 3.75;
const HEADER_FILL = "#DCE6F2";
const GROUP_FILL = "#F2F2F2";
const CHART_ROWS = 18;

/**
 * Lines a wrapped text needs in a cell `widthUnits` column-width units wide at `fontSize` points (Thai
 * marks above and below the line take no width).
 */
export function linesNeeded(text: string, widthUnits: number, fontSize = DEFAULT_FONT_SIZE): number {
  const widthPoints = widthUnits * POINTS_PER_WIDTH_UNIT - CELL_PADDING_POINTS;
  const perLine = Math.max(1, Math.floor(widthPoints / (fontSize * AVERAGE_ADVANCE)));
  return text
    .split("\n")
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidthOfText(part) / perLine)), 0);
}

/**
 * The height of every row with text, in points. Both renderers set them: LibreOffice keeps rows of an
 * .xlsx without a stored height at 15 pt (clipping 16-pt Thai), and Excel's autofit skips merged cells.
 */
function rowHeightsOf(
  cells: readonly LaidOutCell[],
  merges: readonly Merge[],
  columnWidths: readonly number[]
) {
  const heights = new Map<number, number>();
  for (const cell of cells) {
    if (cell.value === "") continue;
    const fontSize = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
    const merge = merges.find((m) => m.row === cell.row && m.column === cell.column);
    const width = columnWidths
      .slice(cell.column, cell.column + (merge?.columnCount ?? 1))
      .reduce((a, b) => a + b, 0);
    const lines =
      cell.style?.wrap && typeof cell.value === "string" ? linesNeeded(cell.value, width, fontSize) : 1;
    const points = Math.ceil((lines * fontSize * LINE_HEIGHT) / (merge?.rowCount ?? 1));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, points));
  }
  return [...heights.entries()].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points }));
}

export function layoutReportSheet(sheet: ReportSheet): SheetLayout {
  const columns = sheet.columnWidths.length;
  const cells: LaidOutCell[] = [];
  const merges: Merge[] = [];
  const charts: ChartPlacement[] = [];
  let repeatRows: PageSetup["repeatRows"];
  let row = 0;

  const fullWidth = (text: string, style: CellStyle) => {
    cells.push({ row, column: 0, value: text, style: { wrap: true, vertical: "top", ...style } });
    if (columns > 1) merges.push({ row, column: 0, rowCount: 1, columnCount: columns });
    row += 1;
  };

  const layoutTable = (table: TableBlock) => {
    const starts = table.spans.map((_, i) => table.spans.slice(0, i).reduce((sum, span) => sum + span, 0));
    const place = (values: readonly TableValue[], style: CellStyle) => {
      values.forEach((value, i) => {
        const column = starts[i] ?? 0;
        const span = table.spans[i] ?? 1;
        const align = table.align?.[i] ?? (typeof value === "string" ? "left" : "right");
        const cellStyle: CellStyle = {
          border: true,
          wrap: true,
          vertical: "top",
          horizontal: align,
          ...style,
        };
        if (typeof value === "string") {
          cells.push({ row, column, value, style: cellStyle });
        } else {
          cells.push({ row, column, value: value.number, numberStyle: value.style, style: cellStyle });
        }
        // Borders on every cell of a merge, so the merged cell is boxed in both renderers.
        for (let extra = 1; extra < span; extra += 1) {
          cells.push({ row, column: column + extra, value: "", style: cellStyle });
        }
        if (span > 1) merges.push({ row, column, rowCount: 1, columnCount: span });
      });
      row += 1;
    };
    const headerRow = row;
    place(table.header, { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center" });
    if (table.repeatHeader) repeatRows = { first: headerRow, last: headerRow };
    for (const tableRow of table.rows) {
      if (tableRow.kind === "group") {
        const text = typeof tableRow.cells[0] === "string" ? tableRow.cells[0] : "";
        cells.push({ row, column: 0, value: text, style: { bold: true, fill: GROUP_FILL, border: true } });
        for (let extra = 1; extra < columns; extra += 1) {
          cells.push({ row, column: extra, value: "", style: { fill: GROUP_FILL, border: true } });
        }
        if (columns > 1) merges.push({ row, column: 0, rowCount: 1, columnCount: columns });
        row += 1;
      } else {
        place(tableRow.cells, tableRow.kind === "total" ? { bold: true } : {});
      }
    }
  };

  const layoutBlock = (block: ReportBlock) => {
    switch (block.kind) {
      case "title":
        fullWidth(block.text, { bold: true, fontSize: 18, horizontal: "center" });
        return;
      case "heading":
        fullWidth(block.text, { bold: true });
        return;
      case "paragraph":
        fullWidth(block.text, {});
        return;
      case "table":
        layoutTable(block);
        return;
      case "chart": {
        // The chart's data as a small table the chart refers to: one unmerged column of categories (a
        // merged one would read as a two-level axis), then one column per series, then filler.
        const dataTop = row;
        const dataColumn = columns >= block.series.length + 2 ? 1 : 0;
        const filler = columns - dataColumn - 1 - block.series.length;
        const spans = [
          ...(dataColumn ? [1] : []),
          1,
          ...block.series.map(() => 1),
          ...(filler > 0 ? [filler] : []),
        ];
        layoutTable({
          kind: "table",
          header: [
            ...(dataColumn ? [""] : []),
            "",
            ...block.series.map((series) => series.name),
            ...(filler > 0 ? [""] : []),
          ],
          spans,
          rows: block.categories.map((category, i) => ({
            cells: [
              ...(dataColumn ? [""] : []),
              category,
              ...block.series.map((series) => ({ number: series.values[i] ?? 0, style: "score" as const })),
              ...(filler > 0 ? [""] : []),
            ],
          })),
          align: [...(dataColumn ? ["center" as const] : []), "left"],
        });
        charts.push({
          kind: block.chart,
          title: block.title,
          categoryAxisTitle: block.categoryAxisTitle,
          valueAxisTitle: block.valueAxisTitle,
          categories: block.categories,
          series: block.series,
          // Categories sit in the (merged) first column; the series in the columns after the merge.
          dataRange: {
            row: dataTop,
            column: dataColumn,
            rowCount: block.categories.length + 1,
            columnCount: 1 + block.series.length,
          },
          anchor: { row: row + 1, column: 0, rowCount: CHART_ROWS, columnCount: columns },
        });
        row += CHART_ROWS + 1;
        return;
      }
    }
  };

  sheet.blocks.forEach((block, index) => {
    if (index > 0) row += 1;
    layoutBlock(block);
  });

  return {
    id: sheet.id,
    name: sheet.name,
    columnWidths: sheet.columnWidths,
    cells,
    merges,
    charts,
    rowHeights: rowHeightsOf(cells, merges, sheet.columnWidths),
    fontName: REPORT_FONT,
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 2, bottom: 2, left: 2.5, right: 1.5 },
      fitToPagesWide: 1,
      repeatRows,
      headerCenter: sheet.headerCenter,
      footerPageNumbers: true,
      printArea: { row: 0, column: 0, rowCount: Math.max(1, row), columnCount: columns },
    },
  };
}
