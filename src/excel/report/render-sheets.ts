/**
 * Renders report sheet layouts into the live workbook, in the house phases: {@link queueReportAnchors} (no
 * sync) → the caller syncs → {@link followReportAnchors} (no sync) → the caller syncs, when anything was
 * queued → {@link planReportWrites} (pure) → {@link queueReportWrites} (no sync) → the caller syncs. Sheets the add-in generated are cleared and rewritten in place (so their id, position and any
 * formula that points at them survive); a sheet the add-in did not generate is never deleted, renamed or
 * written.
 *
 * This file holds the write phase, which queues every layout in one request; the reads are in
 * report-anchors.ts, the plan in plan-report-writes.ts, and what one layout writes in cells-and-formats.ts,
 * report-chart.ts and page-layout.ts. It re-exports their public names so callers import from here.
 */
import { ValidationIssue } from "../../core";
import { Digits, SheetLayout } from "../../core/report/layout";
import { supportsExcelApi } from "../run-excel";
import { boundsOf, mergeRect, rangeOf } from "./sheet-rects";
import { effectiveStyles, queueCells, queueSizes, queueStyles } from "./cells-and-formats";
import { queueChart } from "./report-chart";
import { pageLayoutWarning, queuePageLayout } from "./page-layout";
import { anchorName, GENERATED_SHEETS_KEY } from "./generated-sheets";
import { ReportWritePlan } from "./plan-report-writes";

export { addsReportSheet, followReportAnchors, queueReportAnchors } from "./report-anchors";
export type { ReportAnchors, ReportReads } from "./report-anchors";
export { freeReportSheetName, planReportWrites } from "./plan-report-writes";
export type { ReportPlanOptions, ReportWritePlan, SheetTarget, SheetWrite } from "./plan-report-writes";
export { columnWidthPoints, effectiveStyles, queueStyles } from "./cells-and-formats";
export { rectanglesOf } from "./sheet-rects";

/** Everything one layout writes on its (new or cleared) sheet. */
function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout, digits: Digits, pageLayout: boolean): void {
  const styles = effectiveStyles(layout);
  const bounds = boundsOf(layout);
  if (bounds) queueCells(sheet, layout, digits, bounds);
  queueStyles(sheet, styles);
  for (const merge of layout.merges) rangeOf(sheet, mergeRect(merge)).merge(false);
  queueSizes(sheet, layout);
  // Axis order, scale and label formats need ExcelApi 1.8, within the 1.9 of the page layout.
  const chartFormatting = pageLayout || supportsExcelApi("1.8");
  layout.charts.forEach((placement, index) =>
    queueChart(sheet, layout, placement, index, digits, chartFormatting)
  );
  if (pageLayout) queuePageLayout(sheet, layout.page);
}

/**
 * Queues every write of a plan: earlier generated sheets are renamed if needed, their charts deleted and
 * their cells, formats, merges and sizes cleared; new sheets are added with a hidden name pointing at them;
 * then each layout is written and the record stored. Returns warnings (the page layout needs ExcelApi 1.9).
 */
export function queueReportWrites(
  context: Excel.RequestContext,
  plan: ReportWritePlan,
  layouts: readonly SheetLayout[],
  digits: Digits
): ValidationIssue[] {
  const pageLayout = supportsExcelApi("1.9");
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const byId = new Map(layouts.map((layout) => [layout.id, layout]));

  for (const [sheetId, temporary] of plan.temporaryNames) worksheets.getItem(sheetId).name = temporary;
  const sheets = plan.sheets.map((write) => {
    if (write.target.kind === "replace") {
      const sheet = worksheets.getItem(write.target.sheetId);
      if (write.target.currentName !== write.name) sheet.name = write.name;
      for (const chartName of write.target.chartNames) sheet.charts.getItem(chartName).delete();
      const all = sheet.getRange();
      all.clear(Excel.ClearApplyTo.all);
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      // Clearing the cells keeps the sheet's manual page breaks: the new layout places its own.
      if (pageLayout) sheet.horizontalPageBreaks.removePageBreaks();
      return sheet;
    }
    const anchor = anchorName(write.layoutId);
    if (write.target.staleAnchor) names.getItemOrNullObject(anchor).delete();
    const sheet = worksheets.add(write.name);
    names.add(anchor, sheet.getRange("A1")).visible = false;
    return sheet;
  });

  plan.sheets.forEach((write, index) => {
    const layout = byId.get(write.layoutId);
    const sheet = sheets[index];
    if (layout && sheet) queueLayout(sheet, layout, digits, pageLayout);
  });
  sheets[0]?.activate();
  context.workbook.settings.add(GENERATED_SHEETS_KEY, JSON.stringify(plan.record));
  return pageLayout || plan.sheets.length === 0 ? [] : [pageLayoutWarning()];
}
