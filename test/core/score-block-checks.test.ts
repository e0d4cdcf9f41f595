import { CellBlock, formatIssue, recognizeScores, zeroScoreWarnings } from "../../src/core";
import { frameworkFor } from "./helpers";

const fy2565 = frameworkFor(2565);
const fy2568 = frameworkFor(2568);
const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];

const block = (values: unknown[][]): CellBlock => ({
  sheet: "Sheet1",
  origin: { row: 2, column: 2 },
  values,
});
const problems = (values: unknown[][], framework = fy2565) => {
  const outcome = recognizeScores(block(values), framework);
  return outcome.ok ? [] : outcome.issues.map((issue) => formatIssue(issue, "en"));
};

describe("recognizeScores and the years in a header", () => {
  it("reads a year written with a thousands separator, in Thai or Arabic digits", () => {
    for (const header of ["คะแนน ๒,๕๖๕", "ปี 2,565"]) {
      const outcome = recognizeScores(block([[header], ...seed2565.map((v) => [v])]), fy2568);
      if (!outcome.ok) throw new Error(outcome.issues.map((issue) => formatIssue(issue)).join("\n"));
      expect(outcome.value.current.fiscalYear).toBe(2565);
      expect(outcome.warnings.map((warning) => warning.code)).toEqual(["header-year-used"]);
    }
  });

  it("refuses a Common-Era year rather than rating the scores by the pane's year", () => {
    expect(problems([["คะแนน 2022"], ...seed2565.map((v) => [v])])).toEqual([
      "Sheet1!C3: the header says 2022, a Common-Era year: write the Buddhist-era year 2565",
    ]);
    expect(problems([[2021, 2022], ...seed2565.map((v, i) => [seed2564[i], v])])).toEqual([
      "Sheet1!C3: the header says 2021, a Common-Era year: write the Buddhist-era year 2564",
      "Sheet1!D3: the header says 2022, a Common-Era year: write the Buddhist-era year 2565",
    ]);
  });

  it("accepts a header naming both eras, by its Buddhist-era year", () => {
    expect(problems([["คะแนน 2565 (2022)"], ...seed2565.map((v) => [v])])).toEqual([]);
  });

  it("refuses a column called 'previous year' whose year is the newest", () => {
    const values = [["คะแนนปีก่อน 2566", "คะแนน 2565"], ...seed2565.map((v, i) => [seed2564[i], v])];
    expect(problems(values)).toEqual([
      "Sheet1!C3: the previous year (2566) must be earlier than the assessed year (2565)",
    ]);
    const right = [["คะแนนปีก่อน 2564", "คะแนน 2565"], ...seed2565.map((v, i) => [seed2564[i], v])];
    expect(problems(right)).toEqual([]);
  });
});

describe("zeroScoreWarnings", () => {
  const recognized = (values: unknown[][]) => {
    const outcome = recognizeScores(block(values), fy2565);
    if (!outcome.ok) throw new Error("not recognised");
    return outcome.value;
  };

  it("says nothing without a 0", () => {
    expect(zeroScoreWarnings(recognized(seed2565.map((v) => [v])))).toEqual([]);
  });

  it("names each cell holding 0, in either year", () => {
    const values = [
      ["คะแนน 2564", "คะแนน 2565"],
      ...seed2565.map((v, i) => [i === 2 ? 0 : seed2564[i], i === 5 ? 0 : v]),
    ];
    expect(
      zeroScoreWarnings(recognized(values)).map((warning) => `${warning.location} ${warning.code}`)
    ).toEqual(["Sheet1!D9 zero-score", "Sheet1!C6 zero-score"]);
  });

  it("says once that a whole year is 0", () => {
    const warnings = zeroScoreWarnings(recognized(seed2565.map(() => [0])));
    expect(warnings.map((warning) => formatIssue(warning, "en"))).toEqual([
      "Sheet1!C3:C12: every score of 2565 is 0: if the scores are not filled in yet, or the formulas point at empty cells, fill them in; the add-in analysed the values as read",
    ]);
  });
});

describe("recognizeScores and labels that name nothing", () => {
  it("quotes a pasted paragraph shortened, so one cell cannot flood the pane", () => {
    const paragraph = "ข้อความที่วางมาจากรายงาน ".repeat(400);
    const labels = ["การปฏิบัติหน้าที่", paragraph, ...Array.from({ length: 8 }, (_, i) => `ตัวชี้วัดที่ ${i + 3}`)];
    const messages = problems(labels.map((label, i) => [label, seed2565[i]]));
    const unknown = messages.find((message) => message.startsWith("Sheet1!C4:"));
    expect(unknown).toMatch(/^Sheet1!C4: "ข้อความ.*… names no indicator$/);
    expect(unknown?.length).toBeLessThan(80);
  });
});
