import { MessageBar, MessageBarBody, MessageBarTitle, useId } from "@fluentui/react-components";
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

/**
 * Every problem of the last action at once, each naming its cell; focusable so the pane can move focus to
 * it. The bar is named by its title ("2 problems found") and described by what follows it (what was not
 * written, and the list of cells and reasons), so a screen reader says the problems when focus arrives.
 */
export const ProblemBar = forwardRef<HTMLDivElement, ProblemBarProps>(function ProblemBar(
  { language, problem, actions },
  ref
) {
  const styles = useProblemBarStyles();
  const { th, en } = paneTextsFor(language);
  const detailsId = useId("problem-details");

  switch (problem.kind) {
    case "issues":
      return (
        <MessageBar
          intent="error"
          layout="multiline"
          ref={ref}
          tabIndex={-1}
          aria-describedby={detailsId}
          className={styles.root}
        >
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual
                th={th.issuesTitle(problem.issues.length)}
                en={en?.issuesTitle(problem.issues.length)}
              />
            </MessageBarTitle>
            <div id={detailsId}>
              <p className={styles.line}>
                <Bilingual th={th.nothingWritten} en={en?.nothingWritten} />
              </p>
              <IssueList issues={problem.issues} language={language} />
            </div>
            {actions !== undefined && <div className={styles.actions}>{actions}</div>}
          </MessageBarBody>
        </MessageBar>
      );
    case "failure":
      return (
        <MessageBar
          intent="error"
          layout="multiline"
          ref={ref}
          tabIndex={-1}
          aria-describedby={detailsId}
          className={styles.root}
        >
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.unexpectedTitle} en={en?.unexpectedTitle} />
            </MessageBarTitle>
            <div id={detailsId}>
              <p className={styles.line}>
                <Bilingual th={th.unexpectedBody} en={en?.unexpectedBody} />
              </p>
              <p className={styles.line}>{problem.message}</p>
            </div>
          </MessageBarBody>
        </MessageBar>
      );
    case "warnings":
      return (
        <MessageBar
          intent="warning"
          layout="multiline"
          ref={ref}
          aria-describedby={detailsId}
          className={styles.root}
        >
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.warningsTitle} en={en?.warningsTitle} />
            </MessageBarTitle>
            <IssueList id={detailsId} issues={problem.warnings} language={language} />
          </MessageBarBody>
        </MessageBar>
      );
  }
});

function IssueList({
  id,
  issues,
  language,
}: {
  id?: string;
  issues: readonly ValidationIssue[];
  language: PaneLanguage;
}) {
  const styles = useProblemBarStyles();
  return (
    <ul id={id} className={styles.list}>
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
