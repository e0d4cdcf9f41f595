/**
 * "Generate report": writes the report's sheet layouts into the workbook in one `Excel.run` and two syncs
 * (read what the add-in generated before → plan → write everything).
 */
import type { Validated } from "../../core";
import type { Digits, SheetLayout } from "../../core/report/layout";
import { runExcel } from "../run-excel";
import { planReportWrites, queueReportReads, queueReportWrites } from "./render-sheets";

export interface RenderedReport {
  /** The sheets written, in the layouts' order, with the names they got. */
  readonly sheets: readonly { readonly layoutId: string; readonly name: string }[];
}

/**
 * Renders report layouts as sheets: new sheets the first time, the same sheets cleared and rewritten after
 * that. A generated sheet the officer edited is replaced only with `replaceEdited` (otherwise the outcome is
 * a "generated-sheet-edited" issue and nothing is written); a user's sheet is never touched.
 *
 * @example
 * const outcome = await renderReport([analysisLayout, measuresLayout], { digits: "thai", replaceEdited: false });
 * if (!outcome.ok && outcome.issues.some((issue) => issue.code === "generated-sheet-edited")) {
 *   // ask the officer, then call again with replaceEdited: true
 * }
 */
export function renderReport(
  layouts: readonly SheetLayout[],
  options: { readonly digits: Digits; readonly replaceEdited: boolean }
): Promise<Validated<RenderedReport>> {
  return runExcel(async (context) => {
    const reads = queueReportReads(
      context,
      layouts.map((layout) => layout.id)
    );
    await context.sync();
    const plan = planReportWrites(reads, layouts, { replaceEdited: options.replaceEdited });
    if (!plan.ok) return plan;
    const warnings = queueReportWrites(context, plan.value, layouts, options.digits);
    await context.sync();
    return {
      ok: true,
      value: { sheets: plan.value.sheets.map(({ layoutId, name }) => ({ layoutId, name })) },
      warnings: [...plan.warnings, ...warnings],
    };
  });
}
