/**
 * The national (or provincial) picture of a batch of agencies: ranks, changes against the previous
 * year, the rating distribution, the share at 85 or more against the national target, the mean of every
 * indicator and the weakest indicators. Exact to the end; figures are rounded half-up only when printed.
 */
import {
  Exact,
  exactAdd,
  exactCompare,
  exactFraction,
  exactInteger,
  exactMean,
  exactSubtract,
} from "../exact";
import { Indicator, MASTER_PLAN_TARGET, NationalFigures, RatingRule } from "../frameworks";
import { BatchAgency } from "./read-agencies";

/** One agency with its change and ranks. */
export interface BatchAgencyResult {
  readonly agency: BatchAgency;
  /** Total minus the previous year's total, at full precision; absent without a previous year. */
  readonly change?: Exact;
  /** 1 = highest total of the batch; equal totals keep file order. */
  readonly nationalRank: number;
  /** Rank among the agencies of the same province; absent without a province. */
  readonly provinceRank?: number;
}

export interface RatingCount {
  readonly rating: string;
  readonly ratingEn: string;
  readonly count: number;
  /** count / agencies, as a fraction (0.25 = 25 %). */
  readonly share: Exact;
}

export interface IndicatorMean {
  readonly indicator: Indicator;
  readonly mean: Exact;
  /** Agencies whose score counted. */
  readonly count: number;
}

export interface BatchSummary {
  readonly agencyCount: number;
  /** Fiscal years present, oldest first. */
  readonly fiscalYears: readonly number[];
  /** Every row of every rating rule in use (several when years with different rules mix), best first. */
  readonly distribution: readonly RatingCount[];
  /** Agencies at the pass mark (85.00 as printed) or above. */
  readonly passingCount: number;
  readonly passingShare: Exact;
  /** The national target: 80 % of agencies at 85 or more. */
  readonly targetShare: Exact;
  readonly targetMet: boolean;
  /** The mean of this year's totals (full precision). */
  readonly meanTotal: Exact;
  /**
   * The national figures of the batch's year (ITA.md §7), when the batch holds one year and that year's are
   * known; absent otherwise (2569 today), so nothing is compared with a guess.
   */
  readonly national?: { readonly fiscalYear: number; readonly figures: NationalFigures };
  /** In indicator order. */
  readonly indicatorMeans: readonly IndicatorMean[];
  /** Weakest first, at most ten; equal means keep indicator order. */
  readonly weakestIndicators: readonly IndicatorMean[];
  readonly results: readonly BatchAgencyResult[];
}

/** ITA.md §7: the master plan's target is that 80 % of agencies score 85 or more. */
export const NATIONAL_TARGET_SHARE: Exact = exactFraction(
  BigInt(MASTER_PLAN_TARGET.sharePassing),
  BigInt(100)
);

function shareOf(count: number, total: number): Exact {
  return total === 0 ? exactInteger(0) : exactFraction(BigInt(count), BigInt(total));
}

/** Ranks by total, highest first, equal totals in file order (the report's rule for indicators). */
function ranksOf(agencies: readonly BatchAgency[]): number[] {
  const order = agencies.map((_, i) => i);
  order.sort((a, b) => {
    const left = agencies[a];
    const right = agencies[b];
    if (!left || !right) return 0;
    // Compare printed totals first (cheap), the exact totals only where they print alike.
    const quick = right.current.printedTotal - left.current.printedTotal;
    return (quick !== 0 ? Math.sign(quick) : exactCompare(right.current.total, left.current.total)) || a - b;
  });
  const ranks = new Array<number>(agencies.length);
  order.forEach((index, position) => {
    ranks[index] = position + 1;
  });
  return ranks;
}

function provinceRanksOf(
  agencies: readonly BatchAgency[],
  nationalRanks: readonly number[]
): (number | undefined)[] {
  const byProvince = new Map<string, number[]>();
  agencies.forEach((agency, i) => {
    if (agency.province === undefined) return;
    const members = byProvince.get(agency.province) ?? [];
    members.push(i);
    byProvince.set(agency.province, members);
  });
  const ranks = new Array<number | undefined>(agencies.length).fill(undefined);
  for (const members of byProvince.values()) {
    members
      .sort((a, b) => (nationalRanks[a] ?? 0) - (nationalRanks[b] ?? 0))
      .forEach((index, position) => {
        ranks[index] = position + 1;
      });
  }
  return ranks;
}

