/**
 * The panels that are not part of the start view, each fetched in its own chunk the first time it is shown
 * (see `lazyPanel`). Panels shown together share a chunk (the same `webpackChunkName`), so one step of the
 * officer's path costs one request. The start form, the status line and the problem bar stay in the first
 * chunk: the pane must be able to say what went wrong even when nothing more can be fetched.
 */
import type { PaneWork } from "../../hooks/usePaneState";
import { lazyPanel } from "../LazyPanel/LazyPanel";

/** After "insert input sheet" or "use selection": what will be read, and the analyze button. */
export const InputSheetCard = lazyPanel(() =>
  import(/* webpackChunkName: "pane-source" */ "../InputSheetCard/InputSheetCard").then(
    (m) => m.InputSheetCard
  )
);
export const SelectionPreview = lazyPanel(() =>
  import(/* webpackChunkName: "pane-source" */ "../SelectionPreview/SelectionPreview").then(
    (m) => m.SelectionPreview
  )
);
export const AnalyzeControls = lazyPanel(() =>
  import(/* webpackChunkName: "pane-source" */ "../AnalyzeControls/AnalyzeControls").then(
    (m) => m.AnalyzeControls
  )
);

/** After "find scores": the table of what was found. */
export const FoundScores = lazyPanel(() =>
  import(/* webpackChunkName: "pane-found" */ "../FoundScores/FoundScores").then((m) => m.FoundScores)
);

/** After Analyze: the results and the report's options. */
export const AnalysisResults = lazyPanel(() =>
  import(/* webpackChunkName: "pane-results" */ "../AnalysisResults/AnalysisResults").then(
    (m) => m.AnalysisResults
  )
);
export const ReportPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-results" */ "../ReportPanel/AgencyReportPanel").then(
    (m) => m.AgencyReportPanel
  )
);
export const ReplaceEdited = lazyPanel(() =>
  import(/* webpackChunkName: "pane-results" */ "../ReportPanel/ReportPanel").then((m) => m.ReplaceEdited)
);

/** Below the start form, under the fold of a 350 × 800 pane: fetched once the start form is on screen. */
export const ManyAgencies = lazyPanel(() =>
  import(/* webpackChunkName: "pane-agencies" */ "../ManyAgencies/ManyAgencies").then((m) => m.ManyAgencies)
);
export const TrackingPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-tracking" */ "../TrackingPanel/TrackingPanel").then(
    (m) => m.TrackingPanel
  )
);

/** Inside the folded advanced settings: fetched when the officer opens them. */
export const CompatibilityCheck = lazyPanel(() =>
  import(/* webpackChunkName: "pane-compatibility" */ "../CompatibilityCheck/CompatibilityCheck").then(
    (m) => m.CompatibilityCheck
  )
);

/** Every lazy panel of the pane, for tests that render the whole path at once. */
export const WORKFLOW_PANELS = [
  InputSheetCard,
  SelectionPreview,
  AnalyzeControls,
  FoundScores,
  AnalysisResults,
  ReportPanel,
  ReplaceEdited,
  ManyAgencies,
  TrackingPanel,
  CompatibilityCheck,
] as const;

/**
 * The panels an Excel action will show when it ends, fetched while Excel works, so that the officer does not
 * wait for the chunk after waiting for Excel.
 */
const shownAfter: Partial<Record<PaneWork, readonly { preload(): Promise<void> }[]>> = {
  inserting: [InputSheetCard, AnalyzeControls],
  previewing: [SelectionPreview, AnalyzeControls],
  finding: [FoundScores],
  analyzing: [AnalysisResults, ReportPanel],
};

/**
 * Starts fetching what `work` will show. A failed fetch is left to the panel itself, which says so and
 * offers to try again when it is rendered.
 */
export function preloadPanelsFor(work: PaneWork): void {
  for (const panel of shownAfter[work] ?? []) panel.preload().catch(() => undefined);
}
