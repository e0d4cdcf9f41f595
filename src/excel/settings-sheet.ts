/**
 * The sheets an officer edits to correct the add-in (the framework of a year, the catalogue) are found
 * through a workbook name. Inserting one checks that name first: one such sheet per purpose.
 */
import { issueAt, problem, ValidationIssue } from "../core";

/** Queues the read of the workbook name that records a settings sheet. */
export function queueRecordedSheet(context: Excel.RequestContext, name: string): Excel.NamedItem {
  const recorded = context.workbook.names.getItemOrNullObject(name);
  recorded.load("type,value");
  return recorded;
}

/**
 * After the sync: the issue when the recorded sheet still exists (the officer edits that one), or
 * `undefined`, having queued the removal of a name left behind by a deleted sheet (#REF!).
 */
export function existingSheetIssue(
  recorded: Excel.NamedItem,
  code: string,
  what: { readonly th: string; readonly en: string }
): ValidationIssue | undefined {
  if (recorded.isNullObject) return undefined;
  if (recorded.type !== "Range") {
    recorded.delete();
    return undefined;
  }
  const where = String(recorded.value);
  return issueAt(
    where,
    problem(
      code,
      `มี${what.th}อยู่แล้ว (${where}) แก้ไขที่แผ่นงานนั้น หรือลบแผ่นงานนั้นก่อนหากต้องการเริ่มใหม่`,
      `the workbook already has ${what.en} (${where}): edit it, or delete it first to start again`
    )
  );
}

/** A sheet found through a workbook name, once followed: the sheet and its used range (null when empty). */
export interface RecordedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/**
 * After the caller's sync has told whether the name exists: queues the read of the sheet it leads to, or
 * returns undefined when there is none (no name, or one left at #REF! by a deleted sheet). Nothing is
 * derived from the name before then: what Excel does with an object derived from a null object is not
 * documented (audit B2).
 */
export function followRecordedSheet(recorded: Excel.NamedItem): RecordedSheet | undefined {
  if (recorded.isNullObject || recorded.type !== "Range") return undefined;
  const sheet = recorded.getRange().worksheet;
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  return { sheet, used };
}
