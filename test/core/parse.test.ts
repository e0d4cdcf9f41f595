import { exactFromDecimalString, roundHalfUpToString } from "../../src/core/exact";
import {
  parseFiscalYear,
  parseItemCode,
  parseNumber,
  parseOitResult,
  parseScore,
} from "../../src/core/parse";
import { Parsed } from "../../src/core/issues";
import { Exact } from "../../src/core/exact";

function valueOf(parsed: Parsed<Exact>): string {
  if (!parsed.ok)
    throw new Error(`expected a value, got ${parsed.problem.code}: ${parsed.problem.messageEn}`);
  return roundHalfUpToString(parsed.value, 4);
}

function codeOf<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected a problem, got ${JSON.stringify(parsed.value)}`);
  return parsed.problem.code;
}

describe("parseScore accepts what officers paste", () => {
  it.each([
    [91.21, "91.2100"],
    ["91.21", "91.2100"],
    ["๘๕.๐๘", "85.0800"],
    ["8๕.๐8", "85.0800"],
    ["  84.47  ", "84.4700"],
    ["\u00a084.47\u200b", "84.4700"],
    ["85.08%", "85.0800"],
    ["85.08 %", "85.0800"],
    ["๑๐๐", "100.0000"],
    ["0", "0.0000"],
    [".5", "0.5000"],
    ["100.00", "100.0000"],
  ])("reads %p as %s", (input, expected) => {
    expect(valueOf(parseScore(input))).toBe(expected);
  });

  it("keeps the decimal a person typed, not the binary float", () => {
    const parsed = parseScore(89.3);
    expect(parsed.ok && parsed.value).toEqual(exactFromDecimalString("89.3"));
  });
});

describe("parseScore refuses, saying why", () => {
  it.each([
    ["n/a", "not-a-score"],
    ["abc", "not-a-score"],
    ["85,08", "not-a-score"],
    ["", "blank"],
    ["   ", "blank"],
    [null, "blank"],
    [undefined, "blank"],
    [-1, "out-of-range"],
    [100.01, "out-of-range"],
    ["1,000", "out-of-range"],
    [Number.NaN, "not-finite"],
    [Number.POSITIVE_INFINITY, "not-finite"],
    ["#N/A", "error-value"],
    ["#DIV/0!", "error-value"],
    ["#REF!", "error-value"],
    [true, "boolean"],
    [new Date(2022, 0, 1), "date"],
    ["８５", "full-width-digits"],
    [{}, "not-a-score"],
  ])("refuses %p as %s", (input, code) => {
    expect(codeOf(parseScore(input))).toBe(code);
  });

  it("names the value in both languages", () => {
    const parsed = parseScore("n/a");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.messageEn).toBe('"n/a" is not a score');
      expect(parsed.problem.messageTh).toBe('"n/a" ไม่ใช่คะแนน');
    }
  });
});

describe("parseNumber", () => {
  it("accepts thousands separators, which a score would then refuse as out of range", () => {
    expect(valueOf(parseNumber("1,234.5"))).toBe("1234.5000");
    expect(valueOf(parseNumber("๑,๒๓๔"))).toBe("1234.0000");
  });

  it("accepts negative numbers", () => {
    expect(valueOf(parseNumber("-2.50"))).toBe("-2.5000");
  });
});

describe("parseItemCode", () => {
  it.each([
    ["i28", "i28"],
    ["I28", "i28"],
    ["i๒๘", "i28"],
    ["O๑๑", "o11"],
    ["E๑๑", "e11"],
    ["ข้อ i๒๘", "i28"],
    [" e 14 ", "e14"],
    ["o-11", "o11"],
  ])("reads %p as %s", (input, expected) => {
    const parsed = parseItemCode(input);
    expect(parsed.ok && parsed.value).toBe(expected);
  });

  it("explains the seed's 1๒๘, a digit one typed for the letter I", () => {
    const parsed = parseItemCode("1๒๘");
    expect(codeOf(parsed)).toBe("digit-for-letter");
    if (!parsed.ok) expect(parsed.problem.messageEn).toContain("did you mean i28?");
  });

  it("explains a digit zero typed for the letter O", () => {
    const parsed = parseItemCode("0๑๑");
    if (!parsed.ok) expect(parsed.problem.messageEn).toContain("did you mean o11?");
    expect(parsed.ok).toBe(false);
  });

  it.each([["x28"], ["i"], ["28"], [""], [28], ["i0"]])("refuses %p", (input) => {
    expect(codeOf(parseItemCode(input))).toBe("not-an-item-code");
  });
});

describe("parseOitResult", () => {
  it.each([
    [100, true],
    [0, false],
    ["ผ่าน", true],
    ["ไม่ผ่าน", false],
    ["มี", true],
    ["ไม่มี", false],
    ["ไม่ ผ่าน", false],
    ["Pass", true],
    ["FAIL", false],
    [true, true],
    [false, false],
    ["๑๐๐", true],
  ])("reads %p as %p", (input, expected) => {
    const parsed = parseOitResult(input);
    expect(parsed.ok && parsed.value).toBe(expected);
  });

  it.each([[50], ["maybe"], [1]])("refuses %p: an OIT item has no partial credit", (input) => {
    expect(codeOf(parseOitResult(input))).toBe("not-pass-fail");
  });

  it("reports a blank as blank", () => {
    expect(codeOf(parseOitResult(""))).toBe("blank");
  });
});

describe("parseFiscalYear", () => {
  it("reads Buddhist-era years in Arabic or Thai digits", () => {
    expect(parseFiscalYear("๒๕๖๕")).toEqual({ ok: true, value: 2565 });
    expect(parseFiscalYear(2566)).toEqual({ ok: true, value: 2566 });
  });

  it("hints at the Buddhist-era year when given a Common-Era one", () => {
    const parsed = parseFiscalYear(2022);
    expect(codeOf(parsed)).toBe("common-era-year");
    if (!parsed.ok) expect(parsed.problem.messageEn).toContain("2565");
  });

  it("refuses fractions and text", () => {
    expect(codeOf(parseFiscalYear(2565.5))).toBe("not-a-year");
    expect(codeOf(parseFiscalYear("next year"))).toBe("not-a-year");
  });
});
