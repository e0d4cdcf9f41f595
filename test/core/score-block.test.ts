import {
  assessmentFromCells,
  CellBlock,
  formatIssue,
  planOutput,
  recognizeScores,
  resultJson,
  scoreAssessment,
} from "../../src/core";
import { frameworkFor } from "./helpers";

const fy2565 = frameworkFor(2565);
const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];
const names = fy2565.indicators.map((indicator) => indicator.nameTh);

const block = (values: unknown[][], row = 3, column = 2, sheet = "Sheet1"): CellBlock => ({
  sheet,
  origin: { row, column },
  values,
});

function recognized(values: unknown[][], row = 3, column = 2) {
  const result = recognizeScores(block(values, row, column), fy2565);
  if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
  return result.value;
}

describe("recognizeScores", () => {
  it("reads a bare column of ten scores in indicator order", () => {
    const r = recognized(seed2565.map((v) => [v]));
    expect(r.orientation).toBe("column");
    expect(r.hasHeader).toBe(false);
    expect(r.current.cells.get(1)).toEqual({ row: 3, column: 2 });
    expect(r.current.cells.get(10)).toEqual({ row: 12, column: 2 });
    expect(r.previous).toBeUndefined();
  });

  it("reads a row with a header cell", () => {
    const r = recognized([["คะแนน 2565", ...seed2565]]);
    expect(r.orientation).toBe("row");
    expect(r.hasHeader).toBe(true);
    expect(r.current.cells.get(1)).toEqual({ row: 3, column: 3 });
  });

  it("tells this year from last year by the years in the header, in either order", () => {
    const values = [
      ["ตัวชี้วัด", "๒๕๖๔", "คะแนนปี ๒๕๖๕"],
      ...names.map((name, i) => [name, seed2564[i], seed2565[i]]),
    ];
    const r = recognized(values);
    expect(r.current.fiscalYear).toBe(2565);
    expect(r.previous?.fiscalYear).toBe(2564);
    expect(r.current.cells.get(1)).toEqual({ row: 4, column: 4 });
    expect(r.previous?.cells.get(1)).toEqual({ row: 4, column: 3 });
  });

  it("maps lines by the indicator names beside them, whatever their order (the seed's rank order)", () => {
    const order = [10, 9, 6, 1, 7, 3, 8, 2, 4, 5];
    const values = order.map((n) => [`ตัวชี้วัดที่ ${n} ${names[n - 1]}`, seed2565[n - 1]]);
    const r = recognized(values);
    expect(r.current.cells.get(10)).toEqual({ row: 3, column: 3 });
    expect(r.current.cells.get(5)).toEqual({ row: 12, column: 3 });
  });

  it("prefers names over a rank column of numbers 1–10", () => {
    const order = [10, 9, 6, 1, 7, 3, 8, 2, 4, 5];
    const values = order.map((n, i) => [i + 1, names[n - 1], seed2565[n - 1]]);
    const r = recognized(values);
    expect(r.current.cells.get(10)).toEqual({ row: 3, column: 4 });
  });

  it("accepts Thai digits, percent signs and pasted spaces", () => {
    const r = recognized([["๙๑.๒๑"], [" 85.08 "], ["87.53%"], ...seed2565.slice(3).map((v) => [v])]);
    expect(r.current.scores.size).toBe(10);
  });

  it("lists every bad cell with its sheet and address", () => {
    const values = seed2565.map((v) => [v] as unknown[]);
    values[1] = ["n/a"];
    values[6] = ["#N/A"];
    values[8] = [""];
    const result = recognizeScores(block(values), fy2565);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => formatIssue(issue, "en"))).toEqual([
        'Sheet1!C5: "n/a" is not a score',
        "Sheet1!C10: the cell holds the Excel error #N/A",
        "Sheet1!C12: the cell is blank: no score",
      ]);
    }
  });

  it("refuses a selection of the wrong size and says what to select", () => {
    const result = recognizeScores(block(seed2565.slice(0, 9).map((v) => [v])), fy2565);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("wrong-size");
  });

  it("follows the year in the header over the pane's year, and says so", () => {
    const result = recognizeScores(block([["คะแนน ๒๕๖๕"], ...seed2565.map((v) => [v])]), frameworkFor(2568));
    expect(result.ok && result.value.current.fiscalYear).toBe(2565);
    expect(result.warnings.map((w) => w.code)).toEqual(["header-year-used"]);
  });

  it("refuses a header year without a framework", () => {
    const result = recognizeScores(block([["2561"], ...seed2565.map((v) => [v])]), fy2565);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
        "Sheet1!C4 unsupported-year",
      ]);
  });

  it("refuses two score columns it cannot tell apart", () => {
    const result = recognizeScores(block(seed2565.map((v, i) => [seed2564[i], v])), fy2565);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("ambiguous-years");
  });

  it("refuses a name column that repeats or misses an indicator", () => {
    const values = names.map((name, i) => [i === 3 ? names[2] : name, seed2565[i]]);
    const result = recognizeScores(block(values), fy2565);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.code)).toEqual(["duplicate-indicator", "missing-indicator"]);
  });
});

