/**
 * What the header and label cells around a block of scores say: the fiscal year a header names (or the
 * Common-Era year typed by mistake), "last year" in words, and the indicator a label names by number or
 * name. The selection reader (score-block.ts) and the search of a whole sheet (find-scores.ts) read them
 * alike.
 */
import { Framework } from "./frameworks";
import { isBlank, trimPasted } from "./parse";
import { toArabicDigits } from "./thai";

const YEAR_IN_TEXT = /(?:^|[^\d])(25\d\d)(?:[^\d]|$)/;
const COMMON_ERA_YEAR_IN_TEXT = /(?:^|[^\d])((?:19|20)\d\d)(?:[^\d]|$)/;

/**
 * A header's text with Thai digits as Arabic and a thousands separator inside a number dropped: a year cell
 * formatted with a separator and pasted as text reads "2,565" (or "๒,๕๖๕").
 */
function headerText(value: string): string {
  return toArabicDigits(value).replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}

/** A Buddhist-era year named in a header cell ("คะแนนปี ๒๕๖๕", "ปี 2,565", 2565). */
export function yearInHeader(value: unknown): number | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 2500 && value < 2700 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = YEAR_IN_TEXT.exec(headerText(value));
  return match ? Number(match[1]) : undefined;
}

/** A Common-Era year where a header names no Buddhist-era one ("คะแนน 2022"), the same mistake parseFiscalYear catches. */
export function commonEraYearInHeader(value: unknown): number | undefined {
  if (yearInHeader(value) !== undefined) return undefined;
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 1900 && value < 2300 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = COMMON_ERA_YEAR_IN_TEXT.exec(headerText(value));
  return match ? Number(match[1]) : undefined;
}

/** A header naming "last year" without its number. */
export const PREVIOUS_WORDS = /ปีก่อน|ปีที่แล้ว|previous|last year/i;

/**
 * Short forms reports print for the framework's names (the seed's comparison table writes
 * "การปรับปรุงการทำงาน" for indicator 8, its framework table "การใช้ทรัพย์สินของทางราชการ" for indicator 4).
 */
const NAME_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/ของทางราชการ/g, "ของราชการ"],
  [/การปรับปรุงการทำงาน/g, "การปรับปรุงระบบการทำงาน"],
];

/** Normalises an indicator name for matching: no spaces, no "ตัวชี้วัดที่ N", Thai digits as Arabic. */
function normaliseName(text: string): string {
  const name = toArabicDigits(text)
    .replace(/ตัวชี้วัดที่\s*\d+\.?|indicator\s*\d+\.?/gi, "")
    .replace(/^\s*\d+[.)]?\s*/, "")
    .replace(/[\s\u200b\u00a0]+/g, "")
    .toLowerCase();
  return NAME_VARIANTS.reduce((result, [variant, canonical]) => result.replace(variant, canonical), name);
}

/** The indicator a label cell names: "5", "ตัวชี้วัดที่ ๕", "การแก้ไขปัญหาการทุจริต", "5. Anti-corruption". */
export function indicatorInLabel(value: unknown, framework: Framework): number | undefined {
  if (typeof value === "number") {
    return framework.indicators.some((indicator) => indicator.number === value) ? value : undefined;
  }
  if (typeof value !== "string" || isBlank(value)) return undefined;
  const text = toArabicDigits(trimPasted(value));
  const numbered = /^(?:ตัวชี้วัดที่|indicator)?\s*(\d{1,2})(?:[.)\s]|$)/i.exec(text);
  const name = normaliseName(text);
  const byName = framework.indicators.find(
    (indicator) =>
      name.length > 0 &&
      (name === normaliseName(indicator.nameTh) ||
        name === normaliseName(indicator.nameEn) ||
        name.includes(normaliseName(indicator.nameTh)))
  );
  if (byName) return byName.number;
  if (numbered) {
    const number = Number(numbered[1]);
    return framework.indicators.some((indicator) => indicator.number === number) ? number : undefined;
  }
  return undefined;
}
