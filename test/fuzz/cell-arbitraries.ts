/**
 * Fuzz generators for single cell values as officers type and paste them and as Excel hands them over:
 * number-like text, scores with their decorations, edge doubles, text of every kind, data types, nested
 * arrays, fiscal years, item codes and the built-in frameworks. The other generators build on these.
 */
import fc from "fast-check";
import { BUILT_IN_FRAMEWORKS, Framework, oitItemsOf, SUPPORTED_FISCAL_YEARS } from "../../src/core";

export const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

/** Spaces the core trims around a pasted value (parse.ts, STRAY_SPACE). */
export const TRIMMED_SPACES: readonly string[] = [
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u2002",
  "\u2009",
  "\u200a",
  "\u200b",
  "\u202f",
  "\u3000",
  "\ufeff",
];

/**
 * Characters that show nothing in a cell and arrive with text copied from web pages, PDFs and Windows
 * date and number formatting: zero-width joiners, direction marks, the word joiner, bidi embeddings and
 * isolates. A value wrapped in them looks exactly like the value.
 */
export const INVISIBLE_MARKS: readonly string[] = [
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u2060",
  "\u202a",
  "\u202c",
  "\u202e",
  "\u2066",
  "\u2069",
];

/** Text that is never a number: words, error strings, formulas, emoji, lone surrogates. */
const NOT_NUMBERS: readonly string[] = [
  "n/a",
  "-",
  "—",
  "ไม่มี",
  "ผ่าน",
  "ไม่ผ่าน",
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#SPILL!",
  "#GETTING_DATA",
  "=1+1",
  '=HYPERLINK("http://x")',
  "@SUM(A1)",
  "+85",
  "85..1",
  "8 5",
  "1e2",
  "0x55",
  "Infinity",
  "NaN",
  "๘๕,๐๘",
  "85,08",
  "1,00,000",
  "85%%",
  "%85",
  "８５.０８",
  "8５",
  "85．08",
  "85.08％",
  "−2.50",
  "😀",
  "👍🏽85",
  "\ud800",
  "\u202e58.19",
  "TRUE",
  "true",
  "__proto__",
  "constructor",
  "toString",
];

const digitIn = (digits: string) => fc.integer({ min: 0, max: 9 }).map((digit) => digits.charAt(digit));

/** One digit, Arabic or Thai, with a few full-width ones (which the core refuses). */
const anyDigit = fc.oneof(
  { arbitrary: digitIn("0123456789"), weight: 6 },
  { arbitrary: digitIn(THAI_DIGITS), weight: 3 },
  { arbitrary: digitIn(FULL_WIDTH_DIGITS), weight: 1 }
);

/** A run of digits in any of the three digit sets, as pasted text mixes them. */
const digitRun = (minLength: number, maxLength: number) =>
  fc.array(anyDigit, { minLength, maxLength }).map((digits) => digits.join(""));

/** Number-like text: sign, digits (with or without thousands separators), decimals, "%", spaces. */
export const numberLikeText: fc.Arbitrary<string> = fc
  .record({
    sign: fc.constantFrom("", "", "", "+", "-", "−"),
    whole: fc.oneof(
      digitRun(1, 3),
      digitRun(4, 9),
      fc
        .array(digitRun(3, 3), { minLength: 1, maxLength: 3 })
        .chain((groups) => digitRun(1, 3).map((head) => [head, ...groups].join(","))),
      fc.constant("")
    ),
    fraction: fc.oneof(
      fc.constant(""),
      digitRun(0, 4).map((digits) => `.${digits}`)
    ),
    percent: fc.constantFrom("", "", "%", " %", "％"),
    before: fc.array(fc.constantFrom(...TRIMMED_SPACES, ...INVISIBLE_MARKS), { maxLength: 2 }),
    after: fc.array(fc.constantFrom(...TRIMMED_SPACES, ...INVISIBLE_MARKS), { maxLength: 2 }),
  })
  .map(
    ({ sign, whole, fraction, percent, before, after }) =>
      `${before.join("")}${sign}${whole}${fraction}${percent}${after.join("")}`
  );

