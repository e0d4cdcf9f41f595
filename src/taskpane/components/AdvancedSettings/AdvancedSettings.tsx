import { Button, useId } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { PaneWork } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { HintedAction } from "../HintedAction/HintedAction";
import { useAdvancedSettingsStyles } from "./AdvancedSettings.styles";

export interface AdvancedSettingsProps {
  language: PaneLanguage;
  /** The year chosen on the start form: the framework inserted is this year's. */
  fiscalYear: number;
  /** The Excel action running now, if any: the buttons wait for it. */
  work?: PaneWork;
  onInsertFrameworkSheet(): void;
  onInsertCatalogueSheet(): void;
  /** More tools shown in the open panel (the compatibility check). */
  children?: ReactNode;
}

/**
 * On the start, folded away (a plain disclosure: Fluent's Accordion would add its motion code, some 20 KB
 * gzipped, to the pane's start): the sheets an officer edits to correct the framework of a year or to put
 * their own wording and unit names into the report. What was inserted, or what went wrong, is shown by the
 * pane's status line and problem bar, as for the other actions.
 */
export function AdvancedSettings({
  language,
  fiscalYear,
  work,
  onInsertFrameworkSheet,
  onInsertCatalogueSheet,
  children,
}: AdvancedSettingsProps) {
  const styles = useAdvancedSettingsStyles();
  const { th, en } = paneTextsFor(language);
  const panelId = useId("advanced-panel");
  const [open, setOpen] = useState(false);
  const busy = work !== undefined;

  return (
    <section className={styles.root}>
      <h3 className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((was) => !was)}
        >
          <span aria-hidden="true" className={styles.caret}>
            {open ? "▾" : "▸"}
          </span>
          <span className={styles.buttonText}>
            <Bilingual th={th.advancedHeading} en={en?.advancedHeading} />
          </span>
        </Button>
      </h3>
      {open && (
        <div id={panelId} className={styles.panel}>
          <HintedAction
            label={{ th: th.insertFrameworkSheet, en: en?.insertFrameworkSheet }}
            hint={{
              th: th.insertFrameworkSheetHint(fiscalYear),
              en: en?.insertFrameworkSheetHint(fiscalYear),
            }}
            busy={busy}
            onClick={onInsertFrameworkSheet}
          />
          <HintedAction
            label={{ th: th.insertCatalogueSheet, en: en?.insertCatalogueSheet }}
            hint={{ th: th.insertCatalogueSheetHint, en: en?.insertCatalogueSheetHint }}
            busy={busy}
            onClick={onInsertCatalogueSheet}
          />
          {children}
        </div>
      )}
    </section>
  );
}
