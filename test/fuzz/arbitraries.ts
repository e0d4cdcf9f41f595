/**
 * Generators for the fuzz targets (test/fuzz/targets.ts): what officers type, paste and import, and what
 * Excel hands to the add-in, biased towards the forms the parsers treat specially (Thai, mixed and
 * full-width digits, thousands separators, "%", spaces and invisible characters around a value, error
 * strings, serial dates, booleans, blanks) and mixed with arbitrary values so nothing is only "almost right".
 */
import fc from "fast-check";
import { BUILT_IN_FRAMEWORKS, Framework, oitItemsOf, SUPPORTED_FISCAL_YEARS } from "../../src/core";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
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

/** A JSON value a file may hold where a score belongs. */
const jsonScore: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hundredths.map((value) => value / 100), weight: 6 },
  { arbitrary: decoratedScore.map((score) => score.text), weight: 3 },
  { arbitrary: edgeNumber.filter(Number.isFinite), weight: 1 },
  { arbitrary: cellText, weight: 1 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [91.21]), weight: 1 }
);

/** A `scores` object: the ten indicator keys (Arabic or Thai digits), some missing, some extra. */
const jsonScores: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    values: fc.array(jsonScore, { minLength: 10, maxLength: 10 }),
    thaiKeys: fc.boolean(),
    drop: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
    extra: fc.dictionary(
      fc.oneof(
        fc.constantFrom("0", "11", "๑๑", "1 ", "__proto__", "constructor"),
        fc.string({ maxLength: 4 })
      ),
      jsonScore,
      { maxKeys: 2 }
    ),
  })
  .map(({ values, thaiKeys, drop, extra }) => {
    const scores: Record<string, unknown> = {};
    values.forEach((value, i) => {
      if (drop.includes(i)) return;
      const key = thaiKeys
        ? [...String(i + 1)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")
        : String(i + 1);
      scores[key] = value;
    });
    return { ...scores, ...extra };
  });

/** An `items` object for a year: known codes (in any spelling), unknown ones, OIT words and numbers. */
const jsonItems = (year: number): fc.Arbitrary<Record<string, unknown>> => {
  const known = BUILT_IN_FRAMEWORKS.find((candidate) => candidate.fiscalYear === year);
  const codes = known ? itemCodesOf(known) : [];
  const code = codes.length > 0 ? fc.oneof(fc.constantFrom(...codes), itemCodeText) : itemCodeText;
  const value = fc.oneof(jsonScore, fc.constantFrom("ผ่าน", "ไม่ผ่าน", "มี", "ไม่มี", 0, 100, "pass", "✓"));
  return fc.dictionary(code, value, { maxKeys: 12 });
};

/** A well-shaped assessment in the JSON input format (valid or with bad values, not bad structure). */
const assessmentShape: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(...SUPPORTED_FISCAL_YEARS, 2569)
  .chain((year) =>
    fc.record(
      {
        agency: fc.oneof(fc.constantFrom("เทศบาลตำบลด่านเกวียน", "  ", ""), fc.string({ maxLength: 20 })),
        fiscalYear: fc.oneof(
          { arbitrary: fc.constant<unknown>(year), weight: 5 },
          { arbitrary: fiscalYearValue, weight: 1 }
        ),
        scores: jsonScores,
        previous: fc.record(
          { fiscalYear: fc.oneof(fc.constant<unknown>(year - 1), fiscalYearValue), scores: jsonScores },
          { requiredKeys: ["scores"] }
        ),
        items: jsonItems(year),
        history: fc.array(
          fc.record({
            fiscalYear: fc.oneof(fc.constant<unknown>(year - 2), fiscalYearValue),
            scores: jsonScores,
          }),
          { maxLength: 3 }
        ),
        note: fc.string({ maxLength: 10 }),
      },
      { requiredKeys: ["fiscalYear", "scores"] }
    )
  );

const thaiNumber = (value: number) => [...String(value)].map((d) => THAI_DIGITS.charAt(Number(d))).join("");

/** A score as a valid file writes it: a number, or text with Thai or mixed digits, "%", spaces. */
const validJsonScore: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hundredths.map((value) => value / 100), weight: 3 },
  { arbitrary: decoratedScore.map((score) => score.text), weight: 1 }
);

/** All ten indicators, valid, keyed in Arabic or Thai digits. */
const validJsonScores: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.array(validJsonScore, { minLength: 10, maxLength: 10 }), fc.boolean())
  .map(([values, thaiKeys]) =>
    Object.fromEntries(values.map((value, i) => [thaiKeys ? thaiNumber(i + 1) : String(i + 1), value]))
  );

