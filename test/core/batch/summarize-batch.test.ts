import {
  AGENCIES_SHEET_NAME,
  batchSheetLayouts,
  csvRows,
  readAgencies,
  summarizeBatch,
  SUMMARY_SHEET_NAME,
} from "../../../src/core/batch";
import { roundHalfUpToString } from "../../../src/core";

const header = ["agency", "province", "fiscalYear", ...Array.from({ length: 10 }, (_, i) => `ind${i + 1}`)];
const header2 = [...header, "previousFiscalYear", ...Array.from({ length: 10 }, (_, i) => `prev${i + 1}`)];
const same = (score: number) => Array.from({ length: 10 }, () => score);
const noPrevious = Array.from({ length: 11 }, () => "");

/**
 * Five agencies whose indicators are all equal, so tools and totals are that value by hand:
 * ก 90 (2565, 80 the year before), ข 96, ค 90 (ties ก), ง 70 with indicator 10 at 40, จ 85 (2568).
 */
const lines = [
  header2.join(","),
  ["ก", "ขอนแก่น", 2565, ...same(90), 2564, ...same(80)].join(","),
  ["ข", "เลย", 2565, ...same(96), ...noPrevious].join(","),
  ["ค", "ขอนแก่น", 2565, ...same(90), ...noPrevious].join(","),
  ["ง", "", 2565, ...same(70).slice(0, 9), 40, ...noPrevious].join(","),
  ["จ", "ขอนแก่น", 2568, ...same(85), ...noPrevious].join(","),
];

function summary() {
  const reading = readAgencies(csvRows(lines.join("\n")));
  expect(reading.issues).toEqual([]);
  return summarizeBatch(reading.agencies);
}

describe("summarizeBatch", () => {
  it("ranks nationally and within the province, equal totals in file order", () => {
    const results = summary().results;
    expect(
      results.map((r) => [r.agency.agency, r.agency.current.printedTotal, r.nationalRank, r.provinceRank])
    ).toEqual([
      ["ก", 90, 2, 1],
      ["ข", 96, 1, 1],
      ["ค", 90, 3, 2],
      // OIT (70 + 40) / 2 = 55; total 0.3·70 + 0.3·70 + 0.4·55 = 64.
      ["ง", 64, 5, undefined],
      ["จ", 85, 4, 3],
    ]);
  });

  it("gives the change of total against the previous year only where there is one", () => {
    const results = summary().results;
    expect(results[0]?.change && roundHalfUpToString(results[0].change, 2)).toBe("10.00");
    expect(results[1]?.change).toBeUndefined();
  });

  it("counts the ratings of each year's rule, letters and words together", () => {
    const distribution = summary().distribution.map((row) => [row.rating, row.count]);
    expect(distribution).toEqual([
      ["AA", 1],
      ["A", 2],
      ["B", 0],
      ["C", 0],
      ["D", 1],
      ["E", 0],
      ["F", 0],
      ["ผ่านดีเยี่ยม", 0],
      ["ผ่านดี", 1],
      ["ผ่าน", 0],
      ["ต้องปรับปรุง", 0],
      ["ต้องปรับปรุงโดยด่วน", 0],
    ]);
  });

  it("meets the 80 % target with exactly 4 of 5 agencies at 85 or more", () => {
    const s = summary();
    expect(s.passingCount).toBe(4);
    expect(roundHalfUpToString(s.passingShare, 4)).toBe("0.8000");
    expect(s.targetMet).toBe(true);
    expect(s.fiscalYears).toEqual([2565, 2568]);
  });

  it("misses the target when one fewer agency passes", () => {
    const reading = readAgencies(csvRows(lines.slice(0, 5).join("\n")));
    const s = summarizeBatch(reading.agencies);
    expect(roundHalfUpToString(s.passingShare, 4)).toBe("0.7500");
    expect(s.targetMet).toBe(false);
  });

  it("means every indicator exactly and lists the weakest first, equal means in indicator order", () => {
    const s = summary();
    // (90 + 96 + 90 + 70 + 85) / 5 = 86.2; indicator 10: (90 + 96 + 90 + 40 + 85) / 5 = 80.2.
    expect(s.indicatorMeans.map((m) => roundHalfUpToString(m.mean, 2))).toEqual([
      ...Array.from({ length: 9 }, () => "86.20"),
      "80.20",
    ]);
    expect(s.weakestIndicators.map((m) => m.indicator.number)).toEqual([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("batchSheetLayouts", () => {
  it("lays out one row per agency and a summary sheet with a chart", () => {
    const [agencies, overview] = batchSheetLayouts(summary());
    expect(agencies?.name).toBe(AGENCIES_SHEET_NAME);
    expect(agencies?.charts).toEqual([]);
    const cell = (row: number, column: number) =>
      agencies?.cells.find((c) => c.row === row && c.column === column)?.value;
    expect(cell(0, 0)).toBe("หน่วยงาน");
    expect([cell(1, 0), cell(1, 7), cell(1, 8), cell(1, 9), cell(1, 10), cell(1, 11), cell(1, 12)]).toEqual([
      "ก",
      90,
      "A",
      "ผ่าน",
      10,
      2,
      1,
    ]);
    expect(overview?.name).toBe(SUMMARY_SHEET_NAME);
    expect(overview?.charts).toHaveLength(1);
    expect(overview?.charts[0]?.kind).toBe("clusteredBar");
  });
});
