import { Body1, mergeClasses, Title3 } from "@fluentui/react-components";
import { paneStrings, paneTitle, type PaneLanguage } from "../strings";
import { useAppStyles } from "./App.styles";

/** How far the pane got in reaching its Office host. */
export type OfficeConnection =
  { state: "starting" } | { state: "excel" } | { state: "not-excel" } | { state: "failed"; reason: string };

export interface AppProps {
  /** "th": Thai only; "en": Thai, then the same in English. */
  language: PaneLanguage;
  connection: OfficeConnection;
}

/** The ITA task pane: what the add-in does, and whether it is running inside Excel. */
export function App({ language, connection }: AppProps) {
  const styles = useAppStyles();
  const th = paneStrings.th;
  const en = language === "en" ? paneStrings.en : undefined;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {paneTitle}
        </Title3>
        <Body1 as="p" className={styles.subtitle}>
          {th.subtitle}
        </Body1>
        {en && (
          <Body1 as="p" lang="en" className={mergeClasses(styles.subtitle, styles.english)}>
            {en.subtitle}
          </Body1>
        )}
      </header>
      <section className={styles.section}>
        <Body1 as="p" className={styles.thai}>
          {th.purpose}
        </Body1>
        <Body1 as="p" className={styles.thai}>
          {th.functionsReady}
        </Body1>
      </section>
      {en && (
        <section lang="en" className={styles.section}>
          <Body1 as="p" className={styles.english}>
            {en.purpose}
          </Body1>
          <Body1 as="p" className={styles.english}>
            {en.functionsReady}
          </Body1>
        </section>
      )}
      <ConnectionStatus connection={connection} language={language} />
    </main>
  );
}

function ConnectionStatus({ connection, language }: AppProps) {
  const styles = useAppStyles();
  const th = paneStrings.th;
  const en = language === "en" ? paneStrings.en : undefined;

  switch (connection.state) {
    case "starting":
    case "excel":
      return null;
    case "not-excel":
      return (
        <Body1 as="p" role="status" className={styles.status}>
          {th.notInExcel}
          {en && (
            <>
              <br />
              <span lang="en" className={styles.english}>
                {en.notInExcel}
              </span>
            </>
          )}
        </Body1>
      );
    case "failed":
      return (
        <Body1 as="p" role="alert" className={mergeClasses(styles.status, styles.failure)}>
          {th.officeFailed} {connection.reason}
          {en && (
            <>
              <br />
              <span lang="en" className={styles.english}>
                {en.officeFailed} {connection.reason}
              </span>
            </>
          )}
        </Body1>
      );
  }
}
