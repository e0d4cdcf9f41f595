/**
 * Fuzz targets for the parsers of single values: numbers and scores from any cell, scores as pasted, item
 * codes, OIT results and fiscal years, and item entries read against every framework.
 */
import fc from "fast-check";
import {
  exactCompare,
  exactFraction,
  exactFromNumber,
  parseFiscalYear,
  parseItemCode,
  parseNumber,
  parseOitResult,
  parseScore,
  readItemEntries,
  ValidationIssue,
} from "../../src/core";
import { cellValue, decoratedScore, framework, itemCodesOf, itemCodeText, scalarCell } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkIssues, checkParsed, checkScore, HUNDRED, isExact, stringified, ZERO } from "./target-checks";

export const parseNumberTarget = defineTarget({
  name: "parse-number",
  covers:
    "parseNumber and parseScore on any cell value (edge doubles, Thai/mixed/full-width digits, separators, %, invisible marks, dates, booleans, nested arrays): a Parsed result; a score is 0–100; a finite number reads as exactly the decimal it prints as",
  weight: 12,
  arbitrary: cellValue,
  check(value) {
    const number = parseNumber(value);
    checkParsed(number, "parseNumber");
    if (number.ok) invariant(isExact(number.value), "parseNumber: not an exact value");
    if (typeof value === "number" && Number.isFinite(value)) {
      invariant(
        number.ok && exactCompare(number.value, exactFromNumber(value)) === 0,
        `parseNumber(${value})`
      );
    }
    if (typeof value === "string" && /[０-９]/.test(value))
      invariant(!number.ok, "full-width digits accepted");
    const score = parseScore(value);
    checkParsed(score, "parseScore");
    if (score.ok) checkScore(score.value, "parseScore");
    invariant(
      score.ok ===
        (number.ok && exactCompare(number.value, ZERO) >= 0 && exactCompare(number.value, HUNDRED) <= 0),
      "parseScore disagrees with parseNumber"
    );
  },
});

export const pastedScoreTarget = defineTarget({
  name: "pasted-score",
  covers:
    "parseScore on a score as pasted (Arabic/Thai/mixed digits, 0–2 decimals, %, spaces and invisible marks around it): reads exactly the score written",
  weight: 8,
  arbitrary: decoratedScore,
  check({ text, hundredths: expected }) {
    const score = parseScore(text);
    invariant(
      score.ok,
      () => `parseScore(${stringified(text)}) refused: ${score.ok ? "" : score.problem.messageEn}`
    );
    invariant(
      exactCompare(score.value, exactFraction(BigInt(expected), BigInt(100))) === 0,
      `parseScore(${stringified(text)}) is ${score.value.numerator}/${score.value.denominator}, not ${expected / 100}`
    );
  },
});

export const otherParsersTarget = defineTarget({
  name: "parse-codes-years-oit",
  covers:
    "parseItemCode, parseOitResult and parseFiscalYear on item-code spellings and any cell value: Parsed results; a code is i/e/o and a positive number; a year is a whole Buddhist-era number",
  weight: 8,
  arbitrary: fc.oneof(itemCodeText, cellValue),
  check(value) {
    const code = parseItemCode(value);
    checkParsed(code, "parseItemCode");
    if (code.ok)
      invariant(/^[ieo][1-9]\d*$/.test(code.value), `parseItemCode gave ${stringified(code.value)}`);
    const oit = parseOitResult(value);
    checkParsed(oit, "parseOitResult");
    if (oit.ok) invariant(typeof oit.value === "boolean", "parseOitResult: not a boolean");
    const year = parseFiscalYear(value);
    checkParsed(year, "parseFiscalYear");
    if (year.ok) {
      invariant(Number.isInteger(year.value), `parseFiscalYear gave ${year.value}`);
      invariant(
        !(year.value >= 1900 && year.value < 2300),
        `parseFiscalYear accepted the Common-Era ${year.value}`
      );
    }
  },
});

export const itemEntriesTarget = defineTarget({
  name: "item-entries",
  covers:
    "readItemEntries with item codes in every spelling and any values, for every framework: perception scores 0–100, OIT results only for the year's codes, each problem at its place",
  weight: 5,
  arbitrary: framework.chain((of) => {
    const codes = itemCodesOf(of);
    const code = codes.length > 0 ? fc.oneof(fc.constantFrom(...codes), itemCodeText) : itemCodeText;
    return fc.tuple(
      fc.constant(of),
      fc.array(fc.tuple(code, fc.oneof(scalarCell, fc.constantFrom("ผ่าน", "ไม่ผ่าน", 0, 100))), {
        maxLength: 20,
      })
    );
  }),
  check([of, entries]) {
    const issues: ValidationIssue[] = [];
    const read = readItemEntries(
      entries.map(([key, value], i) => ({
        key,
        value,
        keyLocation: `A${i + 1}`,
        valueLocation: `B${i + 1}`,
      })),
      of,
      issues
    );
    checkIssues(issues, "readItemEntries");
    const known = new Set(itemCodesOf(of));
    for (const [code, score] of read.perception) {
      invariant(known.has(code), `readItemEntries: unknown perception item ${code}`);
      checkScore(score, `item ${code}`);
    }
    for (const code of read.oit.keys())
      invariant(known.has(code), `readItemEntries: unknown OIT item ${code}`);
  },
});
