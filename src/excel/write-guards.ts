/**
 * The reasons no action may write, checked after the first sync and before anything is planned, so that
 * every action words them alike: a workbook open read-only (Excel on the web rejects the writes; the
 * desktop could not save them), a protected sheet, and a workbook whose structure is protected (no sheet
 * can be added).
 */
import { issueAt, problem, quoteSheetName, ValidationIssue } from "../core";

/** Where an issue about the whole workbook is shown. */
const WORKBOOK_LOCATION = "สมุดงาน / workbook";

/** Queues the read of `readOnly` (ExcelApi 1.8, below the manifest's floor of 1.10). */
export function queueReadOnlyRead(context: Excel.RequestContext): Excel.Workbook {
  return context.workbook.load("readOnly");
}

/**
 * After the sync: the issue when the workbook is open read-only, at the sheet the action would write to
 * (or at the workbook, for an action that adds sheets).
 */
export function readOnlyIssue(
  sheetName: string | undefined,
  workbook: Excel.Workbook
): ValidationIssue | undefined {
  if (!workbook.readOnly) return undefined;
  return issueAt(
    sheetName === undefined ? WORKBOOK_LOCATION : quoteSheetName(sheetName),
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

/** Queues the read of the workbook's structure protection (ExcelApi 1.7), for actions that add sheets. */
export function queueStructureProtectionRead(context: Excel.RequestContext): Excel.WorkbookProtection {
  return context.workbook.protection.load("protected");
}

/**
 * After the sync: the issue when the workbook's structure is protected, so that no sheet can be added
 * (Excel's own error for `worksheets.add` then is not documented, so it is never relied on).
 */
export function protectedWorkbookIssue(protection: Excel.WorkbookProtection): ValidationIssue | undefined {
  if (!protection.protected) return undefined;
  return issueAt(
    WORKBOOK_LOCATION,
    problem(
      "protected-workbook",
      "โครงสร้างสมุดงานถูกป้องกัน จึงเพิ่มแผ่นงานไม่ได้ โปรดยกเลิกการป้องกันสมุดงาน (รีวิว › ป้องกันสมุดงาน) แล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written"
    )
  );
}

/**
 * The results would go into an Excel Table, or just right of or below one: Excel would extend the table
 * over them and fill a formula down a whole table column ("calculated columns", office-js#2093, #6745),
 * changing cells the action never meant to write (audit B5).
 */
export function tableInTheWayIssue(where: string, tableNames: readonly string[]): ValidationIssue {
  const names = tableNames.map((name) => `"${name}"`).join(", ");
  return issueAt(
    where,
    problem(
      "table-in-the-way",
      `ช่องที่จะเขียนผลอยู่ในหรืออยู่ติดกับตาราง Excel ${names} ซึ่ง Excel จะขยายตารางมาครอบผลและเติมสูตรลงทั้งคอลัมน์ของตาราง ทำให้เซลล์อื่นเปลี่ยนไป โปรดแปลงตารางเป็นช่วงปกติ (ออกแบบตาราง › แปลงเป็นช่วง) หรือย้ายตาราง แล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the cells for the results are in or right beside the Excel Table ${names}, which Excel would extend over them (filling formulas down its columns), changing other cells: convert the table to a range (Table Design › Convert to Range) or move it, then try again; nothing was written`
    )
  );
}
