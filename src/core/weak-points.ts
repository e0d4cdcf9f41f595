/**
 * What to keep and what to improve (ITA.md §4, sections 6 and 7 of the report): per tool the strongest and
 * the weakest indicator, and the weak items under them.
 */
import { exactCompare, exactFromNumber, Exact } from "./exact";
import { oitItemsOf, ToolId } from "./frameworks";
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
  /** Absent for an OIT item whose indicator is not known (ITA.md §7: most of 2568's list). */
  readonly indicator?: number;
  /** IIT/EIT: the item score; OIT: absent (the item failed). */
  readonly score?: Exact;
}

export interface WeakOitGroup {
  /** "9.2"; absent for items whose sub-indicator is not known (ITA.md §7: 2568, 2569). */
  readonly subIndicator?: string;
  /** The indicator of the group's items, when known. */
  readonly indicator?: number;
  /** The sub-indicator's name; for items not in a sub-indicator, their indicator's name or "". */
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
      const failed = (code: string) => result.assessment.oitResults.get(code) === false;
      const oitGroups: WeakOitGroup[] = (framework.oit?.subIndicators ?? []).flatMap((sub) => {
        const failedItems = sub.items.filter((item) => failed(item.code));
        if (failedItems.length === 0) return [];
        return [
          {
            subIndicator: sub.id,
            indicator: sub.indicator,
            nameTh: sub.nameTh,
            score: complete.get(sub.id),
            items: failedItems.map((item) => ({ code: item.code, indicator: sub.indicator })),
          },
        ];
      });
      // Items not placed in a sub-indicator: one group per indicator (or one for "indicator unknown"),
      // so their failures still reach the analysis and the measures.
      const ungrouped = oitItemsOf(framework).filter((item) => !item.subIndicator && failed(item.code));
      for (const indicator of [...new Set(ungrouped.map((item) => item.indicator))]) {
        const name = framework.indicators.find((candidate) => candidate.number === indicator)?.nameTh ?? "";
        oitGroups.push({
          ...(indicator === undefined ? {} : { indicator }),
          nameTh: name,
          items: ungrouped
            .filter((item) => item.indicator === indicator)
            .map((item) => ({ code: item.code, ...(indicator === undefined ? {} : { indicator }) })),
        });
      }
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
