/**
 * The pane's state: what the officer chose, the work running, what the last action gave, and the events
 * that move it from start to input sheet or selection preview, analysis and report (`paneReducer`).
 */
import { LATEST_FISCAL_YEAR, type ValidationIssue } from "../../core";
import type {
  ActionOutcome,
  AnalysisMode,
  AnalysisOutcome,
  ExportedReport,
  FoundScoresOnSheet,
  GeneratedReport,
  InputPreview,
  InsertedInputSheet,
  InsertedSettingsSheet,
  ReportRequest,
} from "../../excel/actions";

/** The Excel action running now. */
export type PaneWork =
  | "inserting"
  | "finding"
  | "previewing"
  | "analyzing"
  | "generating"
  | "exporting"
  | "insertingFramework"
  | "insertingCatalogue";

/** The settings sheets of the advanced section: the framework of a year, the catalogue of measures. */
export type SettingsSheetKind = "framework" | "catalogue";

/** The report's options as the officer set them. */
export interface ReportOptions {
  readonly digits: ReportRequest["digits"];
  readonly chart: boolean;
  /** The report's agency details as typed: "" for not given ("" kind: guessed from the agency's name). */
  readonly details: ReportDetails;
}

/** What the report says about the agency beyond its name (issue 12: its kind, its place, the source date). */
export interface ReportDetails {
  readonly agencyKind: string;
  readonly district: string;
  readonly province: string;
  /** yyyy-mm-dd (Common Era, as a date input gives it) or "". */
  readonly scoresAsOf: string;
}

/** How the last report action ended well: the sheets written, or the file made. */
export type PaneReport =
  | { readonly kind: "generated"; readonly report: GeneratedReport }
  | { readonly kind: "exported"; readonly file: ExportedReport };

/** Where the scores come from: the sheet the pane inserted, or the officer's own selection. */
export type ScoreSource =
  | { readonly kind: "input-sheet"; readonly sheet: InsertedInputSheet }
  | { readonly kind: "selection"; readonly preview: InputPreview };

/** Why the last action gave no result: problems in the input, or a bug (a rejected promise). */
export type PaneTrouble =
  | { readonly kind: "issues"; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: "failure"; readonly message: string };

export interface PaneAnalysis {
  readonly outcome: AnalysisOutcome;
  /** What the officer asked for; `outcome.mode` is what Excel got. */
  readonly requestedMode: AnalysisMode;
}

/** Where keyboard focus goes when an action ends; `serial` changes on every ending. */
export interface PaneFocus {
  readonly target: "start" | "found" | "source" | "results" | "report" | "trouble";
  readonly serial: number;
}

export interface PaneState {
  readonly fiscalYear: number;
  readonly agency: string;
  readonly mode: AnalysisMode;
  readonly work?: PaneWork;
  readonly source?: ScoreSource;
  /** What "Find scores" found on the active sheet, shown for the officer to confirm before it is used. */
  readonly found?: FoundScoresOnSheet;
  readonly analysis?: PaneAnalysis;
  /** Official documents customarily use Thai digits, so the report starts with them, and with its chart. */
  readonly reportOptions: ReportOptions;
  readonly report?: PaneReport;
  /**
   * The report request refused because the officer edited a sheet the add-in generated: sent again with
   * `replaceEdited` only when the officer confirms.
   */
  readonly replaceOffer?: ReportRequest;
  /** The settings sheet the last action inserted; cleared when other work starts. */
  readonly settingsSheet?: { readonly kind: SettingsSheetKind; readonly sheetName: string };
  readonly trouble?: PaneTrouble;
  readonly warnings: readonly ValidationIssue[];
  readonly focus?: PaneFocus;
}

export type PaneEvent =
  | { readonly type: "fiscal-year-chosen"; readonly fiscalYear: number }
  | { readonly type: "agency-typed"; readonly agency: string }
  | { readonly type: "mode-chosen"; readonly mode: AnalysisMode }
  | { readonly type: "work-started"; readonly work: PaneWork }
  | {
      readonly type: "sheet-inserted";
      readonly outcome: ActionOutcome<InsertedInputSheet>;
      /** The year the sheet was made for, when it is not the one chosen (found scores name their year). */
      readonly fiscalYear?: number;
    }
  | { readonly type: "scores-found"; readonly outcome: ActionOutcome<FoundScoresOnSheet> }
  | { readonly type: "found-dismissed" }
  | {
      readonly type: "settings-sheet-inserted";
      readonly kind: SettingsSheetKind;
      readonly outcome: ActionOutcome<InsertedSettingsSheet>;
    }
  | { readonly type: "selection-previewed"; readonly outcome: ActionOutcome<InputPreview> }
  | {
      readonly type: "analyzed";
      readonly outcome: ActionOutcome<AnalysisOutcome>;
      readonly requestedMode: AnalysisMode;
    }
  | { readonly type: "digits-chosen"; readonly digits: ReportOptions["digits"] }
  | { readonly type: "chart-chosen"; readonly chart: boolean }
  | { readonly type: "report-details-changed"; readonly details: Partial<ReportDetails> }
  | {
      readonly type: "report-generated";
      readonly outcome: ActionOutcome<GeneratedReport>;
      readonly request: ReportRequest;
    }
  | { readonly type: "report-exported"; readonly outcome: ActionOutcome<ExportedReport> }
  | { readonly type: "work-failed"; readonly message: string }
  | { readonly type: "start-over" };

