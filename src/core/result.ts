/**
 * The scored assessment: what every host shows (the pane, the sheet, `ita score`, the report). Values stay
 * exact here; `resultJson` is the one place that turns them into rounded JSON numbers.
 */
import { Assessment, ScoreSource } from "./assessment";
import { Exact, roundHalfUpToNumber } from "./exact";
import { Indicator, oitItemsOf, ToolId } from "./frameworks";
import {
  indicatorDelta,
  indicatorRanks,
  oitSubIndicatorScores,
  OitSubIndicatorResult,
  scoreYear,
  ScoredYear,
} from "./score";

export interface IndicatorResult {
  readonly indicator: Indicator;
  readonly score: Exact;
  readonly source: ScoreSource;
  readonly previous?: Exact;
  /** Current minus previous at full precision; absent without a previous year. */
  readonly delta?: Exact;
  /** 1 = highest score this year; ties keep indicator order. */
  readonly rank: number;
}

export interface AssessmentResult {
  readonly assessment: Assessment;
  readonly current: ScoredYear;
  readonly previous?: ScoredYear;
  /** Older years, oldest first (from `history`). */
  readonly history: readonly ScoredYear[];
  /** In indicator order (1…10). */
  readonly indicators: readonly IndicatorResult[];
  /** OIT sub-indicators that have complete item results. */
  readonly oitSubIndicators: readonly OitSubIndicatorResult[];
}

function scoreOf(scores: ReadonlyMap<number, Exact>, number: number): Exact {
  const score = scores.get(number);
  if (score === undefined) throw new RangeError(`indicator ${number} has no score`);
  return score;
}

/**
 * Scores a validated assessment: tools, total, rating and pass for this year and the previous one, and
 * per indicator its delta and rank.
 */
export function scoreAssessment(assessment: Assessment): AssessmentResult {
  const current = scoreYear(assessment.framework, assessment.scores);
  const previousYear = assessment.previous;
  const previous = previousYear ? scoreYear(previousYear.framework, previousYear.scores) : undefined;
  const ranks = indicatorRanks(assessment.scores);
  const indicators = assessment.framework.indicators.map((indicator): IndicatorResult => {
    const score = scoreOf(assessment.scores, indicator.number);
    const before = previousYear?.scores.get(indicator.number);
    return {
      indicator,
      score,
      source: assessment.scoreSources.get(indicator.number) ?? "input",
      previous: before,
      delta: before === undefined ? undefined : indicatorDelta(score, before),
      rank: ranks.get(indicator.number) ?? 0,
    };
  });
  const oitSubIndicators = assessment.framework.oit
    ? oitSubIndicatorScores(assessment.framework.oit.subIndicators, assessment.oitResults)
    : [];
  const history = (assessment.history ?? []).map((year) => scoreYear(year.framework, year.scores));
  return { assessment, current, previous, history, indicators, oitSubIndicators };
}

const round2 = (value: Exact): number => roundHalfUpToNumber(value, 2);

function yearJson(year: ScoredYear) {
  return {
    fiscalYear: year.fiscalYear,
    tools: {
      IIT: round2(year.tools.IIT),
      EIT: round2(year.tools.EIT),
      OIT: round2(year.tools.OIT),
    } as Record<ToolId, number>,
    total: round2(year.total),
    grade: year.rating.rating,
    gradeEn: year.rating.ratingEn,
    passed: year.passed,
  };
}

/** The JSON form of a result (`ita score --json`): every number rounded half-up to 2 decimals. */
export function resultJson(result: AssessmentResult) {
  return {
    agency: result.assessment.agency ?? null,
    ...yearJson(result.current),
    ratingEvidence: result.assessment.framework.rating.evidence,
    indicators: result.indicators.map((row) => ({
      number: row.indicator.number,
      name: row.indicator.nameTh,
      nameEn: row.indicator.nameEn,
      tool: row.indicator.tool,
      score: round2(row.score),
      source: row.source,
      previous: row.previous === undefined ? null : round2(row.previous),
      delta: row.delta === undefined ? null : round2(row.delta),
      rank: row.rank,
    })),
    oitSubIndicators: Object.fromEntries(result.oitSubIndicators.map((sub) => [sub.id, round2(sub.score)])),
    // Every failed item of the year's list, grouped or not (ITA.md §7: the 2569 items are not grouped).
    failedOitItems: oitItemsOf(result.assessment.framework)
      .map((item) => item.code)
      .filter((code) => result.assessment.oitResults.get(code) === false),
    previous: result.previous ? yearJson(result.previous) : null,
    history: result.history.map(yearJson),
  };
}

export type ResultJson = ReturnType<typeof resultJson>;
