/**
 * The rows of `ita batch`'s input file: a CSV, or the first worksheet of an .xlsx whose first non-empty
 * row is the agencies header. An .xlsx is read part by part with node's zlib and its sheets' cell values
 * straight from their XML (sheet-rows.ts), without ExcelJS: its in-memory reader built the whole workbook
 * model before the first row could be looked at, and even its streaming reader took 1.6 times as long as
 * reading the same agencies from a CSV.
 */
import { extname } from "node:path";
import { issueAt, problem, ValidationIssue } from "../core";
import { csvRows, isBatchHeader, NumberedRow } from "../core/batch";
import { worksheetPaths } from "../xlsx/package-completion";
import { sheetRows, sharedStringsOf } from "../xlsx/sheet-rows";
import { ZipParts } from "../xlsx/zip-parts";
import { readTextFile } from "./input-file";
import { readWorkbookBytes } from "./workbook-file";

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

async function xlsxRows(file: string): Promise<AgencyRows> {
  const read = readWorkbookBytes(file);
  if (!read.ok) return { issue: read.issues[0] };
  try {
    const parts = new ZipParts(read.value);
    const shared = sharedStringsOf(parts.read("xl/sharedStrings.xml"));
    for (const path of await worksheetPaths(parts)) {
      const xml = parts.read(path);
      if (xml === undefined) continue;
      const rows = sheetRows(xml, shared).filter((row) => !row.cells.every(isEmpty));
      if (rows[0] && isBatchHeader(rows[0].cells)) return { rows };
    }
  } catch (error) {
    return notAWorkbook(file, error instanceof Error ? error.message : String(error));
  }
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
