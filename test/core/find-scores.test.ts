import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exactToNumber, formatIssue, readItemEntries, ValidationIssue } from "../../src/core";
import { findScores, FoundScores } from "../../src/core/find-scores";
import { frameworkFor } from "./helpers";
import { SEED_2564, SEED_2565 } from "../support/seed";

const fy2565 = frameworkFor(2565);

function pasted(name: string): unknown[][] {
  const text = readFileSync(join(__dirname, "..", "fixtures", "pasted", name), "utf8");
  return (JSON.parse(text) as { rows: unknown[][] }).rows;
}

function found(values: unknown[][], row = 0, column = 0): FoundScores {
  const result = findScores("Sheet1", { row, column }, values, fy2565);
  if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue)).join("\n"));
  return result.value;
}

/** Indicator number → year → score, as plain numbers. */
function byYear(result: FoundScores, year: number): (number | undefined)[] {
  return fy2565.indicators.map((indicator) => {
    const entry = result.found.find((f) => f.indicator === indicator.number);
    const value = entry?.values.find((v) => v.year === year);
    return value ? exactToNumber(value.score) : undefined;
  });
}

const located = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `${issue.location} ${issue.code}`);

describe("findScores on the seed's comparison table (rank order, Thai digits, signed changes)", () => {
  it.each([
    ["one value per cell", "comparison.cells.json"],
    ["split on the markdown pipes", "comparison-pipe-split.cells.json"],
    ["with each pipe in a cell", "comparison-pipe-cells.cells.json"],
  ])("reads the 2564 and 2565 scores of all ten indicators, %s", (_, fixture) => {
    const result = found(pasted(fixture));
    expect(result.years).toEqual([2564, 2565]);
    expect(byYear(result, 2565)).toEqual(SEED_2565);
    expect(byYear(result, 2564)).toEqual(SEED_2564);
    expect(result.unmatched).toEqual([]);
    expect(result.mismatches).toEqual([]);
  });

  it("checks all ten changes, and they agree", () => {
    const result = found(pasted("comparison.cells.json"));
    const changes = result.checks.filter((check) => check.kind === "change");
    expect(changes).toHaveLength(10);
    expect(changes.every((check) => check.agrees)).toBe(true);
    expect(changes[0]).toMatchObject({ subject: "10", cell: "Sheet1!E3" });
    expect(exactToNumber(changes[0]?.stated ?? changes[0]!.computed)).toBe(18.75);
  });

  it("names the cells where each score sits, wherever the table was pasted", () => {
    const result = found(pasted("comparison.cells.json"), 4, 1);
    const indicator10 = result.found.find((entry) => entry.indicator === 10);
    expect(indicator10?.labelCell).toBe("Sheet1!C7");
    expect(indicator10?.values.map((value) => [value.year, value.cell])).toEqual([
      [2564, "Sheet1!D7"],
      [2565, "Sheet1!E7"],
    ]);
  });

  it("reports an altered change as a mismatch naming its cell", () => {
    const values = pasted("comparison.cells.json");
    const row = values.findIndex((line) => line.includes("การใช้อำนาจ"));
    values[row]![4] = "+๕.๗๕";
    const result = found(values);
    expect(located(result.mismatches)).toEqual([`Sheet1!E${row + 1} change-mismatch`]);
    expect(result.mismatches[0]?.messageEn).toBe(
      "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45"
    );
    expect(byYear(result, 2565)).toEqual(SEED_2565);
  });

  it("takes a change of a rounding step (0.01) as agreeing", () => {
    const values = pasted("comparison.cells.json");
    const row = values.findIndex((line) => line.includes("การใช้อำนาจ"));
    values[row]![4] = "5.46";
    expect(found(values).mismatches).toEqual([]);
  });
});

