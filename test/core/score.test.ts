import { exactFromDecimalString, exactFromNumber, Exact, roundHalfUpToString } from "../../src/core/exact";
import { frameworkFor, Framework } from "./helpers";
import {
  indicatorDelta,
  indicatorRanks,
  isPassing,
  oitIndicatorScores,
  oitSubIndicatorScores,
  ratingFor,
  scoreYear,
  toolScores,
  weightedTotal,
} from "../../src/core/score";
import { LETTER_RATING, WORD_RATING } from "../../src/core/frameworks/standard";

const d = (text: string): Exact => {
  const value = exactFromDecimalString(text);
  if (!value) throw new Error(text);
  return value;
};
const r2 = (value: Exact) => roundHalfUpToString(value, 2);
const scoresOf = (values: readonly number[]) => new Map(values.map((v, i) => [i + 1, exactFromNumber(v)]));

const fy2565: Framework = frameworkFor(2565);
const fy2566: Framework = frameworkFor(2566);

describe("tool scores and the weighted total (ITA.md §1)", () => {
  const seed = scoresOf([91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0]);

  it("gives the seed's tools IIT 86.55, EIT 89.98, OIT 97.50 and total 91.96", () => {
    const tools = toolScores(fy2565, seed);
    expect(r2(tools.IIT)).toBe("86.55");
    expect(roundHalfUpToString(tools.IIT, 3)).toBe("86.552");
    expect(r2(tools.EIT)).toBe("89.98");
    expect(r2(tools.OIT)).toBe("97.50");
    const total = weightedTotal(fy2565, tools);
    expect(roundHalfUpToString(total, 4)).toBe("91.9596");
    expect(r2(total)).toBe("91.96");
  });

  it("weights full-precision tools, not rounded ones (a total of exactly 86.515 prints 86.52)", () => {
    // Float arithmetic gives 86.51499999999999 here and would print 86.51.
    const scores = scoresOf([93.46, 93.73, 83.96, 77.16, 86.94, 67.84, 95.88, 81.96, 95.02, 84.14]);
    const total = weightedTotal(fy2565, toolScores(fy2565, scores));
    expect(roundHalfUpToString(total, 6)).toBe("86.515000");
    expect(r2(total)).toBe("86.52");
  });

  it("prints 81.725 as 81.73 although binary floats say 81.72", () => {
    const scores = scoresOf([77.92, 70.96, 74.74, 61.15, 76.73, 96.18, 79.27, 93.94, 79.49, 85.99]);
    expect(r2(weightedTotal(fy2565, toolScores(fy2565, scores)))).toBe("81.73");
  });

  it("keeps EIT as an exact third: rounding tools first would change the total", () => {
    // EIT = 254.95 / 3 = 84.98333…; total = 25.5 + 25.495 + 34 = 84.995 exactly.
    const scores = scoresOf([85, 85, 85, 85, 85, 84.95, 85, 85, 85, 85]);
    const tools = toolScores(fy2565, scores);
    expect(r2(tools.EIT)).toBe("84.98");
    const total = weightedTotal(fy2565, tools);
    expect(roundHalfUpToString(total, 6)).toBe("84.995000");
    expect(r2(total)).toBe("85.00");
    const withRoundedTools = 0.3 * 85 + 0.3 * 84.98 + 0.4 * 85;
    expect(withRoundedTools.toFixed(3)).toBe("84.994");
  });
});

describe("pass and rating are judged on the printed total (ITA.md §1–2)", () => {
  it("passes 84.995, which prints 85.00, and fails 84.994", () => {
    expect(isPassing(fy2565, d("84.995"))).toBe(true);
    expect(isPassing(fy2565, d("84.994"))).toBe(false);
    expect(isPassing(fy2565, d("85"))).toBe(true);
  });

  it.each([
    ["100", "AA"],
    ["95.00", "AA"],
    ["94.995", "AA"],
    ["94.994", "A"],
    ["91.96", "A"],
    ["85.00", "A"],
    ["84.99", "B"],
    ["75.00", "B"],
    ["74.99", "C"],
    ["65.00", "C"],
    ["64.99", "D"],
    ["55.00", "D"],
    ["54.99", "E"],
    ["50.00", "E"],
    ["49.99", "F"],
    ["40.00", "F"],
    ["0", "F"],
  ])("rates a 2565 total of %s as %s (letters, the published bands)", (total, grade) => {
    expect(ratingFor(LETTER_RATING, d(total))?.rating).toBe(grade);
  });

  it("does not copy the seed's wrong table: 90 is A, not AA; 45 is F, not E", () => {
    expect(ratingFor(fy2565.rating, d("90"))?.rating).toBe("A");
    expect(ratingFor(fy2565.rating, d("45"))?.rating).toBe("F");
  });

  const tools = (iit: string, eit: string, oit: string) => ({ IIT: d(iit), EIT: d(eit), OIT: d(oit) });

  it.each([
    ["96", ["95", "96", "97"], "ผ่านดีเยี่ยม"],
    ["95.81", ["94", "96", "97"], "ผ่านดี"],
    ["97.29", ["90", "99", "100"], "ผ่านดี"],
    ["91.15", ["80", "95", "96"], "ผ่าน"],
    ["86.78", ["84.99", "90", "86"], "ผ่าน"],
    ["86", ["84.995", "85", "88"], "ผ่านดี"],
    ["84.99", ["99", "99", "60"], "ต้องปรับปรุง"],
    ["70", ["70", "70", "70"], "ต้องปรับปรุง"],
    ["69.99", ["70", "70", "70"], "ต้องปรับปรุงโดยด่วน"],
    ["0", ["0", "0", "0"], "ต้องปรับปรุงโดยด่วน"],
  ] as const)(
    "rates a 2566 total of %s with tools %j as %s (words with tool conditions)",
    (total, [i, e, o], rating) => {
      expect(ratingFor(fy2566.rating, d(total), tools(i, e, o))?.rating).toBe(rating);
    }
  );

  it("refuses to guess a 2566 rating of 85 or more without the tool scores", () => {
    expect(ratingFor(WORD_RATING, d("91"))).toBeUndefined();
    expect(ratingFor(WORD_RATING, d("80"))?.rating).toBe("ต้องปรับปรุง");
  });
});

