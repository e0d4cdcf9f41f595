/**
 * Lays a report sheet out as cells, top to bottom, a blank row between blocks, and paginates it for A4:
 * decides every cell, merge, style, row height, page break and chart position, so both renderers write
 * the same workbook and print the same pages. Each block becomes units for the paginator in block-units.ts
 * (tables in table-units.ts); rows are sized by cell-metrics.ts.
 */
import { toThaiDigits } from "../thai";
import { blockUnits, ChartTag } from "./block-units";
import {
  CELL_INSET_POINTS,
  DEFAULT_FONT_SIZE,
  POINTS_PER_WIDTH_UNIT,
  REPORT_FONT,
  SheetGrid,
  WIDEST_POINTS_PER_WIDTH_UNIT,
} from "./cell-metrics";
import { ChartPlacement, Digits, LaidOutCell, Merge, NumberStyle, PageSetup, SheetLayout } from "./layout";
import { ReportSheet, TableValue } from "./model";
import { DraftCell, DraftRow, paginate, TableTrack, Unit } from "./paginate";
import { textWidthEm } from "./text-width";

export { LINE_HEIGHT_EM, linesNeeded, REPORT_FONT } from "./cell-metrics";

/** A4 portrait, margins of Thai official documents (left 3, right 2, top 2.5, bottom 2 cm; review N10). */
const MARGINS_CM = { top: 2.5, bottom: 2, left: 3, right: 2 } as const;
const A4_CM = { width: 21, height: 29.7 } as const;
const POINTS_PER_CM = 72 / 2.54;
const PRINTABLE_WIDTH = (A4_CM.width - MARGINS_CM.left - MARGINS_CM.right) * POINTS_PER_CM;
const PRINTABLE_HEIGHT = (A4_CM.height - MARGINS_CM.top - MARGINS_CM.bottom) * POINTS_PER_CM;
/** Room kept free on every page for the hosts' own rounding of row heights (pixels, printer units). */
const PAGE_SAFETY_POINTS = 24;
/** Room kept free across the page for the hosts' rounding of column widths. */
const WIDTH_SAFETY_POINTS = 4;
/** The blank row between blocks. */
const SPACER_POINTS = 15;
/** The page number row: one line and a little space before what follows. */
const PAGE_NUMBER_POINTS = 36;
/** Widths of the columns right of the print area that hold a chart's data: a gap, categories, series. */
const CHART_DATA_WIDTHS = { gap: 2, categories: 36, series: 12 } as const;

/**
 * The digits a sheet's own texts are written in: the model converts every text to Thai digits when the
 * report uses them, so page numbers follow what the sheet already shows.
 */
function digitsOf(sheet: ReportSheet): Digits {
  const texts = sheet.blocks.flatMap((block): readonly string[] => {
    switch (block.kind) {
      case "title":
      case "heading":
      case "paragraph":
        return [block.text];
      case "table":
        return [...block.header, ...block.rows.flatMap((row) => row.cells.filter(isText))];
      case "chart":
        return [block.title, ...block.categories, ...block.series.map((series) => series.name)];
      case "contents":
        return block.entries.map((entry) => entry.text);
    }
  });
  return texts.some((text) => /[๐-๙]/.test(text)) ? "thai" : "arabic";
}

const isText = (value: TableValue | null): value is string => typeof value === "string";

/** A number as its format shows it (numberFormatFor), for the width it takes. */
function numberText(value: number, style: NumberStyle, digits: Digits): string {
  const text =
    style === "score"
      ? value.toFixed(2)
      : style === "change"
        ? `${value > 0 ? "+" : value < 0 ? "-" : ""}${Math.abs(value).toFixed(2)}`
        : style === "percent"
          ? `${(value * 100).toFixed(2)}%`
          : value.toFixed(0);
  return digits === "thai" ? toThaiDigits(text) : text;
}

/**
 * The widths, in column-width units, that numbers need in their single-column cells: a number does not
 * wrap, and one wider than its cell prints as "####".
 */
