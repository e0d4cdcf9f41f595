/**
 * Reading cell-like values: what an officer types, pastes from a Word report or a web page, or what
 * Excel hands over (numbers, strings, booleans, error strings). ITA.md §5: Thai digits, mixed digits,
 * thousands separators, stray spaces and "%" signs are accepted; everything else is a problem with a
 * message in Thai and English.
 */
import { Exact, exactCompare, exactFromDecimalString, exactFromNumber, exactInteger } from "./exact";
import { Parsed, Problem, problem, quoteValue } from "./issues";
import { ThaiDate, toArabicDigits } from "./thai";

const EXCEL_ERRORS =
  /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
/**
 * What Excel, web pages, PDFs and Windows' number and date formatting put around a pasted value and a cell
 * shows as nothing: spaces (normal, no-break, thin, ideographic), the soft hyphen, zero-width spaces and
 * joiners, direction marks (U+200E/F, U+061C), bidi embeddings and isolates, the word joiner, the BOM.
 * A value wrapped in them looks exactly like the value, so refusing it would leave nothing to correct.
 */
const STRAY_SPACE = /[\s\u00a0\u00ad\u061c\u2000-\u200f\u202a-\u202f\u2060-\u2064\u2066-\u2069\ufeff]/;
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const WITH_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const FULL_WIDTH_DIGIT = /[０-９]/;

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function fail<T>(what: Problem): Parsed<T> {
  return { ok: false, problem: what };
}

/** Trims the spaces that pasting leaves around a value. */
export function trimPasted(text: string): string {
  // Scanned by hand: a regular expression for trailing spaces (`[ ]+$`) retries from every space of a run
  // in the middle of the text, which takes seconds on a cell of 32,767 characters (Excel's limit).
  let start = 0;
  let end = text.length;
  while (start < end && STRAY_SPACE.test(text.charAt(start))) start += 1;
  while (end > start && STRAY_SPACE.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** True for null, undefined, "" and strings of spaces only: what an empty cell looks like. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && trimPasted(value) === "");
}

/**
 * Reads a number from a cell-like value. Accepts numbers, and text with Arabic or Thai digits (or both),
 * thousands separators, surrounding spaces and one trailing "%" (ITA scores are percentages: "85.08%" is
 * 85.08, not 0.8508).
 *
 * @example parseNumber("๘๕.๐๘") // { ok: true, value: 85.08 as Exact }
 */
export function parseNumber(value: unknown): Parsed<Exact> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return fail(
        problem(
          "not-finite",
          `${quoteValue(value)} ไม่ใช่ตัวเลขที่ใช้ได้`,
          `${quoteValue(value)} is not a finite number`
        )
      );
    }
    return ok(exactFromNumber(value));
  }
  if (typeof value === "bigint") return ok(exactInteger(value));
  if (isBlank(value)) return fail(problem("blank", "ช่องว่าง ไม่มีคะแนน", "the cell is blank: no score"));
  if (typeof value === "boolean") {
    return fail(
      problem(
        "boolean",
        `ค่าตรรกะ ${String(value).toUpperCase()} ไม่ใช่ตัวเลข`,
        `the logical value ${String(value).toUpperCase()} is not a number`
      )
    );
  }
  if (value instanceof Date) {
    return fail(problem("date", "เป็นวันที่ ไม่ใช่ตัวเลข", "a date is not a number"));
  }
  if (typeof value !== "string") {
    return fail(
      problem("not-a-number", `${quoteValue(value)} ไม่ใช่ตัวเลข`, `${quoteValue(value)} is not a number`)
    );
  }
  const trimmed = trimPasted(value);
  if (EXCEL_ERRORS.test(trimmed)) {
    return fail(
      problem("error-value", `ช่องมีค่าผิดพลาด ${trimmed} ของ Excel`, `the cell holds the Excel error ${trimmed}`)
    );
  }
  if (FULL_WIDTH_DIGIT.test(trimmed)) {
    return fail(
      problem(
        "full-width-digits",
        `${quoteValue(value)} ใช้ตัวเลขแบบเต็มความกว้าง (０–９) โปรดพิมพ์ใหม่ด้วยเลขไทยหรือเลขอารบิก`,
        `${quoteValue(value)} uses full-width digits (０–９); retype it with Thai or Arabic digits`
      )
    );
  }
  let text = toArabicDigits(trimmed);
  if (text.endsWith("%")) text = trimPasted(text.slice(0, -1));
  if (WITH_THOUSANDS.test(text)) text = text.replace(/,/g, "");
  const exact = PLAIN_DECIMAL.test(text) ? exactFromDecimalString(text) : undefined;
  if (!exact) {
    return fail(
      problem("not-a-number", `${quoteValue(value)} ไม่ใช่ตัวเลข`, `${quoteValue(value)} is not a number`)
    );
  }
  return ok(exact);
}

