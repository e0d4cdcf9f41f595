/**
 * A framework as an .xlsx holding the editable framework sheet (`ita framework`), laid out and formatted
 * as the task pane's "Insert framework sheet" writes it (src/excel/framework-sheet.ts): the same rows,
 * number formats, bold titles, filled header rows and column widths, so the officer edits one sheet
 * whichever way it was made, and `--framework` or the pane reads it back.
 */
import ExcelJS from "exceljs";
import {
  FRAMEWORK_SHEET_COLUMNS,
  FrameworkCellKind,
  frameworkSheetLayout,
} from "../core/frameworks/framework-sheet";
import type { Framework } from "../core/frameworks/types";
import { markWorkbook } from "./ita-mark";

/** The pane's number formats per cell kind. */
const NUMBER_FORMATS: Readonly<Record<FrameworkCellKind, string>> = {
  text: "@",
  number: "General",
  band: "0.00",
};

/**
 * The pane's column widths (points: 150, 230, 170, 110, 260, 120) in ExcelJS's unit, characters of the
 * default font: a point is 4/3 of a pixel, and a character about 7 pixels plus 5 of padding.
 */
const COLUMN_WIDTHS = [150, 230, 170, 110, 260, 120].map((points) => Math.round(((points * 4) / 3 - 5) / 7));

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };

/** The sheet's name, as the pane names it: "กรอบ ITA 2570". */
export function frameworkSheetName(fiscalYear: number): string {
  return `กรอบ ITA ${fiscalYear}`;
}

/**
 * The .xlsx bytes of a workbook with one sheet, the framework sheet of `framework`.
 *
 * @example await frameworkWorkbook(relabelFramework(frameworkFor(2569)!, 2570)) // sheet "กรอบ ITA 2570"
 */
export async function frameworkWorkbook(framework: Framework, creator = "ITA"): Promise<Buffer> {
  const layout = frameworkSheetLayout(framework);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  markWorkbook(workbook, "framework");
  const sheet = workbook.addWorksheet(frameworkSheetName(framework.fiscalYear));
  const titles = new Set(layout.titleRows);
  const headers = new Set(layout.headerRows);
  layout.rows.forEach((row, r) => {
    for (let c = 0; c < FRAMEWORK_SHEET_COLUMNS; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      const value = row[c] ?? "";
      if (value !== "") cell.value = value;
      cell.numFmt = NUMBER_FORMATS[layout.kinds[r]?.[c] ?? "text"];
      if (headers.has(r)) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (titles.has(r) && c === 0) {
        cell.font = r === 0 ? { bold: true, size: 14 } : { bold: true };
      }
    }
  });
  COLUMN_WIDTHS.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