/** The code of the issue generateReport answers with when a sheet it generated was edited since. */
export const GENERATED_SHEET_EDITED = "generated-sheet-edited";

export const initialPaneState: PaneState = {
  fiscalYear: LATEST_FISCAL_YEAR,
  agency: "",
  mode: "formulas",
  reportOptions: {
    digits: "thai",
    chart: true,
    details: { agencyKind: "", district: "", province: "", scoresAsOf: "" },
  },
  warnings: [],
};

function focusOn(state: PaneState, target: PaneFocus["target"]): PaneFocus {
  return { target, serial: (state.focus?.serial ?? 0) + 1 };
}

function finished(state: PaneState, warnings: readonly ValidationIssue[]): PaneState {
  return { ...state, work: undefined, warnings };
}

function troubled(
  state: PaneState,
  issues: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[]
) {
  return {
    ...finished(state, warnings),
    trouble: { kind: "issues", issues } as const,
    focus: focusOn(state, "trouble"),
  };
}

/** The pane's flow: start → input sheet or selection preview → analysis, with problems at every step. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "fiscal-year-chosen":
      return { ...state, fiscalYear: event.fiscalYear };
    case "agency-typed":
      return { ...state, agency: event.agency };
    case "mode-chosen":
      return { ...state, mode: event.mode };
    case "digits-chosen":
      return { ...state, reportOptions: { ...state.reportOptions, digits: event.digits } };
    case "chart-chosen":
      return { ...state, reportOptions: { ...state.reportOptions, chart: event.chart } };
    case "report-details-changed":
      return {
        ...state,
        reportOptions: {
          ...state.reportOptions,
          details: { ...state.reportOptions.details, ...event.details },
        },
      };
    case "work-started":
      return {
        ...state,
        work: event.work,
        trouble: undefined,
        warnings: [],
        report: undefined,
        replaceOffer: undefined,
        settingsSheet: undefined,
      };
    case "sheet-inserted": {
      const { outcome } = event;
      if (!outcome.ok) return troubled(state, outcome.issues, outcome.warnings);
      return {
        ...finished(state, outcome.warnings),
        fiscalYear: event.fiscalYear ?? state.fiscalYear,
        source: { kind: "input-sheet", sheet: outcome.value },
        found: undefined,
        analysis: undefined,
        focus: focusOn(state, "source"),
      };
    }
    case "scores-found": {
      const { outcome } = event;
      if (!outcome.ok) return { ...troubled(state, outcome.issues, outcome.warnings), found: undefined };
      return { ...finished(state, outcome.warnings), found: outcome.value, focus: focusOn(state, "found") };
    }
    case "found-dismissed":
      return { ...state, found: undefined, warnings: [], focus: focusOn(state, "start") };
    case "settings-sheet-inserted": {
      const { outcome, kind } = event;
      if (!outcome.ok) return troubled(state, outcome.issues, outcome.warnings);
      return {
        ...finished(state, outcome.warnings),
        settingsSheet: { kind, sheetName: outcome.value.sheetName },
      };
    }
    case "selection-previewed": {
      const { outcome } = event;
      if (!outcome.ok) return troubled(state, outcome.issues, outcome.warnings);
      return {
        ...finished(state, outcome.warnings),
        source: { kind: "selection", preview: outcome.value },
        analysis: undefined,
        focus: focusOn(state, "source"),
      };
    }
    case "analyzed": {
      const { outcome } = event;
      // Results of an earlier run no longer describe the sheet once a new run has failed.
      if (!outcome.ok) return { ...troubled(state, outcome.issues, outcome.warnings), analysis: undefined };
      return {
        ...finished(state, outcome.warnings),
        analysis: { outcome: outcome.value, requestedMode: event.requestedMode },
        focus: focusOn(state, "results"),
      };
    }
    case "report-generated": {
      const { outcome, request } = event;
      if (!outcome.ok) {
        const edited = outcome.issues.some((issue) => issue.code === GENERATED_SHEET_EDITED);
        return {
          ...troubled(state, outcome.issues, outcome.warnings),
          replaceOffer: edited ? { ...request, replaceEdited: true } : undefined,
        };
      }
      return {
        ...finished(state, outcome.warnings),
        report: { kind: "generated", report: outcome.value },
        focus: focusOn(state, "report"),
      };
    }
    case "report-exported": {
      const { outcome } = event;
      if (!outcome.ok) return troubled(state, outcome.issues, outcome.warnings);
      return {
        ...finished(state, outcome.warnings),
        report: { kind: "exported", file: outcome.value },
        focus: focusOn(state, "report"),
      };
    }
    case "work-failed":
      return {
        ...state,
        work: undefined,
        // A failed report leaves the analysis it was drawn from as it was.
        analysis: state.work === "generating" || state.work === "exporting" ? state.analysis : undefined,
        trouble: { kind: "failure", message: event.message },
        focus: focusOn(state, "trouble"),
      };
    case "start-over":
      return {
        ...state,
        source: undefined,
        found: undefined,
        analysis: undefined,
        report: undefined,
        replaceOffer: undefined,
        settingsSheet: undefined,
        trouble: undefined,
        warnings: [],
        focus: focusOn(state, "start"),
      };
  }
}
