/**
 * What to improve first (ITA.md §4, section 6 of the report): per tool its weakest indicator.
 */
import { exactCompare } from "./exact";
import { ToolId } from "./frameworks";
import { AssessmentResult, IndicatorResult } from "./result";

/**
 * Per tool the indicator with the lowest score (ties: the lower indicator number), weakest first.
 */
export function weakestIndicators(result: AssessmentResult): IndicatorResult[] {
  const byTool = new Map<ToolId, IndicatorResult>();
  for (const row of result.indicators) {
    const current = byTool.get(row.indicator.tool);
    if (!current || exactCompare(row.score, current.score) < 0) byTool.set(row.indicator.tool, row);
  }
  return [...byTool.values()].sort(
    (a, b) => exactCompare(a.score, b.score) || a.indicator.number - b.indicator.number
  );
}
