/**
 * ITA scoring (ITA.md §1–3): tool scores, the weighted total, the rating, pass, ranks and deltas, and OIT
 * indicators from item results. Everything stays exact; rounding happens only where ITA.md says a figure
 * is judged "as printed".
 */
import {
  Exact,
  exactCompare,
  exactFraction,
  exactFromNumber,
  exactMean,
  exactMultiply,
  exactSubtract,
  exactSum,
  roundHalfUp,
} from "./exact";
import { Framework, OitSubIndicator, RatingRow, RatingRule, TOOL_IDS, ToolId } from "./frameworks";

/** Indicator number → score. */
export type IndicatorScores = ReadonlyMap<number, Exact>;

export type ToolScores = Readonly<Record<ToolId, Exact>>;

const thresholds = new Map<number, Exact>();

/** A rule's threshold (85, 95, …) as an exact value, parsed once: ratings are judged millions of times in a batch. */
function threshold(value: number): Exact {
  let exact = thresholds.get(value);
  if (!exact) {
    exact = exactFromNumber(value);
    thresholds.set(value, exact);
  }
  return exact;
}

/** The figure as the report prints it: half-up to 2 decimals, still exact. */
export function printed(value: Exact): Exact {
  return roundHalfUp(value, 2);
}

function indicatorsOf(framework: Framework, tool: ToolId): number[] {
  return framework.indicators
    .filter((indicator) => indicator.tool === tool)
    .map((indicator) => indicator.number);
}

/**
 * The score of one tool: the mean of its indicators (ITA.md §1). Throws if an indicator is missing, which
 * validation rules out before scoring.
 */
export function toolScore(framework: Framework, scores: IndicatorScores, tool: ToolId): Exact {
  return exactMean(
    indicatorsOf(framework, tool).map((number) => {
      const score = scores.get(number);
      if (score === undefined) throw new RangeError(`toolScore: indicator ${number} has no score`);
      return score;
    })
  );
}

/** IIT, EIT and OIT scores at full precision. */
export function toolScores(framework: Framework, scores: IndicatorScores): ToolScores {
  return {
    IIT: toolScore(framework, scores, "IIT"),
    EIT: toolScore(framework, scores, "EIT"),
    OIT: toolScore(framework, scores, "OIT"),
  };
}

/**
 * The weighted total from full-precision tool scores (ITA.md §1: rounding the tools first turns a published
 * 81.45 into 81.46).
 */
export function weightedTotal(framework: Framework, tools: ToolScores): Exact {
  return exactSum(
    framework.tools.map((tool) =>
      exactMultiply(tools[tool.id], exactFraction(BigInt(tool.weightPercent), BigInt(100)))
    )
  );
}

/** ITA.md §1: pass (ผ่านเกณฑ์) is judged on the total as printed, so 84.995 passes. */
export function isPassing(framework: Framework, total: Exact): boolean {
  return exactCompare(printed(total), threshold(framework.passMark)) >= 0;
}

/**
 * The rating of a total (ITA.md §2): the first row of the year's table that holds, judged on the printed
 * total and, for rows with a tool condition, the printed tool scores.
 *
 * Returns `undefined` when the answer depends on tool scores that were not given (from 2566 a total of
 * 85 or more is ผ่านดีเยี่ยม, ผ่านดี or ผ่าน depending on the tools): never a guess.
 */
export function ratingFor(rule: RatingRule, total: Exact, tools?: ToolScores): RatingRow | undefined {
  const printedTotal = printed(total);
  for (const row of rule.rows) {
    if (exactCompare(printedTotal, threshold(row.minTotal)) < 0) continue;
    if (row.minEveryTool === undefined) return row;
    if (tools === undefined) return undefined;
    const toolMinimum = threshold(row.minEveryTool);
    if (TOOL_IDS.every((id) => exactCompare(printed(tools[id]), toolMinimum) >= 0)) return row;
  }
  return undefined;
}

/**
 * Ranks indicators by this year's score, highest first; equal scores keep indicator order (ITA.md §4: the
 * seed ranks its two 84.47 as 9 then 10). Full precision, like every figure that ITA.md does not say is
 * judged as printed. Returns indicator number → rank (1-based).
 */
export function indicatorRanks(scores: IndicatorScores): Map<number, number> {
  const order = [...scores.entries()].sort(
    ([numberA, scoreA], [numberB, scoreB]) => exactCompare(scoreB, scoreA) || numberA - numberB
  );
  return new Map(order.map(([number], index) => [number, index + 1]));
}

/**
 * Change of a score against the previous year at full precision (ITA.md §1: round only for output). With
 * the two-decimal scores the NACC publishes, the printed change is exactly the difference of the printed
 * scores.
 */