describe("findScores on the seed's per-tool tables", () => {
  it("reads each indicator's score under 'ผลคะแนน' as the framework's year, between the sentences", () => {
    const result = found(pasted("per-tool.cells.json"));
    expect(result.years).toEqual([2565]);
    expect(byYear(result, 2565)).toEqual(SEED_2565);
    expect(result.unmatched).toEqual([]);
  });

  it("agrees with the comparison table when both are on the sheet", () => {
    const result = found([...pasted("comparison.cells.json"), [], ...pasted("per-tool.cells.json")]);
    expect(byYear(result, 2565)).toEqual(SEED_2565);
    expect(result.mismatches).toEqual([]);
  });

  it("reports a per-tool score that contradicts the comparison table", () => {
    const tools = pasted("per-tool.cells.json");
    const row = tools.findIndex((line) => String(line[0]).includes("การใช้อำนาจ"));
    tools[row]![1] = "๘๗.๓๕";
    const comparison = pasted("comparison.cells.json");
    const result = found([...comparison, [], ...tools]);
    expect(located(result.mismatches)).toEqual([`Sheet1!B${comparison.length + 2 + row} conflicting-score`]);
  });
});

describe("findScores checks tool scores and the total against the core", () => {
  const table = (iit: string, total: string): unknown[][] => [
    ["ตัวชี้วัด", "ผลคะแนน"],
    ...fy2565.indicators.map((indicator, i) => [indicator.nameTh, SEED_2565[i]]),
    ["IIT", iit],
    ["คะแนนรวม", total],
  ];

  it("accepts the seed's IIT 86.55 and total 91.96", () => {
    const result = found(table("86.55", "๙๑.๙๖"));
    expect(result.checks.map((check) => [check.kind, check.subject, check.agrees])).toEqual([
      ["tool", "IIT", true],
      ["total", "total", true],
    ]);
    expect(result.mismatches).toEqual([]);
  });

  it("reports a tool score or a total more than 0.01 away, at its cell", () => {
    const result = found(table("86.75", "91.69"));
    expect(located(result.mismatches)).toEqual(["Sheet1!B12 tool-mismatch", "Sheet1!B13 total-mismatch"]);
  });
});

describe("findScores matches names tolerantly and lists what it cannot match", () => {
  it("reads the seed's short forms, 'ตัวชี้วัดที่ ๕', English names and odd spacing", () => {
    const result = found([
      ["ตัวชี้วัด", "คะแนน 2565"],
      ["การปรับปรุงการทำงาน", 86.33],
      ["ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ", "๘๔.๔๗"],
      ["ตัวชี้วัดที่ ๕", 84.47],
      ["Use of  budget", "85.08 %"],
      ["การ ใช้ อำนาจ", 87.53],
    ]);
    expect(result.found.map((entry) => entry.indicator)).toEqual([2, 3, 4, 5, 8]);
  });

  it("lists a row it cannot name, and never guesses its indicator", () => {
    const result = found([
      ["ตัวชี้วัด", "คะแนน 2565"],
      ["การใช้อำนาจ", 87.53],
      ["การบริหารจัดการ", 70],
    ]);
    expect(result.found.map((entry) => entry.indicator)).toEqual([3]);
    expect(result.unmatched).toEqual([
      { cell: "Sheet1!A3", position: { row: 2, column: 0 }, text: "การบริหารจัดการ" },
    ]);
  });

  it("lists a score cell that is not a score", () => {
    const result = found([
      ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
      ["การใช้อำนาจ", "n/a", 87.53],
    ]);
    expect(result.unmatched.map((cell) => [cell.cell, cell.text])).toEqual([["Sheet1!B2", "n/a"]]);
  });

  it("does not take a table of contents' numbering for indicator numbers", () => {
    const result = findScores("Sheet1", { row: 0, column: 0 }, [["๑. หลักการและเหตุผล", "๑"]], fy2565);
    expect(result.ok).toBe(false);
    expect(!result.ok && located(result.issues)).toEqual(["Sheet1 no-scores-found"]);
  });
});

