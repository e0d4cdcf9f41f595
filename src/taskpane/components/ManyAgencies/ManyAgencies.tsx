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
import { useEffect, useRef } from "react";
import { formatIssue } from "../../../core";
import type { AgenciesOutcome, ExcelActions } from "../../../excel/actions";
import { formatScore } from "../../format";
import { paneTextsFor, type PaneLanguage, type PaneStrings, type PaneTexts } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useManyAgenciesStyles } from "./ManyAgencies.styles";
import { useAgenciesBatch, type AgenciesState } from "./useAgenciesBatch";

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
 * it and a summary sheet, with a progress bar while the rows are written in chunks. When it ends, focus
 * moves to the outcome, named by its title and described by its text, as the report's outcome does.
 */
export function ManyAgencies({ language, actions }: ManyAgenciesProps) {
  const styles = useManyAgenciesStyles();
  const texts = paneTextsFor(language);
  const { th, en } = texts;
  const hintId = useId("agencies-hint");
  const outcomeId = useId("agencies-outcome");
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [state, start] = useAgenciesBatch(actions);
  const working = state.kind === "working";
  const ended = state.kind === "done" || state.kind === "refused" || state.kind === "failed";
  const share = (fraction: number) =>
    new Intl.NumberFormat(language === "th" ? "th-TH" : "en", {
      style: "percent",
      maximumFractionDigits: 2,
    }).format(fraction);

  useEffect(() => {
    if (ended) outcomeRef.current?.focus();
  }, [ended, state]);

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
      {working && <AgenciesProgress state={state} texts={texts} />}
      {state.kind === "done" && (
        <MessageBar
          ref={outcomeRef}
          tabIndex={-1}
          aria-describedby={outcomeId}
          intent={state.outcome.shareAtLeast85 >= 0.8 ? "success" : "warning"}
          layout="multiline"
          className={styles.outcome}
        >
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.agenciesDoneTitle} en={en?.agenciesDoneTitle} />
            </MessageBarTitle>
            <p id={outcomeId} className={styles.line}>
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
                th={th.agenciesShare(
                  share(state.outcome.shareAtLeast85),
                  state.outcome.shareAtLeast85 >= 0.8
                )}
                en={en?.agenciesShare(
                  share(state.outcome.shareAtLeast85),
                  state.outcome.shareAtLeast85 >= 0.8
                )}
              />{" "}
              <Bilingual
                th={th.agenciesMean(formatScore(state.outcome.meanTotal), nationalOf(state.outcome))}
                en={en?.agenciesMean(formatScore(state.outcome.meanTotal), nationalOf(state.outcome))}
              />
            </p>
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.kind === "refused" || state.kind === "failed") && (
        <MessageBar
          ref={outcomeRef}
          tabIndex={-1}
          aria-describedby={outcomeId}
          intent="error"
          layout="multiline"
          className={styles.outcome}
        >
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.agenciesProblem} en={en?.agenciesProblem} />
            </MessageBarTitle>
            <ul id={outcomeId} className={styles.issues}>
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

/**
 * The progress bar, named, and determinate once the table is read: until then it says it is reading the
 * table rather than "0 of 0".
 */
function AgenciesProgress({
  state,
  texts: { th, en },
}: {
  state: Extract<AgenciesState, { kind: "working" }>;
  texts: PaneTexts;
}) {
  const styles = useManyAgenciesStyles();
  const progress = state.progress !== undefined && state.progress.total > 0 ? state.progress : undefined;
  const said = (strings: PaneStrings) =>
    progress === undefined
      ? strings.agenciesReading
      : strings.agenciesProgress(progress.done, progress.total);
  return (
    <Field
      label={{ children: <Bilingual th={th.agenciesProgressLabel} en={en?.agenciesProgressLabel} /> }}
      validationState="none"
      validationMessage={{
        className: styles.progressText,
        children: (
          <span aria-live="polite">
            <Bilingual th={said(th)} en={en && said(en)} />
          </span>
        ),
      }}
    >
      <ProgressBar
        value={progress?.done}
        max={progress?.total}
        aria-valuetext={progress === undefined ? undefined : en ? `${said(th)} / ${said(en)}` : said(th)}
      />
    </Field>
  );
}
