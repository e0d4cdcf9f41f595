import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelActions } from "../excel/actions";
import { createExcelActions } from "../excel/create-actions";
import { App, type OfficeConnection } from "./components/App/App";
import { paneLanguageFor, type PaneLanguage } from "./strings";
import { itaTheme } from "./theme";

const container = document.getElementById("container");
if (container === null) {
  throw new Error("taskpane.html has no element with id 'container' to render the pane into");
}
const root = createRoot(container);

function renderPane(language: PaneLanguage, connection: OfficeConnection, actions?: ExcelActions): void {
  root.render(
    <FluentProvider theme={itaTheme}>
      <App language={language} connection={connection} actions={actions} />
    </FluentProvider>
  );
}

// Paint at once; Office.onReady only refines the language and the host line. Outside Office (a plain
// browser, a test page) office.js may be missing or slow, and the pane must still show.
renderPane("th", { state: "starting" });

if (typeof Office === "undefined") {
  renderPane("th", { state: "not-excel" });
} else {
  Office.onReady().then(
    (info) => {
      if (info.host === Office.HostType.Excel) {
        renderPane(paneLanguageFor(Office.context.displayLanguage), { state: "excel" }, createExcelActions());
      } else {
        renderPane("th", { state: "not-excel" });
      }
    },
    (error: unknown) => {
      renderPane("th", { state: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  );
}
