import { Body1, Button, useId } from "@fluentui/react-components";
import { Bilingual } from "../Bilingual/Bilingual";
import { useHintedActionStyles } from "./HintedAction.styles";

export interface HintedActionProps {
  /** The button's label, Thai then English (omitted for a Thai Office). */
  label: { th: string; en?: string };
  /** What the button does, under it; the button is described by it for screen readers. */
  hint: { th: string; en?: string };
  primary?: boolean;
  /** An Excel action is running: the button waits, still focusable so its hint can be read. */
  busy: boolean;
  onClick(): void;
}

/** One thing the officer can do: a button and, under it, a line saying what it will do. */
export function HintedAction({ label, hint, primary = false, busy, onClick }: HintedActionProps) {
  const styles = useHintedActionStyles();
  const hintId = useId("action-hint");
  return (
    <div className={styles.root}>
      <Button
        appearance={primary ? "primary" : undefined}
        className={styles.button}
        disabledFocusable={busy}
        aria-describedby={hintId}
        onClick={onClick}
      >
        <span className={styles.buttonText}>
          <Bilingual th={label.th} en={label.en} />
        </span>
      </Button>
      <Body1 as="p" id={hintId} className={styles.hint}>
        <Bilingual th={hint.th} en={hint.en} />
      </Body1>
    </div>
  );
}
