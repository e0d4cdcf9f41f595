/**
 * Fuzz generators for the JSON input format: well-shaped assessments (valid, or with bad values), the same
 * with their structure broken (wrong types, missing and extra keys, poisoned keys, deep nesting), and any
 * JSON, all written out as the text of a file.
 */
import fc from "fast-check";
import { BUILT_IN_FRAMEWORKS, Framework, SUPPORTED_FISCAL_YEARS } from "../../src/core";
import {
  cellText,
  decoratedScore,
  edgeNumber,
  fiscalYearValue,
  framework,
  hundredths,
  itemCodesOf,
  itemCodeText,
  THAI_DIGITS,
} from "./cell-arbitraries";

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
