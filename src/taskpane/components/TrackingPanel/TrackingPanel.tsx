import { Body1, Button, Field, Input, Spinner, mergeClasses, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseDate, type ValidationIssue } from "../../../core";
import type {
  ActionOutcome,
  ExcelActions,
  ProgressReportOutcome,
  ReportRequest,
  TrackingSheetOutcome,
} from "../../../excel/actions";
import type { PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { HintedAction } from "../HintedAction/HintedAction";
import { ProblemBar } from "../ProblemBar/ProblemBar";
import { useTrackingPanelStyles } from "./TrackingPanel.styles";
import { trackingTextsFor, type TrackingStrings } from "./trackingTexts";

export interface TrackingPanelProps {
  language: PaneLanguage;
  actions: Pick<ExcelActions, "generateTrackingSheet" | "generateProgressReport">;
  /**
   * The report's request, once the scores are analysed: the tracking sheet follows its measures. Without it,
   * the implementation report is still offered (the officer comes back months later to a filled-in sheet).
   */
  request?: ReportRequest;
  /** Today as the date field shows it (YYYY-MM-DD, Common Era); the browser's date by default. */
  today?: string;
}

type TrackingAction = "tracking" | "progress";

type TrackingState =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly action: TrackingAction }
  | {
      readonly kind: "written";
      readonly outcome:
        | { readonly action: "tracking"; readonly value: TrackingSheetOutcome }
        | { readonly action: "progress"; readonly value: ProgressReportOutcome };
      readonly warnings: readonly ValidationIssue[];
    }
  | {
      readonly kind: "refused";
      readonly action: TrackingAction;
      readonly issues: readonly ValidationIssue[];
      readonly warnings: readonly ValidationIssue[];
    }
  | { readonly kind: "failed"; readonly message: string };

/** The browser's date as a date input takes it: "2026-03-31". */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function statusText(state: TrackingState, strings: TrackingStrings): string {
  switch (state.kind) {
    case "working":
      return state.action === "tracking" ? strings.writingTrackingSheet : strings.writingProgressReport;
    case "written":
      return state.outcome.action === "tracking"
        ? strings.trackingWritten(state.outcome.value)
        : strings.progressWritten(state.outcome.value);
    default:
      return "";
  }
}

/**
 * After the report: the tracking sheet of its measures, and, months later, the implementation report from
 * that sheet as the officer filled it in, as of a date. Each action says what it wrote in a status line that
 * takes focus; a refusal shows every problem with its cell, as the pane's problem bar does.
 */
