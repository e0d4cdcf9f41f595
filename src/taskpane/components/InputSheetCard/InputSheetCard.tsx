import { Body1, mergeClasses, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { InsertedInputSheet } from "../../../excel/actions";
import { paneTextsFor, type PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useInputSheetCardStyles } from "./InputSheetCard.styles";

export interface InputSheetCardProps {
  language: PaneLanguage;
  sheet: InsertedInputSheet;
}

/** Step 2 after inserting: which sheet was created and where to type the scores. */
export const InputSheetCard = forwardRef<HTMLHeadingElement, InputSheetCardProps>(function InputSheetCard(
  { language, sheet },
  headingRef
) {
  const styles = useInputSheetCardStyles();
  const { th, en } = paneTextsFor(language);
  const headingId = useId("input-sheet-heading");

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Bilingual th={th.sheetHeading} en={en?.sheetHeading} />
      </h2>
      <Body1 as="p" className={styles.line}>
        <Bilingual th={th.sheetCreated(sheet.sheetName)} en={en?.sheetCreated(sheet.sheetName)} />
      </Body1>
      <Body1 as="p" className={mergeClasses(styles.line, styles.address)}>
        <Bilingual th={th.typeScoresAt(sheet.scoresAddress)} en={en?.typeScoresAt(sheet.scoresAddress)} />
      </Body1>
      <Body1 as="p" className={styles.line}>
        <Bilingual
          th={th.typePreviousAt(sheet.previousAddress)}
          en={en?.typePreviousAt(sheet.previousAddress)}
        />
      </Body1>
    </section>
  );
});
