/**
 * What a cell's number format says about its value. Excel hands a date over as its serial number (45658 for
 * 1 January 2025), so only the format tells a date from a score: 85.08 typed into a cell formatted as a date
 * shows "25/3/1900", and the officer never sees the number that would be analysed.
 */

/** Quoted text, escaped characters, and bracketed locale, colour or condition codes: none of them is a date code. */
const LITERALS = /"[^"]*"|\\.|_.|\*.|\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi;
/** Scientific notation's E+ / E- is not the era-year code "e". */
const SCIENTIFIC = /e[+-]/gi;
/**
 * Date and time codes: d, m, y, h, s, elapsed [h] [m] [s], AM/PM, and the Thai calendar's b (Buddhist year)
 * and e (era year), as in "d/m/bbbb" or "[$-th-TH]d mmmm yyyy".
 */
const DATE_CODES = /[dmyhsbe]|am\/pm|a\/p/i;

/**
 * True when a number format shows a number as a date or a time: "d/m/yyyy", "[$-th-TH]d mmm bb", "h:mm",
 * "[h]:mm:ss". General, number, percent, currency, text and scientific formats are not.
 *
 * @example isDateNumberFormat("d/m/yyyy") // true
 * @example isDateNumberFormat("[$-D00041E]0.00") // false: Thai digits, still a number
 * @example isDateNumberFormat("0.00E+00") // false
 */
export function isDateNumberFormat(format: string): boolean {
  const firstSection = (format.split(";")[0] ?? "").trim();
  if (firstSection === "" || firstSection.toLowerCase() === "general") return false;
  const codes = firstSection.replace(LITERALS, "").replace(SCIENTIFIC, "");
  return DATE_CODES.test(codes);
}

/**
 * True when a number format shows a number as a percentage ("0.00%"): the cell holds 0.8508 where it shows
 * 85.08%, and Excel stores a typed "85.08%" (or 85.08 typed into such a cell) the same way.
 *
 * @example isPercentNumberFormat("0.00%") // true
 * @example isPercentNumberFormat('0.00" %"') // false: the % is quoted text
 */
export function isPercentNumberFormat(format: string): boolean {
  const firstSection = (format.split(";")[0] ?? "").trim();
  return firstSection.replace(LITERALS, "").includes("%");
}
