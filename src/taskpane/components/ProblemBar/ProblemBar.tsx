import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";
import { formatIssue, type ValidationIssue } from "../../../core";
import type { PaneTrouble } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useProblemBarStyles } from "./ProblemBar.styles";

/** An action's trouble (an error), or the warnings of an action that succeeded. */
export type PaneProblem =
  PaneTrouble | { readonly kind: "warnings"; readonly warnings: readonly ValidationIssue[] };

export interface ProblemBarProps {
  language: PaneLanguage;
  problem: PaneProblem;
  /** What the officer can do about the problems, e.g. confirm replacing the sheets they edited. */
  actions?: ReactNode;
}

/** Every problem of the last action at once, each naming its cell; focusable so the pane can move focus to it. */
export const ProblemBar = forwardRef<HTMLDivElement, ProblemBarProps>(function ProblemBar(
  { language, problem, actions },
  ref
) {
  const styles = useProblemBarStyles();
  const { th, en } = paneTextsFor(language);

  switch (problem.kind) {
    case "issues":
      return (
        <MessageBar intent="error" layout="multiline" ref={ref} tabIndex={-1} className={styles.root}>
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual
                th={th.issuesTitle(problem.issues.length)}
                en={en?.issuesTitle(problem.issues.length)}
              />
            </MessageBarTitle>
            <p className={styles.line}>
              <Bilingual th={th.nothingWritten} en={en?.nothingWritten} />
            </p>
            <IssueList issues={problem.issues} language={language} />
            {actions !== undefined && <div className={styles.actions}>{actions}</div>}
          </MessageBarBody>
        </MessageBar>
      );
    case "failure":
      return (
        <MessageBar intent="error" layout="multiline" ref={ref} tabIndex={-1} className={styles.root}>
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.unexpectedTitle} en={en?.unexpectedTitle} />
            </MessageBarTitle>
            <p className={styles.line}>
              <Bilingual th={th.unexpectedBody} en={en?.unexpectedBody} />
            </p>
            <p className={styles.line}>{problem.message}</p>
          </MessageBarBody>
        </MessageBar>
      );
    case "warnings":
      return (
        <MessageBar intent="warning" layout="multiline" ref={ref} className={styles.root}>
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.warningsTitle} en={en?.warningsTitle} />
            </MessageBarTitle>
            <IssueList issues={problem.warnings} language={language} />
          </MessageBarBody>
        </MessageBar>
      );
  }
});

function IssueList({ issues, language }: { issues: readonly ValidationIssue[]; language: PaneLanguage }) {
  const styles = useProblemBarStyles();
  return (
    <ul className={styles.list}>
      {issues.map((issue, index) => (
        <li key={`${index}:${issue.location}:${issue.code}`}>
          <Bilingual
            th={formatIssue(issue, "th")}
            en={language === "en" ? formatIssue(issue, "en") : undefined}
          />
        </li>
      ))}
    </ul>
  );
}
