/** The real ExcelActions, backed by Office.js. The pane gets this from index.tsx as a prop. */
import type { ExcelActions } from "./actions";
import { analyze, previewSelection } from "./analyze";
import { insertInputSheet } from "./input-sheet";

/**
 * The report code (the model, the catalogue, the renderer) is loaded on first use, so the pane that an
 * officer opens to analyse starts small.
 */
const reportActions = () => import(/* webpackChunkName: "report" */ "./report");

export function createExcelActions(): ExcelActions {
  return {
    insertInputSheet,
    previewSelection,
    analyze,
    generateReport: async (request) => (await reportActions()).generateReport(request),
    exportReport: async (request) => (await reportActions()).exportReport(request),
  };
}
