import { Body1, Button, Switch, useId } from "@fluentui/react-components";
import type { AnalysisMode } from "../../../excel/actions";
import type { PaneWork } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useAnalyzeControlsStyles } from "./AnalyzeControls.styles";

export interface AnalyzeControlsProps {
  language: PaneLanguage;
  mode: AnalysisMode;
  /** The Excel action running now, if any: the buttons wait for it. */
  work?: PaneWork;
  onModeChange(mode: AnalysisMode): void;
  onAnalyze(): void;
  onChooseAgain(): void;
}

/** Step 4's controls: formulas or values, analyze, or go back and choose the scores again. */
export function AnalyzeControls({
  language,
  mode,
  work,
  onModeChange,
  onAnalyze,
  onChooseAgain,
}: AnalyzeControlsProps) {
  const styles = useAnalyzeControlsStyles();
  const { th, en } = paneTextsFor(language);
  const hintId = useId("mode-hint");
  const busy = work !== undefined;

  return (
    <div className={styles.root}>
      <Switch
        checked={mode === "formulas"}
        onChange={(_, data) => onModeChange(data.checked ? "formulas" : "values")}
        label={{ children: <Bilingual th={th.writeFormulas} en={en?.writeFormulas} /> }}
        aria-describedby={hintId}
      />
      <Body1 as="p" id={hintId} className={styles.hint}>
        {mode === "formulas" ? (
          <Bilingual th={th.formulasHint} en={en?.formulasHint} />
        ) : (
          <Bilingual th={th.valuesHint} en={en?.valuesHint} />
        )}
      </Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" className={styles.button} disabledFocusable={busy} onClick={onAnalyze}>
          <span className={styles.buttonText}>
            <Bilingual th={th.analyze} en={en?.analyze} />
          </span>
        </Button>
        <Button className={styles.button} disabledFocusable={busy} onClick={onChooseAgain}>
          <span className={styles.buttonText}>
            <Bilingual th={th.chooseAgain} en={en?.chooseAgain} />
          </span>
        </Button>
      </div>
    </div>
  );
}
