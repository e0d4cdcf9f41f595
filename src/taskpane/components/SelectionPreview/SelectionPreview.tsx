import { Body1, mergeClasses, Subtitle2, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { InputPreview, RecognizedIndicator } from "../../../excel/actions";
import { cellOf, formatScore } from "../../format";
import { paneTextsFor, type PaneLanguage, type PaneTexts } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { TableScroller } from "../TableScroller/TableScroller";
import { useSelectionPreviewStyles } from "./SelectionPreview.styles";

export interface SelectionPreviewProps {
  language: PaneLanguage;
  preview: InputPreview;
}

/** Step 3: the range the pane will read, what it recognised there, and where it will write, before writing. */
export const SelectionPreview = forwardRef<HTMLHeadingElement, SelectionPreviewProps>(
  function SelectionPreview({ language, preview }, headingRef) {
    const styles = useSelectionPreviewStyles();
    const texts = paneTextsFor(language);
    const { th, en } = texts;
    const headingId = useId("selection-heading");
    const tableHeadingId = useId("recognised-heading");
    const hasPrevious = preview.indicators.some((indicator) => indicator.previousCell !== undefined);

    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
          <Bilingual th={th.selectionHeading} en={en?.selectionHeading} />
        </h2>
        <Body1 as="p" className={mergeClasses(styles.line, styles.emphasis)}>
          <Bilingual th={th.usingRange(preview.inputAddress)} en={en?.usingRange(preview.inputAddress)} />
        </Body1>
        {preview.previousAddress !== undefined && (
          <Body1 as="p" className={styles.line}>
            <Bilingual
              th={th.previousRange(preview.previousAddress)}
              en={en?.previousRange(preview.previousAddress)}
            />
          </Body1>
        )}
        <Subtitle2 as="h3" id={tableHeadingId} className={styles.subheading}>
          <Bilingual th={th.recognisedCaption} en={en?.recognisedCaption} />
        </Subtitle2>
        <TableScroller labelledBy={tableHeadingId}>
          <table className={styles.table} aria-labelledby={tableHeadingId}>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.cell, styles.header)}>
                  <Bilingual th={th.indicatorColumn} en={en?.indicatorColumn} />
                </th>
                <th scope="col" className={mergeClasses(styles.cell, styles.header)}>
                  <Bilingual th={th.cellColumn} en={en?.cellColumn} />
                </th>
                <th scope="col" className={mergeClasses(styles.number, styles.header)}>
                  <Bilingual th={th.scoreColumn} en={en?.scoreColumn} />
                </th>
                {hasPrevious && (
                  <th scope="col" className={mergeClasses(styles.number, styles.header)}>
                    <Bilingual th={th.previousColumn} en={en?.previousColumn} />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {preview.indicators.map((indicator) => (
                <tr key={indicator.number}>
                  <td className={styles.cell}>
                    {indicator.number} {indicator.nameTh}
                  </td>
                  <td className={styles.cell}>{cellOf(indicator.cell)}</td>
                  <td className={styles.number}>
                    <RecognizedValue value={indicator.value} texts={texts} />
                  </td>
                  {hasPrevious && (
                    <td className={styles.number}>
                      <PreviousValue indicator={indicator} texts={texts} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
        <Body1 as="p" className={mergeClasses(styles.line, styles.emphasis)}>
          <Bilingual th={th.willWriteAt(preview.outputAddress)} en={en?.willWriteAt(preview.outputAddress)} />
        </Body1>
        <Body1 as="p" className={styles.line}>
          <Bilingual th={th.nothingWrittenYet} en={en?.nothingWrittenYet} />
        </Body1>
      </section>
    );
  }
);

function RecognizedValue({ value, texts }: { value: number | null; texts: PaneTexts }) {
  const styles = useSelectionPreviewStyles();
  if (value !== null) return <>{formatScore(value)}</>;
  return (
    <span className={styles.invalid}>
      <Bilingual th={texts.th.notAScore} en={texts.en?.notAScore} />
    </span>
  );
}

function PreviousValue({ indicator, texts }: { indicator: RecognizedIndicator; texts: PaneTexts }) {
  if (indicator.previousCell === undefined) return null;
  return <RecognizedValue value={indicator.previous ?? null} texts={texts} />;
}
