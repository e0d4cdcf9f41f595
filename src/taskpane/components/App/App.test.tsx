import { FluentProvider } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { ExcelActions } from "../../../excel/actions";
import { paneStrings, paneTitle } from "../../strings";
import { panelLoadStrings } from "../LazyPanel/LazyPanel";
import { itaTheme } from "../../theme";
import { App, type AppProps } from "./App";

function markupOf(props: AppProps): string {
  return renderToStaticMarkup(
    <FluentProvider theme={itaTheme}>
      <App {...props} />
    </FluentProvider>
  );
}

describe("App", () => {
  it("shows the Thai title and purpose while Office is still starting", () => {
    const html = markupOf({ language: "th", connection: { state: "starting" } });
    expect(html).toContain(paneTitle);
    expect(html).toContain(paneStrings.th.purpose);
    expect(html).toContain("=ITA.GRADE");
    expect(html).not.toContain('lang="en"');
    expect(html).not.toContain('role="status"');
  });

  it("adds the English lines for a non-Thai Office", () => {
    const html = markupOf({ language: "en", connection: { state: "excel" } });
    expect(html).toContain(paneStrings.th.purpose);
    expect(html).toContain(paneStrings.en.purpose);
    expect(html).toContain('lang="en"');
  });

  it("says so when it is not running in Excel", () => {
    const html = markupOf({ language: "th", connection: { state: "not-excel" } });
    expect(html).toContain('role="status"');
    expect(html).toContain(paneStrings.th.notInExcel);
  });

  it("shows why Office failed to start, as an alert", () => {
    const html = markupOf({ language: "en", connection: { state: "failed", reason: "host unreachable" } });
    expect(html).toContain('role="alert"');
    expect(html).toContain("host unreachable");
    expect(html).toContain(paneStrings.en.officeFailed);
  });

  it("says it is loading while Office is ready and the pane's Excel code is still on its way", () => {
    const html = markupOf({ language: "th", connection: { state: "excel" } });
    expect(html).toContain('role="progressbar"');
    expect(html).toContain(panelLoadStrings.th.loading);
  });

  it("says so in Thai and English, with a retry, when the pane's Excel code could not be fetched", () => {
    const html = markupOf({ language: "en", connection: { state: "unloaded", retry: jest.fn() } });
    expect(html).toContain(panelLoadStrings.th.failedTitle);
    expect(html).toContain(panelLoadStrings.en.failedTitle);
    expect(html).toContain(panelLoadStrings.en.retry);
    expect(html).toContain(paneStrings.en.purpose);
  });

  it("leads the officer through an analysis once it has Excel's actions", () => {
    const actions: ExcelActions = {
      insertInputSheet: jest.fn(),
      insertFrameworkSheet: jest.fn(),
      insertCatalogueSheet: jest.fn(),
      previewSelection: jest.fn(),
      analyze: jest.fn(),
      generateReport: jest.fn(),
      exportReport: jest.fn(),
      generateTrackingSheet: jest.fn(),
      generateProgressReport: jest.fn(),
      analyzeAgencies: jest.fn(),
      findScores: jest.fn(),
      exportOffer: jest.fn(),
      runCompatibilityCheck: jest.fn(),
    };
    const html = markupOf({ language: "th", connection: { state: "excel" }, actions });
    expect(html).toContain(paneStrings.th.startHeading);
    expect(html).toContain(paneStrings.th.insertSheet);
    expect(html).not.toContain(paneStrings.th.purpose);
  });
});
