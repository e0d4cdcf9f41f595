import { useCallback, useReducer, useRef } from "react";
import type { AnalysisMode, ExcelActions } from "../../excel/actions";
import { agencyOf, analysisAddressOf, reportRequestFor } from "./paneRequests";
import {
  initialPaneState,
  paneReducer,
  type PaneEvent,
  type PaneState,
  type PaneWork,
  type ReportDetails,
  type ReportOptions,
} from "./paneState";

export { reportRequestFor } from "./paneRequests";
export { GENERATED_SHEET_EDITED, initialPaneState, paneReducer } from "./paneState";
export type {
  PaneAnalysis,
  PaneEvent,
  PaneFocus,
  PaneReport,
  PaneState,
  PaneTrouble,
  PaneWork,
  ReportDetails,
  ReportOptions,
  ScoreSource,
  SettingsSheetKind,
} from "./paneState";
export { paneStatus } from "./paneStatus";
export type { PaneStatus } from "./paneStatus";

export interface PaneControls {
  chooseFiscalYear(fiscalYear: number): void;
  typeAgency(agency: string): void;
  chooseMode(mode: AnalysisMode): void;
  insertInputSheet(): void;
  /** Inserts the framework of the chosen fiscal year as a sheet the officer can correct. */
  insertFrameworkSheet(): void;
  /** Inserts the catalogue of recommendations and measures as a sheet the officer can edit. */
  insertCatalogueSheet(): void;
  previewSelection(): void;
  /** Scans the active sheet for pasted scores and highlights them; nothing is used until confirmed. */
  findScores(): void;
  /** Copies the confirmed scores into a new input sheet of their latest year, ready for Analyze. */
  useFoundScores(): void;
  dismissFound(): void;
  analyze(): void;
  chooseDigits(digits: ReportOptions["digits"]): void;
  chooseChart(chart: boolean): void;
  /** The agency's kind, district, province or the scores' date, as the officer types them. */
  changeReportDetails(details: Partial<ReportDetails>): void;
  generateReport(): void;
  exportReport(format?: "xlsx" | "pdf"): void;
  /** Sends the refused report request again, replacing the generated sheets the officer edited. */
  replaceEditedSheets(): void;
  startOver(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The pane's state and what the officer can do with it. Each action runs one Excel action at a time;
 * a rejected promise is a bug in the adapter and is shown, never dropped.
 */
export function usePaneState(actions: ExcelActions): [PaneState, PaneControls] {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const running = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const run = useCallback(async (work: PaneWork, perform: () => Promise<PaneEvent>) => {
    if (running.current) return;
    running.current = true;
    dispatch({ type: "work-started", work });
    try {
      dispatch(await perform());
    } catch (error) {
      console.error(error);
      dispatch({ type: "work-failed", message: messageOf(error) });
    } finally {
      running.current = false;
    }
  }, []);

  const controls: PaneControls = {
    chooseFiscalYear: (fiscalYear) => dispatch({ type: "fiscal-year-chosen", fiscalYear }),
    typeAgency: (agency) => dispatch({ type: "agency-typed", agency }),
    chooseMode: (mode) => dispatch({ type: "mode-chosen", mode }),
    chooseDigits: (digits) => dispatch({ type: "digits-chosen", digits }),
    changeReportDetails: (details) => dispatch({ type: "report-details-changed", details }),
    chooseChart: (chart) => dispatch({ type: "chart-chosen", chart }),
    startOver: () => dispatch({ type: "start-over" }),
    insertInputSheet: () => {
      const { fiscalYear, agency } = latest.current;
      void run("inserting", async () => ({
        type: "sheet-inserted",
        outcome: await actions.insertInputSheet({ fiscalYear, agency: agencyOf(agency) }),
      }));
    },
    insertFrameworkSheet: () => {
      const { fiscalYear } = latest.current;
      void run("insertingFramework", async () => ({
        type: "settings-sheet-inserted",
        kind: "framework",
        outcome: await actions.insertFrameworkSheet(fiscalYear),
      }));
    },
    insertCatalogueSheet: () => {
      void run("insertingCatalogue", async () => ({
        type: "settings-sheet-inserted",
        kind: "catalogue",
        outcome: await actions.insertCatalogueSheet(),
      }));
    },
    previewSelection: () => {
      const { fiscalYear } = latest.current;
      void run("previewing", async () => ({
        type: "selection-previewed",
        outcome: await actions.previewSelection(fiscalYear),
      }));
    },
    findScores: () => {
      const { fiscalYear } = latest.current;
      void run("finding", async () => ({
        type: "scores-found",
        outcome: await actions.findScores(fiscalYear),
      }));
    },
    useFoundScores: () => {
      const { found, agency } = latest.current;
      const use = found?.use;
      if (use?.ready !== true) return;
      void run("inserting", async () => ({
        type: "sheet-inserted",
        fiscalYear: use.fiscalYear,
        outcome: await actions.insertInputSheet({
          fiscalYear: use.fiscalYear,
          agency: agencyOf(agency),
          prefill: use.prefill,
        }),
      }));
    },
    dismissFound: () => dispatch({ type: "found-dismissed" }),
    analyze: () => {
      const { fiscalYear, agency, mode, source } = latest.current;
      if (source === undefined) return;
      const inputAddress = analysisAddressOf(source);
      void run("analyzing", async () => ({
        type: "analyzed",
        requestedMode: mode,
        outcome: await actions.analyze({ fiscalYear, agency: agencyOf(agency), mode, inputAddress }),
      }));
    },
    generateReport: () => {
      const request = reportRequestFor(latest.current);
      if (request === undefined) return;
      void run("generating", async () => ({
        type: "report-generated",
        request,
        outcome: await actions.generateReport(request),
      }));
    },
    replaceEditedSheets: () => {
      const request = latest.current.replaceOffer;
      if (request === undefined) return;
      void run("generating", async () => ({
        type: "report-generated",
        request,
        outcome: await actions.generateReport(request),
      }));
    },
    exportReport: (format = "xlsx") => {
      const request = reportRequestFor(latest.current);
      if (request === undefined) return;
      void run("exporting", async () => ({
        type: "report-exported",
        outcome: await actions.exportReport({ ...request, format }),
      }));
    },
  };
  return [state, controls];
}
