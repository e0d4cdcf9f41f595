import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelActions } from "../excel/actions";
import { App, type OfficeConnection } from "./components/App/App";
import { paneLanguageFor, type PaneLanguage } from "./strings";
import { paneThemeNameFor, paneThemes, type PaneThemeName } from "./theme";

const container = document.getElementById("container");
if (container === null) {
  throw new Error("taskpane.html has no element with id 'container' to render the pane into");
}
const root = createRoot(container);

interface PaneSetup {
  language: PaneLanguage;
  connection: OfficeConnection;
  actions?: ExcelActions;
  theme: PaneThemeName;
}

let pane: PaneSetup = { language: "th", connection: { state: "starting" }, theme: "light" };

function renderPane(change: Partial<PaneSetup>): void {
  pane = { ...pane, ...change };
  // Native parts (scroll bars, the date picker, the page behind the pane) follow the theme too.
  document.documentElement.style.colorScheme = pane.theme;
  root.render(
    <FluentProvider theme={paneThemes[pane.theme]}>
      <AriaLiveAnnouncer>
        <App language={pane.language} connection={pane.connection} actions={pane.actions} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

/** Office's theme as it is now; Office may not offer one (older builds, outside Office). */
function officeThemeName(): PaneThemeName {
  return paneThemeNameFor(Office.context?.officeTheme);
}

/**
 * Office raises no theme-change event in Excel (OfficeThemeChanged is Outlook's, Mailbox 1.14), so the pane
 * reads the theme again whenever it comes back into view or takes focus: after the officer changed
 * File › Account › Office Theme, the pane has it the moment they return to it.
 */
function followOfficeTheme(): void {
  const reread = () => {
    const theme = officeThemeName();
    if (theme !== pane.theme) renderPane({ theme });
  };
  window.addEventListener("focus", reread);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") reread();
  });
}

/**
 * The Excel side of the pane (its Office.js actions and the core they run) comes in its own chunk, so the
 * first render does not wait to parse it. It is requested just after this script has run, while office.js
 * gets ready (webpack shares one request between that call and the later ones).
 */
const excelActionsModule = () => import(/* webpackChunkName: "excel-actions" */ "../excel/create-actions");

/** Shows the officer's path once the Excel side is loaded; if it cannot be fetched, says so with a retry. */
function connectToExcel(): void {
  renderPane({ connection: { state: "excel" } });
  excelActionsModule().then(
    ({ createExcelActions }) => renderPane({ actions: createExcelActions() }),
    () => renderPane({ connection: { state: "unloaded", retry: connectToExcel } })
  );
}

// Paint at once; Office.onReady only refines the language, the theme and the host line. Outside Office (a
// plain browser, a test page) office.js may be missing or slow, and the pane must still show.
renderPane({});
// From a task of its own, not from this script's evaluation: a request made with the whole bundle on the
// stack makes Chromium's developer tools (and Office's, when attached) reparse all of it for the initiator's
// stack trace. A failed fetch here is reported, with a retry, by connectToExcel once Office is ready.
window.setTimeout(() => void excelActionsModule().catch(() => undefined), 0);

if (typeof Office === "undefined") {
  renderPane({ connection: { state: "not-excel" } });
} else {
  Office.onReady().then(
    (info) => {
      const theme = officeThemeName();
      followOfficeTheme();
      if (info.host === Office.HostType.Excel) {
        renderPane({ language: paneLanguageFor(Office.context.displayLanguage), theme });
        connectToExcel();
      } else {
        renderPane({ connection: { state: "not-excel" }, theme });
      }
    },
    (error: unknown) => {
      renderPane({
        connection: { state: "failed", reason: error instanceof Error ? error.message : String(error) },
      });
    }
  );
}