const HUNDRED = exactInteger(100);
const ZERO = exactInteger(0);

/**
 * Reads an ITA score: a number from 0 to 100 (see {@link parseNumber} for the accepted forms).
 *
 * @example parseScore(" 91.21 %") // 91.21
 * @example parseScore("n/a")      // problem: "n/a" is not a score
 */
export function parseScore(value: unknown): Parsed<Exact> {
  const parsed = parseNumber(value);
  if (!parsed.ok) {
    if (parsed.problem.code !== "not-a-number") return parsed;
    return fail(
      problem("not-a-score", `${quoteValue(value)} ไม่ใช่คะแนน`, `${quoteValue(value)} is not a score`)
    );
  }
  if (exactCompare(parsed.value, ZERO) < 0 || exactCompare(parsed.value, HUNDRED) > 0) {
    return fail(
      problem(
        "out-of-range",
        `คะแนน ${quoteValue(value)} อยู่นอกช่วง 0–100`,
        `the score ${quoteValue(value)} is outside 0–100`
      )
    );
  }
  return ok(parsed.value);
}

/** An item code as the NACC writes it: tool letter in lower case and the number, e.g. "i28", "e11", "o11". */
export type ItemCode = string;

// The same language as `\s*[-.]?\s*` between letter and number, written so that a run of spaces has only
// one way to match: the ambiguous form backtracks quadratically on "i" followed by thousands of spaces.
const ITEM_CODE = /^(?:ข้อ\s*)?([IiEeOo])\s*(?:[-.]\s*)?(\d{1,3})$/;
/** "1๒๘" and "0๑๑": a digit one or zero typed where the letter I or O was meant (seen in the seed). */
const DIGIT_FOR_LETTER = /^(?:ข้อ\s*)?([10])([๐-๙]{1,3})$/;

/**
 * The item code meant when a digit one or zero was typed for the letter I or O ("1๒๘" → "i28"), as the
 * seed does; undefined for anything else.
 *
 * @example digitForLetterSuggestion("0๑๑") // "o11"
 */
export function digitForLetterSuggestion(text: string): ItemCode | undefined {
  const misread = DIGIT_FOR_LETTER.exec(trimPasted(text));
  if (!misread) return undefined;
  return `${misread[1] === "1" ? "i" : "o"}${toArabicDigits(misread[2] ?? "")}`;
}

/**
 * Reads an item code in either case, with Thai or Arabic digits: "I28", "i๒๘", "ข้อ i28", "O๑๑".
 *
 * @example parseItemCode("O๑๑") // { ok: true, value: "o11" }
 */
export function parseItemCode(value: unknown): Parsed<ItemCode> {
  if (typeof value !== "string" || isBlank(value)) {
    return fail(
      problem(
        "not-an-item-code",
        `${quoteValue(value)} ไม่ใช่รหัสข้อคำถาม`,
        `${quoteValue(value)} is not an item code`
      )
    );
  }
  const trimmed = trimPasted(value);
  const misread = DIGIT_FOR_LETTER.exec(trimmed);
  const suggestion = digitForLetterSuggestion(trimmed);
  if (misread && suggestion) {
    const letter = misread[1] === "1" ? "i" : "o";
    return fail(
      problem(
        "digit-for-letter",
        `${quoteValue(value)} ขึ้นต้นด้วยเลข ${misread[1]} แทนตัวอักษร ${letter.toUpperCase()} หมายถึง ${suggestion} หรือไม่`,
        `${quoteValue(value)} starts with the digit ${misread[1]}, not the letter ${letter.toUpperCase()}: did you mean ${suggestion}?`
      )
    );
  }
  const match = ITEM_CODE.exec(toArabicDigits(trimmed));
  const number = match ? Number(match[2]) : 0;
  if (!match || number < 1) {
    return fail(
      problem(
        "not-an-item-code",
        `${quoteValue(value)} ไม่ใช่รหัสข้อคำถาม (ตัวอย่างที่ถูกต้อง: i28, e11, o11)`,
        `${quoteValue(value)} is not an item code (for example i28, e11, o11)`
      )
    );
  }
  return ok(`${(match[1] ?? "").toLowerCase()}${number}`);
}

