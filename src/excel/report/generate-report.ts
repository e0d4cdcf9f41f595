/**
 * "Generate report" from layouts: writes the report's sheet layouts into the workbook in one `Excel.run`:
 * read the names of what the add-in generated before → read those sheets, only when there are any → plan →
 * write everything. Two syncs the first time, three when regenerating.
 */
import type { Validated } from "../../core";
import type { Digits, SheetLayout } from "../../core/report/layout";
import { runExcel, supportsExcelApi } from "../run-excel";
import {
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "../write-guards";
import {
  addsReportSheet,
  followReportAnchors,
  planReportWrites,
  queueReportAnchors,
  queueReportWrites,
} from "./render-sheets";

export interface RenderedReport {
  /** The sheets written, in the layouts' order, with the names they got. */
  readonly sheets: readonly { readonly layoutId: string; readonly name: string }[];
}

/**
 * Renders report layouts as sheets: new sheets the first time, the same sheets cleared and rewritten after
 * that. A generated sheet the officer edited is replaced only with `replaceEdited` (otherwise the outcome is
 * a "generated-sheet-edited" issue and nothing is written); a user's sheet is never touched. A workbook open
 * read-only, or whose structure is protected when a sheet would be added, is refused after the first sync.
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
    const anchors = queueReportAnchors(
      context,
      layouts.map((layout) => layout.id)
    );
    // The renderer also draws for Excel below ExcelApi 1.8 (charts without axis formats), which has no readOnly.
    const workbook = supportsExcelApi("1.8") ? queueReadOnlyRead(context) : undefined;
    const structure = queueStructureProtectionRead(context);
    await context.sync();
    const blocked =
      (workbook && readOnlyIssue(undefined, workbook)) ??
      (addsReportSheet(anchors) ? protectedWorkbookIssue(structure) : undefined);
    if (blocked) return { ok: false, issues: [blocked], warnings: [] };

    const { reads, pending } = followReportAnchors(anchors);
    if (pending) await context.sync();
    const plan = planReportWrites(reads, layouts, { replaceEdited: options.replaceEdited, structure });
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
