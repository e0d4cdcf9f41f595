/**
 * Which sheet of a workbook is the tracking sheet, and what the workbook's measures are: a host hands over
 * its sheets' cells and gets the one sheet to read (refused when there is none, or two), and the agency and
 * year the measures sheet was written for, to hold the tracking sheet to.
 */
import { issueAt, problem, Validated } from "../issues";
import { quoteSheetName } from "../a1";
import { toArabicDigits } from "../thai";
import { locateTrackingSheet } from "./locate";

/** A sheet as a host reads it: its name and its cells from A1. */
export interface SheetCells {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * The tracking sheet among a workbook's sheets, found by its hidden identity (so a renamed one is still
 * found); refused when there is none or more than one.
 *
 * @param where the place messages name: the file, or "" in the add-in
 */
export function findTrackingSheet(sheets: readonly SheetCells[], where: string): Validated<SheetCells> {
  const found = sheets.filter((sheet) => locateTrackingSheet(sheet.rows) !== undefined);
  const names = sheets.map((sheet) => quoteSheetName(sheet.name)).join(", ");
  if (found.length === 0) {
    const lookalike = sheets.find((sheet) => /^ติดตามมาตรการ/.test(sheet.name.trim()));
    const what = lookalike
      ? problem(
          "tracking-sheet-missing",
          `แผ่นงาน ${quoteSheetName(lookalike.name)} ไม่มีรหัสประจำแผ่นงานติดตาม (คอลัมน์ที่ซ่อนไว้ถูกลบหรือล้าง) โปรดสร้างแผ่นงานติดตามใหม่จากมาตรการ`,
          `the sheet ${quoteSheetName(lookalike.name)} carries no tracking identity (its hidden column was deleted or cleared): generate the tracking sheet again from the measures`
        )
      : problem(
          "tracking-sheet-missing",
          `ไม่พบแผ่นงานติดตามมาตรการในสมุดงานนี้ (แผ่นงานที่มี: ${names}) สร้างได้ด้วย ita report --tracking หรือปุ่มสร้างแผ่นงานติดตามในแผงงาน`,
          `no tracking sheet in this workbook (its sheets: ${names}); make one with ita report --tracking or the pane's tracking sheet button`
        );
    return { ok: false, issues: [issueAt(where, what)], warnings: [] };
  }
  if (found.length > 1) {
    const list = found.map((sheet) => quoteSheetName(sheet.name)).join(", ");
    return {
      ok: false,
      warnings: [],
      issues: [
        issueAt(
          where,
          problem(
            "tracking-sheet-twice",
            `สมุดงานนี้มีแผ่นงานติดตามมาตรการ ${found.length} แผ่น (${list}) จึงไม่ทราบว่าควรรายงานจากแผ่นใด โปรดเก็บไว้แผ่นเดียว`,
            `this workbook holds ${found.length} tracking sheets (${list}), so which one to report from is unknown: keep one`
          )
        ),
      ],
    };
  }
  return { ok: true, value: found[0] as SheetCells, warnings: [] };
}

/** The agency and year of a measures sheet, as the report writes it. */
export interface MeasuresIdentity {
  readonly sheetName: string;
  readonly fiscalYear: number;
  /** The agency its announcement names ("ประกาศเทศบาลตำบลด่านเกวียน"), when it names one. */
  readonly agency?: string;
}

/**
 * The agency and fiscal year of the report's measures sheet ("มาตรการ ITA 2566", its title
 * "ประกาศ<agency>\nเรื่อง มาตรการ…"), or `undefined` when the sheet is not one.
 */
export function measuresSheetIdentity(sheet: SheetCells): MeasuresIdentity | undefined {
  const year = /^มาตรการ ITA (\d{4})$/.exec(sheet.name.trim());
  if (!year) return undefined;
  const title = sheet.rows[0]?.[0];
  const agency = typeof title === "string" ? /^ประกาศ(.+)\n/.exec(title)?.[1]?.trim() : undefined;
  return {
    sheetName: sheet.name,
    fiscalYear: Number(year[1]),
    ...(agency ? { agency: toArabicDigits(agency) } : {}),
  };
}

/**
 * The measures a tracking sheet should be held to: the measures sheet of the tracking sheet's year when the
 * workbook has one, else its only measures sheet; `undefined` when it has none.
 */
export function measuresToMatch(
  sheets: readonly SheetCells[],
  tracking: SheetCells
): MeasuresIdentity | undefined {
  const measures = sheets.flatMap((sheet) => {
    const identity = measuresSheetIdentity(sheet);
    return identity ? [identity] : [];
  });
  const year = locateTrackingSheet(tracking.rows)?.identity.fiscalYear;
  const sameYear = measures.find((identity) => identity.fiscalYear === year);
  if (sameYear) return sameYear;
  return measures.length > 0 ? measures[measures.length - 1] : undefined;
}
