import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assessmentFromFound,
  exactToNumber,
  findScoresNamingYear,
  FoundAssessmentOptions,
  FoundScores,
  gridFromPastedText,
  scoreAssessment,
  ValidationIssue,
} from "../../src/core";
import { frameworkFor } from "./helpers";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

const fy2565 = frameworkFor(2565);
const fy2568 = frameworkFor(2568);

const pasted = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "pasted", name), "utf8");

function found(rows: unknown[][], framework = fy2568): FoundScores {
  const result = findScoresNamingYear("Sheet1", { row: 0, column: 0 }, rows, framework);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.messageEn).join("\n"));
  return result.value;
}

const located = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `${issue.location} ${issue.code}`);

/** A table headed by years, one row per indicator name, the columns in `years` order. */
function table(
  years: number[],
  columns: (readonly number[])[],
  names: readonly string[] = INDICATOR_NAMES
): unknown[][] {
  return [
    ["ตัวชี้วัด", ...years.map((year) => `คะแนน ${year}`)],
    ...names.map((name, i) => [name, ...columns.map((column) => column[i] ?? 0)]),
  ];
}

describe("findScoresNamingYear", () => {
  it("takes the year a header names, and puts year-less columns in that year", () => {
    const rows = gridFromPastedText(pasted("seed-sections-3-5.txt"));
    const result = found(rows);
    expect(result.years).toEqual([2564, 2565]);
    expect(result.mismatches).toEqual([]);
  });

  it("keeps the chosen year when no header names one", () => {
    expect(found(gridFromPastedText(pasted("per-tool.txt")), fy2565).years).toEqual([2565]);
    expect(found(gridFromPastedText(pasted("per-tool.txt"))).years).toEqual([2568]);
  });
});

