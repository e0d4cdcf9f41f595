import { LATEST_FISCAL_YEAR } from "../../core";
import { failed, insertedSheet, seedAnalysis, seedPreview, succeeded } from "../testing/fakeExcelActions";
import { initialPaneState, paneReducer, paneStatus, type PaneEvent, type PaneState } from "./usePaneState";

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