const PASS_WORDS = new Set(["ผ่าน", "มี", "pass", "passed", "yes", "y", "✓", "✔"]);
const FAIL_WORDS = new Set(["ไม่ผ่าน", "ไม่มี", "fail", "failed", "no", "n", "✗", "✘"]);

/**
 * Reads an OIT item result: pass is 100, fail is 0 (ITA.md §3). Accepts 100/0, TRUE/FALSE,
 * ผ่าน/ไม่ผ่าน, มี/ไม่มี, pass/fail. Any other number is refused: an OIT item has no partial credit.
 */
export function parseOitResult(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "string") {
    const word = trimPasted(value).replace(/\s+/g, "").toLowerCase();
    if (PASS_WORDS.has(word)) return ok(true);
    if (FAIL_WORDS.has(word)) return ok(false);
  }
  const parsed = parseNumber(value);
  if (parsed.ok && exactCompare(parsed.value, HUNDRED) === 0) return ok(true);
  if (parsed.ok && exactCompare(parsed.value, ZERO) === 0) return ok(false);
  if (!parsed.ok && parsed.problem.code === "blank") return parsed;
  return fail(
    problem(
      "not-pass-fail",
      `${quoteValue(value)} ไม่ใช่ผลการตรวจ OIT (ใช้ ผ่าน/ไม่ผ่าน, มี/ไม่มี หรือ 100/0)`,
      `${quoteValue(value)} is not an OIT result (use pass/fail or 100/0)`
    )
  );
}

/**
 * Reads a Buddhist-era fiscal year ("2565", "๒๕๖๕", 2565). A Common-Era year gets a hint, since 2022 and
 * 2565 are the same fiscal year written two ways.
 */
export function parseFiscalYear(value: unknown): Parsed<number> {
  const parsed = parseNumber(value);
  if (!parsed.ok) {
    return fail(
      problem("not-a-year", `${quoteValue(value)} ไม่ใช่ปีงบประมาณ`, `${quoteValue(value)} is not a fiscal year`)
    );
  }
  const { numerator, denominator } = parsed.value;
  if (denominator !== BigInt(1)) {
    return fail(
      problem("not-a-year", `${quoteValue(value)} ไม่ใช่ปีงบประมาณ`, `${quoteValue(value)} is not a fiscal year`)
    );
  }
  const year = Number(numerator);
  // A whole number too long for a double (a pasted run of digits) would become Infinity or another year.
  if (!Number.isSafeInteger(year)) {
    return fail(
      problem("not-a-year", `${quoteValue(value)} ไม่ใช่ปีงบประมาณ`, `${quoteValue(value)} is not a fiscal year`)
    );
  }
  if (year >= 1900 && year < 2300) {
    return fail(
      problem(
        "common-era-year",
        `${year} เป็นปีคริสต์ศักราช โปรดใช้ปีพุทธศักราช ${year + 543}`,
        `${year} is a Common-Era year; use the Buddhist-era year ${year + 543}`
      )
    );
  }
  return ok(year);
}

/**
 * Reads a calendar date typed as YYYY-MM-DD, in the Buddhist era (2569-03-31) or the Common Era
 * (2026-03-31), Thai digits accepted: a year of 2400 or more is taken as BE. Refused: any other shape, and
 * a day the month does not have.
 *
 * @example parseDate("2026-03-31") // { ok: true, value: { day: 31, month: 3, buddhistYear: 2569 } }
 */
export function parseDate(value: unknown): Parsed<ThaiDate> {
  const text = typeof value === "string" ? toArabicDigits(value.trim()) : "";
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) {
    return fail(
      problem(
        "not-a-date",
        `${quoteValue(value)} ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว (เช่น 2569-03-31 หรือ 2026-03-31)`,
        `${quoteValue(value)} is not a date as YYYY-MM-DD (e.g. 2569-03-31 or 2026-03-31)`
      )
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const buddhistYear = year >= 2400 ? year : year + 543;
  const commonEra = buddhistYear - 543;
  const daysInMonth = new Date(Date.UTC(commonEra, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    return fail(
      problem(
        "no-such-date",
        `${quoteValue(value)} ไม่มีวันนี้ในปฏิทิน`,
        `${quoteValue(value)} is not a day of the calendar`
      )
    );
  }
  return ok({ day, month, buddhistYear });
}
