/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { failed, fakeExcelActions } from "../../testing/fakeExcelActions";
import { ManyAgencies } from "./ManyAgencies";

function renderIt(language: "th" | "en" = "th") {
  const actions = fakeExcelActions();
  render(
    <FluentProvider theme={webLightTheme}>
      <ManyAgencies language={language} actions={actions} />
    </FluentProvider>
  );
  return actions;
}

describe("ManyAgencies", () => {
  it("analyses the selected table and says where the results and the summary went, against the 80 % target", async () => {
    const actions = renderIt();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }));
    const status = await screen.findByRole("status");
    expect(actions.analyzeAgencies).toHaveBeenCalledTimes(1);
    expect(status.textContent).toContain("วิเคราะห์ 8,317 หน่วยงานแล้ว");
    expect(status.textContent).toContain("Sheet1!Y1:AE8318");
    expect(status.textContent).toContain("สรุปภาพรวม");
    expect(status.textContent).toContain("ยังไม่ถึงเป้าหมายระดับประเทศร้อยละ 80");
  });

  it("lists every problem of a refused table, each with its cell, and says nothing was written", async () => {
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
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("nothing was written");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      'Sheet1!G17: "x" ไม่ใช่คะแนน / "x" is not a score',
      "Sheet1!H20: ช่องว่าง / the cell is blank",
    ]);
  });

  it("shows the progress while the rows are written", async () => {
    const actions = renderIt();
    let report: ((done: number, total: number) => void) | undefined;
    actions.analyzeAgencies.mockImplementationOnce((request) => {
      report = request.onProgress;
      return new Promise(() => undefined);
    });
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }));
    await waitFor(() => expect(report).toBeDefined());
    act(() => report?.(3000, 8317));
    expect(await screen.findByText("เขียนผลแล้ว 3,000 จาก 8,317 หน่วยงาน")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
  });
});
