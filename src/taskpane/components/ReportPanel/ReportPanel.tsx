import { Body1, Button, Field, Input, Select, Switch, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Problem } from "../../../core";
import type { ExportOffer } from "../../../excel/actions";
import type { PaneReport, PaneWork, ReportDetails, ReportOptions } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage, type PaneStrings } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useReportPanelStyles } from "./ReportPanel.styles";

export interface ReportPanelProps {
  language: PaneLanguage;
  options: ReportOptions;
  /** The Excel action running now, if any: the buttons wait for it. */
  work?: PaneWork;
  /** How the last report action ended, when it ended well. */
  report?: PaneReport;
  /** The kinds of agency the officer can choose from (their terms go into the report). */
  kinds: readonly { readonly id: string; readonly nameTh: string; readonly nameEn: string }[];
  /** The kind guessed from the agency's name, named in the "guess" option. */
  guessedKind?: { readonly nameTh: string; readonly nameEn: string };
  onDigitsChange(digits: ReportOptions["digits"]): void;
  onChartChange(chart: boolean): void;
  onDetailsChange(details: Partial<ReportDetails>): void;
  onGenerate(): void;
  /** What this Excel can deliver: a button for each export offered, a line saying what to do for the others. */
  exports: ExportOffer;
  onExport(): void;
  onExportPdf(): void;
}

/** Why an export is not offered, and what to do in Excel instead, as a sentence. */
function insteadLine(instead: Problem, language: PaneLanguage): string {
  const text = language === "th" ? instead.messageTh : instead.messageEn;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${language === "en" ? "." : ""}`;
}

function outcomeText(report: PaneReport, strings: PaneStrings): string {
  return report.kind === "generated"
    ? strings.generatedStatus(report.report.sheets.map((sheet) => sheet.name))
    : strings.exportedStatus(report.file.fileName, report.file.delivery);
}

/**
 * Step 5, after an analysis: the report an agency publishes, as sheets in this workbook or as a file. The
 * ref is the line saying what was written, which takes focus when an action ends well.
 */
export const ReportPanel = forwardRef<HTMLParagraphElement, ReportPanelProps>(function ReportPanel(
  {
    language,
    options,
    work,
    report,
    kinds,
    guessedKind,
    onDigitsChange,
    onChartChange,
    onDetailsChange,
    onGenerate,
    exports,
    onExport,
    onExportPdf,
  },
  outcomeRef
) {
  const styles = useReportPanelStyles();
  const { th, en } = paneTextsFor(language);
  const headingId = useId("report-heading");
  const digitsHintId = useId("digits-hint");
  const detailsId = useId("report-details");
  const details = options.details;
  const busy = work !== undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <Bilingual th={th.reportHeading} en={en?.reportHeading} />
      </h2>
      <Body1 as="p" className={styles.line}>
        <Bilingual th={th.reportIntro} en={en?.reportIntro} />
      </Body1>
      <div className={styles.options}>
        <Switch
          checked={options.digits === "thai"}
          onChange={(_, data) => onDigitsChange(data.checked ? "thai" : "arabic")}
          label={{ children: <Bilingual th={th.thaiDigits} en={en?.thaiDigits} /> }}
          aria-describedby={digitsHintId}
        />
        <Body1 as="p" id={digitsHintId} className={styles.hint}>
          {options.digits === "thai" ? (
            <Bilingual th={th.thaiDigitsHint} en={en?.thaiDigitsHint} />
          ) : (
            <Bilingual th={th.arabicDigitsHint} en={en?.arabicDigitsHint} />
          )}
        </Body1>
        <Switch
          checked={options.chart}
          onChange={(_, data) => onChartChange(data.checked)}
          label={{ children: <Bilingual th={th.includeChart} en={en?.includeChart} /> }}
        />
      </div>
      <div className={styles.options} role="group" aria-labelledby={detailsId}>
        <p id={detailsId} className={styles.hint}>
          <Bilingual th={th.reportDetailsIntro} en={en?.reportDetailsIntro} />
        </p>
        <Field label={{ children: <Bilingual th={th.agencyKindLabel} en={en?.agencyKindLabel} /> }}>
          <Select
            className={styles.control}
            value={details.agencyKind}
            onChange={(_, data) => onDetailsChange({ agencyKind: data.value })}
          >
            <option value="">{th.agencyKindGuess(guessedKind?.nameTh)}</option>
            {kinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {language === "th" ? kind.nameTh : `${kind.nameTh} / ${kind.nameEn}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={{ children: <Bilingual th={th.districtLabel} en={en?.districtLabel} /> }}>
          <Input
            className={styles.control}
            value={details.district}
            onChange={(_, data) => onDetailsChange({ district: data.value })}
          />
        </Field>
        <Field label={{ children: <Bilingual th={th.provinceLabel} en={en?.provinceLabel} /> }}>
          <Input
            className={styles.control}
            value={details.province}
            onChange={(_, data) => onDetailsChange({ province: data.value })}
          />
        </Field>
        <Field
          label={{ children: <Bilingual th={th.scoresAsOfLabel} en={en?.scoresAsOfLabel} /> }}
          hint={{ children: <Bilingual th={th.scoresAsOfHint} en={en?.scoresAsOfHint} /> }}
        >
          <Input
            className={styles.control}
            type="date"
            value={details.scoresAsOf}
            onChange={(_, data) => onDetailsChange({ scoresAsOf: data.value })}
          />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" className={styles.button} disabledFocusable={busy} onClick={onGenerate}>
          <span className={styles.buttonText}>
            <Bilingual th={th.generateReport} en={en?.generateReport} />
          </span>
        </Button>
        {exports.xlsx.offered && (
          <Button className={styles.button} disabledFocusable={busy} onClick={onExport}>
            <span className={styles.buttonText}>
              <Bilingual th={th.exportReport} en={en?.exportReport} />
            </span>
          </Button>
        )}
        {exports.pdf.offered && (
          <Button className={styles.button} disabledFocusable={busy} onClick={onExportPdf}>
            <span className={styles.buttonText}>
              <Bilingual th={th.exportPdf} en={en?.exportPdf} />
            </span>
          </Button>
        )}
      </div>
      {[exports.xlsx, exports.pdf].map(
        (offer) =>
          !offer.offered && (
            <Body1 as="p" key={offer.instead.code} className={styles.hint}>
              <Bilingual th={insteadLine(offer.instead, "th")} en={en && insteadLine(offer.instead, "en")} />
            </Body1>
          )
      )}
      {report !== undefined && (
        <p ref={outcomeRef} tabIndex={-1} className={styles.outcome}>
          <Bilingual th={outcomeText(report, th)} en={en && outcomeText(report, en)} />
        </p>
      )}
    </section>
  );
});

export interface ReplaceEditedProps {
  language: PaneLanguage;
  work?: PaneWork;
  onConfirm(): void;
}

/** The officer's consent, beside the problem, to replace the generated sheets they edited. */
export function ReplaceEdited({ language, work, onConfirm }: ReplaceEditedProps) {
  const styles = useReportPanelStyles();
  const { th, en } = paneTextsFor(language);
  const hintId = useId("replace-hint");

  return (
    <>
      <p id={hintId} className={styles.line}>
        <Bilingual th={th.replaceEditedHint} en={en?.replaceEditedHint} />
      </p>
      <Button
        appearance="primary"
        className={styles.button}
        aria-describedby={hintId}
        disabledFocusable={work !== undefined}
        onClick={onConfirm}
      >
        <span className={styles.buttonText}>
          <Bilingual th={th.replaceEdited} en={en?.replaceEdited} />
        </span>
      </Button>
    </>
  );
}
