import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  useId,
} from "@fluentui/react-components";
import { formatIssue } from "../../../core";
import type { AgenciesOutcome, ExcelActions } from "../../../excel/actions";
import { formatScore } from "../../format";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useManyAgenciesStyles } from "./ManyAgencies.styles";
import { useAgenciesBatch } from "./useAgenciesBatch";

export interface ManyAgenciesProps {
  language: PaneLanguage;
  actions: Pick<ExcelActions, "analyzeAgencies">;
}

/** The group against the national mean of its year, compared as printed; none when not known. */
function nationalOf(outcome: AgenciesOutcome) {
  const national = outcome.nationalMean;
  if (!national) return undefined;
  const difference = Math.round(outcome.meanTotal * 100) - Math.round(national.mean * 100);
  return {
    fiscalYear: national.fiscalYear,
    mean: formatScore(national.mean),
    above: difference === 0 ? null : difference > 0,
  };
}

/**
 * The supervisor's way in: a selected table of agencies (one per row) analysed at once, results beside
 * it and a summary sheet, with a progress bar while the rows are written in chunks.
 */
export function ManyAgencies({ language, actions }: ManyAgenciesProps) {
  const styles = useManyAgenciesStyles();
  const { th, en } = paneTextsFor(language);
  const hintId = useId("agencies-hint");
  const [state, start] = useAgenciesBatch(actions);
  const working = state.kind === "working";
  const share = (fraction: number) =>
    new Intl.NumberFormat(language === "th" ? "th-TH" : "en", {
      style: "percent",
      maximumFractionDigits: 2,
    }).format(fraction);

  return (
    <section className={styles.root} aria-labelledby={`${hintId}-heading`}>
      <h3 id={`${hintId}-heading`} className={styles.heading}>
        <Bilingual th={th.agenciesHeading} en={en?.agenciesHeading} />
      </h3>
      <Body1 as="p" id={hintId} className={styles.hint}>
        <Bilingual th={th.agenciesHint} en={en?.agenciesHint} />
      </Body1>
      <Button className={styles.button} disabledFocusable={working} aria-describedby={hintId} onClick={start}>
        <Bilingual th={th.analyzeAgencies} en={en?.analyzeAgencies} />
      </Button>
      {working && (
        <Field
          validationState="none"
          validationMessage={
            <span aria-live="polite">
              <Bilingual
                th={th.agenciesProgress(state.done, state.total)}
                en={en?.agenciesProgress(state.done, state.total)}
              />
            </span>
          }
        >
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} max={1} />
        </Field>
      )}
      {state.kind === "done" && (
        <MessageBar intent={state.outcome.shareAtLeast85 >= 0.8 ? "success" : "warning"} layout="multiline">
          <MessageBarBody role="status">
            <Bilingual
              th={th.agenciesDone(
                state.outcome.agencies,
                state.outcome.outputAddress,
                state.outcome.summarySheet
              )}
              en={en?.agenciesDone(
                state.outcome.agencies,
                state.outcome.outputAddress,
                state.outcome.summarySheet
              )}
            />{" "}
            <Bilingual
              th={th.agenciesShare(share(state.outcome.shareAtLeast85), state.outcome.shareAtLeast85 >= 0.8)}
              en={en?.agenciesShare(share(state.outcome.shareAtLeast85), state.outcome.shareAtLeast85 >= 0.8)}
            />{" "}
            <Bilingual
              th={th.agenciesMean(formatScore(state.outcome.meanTotal), nationalOf(state.outcome))}
              en={en?.agenciesMean(formatScore(state.outcome.meanTotal), nationalOf(state.outcome))}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.kind === "refused" || state.kind === "failed") && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody role="alert">
            <MessageBarTitle>
              <Bilingual th={th.agenciesProblem} en={en?.agenciesProblem} />
            </MessageBarTitle>
            <ul className={styles.issues}>
              {state.kind === "refused" ? (
                state.issues.map((issue, i) => (
                  <li key={i}>{formatIssue(issue, language === "th" ? "th" : "both")}</li>
                ))
              ) : (
                <li>{state.reason}</li>
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
