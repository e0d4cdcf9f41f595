/**
 * The report as a standalone .xlsx file, drawn with ExcelJS from the same `SheetLayout`s the Excel renderer
 * writes: the task pane's "Export report" (lazy-loaded, in the browser) and the CLI's `ita report` (node).
 */
import ExcelJS from "exceljs";
import {
  numberFormatFor,
  type CellStyle,
  type Digits,
  type LaidOutCell,
  type PageSetup,
  type SheetLayout,
} from "../core/report/layout";
import { completePackage } from "./complete-package";
import { headerFooterOf, marginsInInches, MAX_COLUMNS } from "./page-print";
import { ItaWorkbookKind, markWorkbook } from "./ita-mark";

export interface RenderWorkbookOptions {
  /** Thai or Arabic digits in the number formats; the cells stay numeric either way. */
  readonly digits: Digits;
  /** The file's author (document properties); "ITA" when absent. */
  readonly creator?: string;
  /**
   * What the workbook is, for ita's mark in its document properties (ita-mark.ts): "report" when absent,
   * as the pane's export is.
   */
  readonly kind?: ItaWorkbookKind;
  /**
   * Draws further sheets after the report's (the tracking sheet): they get no charts or print names from
   * the layouts, and must set no print area or titles of their own.
   */
  readonly afterSheets?: (workbook: ExcelJS.Workbook) => void;
}

const DEFAULT_FONT_SIZE = 16;
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function fontOf(style: CellStyle, fontName: string): Partial<ExcelJS.Font> {
  return {
    name: fontName,
    size: style.fontSize ?? DEFAULT_FONT_SIZE,
    ...(style.bold ? { bold: true } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
}

function alignmentOf(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical === "center" ? "middle" : "top" } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

/**
 * One ExcelJS style object per distinct layout style and number format, shared by every cell that has it:
 * ExcelJS then writes each style once instead of building and de-duplicating one per cell (a batch sheet
 * has a hundred thousand cells). Layouts share one style object among many cells, so a cell is first
 * looked up by that object; only a style object not seen before is compared by its content.
 */
function styleCache(fontName: string, digits: Digits) {
  const byContent = new Map<string, Partial<ExcelJS.Style>>();
  const byObject = new Map<CellStyle | undefined, Map<string, Partial<ExcelJS.Style>>>();
  return (laidOut: LaidOutCell): Partial<ExcelJS.Style> => {
    const numberStyle = laidOut.numberStyle ?? "";
    let formats = byObject.get(laidOut.style);
    const known = formats?.get(numberStyle);
    if (known) return known;
    const key = `${numberStyle}|${JSON.stringify(laidOut.style ?? {})}`;
    let cached = byContent.get(key);
    if (!cached) {
      const style = laidOut.style ?? {};
      const alignment = alignmentOf(style);
      cached = {
        font: fontOf(style, fontName),
        ...(laidOut.numberStyle ? { numFmt: numberFormatFor(laidOut.numberStyle, digits) } : {}),
        ...(alignment ? { alignment } : {}),
        ...(style.fill
          ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
          : {}),
        ...(style.border ? { border: { top: THIN, bottom: THIN, left: THIN, right: THIN } } : {}),
      };
      byContent.set(key, cached);
    }
    if (!formats) byObject.set(laidOut.style, (formats = new Map()));
    formats.set(numberStyle, cached);
    return cached;
  };
}

function drawCell(
  sheet: ExcelJS.Worksheet,
  laidOut: LaidOutCell,
  styleOf: (cell: LaidOutCell) => Partial<ExcelJS.Style>
): void {
  const cell = sheet.getCell(laidOut.row + 1, laidOut.column + 1);
  // A string is written as a shared string, never as a formula, even when it starts with "=".
  cell.value = laidOut.value;
  cell.style = styleOf(laidOut);
}

function applyPage(sheet: ExcelJS.Worksheet, page: PageSetup, fontName: string): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: page.orientation,
    // Excel ignores manual page breaks under "Fit to": a paginated sheet prints at 100 %.
    ...(page.fitToPagesWide
      ? { fitToPage: true, fitToWidth: page.fitToPagesWide, fitToHeight: 0 }
      : { fitToPage: false, scale: 100 }),
    margins: marginsInInches(page),
    // printArea and printTitlesRow are written by completePackage (ExcelJS 4.4 misquotes them).
  };
  const { differentFirst, oddHeader, oddFooter } = headerFooterOf(page, fontName);
  sheet.headerFooter = {
    ...(differentFirst ? { differentFirst: true } : {}),
    oddHeader,
    ...(oddFooter ? { oddFooter } : {}),
  };
  // A break above row r (0-based) is ExcelJS's break after its 1-based row r; 16384 columns wide.
  for (const row of page.rowBreaks ?? []) sheet.getRow(row).addPageBreak(0, MAX_COLUMNS);
}

function drawSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, digits: Digits): void {
  const sheet = workbook.addWorksheet(layout.name);
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const styleOf = styleCache(layout.fontName, digits);
  for (const cell of layout.cells) drawCell(sheet, cell, styleOf);
  for (const { row, points } of layout.rowHeights ?? []) sheet.getRow(row + 1).height = points;
  for (const merge of layout.merges) {
    sheet.mergeCells(
      merge.row + 1,
      merge.column + 1,
      merge.row + merge.rowCount,
      merge.column + merge.columnCount
    );
  }
  applyPage(sheet, layout.page, layout.fontName);
}

/**
 * Renders report sheets into an .xlsx file: one worksheet per layout, in order, cell for cell, with its
 * merges, formats, page setup, print area and titles, and each chart as a native, editable chart part.
 * Runs in node and in the browser (webpack resolves `exceljs` to its browser build).
 *
 * @example
 * const bytes = await renderWorkbook([analysisLayout, measuresLayout], { digits: "thai" });
 * writeFileSync("ita-report-2565.xlsx", bytes);
 *
 * @throws InvalidLayoutError when a chart's categories or series do not fill its data range.
 */
export async function renderWorkbook(
  layouts: readonly SheetLayout[],
  options: RenderWorkbookOptions
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? "ITA";
  workbook.created = new Date();
  markWorkbook(workbook, options.kind ?? "report");
  for (const layout of layouts) drawSheet(workbook, layout, options.digits);
  options.afterSheets?.(workbook);
  const excelJsBytes = await workbook.xlsx.writeBuffer();
  return completePackage(excelJsBytes, layouts, options.digits);
}