/** A score with at most two decimals, as whole hundredths 0–10000 (what the NACC publishes). */
export const hundredths: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10000 }),
  fc.constantFrom(0, 1, 5000, 5499, 5500, 6500, 6999, 7000, 7500, 8499, 8500, 9499, 9500, 9999, 10000)
);

/**
 * A score written as an officer may paste it, with the value it stands for: Arabic, Thai or mixed digits,
 * one or two decimals or none, a trailing "%", spaces and invisible marks around it.
 */
export const decoratedScore: fc.Arbitrary<{ readonly text: string; readonly hundredths: number }> = fc
  .record({
    hundredths,
    decimals: fc.constantFrom(0, 1, 2, 3),
    thai: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    percent: fc.constantFrom("", "%", " %"),
    before: fc.array(fc.constantFrom(...TRIMMED_SPACES, ...INVISIBLE_MARKS), { maxLength: 3 }),
    after: fc.array(fc.constantFrom(...TRIMMED_SPACES, ...INVISIBLE_MARKS), { maxLength: 3 }),
  })
  .map(({ hundredths: value, decimals, thai, percent, before, after }) => {
    const places =
      value % 100 === 0 ? decimals : value % 10 === 0 ? Math.max(decimals, 1) : Math.max(decimals, 2);
    const plain = (value / 100).toFixed(places);
    const digits = [...plain]
      .map((ch, i) => (/\d/.test(ch) && thai[i % thai.length] ? THAI_DIGITS.charAt(Number(ch)) : ch))
      .join("");
    return { text: `${before.join("")}${digits}${percent}${after.join("")}`, hundredths: value };
  });

/** Numbers Excel or a JSON file may give: edge doubles, scores, serial dates, years, huge and tiny. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: hundredths.map((value) => value / 100), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      0,
      100,
      100.0000001,
      -0.001,
      84.995,
      94.995,
      86.685,
      45000,
      2565,
      2022,
      1e21,
      -1e21,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.EPSILON,
      1e-7,
      0.1 + 0.2
    ),
    weight: 2,
  },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.double({ min: -10, max: 110, noNaN: true }), weight: 2 },
  { arbitrary: fc.integer({ min: -1000, max: 100000 }), weight: 1 }
);

/**
 * Long text up to Excel's 32,767 characters a cell: a run of one unit between two others ("1", spaces,
 * "1"), the shape that makes a backtracking regular expression take seconds.
 */
const longText: fc.Arbitrary<string> = fc
  .record({
    head: fc.constantFrom("", "1", "i", "ข้อ", "ก", "x", "|", "ตัวชี้วัดที่", "คะแนน 2565"),
    unit: fc.constantFrom(
      " ",
      "\u00a0",
      "\u200b",
      "\u200e",
      "9",
      "๙",
      "1,",
      ",000",
      "|",
      "-",
      ".",
      "a",
      "ก",
      "25"
    ),
    count: fc.oneof(fc.integer({ min: 100, max: 3000 }), fc.integer({ min: 3000, max: 32760 })),
    tail: fc.constantFrom("", "1", "x", "ก", "%", "|", "!"),
  })
  .map(({ head, unit, count, tail }) => `${head}${unit.repeat(Math.floor(count / unit.length))}${tail}`);

/** Text of every kind: number-like, words, error strings, long, and arbitrary Unicode. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: numberLikeText, weight: 5 },
  { arbitrary: decoratedScore.map((score) => score.text), weight: 3 },
  { arbitrary: fc.constantFrom(...NOT_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom("", " ", "\u00a0", "\u200b", "\ufeff", "\t\n"), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
  { arbitrary: longText, weight: 1 }
);

/** An Excel data type as custom functions receive it when the metadata allows data types. */
const dataTypeValue = fc.oneof(
  edgeNumber.map((basicValue) => ({ type: "Double", basicValue })),
  cellText.map((basicValue) => ({ type: "String", basicValue })),
  fc
    .constantFrom("#N/A", "#VALUE!")
    .map((basicValue) => ({ type: "Error", basicValue, errorType: "NotAvailable" }))
);