/** Item results of a year with its own codes, each once, in any case and digits, with valid values. */
const validJsonItems = (of: Framework): fc.Arbitrary<Record<string, unknown>> => {
  const codes = itemCodesOf(of);
  if (codes.length === 0) return fc.constant({});
  return fc
    .tuple(
      fc.subarray(codes),
      fc.array(
        fc.tuple(
          fc.boolean(),
          fc.boolean(),
          validJsonScore,
          fc.constantFrom<unknown>("ผ่าน", "ไม่ผ่าน", "มี", "ไม่มี", 0, 100, true, false)
        ),
        {
          minLength: codes.length,
          maxLength: codes.length,
        }
      )
    )
    .map(([chosen, looks]) =>
      Object.fromEntries(
        chosen.map((code, i) => {
          const [upper, thai, score, result] = looks[i] ?? [false, false, 0, 0];
          const letter = upper ? code.charAt(0).toUpperCase() : code.charAt(0);
          const number = Number(code.slice(1));
          return [`${letter}${thai ? thaiNumber(number) : number}`, code.startsWith("o") ? result : score];
        })
      )
    );
};

/** An assessment that validates: a supported year, ten good scores, maybe last year, items, history. */
const validAssessment: fc.Arbitrary<Record<string, unknown>> = framework.chain((of) => {
  const year = of.fiscalYear;
  const earlier = SUPPORTED_FISCAL_YEARS.filter((candidate) => candidate < year);
  return fc
    .record(
      {
        agency: fc.oneof(
          fc.constantFrom(
            "เทศบาลตำบลด่านเกวียน",
            "องค์การบริหารส่วนตำบลหนองบัว",
            '=HYPERLINK("x")',
            "@A1",
            "ก".repeat(200)
          ),
          fc.string({ maxLength: 40 })
        ),
        fiscalYear: fc.constantFrom<unknown>(year, String(year), thaiNumber(year)),
        scores: validJsonScores,
        previous:
          earlier.length > 0
            ? fc.record({ fiscalYear: fc.constantFrom(...earlier), scores: validJsonScores })
            : fc.constant(undefined),
        items: validJsonItems(of),
      },
      { requiredKeys: ["fiscalYear", "scores"] }
    )
    .chain((input) => {
      const previousYear = (input.previous as { fiscalYear?: number } | undefined)?.fiscalYear ?? year;
      const older = SUPPORTED_FISCAL_YEARS.filter((candidate) => candidate < previousYear);
      return fc
        .subarray(older)
        .chain((years) =>
          fc.tuple(
            ...years.map((historyYear) =>
              validJsonScores.map((scores) => ({ fiscalYear: historyYear, scores }))
            )
          )
        )
        .map((history) => (history.length > 0 ? { ...input, history } : input));
    });
});

/** Any JSON value, as a wrong type in place of a field. */
const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/**
 * A value nested thousands of levels deep in arrays or objects (hostile input, not a real file). It stands
 * in the generated object as a marker that `jsonText` writes out as text: building and stringifying the
 * nested value itself would overflow the generator's own stack.
 */
class DeepNesting {
  constructor(
    readonly depth: number,
    readonly arrays: boolean
  ) {}

  toJSON(): string {
    return `@@deep:${this.depth}:${this.arrays ? "a" : "o"}@@`;
  }
}

const deeplyNested: fc.Arbitrary<DeepNesting> = fc
  .tuple(fc.integer({ min: 10, max: 20000 }), fc.boolean())
  .map(([depth, arrays]) => new DeepNesting(depth, arrays));

type Mutation = (input: Record<string, unknown>) => Record<string, unknown>;

/** Changes that break the structure: a field of the wrong type, removed, added, nested, poisoned. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.constantFrom("agency", "fiscalYear", "scores", "previous", "items", "history", "note"), anyJson)
    .map(([key, value]): Mutation => (input) => ({ ...input, [key]: value })),
  fc.constantFrom("agency", "fiscalYear", "scores", "previous", "items", "history").map(
    (key): Mutation =>
      (input) =>
        Object.fromEntries(Object.entries(input).filter(([k]) => k !== key))
  ),
  fc
    .tuple(
      fc.constantFrom(
        "__proto__",
        "constructor",
        "prototype",
        "toString",
        "hasOwnProperty",
        "scorez",
        "fiscal_year",
        ""
      ),
      anyJson
    )
    .map(([key, value]): Mutation => (input) => ({ ...input, [key]: value })),
  fc
    .tuple(fc.constantFrom("scores", "previous", "items", "history"), deeplyNested)
    .map(([key, value]): Mutation => (input) => ({ ...input, [key]: value })),
  fc.tuple(fc.constantFrom("__proto__", "constructor"), anyJson).map(([key, value]): Mutation => (input) => ({
    ...input,
    scores: { ...(typeof input.scores === "object" ? input.scores : {}), [key]: value },
  }))
);

/** A value as a JSON file holds it: a BigInt becomes its digits, a DeepNesting marker the nested text. */
function jsonText(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "bigint" ? item.toString() : item
  );
  return text.replace(/"@@deep:(\d+):([ao])@@"/g, (_match, depth: string, kind: string) =>
    kind === "a"
      ? `${"[".repeat(Number(depth))}91.21${"]".repeat(Number(depth))}`
      : `${'{"1":'.repeat(Number(depth))}91.21${"}".repeat(Number(depth))}`
  );
}

