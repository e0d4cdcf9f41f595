import {
  formatIssue,
  resultJson,
  scoreAssessment,
  validateAssessment,
  ValidationIssue,
} from "../../src/core";

const seedScores = {
  "1": 91.21,
  "2": "๘๕.๐๘",
  "3": 87.53,
  "4": 84.47,
  "5": 84.47,
  "6": 94.31,
  "7": 89.3,
  "8": 86.33,
  "9": 95,
  "10": 100,
};

function issuesOf(input: unknown): ValidationIssue[] {
  const result = validateAssessment(input);
  if (result.ok) throw new Error("expected the input to be refused");
  return [...result.issues];
}

const where = (issues: ValidationIssue[]) => issues.map((issue) => `${issue.location} ${issue.code}`);

describe("validateAssessment accepts", () => {
  it("the documented format with Thai digits in the year, the keys and the values", () => {
    const { "1": one, ...rest } = seedScores;
    const result = validateAssessment({ fiscalYear: "๒๕๖๕", scores: { ...rest, "๑": one } });
    expect(result.ok && resultJson(scoreAssessment(result.value)).total).toBe(91.96);
  });

  it("a previous year without its fiscalYear as the year before", () => {
    const result = validateAssessment({
      fiscalYear: 2565,
      scores: seedScores,
      previous: { scores: seedScores },
    });
    expect(result.ok && result.value.previous?.fiscalYear).toBe(2564);
  });
});

describe("validateAssessment refuses, collecting every problem with its JSON path", () => {
  it("lists each bad or missing score at once", () => {
    const issues = issuesOf({
      fiscalYear: 2565,
      scores: { ...seedScores, "2": "n/a", "7": 101, "10": undefined },
    });
    expect(where(issues)).toEqual(["$.scores.2 not-a-score", "$.scores.7 out-of-range", "$.scores.10 blank"]);
    expect(formatIssue(issues[0] as ValidationIssue, "en")).toBe('$.scores.2: "n/a" is not a score');
  });

  it("refuses something that is not an object", () => {
    expect(where(issuesOf([1, 2, 3]))).toEqual(["$ not-an-object"]);
    expect(where(issuesOf(null))).toEqual(["$ not-an-object"]);
  });

  it("refuses a missing, unknown, future or Common-Era fiscal year", () => {
    expect(where(issuesOf({ scores: seedScores }))).toEqual(["$.fiscalYear missing"]);
    expect(where(issuesOf({ fiscalYear: 2561, scores: seedScores }))).toEqual([
      "$.fiscalYear unsupported-year",
    ]);
    expect(where(issuesOf({ fiscalYear: 2575, scores: seedScores }))).toEqual([
      "$.fiscalYear unsupported-year",
    ]);
    expect(where(issuesOf({ fiscalYear: 2022, scores: seedScores }))).toEqual([
      "$.fiscalYear common-era-year",
    ]);
  });

  it("refuses missing scores and indicators that do not exist", () => {
    expect(where(issuesOf({ fiscalYear: 2565 }))).toEqual(["$.scores missing"]);
    expect(where(issuesOf({ fiscalYear: 2565, scores: { ...seedScores, "11": 50 } }))).toEqual([
      "$.scores.11 unknown-indicator",
    ]);
    expect(where(issuesOf({ fiscalYear: 2565, scores: [1, 2] }))).toContain("$.scores not-an-object");
  });

  it("refuses the same indicator twice (1 and ๑)", () => {
    expect(where(issuesOf({ fiscalYear: 2565, scores: { ...seedScores, "๑": 90 } }))).toEqual([
      '$.scores["๑"] duplicate-indicator',
    ]);
  });

  it("refuses a previous year that is not earlier", () => {
    const issues = issuesOf({
      fiscalYear: 2565,
      scores: seedScores,
      previous: { fiscalYear: 2565, scores: seedScores },
    });
    expect(where(issues)).toEqual(["$.previous.fiscalYear previous-not-earlier"]);
  });

  it("reports a score that is absent as missing", () => {
    const { "10": _ten, ...withoutTen } = seedScores;
    expect(where(issuesOf({ fiscalYear: 2565, scores: withoutTen }))).toEqual([
      "$.scores.10 missing-indicator",
    ]);
  });

  it("refuses an incomplete previous year", () => {
    const issues = issuesOf({
      fiscalYear: 2565,
      scores: seedScores,
      previous: { fiscalYear: 2564, scores: { "1": 80 } },
    });
    expect(issues).toHaveLength(9);
    expect(issues[0]?.location).toBe("$.previous.scores.2");
  });

  it("refuses unknown item codes, the seed's 1๒๘, bad item values and duplicates", () => {
    const issues = issuesOf({
      fiscalYear: 2565,
      scores: seedScores,
      items: { i31: 80, "1๒๘": 80, e11: "x", o11: 50, i28: 70, I28: 71, o44: 0 },
    });
    expect(where(issues)).toEqual([
      "$.items.i31 unknown-item",
      '$.items["1๒๘"] digit-for-letter',
      "$.items.e11 not-a-score",
      "$.items.o11 not-pass-fail",
      "$.items.I28 duplicate-item",
      "$.items.o44 unknown-item",
    ]);
  });

  it("refuses items of a year whose item lists are not known", () => {
    expect(where(issuesOf({ fiscalYear: 2562, scores: seedScores, items: { i1: 80 } }))).toEqual([
      "$.items.i1 unknown-item-list",
    ]);
    expect(where(issuesOf({ fiscalYear: 2567, scores: seedScores, items: { o1: 100 } }))).toEqual([
      "$.items.o1 unknown-item-list",
    ]);
  });

  it("refuses a missing OIT indicator whose items are incomplete", () => {
    const { "9": _nine, ...withoutNine } = seedScores;
    expect(where(issuesOf({ fiscalYear: 2565, scores: withoutNine, items: { o1: 100 } }))).toEqual([
      "$.scores.9 missing-indicator",
    ]);
  });
});

