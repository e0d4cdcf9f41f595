/**
 * Opening an .xlsx for the CLI and reading its sheets as grids: a renamed file, a zip that is no workbook
 * or an empty file is an issue at the file, like any other bad input.
 */
import type ExcelJS from "exceljs";
import { issueAt, problem, Validated } from "../core";
import { readBinaryFile } from "./input-file";

export const EMPTY_FILE = problem(
  "empty-file",
  "ไฟล์ว่างเปล่า ไม่มีข้อมูลให้อ่าน",
  "the file is empty: there is nothing to read"
);

/** A cell's value as Excel hands it over: formulas by their result, rich text and links as text. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("result" in value)
    return value.result === undefined ? "" : cellValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return cellValue(value.text as ExcelJS.CellValue);
  return "";
}

/** A worksheet's cells from A1 to its last used cell; empty rows are `[]`, empty cells "". */
export function sheetGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (value) => value ?? "");
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The zip signature every .xlsx starts with; anything else was renamed or saved in another format. */
const ZIP_SIGNATURE = "PK\u0003\u0004";

/**
 * The bytes of `file` when they can be a workbook: an empty file, or one that is not a zip (a renamed .xls,
 * a CSV saved as .xlsx) is an issue at the file, with what to do about it.
 */
export function readWorkbookBytes(file: string): Validated<Buffer> {
  const read = readBinaryFile(file);
  if (!read.ok) return read;
  const bytes = read.value;
  if (bytes.length === 0) return { ok: false, issues: [issueAt(file, EMPTY_FILE)], warnings: [] };
  if (bytes.subarray(0, 4).toString("latin1") !== ZIP_SIGNATURE) {
    return {
      ok: false,
      warnings: [],
      issues: [
        issueAt(
          file,
          problem(
            "not-a-workbook",
            "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) แม้จะมีนามสกุล .xlsx อาจเป็นไฟล์ชนิดอื่นที่ถูกเปลี่ยนชื่อ โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx",
            "this is not an Excel workbook (.xlsx) despite its name, perhaps another kind of file renamed: open it in Excel and save it as .xlsx"
          )
        ),
      ],
    };
  }
  return read;
}

export async function openWorkbook(file: string): Promise<Validated<ExcelJS.Workbook>> {
  const fail = (code: string, th: string, en: string): Validated<ExcelJS.Workbook> => ({
    ok: false,
    warnings: [],
    issues: [issueAt(file, problem(code, th, en))],
  });
  const read = readWorkbookBytes(file);
  if (!read.ok) return read;
  const bytes = read.value;
  // Loaded here, not at the top: `ita score` of a JSON or CSV file never pays for ExcelJS's modules.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer: hand it exactly the file's bytes.
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(copy as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail("not-a-workbook", `อ่านไฟล์ Excel ไม่ได้ (${reason})`, `cannot read the workbook (${reason})`);
  }
  if (workbook.worksheets.length === 0) {
    return fail(
      "not-a-workbook",
      "ไฟล์นี้เป็นไฟล์บีบอัด (zip) แต่ไม่มีแผ่นงานของ Excel อยู่ข้างใน จึงไม่ใช่สมุดงาน .xlsx",
      "this file is a zip archive with no Excel worksheet inside, so it is not an .xlsx workbook"
    );
  }
  return { ok: true, value: workbook, warnings: [] };
}