export function indicatorDelta(current: Exact, previous: Exact): Exact {
  return exactSubtract(current, previous);
}

/** One OIT sub-indicator from item results: the percentage of its items passed (ITA.md §3). */
export interface OitSubIndicatorResult {
  readonly id: string;
  readonly indicator: number;
  readonly nameTh: string;
  readonly score: Exact;
  readonly failedItems: readonly string[];
}

/**
 * Sub-indicator scores for every sub-indicator whose items all have a result. `results` maps item code
 * (o1…) → passed.
 */
export function oitSubIndicatorScores(
  subIndicators: readonly OitSubIndicator[],
  results: ReadonlyMap<string, boolean>
): OitSubIndicatorResult[] {
  return subIndicators.flatMap((sub) => {
    if (!sub.items.every((item) => results.has(item.code))) return [];
    const failedItems = sub.items.filter((item) => results.get(item.code) === false).map((item) => item.code);
    const passed = sub.items.length - failedItems.length;
    return [
      {
        id: sub.id,
        indicator: sub.indicator,
        nameTh: sub.nameTh,
        score: exactFraction(BigInt(100 * passed), BigInt(sub.items.length)),
        failedItems,
      },
    ];
  });
}

/**
 * OIT indicator scores (9, 10) from item results: the mean of their sub-indicators, not of their items
 * (ITA.md §3, verified on the seed: 95.00, where an item mean would give 93.94). Only indicators whose
 * sub-indicators are all complete are returned.
 */
export function oitIndicatorScores(
  subIndicators: readonly OitSubIndicator[],
  results: ReadonlyMap<string, boolean>
): Map<number, Exact> {
  const complete = oitSubIndicatorScores(subIndicators, results);
  const indicators = new Map<number, Exact>();
  for (const number of new Set(subIndicators.map((sub) => sub.indicator))) {
    const expected = subIndicators.filter((sub) => sub.indicator === number).length;
    const scores = complete.filter((sub) => sub.indicator === number).map((sub) => sub.score);
    if (scores.length === expected) indicators.set(number, exactMean(scores));
  }
  return indicators;
}

/** The OIT item codes of an indicator that have no result yet. */
export function missingOitItems(
  subIndicators: readonly OitSubIndicator[],
  results: ReadonlyMap<string, boolean>,
  indicator: number
): string[] {
  return subIndicators
    .filter((sub) => sub.indicator === indicator)
    .flatMap((sub) => sub.items.map((item) => item.code))
    .filter((code) => !results.has(code));
}

/** Total, tools, rating and pass of one year's ten indicator scores. */
export interface ScoredYear {
  readonly fiscalYear: number;
  readonly tools: ToolScores;
  readonly total: Exact;
  /** Always defined here: with all tools known every total has a rating. */
  readonly rating: RatingRow;
  readonly passed: boolean;
}

/** Scores one year: tools, weighted total, rating and pass. */
export function scoreYear(framework: Framework, scores: IndicatorScores): ScoredYear {
  const tools = toolScores(framework, scores);
  const total = weightedTotal(framework, tools);
  const rating = ratingFor(framework.rating, total, tools);
  if (!rating)
    throw new RangeError(`scoreYear: the ${framework.fiscalYear} rating table has no row for every total`);
  return { fiscalYear: framework.fiscalYear, tools, total, rating, passed: isPassing(framework, total) };
}

/**
 * Hundredths of a number that has at most two decimals as typed (91.96 → 9196), else `undefined`.
 * `hundredths / 100 === value` holds exactly when the double is the one a two-decimal literal parses to.
 */
export function hundredthsOf(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const hundredths = Math.round(value * 100);
  return hundredths / 100 === value ? hundredths : undefined;
}

/**
 * `ratingFor` for figures already printed (two decimals), in integer hundredths: the same rule, without
 * the exact arithmetic, for callers that judge many figures (=ITA.GRADE over a column, batch files).
 * Returns `undefined` when a row needs tool scores that were not given, as `ratingFor` does.
 */
export function ratingForHundredths(
  rule: RatingRule,
  total: number,
  tools?: Readonly<Record<ToolId, number>>
): RatingRow | undefined {
  for (const row of rule.rows) {
    if (total < Math.round(row.minTotal * 100)) continue;
    if (row.minEveryTool === undefined) return row;
    if (tools === undefined) return undefined;
    const minimum = Math.round(row.minEveryTool * 100);
    if (tools.IIT >= minimum && tools.EIT >= minimum && tools.OIT >= minimum) return row;
  }
  return undefined;
}