describe("planOutput", () => {
  const values = [["ตัวชี้วัด", "2564", "2565"], ...names.map((name, i) => [name, seed2564[i], seed2565[i]])];
  const r = recognized(values);
  const assessment = assessmentFromCells(r, "เทศบาลตำบลด่านเกวียน");
  if (!assessment.ok) throw new Error("assessment");
  const result = scoreAssessment(assessment.value);

  it("places the block right of the input, same height, four columns with a previous year", () => {
    const plan = planOutput(r, result, "values");
    expect(plan.address).toBe("Sheet1!F4:I14");
    expect(plan.rowCount).toBe(11);
    expect(plan.columnCount).toBe(4);
  });

  it("writes the seed's figures as values", () => {
    const plan = planOutput(r, result, "values");
    const text = plan.cells.map((row) => row.map((cell) => cell.value));
    expect(text[0]).toEqual(["การเปลี่ยนแปลง", "อันดับ", "รายการ", "ผล ITA 2565"]);
    expect(text[1]).toEqual([3.28, 4, "คะแนน IIT", 86.55]);
    expect(text[4]?.slice(2)).toEqual(["คะแนนรวม", 91.96]);
    expect(text[5]?.slice(2)).toEqual(["ระดับผลการประเมิน", "A"]);
    expect(text[10]?.slice(0, 2)).toEqual([18.75, 1]);
    expect(resultJson(result).total).toBe(91.96);
  });

  it("writes live formulas over the input cells", () => {
    const plan = planOutput(r, result, "formulas");
    const formula = (row: number, column: number) => plan.cells[row]?.[column]?.formula;
    expect(formula(1, 0)).toBe("E5-D5");
    expect(formula(1, 1)).toBe("IF(COUNT(E5:E14)=10,1+SUMPRODUCT(--(E5:E14>E5)),NA())");
    expect(formula(5, 1)).toBe("IF(COUNT(E5:E14)=10,1+SUMPRODUCT(--(E5:E14>E9))+COUNTIF(E5:E8,E9),NA())");
    expect(formula(1, 3)).toBe("IF(COUNT(E5:E9)=5,AVERAGE(E5:E9),NA())");
    expect(formula(4, 3)).toBe("0.3*I5+0.3*I6+0.4*I7");
    expect(formula(5, 3)).toBe('LOOKUP(ROUND(I8,2),{0,50,55,65,75,85,95},{"F","E","D","C","B","A","AA"})');
    expect(formula(6, 3)).toBe('IF(ROUND(I8,2)>=85,"ผ่านเกณฑ์","ไม่ผ่านเกณฑ์")');
  });
});

describe("recognizeScores with more than two years", () => {
  it("orders the years by the header, newest first, and keeps older years as history", () => {
    const values = [
      ["ตัวชี้วัด", "2563", "2565", "2564"],
      ...names.map((name, i) => [name, 70 + i, seed2565[i], seed2564[i]]),
    ];
    const result = recognizeScores(block(values), fy2565);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(result.value.current.fiscalYear).toBe(2565);
    expect(result.value.previous?.fiscalYear).toBe(2564);
    expect(result.value.history.map((year) => year.fiscalYear)).toEqual([2563]);
    const assessment = assessmentFromCells(result.value);
    expect(assessment.ok && assessment.value.history?.map((year) => year.fiscalYear)).toEqual([2563]);
  });

  it("refuses three columns without a year for each", () => {
    const result = recognizeScores(
      block(names.map((name, i) => [name, 70, seed2565[i], seed2564[i]])),
      fy2565
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("ambiguous-years");
  });
});