function distributionOf(agencies: readonly BatchAgency[]): RatingCount[] {
  const years = [...new Set(agencies.map((agency) => agency.current.fiscalYear))].sort((a, b) => a - b);
  const rules: RatingRule[] = [];
  for (const year of years) {
    const rule = agencies.find((agency) => agency.current.fiscalYear === year)?.current.framework.rating;
    if (rule && !rules.includes(rule)) rules.push(rule);
  }
  const counts = new Map<string, number>();
  for (const agency of agencies) {
    counts.set(agency.current.rating.rating, (counts.get(agency.current.rating.rating) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return rules.flatMap((rule) =>
    rule.rows.flatMap((row) => {
      if (seen.has(row.rating)) return [];
      seen.add(row.rating);
      const count = counts.get(row.rating) ?? 0;
      return [{ rating: row.rating, ratingEn: row.ratingEn, count, share: shareOf(count, agencies.length) }];
    })
  );
}

/**
 * Indicator means over the agencies' current year. Scores in whole hundredths are summed as integers
 * (exact below 2^53, i.e. for any realistic batch), the others as exact fractions.
 */
function indicatorMeansOf(agencies: readonly BatchAgency[]): IndicatorMean[] {
  const latest = agencies.reduce<BatchAgency | undefined>(
    (best, agency) => (!best || agency.current.fiscalYear > best.current.fiscalYear ? agency : best),
    undefined
  );
  if (!latest) return [];
  const indicators = latest.current.framework.indicators;
  return indicators.map((indicator) => {
    let hundredths = 0;
    let exactSum = exactInteger(0);
    let count = 0;
    for (const agency of agencies) {
      const position = agency.current.framework.indicators.findIndex((i) => i.number === indicator.number);
      const score = agency.current.scores[position];
      if (score === undefined) continue;
      count += 1;
      if (typeof score === "number") hundredths += score;
      else exactSum = exactAdd(exactSum, score);
    }
    const sum = exactAdd(exactSum, exactFraction(BigInt(hundredths), BigInt(100)));
    const mean = count === 0 ? sum : exactFraction(sum.numerator, sum.denominator * BigInt(count));
    return { indicator, mean, count };
  });
}

/**
 * Summarises a batch: every agency's change and ranks, and the figures of the summary sheet.
 *
 * @example summarizeBatch(reading.agencies).passingShare // exact share at 85 or more
 */
export function summarizeBatch(agencies: readonly BatchAgency[]): BatchSummary {
  const nationalRanks = ranksOf(agencies);
  const provinceRanks = provinceRanksOf(agencies, nationalRanks);
  const results = agencies.map((agency, i): BatchAgencyResult => ({
    agency,
    change: agency.previous ? exactSubtract(agency.current.total, agency.previous.total) : undefined,
    nationalRank: nationalRanks[i] ?? 0,
    provinceRank: provinceRanks[i],
  }));
  const passingCount = agencies.filter((agency) => agency.current.passed).length;
  const passingShare = shareOf(passingCount, agencies.length);
  const indicatorMeans = indicatorMeansOf(agencies);
  const meanTotal =
    agencies.length === 0 ? exactInteger(0) : exactMean(agencies.map((agency) => agency.current.total));
  const fiscalYears = [...new Set(agencies.map((agency) => agency.current.fiscalYear))].sort((a, b) => a - b);
  const onlyYear = fiscalYears.length === 1 ? agencies[0]?.current.framework : undefined;
  const weakestIndicators = indicatorMeans
    .map((mean, i) => ({ mean, i }))
    .sort((a, b) => exactCompare(a.mean.mean, b.mean.mean) || a.i - b.i)
    .slice(0, 10)
    .map(({ mean }) => mean);
  return {
    agencyCount: agencies.length,
    fiscalYears,
    distribution: distributionOf(agencies),
    passingCount,
    passingShare,
    targetShare: NATIONAL_TARGET_SHARE,
    targetMet: agencies.length > 0 && exactCompare(passingShare, NATIONAL_TARGET_SHARE) >= 0,
    meanTotal,
    ...(onlyYear?.national
      ? { national: { fiscalYear: onlyYear.fiscalYear, figures: onlyYear.national } }
      : {}),
    indicatorMeans,
    weakestIndicators,
    results,
  };
}
