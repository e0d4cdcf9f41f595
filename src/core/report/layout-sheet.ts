/**
 * Lays a report sheet out as cells, top to bottom, one blank row between blocks. Decides every cell,
 * merge, style, row height and chart position, so both renderers write the same workbook.
 */
import { displayWidthOfText } from "./text-width";
import { CellStyle, ChartPlacement, LaidOutCell, Merge, PageSetup, SheetLayout } from "./layout";
import { ReportBlock, ReportSheet, TableBlock, TableValue } from "./model";

export const REPORT_FONT = "TH Sarabun New";
const LINE_POINTS = 22;
const HEADER_FILL = "#DCE6F2";
const GROUP_FILL = "#F2F2F2";
const CHART_ROWS = 18;

/** Lines a text needs in a cell `widthChars` wide (Thai marks above and below take no width). */
export function linesNeeded(text: string, widthChars: number): number {
  return text
    .split("\n")
    .reduce(
      (lines, part) =>
        lines + Math.max(1, Math.ceil((displayWidthOfText(part) * 0.95) / Math.max(4, widthChars))),
      0
    );
}

export function layoutReportSheet(sheet: ReportSheet): SheetLayout {
  const columns = sheet.columnWidths.length;
  const totalWidth = sheet.columnWidths.reduce((sum, width) => sum + width, 0);
  const cells: LaidOutCell[] = [];
  const merges: Merge[] = [];
  const charts: ChartPlacement[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  let repeatRows: PageSetup["repeatRows"];
  let row = 0;

  const setHeight = (at: number, lines: number) => {
    if (lines > 1) rowHeights.push({ row: at, points: lines * LINE_POINTS });
  };
  const fullWidth = (text: string, style: CellStyle) => {
    cells.push({ row, column: 0, value: text, style: { wrap: true, vertical: "top", ...style } });
    if (columns > 1) merges.push({ row, column: 0, rowCount: 1, columnCount: columns });
    setHeight(row, linesNeeded(text, totalWidth));
    row += 1;
  };

  const layoutTable = (table: TableBlock) => {
    const starts = table.spans.map((_, i) => table.spans.slice(0, i).reduce((sum, span) => sum + span, 0));
    const widthOf = (i: number) =>
      sheet.columnWidths
        .slice(starts[i] ?? 0, (starts[i] ?? 0) + (table.spans[i] ?? 1))
        .reduce((a, b) => a + b, 0);
    const place = (values: readonly TableValue[], style: CellStyle) => {
      let lines = 1;
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
          lines = Math.max(lines, linesNeeded(value, widthOf(i)));
        } else {
          cells.push({ row, column, value: value.number, numberStyle: value.style, style: cellStyle });
        }
        // Borders on every cell of a merge, so the merged cell is boxed in both renderers.
        for (let extra = 1; extra < span; extra += 1) {
          cells.push({ row, column: column + extra, value: "", style: cellStyle });
        }
        if (span > 1) merges.push({ row, column, rowCount: 1, columnCount: span });
      });
      setHeight(row, lines);
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
              ...(dataColumn ? [String(i + 1)] : []),
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
    rowHeights,
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