export function TrackingPanel({ language, actions, request, today }: TrackingPanelProps) {
  const styles = useTrackingPanelStyles();
  const { th, en } = trackingTextsFor(language);
  const headingId = useId("tracking-heading");
  const [asOf, setAsOf] = useState(() => today ?? localToday());
  const [asOfInvalid, setAsOfInvalid] = useState(false);
  const [state, setState] = useState<TrackingState>({ kind: "idle" });
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const busy = state.kind === "working";

  useEffect(() => {
    if (state.kind === "written") outcomeRef.current?.focus();
    if (state.kind === "refused" || state.kind === "failed") problemRef.current?.focus();
  }, [state]);

  const run = useCallback(
    <T,>(
      action: TrackingAction,
      call: () => Promise<ActionOutcome<T>>,
      written: (value: T) => Extract<TrackingState, { kind: "written" }>["outcome"]
    ) => {
      setState({ kind: "working", action });
      call().then(
        (outcome) =>
          setState(
            outcome.ok
              ? { kind: "written", outcome: written(outcome.value), warnings: outcome.warnings }
              : { kind: "refused", action, issues: outcome.issues, warnings: outcome.warnings }
          ),
        (error: unknown) =>
          setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) })
      );
    },
    []
  );

  const writeTrackingSheet = useCallback(() => {
    if (request === undefined) return;
    run(
      "tracking",
      () => actions.generateTrackingSheet(request),
      (value: TrackingSheetOutcome) => ({ action: "tracking", value })
    );
  }, [actions, request, run]);

  const writeProgressReport = useCallback(
    (replaceEdited = false) => {
      const date = parseDate(asOf);
      if (!date.ok) {
        setAsOfInvalid(true);
        return;
      }
      setAsOfInvalid(false);
      run(
        "progress",
        () =>
          actions.generateProgressReport({
            asOf: date.value,
            digits: request?.digits ?? "thai",
            chart: request?.chart ?? true,
            ...(replaceEdited ? { replaceEdited: true } : {}),
          }),
        (value: ProgressReportOutcome) => ({ action: "progress", value })
      );
    },
    [actions, asOf, request, run]
  );

  const status = statusText(state, th);
  const editedReport =
    state.kind === "refused" &&
    state.action === "progress" &&
    state.issues.some((issue) => issue.code === "generated-sheet-edited");

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <Bilingual th={th.heading} en={en?.heading} />
      </h2>
      <Body1 as="p" className={styles.line}>
        <Bilingual th={th.intro} en={en?.intro} />
      </Body1>
      {request !== undefined ? (
        <HintedAction
          primary
          label={{ th: th.trackingSheet, en: en?.trackingSheet }}
          hint={{ th: th.trackingSheetHint, en: en?.trackingSheetHint }}
          busy={busy}
          onClick={writeTrackingSheet}
        />
      ) : (
        <Body1 as="p" className={styles.hint}>
          <Bilingual th={th.analyseFirst} en={en?.analyseFirst} />
        </Body1>
      )}
      <Field
        label={{ children: <Bilingual th={th.asOfLabel} en={en?.asOfLabel} /> }}
        hint={{ children: <Bilingual th={th.asOfHint} en={en?.asOfHint} /> }}
        validationState={asOfInvalid ? "error" : "none"}
        validationMessage={asOfInvalid ? <Bilingual th={th.asOfMissing} en={en?.asOfMissing} /> : undefined}
      >
        <Input
          type="date"
          className={styles.control}
          value={asOf}
          onChange={(_, data) => {
            setAsOf(data.value);
            setAsOfInvalid(false);
          }}
        />
      </Field>
      <HintedAction
        label={{ th: th.progressReport, en: en?.progressReport }}
        hint={{ th: th.progressReportHint, en: en?.progressReportHint }}
        busy={busy}
        onClick={() => writeProgressReport()}
      />
      {status !== "" && (
        // Rendered only once there is something to say: the pane's own status line stays the one live region
        // until this panel is used.
        <div className={styles.replace}>
          {busy && <Spinner size="tiny" aria-hidden="true" />}
          <p
            ref={outcomeRef}
            role="status"
            aria-live="polite"
            tabIndex={-1}
            className={mergeClasses(styles.status, state.kind === "written" && styles.outcome)}
          >
            <Bilingual th={status} en={en && statusText(state, en)} />
          </p>
        </div>
      )}
      {state.kind === "refused" && (
        <ProblemBar
          ref={problemRef}
          language={language}
          problem={{ kind: "issues", issues: state.issues }}
          actions={
            editedReport ? (
              <ReplaceEditedReport
                strings={{ th, en }}
                busy={busy}
                onConfirm={() => writeProgressReport(true)}
              />
            ) : undefined
          }
        />
      )}
      {state.kind === "failed" && (
        <ProblemBar
          ref={problemRef}
          language={language}
          problem={{ kind: "failure", message: state.message }}
        />
      )}
      {(state.kind === "written" || state.kind === "refused") && state.warnings.length > 0 && (
        <ProblemBar language={language} problem={{ kind: "warnings", warnings: state.warnings }} />
      )}
    </section>
  );
}

/** The officer's consent, beside the problem, to write the report over the report sheet they edited. */
function ReplaceEditedReport({
  strings: { th, en },
  busy,
  onConfirm,
}: {
  strings: { th: TrackingStrings; en?: TrackingStrings };
  busy: boolean;
  onConfirm(): void;
}) {
  const styles = useTrackingPanelStyles();
  const hintId = useId("replace-report-hint");
  return (
    <div className={styles.replace}>
      <p id={hintId} className={styles.line}>
        <Bilingual th={th.replaceEditedHint} en={en?.replaceEditedHint} />
      </p>
      <Button appearance="primary" aria-describedby={hintId} disabledFocusable={busy} onClick={onConfirm}>
        <Bilingual th={th.replaceEdited} en={en?.replaceEdited} />
      </Button>
    </div>
  );
}
