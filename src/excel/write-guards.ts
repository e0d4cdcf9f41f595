/**
 * The two reasons no action may write to a sheet, checked after the first sync and before anything is
 * planned, so that every action words them alike: a workbook open read-only (Excel on the web rejects the
 * writes; the desktop could not save them) and a protected sheet.
 */
import { issueAt, problem, quoteSheetName, ValidationIssue } from "../core";
import { supportsExcelApi } from "./run-excel";

/** Queues the read of `readOnly` (ExcelApi 1.8); undefined where Excel cannot tell, and then nothing is refused. */
export function queueReadOnlyRead(context: Excel.RequestContext): Excel.Workbook | undefined {
  return supportsExcelApi("1.8") ? context.workbook.load("readOnly") : undefined;
}

export function readOnlyIssue(
  sheetName: string,
  workbook: Excel.Workbook | undefined
): ValidationIssue | undefined {
  if (!workbook?.readOnly) return undefined;
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "read-only-workbook",
      "สมุดงานนี้เปิดแบบอ่านอย่างเดียว ส่วนเสริมจึงเขียนผลไม่ได้ โปรดเปิดเพื่อแก้ไข (หรือบันทึกเป็นสำเนา) แล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the workbook is open read-only, so the add-in cannot write the results: open it for editing (or save a copy), then try again; nothing was written"
    )
  );
}

export function protectedSheetIssue(sheetName: string, isProtected: boolean): ValidationIssue | undefined {
  if (!isProtected) return undefined;
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "protected-sheet",
      "แผ่นงานนี้ถูกป้องกัน โปรดยกเลิกการป้องกันแผ่นงานก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the sheet is protected: unprotect it first; nothing was written"
    )
  );
}
