import { useCallback, useReducer, useRef } from "react";
import { LATEST_FISCAL_YEAR, type ValidationIssue } from "../../core";
import type {
  ActionOutcome,
  AnalysisMode,
  AnalysisOutcome,
  ExcelActions,
  InputPreview,
  InsertedInputSheet,
} from "../../excel/actions";

/** The Excel action running now. */
export type PaneWork = "inserting" | "previewing" | "analyzing";

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
  readonly target: "start" | "source" | "results" | "trouble";
  readonly serial: number;
}

export interface PaneState {
  readonly fiscalYear: number;
  readonly agency: string;
  readonly mode: AnalysisMode;
  readonly work?: PaneWork;
  readonly source?: ScoreSource;
  readonly analysis?: PaneAnalysis;
  readonly trouble?: PaneTrouble;
  readonly warnings: readonly ValidationIssue[];
  readonly focus?: PaneFocus;
}

export type PaneEvent =
  | { readonly type: "fiscal-year-chosen"; readonly fiscalYear: number }
  | { readonly type: "agency-typed"; readonly agency: string }
  | { readonly type: "mode-chosen"; readonly mode: AnalysisMode }
  | { readonly type: "work-started"; readonly work: PaneWork }
  | { readonly type: "sheet-inserted"; readonly outcome: ActionOutcome<InsertedInputSheet> }
  | { readonly type: "selection-previewed"; readonly outcome: ActionOutcome<InputPreview> }
  | {
      readonly type: "analyzed";
      readonly outcome: ActionOutcome<AnalysisOutcome>;
      readonly requestedMode: AnalysisMode;
    }
  | { readonly type: "work-failed"; readonly message: string }
  | { readonly type: "start-over" };

export const initialPaneState: PaneState = {
  fiscalYear: LATEST_FISCAL_YEAR,
  agency: "",
  mode: "formulas",
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
    case "work-started":
      return { ...state, work: event.work, trouble: undefined, warnings: [] };
    case "sheet-inserted": {
      const { outcome } = event;
      if (!outcome.ok) return troubled(state, outcome.issues, outcome.warnings);
      return {
        ...finished(state, outcome.warnings),
        source: { kind: "input-sheet", sheet: outcome.value },
        analysis: undefined,
        focus: focusOn(state, "source"),
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
    case "work-failed":
      return {
        ...state,
        work: undefined,
        analysis: undefined,
        trouble: { kind: "failure", message: event.message },
        focus: focusOn(state, "trouble"),
      };
    case "start-over":
      return {
        ...state,
        source: undefined,
        analysis: undefined,
        trouble: undefined,
        warnings: [],
        focus: focusOn(state, "start"),
      };
  }
}

export interface PaneControls {
  chooseFiscalYear(fiscalYear: number): void;
  typeAgency(agency: string): void;
  chooseMode(mode: AnalysisMode): void;
  insertInputSheet(): void;
  previewSelection(): void;
  analyze(): void;
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
    startOver: () => dispatch({ type: "start-over" }),
    insertInputSheet: () => {
      const { fiscalYear, agency } = latest.current;
      void run("inserting", async () => ({
        type: "sheet-inserted",
        outcome: await actions.insertInputSheet({ fiscalYear, agency: agencyOf(agency) }),
      }));
    },
    previewSelection: () => {
      const { fiscalYear } = latest.current;
      void run("previewing", async () => ({
        type: "selection-previewed",
        outcome: await actions.previewSelection(fiscalYear),
      }));
    },
    analyze: () => {
      const { fiscalYear, agency, mode, source } = latest.current;
      if (source === undefined) return;
      // Analyze reads exactly the block the preview showed, even if the selection has moved since.
      const inputAddress =
        source.kind === "input-sheet" ? source.sheet.analysisAddress : source.preview.blockAddress;
      void run("analyzing", async () => ({
        type: "analyzed",
        requestedMode: mode,
        outcome: await actions.analyze({ fiscalYear, agency: agencyOf(agency), mode, inputAddress }),
      }));
    },
  };
  return [state, controls];
}

function agencyOf(typed: string): string | undefined {
  const agency = typed.trim();
  return agency === "" ? undefined : agency;
}

/** What the live region says: the work in progress, or how the last action ended. */
export type PaneStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly work: PaneWork }
  | { readonly kind: "inserted"; readonly sheetName: string }
  | { readonly kind: "previewed" }
  | { readonly kind: "analyzed"; readonly outputAddress: string }
  | { readonly kind: "failed" };

export function paneStatus(state: PaneState): PaneStatus {
  if (state.work !== undefined) return { kind: "working", work: state.work };
  if (state.trouble !== undefined) return { kind: "failed" };
  if (state.analysis !== undefined)
    return { kind: "analyzed", outputAddress: state.analysis.outcome.outputAddress };
  if (state.source?.kind === "input-sheet")
    return { kind: "inserted", sheetName: state.source.sheet.sheetName };
  if (state.source?.kind === "selection") return { kind: "previewed" };
  return { kind: "idle" };
}
