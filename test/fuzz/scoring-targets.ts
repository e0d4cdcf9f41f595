/**
 * Fuzz target for scoring: scoreYear on every framework, the batch's fast path against the exact one, and
 * ratingForHundredths against ratingFor.
 */
import fc from "fast-check";
import {
  Exact,
  exactCompare,
  exactFraction,
  exactFromNumber,
  printed,
  ratingFor,
  ratingForHundredths,
  roundHalfUpToNumber,
  scoreYear,
} from "../../src/core";
import { scoreBatchYear, scoreBatchYearExactly } from "../../src/core/batch";
import { framework, hundredths } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkScore, ZERO } from "./target-checks";

export const scoringTarget = defineTarget({
  name: "scoring",
  covers:
    "scoreYear on every framework with scores of 0–3 decimals: tools within their indicators, total 0–100, a rating, pass at the printed 85; the batch fast path (whole hundredths) equals the exact path; ratingForHundredths equals ratingFor on printed figures",
  weight: 10,
  arbitrary: fc.tuple(
    framework,
    fc.array(
      fc.oneof(
        hundredths.map((value) => exactFraction(BigInt(value), BigInt(100))),
        fc.integer({ min: 0, max: 100000 }).map((value) => exactFraction(BigInt(value), BigInt(1000)))
      ),
      { minLength: 10, maxLength: 10 }
    )
  ),
  check([of, scores]) {
    const byNumber = new Map(of.indicators.map((indicator, i) => [indicator.number, scores[i] ?? ZERO]));
    const year = scoreYear(of, byNumber);
    for (const tool of of.tools) {
      const own = of.indicators
        .filter((indicator) => indicator.tool === tool.id)
        .map((i) => byNumber.get(i.number) ?? ZERO);
      const low = own.reduce((a, b) => (exactCompare(a, b) <= 0 ? a : b));
      const high = own.reduce((a, b) => (exactCompare(a, b) >= 0 ? a : b));
      const score = year.tools[tool.id];
      invariant(
        exactCompare(low, score) <= 0 && exactCompare(score, high) <= 0,
        `tool ${tool.id} outside its indicators`
      );
    }
    checkScore(year.total, "total");
    invariant(
      year.passed === exactCompare(printed(year.total), exactFromNumber(of.passMark)) >= 0,
      "pass is not judged on the printed total"
    );

    const asHundredths = (value: Exact) => Number((value.numerator * BigInt(100)) / value.denominator);
    const twoDecimals = scores.every(
      (score) => (score.numerator * BigInt(100)) % score.denominator === BigInt(0)
    );
    const batchScores = twoDecimals ? scores.map(asHundredths) : scores;
    const fast = scoreBatchYear(of, batchScores);
    const exact = scoreBatchYearExactly(of, batchScores);
    invariant(
      fast.printedTotal === exact.printedTotal &&
        fast.rating === exact.rating &&
        fast.passed === exact.passed &&
        exactCompare(fast.total, exact.total) === 0 &&
        JSON.stringify(fast.printedTools) === JSON.stringify(exact.printedTools),
      "scoreBatchYear's fast path disagrees with the exact path"
    );
    invariant(
      exact.printedTotal === roundHalfUpToNumber(year.total, 2),
      "batch and core print different totals"
    );

    const printedTools = {
      IIT: asHundredths(printed(year.tools.IIT)),
      EIT: asHundredths(printed(year.tools.EIT)),
      OIT: asHundredths(printed(year.tools.OIT)),
    };
    const byHundredths = ratingForHundredths(of.rating, asHundredths(printed(year.total)), printedTools);
    invariant(
      byHundredths === ratingFor(of.rating, year.total, year.tools),
      "ratingForHundredths disagrees with ratingFor"
    );
  },
});
