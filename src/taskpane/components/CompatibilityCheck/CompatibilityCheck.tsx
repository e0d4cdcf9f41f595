import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  useAnnounce,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ValidationIssue } from "../../../core";
import type { CompatibilityReport, ExcelActions } from "../../../excel/actions";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { HintedAction } from "../HintedAction/HintedAction";
import { useCompatibilityCheckStyles } from "./CompatibilityCheck.styles";

export interface CompatibilityCheckProps {
  language: PaneLanguage;
  actions: Pick<ExcelActions, "runCompatibilityCheck">;
}

type CheckState =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly report: CompatibilityReport }
  | { readonly kind: "refused"; readonly issues: readonly ValidationIssue[] };

/** The report as plain text, to paste into a message to support (Thai and English on each line). */
export function compatibilityText(report: CompatibilityReport): string {
  const mark = { pass: "ผ่าน/pass", fail: "ไม่ผ่าน/FAIL", info: "ข้อมูล/info" } as const;
  return report.checks
    .map((check) => `[${mark[check.outcome]}] ${check.id}: ${check.th} / ${check.en}`)
    .join("\n");
}

/**
 * Under the advanced settings, for an agency's IT officer: runs the compatibility check in this Excel (a
 * temporary sheet it removes), lists each check as passed, failed or information, and gives the list as
 * text to copy for support.
 */
export function CompatibilityCheck({ language, actions }: CompatibilityCheckProps) {
  const styles = useCompatibilityCheckStyles();
  const { th, en } = paneTextsFor(language);
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const { announce } = useAnnounce();
  const run = useCallback(() => {
    setState({ kind: "working" });
    actions.runCompatibilityCheck().then(
      (outcome) => {
        if (outcome.ok) {
          // The list appears where focus is not: its sum is said, and the list is there to read.
          const count = (kind: string) =>
            outcome.value.checks.filter((check) => check.outcome === kind).length;
          const said = (strings: typeof th) =>
            strings.compatibilityDone(count("pass"), count("fail"), count("info"));
          announce(en === undefined ? said(th) : `${said(th)} ${said(en)}`, { polite: true });
        }
        setState(
          outcome.ok ? { kind: "done", report: outcome.value } : { kind: "refused", issues: outcome.issues }
        );
      },
      (error: unknown) =>
        setState({
          kind: "refused",
          issues: [
            {
              code: "unexpected",
              location: "Excel",
              messageTh: error instanceof Error ? error.message : String(error),
              messageEn: error instanceof Error ? error.message : String(error),
            },
          ],
        })
    );
  }, [actions, announce, th, en]);
  const tone = { pass: "success", fail: "danger", info: "informative" } as const;
  const label = { pass: th.checkPassed, fail: th.checkFailed, info: th.checkInfo } as const;

  return (
    <div className={styles.root}>
      <HintedAction
        label={{ th: th.compatibilityCheck, en: en?.compatibilityCheck }}
        hint={{ th: th.compatibilityCheckHint, en: en?.compatibilityCheckHint }}
        busy={state.kind === "working"}
        onClick={run}
      />
      {state.kind === "done" && (
        <>
          <ul className={styles.list} aria-label={th.compatibilityResults}>
            {state.report.checks.map((check) => (
              <li key={check.id} className={styles.item}>
                <Badge appearance="tint" color={tone[check.outcome]}>
                  {label[check.outcome]}
                </Badge>
                <span>{language === "th" ? check.th : check.en}</span>
              </li>
            ))}
          </ul>
          <Textarea
            readOnly
            className={styles.text}
            aria-label={th.compatibilityText}
            value={compatibilityText(state.report)}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
      {state.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.compatibilityFailed} en={en?.compatibilityFailed} />
            </MessageBarTitle>{" "}
            {state.issues.map((issue) => issue.messageTh).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
