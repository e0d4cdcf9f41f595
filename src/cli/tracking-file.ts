/**
 * Tracking sheets in workbook files, for `ita report --tracking` and `ita progress`: a workbook's sheets as
 * grids, and its tracking sheet read back (refused with every problem at its cell).
 */
import type ExcelJS from "exceljs";
import {
  findTrackingSheet,
  measuresToMatch,
  SheetCells,
  ThaiDate,
  Tracking,
  trackingFromRows,
  Validated,
} from "../core";
import { openWorkbook, sheetGrid } from "./workbook-file";

/** Every worksheet of a workbook as a grid from A1. */
export function sheetsOf(workbook: ExcelJS.Workbook): SheetCells[] {
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetGrid(sheet) }));
}

/**
 * The tracking sheet of the workbook `file`, read as of `asOf`: refused when the file is no workbook, holds
 * no tracking sheet or two, the sheet belongs to another agency or year than the workbook's measures sheet,
 * or any of its cells has a problem.
 */
export async function readTrackingFile(file: string, asOf: ThaiDate): Promise<Validated<Tracking>> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return opened;
  const sheets = sheetsOf(opened.value);
  const found = findTrackingSheet(sheets, file);
  if (!found.ok) return found;
  const measures = measuresToMatch(sheets, found.value);
  return trackingFromRows(found.value.name, found.value.rows, {
    asOf,
    ...(measures
      ? {
          expected: {
            fiscalYear: measures.fiscalYear,
            ...(measures.agency !== undefined ? { agency: measures.agency } : {}),
          },
        }
      : {}),
  });
}
