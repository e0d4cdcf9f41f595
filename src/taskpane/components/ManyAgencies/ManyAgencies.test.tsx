/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { failed, fakeExcelActions } from "../../testing/fakeExcelActions";
import { listenToAnnouncements, renderInPane } from "../../testing/renderInPane";
import { ManyAgencies } from "./ManyAgencies";

function renderIt(language: "th" | "en" = "th") {
  const actions = fakeExcelActions();
  renderInPane(<ManyAgencies language={language} actions={actions} />);
  return actions;
}

/** Holds analyzeAgencies open; the returned function reports progress as Excel would after a chunk. */
async function startHeld(actions: ReturnType<typeof fakeExcelActions>) {
  let report: ((done: number, total: number) => void) | undefined;
  actions.analyzeAgencies.mockImplementationOnce((request) => {
    report = request.onProgress;
    return new Promise(() => undefined);
  });
  fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }));
  await waitFor(() => expect(report).toBeDefined());
  return (done: number, total: number) => act(() => report?.(done, total));
}

describe("ManyAgencies", () => {
  it("moves focus to the outcome, named by its title and described by where the results went, against the 80 % target", async () => {
    const actions = renderIt();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }));
    const outcome = await screen.findByRole("group", { name: "วิเคราะห์หลายหน่วยงานเสร็จแล้ว" });
    expect(actions.analyzeAgencies).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    for (const said of [
      "วิเคราะห์ 8,317 หน่วยงานแล้ว",
      "Sheet1!Y1:AE8318",
      "สรุปภาพรวม",
      "ยังไม่ถึงเป้าหมายระดับประเทศร้อยละ 80",
    ])
      expect(screen.getByRole("group", { description: (text) => text.includes(said) })).toBe(outcome);
  });

  it("says the outcome through the pane's live announcer, since it appears where the officer was not reading", async () => {
    const announcements = listenToAnnouncements();
    try {
      renderIt();
      fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }));
      await screen.findByRole("group", { name: "วิเคราะห์หลายหน่วยงานเสร็จแล้ว" });
      await waitFor(() => expect(announcements.messages.join(" ")).toContain("วิเคราะห์ 8,317 หน่วยงานแล้ว"));
    } finally {
      announcements.stop();
    }
  });

  it("lists every problem of a refused table, each with its cell, as the description of the focused problem", async () => {
    const actions = renderIt("en");
    actions.analyzeAgencies.mockResolvedValueOnce(
      failed([
        {
          location: "Sheet1!G17",
          code: "not-a-score",
          messageTh: '"x" ไม่ใช่คะแนน',
          messageEn: '"x" is not a score',
        },
        { location: "Sheet1!H20", code: "blank", messageTh: "ช่องว่าง", messageEn: "the cell is blank" },
      ])
    );
    fireEvent.click(screen.getByRole("button", { name: /Analyze the selected table of agencies/ }));
    const problem = await screen.findByRole("group", {
      name: /nothing was written/,
      description: /Sheet1!G17: "x" ไม่ใช่คะแนน \/ "x" is not a score Sheet1!H20/,
    });
    await waitFor(() => expect(document.activeElement).toBe(problem));
    expect(
      within(problem)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(['Sheet1!G17: "x" ไม่ใช่คะแนน / "x" is not a score', "Sheet1!H20: ช่องว่าง / the cell is blank"]);
  });

  it("names the progress bar and, until the table is read, says so instead of “0 of 0”", async () => {
    const actions = renderIt();
    await startHeld(actions);
    const bar = screen.getByRole("progressbar", { name: "ความคืบหน้าการวิเคราะห์หลายหน่วยงาน" });
    expect(bar.getAttribute("aria-valuenow")).toBeNull();
    expect(bar.getAttribute("aria-valuemax")).toBeNull();
    expect(screen.getByText("กำลังอ่านตารางหน่วยงาน…")).toBeTruthy();
    expect(document.body.textContent).not.toContain("0 จาก 0");
  });

  it("gives the progress bar the agencies written and their number once Excel reports them", async () => {
    const actions = renderIt();
    const report = await startHeld(actions);
    report(3000, 8317);
    const bar = screen.getByRole("progressbar", {
      name: "ความคืบหน้าการวิเคราะห์หลายหน่วยงาน",
      description: "เขียนผลแล้ว 3,000 จาก 8,317 หน่วยงาน",
    });
    expect(bar.getAttribute("aria-valuenow")).toBe("3000");
    expect(bar.getAttribute("aria-valuemax")).toBe("8317");
    expect(bar.getAttribute("aria-valuetext")).toBe("เขียนผลแล้ว 3,000 จาก 8,317 หน่วยงาน");
  });
});
