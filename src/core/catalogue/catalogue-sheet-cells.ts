/**
 * What both tables of the catalogue sheet share, the entries and the agency terms below them: the seven
 * columns A:G, a row of text in column A, the note rows the reader skips, a cell read as text, and the
 * placeholders a message lists.
 */
import { AGENCY_TERM_KEYS, AGENCY_TERMS } from "../agency";
import { trimPasted } from "../parse";

/** The header row; the reader finds the table by its first cell. */
export const CATALOGUE_SHEET_HEADERS = [
  "รหัสแคตตาล็อก",
  "รหัส",
  "หัวข้อ",
  "ข้อเสนอแนะ",
  "มาตรการ/ขั้นตอน",
  "ผู้รับผิดชอบ",
  "กำหนดรายงาน",
] as const;

/** Columns A:G. */
export const CATALOGUE_SHEET_COLUMNS = CATALOGUE_SHEET_HEADERS.length;

/** Rows starting with this word are explanations; the reader skips them. */
export const NOTE = "หมายเหตุ";

/** A row with `text` in column A and the other columns blank. */
export function catalogueSheetLine(text: string): string[] {
  return [text, ...Array<string>(CATALOGUE_SHEET_COLUMNS - 1).fill("")];
}

/** A cell as text: a number or a boolean as it shows, text trimmed as pasted, anything else blank. */
export function cellText(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "string" ? trimPasted(value) : "";
}

/** Every placeholder, as the messages list them: "{ผู้บริหาร} {หน่วยงาน} …". */
export const PLACEHOLDER_LIST = AGENCY_TERM_KEYS.map((key) => `{${AGENCY_TERMS[key].placeholder}}`).join(" ");
