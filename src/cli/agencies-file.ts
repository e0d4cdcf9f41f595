/**
 * The rows of `ita batch`'s input file: a CSV, or the first worksheet of an .xlsx whose first non-empty
 * row is the agencies header. An .xlsx is read with ExcelJS's streaming reader, row by row: its in-memory
 * reader built the whole workbook model (every cell, style and shared string) before the first row could be
 * looked at, and took half as long again as reading the same agencies from a CSV.
 */
import { extname } from "node:path";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { issueAt, problem, ValidationIssue } from "../core";
import { csvRows, isBatchHeader, NumberedRow } from "../core/batch";
import { readTextFile } from "./input-file";
import { cellValue, readWorkbookBytes } from "./workbook-file";

/** The input's rows from the header on, or why there are none. */
export interface AgencyRows {
  readonly rows?: NumberedRow[];
  readonly issue?: ValidationIssue;
}

const isEmpty = (cell: unknown) => cell === "" || cell === null || cell === undefined;

function notAWorkbook(file: string, reason: string): AgencyRows {
  return {
    issue: issueAt(
      file,
      problem("not-a-workbook", `อ่านไฟล์ Excel ไม่ได้ (${reason})`, `cannot read the workbook (${reason})`)
    ),
  };
}

/** The cells of a streamed row, from column A; ExcelJS's `values` starts at index 1. */
function cellsOf(row: ExcelJS.Row): unknown[] {
  const values = row.values as ExcelJS.CellValue[];
  return Array.from(values.slice(1), (value) => cellValue(value));
}

async function xlsxRows(file: string): Promise<AgencyRows> {
  // Read whole first (a few MB for the whole country), so that a missing, empty or renamed file is
  // reported as for any other input; the reader then streams from memory.
  const read = readWorkbookBytes(file);
  if (!read.ok) return { issue: read.issues[0] };
  const { stream } = (await import("exceljs")).default;
  const reader = new stream.xlsx.WorkbookReader(Readable.from([read.value]), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  let found: NumberedRow[] | undefined;
  try {
    for await (const sheet of reader) {
      const rows: NumberedRow[] = [];
      let header: boolean | undefined;
      // Every row is read even when the sheet turns out not to be the agencies sheet: the reader parses
      // the package in one pass and cannot skip a sheet's rest.
      for await (const row of sheet) {
        if (found || header === false) continue;
        const cells = cellsOf(row);
        if (cells.every(isEmpty)) continue;
        if (header === undefined) header = isBatchHeader(cells);
        if (header) rows.push({ number: row.number, cells });
      }
      if (header && !found) found = rows;
    }
  } catch (error) {
    return notAWorkbook(file, error instanceof Error ? error.message : String(error));
  }
  if (found) return { rows: found };
  return {
    issue: issueAt(
      file,
      problem(
        "no-agencies-sheet",
        "ไม่พบแผ่นงานที่แถวแรกเป็นหัวตาราง หน่วยงาน, ปีงบประมาณ, ตัวชี้วัดที่ 1…10",
        "no worksheet whose first row is the header agency, fiscalYear, ind1…ind10"
      )
    ),
  };
}

/** The agencies' rows of `file` (.xlsx or CSV), numbered as the officer sees them. */
export async function agencyRows(file: string): Promise<AgencyRows> {
  if (extname(file).toLowerCase() === ".xlsx") return xlsxRows(file);
  const text = readTextFile(file);
  if (!text.ok) return { issue: text.issues[0] };
  return { rows: csvRows(text.value) };
}
