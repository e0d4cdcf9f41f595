import { AGENCY_KINDS, agencyKindFromName } from "../../../core";
import { useEffect, useRef } from "react";
import type { ExcelActions } from "../../../excel/actions";
import { paneStatus, reportRequestFor, usePaneState, type PaneFocus } from "../../hooks/usePaneState";
import type { PaneLanguage } from "../../strings";
import { AdvancedSettings } from "../AdvancedSettings/AdvancedSettings";
import { ManyAgencies } from "../ManyAgencies/ManyAgencies";
import { AnalysisResults } from "../AnalysisResults/AnalysisResults";
import { AnalyzeControls } from "../AnalyzeControls/AnalyzeControls";
import { FoundScores } from "../FoundScores/FoundScores";
import { InputSheetCard } from "../InputSheetCard/InputSheetCard";
import { ProblemBar } from "../ProblemBar/ProblemBar";
import { CompatibilityCheck } from "../CompatibilityCheck/CompatibilityCheck";
import { ReplaceEdited, ReportPanel } from "../ReportPanel/ReportPanel";
import { SelectionPreview } from "../SelectionPreview/SelectionPreview";
import { StartForm } from "../StartForm/StartForm";
import { TrackingPanel } from "../TrackingPanel/TrackingPanel";
import { WorkStatus } from "../WorkStatus/WorkStatus";
import { useWorkflowStyles } from "./Workflow.styles";

export interface WorkflowProps {
  language: PaneLanguage;
  /** What the pane asks of Excel; tests and the browser end-to-end test hand in stand-ins. */
  actions: ExcelActions;
}

/**
 * The officer's path: choose the year, bring the scores in, check them, analyze, read the results, then
 * write the report to publish.
 */
export function Workflow({ language, actions }: WorkflowProps) {
  const styles = useWorkflowStyles();
  const [state, controls] = usePaneState(actions);
  const startHeading = useRef<HTMLHeadingElement>(null);
  const sourceHeading = useRef<HTMLHeadingElement>(null);
  const foundHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const reportOutcome = useRef<HTMLParagraphElement>(null);
  const troubleBar = useRef<HTMLDivElement>(null);
  const focus = state.focus;

  useEffect(() => {
    if (focus === undefined) return;
    const targets: Record<PaneFocus["target"], React.RefObject<HTMLElement>> = {
      start: startHeading,
      found: foundHeading,
      source: sourceHeading,
      results: resultsHeading,
      report: reportOutcome,
      trouble: troubleBar,
    };
    targets[focus.target].current?.focus();
  }, [focus]);

  const { source, found, analysis, trouble, warnings, work, replaceOffer } = state;
  return (
    <div className={styles.root}>
      {source === undefined && found !== undefined ? (
        <FoundScores
          ref={foundHeading}
          language={language}
          found={found}
          work={work}
          onUse={controls.useFoundScores}
          onDismiss={controls.dismissFound}
        />
      ) : source === undefined ? (
        <>
          <StartForm
            ref={startHeading}
            language={language}
            fiscalYear={state.fiscalYear}
            agency={state.agency}
            work={work}
            onFiscalYearChange={controls.chooseFiscalYear}
            onAgencyChange={controls.typeAgency}
            onInsertInputSheet={controls.insertInputSheet}
            onPreviewSelection={controls.previewSelection}
            onFindScores={controls.findScores}
            onInsertFrameworkSheet={controls.insertFrameworkSheet}
          />
          <AdvancedSettings
            language={language}
            fiscalYear={state.fiscalYear}
            work={work}
            onInsertFrameworkSheet={controls.insertFrameworkSheet}
            onInsertCatalogueSheet={controls.insertCatalogueSheet}
          >
            <CompatibilityCheck language={language} actions={actions} />
          </AdvancedSettings>
          <ManyAgencies language={language} actions={actions} />
        </>
      ) : (
        <div className={styles.source}>
          {source.kind === "input-sheet" ? (
            <InputSheetCard ref={sourceHeading} language={language} sheet={source.sheet} />
          ) : (
            <SelectionPreview ref={sourceHeading} language={language} preview={source.preview} />
          )}
          <AnalyzeControls
            language={language}
            mode={state.mode}
            work={work}
            onModeChange={controls.chooseMode}
            onAnalyze={controls.analyze}
            onChooseAgain={controls.startOver}
          />
        </div>
      )}
      <WorkStatus language={language} status={paneStatus(state)} />
      {trouble !== undefined && (
        <ProblemBar
          ref={troubleBar}
          language={language}
          problem={trouble}
          actions={
            replaceOffer === undefined ? undefined : (
              <ReplaceEdited language={language} work={work} onConfirm={controls.replaceEditedSheets} />
            )
          }
        />
      )}
      {warnings.length > 0 && <ProblemBar language={language} problem={{ kind: "warnings", warnings }} />}
      {analysis !== undefined && (
        <AnalysisResults ref={resultsHeading} language={language} analysis={analysis} />
      )}
      {analysis !== undefined && (
        <ReportPanel
          ref={reportOutcome}
          language={language}
          options={state.reportOptions}
          work={work}
          report={state.report}
          kinds={AGENCY_KINDS}
          guessedKind={agencyKindFromName(state.agency)}
          onDigitsChange={controls.chooseDigits}
          onChartChange={controls.chooseChart}
          onDetailsChange={controls.changeReportDetails}
          onGenerate={controls.generateReport}
          exports={actions.exportOffer()}
          onExport={() => controls.exportReport("xlsx")}
          onExportPdf={() => controls.exportReport("pdf")}
        />
      )}
      <TrackingPanel language={language} actions={actions} request={reportRequestFor(state)} />
    </div>
  );
}
