/**
 * Large workbooks (`ita batch`: a row per agency, 8,317 of them for the whole country) written through
 * ExcelJS's streaming writer, row by row, straight to a file: the in-memory writer kept a cell object per
 * cell and the whole package in memory, and took twice the streaming writer's time for the same cells.
 * The same `SheetLayout`s and cell styles as `renderWorkbook`; charts and print names are added by
 * `completePackage`, as there. Node only (the streaming writer writes through node streams).
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Digits, LaidOutCell, SheetLayout } from "../core/report/layout";
import { addChartsAndPrintNames } from "./complete-package";
import { ItaWorkbookKind, markWorkbook } from "./ita-mark";
import { applyPage, styleCache } from "./render-workbook";
import { ZipParts } from "./zip-parts";

export interface StreamWorkbookOptions {
  /** Thai or Arabic digits in the number formats; the cells stay numeric either way. */
  readonly digits: Digits;
  /** The file's author (document properties); "ITA" when absent. */
  readonly creator?: string;
  /** What ita writes, marked in the document properties so that ita knows the file as its own. */
  readonly kind: ItaWorkbookKind;
}

/** Excel's column count, to key a cell by one number. */
const MAX_COLUMNS = 16384;

/** The layout's cells by row, rows in ascending order: the streaming writer cannot go back to a row. */
function cellsByRow(layout: SheetLayout): [number, LaidOutCell[]][] {
  const rows = new Map<number, LaidOutCell[]>();
  for (const cell of layout.cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  return [...rows].sort((a, b) => a[0] - b[0]);
}

function streamSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: SheetLayout,
  digits: Digits
): void {
  // "Fit to" is declared with the sheet: the writer writes the sheet's properties as it opens it.
  const sheet = workbook.addWorksheet(layout.name, {
    pageSetup: { fitToPage: layout.page.fitToPagesWide !== undefined },
  });
  // Columns, page setup and page breaks next: the writer writes them when the first row is committed.
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  applyPage(sheet, layout.page, layout.fontName);
  const styleOf = styleCache(layout.fontName, digits);
  const heights = new Map((layout.rowHeights ?? []).map(({ row, points }) => [row, points]));
  const mergesFrom = new Map<number, SheetLayout["merges"][number][]>();
  // The cells a merge covers other than its first: they take the merge's value and first cell's style.
  const covered = new Set<number>();
  for (const merge of layout.merges) {
    mergesFrom.set(merge.row, [...(mergesFrom.get(merge.row) ?? []), merge]);
    for (let r = merge.row; r < merge.row + merge.rowCount; r += 1) {
      for (let c = merge.column; c < merge.column + merge.columnCount; c += 1) {
        if (r !== merge.row || c !== merge.column) covered.add(r * MAX_COLUMNS + c);
      }
    }
  }
  const cellsOf = new Map(cellsByRow(layout));
  // Rows with a height or a merge but no cell are rows too.
  const rowNumbers = [...new Set([...cellsOf.keys(), ...heights.keys(), ...mergesFrom.keys()])].sort(
    (a, b) => a - b
  );
  for (const row of rowNumbers) {
    const sheetRow = sheet.getRow(row + 1);
    for (const laidOut of cellsOf.get(row) ?? []) {
      // Written to a covered cell, a value would become the merge's value (the writer forwards it).
      if (covered.has(laidOut.row * MAX_COLUMNS + laidOut.column)) continue;
      const cell = sheetRow.getCell(laidOut.column + 1);
      // A string is written as a string, never as a formula, even when it starts with "=".
      cell.value = laidOut.value;
      cell.style = styleOf(laidOut);
    }
    // Declared once its first cell is drawn and while its first row is open: the writer then gives the
    // covered cells, in this row and the next, the first cell's value and style, as the in-memory writer does.
    for (const merge of mergesFrom.get(row) ?? []) {
      sheet.mergeCells(row + 1, merge.column + 1, row + merge.rowCount, merge.column + merge.columnCount);
    }
    const height = heights.get(row);
    if (height !== undefined) sheetRow.height = height;
    // Committing a row frees it: memory stays flat however many agencies there are.
    sheetRow.commit();
  }
  sheet.commit();
}

/**
 * Writes `layouts` to `filename` as one .xlsx: each sheet streamed row by row, then the charts and print
 * names added to the package (the sheets' parts are copied as they are, not compressed again). The file is written in
 * place, twice: give a temporary path and rename it afterwards for an atomic result.
 *
 * @example
 * await streamWorkbook(batchSheetLayouts(summary), ".ita-batch.xlsx.tmp", { digits: "arabic", kind: "batch" });
 */
export async function streamWorkbook(
  layouts: readonly SheetLayout[],
  filename: string,
  options: StreamWorkbookOptions
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = options.creator ?? "ITA";
  workbook.created = new Date();
  markWorkbook(workbook, options.kind);
  for (const layout of layouts) streamSheet(workbook, layout, options.digits);
  await workbook.commit();
  const parts = new ZipParts(await readFile(filename));
  await addChartsAndPrintNames(parts, layouts, options.digits);
  await writeFile(filename, parts.toBuffer());
}
