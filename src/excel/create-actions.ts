/** The real ExcelActions, backed by Office.js. The pane gets this from index.tsx as a prop. */
import type { ExcelActions } from "./actions";
import { analyze, previewSelection } from "./analyze";
import { insertInputSheet } from "./input-sheet";
import { exportReport, generateReport } from "./report";

export function createExcelActions(): ExcelActions {
  return { insertInputSheet, previewSelection, analyze, generateReport, exportReport };
}
