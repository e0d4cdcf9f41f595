import { LATEST_FISCAL_YEAR } from "../../core";
import type { ReportRequest } from "../../excel/actions";
import {
  exportedReport,
  failed,
  generatedReport,
  insertedCatalogueSheet,
  insertedSheet,
  seedAnalysis,
  seedItemsAddress,
  seedFound,
  seedPreview,
  succeeded,
} from "../testing/fakeExcelActions";
import {
  initialPaneState,
  paneReducer,
  paneStatus,
  reportRequestFor,
  type PaneEvent,
  type PaneState,
} from "./usePaneState";

const issue = {
  location: "Sheet1!C9",
  code: "not-a-score",
  messageTh: "ไม่ใช่คะแนน",
  messageEn: "not a score",
};

function after(...events: PaneEvent[]): PaneState {
  return from(initialPaneState, ...events);
}

function from(state: PaneState, ...events: PaneEvent[]): PaneState {
  return events.reduce(paneReducer, state);
}

describe("paneReducer", () => {
  it("starts on the latest fiscal year, writing formulas", () => {
    expect(initialPaneState).toMatchObject({ fiscalYear: LATEST_FISCAL_YEAR, agency: "", mode: "formulas" });
    expect(paneStatus(initialPaneState)).toEqual({ kind: "idle" });
  });

  it("moves to the input sheet and focuses it when the sheet is inserted", () => {
    const state = after(
      { type: "work-started", work: "inserting" },
      { type: "sheet-inserted", outcome: succeeded(insertedSheet) }
    );
    expect(state.source).toEqual({ kind: "input-sheet", sheet: insertedSheet });
    expect(state.work).toBeUndefined();
    expect(state.focus).toEqual({ target: "source", serial: 1 });
  });

  it("keeps the officer on the start with every issue when the range cannot be read", () => {
    const state = after({ type: "selection-previewed", outcome: failed([issue, issue]) });
    expect(state.source).toBeUndefined();
    expect(state.trouble).toEqual({ kind: "issues", issues: [issue, issue] });
    expect(state.focus?.target).toBe("trouble");
    expect(paneStatus(state)).toEqual({ kind: "failed" });
  });

  it("drops earlier results when a new analysis fails", () => {
    const analyzed = after(
      { type: "selection-previewed", outcome: succeeded(seedPreview()) },
      { type: "analyzed", outcome: succeeded(seedAnalysis()), requestedMode: "formulas" }
    );
    expect(paneStatus(analyzed)).toEqual({ kind: "analyzed", outputAddress: "Sheet1!E3:H13" });
    const again = from(
      analyzed,
      { type: "work-started", work: "analyzing" },
      { type: "analyzed", outcome: failed([issue]), requestedMode: "formulas" }
    );
    expect(again.analysis).toBeUndefined();
    expect(again.source?.kind).toBe("selection");
  });

  it("clears the last trouble when new work starts, and everything but the year and agency on starting over", () => {
    const troubled = after(
      { type: "fiscal-year-chosen", fiscalYear: 2565 },
      { type: "agency-typed", agency: "อบต." },
      { type: "work-failed", message: "boom" }
    );
    expect(paneReducer(troubled, { type: "work-started", work: "previewing" }).trouble).toBeUndefined();
    const restarted = paneReducer(troubled, { type: "start-over" });
    expect(restarted).toMatchObject({ fiscalYear: 2565, agency: "อบต.", warnings: [] });
    expect(restarted.trouble).toBeUndefined();
    expect(restarted.focus?.target).toBe("start");
  });
});

describe("the settings sheets", () => {
  it("says which sheet was inserted, until other work starts, and stays on the start", () => {
    const state = after(
      { type: "work-started", work: "insertingCatalogue" },
      {
        type: "settings-sheet-inserted",
        kind: "catalogue",
        outcome: succeeded(insertedCatalogueSheet),
      }
    );
    expect(state.source).toBeUndefined();
    expect(state.work).toBeUndefined();
    expect(paneStatus(state)).toEqual({
      kind: "settings-inserted",
      sheet: "catalogue",
      sheetName: insertedCatalogueSheet.sheetName,
    });
    expect(paneStatus(paneReducer(state, { type: "work-started", work: "inserting" }))).toEqual({
      kind: "working",
      work: "inserting",
    });
  });

  it("shows every problem of a refused insertion", () => {
    const state = after(
      { type: "work-started", work: "insertingFramework" },
      { type: "settings-sheet-inserted", kind: "framework", outcome: failed([issue]) }
    );
    expect(state.trouble).toEqual({ kind: "issues", issues: [issue] });
    expect(state.settingsSheet).toBeUndefined();
    expect(paneStatus(state)).toEqual({ kind: "failed" });
  });
});