function numberWidths(sheet: ReportSheet, digits: Digits): number[] {
  const needs = sheet.columnWidths.map(() => 0);
  for (const block of sheet.blocks) {
    if (block.kind !== "table") continue;
    const starts = block.spans.map((_, i) => block.spans.slice(0, i).reduce((sum, span) => sum + span, 0));
    for (const row of block.rows) {
      row.cells.forEach((value, i) => {
        if (value === null || typeof value === "string" || block.spans[i] !== 1) return;
        const column = starts[i] ?? 0;
        const points = textWidthEm(numberText(value.number, value.style, digits)) * DEFAULT_FONT_SIZE;
        const units = (points + CELL_INSET_POINTS) / POINTS_PER_WIDTH_UNIT;
        needs[column] = Math.max(needs[column] ?? 0, units);
      });
    }
  }
  return needs;
}

/**
 * The model's relative widths scaled so the columns fill, and never overflow, the page's width; a column
 * too narrow for its numbers is widened, at the expense of the others in proportion.
 */
function fittedWidths(widths: readonly number[], minimums: readonly number[]): number[] {
  const room = (PRINTABLE_WIDTH - WIDTH_SAFETY_POINTS) / WIDEST_POINTS_PER_WIDTH_UNIT;
  const total = widths.reduce((sum, width) => sum + width, 0);
  let fitted = widths.map((width) => (total > 0 ? (width * room) / total : width));
  for (let pass = 0; pass < widths.length; pass += 1) {
    const short = fitted.map((width, i) => Math.max(0, (minimums[i] ?? 0) - width));
    const missing = short.reduce((sum, gap) => sum + gap, 0);
    if (missing <= 1e-9) break;
    const donors = fitted.reduce(
      (sum, width, i) => (short[i] === 0 && (minimums[i] ?? 0) < width ? sum + width : sum),
      0
    );
    if (donors <= 0) break;
    fitted = fitted.map((width, i) =>
      (short[i] ?? 0) > 0
        ? (minimums[i] ?? width)
        : (minimums[i] ?? 0) < width
          ? width - (missing * width) / donors
          : width
    );
  }
  return fitted.map((width) => Math.floor(width * 100) / 100);
}

/** "ก · ข" → "ก – ข": the running header joins its parts with a dash, not a middle dot (review S13). */
function plainHeader(text: string): string {
  return text.replace(/\s*·\s*/g, " – ");
}

/** "- ๒ -": the page number, top centre from page 2 on, in the report's digits. */
function pageNumberText(page: number, digits: Digits): string {
  const number = digits === "thai" ? toThaiDigits(String(page)) : String(page);
  return `- ${number} -`;
}

/**
 * Lays out and paginates one report sheet: A4 portrait, page numbers "- ๒ -" in the sheet's digits from
 * page 2 on, table headers repeated after a page break, headings kept with what follows.
 *
 * @example
 * const layouts = model.sheets.map(layoutReportSheet);
 */
