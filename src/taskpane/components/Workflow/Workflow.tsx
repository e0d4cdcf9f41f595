import { useEffect } from "react";
import type { ExcelActions } from "../../../excel/actions";
import { paneStatus, reportRequestFor, usePaneState } from "../../hooks/usePaneState";
import type { PaneLanguage } from "../../strings";
import { AdvancedSettings } from "../AdvancedSettings/AdvancedSettings";
import { ProblemBar } from "../ProblemBar/ProblemBar";
import { StartForm } from "../StartForm/StartForm";
import { WorkStatus } from "../WorkStatus/WorkStatus";
import {
  AnalysisResults,
  AnalyzeControls,
  CompatibilityCheck,
  FoundScores,
  InputSheetCard,
  ManyAgencies,
  preloadPanelsFor,
  ReplaceEdited,
  ReportPanel,
  SelectionPreview,
  TrackingPanel,
} from "./panels";
import { useFocusTargets } from "./useFocusTargets";
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
  const focusTarget = useFocusTargets(state.focus);

  const { source, found, analysis, trouble, warnings, work, replaceOffer } = state;

  // What this work will show is fetched while Excel works, not after.
  useEffect(() => {
    if (work !== undefined) preloadPanelsFor(work);
  }, [work]);

  return (
    <div className={styles.root}>
      {source === undefined && found !== undefined ? (
        <FoundScores
          ref={focusTarget.found}
          language={language}
          found={found}
          work={work}
          onUse={controls.useFoundScores}
          onDismiss={controls.dismissFound}
        />
      ) : source === undefined ? (
        <>
          <StartForm
            ref={focusTarget.start}
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
            <InputSheetCard ref={focusTarget.source} language={language} sheet={source.sheet} />
          ) : (
            <SelectionPreview ref={focusTarget.source} language={language} preview={source.preview} />
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
          ref={focusTarget.trouble}
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
        <AnalysisResults ref={focusTarget.results} language={language} analysis={analysis} />
      )}
      {analysis !== undefined && (
        <ReportPanel
          ref={focusTarget.report}
          language={language}
          options={state.reportOptions}
          work={work}
          report={state.report}
          agency={state.agency}
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
