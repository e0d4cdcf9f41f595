import { Body1, mergeClasses, Title3 } from "@fluentui/react-components";
import type { ExcelActions } from "../../../excel/actions";
import { paneStrings, paneTitle, type PaneLanguage } from "../../strings";
import { PanelLoadFailure, PanelLoading } from "../LazyPanel/LazyPanel";
import { Workflow } from "../Workflow/Workflow";
import { useAppStyles } from "./App.styles";

/** How far the pane got in reaching its Office host. */
export type OfficeConnection =
  | { state: "starting" }
  | { state: "excel" }
  | { state: "not-excel" }
  | { state: "failed"; reason: string }
  /** In Excel, but the pane's Excel code could not be fetched (offline): `retry` fetches it again. */
  | { state: "unloaded"; retry(): void };

export interface AppProps {
  /** "th": Thai only; "en": Thai, then the same in English. */
  language: PaneLanguage;
  connection: OfficeConnection;
  /**
   * What the pane asks of Excel, once Excel is ready (`createExcelActions()`), or a stand-in in tests and
   * the browser end-to-end test. Without it the pane only says what the add-in does.
   */
  actions?: ExcelActions;
}

/** The ITA task pane: the officer's path through an analysis, or what the add-in does until Excel is ready. */
export function App({ language, connection, actions }: AppProps) {
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
      {actions === undefined ? (
        <>
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
        </>
      ) : (
        <Workflow language={language} actions={actions} />
      )}
      <ConnectionStatus connection={connection} language={language} actions={actions} />
    </main>
  );
}

function ConnectionStatus({ connection, language, actions }: AppProps) {
  const styles = useAppStyles();
  const th = paneStrings.th;
  const en = language === "en" ? paneStrings.en : undefined;

  switch (connection.state) {
    case "starting":
      return null;
    case "excel":
      // Office is ready and the Excel code is on its way (it usually arrived first): say so until it is here.
      return actions === undefined ? <PanelLoading language={language} /> : null;
    case "unloaded":
      return <PanelLoadFailure language={language} onRetry={connection.retry} />;
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
