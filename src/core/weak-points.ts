/**
 * What to keep and what to improve (ITA.md §4, sections 6 and 7 of the report): per tool the strongest and
 * the weakest indicator, and the weak items under them.
 */
import { exactCompare, exactFromNumber, Exact } from "./exact";
import { ToolId } from "./frameworks";
import { AssessmentResult, IndicatorResult } from "./result";
import { printed } from "./score";

export interface ToolStandouts {
  readonly tool: ToolId;
  /** Ranked highest among the tool's indicators. */
  readonly strongest: IndicatorResult;
  /** Ranked lowest: on equal scores the later indicator, as the ranking puts it (the seed's 5, not 4). */
  readonly weakest: IndicatorResult;
}

/** Per tool, in the framework's tool order, its strongest and weakest indicator by rank. */
export function toolStandouts(result: AssessmentResult): ToolStandouts[] {
  return result.assessment.framework.tools.flatMap((tool) => {
    const rows = result.indicators.filter((row) => row.indicator.tool === tool.id);
    if (rows.length === 0) return [];
    const byRank = [...rows].sort((a, b) => a.rank - b.rank);
    const strongest = byRank[0];
    const weakest = byRank[byRank.length - 1];
    return strongest && weakest ? [{ tool: tool.id, strongest, weakest }] : [];
  });
}

/** Per tool its weakest indicator, weakest first (the pane's "what to improve first"). */
export function weakestIndicators(result: AssessmentResult): IndicatorResult[] {
  return toolStandouts(result)
    .map((standout) => standout.weakest)
    .sort((a, b) => exactCompare(a.score, b.score) || b.rank - a.rank);
}

export interface WeakItem {
  readonly code: string;
  readonly indicator: number;
  /** IIT/EIT: the item score; OIT: absent (the item failed). */
  readonly score?: Exact;
}

export interface WeakOitGroup {
  readonly subIndicator: string;
  readonly nameTh: string;
  /** Known when every item of the sub-indicator has a result. */
  readonly score?: Exact;
  readonly items: readonly WeakItem[];
}

export interface ToolWeaknesses {
  readonly tool: ToolId;
  readonly weakest: IndicatorResult;
  /** IIT/EIT items to improve; empty without item data. */
  readonly items: readonly WeakItem[];
  /** OIT: failed items under their sub-indicators. */
  readonly oitGroups: readonly WeakOitGroup[];
}

const EIGHTY_FIVE = exactFromNumber(85);

/**
 * The weak items of each tool (ITA.md §4 and the report issue): IIT/EIT items scoring below 85 as
 * printed, or, when none is below, the lowest item of the tool's weakest indicator; for OIT every failed
 * item under its sub-indicator. Tools without item data list none (recommendations are then made per
 * indicator).
 */
export function toolWeaknesses(result: AssessmentResult): ToolWeaknesses[] {
  const framework = result.assessment.framework;
  const items = result.assessment.perceptionItems;
  return toolStandouts(result).map(({ tool, weakest }) => {
    if (tool === "OIT") {
      // Every failed item counts, even when the rest of its sub-indicator was not entered; the score of
      // the sub-indicator is known only when all its items were.
      const complete = new Map(result.oitSubIndicators.map((sub) => [sub.id, sub.score]));
      const oitGroups = (framework.oit?.subIndicators ?? []).flatMap((sub) => {
        const failed = sub.items.filter((item) => result.assessment.oitResults.get(item.code) === false);
        if (failed.length === 0) return [];
        return [
          {
            subIndicator: sub.id,
            nameTh: sub.nameTh,
            score: complete.get(sub.id),
            items: failed.map((item) => ({ code: item.code, indicator: sub.indicator })),
          },
        ];
      });
      return { tool, weakest, items: [], oitGroups };
    }
    const groups = (framework.perceptionItems?.groups ?? []).filter((group) =>
      framework.indicators.some(
        (indicator) => indicator.number === group.indicator && indicator.tool === tool
      )
    );
    const scored = groups.flatMap((group) =>
      group.codes.flatMap((code) => {
        const score = items.get(code);
        return score === undefined ? [] : [{ code, indicator: group.indicator, score }];
      })
    );
    const below = scored.filter((item) => exactCompare(printed(item.score), EIGHTY_FIVE) < 0);
    if (below.length > 0) return { tool, weakest, items: below, oitGroups: [] };
    const ofWeakest = scored
      .filter((item) => item.indicator === weakest.indicator.number)
      .sort((a, b) => exactCompare(a.score, b.score));
    return { tool, weakest, items: ofWeakest.slice(0, 1), oitGroups: [] };
  });
}
