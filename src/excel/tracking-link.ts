/**
 * How the add-in finds the tracking sheet it wrote: a hidden workbook name per fiscal year of the measures
 * ("ITA_Tracking_2566" → the sheet's A1), which follows the sheet through renames and turns to #REF! when the
 * sheet is deleted. Its comment keeps the sheet's name when it was written, to say which sheet went. A
 * workbook follows one agency's measures of one year, so it holds one such sheet.
 */
import { issueAt, problem, quoteSheetName, ValidationIssue } from "../core";

const TRACKING_ANCHOR = /^ITA_Tracking_(\d{4})$/;

/** Where an issue about the whole workbook is shown (as the write guards show it). */
export const WORKBOOK_PLACE = "สมุดงาน / workbook";

/**
 * The hidden name of the tracking sheet of a fiscal year's measures.
 *
 * @example trackingAnchorName(2566) // "ITA_Tracking_2566"
 */
export function trackingAnchorName(fiscalYear: number): string {
  return `ITA_Tracking_${fiscalYear}`;
}

/** One tracking name of the workbook, read from its names (`items/name,items/type,items/comment` loaded). */
export interface TrackingLink {
  /** The fiscal year of the measures the sheet follows. */
  readonly fiscalYear: number;
  readonly anchor: Excel.NamedItem;
  /** The name still refers to a range: its sheet is there. */
  readonly linked: boolean;
  /** The sheet's name when the add-in wrote it. */
  readonly writtenAs: string;
}

/** The tracking names among the workbook's names, oldest year first. */
export function trackingLinks(names: Excel.NamedItemCollection): TrackingLink[] {
  return names.items
    .flatMap((item) => {
      const year = TRACKING_ANCHOR.exec(item.name);
      if (!year) return [];
      return [
        {
          fiscalYear: Number(year[1]),
          anchor: item,
          linked: item.type === "Range",
          writtenAs: item.comment,
        },
      ];
    })
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** A used range's values as a grid from A1 (blank rows and columns before it filled in). */
export function gridFrom(used: Excel.Range): unknown[][] {
  if (used.isNullObject) return [];
  const lead = Array.from({ length: used.columnIndex }, () => "");
  return [...Array.from({ length: used.rowIndex }, () => []), ...used.values.map((row) => [...lead, ...row])];
}

/** Whether a grid holds anything at all. */
export function holdsValues(rows: readonly (readonly unknown[])[]): boolean {
  return rows.some((row) => row.some((cell) => cell !== "" && cell !== null && cell !== undefined));
}

/** Two agency names are the same whatever their spacing or digits. */
export function sameAgencyName(a: string | undefined, b: string | undefined): boolean {
  const plain = (name: string | undefined) =>
    (name ?? "").replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50)).replace(/\s+/g, "");
  return plain(a) === plain(b);
}

/** Sheets whose name says they may be a tracking sheet the add-in does not know of (copied, or from `ita`). */
export function lookalikeSheets(sheetNames: readonly string[]): string[] {
  return sheetNames.filter((name) => /^ติดตามมาตรการ/.test(name.trim()));
}

/** Two tracking sheets linked at once: the workbook cannot say which one to follow. */
export function twoTrackingSheetsIssue(sheetNames: readonly string[]): ValidationIssue {
  const list = sheetNames.map(quoteSheetName).join(", ");
  return issueAt(
    WORKBOOK_PLACE,
    problem(
      "tracking-sheet-twice",
      `สมุดงานนี้มีแผ่นงานติดตามมาตรการ ${sheetNames.length} แผ่น (${list}) จึงไม่ทราบว่าควรใช้แผ่นใด โปรดเก็บไว้แผ่นเดียว ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `this workbook holds ${sheetNames.length} tracking sheets (${list}), so which one to use is unknown: keep one; nothing was written`
    )
  );
}
