/**
 * Bad inputs of the pane surface (see catalogue.ts), composed here in the catalogue's order from the files
 * that hold them by kind; pane-run.ts runs them. Each case builds the officer's workbook on a fresh
 * in-memory Excel host, runs the real action (preview, Analyze, generate report), and reports whether the
 * action failed, the first issue shown and the workbook changes: none for a refusal; for an accepted input,
 * none outside the output block the action declared (and the add-in's record of that block, a hidden
 * workbook name).
 */
import type { BadInputCase } from "./catalogue";
import { paneAgenciesCases } from "./pane-agencies-cases";
import { paneIndicatorCases } from "./pane-indicator-cases";
import { paneItemCases } from "./pane-item-cases";
import { paneRangeCases } from "./pane-range-cases";
import { paneScoreCases } from "./pane-score-cases";
import { paneTrackingCases } from "./pane-tracking-cases";
import { paneWorkbookCases } from "./pane-workbook-cases";

export const paneCases: readonly BadInputCase[] = [
  ...paneScoreCases,
  ...paneRangeCases,
  ...paneIndicatorCases,
  ...paneItemCases,
  ...paneWorkbookCases,
  ...paneAgenciesCases,
  ...paneTrackingCases,
];
