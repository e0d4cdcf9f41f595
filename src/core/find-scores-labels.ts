/**
 * What the header and label cells of a pasted table say to `findScores`: which year (or change) a header
 * cell gives its column, which indicator or tool a label names, and the words for totals and item codes.
 */
import { Framework, ToolId } from "./frameworks";
import { textOf } from "./pasted-cells";
import { commonEraYearInHeader, indicatorInLabel, PREVIOUS_WORDS } from "./score-block";
import { toArabicDigits } from "./thai";

/** Longer text is a sentence, not a table cell naming an indicator or a column. */
export const MAX_LABEL_LENGTH = 80;
const MAX_HEADER_LENGTH = 30;

const CHANGE_WORDS = /เปลี่ยนแปลง|ผลต่าง|เพิ่มขึ้น\s*(?:\/\s*)?ลดลง|change|difference|delta/i;
const SCORE_WORDS = /คะแนน|score|result/i;
export const TOTAL_WORDS = /คะแนนรวม|ผลรวม|รวมทั้งหมด|^\s*total|overall|^\s*ita\s*$/i;
const YEAR_IN_TEXT = /(?:^|[^\d])(25\d\d)(?:[^\d]|$)/;
// `\s*(?:[-.]\s*)?` rather than `\s*[-.]?\s*`: one way to match a run of spaces, not quadratically many.
export const ITEM_CODE_LEAD = /^(?:ข้อ\s*)?([IiEeOo])\s*(?:[-.]\s*)?([0-9๐-๙]{1,3})(?=$|[\s:.)\]])/;

/**
 * What a header cell says of its column. "score" names no year: the framework's year, or the year before
 * it when the header says "ปีก่อน". "unreadable" columns are never read: a Common-Era year, or one of
 * several year-less score columns in one header, where which column is which year would be a guess.
 */
export type Column =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "score"; readonly previous: boolean }
  | { readonly kind: "change" }
  | { readonly kind: "unreadable"; readonly commonEraYear?: number };

export interface Header {
  readonly row: number;
  readonly columns: ReadonlyMap<number, Column>;
}

/**
 * The indicator a text cell names by name or as "ตัวชี้วัดที่ ๕"; a bare leading number ("๑. หลักการและ
 * เหตุผล", a table of contents) is not taken as an indicator number.
 */
export function indicatorNamed(text: string, framework: Framework): number | undefined {
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  const withoutNumber = text.replace(/^\s*[0-9๐-๙]{1,2}\s*[.)]\s*/, "");
  return hasLetters(withoutNumber) ? indicatorInLabel(withoutNumber, framework) : undefined;
}

/**
 * What a header cell says its column holds: a fiscal year (2566, "ปี ๒๕๖๖"), a year in the Common Era the
 * scan cannot place, the change between years, or scores (of the previous year when it says so).
 *
 * @example headerColumn("คะแนนปี ๒๕๖๖") // { kind: "year", year: 2566 }
 */
export function headerColumn(value: unknown): Column | undefined {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 2500 && value < 2700) return { kind: "year", year: value };
    return Number.isInteger(value) && value >= 1900 && value < 2300
      ? { kind: "unreadable", commonEraYear: value }
      : undefined;
  }
  const text = textOf(value);
  if (text === undefined || text.length > MAX_HEADER_LENGTH) return undefined;
  if (CHANGE_WORDS.test(text)) return { kind: "change" };
  const year = YEAR_IN_TEXT.exec(toArabicDigits(text));
  if (year) return { kind: "year", year: Number(year[1]) };
  const commonEraYear = commonEraYearInHeader(toArabicDigits(text));
  if (commonEraYear !== undefined) return { kind: "unreadable", commonEraYear };
  if (SCORE_WORDS.test(text) && !TOTAL_WORDS.test(text))
    return { kind: "score", previous: PREVIOUS_WORDS.test(text) };
  return undefined;
}

/** Whether text holds a Latin or Thai letter, Thai digits aside: a label, not a bare number. */
export function hasLetters(text: string): boolean {
  return /[A-Za-z\u0e01-\u0e4e]/.test(text.replace(/[๐-๙]/g, ""));
}

/** The tool a label names, by its code ("EIT") or its Thai name, spaces ignored. */
export function toolInLabel(text: string, framework: Framework): ToolId | undefined {
  const compact = text.replace(/\s+/g, "");
  for (const tool of framework.tools) {
    if (new RegExp(`(^|[^A-Za-z])${tool.id}([^A-Za-z]|$)`, "i").test(text)) return tool.id;
    if (compact.includes(tool.nameTh.replace(/\s+/g, ""))) return tool.id;
  }
  return undefined;
}
