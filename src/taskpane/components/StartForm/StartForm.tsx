import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  useId,
} from "@fluentui/react-components";
import { forwardRef } from "react";
import { LATEST_FISCAL_YEAR, SUPPORTED_FISCAL_YEARS } from "../../../core";
import type { PaneWork } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { HintedAction } from "../HintedAction/HintedAction";
import { useStartFormStyles } from "./StartForm.styles";

export interface StartFormProps {
  language: PaneLanguage;
  fiscalYear: number;
  agency: string;
  /** The Excel action running now, if any: the buttons wait for it. */
  work?: PaneWork;
  onFiscalYearChange(fiscalYear: number): void;
  onAgencyChange(agency: string): void;
  onInsertInputSheet(): void;
  onPreviewSelection(): void;
  onFindScores(): void;
  /** For a year without a built-in framework: insert its framework sheet, copied from the latest year. */
  onInsertFrameworkSheet(): void;
}

/**
 * Newest first: the officer almost always works on the latest assessment. The year after the latest is
 * offered too, so that the day the NACC reworks the ITA the officer can go on with a framework sheet.
 */
const NEXT_YEAR = LATEST_FISCAL_YEAR + 1;
const fiscalYearsNewestFirst = [NEXT_YEAR, ...[...SUPPORTED_FISCAL_YEARS].sort((a, b) => b - a)];

/** Step 1: which year and agency, and the three ways to bring the scores in. */
export const StartForm = forwardRef<HTMLHeadingElement, StartFormProps>(function StartForm(
  {
    language,
    fiscalYear,
    agency,
    work,
    onFiscalYearChange,
    onAgencyChange,
    onInsertInputSheet,
    onPreviewSelection,
    onFindScores,
    onInsertFrameworkSheet,
  },
  headingRef
) {
  const styles = useStartFormStyles();
  const { th, en } = paneTextsFor(language);
  const headingId = useId("start-heading");
  const waysHeadingId = useId("ways-heading");
  const busy = work !== undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Bilingual th={th.startHeading} en={en?.startHeading} />
      </h2>
      <Field label={{ children: <Bilingual th={th.fiscalYearLabel} en={en?.fiscalYearLabel} /> }}>
        <Select
          className={styles.control}
          value={String(fiscalYear)}
          onChange={(_, data) => onFiscalYearChange(Number(data.value))}
        >
          {fiscalYearsNewestFirst.map((year) => (
            <option key={year} value={String(year)}>
              {SUPPORTED_FISCAL_YEARS.includes(year) ? String(year) : th.unknownYearOption(year)}
            </option>
          ))}
        </Select>
      </Field>
      {!SUPPORTED_FISCAL_YEARS.includes(fiscalYear) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.unknownYearTitle(fiscalYear)} en={en?.unknownYearTitle(fiscalYear)} />
            </MessageBarTitle>
            <p>
              <Bilingual
                th={th.unknownYearNotice(fiscalYear, LATEST_FISCAL_YEAR)}
                en={en?.unknownYearNotice(fiscalYear, LATEST_FISCAL_YEAR)}
              />
            </p>
            <Button disabled={busy} onClick={onInsertFrameworkSheet}>
              <Bilingual
                th={th.insertFrameworkForYear(fiscalYear)}
                en={en?.insertFrameworkForYear(fiscalYear)}
              />
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={{ children: <Bilingual th={th.agencyLabel} en={en?.agencyLabel} /> }}
        hint={{ children: <Bilingual th={th.agencyHint} en={en?.agencyHint} /> }}
      >
        <Input className={styles.control} value={agency} onChange={(_, data) => onAgencyChange(data.value)} />
      </Field>
      <div className={styles.ways} role="group" aria-labelledby={waysHeadingId}>
        <Subtitle2 as="h3" id={waysHeadingId} className={styles.waysHeading}>
          <Bilingual th={th.waysInHeading} en={en?.waysInHeading} />
        </Subtitle2>
        <HintedAction
          primary
          label={{ th: th.insertSheet, en: en?.insertSheet }}
          hint={{ th: th.insertSheetHint, en: en?.insertSheetHint }}
          busy={busy}
          onClick={onInsertInputSheet}
        />
        <HintedAction
          label={{ th: th.useSelection, en: en?.useSelection }}
          hint={{ th: th.useSelectionHint, en: en?.useSelectionHint }}
          busy={busy}
          onClick={onPreviewSelection}
        />
        <HintedAction
          label={{ th: th.findScores, en: en?.findScores }}
          hint={{ th: th.findScoresHint, en: en?.findScoresHint }}
          busy={busy}
          onClick={onFindScores}
        />
      </div>
    </section>
  );
});