/**
 * Text of a JSON input file: well-shaped assessments, the same mutated, and arbitrary JSON. It goes through
 * `JSON.parse` as the CLI does, so a "__proto__" key is an own property, as in a real file.
 */
export const assessmentJsonText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: validAssessment.map(jsonText), weight: 4 },
  { arbitrary: assessmentShape.map(jsonText), weight: 3 },
  {
    arbitrary: fc
      .tuple(assessmentShape, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([shape, mutations]) => jsonText(mutations.reduce((input, change) => change(input), shape))),
    weight: 4,
  },
  { arbitrary: anyJson.map((value) => JSON.stringify(value)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '{"__proto__": {"fiscalYear": 2565}, "scores": {}}',
      '{"fiscalYear": 2565, "scores": {"__proto__": 91.21, "constructor": 85}}',
      '{"fiscalYear": 2565, "scores": {"1": 91.21}, "previous": {"__proto__": {"scores": {}}}}',
      "[]",
      "null",
      "91.21",
      '"2565"'
    ),
    weight: 1,
  }
);

/**
 * A JSON document written out token by token, so that an object may give a key twice, as a hand-edited
 * file can (a value built in JavaScript cannot hold a repeated key). Keys are drawn from a few, some
 * spelled with escapes (`"\\u0061"` is "a").
 */
type JsonTree =
  | { readonly kind: "scalar"; readonly text: string }
  | { readonly kind: "array"; readonly items: readonly JsonTree[] }
  | {
      readonly kind: "object";
      readonly entries: readonly (readonly [{ readonly written: string; readonly key: string }, JsonTree])[];
    };

const jsonKey = fc.constantFrom(
  { written: '"1"', key: "1" },
  { written: '"scores"', key: "scores" },
  { written: '"a"', key: "a" },
  { written: '"\\u0061"', key: "a" },
  { written: '"ชื่อ"', key: "ชื่อ" },
  { written: '"a b"', key: "a b" },
  { written: '"say \\"hi\\""', key: 'say "hi"' },
  { written: '""', key: "" },
  { written: '"__proto__"', key: "__proto__" }
);

/** Scalars, strings among them that look like comments, NaN or escapes to a reader that skips strings badly. */
const jsonScalar = fc.constantFrom(
  "91.21",
  "-0",
  "1e3",
  "100",
  "true",
  "null",
  '"https://itas.nacc.go.th // NaN"',
  '"/* ไม่ใช่หมายเหตุ */"',
  '"C:\\\\ITA\\\\"',
  '"\\u0e01"',
  '"Infinity"',
  '"]}"'
);

/** NaN and Infinity where a number belongs, as other languages write them. */
const notANumber = fc.constantFrom("NaN", "Infinity", "-Infinity");

const jsonTree = (scalar: fc.Arbitrary<string>): fc.Arbitrary<JsonTree> =>
  fc.letrec<{ tree: JsonTree }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 4, depthSize: "small" },
      { arbitrary: scalar.map((text): JsonTree => ({ kind: "scalar", text })), weight: 3 },
      {
        arbitrary: fc
          .array(tie("tree"), { maxLength: 4 })
          .map((items): JsonTree => ({ kind: "array", items })),
        weight: 1,
      },
      {
        arbitrary: fc
          .array(fc.tuple(jsonKey, tie("tree")), { maxLength: 5 })
          .map((entries): JsonTree => ({ kind: "object", entries })),
        weight: 2,
      }
    ),
  })).tree;

/** What a strict JSON reader must find in a document: repeated keys by JSON path, comments, NaN/Infinity. */
export interface JsonFindings {
  readonly duplicateKeys: readonly string[];
  readonly comments: number;
  readonly notANumbers: number;
}

/** A JSON input file's text, with what is in it when the generator knows. */
export interface JsonFileText {
  readonly text: string;
  /** Absent for text cut short or arbitrary: only the reader's contract applies. */
  readonly findings?: JsonFindings;
}

