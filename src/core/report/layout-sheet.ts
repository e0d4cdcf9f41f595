/**
 * Lays a report sheet out as cells, top to bottom, a blank row between blocks, and paginates it for A4:
 * decides every cell, merge, style, row height, page break and chart position, so both renderers write
 * the same workbook and print the same pages.
 */
import { toThaiDigits } from "../thai";
import {
  CellStyle,
  ChartPlacement,
  Digits,
  LaidOutCell,
  Merge,
  NumberStyle,
  PageSetup,
  SheetLayout,
} from "./layout";
import { ChartBlock, ContentsBlock, ReportBlock, ReportSheet, TableBlock, TableValue } from "./model";
import { DraftCell, DraftRow, paginate, TableTrack, Unit } from "./paginate";
import { textWidthEm } from "./text-width";
import { wrappedLineCount } from "./wrapped-lines";

export const REPORT_FONT = "TH Sarabun New";
const DEFAULT_FONT_SIZE = 16;
const TITLE_FONT_SIZE = 18;
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
const POINTS_PER_WIDTH_UNIT = 5.25;
const WIDEST_POINTS_PER_WIDTH_UNIT = 5.55;
const CELL_INSET_POINTS = 4.5;
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
const HEADER_FILL = "#DCE6F2";
const GROUP_FILL = "#F2F2F2";
/** Chart height: room for the title, legend and value axis, and per bar (a bar chart) or in all. */
const CHART_FRAME_POINTS = 130;
const CHART_BAR_POINTS = 22;
const CHART_MIN_POINTS = 255;
const CHART_MAX_POINTS = 600;
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

/** Rounds a height up to whole pixels (0.75 pt), as Excel stores it, so the sum of a page never grows. */
function snap(points: number): number {
  return Math.ceil(points / 0.75 - 1e-9) * 0.75;
}

function lineHeight(fontSize: number): number {
  return fontSize * LINE_HEIGHT_EM;
}