/** A cell value as the hosts hand it over: Excel's numbers, text, booleans and blanks; ExcelJS's dates. */
export const hostCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: edgeNumber, weight: 6 },
  { arbitrary: cellText, weight: 8 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 }
);

/** A custom-function argument: a host cell, or a data type (the generated metadata allows them). */
export const functionArgumentCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostCell, weight: 12 },
  { arbitrary: dataTypeValue, weight: 1 }
);

/** Any single value a parser may be handed by code: host cells, data types, BigInts, plain objects. */
export const scalarCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostCell, weight: 14 },
  { arbitrary: fc.bigInt({ min: BigInt(-1e6), max: BigInt(1e25) }), weight: 1 },
  { arbitrary: dataTypeValue, weight: 1 },
  { arbitrary: fc.constantFrom({}, { valueOf: () => 85 }), weight: 1 }
);

/** Values of `cell`, sometimes nested arrays of them (a range where a scalar was expected, or worse). */
function nestedOf(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.letrec<{ cell: unknown; nested: unknown[] }>((tie) => ({
    cell: fc.oneof(
      { arbitrary: cell, weight: 12, depthSize: "small" },
      { arbitrary: tie("nested"), weight: 1 }
    ),
    nested: fc.array(tie("cell"), { maxLength: 4 }),
  })).cell;
}

/** A cell value, sometimes a nested array. */
export const cellValue: fc.Arbitrary<unknown> = nestedOf(scalarCell);

/** A custom-function argument, sometimes a nested array. */
export const functionArgument: fc.Arbitrary<unknown> = nestedOf(functionArgumentCell);

/** A rectangular or ragged 2-D block of cells, as Excel or a CSV gives it. */
export const cellGrid = (maxRows: number, maxColumns: number): fc.Arbitrary<unknown[][]> =>
  fc.array(fc.array(hostCell, { maxLength: maxColumns }), { maxLength: maxRows });

/** A built-in framework. */
export const framework: fc.Arbitrary<Framework> = fc.constantFrom(...BUILT_IN_FRAMEWORKS);

/** A fiscal year as typed: supported, unsupported, Common Era, Thai digits, text, nonsense. */
export const fiscalYearValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SUPPORTED_FISCAL_YEARS), weight: 6 },
  { arbitrary: fc.constantFrom(2561, 2569, 2570, 2600, 2022, 2025, 1999, 0, -2565, 2565.5), weight: 2 },
  {
    arbitrary: fc
      .constantFrom(...SUPPORTED_FISCAL_YEARS)
      .map((year) => [...String(year)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...SUPPORTED_FISCAL_YEARS).map((year) => ` ${year} `), weight: 1 },
  { arbitrary: hostCell, weight: 2 }
);

/** Item codes as written in reports: every case, Thai digits, "ข้อ", separators, the seed's "1๒๘". */
export const itemCodeText: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .record({
        prefix: fc.constantFrom("", "", "ข้อ ", "ข้อ"),
        letter: fc.constantFrom("i", "I", "e", "E", "o", "O", "x", "ไอ"),
        separator: fc.constantFrom("", "", "-", ".", " ", " - "),
        number: fc.integer({ min: 0, max: 1200 }),
        thai: fc.boolean(),
      })
      .map(({ prefix, letter, separator, number, thai }) => {
        const digits = thai
          ? [...String(number)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")
          : String(number);
        return `${prefix}${letter}${separator}${digits}`;
      }),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("1", "0"), fc.integer({ min: 1, max: 999 }))
      .map(
        ([lead, number]) => `${lead}${[...String(number)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")}`
      ),
    weight: 1,
  },
  { arbitrary: cellText, weight: 2 }
);

/** The item codes of a framework, to build item results that are mostly known. */
export function itemCodesOf(of: Framework): string[] {
  return [
    ...(of.perceptionItems?.groups.flatMap((group) => group.codes) ?? []),
    ...oitItemsOf(of).map((item) => item.code),
  ];
}

/** A score cell: a number, text as pasted, or (rarely) anything. */
export const scoreCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hundredths.map((value) => value / 100), weight: 8 },
  { arbitrary: decoratedScore.map((score) => score.text), weight: 3 },
  { arbitrary: hostCell, weight: 1 }
);