/** A key's step in a JSON path as the CLI names places: `.scores`, `.1`, `["ชื่อ"]`. */
const keyStep = (key: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

/**
 * Writes `tree` with the gaps between tokens taken in turn from `gaps` (whitespace, or comments in a
 * damaged file), wrapped in `depth` levels of `{"a": …}` or `[…]`; what it wrote is counted as it goes.
 */
function writeJsonTree(
  tree: JsonTree,
  gaps: readonly string[],
  wrap: { readonly depth: number; readonly arrays: boolean }
): JsonFileText {
  const duplicateKeys: string[] = [];
  let comments = 0;
  let notANumbers = 0;
  let turn = 0;
  const gap = () => {
    const text = gaps[turn % gaps.length] ?? "";
    turn += 1;
    if (text.startsWith("/")) comments += 1;
    return text;
  };
  const write = (node: JsonTree, path: string): string => {
    if (node.kind === "scalar") {
      if (/^-?(?:NaN|Infinity)$/.test(node.text)) notANumbers += 1;
      return node.text;
    }
    if (node.kind === "array") {
      const items = node.items.map((item, i) => `${gap()}${write(item, `${path}[${i}]`)}${gap()}`);
      return `[${items.join(",")}]`;
    }
    const seen = new Set<string>();
    const entries = node.entries.map(([key, value]) => {
      const keyPath = `${path}${keyStep(key.key)}`;
      if (seen.has(key.key)) duplicateKeys.push(keyPath);
      seen.add(key.key);
      return `${gap()}${key.written}${gap()}:${gap()}${write(value, keyPath)}${gap()}`;
    });
    return `{${entries.join(",")}}`;
  };
  const wrapPath = (wrap.arrays ? "[0]" : ".a").repeat(wrap.depth);
  const body = write(tree, `$${wrapPath}`);
  const text = wrap.arrays
    ? `${"[".repeat(wrap.depth)}${body}${"]".repeat(wrap.depth)}`
    : `${'{"a":'.repeat(wrap.depth)}${body}${"}".repeat(wrap.depth)}`;
  return { text: `${gap()}${text}${gap()}`, findings: { duplicateKeys, comments, notANumbers } };
}

const whitespace = fc.constantFrom("", " ", "\n", "\t", "\r\n", "\n    ");
const nesting = fc.oneof(
  { arbitrary: fc.constant({ depth: 0, arrays: false }), weight: 16 },
  { arbitrary: fc.record({ depth: fc.integer({ min: 1, max: 20000 }), arrays: fc.boolean() }), weight: 1 }
);

/**
 * JSON files as the CLI reads them: well-formed ones with keys given twice, the same with comments and
 * NaN/Infinity in them, nested up to 20,000 deep, cut short, the assessment texts above, and arbitrary
 * text made of JSON's punctuation.
 */
export const jsonFileText: fc.Arbitrary<JsonFileText> = fc.oneof(
  {
    arbitrary: fc
      .tuple(jsonTree(jsonScalar), fc.array(whitespace, { minLength: 1, maxLength: 6 }), nesting)
      .map(([tree, gaps, wrap]) => writeJsonTree(tree, gaps, wrap)),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(
        jsonTree(fc.oneof(jsonScalar, notANumber)),
        fc.array(fc.oneof(whitespace, fc.constantFrom("/* ปี */", "// หมายเหตุ\n", "//\n")), {
          minLength: 1,
          maxLength: 6,
        }),
        nesting
      )
      .map(([tree, gaps, wrap]) => writeJsonTree(tree, gaps, wrap)),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(jsonTree(jsonScalar), fc.array(whitespace, { minLength: 1, maxLength: 6 }), fc.nat())
      .map(([tree, gaps, cut]): JsonFileText => {
        const { text } = writeJsonTree(tree, gaps, { depth: 0, arrays: false });
        return { text: text.slice(0, cut % Math.max(1, text.length)) };
      }),
    weight: 2,
  },
  {
    arbitrary: assessmentJsonText.map((text): JsonFileText => ({
      text,
      findings: { duplicateKeys: [], comments: 0, notANumbers: 0 },
    })),
    weight: 2,
  },
  {
    arbitrary: fc
      .string({ unit: fc.constantFrom(...'{}[]:,"\\/* \n0123.-eNaInfitysuก'), maxLength: 40 })
      .map((text): JsonFileText => ({ text })),
    weight: 1,
  }
);

/** A CSV cell: anything, including the delimiters, quotes and line breaks that need quoting. */
const csvCell: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: cellText, weight: 6 },
  {
    arbitrary: fc.constantFrom('"', '""', "a,b", "a;b", "a\tb", "line\nbreak", "cr\rhere", '"quoted"', " "),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom("ตัวชี้วัด", "คะแนน 2565", "คะแนน ๒๕๖๔", "ปีก่อน", "agency", "fiscalYear", "ind1"),
    weight: 1,
  }
);