describe("the report", () => {
  const analyzedSelection = after(
    { type: "agency-typed", agency: "  อบต.ด่านเกวียน " },
    { type: "selection-previewed", outcome: succeeded(seedPreview()) },
    { type: "analyzed", outcome: succeeded(seedAnalysis()), requestedMode: "formulas" }
  );
  const request: ReportRequest = {
    fiscalYear: LATEST_FISCAL_YEAR,
    agency: "อบต.ด่านเกวียน",
    inputAddress: "Sheet1!C3:D13",
    digits: "thai",
    chart: true,
  };
  const edited = {
    location: "'ผลการวิเคราะห์ ITA'",
    code: "generated-sheet-edited",
    messageTh: "",
    messageEn: "",
  };

  it("starts in Thai digits with the chart", () => {
    expect(initialPaneState.reportOptions).toEqual({
      digits: "thai",
      chart: true,
      details: { agencyKind: "", district: "", province: "", scoresAsOf: "" },
    });
  });

  it("asks for nothing before an analysis has succeeded", () => {
    expect(reportRequestFor(initialPaneState)).toBeUndefined();
    expect(
      reportRequestFor(after({ type: "selection-previewed", outcome: succeeded(seedPreview()) }))
    ).toBeUndefined();
  });

  it("is drawn from the block Analyze read, the year, the agency and the options", () => {
    expect(reportRequestFor(analyzedSelection)).toEqual(request);
    const options = from(
      analyzedSelection,
      { type: "digits-chosen", digits: "arabic" },
      { type: "chart-chosen", chart: false }
    );
    expect(reportRequestFor(options)).toEqual({ ...request, digits: "arabic", chart: false });
  });

  it("uses the input sheet's block and its items when it has them", () => {
    const state = after(
      { type: "sheet-inserted", outcome: succeeded({ ...insertedSheet, itemsAddress: seedItemsAddress }) },
      { type: "analyzed", outcome: succeeded(seedAnalysis()), requestedMode: "values" }
    );
    expect(reportRequestFor(state)).toEqual({
      fiscalYear: LATEST_FISCAL_YEAR,
      agency: undefined,
      inputAddress: insertedSheet.analysisAddress,
      itemsAddress: seedItemsAddress,
      digits: "thai",
      chart: true,
    });
  });

  it("names the sheets written, then the file, in the status", () => {
    const generated = from(
      analyzedSelection,
      { type: "work-started", work: "generating" },
      { type: "report-generated", outcome: succeeded(generatedReport), request }
    );
    expect(paneStatus(generated)).toEqual({
      kind: "generated",
      sheetNames: ["ผลการวิเคราะห์ ITA", "มาตรการ ITA 2566"],
    });
    expect(generated.focus?.target).toBe("report");
    const exported = from(
      generated,
      { type: "work-started", work: "exporting" },
      { type: "report-exported", outcome: succeeded(exportedReport) }
    );
    expect(paneStatus(exported)).toEqual({ kind: "exported", file: exportedReport });
  });

  it("offers to send the request again with replaceEdited only when a generated sheet was edited", () => {
    const refused = from(analyzedSelection, {
      type: "report-generated",
      outcome: failed([issue, edited]),
      request,
    });
    expect(refused.replaceOffer).toEqual({ ...request, replaceEdited: true });
    expect(refused.trouble).toEqual({ kind: "issues", issues: [issue, edited] });
    expect(refused.analysis).toBeDefined();
    const other = from(analyzedSelection, { type: "report-generated", outcome: failed([issue]), request });
    expect(other.replaceOffer).toBeUndefined();
    expect(paneReducer(refused, { type: "work-started", work: "generating" }).replaceOffer).toBeUndefined();
    expect(paneReducer(refused, { type: "start-over" }).replaceOffer).toBeUndefined();
  });

  it("keeps the analysis when a report action fails unexpectedly, but not when Analyze does", () => {
    const failedReport = from(
      analyzedSelection,
      { type: "work-started", work: "exporting" },
      { type: "work-failed", message: "boom" }
    );
    expect(failedReport.analysis).toBeDefined();
    const failedAnalysis = from(
      analyzedSelection,
      { type: "work-started", work: "analyzing" },
      { type: "work-failed", message: "boom" }
    );
    expect(failedAnalysis.analysis).toBeUndefined();
  });
});

describe("found scores", () => {
  it("are shown for the officer to confirm, with focus on them, and nothing else changes", () => {
    const found = seedFound();
    const state = after(
      { type: "work-started", work: "finding" },
      { type: "scores-found", outcome: succeeded(found) }
    );
    expect(state.found).toBe(found);
    expect(state.source).toBeUndefined();
    expect(state.focus?.target).toBe("found");
    expect(paneStatus(state)).toEqual({ kind: "found", indicators: 10, mismatches: 0 });
  });

  it("are dropped when the officer declines them, and when the search fails", () => {
    const found = after({ type: "scores-found", outcome: succeeded(seedFound()) });
    expect(from(found, { type: "found-dismissed" }).found).toBeUndefined();
    expect(from(found, { type: "found-dismissed" }).focus?.target).toBe("start");
    const refused = from(found, { type: "scores-found", outcome: failed([issue]) });
    expect(refused.found).toBeUndefined();
    expect(refused.trouble).toEqual({ kind: "issues", issues: [issue] });
  });

  it("become an input sheet of the latest year found, which the pane then analyzes", () => {
    const state = after(
      { type: "scores-found", outcome: succeeded(seedFound()) },
      { type: "sheet-inserted", fiscalYear: 2565, outcome: succeeded(insertedSheet) }
    );
    expect(state.fiscalYear).toBe(2565);
    expect(state.found).toBeUndefined();
    expect(state.source).toEqual({ kind: "input-sheet", sheet: insertedSheet });
  });
});
