import { Body1, Button, mergeClasses, Subtitle2, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { FoundScoresOnSheet } from "../../../excel/actions";
import { cellOf, formatScore } from "../../format";
import type { PaneWork } from "../../hooks/usePaneState";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { TableScroller } from "../TableScroller/TableScroller";
import { useAnalyzeControlsStyles } from "../AnalyzeControls/AnalyzeControls.styles";
import { useSelectionPreviewStyles } from "../SelectionPreview/SelectionPreview.styles";
import { useFoundScoresStyles } from "./FoundScores.styles";

export interface FoundScoresProps {
  language: PaneLanguage;
  found: FoundScoresOnSheet;
  /** The Excel action running now, if any: the buttons wait for it. */
  work?: PaneWork;
  onUse(): void;
  onDismiss(): void;
}

/**
 * What "Find scores" found, for the officer to check against the highlighted cells before anything is
 * used: each indicator with its score per year and the cell it came from, the figures the table states
 * about itself that disagree with the calculation, and the text that matched nothing (listed, never
 * guessed).
 */
export const FoundScores = forwardRef<HTMLHeadingElement, FoundScoresProps>(function FoundScores(
  { language, found, work, onUse, onDismiss },
  headingRef
) {
  const table = useSelectionPreviewStyles();
  const buttons = useAnalyzeControlsStyles();
  const styles = useFoundScoresStyles();
  const { th, en } = paneTextsFor(language);
  const headingId = useId("found-heading");
  const tableCaptionId = useId("found-caption");
  const useHintId = useId("use-found-hint");
  const legendId = useId("found-legend");
  const usable = found.use;
  const agreeing = found.checks.filter((check) => check.agrees).length;
  const busy = work !== undefined;

  return (
    <section className={table.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={table.heading} ref={headingRef} tabIndex={-1}>
        <Bilingual th={th.foundHeading} en={en?.foundHeading} />
      </h2>
      <Body1 as="p" className={table.line}>
        <Bilingual th={th.foundIntro(found.scannedAddress)} en={en?.foundIntro(found.scannedAddress)} />
      </Body1>
      <div className={styles.legend}>
        <Body1 as="p" id={legendId} className={styles.legendHeading}>
          <Bilingual th={th.foundLegend} en={en?.foundLegend} />
        </Body1>
        <ul aria-labelledby={legendId} className={styles.list}>
          <li>
            <Bilingual th={th.foundLegendFound} en={en?.foundLegendFound} layout="inline" />
          </li>
          <li>
            <Bilingual th={th.foundLegendMismatch} en={en?.foundLegendMismatch} layout="inline" />
          </li>
        </ul>
      </div>
      {found.found.length > 0 && (
        <TableScroller labelledBy={tableCaptionId}>
          <table className={table.table} aria-labelledby={tableCaptionId}>
            <caption id={tableCaptionId} className={styles.caption}>
              <Bilingual th={th.foundHeading} en={en?.foundHeading} />
            </caption>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(table.cell, table.header)}>
                  <Bilingual th={th.indicatorColumn} en={en?.indicatorColumn} />
                </th>
                {found.years.map((year) => (
                  <th key={year} scope="col" className={mergeClasses(table.number, table.header)}>
                    <Bilingual th={th.yearColumn(year)} en={en?.yearColumn(year)} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {found.found.map((entry) => (
                <tr key={entry.indicator}>
                  <th scope="row" className={mergeClasses(table.cell, styles.rowHeader)}>
                    {entry.indicator} {entry.nameTh}
                    <span className={styles.cellAddress}>{cellOf(entry.labelCell)}</span>
                  </th>
                  {found.years.map((year) => {
                    const value = entry.values.find((candidate) => candidate.year === year);
                    return (
                      <td key={year} className={table.number}>
                        {value === undefined ? (
                          "–"
                        ) : (
                          <>
                            {formatScore(value.value)}
                            <span className={styles.cellAddress} title={th.foundValueCell(value.cell)}>
                              {cellOf(value.cell)}
                            </span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {agreeing > 0 && (
        <Body1 as="p" className={table.line}>
          <Bilingual th={th.checksAgree(agreeing)} en={en?.checksAgree(agreeing)} />
        </Body1>
      )}
      {found.items.length > 0 && (
        <Body1 as="p" className={table.line}>
          <Bilingual th={th.itemsFound(found.items.length)} en={en?.itemsFound(found.items.length)} />
        </Body1>
      )}
      {found.mismatches.length > 0 && (
        <Listed heading={<Bilingual th={th.mismatchesHeading} en={en?.mismatchesHeading} />} warn>
          {found.mismatches.map((issue) => (
            <li key={`${issue.location} ${issue.code}`}>
              <span className={styles.place}>{issue.location}</span>{" "}
              <Bilingual th={issue.messageTh} en={en && issue.messageEn} layout="inline" />
            </li>
          ))}
        </Listed>
      )}
      {found.unmatched.length > 0 && (
        <Listed heading={<Bilingual th={th.unmatchedHeading} en={en?.unmatchedHeading} />}>
          {found.unmatched.map((cell) => (
            <li key={cell.cell}>
              <span className={styles.place}>{cellOf(cell.cell)}</span> {cell.text}
              {cell.didYouMean !== undefined && (
                <>
                  {" "}
                  <Bilingual
                    th={th.didYouMean(cell.didYouMean)}
                    en={en?.didYouMean(cell.didYouMean)}
                    layout="inline"
                  />
                </>
              )}
            </li>
          ))}
        </Listed>
      )}
      {!usable.ready && (
        <Listed heading={<Bilingual th={th.notUsableHeading} en={en?.notUsableHeading} />} warn>
          {usable.issues.map((issue) => (
            <li key={`${issue.location} ${issue.code} ${issue.messageEn}`}>
              <span className={styles.place}>{cellOf(issue.location)}</span>{" "}
              <Bilingual th={issue.messageTh} en={en && issue.messageEn} layout="inline" />
            </li>
          ))}
        </Listed>
      )}
      <div className={buttons.buttons}>
        {usable.ready && (
          <Button
            appearance="primary"
            className={buttons.button}
            disabledFocusable={busy}
            aria-describedby={useHintId}
            onClick={onUse}
          >
            <span className={buttons.buttonText}>
              <Bilingual th={th.useFound(usable.fiscalYear)} en={en?.useFound(usable.fiscalYear)} />
            </span>
          </Button>
        )}
        <Button className={buttons.button} disabledFocusable={busy} onClick={onDismiss}>
          <span className={buttons.buttonText}>
            <Bilingual th={th.dismissFound} en={en?.dismissFound} />
          </span>
        </Button>
      </div>
      {usable.ready && (
        <Body1 as="p" id={useHintId} className={styles.hint}>
          <Bilingual th={th.useFoundHint} en={en?.useFoundHint} />
        </Body1>
      )}
    </section>
  );
});

/** A headed list: mismatches and missing indicators in the warning colour, unmatched text plain. */
function Listed({
  heading,
  warn = false,
  children,
}: {
  heading: React.ReactNode;
  warn?: boolean;
  children: React.ReactNode;
}) {
  const styles = useFoundScoresStyles();
  const headingId = useId("found-list");
  return (
    <div className={mergeClasses(styles.listBlock, warn && styles.warn)}>
      <Subtitle2 as="h3" id={headingId} className={styles.listHeading}>
        {heading}
      </Subtitle2>
      <ul aria-labelledby={headingId} className={styles.list}>
        {children}
      </ul>
    </div>
  );
}