/** A grid of CSV cells and how to write it: the delimiter, line ends, quoting, a BOM. */
export const csvTable = fc.record({
  rows: fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 14 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r"),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  trailingLineEnd: fc.boolean(),
});

export type CsvTable = typeof csvTable extends fc.Arbitrary<infer T> ? T : never;

/** Writes a grid as CSV; cells that need it are quoted, quotes doubled. */
export function writeCsv(table: CsvTable): string {
  const quote = (cell: string) =>
    table.quoteAll || /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const body = table.rows.map((row) => row.map(quote).join(table.delimiter)).join(table.lineEnd);
  return `${table.bom ? "\ufeff" : ""}${body}${table.trailingLineEnd ? table.lineEnd : ""}`;
}

/** CSV text: written from a grid, or arbitrary text with CSV's special characters in it. */
export const csvText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: csvTable.map(writeCsv), weight: 4 },
  {
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(",", ";", "\t", '"', "\n", "\r", "\r\n", "\ufeff", "๙๑.๒๑", "91.21"),
          fc.string({ maxLength: 6 })
        ),
        {
          maxLength: 40,
        }
      )
      .map((parts) => parts.join("")),
    weight: 2,
  }
);

/** A sheet name as Excel allows it, with the characters that need quoting in an address. */
export const sheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("Sheet1", "ITA 2565", "คะแนน ITA", "O'Brien", "'", "a!b", "ผลการวิเคราะห์ ITA ๒๕๖๕"),
  fc.string({ minLength: 1, maxLength: 31 })
);

/** Where a block starts on the sheet: mostly near the top, sometimes at the far edge. */
export const origin = fc.record({
  row: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1048575 })),
  column: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 16383 })),
});

/** A score cell: a number, text as pasted, or (rarely) anything. */
const scoreCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hundredths.map((value) => value / 100), weight: 8 },
  { arbitrary: decoratedScore.map((score) => score.text), weight: 3 },
  { arbitrary: hostCell, weight: 1 }
);

/** A label of indicator `number` as the seed and officers write it. */
function labelCell(of: Framework, number: number, style: number): unknown {
  const indicator = of.indicators[number - 1];
  const thai = [...String(number)].map((d) => THAI_DIGITS.charAt(Number(d))).join("");
  switch (style % 6) {
    case 0:
      return number;
    case 1:
      return indicator?.nameTh ?? "";
    case 2:
      return `ตัวชี้วัดที่ ${thai} ${indicator?.nameTh ?? ""}`;
    case 3:
      return indicator?.nameEn ?? "";
    case 4:
      return `${number}. ${indicator?.nameTh ?? ""}`;
    default:
      return String(number);
  }
}

/** A header cell over a column of scores. */
const scoreHeader: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SUPPORTED_FISCAL_YEARS, 2569).map((year) => `คะแนน ${year}`),
  fc.constantFrom(...SUPPORTED_FISCAL_YEARS, 2561).map((year) => year),
  fc
    .constantFrom(...SUPPORTED_FISCAL_YEARS)
    .map((year) => `คะแนนปี ${[...String(year)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")}`),
  fc.constantFrom("คะแนน", "ปีก่อน", "previous", "last year", "", "คะแนนปีนี้"),
  hostCell
);

/**
 * A block as an officer selects it for `recognizeScores`: the ten indicators as a column or a row, with
 * or without a header line and a label field, one or more years of scores; sometimes the wrong size,
 * labels out of order or twice, and stray values.
 */
