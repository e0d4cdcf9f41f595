/**
 * A report block as units for the paginator: a title or heading kept with what follows, a paragraph with
 * a spare line when Excel may wrap it longer, a table (table-units.ts), a chart's rows with its data right
 * of the print area, a table of contents whose page numbers are filled in once the pages are known.
 */
import { CellStyle, ChartPlacement } from "./layout";
import { cellHeight, ONE_LINE_POINTS, SheetGrid, snap } from "./cell-metrics";
import { ChartBlock, ContentsBlock, ReportBlock } from "./model";
import { DraftCell, DraftRow, Unit } from "./paginate";
import { tableUnits } from "./table-units";

const TITLE_FONT_SIZE = 18;
/** Chart height: room for the title, legend and value axis, and per bar (a bar chart) or in all. */
const CHART_FRAME_POINTS = 130;
const CHART_BAR_POINTS = 22;
const CHART_MIN_POINTS = 255;
const CHART_MAX_POINTS = 600;

/** What a chart's unit carries to where it is placed: the chart, its data's column and its rows. */
export interface ChartTag {
  readonly chart: Omit<ChartPlacement, "dataRange" | "anchor">;
  readonly dataColumn: number;
  readonly rowCount: number;
}

/**
 * The units of a block laid across `grid`. A paragraph given a spare line is added to `spared` (review M1:
 * Excel may wrap a long paragraph one line longer), so no blank row is put after it.
 */
export function blockUnits(block: ReportBlock, grid: SheetGrid, spared: Set<Unit>): Unit[] {
  switch (block.kind) {
    case "title":
      return [
        {
          rows: [
            fullWidthRow(block.text, { bold: true, fontSize: TITLE_FONT_SIZE, horizontal: "center" }, grid),
          ],
          keepWithNext: true,
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
        },
      ];
    case "heading":
      return [
        {
          rows: [fullWidthRow(block.text, { bold: true }, grid)],
          keepWithNext: true,
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
          ...(block.id !== undefined ? { anchor: block.id } : {}),
        },
      ];
    case "paragraph": {
      const style: CellStyle = {
        ...(block.align ? { horizontal: block.align } : {}),
        ...(block.fontSize !== undefined ? { fontSize: block.fontSize } : {}),
      };
      const row = fullWidthRow(block.text, style, grid, true);
      const unit: Unit = { rows: [row] };
      if (row.height > fullWidthRow(block.text, style, grid).height) spared.add(unit);
      return [unit];
    }
    case "table":
      return tableUnits(block, grid);
    case "chart":
      return [chartUnit(block, grid)];
    case "contents":
      return contentsUnits(block, grid);
  }
}

function fullWidthRow(
  text: string,
  style: CellStyle,
  { columns, widthOf }: SheetGrid,
  spareLine = false
): DraftRow {
  const cell: DraftCell = {
    column: 0,
    columnCount: columns,
    value: text,
    style: { wrap: true, vertical: "top", ...style },
  };
  return { cells: [cell], height: snap(cellHeight(cell, widthOf(0, columns), spareLine)) };
}

function contentsUnits(block: ContentsBlock, { columns, widthOf }: SheetGrid): Unit[] {
  return block.entries.map((entry) => {
    const textColumns = Math.max(1, columns - 1);
    const text: DraftCell = {
      column: 0,
      columnCount: textColumns,
      value: entry.text,
      style: { wrap: true, vertical: "top" },
    };
    const page: DraftCell = {
      column: textColumns,
      columnCount: 1,
      value: "",
      pageOf: entry.target,
      style: { horizontal: "right", vertical: "top" },
    };
    const cells = columns > 1 ? [text, page] : [text];
    return {
      rows: [{ cells, height: snap(Math.max(ONE_LINE_POINTS, cellHeight(text, widthOf(0, textColumns)))) }],
    };
  });
}

function chartUnit(block: ChartBlock, { columns }: SheetGrid): Unit {
  const bars = block.categories.length * Math.max(1, block.series.length);
  const wanted =
    block.chart === "clusteredBar"
      ? Math.min(CHART_MAX_POINTS, Math.max(CHART_MIN_POINTS, CHART_FRAME_POINTS + bars * CHART_BAR_POINTS))
      : CHART_MIN_POINTS;
  const rowCount = Math.max(Math.ceil(wanted / ONE_LINE_POINTS), block.categories.length + 1);
  // Excel and LibreOffice list a horizontal bar chart's legend in reverse series order: the series go in
  // reversed, so the legend reads in the model's order (the older year first).
  const series = block.chart === "clusteredBar" ? [...block.series].reverse() : block.series;
  // The data sits right of the print area: the chart needs it in the workbook, the page does not.
  const dataColumn = columns + 1;
  const dataRows: DraftCell[][] = [
    [
      { column: dataColumn, columnCount: 1, value: block.categoryAxisTitle, style: { bold: true } },
      ...series.map((one, i) => ({
        column: dataColumn + 1 + i,
        columnCount: 1,
        value: one.name,
        style: { bold: true, horizontal: "right" as const },
      })),
    ],
    ...block.categories.map((category, c) => [
      { column: dataColumn, columnCount: 1, value: category },
      ...series.map((one, i) => ({
        column: dataColumn + 1 + i,
        columnCount: 1,
        value: one.values[c] ?? 0,
        numberStyle: "score" as const,
      })),
    ]),
  ];
  const tag: ChartTag = {
    chart: {
      kind: block.chart,
      title: block.title,
      categoryAxisTitle: block.categoryAxisTitle,
      valueAxisTitle: block.valueAxisTitle,
      categories: block.categories,
      series,
      ...(block.valueAxis ? { valueAxis: block.valueAxis } : {}),
      ...(block.dataLabels ? { dataLabels: true } : {}),
      ...(block.chart === "clusteredBar" ? { firstCategoryOnTop: true } : {}),
    },
    dataColumn,
    rowCount,
  };
  return {
    rows: Array.from({ length: rowCount }, (_, r) => ({ cells: dataRows[r] ?? [], height: ONE_LINE_POINTS })),
    tag,
  };
}
