/** The real ExcelActions, backed by Office.js. The pane gets this from index.tsx as a prop. */
import type { ExcelActions } from "./actions";
import { analyze, previewSelection } from "./analyze";
import { insertFrameworkSheet } from "./framework-sheet";
import { insertInputSheet } from "./input-sheet";
import { exportOffer } from "./export-offer";

/**
 * The report code (the model, the catalogue, the renderer) is loaded on first use, so the pane that an
 * officer opens to analyse starts small.
 */
const reportActions = () => import(/* webpackChunkName: "report" */ "./report");
/** The tracking sheet and the implementation report follow the report: loaded on first use too. */
const trackingActions = () => import(/* webpackChunkName: "tracking" */ "./tracking-sheet");
const progressActions = () => import(/* webpackChunkName: "progress" */ "./progress-report");
/** The catalogue sheet carries the catalogue's texts: loaded on first use too. */
const catalogueSheet = () => import(/* webpackChunkName: "catalogue-sheet" */ "./catalogue-sheet");

export function createExcelActions(): ExcelActions {
  return {
    insertInputSheet,
    insertFrameworkSheet,
    insertCatalogueSheet: async () => (await catalogueSheet()).insertCatalogueSheet(),
    previewSelection,
    analyze,
    generateReport: async (request) => (await reportActions()).generateReport(request),
    exportReport: async (request) => (await reportActions()).exportReport(request),
    generateTrackingSheet: async (request) => (await trackingActions()).generateTrackingSheet(request),
    generateProgressReport: async (request) => (await progressActions()).generateProgressReport(request),
    exportOffer,
    findScores: async (fiscalYear) =>
      (await import(/* webpackChunkName: "find-scores" */ "./find-scores")).findScoresOnSheet(fiscalYear),
    analyzeAgencies: async (request) =>
      (await import(/* webpackChunkName: "batch" */ "./batch")).analyzeAgencies(request),
    runCompatibilityCheck: async () =>
      (await import(/* webpackChunkName: "compatibility" */ "./compatibility-check")).runCompatibilityCheck(),
  };
}