export const scoreBlock = fc
  .record({
    framework,
    transpose: fc.boolean(),
    header: fc.constantFrom(true, true, true, false),
    headerStyle: fc.constantFrom<"years" | "words" | "any">("years", "years", "words", "any"),
    label: fc.constantFrom<"none" | "first" | "last">("none", "first", "first", "last"),
    labelStyle: fc.integer({ min: 0, max: 5 }),
    shuffle: fc.boolean(),
    years: fc.oneof(
      { arbitrary: fc.constant(1), weight: 4 },
      { arbitrary: fc.constant(2), weight: 3 },
      { arbitrary: fc.integer({ min: 3, max: 6 }), weight: 1 }
    ),
    lines: fc.oneof(
      { arbitrary: fc.constant(10), weight: 8 },
      { arbitrary: fc.constantFrom(9, 11, 12, 0, 1), weight: 1 }
    ),
    headers: fc.array(scoreHeader, { minLength: 6, maxLength: 6 }),
    scores: fc.array(fc.array(scoreCell, { minLength: 12, maxLength: 12 }), { minLength: 6, maxLength: 6 }),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { minLength: 12, maxLength: 12 }),
    noise: fc.array(fc.tuple(fc.nat(20), fc.nat(8), hostCell), { maxLength: 2 }),
    sheet: sheetName,
    origin,
  })
  .map((spec) => {
    const count = spec.lines;
    const numbers = Array.from({ length: count }, (_, i) => (spec.shuffle ? (spec.order[i] ?? i) : i) + 1);
    const fields: unknown[][] = [];
    const labelField = numbers.map((number) => labelCell(spec.framework, number, spec.labelStyle));
    if (spec.label === "first") fields.push(spec.header ? ["ตัวชี้วัด", ...labelField] : labelField);
    // Headers as a sheet has them: the years, newest first (this year's may differ from the pane's), or
    // "คะแนน" and "ปีก่อน" over two columns, or anything.
    const headerOf = (year: number): unknown => {
      if (spec.headerStyle === "years") return `คะแนน ${spec.framework.fiscalYear - year}`;
      if (spec.headerStyle === "words")
        return year === 0 ? "คะแนน" : year === 1 ? "ปีก่อน" : spec.headers[year];
      return spec.headers[year];
    };
    for (let year = 0; year < spec.years; year += 1) {
      const column = Array.from({ length: count }, (_, i) => spec.scores[year]?.[i]);
      fields.push(spec.header ? [headerOf(year), ...column] : column);
    }
    if (spec.label === "last") fields.push(spec.header ? ["ชื่อ", ...labelField] : labelField);
    const lineCount = Math.max(0, ...fields.map((field) => field.length));
    let values: unknown[][] = Array.from({ length: lineCount }, (_, line) =>
      fields.map((field) => field[line])
    );
    if (spec.transpose) values = fields.map((field) => [...field]);
    for (const [row, column, value] of spec.noise) {
      const line = values[row % Math.max(1, values.length)];
      if (line && line.length > 0) line[column % line.length] = value;
    }
    return { framework: spec.framework, block: { sheet: spec.sheet, origin: spec.origin, values } };
  });

/**
 * A sheet's used range for `findScores`: the seed's comparison table (a header naming the years, the ten
 * indicators by name, a change column, tool and total rows, item codes) placed among other cells, with some
 * cells replaced by anything; or a grid of anything.
 */
export const findScoresGrid = fc.oneof(
  {
    arbitrary: fc
      .record({
        framework,
        top: fc.nat(4),
        left: fc.nat(3),
        years: fc.constantFrom(2564, 2565, 2566, 2567).map((year) => [year - 1, year] as const),
        scores: fc.array(fc.tuple(scoreCell, scoreCell), { minLength: 10, maxLength: 10 }),
        change: fc.boolean(),
        totals: fc.boolean(),
        items: fc.array(fc.tuple(itemCodeText, scoreCell), { maxLength: 4 }),
        labelStyle: fc.integer({ min: 1, max: 4 }),
        noise: fc.array(fc.tuple(fc.nat(25), fc.nat(8), hostCell), { maxLength: 6 }),
        separator: fc.boolean(),
        sheet: sheetName,
      })
      .map((spec) => {
        const rows: unknown[][] = [];
        for (let i = 0; i < spec.top; i += 1) rows.push([]);
        const pad = Array.from({ length: spec.left }, () => "");
        rows.push([
          ...pad,
          "ตัวชี้วัด",
          `คะแนน ${spec.years[0]}`,
          `คะแนน ${spec.years[1]}`,
          ...(spec.change ? ["เปลี่ยนแปลง"] : []),
        ]);
        if (spec.separator) rows.push([...pad, "|---|", "---", "---"]);
        spec.scores.forEach(([previous, current], i) => {
          const change =
            typeof previous === "number" && typeof current === "number"
              ? [(current - previous).toFixed(2)]
              : ["-"];
          rows.push([
            ...pad,
            labelCell(spec.framework, i + 1, spec.labelStyle),
            previous,
            current,
            ...(spec.change ? change : []),
          ]);
        });
        if (spec.totals) {
          rows.push([...pad, "IIT", 86.55, 86.55]);
          rows.push([...pad, "คะแนนรวม", 80, 91.96]);
        }
        for (const [code, value] of spec.items) rows.push([...pad, code, value]);
        for (const [row, column, value] of spec.noise) {
          const line = rows[row % rows.length] ?? [];
          line[column] = value;
        }
        return { framework: spec.framework, sheet: spec.sheet, values: rows };
      }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ framework, sheet: sheetName, values: cellGrid(14, 8) }),
    weight: 1,
  }
);