describe("validateAssessment warns without refusing", () => {
  const allOit = Object.fromEntries(Array.from({ length: 43 }, (_, i) => [`o${i + 1}`, 100]));

  it("when the given OIT score disagrees with its items", () => {
    const result = validateAssessment({ fiscalYear: 2565, scores: seedScores, items: allOit });
    expect(result.ok).toBe(true);
    expect(where([...result.warnings])).toEqual(["$.scores.9 oit-mismatch"]);
    expect(result.warnings[0]?.messageEn).toContain("95.00");
    expect(result.warnings[0]?.messageEn).toContain("100.00");
  });

  it("when OIT items are incomplete and the given score is used unchecked", () => {
    const result = validateAssessment({ fiscalYear: 2565, scores: seedScores, items: { o11: 0 } });
    expect(where([...result.warnings])).toEqual(["$.scores.9 oit-items-incomplete"]);
  });

  it("on unknown top-level keys", () => {
    const result = validateAssessment({ fiscalYear: 2565, scores: seedScores, scroes: {} });
    expect(where([...result.warnings])).toEqual(["$.scroes unknown-key"]);
  });
});

describe("a 2566 assessment", () => {
  it("gets a word rating with the tool conditions and the 2566 OIT list", () => {
    const result = validateAssessment({
      fiscalYear: 2566,
      scores: { "1": 96, "2": 96, "3": 96, "4": 96, "5": 96, "6": 90, "7": 90, "8": 90, "9": 100, "10": 100 },
    });
    if (!result.ok) throw new Error("refused");
    const json = resultJson(scoreAssessment(result.value));
    expect(json.total).toBe(95.8);
    expect(json.grade).toBe("ผ่านดี");
    expect(json.ratingEvidence).toBe("working-rule");
  });
});
