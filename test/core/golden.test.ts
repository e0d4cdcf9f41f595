/**
 * The seed as a golden case (ITA.md §6): the input and the expected result sit side by side in
 * test/fixtures, copied from ../shared/cases so the project tests without ../shared.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { resultJson, scoreAssessment, validateAssessment } from "../../src/core";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, "..", "fixtures", name), "utf8"));

interface Expected {
  fiscalYear: number;
  tools: Record<string, number>;
  total: number;
  grade: string;
  passed: boolean;
  previous: { fiscalYear: number; tools: Record<string, number>; total: number; grade: string };
  "ranking (number: rank, delta)": Record<string, [number, number]>;
  oitSubIndicators: Record<string, number>;
}

describe("golden case: เทศบาลตำบลด่านเกวียน 2565", () => {
  const expected = fixture("dan-kwian-2565.expected.json") as Expected;
  const validated = validateAssessment(fixture("dan-kwian-2565.json"));
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  const json = resultJson(scoreAssessment(validated.value));

  it("validates without warnings (the given OIT scores agree with the items)", () => {
    expect(validated.warnings.filter((w) => w.code !== "unknown-key")).toEqual([]);
  });

  it("gives the tools, total, rating and pass", () => {
    expect(json.fiscalYear).toBe(expected.fiscalYear);
    expect(json.tools).toEqual(expected.tools);
    expect(json.total).toBe(expected.total);
    expect(json.grade).toBe(expected.grade);
    expect(json.passed).toBe(expected.passed);
  });

  it("gives the previous year's tools, total and rating", () => {
    expect(json.previous).toMatchObject(expected.previous);
  });

  it("gives every indicator's rank and delta", () => {
    const actual = Object.fromEntries(
      json.indicators.map((row) => [String(row.number), [row.rank, row.delta]])
    );
    expect(actual).toEqual(expected["ranking (number: rank, delta)"]);
  });

  it("gives the OIT sub-indicators and the failed items o11, o12", () => {
    expect(json.oitSubIndicators).toEqual(expected.oitSubIndicators);
    expect(json.failedOitItems).toEqual(["o11", "o12"]);
  });

  it("computes indicators 9 and 10 from the items when their scores are left out", () => {
    const input = fixture("dan-kwian-2565.json") as { scores: Record<string, unknown> };
    delete input.scores["9"];
    delete input.scores["10"];
    const again = validateAssessment(input);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    const result = resultJson(scoreAssessment(again.value));
    expect(result.total).toBe(expected.total);
    expect(result.indicators.filter((row) => row.source === "oit-items").map((row) => row.number)).toEqual([
      9, 10,
    ]);
  });
});
