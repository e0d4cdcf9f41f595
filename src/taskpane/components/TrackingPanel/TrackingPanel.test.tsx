/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReportRequest } from "../../../excel/actions";
import type { PaneLanguage } from "../../strings";
import { failed, fakeExcelActions, succeeded, trackingSheetOutcome } from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import { TrackingPanel } from "./TrackingPanel";

const request: ReportRequest = {
  fiscalYear: 2565,
  agency: "เทศบาลตำบลด่านเกวียน",
  inputAddress: "Sheet1!C3:E13",
  digits: "thai",
  chart: true,
};

function renderPanel(
  props: { request?: ReportRequest; language?: PaneLanguage } = { request },
  actions = fakeExcelActions()
) {
  renderInPane(
    <TrackingPanel
      language={props.language ?? "th"}
      actions={actions}
      request={props.request}
      today="2023-03-31"
    />
  );
  return { actions, user: userEvent.setup() };
}

const trackingButton = () => screen.getByRole("button", { name: /สร้างแผ่นงานติดตามมาตรการ/ });
const progressButton = () => screen.getByRole("button", { name: /รายงานผลการดำเนินการตามมาตรการ/ });
const asOfField = () => screen.getByLabelText(/ข้อมูล ณ วันที่/) as HTMLInputElement;

describe("TrackingPanel", () => {
  it("is a section of its own with both actions, each described by its hint, and today's date", () => {
    renderPanel();
    expect(screen.getByRole("region", { name: "ติดตามผลตามมาตรการ" })).toBeTruthy();
    expect(trackingButton().getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByRole("button", { description: /ข้อมูลที่กรอกไว้ก็คงอยู่/ })).toBe(trackingButton());
    expect(screen.getByRole("button", { description: /ตรวจทุกช่อง/ })).toBe(progressButton());
    expect(asOfField().value).toBe("2023-03-31");
    expect(asOfField().type).toBe("date");
  });

  it("writes the tracking sheet from the report's request, and says which sheet in a status line that takes focus", async () => {
    const { actions, user } = renderPanel();
    await user.click(trackingButton());
    expect(actions.generateTrackingSheet).toHaveBeenCalledWith(request);
    const status = await screen.findByRole("status", { name: "" });
    await waitFor(() =>
      expect(status.textContent).toBe(
        'เขียนแผ่นงานติดตามมาตรการ "ติดตามมาตรการ ITA 2566" แล้ว (12 มาตรการ ปีงบประมาณ 2566)'
      )
    );
    expect(document.activeElement).toBe(status);
  });

  it("says what regenerating kept", async () => {
    const actions = fakeExcelActions();
    actions.generateTrackingSheet.mockResolvedValueOnce(
      succeeded({ ...trackingSheetOutcome, regenerated: true, kept: 11, added: 1, retired: 2 })
    );
    const { user } = renderPanel({ request }, actions);
    await user.click(trackingButton());
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain(
        "คงข้อมูลที่กรอกไว้ของ 11 มาตรการ มาตรการใหม่ 1 มาตรการ เก็บข้อมูลเดิมของมาตรการที่ไม่อยู่ในแผน 2 รายการไว้ใต้สรุป"
      )
    );
  });

  it("asks for the implementation report as of the date chosen, turned into the Buddhist era, in the report's digits", async () => {
    const { actions, user } = renderPanel();
    await user.clear(asOfField());
    await user.type(asOfField(), "2023-09-30");
    await user.click(progressButton());
    expect(actions.generateProgressReport).toHaveBeenCalledWith({
      asOf: { day: 30, month: 9, buddhistYear: 2566 },
      digits: "thai",
      chart: true,
    });
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        'เขียนรายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน ลงในแผ่นงาน "ผลตามมาตรการ ITA 2566" แล้ว: แล้วเสร็จ 3 จาก 12 มาตรการ เลยกำหนด 2 มาตรการ (จากแผ่นงาน "ติดตามมาตรการ ITA 2566")'
      )
    );
  });

  it("offers the implementation report before any analysis, and says the tracking sheet needs one", async () => {
    const { actions, user } = renderPanel({});
    expect(screen.queryByRole("button", { name: /สร้างแผ่นงานติดตามมาตรการ/ })).toBeNull();
    expect(screen.getByText(/วิเคราะห์คะแนนก่อน/)).toBeTruthy();
    await user.click(progressButton());
    expect(actions.generateProgressReport).toHaveBeenCalledWith({
      asOf: { day: 31, month: 3, buddhistYear: 2566 },
      digits: "thai",
      chart: true,
    });
  });

  it("refuses a blank date in its field, asking nothing of Excel", async () => {
    const { actions, user } = renderPanel();
    await user.clear(asOfField());
    await user.click(progressButton());
    expect(actions.generateProgressReport).not.toHaveBeenCalled();
    expect(screen.getByText("โปรดระบุวันที่ของข้อมูล")).toBeTruthy();
  });

  it("shows every refusal with its cell in the pane's problem bar, which takes focus", async () => {
    const actions = fakeExcelActions();
    actions.generateProgressReport.mockResolvedValueOnce(
      failed([
        {
          location: "'ติดตามมาตรการ ITA 2566'!G7",
          code: "unknown-status",
          messageTh: '"เสร็จแล้ว" ไม่ใช่สถานะในรายการ',
          messageEn: '"เสร็จแล้ว" is not a status of the list',
        },
        {
          location: "'ติดตามมาตรการ ITA 2566'!H9",
          code: "progress-out-of-range",
          messageTh: "ความก้าวหน้า 150 อยู่นอกช่วง 0–100",
          messageEn: "the progress 150 is outside 0–100",
        },
      ])
    );
    const { user } = renderPanel({ request, language: "en" }, actions);
    await user.click(screen.getByRole("button", { name: /Implementation report/ }));
    const problem = await screen.findByRole("group", { name: /2 problems found/ });
    await waitFor(() => expect(document.activeElement).toBe(problem));
    const items = within(problem)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^'ติดตามมาตรการ ITA 2566'!G7: "เสร็จแล้ว" ไม่ใช่สถานะในรายการ/);
    expect(items[0]).toContain('"เสร็จแล้ว" is not a status of the list');
    expect(items[1]).toMatch(/^'ติดตามมาตรการ ITA 2566'!H9: ความก้าวหน้า 150 อยู่นอกช่วง 0–100/);
  });

  it("offers to write over a report sheet the officer edited, and does so only when asked", async () => {
    const actions = fakeExcelActions();
    actions.generateProgressReport.mockResolvedValueOnce(
      failed([
        {
          location: "'ผลตามมาตรการ ITA 2566'",
          code: "generated-sheet-edited",
          messageTh: "แผ่นงานถูกแก้ไข",
          messageEn: "the sheet was edited",
        },
      ])
    );
    const { user } = renderPanel({ request }, actions);
    await user.click(progressButton());
    await user.click(await screen.findByRole("button", { name: "เขียนรายงานผลทับแผ่นงานที่แก้ไขแล้ว" }));
    expect(actions.generateProgressReport).toHaveBeenLastCalledWith(
      expect.objectContaining({ replaceEdited: true })
    );
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("ผลตามมาตรการ ITA 2566"));
  });

  it("speaks English under the Thai for a non-Thai Office", () => {
    renderPanel({ request, language: "en" });
    expect(screen.getByRole("region", { name: /ติดตามผลตามมาตรการ.*Follow up the measures/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Generate the tracking sheet/ })).toBeTruthy();
    expect(screen.getByText("Data as of").getAttribute("lang")).toBe("en");
  });
});