describe("findScores reads item results", () => {
  it("reads i28, I28, ข้อ i๒๘, E๑๑ and O๑๑ followed by a score or a pass/fail word", () => {
    const result = found([
      ["i28", 80.5],
      ["ข้อ i๒๙", "๗๙.๑๐"],
      ["E๑๑", "เจ้าหน้าที่ของหน่วยงานมีการปรับปรุงคุณภาพ", 81],
      ["ข้อO๑๑", "ไม่ผ่าน"],
      ["O12", "ไม่มี"],
      ["o13", "มี"],
    ]);
    expect(result.items.map((item) => [item.keyLocation, item.valueLocation])).toEqual([
      ["Sheet1!A1", "Sheet1!B1"],
      ["Sheet1!A2", "Sheet1!B2"],
      ["Sheet1!A3", "Sheet1!C3"],
      ["Sheet1!A4", "Sheet1!B4"],
      ["Sheet1!A5", "Sheet1!B5"],
      ["Sheet1!A6", "Sheet1!B6"],
    ]);
    const issues: ValidationIssue[] = [];
    const read = readItemEntries(result.items, fy2565, issues);
    expect(issues).toEqual([]);
    expect(exactToNumber(read.perception.get("i29")!)).toBe(79.1);
    expect(read.oit.get("o11")).toBe(false);
    expect(read.oit.get("o13")).toBe(true);
  });

  it("lists the seed's 1๒๘ and 0๑๑ (a digit for the letter) as unmatched, with the code meant, never read as it", () => {
    const result = found([
      ["i28", 80.5],
      ["1๒๘", "๘๐.๑"],
      ["ข้อ 0๑๑", "ไม่ผ่าน"],
    ]);
    expect(result.items.map((item) => item.key)).toEqual(["i28"]);
    expect(result.unmatched.map((cell) => [cell.cell, cell.text, cell.didYouMean])).toEqual([
      ["Sheet1!A2", "1๒๘", "i28"],
      ["Sheet1!A3", "ข้อ 0๑๑", "o11"],
    ]);
  });

  it("reads a score written with mixed digits (1๐๐) as a score, not as a misread item code", () => {
    const rows = [
      ["ตัวชี้วัด", "คะแนน ๒๕๖๕"],
      ...fy2565.indicators.map((indicator, i) => [indicator.nameTh, i === 9 ? "1๐๐" : SEED_2565[i]]),
    ];
    const result = found(rows);
    expect(byYear(result, 2565)).toEqual(SEED_2565);
    expect(result.unmatched).toEqual([]);
  });
});

describe("findScores and headers that cannot say which year a column is", () => {
  const names = fy2565.indicators.map((indicator) => indicator.nameTh);
  const rows = (header: unknown[]) => [header, ...names.map((name, i) => [name, SEED_2564[i], SEED_2565[i]])];

  it("reads 'คะแนนปีก่อน' as the year before the framework's year, beside this year's column", () => {
    const result = found(rows(["ตัวชี้วัด", "คะแนนปีก่อน", "คะแนนปีนี้"]));
    expect(result.years).toEqual([2564, 2565]);
    expect(byYear(result, 2564)).toEqual(SEED_2564);
    expect(byYear(result, 2565)).toEqual(SEED_2565);
    expect(result.unreadableColumns).toEqual([]);
  });

  it("reads neither of two year-less score columns, and says why at each header", () => {
    const outcome = findScores("Sheet1", { row: 0, column: 0 }, rows(["ตัวชี้วัด", "คะแนน", "ผลคะแนน"]), fy2565);
    expect(!outcome.ok && outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!B1 year-less-columns",
      "Sheet1!C1 year-less-columns",
      "Sheet1 no-scores-found",
    ]);
  });

  it("reads no column headed by a Common-Era year, and asks for the Buddhist-era one", () => {
    const outcome = findScores("Sheet1", { row: 0, column: 0 }, rows(["ตัวชี้วัด", "คะแนน 2021", 2022]), fy2565);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!B1 common-era-header",
      "Sheet1!C1 common-era-header",
      "Sheet1 no-scores-found",
    ]);
    expect(!outcome.ok && outcome.issues[1]?.messageEn).toContain("write the Buddhist-era year (2565)");
  });
});