const BATCH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Header names of the batch file, English and Thai, with the odd unknown or repeated one. */
const batchHeader = fc
  .record({
    thai: fc.boolean(),
    previous: fc.boolean(),
    drop: fc.array(fc.nat(25), { maxLength: 2 }),
    extra: fc.array(fc.constantFrom("note", "ind11", "ind1", "prev0", "ตัวชี้วัดที่ ๑๑"), { maxLength: 2 }),
  })
  .map(({ thai, previous, drop, extra }) => {
    const names = thai
      ? ["หน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ", ...BATCH_NUMBERS.map((n) => `ตัวชี้วัดที่ ${n}`)]
      : ["agency", "type", "province", "fiscalYear", ...BATCH_NUMBERS.map((n) => `ind${n}`)];
    const previousNames = previous
      ? thai
        ? ["ปีก่อน", ...BATCH_NUMBERS.map((n) => `ปีก่อน${n}`)]
        : ["previousFiscalYear", ...BATCH_NUMBERS.map((n) => `prev${n}`)]
      : [];
    return [...names, ...previousNames].filter((_, i) => !drop.includes(i)).concat(extra);
  });

/** What a CSV cell holds for a value: its text; objects and dates have no CSV form and leave it empty. */
function csvTextOf(value: unknown): string {
  return typeof value === "object" || value === undefined ? "" : String(value);
}

/** A batch file (`ita batch`, "many agencies"): a header and agencies with mostly valid values. */
export const batchCsvText: fc.Arbitrary<string> = fc
  .record({
    header: batchHeader,
    rows: fc.array(
      fc.record({
        agency: fc.oneof(
          fc.constantFrom("เทศบาลตำบลด่านเกวียน", "อบต. หนองบัว", ""),
          fc.string({ maxLength: 10 })
        ),
        type: fc.constantFrom("เทศบาล", "อบต.", ""),
        province: fc.constantFrom("นครราชสีมา", "ขอนแก่น", "", "  "),
        year: fiscalYearValue.map(csvTextOf),
        scores: fc.array(scoreCell.map(csvTextOf), {
          minLength: 21,
          maxLength: 21,
        }),
      }),
      { maxLength: 12 }
    ),
    table: csvTable,
  })
  .map(({ header, rows, table }) =>
    writeCsv({
      ...table,
      rows: [
        header,
        ...rows.map((row) => [
          row.agency,
          row.type,
          row.province,
          row.year,
          ...row.scores.slice(0, 10),
          String(Number(row.year) - 1),
          ...row.scores.slice(10, 20),
        ]),
      ],
    })
  );

/** Arguments for one =ITA.* call, by function; `invocation` only for RANK. */
export type FunctionCall =
  | { readonly name: "grade"; readonly args: readonly unknown[] }
  | { readonly name: "pass" | "numberFromText"; readonly args: readonly [unknown] }
  | { readonly name: "total"; readonly args: readonly [unknown, unknown, unknown, unknown] }
  | { readonly name: "score"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "toolScore"; readonly args: readonly [unknown, unknown, unknown] }
  | { readonly name: "delta"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "rank"; readonly args: readonly [unknown, unknown, unknown] }
  | { readonly name: "thaiDigits"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "indicatorName"; readonly args: readonly [unknown, unknown, unknown] };

/** An omitted optional argument arrives as null (or undefined when called from code). */
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ arbitrary: fc.constantFrom(null, undefined), weight: 1 }, { arbitrary, weight: 3 });

/** A score argument: a number or text, rarely anything. */
const scoreArgument: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scoreCell, weight: 4 },
  { arbitrary: functionArgument, weight: 1 }
);

/** A range argument: ten cells as a column or a row, or another shape, or not a range at all. */
const rangeArgument: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.array(scoreCell, { minLength: 10, maxLength: 10 }), fc.boolean())
      .map(([cells, asRow]) => (asRow ? [cells] : cells.map((cell) => [cell]))),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), scoreCell)
      .map(([rows, columns, cell]) =>
        Array.from({ length: rows }, () => Array.from({ length: columns }, () => cell))
      ),
    weight: 2,
  },
  { arbitrary: functionArgument, weight: 1 }
);