export function layoutReportSheet(sheet: ReportSheet): SheetLayout {
  const digits = digitsOf(sheet);
  const columns = sheet.columnWidths.length;
  const widths = fittedWidths(sheet.columnWidths, numberWidths(sheet, digits));
  const widthOf = (column: number, count: number) =>
    widths.slice(column, column + count).reduce((sum, width) => sum + width, 0);
  const grid: SheetGrid = { columns, widthOf };
  const units: Unit[] = [];
  /** Paragraphs given a spare line (review M1: Excel may wrap a long paragraph one line longer). */
  const spared = new Set<Unit>();
  const chartSeries = Math.max(
    0,
    ...sheet.blocks.map((block) => (block.kind === "chart" ? block.series.length : 0))
  );

  sheet.blocks.forEach((block, index) => {
    // A long paragraph's spare line already parts it from the next block.
    if (index > 0 && !spared.has(units[units.length - 1] as Unit))
      units.push({ rows: [{ cells: [], height: SPACER_POINTS }], spacer: true });
    units.push(...blockUnits(block, grid, spared));
  });

  const pageTop = (page: number): DraftRow => ({
    cells: [
      {
        column: 0,
        columnCount: columns,
        value: pageNumberText(page, digits),
        style: { horizontal: "center", vertical: "top" },
      },
    ],
    height: PAGE_NUMBER_POINTS,
  });
  const pagination = paginate(units, { capacity: PRINTABLE_HEIGHT - PAGE_SAFETY_POINTS, pageTop });

  // ---- emit the placed rows as cells, merges, heights, charts -----------------------------------------
  const cells: LaidOutCell[] = [];
  const merges: Merge[] = [];
  const charts: ChartPlacement[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  const autofitRows: number[] = [];
  type OpenMerge = { cell: DraftCell; merge: { -readonly [K in keyof Merge]: Merge[K] } };
  /** Per table body and column, the last cell placed there and its merge, for the cells that continue it. */
  const open = new Map<TableTrack, Map<number, OpenMerge>>();

  const emit = (row: number, cell: DraftCell): OpenMerge => {
    const page = cell.pageOf === undefined ? undefined : pagination.pageOfAnchor.get(cell.pageOf);
    const value =
      cell.pageOf === undefined
        ? cell.value
        : page === undefined
          ? ""
          : digits === "thai"
            ? toThaiDigits(String(page))
            : String(page);
    cells.push({
      row,
      column: cell.column,
      value,
      ...(cell.numberStyle ? { numberStyle: cell.numberStyle } : {}),
      ...(cell.style ? { style: cell.style } : {}),
    });
    // Every cell of a merge carries the style, so the merged cell is boxed in both renderers.
    for (let extra = 1; extra < cell.columnCount; extra += 1) {
      cells.push({
        row,
        column: cell.column + extra,
        value: "",
        ...(cell.style ? { style: cell.style } : {}),
      });
    }
    const merge = { row, column: cell.column, rowCount: 1, columnCount: cell.columnCount };
    merges.push(merge);
    return { cell, merge };
  };

  pagination.rows.forEach((placed, row) => {
    rowHeights.push({ row, points: placed.row.height });
    if (placed.row.autofit) autofitRows.push(row);
    const columnsOpen = placed.table ? (open.get(placed.table) ?? new Map<number, OpenMerge>()) : undefined;
    if (placed.table && columnsOpen) open.set(placed.table, columnsOpen);
    for (const continued of placed.row.continues ?? []) {
      const above = columnsOpen?.get(continued.column);
      if (!above || !columnsOpen) continue;
      if (above.merge.row + above.merge.rowCount === row) {
        above.merge.rowCount += 1;
        for (let c = 0; c < continued.columnCount; c += 1) {
          const style = above.cell.style;
          cells.push({ row, column: continued.column + c, value: "", ...(style ? { style } : {}) });
        }
      } else {
        // Continued past a page break: the cell goes on, empty and boxed, on the new page.
        columnsOpen.set(continued.column, { ...emit(row, { ...above.cell, value: "" }), cell: above.cell });
      }
    }
    for (const cell of placed.row.cells) {
      const placedCell = emit(row, cell);
      columnsOpen?.set(cell.column, placedCell);
    }
    const tag = placed.tag as ChartTag | undefined;
    if (tag) {
      charts.push({
        ...tag.chart,
        dataRange: {
          row,
          column: tag.dataColumn,
          rowCount: tag.chart.categories.length + 1,
          columnCount: 1 + tag.chart.series.length,
        },
        anchor: { row, column: 0, rowCount: tag.rowCount, columnCount: columns },
      });
    }
  });

  const rowCount = Math.max(1, pagination.rows.length);
  const page: PageSetup = {
    paper: "A4",
    orientation: "portrait",
    margins: { ...MARGINS_CM },
    headerCenter: plainHeader(sheet.headerCenter),
    headerSkipsFirstPage: true,
    rowBreaks: pagination.breaks,
    printArea: { row: 0, column: 0, rowCount, columnCount: columns },
  };
  const chartWidths =
    charts.length > 0
      ? [
          CHART_DATA_WIDTHS.gap,
          CHART_DATA_WIDTHS.categories,
          ...Array.from({ length: chartSeries }, () => CHART_DATA_WIDTHS.series),
        ]
      : [];
  return {
    id: sheet.id,
    name: sheet.name,
    columnWidths: [...widths, ...chartWidths],
    cells,
    merges: merges.filter((merge) => merge.rowCount > 1 || merge.columnCount > 1),
    charts,
    rowHeights,
    autofitRows,
    fontName: REPORT_FONT,
    page,
  };
}
