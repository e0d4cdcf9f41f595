import { Body1, Spinner } from "@fluentui/react-components";
import type { PaneStatus } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage, type PaneStrings } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useWorkStatusStyles } from "./WorkStatus.styles";

export interface WorkStatusProps {
  language: PaneLanguage;
  status: PaneStatus;
}

function statusText(status: PaneStatus, strings: PaneStrings): string {
  switch (status.kind) {
    case "idle":
      return "";
    case "working":
      return strings[status.work];
    case "inserted":
      return strings.insertedStatus(status.sheetName);
    case "settings-inserted":
      return strings.settingsInsertedStatus(status.sheet, status.sheetName);
    case "previewed":
      return strings.previewedStatus;
    case "found":
      return strings.foundStatus(status.indicators, status.mismatches);
    case "analyzed":
      return strings.analyzedStatus(status.outputAddress);
    case "generated":
      return strings.generatedStatus(status.sheetNames);
    case "exported":
      return strings.exportedStatus(status.file.fileName, status.file.delivery);
    case "failed":
      return strings.failedStatus;
  }
}

/** A spinner while Excel works, and a live region that tells screen readers what is happening. */
export function WorkStatus({ language, status }: WorkStatusProps) {
  const styles = useWorkStatusStyles();
  const { th, en } = paneTextsFor(language);
  const text = statusText(status, th);

  return (
    <div className={styles.root}>
      {status.kind === "working" && <Spinner size="tiny" aria-hidden="true" />}
      <Body1 as="p" role="status" aria-live="polite" className={styles.text}>
        {text !== "" && <Bilingual th={text} en={en && statusText(status, en)} />}
      </Body1>
    </div>
  );
}