describe("assessmentFromFound", () => {
  it("makes the seed's assessment from its comparison table: 2565 with 2564 as the previous year", () => {
    const result = assessmentFromFound(
      found(gridFromPastedText(pasted("comparison-markdown.txt"))),
      fy2568,
      "เทศบาลตำบลด่านเกวียน",
      { yearChosen: false }
    );
    if (!result.ok) throw new Error(located(result.issues).join("\n"));
    expect(result.warnings).toEqual([]);
    const scored = scoreAssessment(result.value);
    expect(scored.assessment.agency).toBe("เทศบาลตำบลด่านเกวียน");
    expect(scored.current.fiscalYear).toBe(2565);
    expect(exactToNumber(scored.current.total)).toBeCloseTo(91.9596, 10);
    expect(scored.previous?.fiscalYear).toBe(2564);
    expect([...result.value.previous!.scores.values()].map(exactToNumber)).toEqual(SEED_2564);
  });

  it("warns that the header's year was used when the officer chose another", () => {
    const result = assessmentFromFound(found(table([2564, 2565], [SEED_2564, SEED_2565])), fy2568);
    expect(result.ok && located(result.warnings)).toEqual(["Sheet1!C2 header-year-used"]);
  });

  it("warns when no header names the year and the chosen one is assumed", () => {
    const rows = [["ตัวชี้วัด", "ผลคะแนน"], ...INDICATOR_NAMES.map((name, i) => [name, SEED_2565[i]])];
    const result = assessmentFromFound(found(rows, fy2565), fy2565);
    expect(result.ok && located(result.warnings)).toEqual(["Sheet1 year-assumed"]);
    expect(result.ok && result.value.previous).toBeUndefined();
  });

  it("ends the warning that the latest year was assumed with how the host chooses a year", () => {
    const rows = [["ตัวชี้วัด", "ผลคะแนน"], ...INDICATOR_NAMES.map((name, i) => [name, SEED_2565[i]])];
    const warningsWith = (options: FoundAssessmentOptions) =>
      assessmentFromFound(found(rows), fy2568, undefined, { yearChosen: false, ...options }).warnings.map(
        (warning) => `${warning.messageTh} / ${warning.messageEn}`
      );
    const assumed = "ไม่มีหัวตารางใดระบุปี จึงถือว่าคะแนนเป็นของปีงบประมาณ 2568 ซึ่งเป็นปีล่าสุดที่รองรับ หากไม่ใช่ปีนี้";
    const assumedEn =
      "no table header names a year, so the scores are taken as fiscal year 2568, the latest supported; if that is not their year,";
    expect(warningsWith({})).toEqual([`${assumed} โปรดเลือกปีงบประมาณ / ${assumedEn} choose the fiscal year`]);
    expect(warningsWith({ chooseYear: { th: "โปรดระบุ --year", en: "pass --year" } })).toEqual([
      `${assumed} โปรดระบุ --year / ${assumedEn} pass --year`,
    ]);
  });

  it("refuses without every indicator of the latest year, naming each missing one, never guessing", () => {
    const names = INDICATOR_NAMES.filter((_, i) => i !== 3 && i !== 7);
    const rows = table([2565], [SEED_2565.filter((_, i) => i !== 3 && i !== 7)], names);
    const result = assessmentFromFound(found(rows), fy2568);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.messageTh)).toEqual([
      "ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
      "ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน",
    ]);
  });

  it("takes the latest year as the fiscal year, even when an older year is the complete one", () => {
    const rows = [...table([2564], [SEED_2564]), [], ["ตัวชี้วัด", "คะแนน 2565"], ["การใช้อำนาจ", 87.53]];
    const result = assessmentFromFound(found(rows), fy2568);
    expect(!result.ok && result.issues).toHaveLength(9);
  });

  it("leaves an incomplete earlier year out of the comparison with a warning, and keeps older complete years", () => {
    const partial2564 = SEED_2564.map((score, i) => (i === 0 ? "" : score)) as unknown as number[];
    const rows = table([2563, 2564, 2565], [SEED_2564, partial2564, SEED_2565]);
    const result = assessmentFromFound(found(rows), fy2565);
    if (!result.ok) throw new Error(located(result.issues).join("\n"));
    expect(result.warnings.map((warning) => warning.messageEn)).toEqual([
      "the scores of 2564 are left out of the comparison: indicator(s) 1 not found",
    ]);
    expect(result.value.previous?.fiscalYear).toBe(2563);
    expect(result.value.history).toEqual([]);
  });

  it("puts years before the previous one into the history, oldest first", () => {
    const rows = table([2562, 2563, 2564, 2565], [SEED_2564, SEED_2564, SEED_2564, SEED_2565]);
    const result = assessmentFromFound(found(rows), fy2565);
    expect(result.ok && result.value.previous?.fiscalYear).toBe(2564);
    expect(result.ok && result.value.history?.map((year) => year.fiscalYear)).toEqual([2562, 2563]);
  });

  it("refuses a year without a framework, at its first score", () => {
    const result = assessmentFromFound(found(table([2570], [SEED_2565])), fy2568);
    expect(!result.ok && located(result.issues)).toEqual(["Sheet1!B2 unsupported-year"]);
  });

  describe("a stated change that disagrees (a typo in the report)", () => {
    const altered = () => found(gridFromPastedText(pasted("comparison-tabs.txt").replace("+๕.๔๕", "+๕.๗๕")));

    it("refuses by default, naming the cell", () => {
      const result = assessmentFromFound(altered(), fy2568);
      expect(!result.ok && located(result.issues)).toEqual(["Sheet1!E9 change-mismatch"]);
    });

    it("is a warning when the officer accepts mismatches", () => {
      const result = assessmentFromFound(altered(), fy2568, undefined, { acceptMismatches: true });
      expect(result.ok && located(result.warnings)).toEqual([
        "Sheet1!E9 change-mismatch",
        "Sheet1!D4 header-year-used",
      ]);
    });
  });

  it("reads item results found beside the scores, and refuses unknown items at their cell", () => {
    const rows = [...table([2565], [SEED_2565]), [], ["i28", "80.10"], ["O๑๑", "ไม่ผ่าน"], ["i31", 70]];
    const result = assessmentFromFound(found(rows, fy2565), fy2565);
    expect(!result.ok && located(result.issues)).toEqual(["Sheet1!A15 unknown-item"]);
    const fine = assessmentFromFound(found(rows.slice(0, -1), fy2565), fy2565);
    expect(fine.ok && exactToNumber(fine.value.perceptionItems.get("i28")!)).toBe(80.1);
    expect(fine.ok && fine.value.oitResults.get("o11")).toBe(false);
  });

  it("warns about text beside scores that names no indicator", () => {
    const rows = [...table([2565], [SEED_2565]), ["การบริหารจัดการ", 70]];
    const result = assessmentFromFound(found(rows, fy2565), fy2565);
    expect(result.ok && located(result.warnings)).toEqual(["Sheet1!A12 not-read"]);
  });

  it("warns about the seed's 1๒๘ with the code it probably means, and does not read it", () => {
    const rows = [...table([2565], [SEED_2565]), ["1๒๘", "๘๐.๑"]];
    const result = assessmentFromFound(found(rows, fy2565), fy2565);
    if (!result.ok) throw new Error("refused");
    expect(located(result.warnings)).toEqual(["Sheet1!A12 not-read-digit-for-letter"]);
    expect(result.warnings[0]?.messageEn).toContain("did you mean i28?");
    expect(result.value.perceptionItems.has("i28")).toBe(false);
  });

  it("never accepts one indicator and year read twice with different scores, even with --accept-mismatches", () => {
    const rows = [
      ...table([2565], [SEED_2565]),
      [],
      ...table([2565], [SEED_2565.map((v, i) => (i === 2 ? 87.35 : v))]),
    ];
    const result = assessmentFromFound(found(rows, fy2565), fy2565, undefined, { acceptMismatches: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && located(result.issues)).toEqual(["Sheet1!B16 conflicting-score"]);
  });
});