describe("ranks and deltas (ITA.md §4)", () => {
  it("ranks by this year's score, ties in indicator order, as the seed ranks its two 84.47", () => {
    const ranks = indicatorRanks(
      scoresOf([91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0])
    );
    expect([...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n)).toEqual([
      10, 9, 6, 1, 7, 3, 8, 2, 4, 5,
    ]);
  });

  it("ranks at full precision and ties only equal scores, keeping indicator order", () => {
    const ranks = indicatorRanks(
      new Map([
        [1, d("80.004")],
        [2, d("80.005")],
        [3, d("80.004")],
      ])
    );
    expect(ranks.get(2)).toBe(1);
    expect(ranks.get(1)).toBe(2);
    expect(ranks.get(3)).toBe(3);
  });

  it("rounds a change only for output: 91.21 against 87.935 is +3.275, printed 3.28", () => {
    expect(r2(indicatorDelta(d("91.21"), d("87.935")))).toBe("3.28");
  });

  it("gives signed deltas", () => {
    expect(r2(indicatorDelta(d("94.31"), d("57.81")))).toBe("36.50");
    expect(r2(indicatorDelta(d("95"), d("97.5")))).toBe("-2.50");
    expect(r2(indicatorDelta(d("91.21"), d("87.93")))).toBe("3.28");
  });
});

describe("OIT from item results (ITA.md §3)", () => {
  const oit = fy2565.oit?.subIndicators ?? [];
  const allPassed = () =>
    new Map(oit.flatMap((sub) => sub.items.map((item) => [item.code, true] as [string, boolean])));

  it("scores a sub-indicator as the percentage passed and an indicator as the mean of sub-indicators", () => {
    const results = allPassed();
    results.set("o11", false);
    results.set("o12", false);
    const subs = oitSubIndicatorScores(oit, results);
    expect(subs.find((s) => s.id === "9.2")?.failedItems).toEqual(["o11", "o12"]);
    expect(r2(subs.find((s) => s.id === "9.2")?.score ?? d("-1"))).toBe("75.00");
    const indicators = oitIndicatorScores(oit, results);
    // The seed: 95.00, where a mean over the 33 items of indicator 9 would give 93.94.
    expect(r2(indicators.get(9) ?? d("-1"))).toBe("95.00");
    expect(r2(indicators.get(10) ?? d("-1"))).toBe("100.00");
  });

  it("computes only indicators whose items are all present", () => {
    const results = allPassed();
    results.delete("o5");
    const indicators = oitIndicatorScores(oit, results);
    expect(indicators.has(9)).toBe(false);
    expect(indicators.has(10)).toBe(true);
  });

  it("keeps thirds exact: one failed item of three sub-indicator items", () => {
    const subs = oitSubIndicatorScores(
      [
        {
          id: "x",
          indicator: 9,
          nameTh: "x",
          items: [
            { code: "o1", nameTh: "" },
            { code: "o2", nameTh: "" },
            { code: "o3", nameTh: "" },
          ],
        },
      ],
      new Map([
        ["o1", true],
        ["o2", true],
        ["o3", false],
      ])
    );
    expect(roundHalfUpToString(subs[0]?.score ?? d("0"), 4)).toBe("66.6667");
  });
});

describe("scoreYear", () => {
  it("scores the seed's previous year 2564 as 78.20, B", () => {
    const year = scoreYear(
      frameworkFor(2564),
      scoresOf([87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25])
    );
    expect(r2(year.total)).toBe("78.20");
    expect(year.rating.rating).toBe("B");
    expect(year.passed).toBe(false);
    expect([r2(year.tools.IIT), r2(year.tools.EIT), r2(year.tools.OIT)]).toEqual(["79.52", "61.97", "89.38"]);
  });
});