/** Cell addresses as Excel gives them to RANK, valid and not. */
const address = fc.oneof(
  fc
    .tuple(fc.constantFrom("Sheet1", "'ITA 2565'", "'O''Brien'", ""), fc.nat(30), fc.nat(30), fc.boolean())
    .map(([sheet, row, column, absolute]) => {
      const letters = String.fromCharCode(65 + (column % 26));
      const dollar = absolute ? "$" : "";
      return `${sheet ? `${sheet}!` : ""}${dollar}${letters}${dollar}${row + 1}`;
    }),
  fc.constantFrom(
    "Sheet1!B2:B11",
    "Sheet1!$B$2:$B$11",
    "Sheet1!B2:K2",
    "Sheet1!A1:XFD1048576",
    "",
    "!",
    "Sheet1!"
  ),
  fc.string({ maxLength: 12 })
);

const invocation: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ parameterAddresses: fc.array(address, { maxLength: 3 }) }),
  fc.constantFrom({}, undefined, null)
);

/** One call of a custom function with arguments as Excel (or a careless caller) may pass them. */
export const functionCall: fc.Arbitrary<FunctionCall> = fc.oneof(
  fc
    .tuple(scoreArgument, optional(fiscalYearValue), fc.array(scoreArgument, { maxLength: 3 }))
    .map(([score, year, tools]): FunctionCall => ({ name: "grade", args: [score, year, ...tools] })),
  scoreArgument.map((score): FunctionCall => ({ name: "pass", args: [score] })),
  fc
    .tuple(scoreArgument, scoreArgument, scoreArgument, optional(fiscalYearValue))
    .map((args): FunctionCall => ({ name: "total", args })),
  fc.tuple(rangeArgument, optional(fiscalYearValue)).map((args): FunctionCall => ({ name: "score", args })),
  fc
    .tuple(
      rangeArgument,
      fc.oneof(
        { arbitrary: fc.constantFrom("IIT", "eit", " OIT ", "XYZ", "", "iit\u200b"), weight: 4 },
        { arbitrary: functionArgument, weight: 1 }
      ),
      optional(fiscalYearValue)
    )
    .map((args): FunctionCall => ({ name: "toolScore", args })),
  fc.tuple(scoreArgument, scoreArgument).map((args): FunctionCall => ({ name: "delta", args })),
  fc.tuple(scoreArgument, rangeArgument, invocation).map((args): FunctionCall => ({ name: "rank", args })),
  fc
    .tuple(
      fc.oneof(functionArgumentCell, functionArgument),
      optional(fc.oneof(fc.integer({ min: -2, max: 20 }), functionArgumentCell))
    )
    .map((args): FunctionCall => ({ name: "thaiDigits", args })),
  fc
    .tuple(fc.oneof(fc.constantFrom<unknown>(5, "๘", " 10 "), cellText))
    .map((args): FunctionCall => ({ name: "numberFromText", args })),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: -1, max: 12 }), functionArgumentCell),
      optional(fiscalYearValue),
      optional(fc.oneof(fc.constantFrom("th", "en", "EN ", "ไทย", "อังกฤษ", "fr", ""), functionArgumentCell))
    )
    .map((args): FunctionCall => ({ name: "indicatorName", args }))
);

/** One row of pasted text as a report's table gives it: markdown, tab-separated or spaced columns. */
function pastedLine(cells: readonly unknown[], style: "markdown" | "tabs" | "spaces"): string {
  const texts = cells.map((cell) => (typeof cell === "object" || cell === undefined ? "" : String(cell)));
  if (style === "markdown") return `| ${texts.map((text) => text.replace(/\|/g, "\\|")).join(" | ")} |`;
  return texts.join(style === "tabs" ? "\t" : "   ");
}

/**
 * Text an officer pastes from a report into a file or the pane: the comparison table of
 * `findScoresGrid` written as markdown (with its `|---|` row), tab-separated or spaced lines, among other
 * lines, with CRLF or LF and a BOM; or text of anything.
 */
export const pastedText = fc.oneof(
  {
    arbitrary: fc
      .record({
        grid: findScoresGrid,
        style: fc.constantFrom<"markdown" | "tabs" | "spaces">("markdown", "tabs", "spaces"),
        lineEnd: fc.constantFrom("\n", "\r\n"),
        bom: fc.boolean(),
        before: fc.array(cellText, { maxLength: 3 }),
        after: fc.array(cellText, { maxLength: 3 }),
      })
      .map(({ grid, style, lineEnd, bom, before, after }) => {
        const table = grid.values.map((row) => pastedLine(row, style));
        if (style === "markdown" && table.length > 1) table.splice(1, 0, "|---|---|---|");
        const text = [...before, "", ...table, "", ...after].join(lineEnd);
        return { framework: grid.framework, text: `${bom ? "\ufeff" : ""}${text}` };
      }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ framework, text: csvText }),
    weight: 1,
  }
);
