/**
 * Thai digits, month names and Buddhist-era fiscal-year dates (ITA.md §5).
 */
import { Exact, roundHalfUpToString } from "./exact";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** Replaces Arabic digits 0–9 with Thai digits ๐–๙; everything else is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => THAI_DIGITS.charAt(Number(digit)));
}

/** Replaces Thai digits ๐–๙ with Arabic digits 0–9; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(THAI_DIGITS.indexOf(digit)));
}

/** True when the text holds at least one Thai digit. */
export function hasThaiDigits(text: string): boolean {
  return /[๐-๙]/.test(text);
}

/**
 * Formats an exact value with a fixed number of decimals, rounded half-up, optionally in Thai digits.
 *
 * @example formatDecimal(exactFromNumber(91.9596), 2, "thai") // "๙๑.๙๖"
 */
export function formatDecimal(value: Exact, decimals: number, digits: "thai" | "arabic" = "arabic"): string {
  const text = roundHalfUpToString(value, decimals);
  return digits === "thai" ? toThaiDigits(text) : text;
}

/** Thai month names, January first. */
export const THAI_MONTHS: readonly string[] = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

/** The Buddhist-era year of a Common-Era year (BE = CE + 543). */
export function buddhistYear(commonEraYear: number): number {
  return commonEraYear + 543;
}

/** A calendar date in the Buddhist era: `month` is 1–12. */
export interface ThaiDate {
  readonly day: number;
  readonly month: number;
  readonly buddhistYear: number;
}

/**
 * A date as Thai official documents write it: "31 มีนาคม ๒๕๖๖" (Thai digits by default).
 */
export function formatThaiDate(date: ThaiDate, digits: "thai" | "arabic" = "thai"): string {
  const month = THAI_MONTHS[date.month - 1];
  if (month === undefined || !Number.isInteger(date.day) || date.day < 1 || date.day > 31) {
    throw new RangeError(`formatThaiDate: invalid date ${date.day}/${date.month}/${date.buddhistYear}`);
  }
  const text = `${date.day} ${month} ${date.buddhistYear}`;
  return digits === "thai" ? toThaiDigits(text) : text;
}

/**
 * Milestones of a Thai fiscal year: fiscal year N runs 1 ตุลาคม N-1 to 30 กันยายน N (ITA.md §5);
 * measures report at six months (31 มีนาคม N) and at year end (ITA.md §4).
 */
export function fiscalYearMilestones(fiscalYear: number): {
  start: ThaiDate;
  sixMonthReport: ThaiDate;
  end: ThaiDate;
} {
  return {
    start: { day: 1, month: 10, buddhistYear: fiscalYear - 1 },
    sixMonthReport: { day: 31, month: 3, buddhistYear: fiscalYear },
    end: { day: 30, month: 9, buddhistYear: fiscalYear },
  };
}

/**
 * A Thai list: "ก", "ก และข", "ก ข และค" (Thai joins the last item with "และ", not a comma). "และ" runs
 * into a Thai word but is spaced from a code, a figure or a bracket ("o11 และ o12").
 *
 * @example thaiList(["เกณฑ์ระดับ", "รายการข้อ OIT"]) // "เกณฑ์ระดับ และรายการข้อ OIT"
 */
export function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1] ?? "";
  const gap = /^[\u0E00-\u0E7F]/.test(last) ? "" : " ";
  return `${items.slice(0, -1).join(" ")} และ${gap}${last}`;
}
