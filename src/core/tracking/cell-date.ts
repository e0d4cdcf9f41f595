/**
 * Dates in cells: what a tracking sheet's date columns hold, whichever host hands them over. Excel and the
 * Office JavaScript API give a date as its serial number (days since 30 December 1899); ExcelJS gives a
 * JavaScript Date at midnight UTC; an officer may type a date as text in a cell formatted as text.
 */
import { Parsed, problem, quoteValue } from "../issues";
import { isBlank, parseDate } from "../parse";
import { THAI_MONTHS, ThaiDate, toArabicDigits } from "../thai";

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, as Excel counts from 1 March 1900 on (its 1900 leap-day bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 1 March 1900: earlier serials are off by one in Excel; no tracking date is that old. */
const FIRST_RELIABLE_SERIAL = 61;
/** 31 December 9999, Excel's last date. */
const LAST_SERIAL = 2_958_465;

const isThaiDateValid = (date: ThaiDate): boolean => {
  const commonEra = date.buddhistYear - 543;
  const days = new Date(Date.UTC(commonEra, date.month, 0)).getUTCDate();
  return (
    Number.isInteger(date.day) &&
    Number.isInteger(date.month) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= days
  );
};

/**
 * The Excel serial number of a date (the number a date cell holds).
 *
 * @example dateSerial({ day: 31, month: 3, buddhistYear: 2566 }) // 45016
 */
export function dateSerial(date: ThaiDate): number {
  return Math.round((Date.UTC(date.buddhistYear - 543, date.month - 1, date.day) - EXCEL_EPOCH_MS) / DAY_MS);
}

/**
 * The date of an Excel serial number; the time of day, if any, is dropped.
 *
 * @example dateFromSerial(45016) // { day: 31, month: 3, buddhistYear: 2566 }
 */
export function dateFromSerial(serial: number): ThaiDate {
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, buddhistYear: date.getUTCFullYear() + 543 };
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compareDates(a: ThaiDate, b: ThaiDate): -1 | 0 | 1 {
  const difference = dateSerial(a) - dateSerial(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: ThaiDate, to: ThaiDate): number {
  return dateSerial(to) - dateSerial(from);
}

/** The first and last day of fiscal year N (1 ตุลาคม N-1 to 30 กันยายน N, ITA.md §5). */
export function fiscalYearSpan(fiscalYear: number): { readonly from: ThaiDate; readonly to: ThaiDate } {
  return {
    from: { day: 1, month: 10, buddhistYear: fiscalYear - 1 },
    to: { day: 30, month: 9, buddhistYear: fiscalYear },
  };
}

const notADate = (value: unknown) =>
  problem(
    "not-a-date",
    `${quoteValue(value)} ไม่ใช่วันที่ (พิมพ์เป็นวันที่ของ Excel หรือเช่น 31/3/2566 หรือ 31 มีนาคม 2566)`,
    `${quoteValue(value)} is not a date (enter an Excel date, or e.g. 31/3/2566 or 31 มีนาคม 2566)`
  );

function fromParts(day: number, month: number, year: number, value: unknown): Parsed<ThaiDate> {
  const date = { day, month, buddhistYear: year >= 2400 ? year : year + 543 };
  if (!isThaiDateValid(date)) {
    return {
      ok: false,
      problem: problem(
        "no-such-date",
        `${quoteValue(value)} ไม่มีวันนี้ในปฏิทิน`,
        `${quoteValue(value)} is not a day of the calendar`
      ),
    };
  }
  return { ok: true, value: date };
}

/**
 * Reads a date from a cell: an Excel serial number, a JavaScript Date (ExcelJS), or text as
 * YYYY-MM-DD, D/M/YYYY or "31 มีนาคม 2566" (Thai digits accepted; a year of 2400 or more is Buddhist era,
 * an earlier one Common Era). A blank cell is not a date: callers decide whether blank is allowed.
 *
 * @example parseCellDate(45016) // { ok: true, value: { day: 31, month: 3, buddhistYear: 2566 } }
 * @example parseCellDate("31/3/2566") // the same date
 */
export function parseCellDate(value: unknown): Parsed<ThaiDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: notADate(value) };
    return {
      ok: true,
      value: {
        day: value.getUTCDate(),
        month: value.getUTCMonth() + 1,
        buddhistYear: value.getUTCFullYear() + 543,
      },
    };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < FIRST_RELIABLE_SERIAL || value > LAST_SERIAL) {
      return { ok: false, problem: notADate(value) };
    }
    return { ok: true, value: dateFromSerial(value) };
  }
  if (typeof value !== "string" || isBlank(value)) return { ok: false, problem: notADate(value) };
  const text = toArabicDigits(value.trim()).replace(/\s+/g, " ");
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return parseDate(text);
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (slashed) return fromParts(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]), value);
  const named = /^(\d{1,2}) ?([\u0E00-\u0E7F.]+) ?(?:พ\.ศ\. ?)?(\d{4})$/.exec(text);
  if (named) {
    const month = THAI_MONTHS.indexOf(named[2] ?? "") + 1;
    if (month > 0) return fromParts(Number(named[1]), month, Number(named[3]), value);
  }
  return { ok: false, problem: notADate(value) };
}