/** The points a cell `widthUnits` wide needs for its text (one line when it does not wrap). */
function cellHeight(cell: DraftCell, widthUnits: number, spareLine = false): number {
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

interface ChartTag {
  readonly chart: Omit<ChartPlacement, "dataRange" | "anchor">;
  readonly dataColumn: number;
  readonly rowCount: number;
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
  const oneLine = snap(lineHeight(DEFAULT_FONT_SIZE) + 2 * CELL_PADDING_POINTS);
  const units: Unit[] = [];
  /** Paragraphs given a spare line (review M1: Excel may wrap a long paragraph one line longer). */
  const spared = new Set<Unit>();
  let chartSeries = 0;

  const fullWidthRow = (text: string, style: CellStyle, spareLine = false): DraftRow => {
    const cell: DraftCell = {
      column: 0,
      columnCount: columns,
      value: text,
      style: { wrap: true, vertical: "top", ...style },
    };
    return { cells: [cell], height: snap(cellHeight(cell, widthOf(0, columns), spareLine)) };
  };

  const tableUnits = (table: TableBlock): Unit[] => {
    const starts = table.spans.map((_, i) => table.spans.slice(0, i).reduce((sum, span) => sum + span, 0));
    const cellsOf = (values: readonly (TableValue | null)[], style: CellStyle): (DraftCell | null)[] =>
      values.map((value, i) => {
        if (value === null) return null;
        const column = starts[i] ?? 0;
        const columnCount = table.spans[i] ?? 1;
        const cellStyle: CellStyle = {
          border: true,
          wrap: true,
          vertical: "top",
          horizontal: table.align?.[i] ?? (typeof value === "string" ? "left" : "right"),
          ...style,
        };
        return typeof value === "string"
          ? { column, columnCount, value, style: cellStyle }
          : { column, columnCount, value: value.number, numberStyle: value.style, style: cellStyle };
      });
    const rowOf = (cells: readonly (DraftCell | null)[], height: number): DraftRow => {
      const continues = cells.flatMap((cell, i) =>
        cell === null ? [{ column: starts[i] ?? 0, columnCount: table.spans[i] ?? 1 }] : []
      );
      const present = cells.filter((cell): cell is DraftCell => cell !== null);
      return {
        cells: present,
        ...(continues.length > 0 ? { continues } : {}),
        height,
      };
    };
    const singleRowHeight = (cells: readonly DraftCell[]) =>
      snap(
        Math.max(oneLine, ...cells.map((cell) => cellHeight(cell, widthOf(cell.column, cell.columnCount))))
      );

    const headerCells = cellsOf(table.header, {
      bold: true,
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "center",
    }).filter((cell): cell is DraftCell => cell !== null);
    const header: DraftRow = {
      cells: headerCells,
      height: singleRowHeight(headerCells),
      autofit: table.spans.every((span) => span === 1),
    };
    const track: TableTrack = { header };
    const units: Unit[] = [{ rows: [header], keepWithNext: true }];

    // Body rows, grouped so that a cell continued by the rows below (null cells) stays on one page.
    const groups: (readonly (DraftCell | null)[])[][] = [];
    for (const row of table.rows) {
      if (row.kind === "group") {
        const text = typeof row.cells[0] === "string" ? row.cells[0] : "";
        const cell: DraftCell = {
          column: 0,
          columnCount: columns,
          value: text,
          style: { bold: true, fill: GROUP_FILL, border: true, wrap: true, vertical: "top" },
        };
        units.push(...groups.splice(0).map((group) => bodyUnit(group)));
        units.push({
          rows: [{ cells: [cell], height: snap(Math.max(oneLine, cellHeight(cell, widthOf(0, columns)))) }],
          keepWithNext: true,
          table: track,
        });
        continue;
      }
      const cells = cellsOf(row.cells, row.kind === "total" ? { bold: true } : {});
      const last = groups[groups.length - 1];
      if (last && cells.some((cell) => cell === null)) last.push(cells);
      else groups.push([cells]);
    }
    units.push(...groups.map((group) => bodyUnit(group)));
    return units;

    function bodyUnit(group: readonly (readonly (DraftCell | null)[])[]): Unit {
      // A cell's rows: itself and the null cells below it in its column.
      const spanDown = (rowIndex: number, columnIndex: number) => {
        let count = 1;
        while (group[rowIndex + count]?.[columnIndex] === null) count += 1;
        return count;
      };
      const heights = group.map((cells, r) =>
        Math.max(
          oneLine,
          ...cells.map((cell, c) =>
            cell && spanDown(r, c) === 1 ? cellHeight(cell, widthOf(cell.column, cell.columnCount)) : 0
          )
        )
      );
      // A cell spanning rows takes what its text needs beyond them on its first row, so that it still
      // holds its text when a page break falls below that row.
      group.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const down = spanDown(r, c);
          if (!cell || down === 1) return;
          const need = cellHeight(cell, widthOf(cell.column, cell.columnCount));
          const have = heights.slice(r, r + down).reduce((sum, height) => sum + height, 0);
          if (need > have) heights[r] = (heights[r] ?? 0) + need - have;
        })
      );
      const merged = group.length > 1 || table.spans.some((span) => span > 1);
      return {
        rows: group.map((cells, r) => ({
          ...rowOf(cells, snap(heights[r] ?? oneLine)),
          ...(merged ? {} : { autofit: true }),
        })),
        table: track,
      };
    }
  };

  const contentsUnits = (block: ContentsBlock): Unit[] =>
    block.entries.map((entry) => {
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
        rows: [{ cells, height: snap(Math.max(oneLine, cellHeight(text, widthOf(0, textColumns)))) }],
      };
    });

  const chartUnit = (block: ChartBlock): Unit => {
    const bars = block.categories.length * Math.max(1, block.series.length);
    const wanted =
      block.chart === "clusteredBar"
        ? Math.min(CHART_MAX_POINTS, Math.max(CHART_MIN_POINTS, CHART_FRAME_POINTS + bars * CHART_BAR_POINTS))
        : CHART_MIN_POINTS;
    const rowCount = Math.max(Math.ceil(wanted / oneLine), block.categories.length + 1);
    chartSeries = Math.max(chartSeries, block.series.length);
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
      rows: Array.from({ length: rowCount }, (_, r) => ({ cells: dataRows[r] ?? [], height: oneLine })),
      tag,
    };
  };

  const blockUnits = (block: ReportBlock): Unit[] => {
    switch (block.kind) {
      case "title":
        return [
          {
            rows: [fullWidthRow(block.text, { bold: true, fontSize: TITLE_FONT_SIZE, horizontal: "center" })],
            keepWithNext: true,
            ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
          },
        ];
      case "heading":
        return [
          {
            rows: [fullWidthRow(block.text, { bold: true })],
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
        const row = fullWidthRow(block.text, style, true);
        const unit: Unit = { rows: [row] };
        if (row.height > fullWidthRow(block.text, style).height) spared.add(unit);
        return [unit];
      }
      case "table":
        return tableUnits(block);
      case "chart":
        return [chartUnit(block)];
      case "contents":
        return contentsUnits(block);
    }
  };

  sheet.blocks.forEach((block, index) => {
    // A long paragraph's spare line already parts it from the next block.
    if (index > 0 && !spared.has(units[units.length - 1] as Unit))
      units.push({ rows: [{ cells: [], height: SPACER_POINTS }], spacer: true });
    units.push(...blockUnits(block));
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
