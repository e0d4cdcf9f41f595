/** @jest-environment jsdom */
// The report panel once an analysis has succeeded: report sheets, exports, and replacing edited sheets.
import { screen, waitFor, within } from "@testing-library/react";
import { LATEST_FISCAL_YEAR } from "../../../core";
import type { ActionOutcome, GeneratedReport } from "../../../excel/actions";
import {
  exportedReport,
  failed,
  fakeExcelActions,
  generatedReport,
  insertedSheet,
  macExportOffer,
  seedItemsAddress,
  succeeded,
  type FakeExcelActions,
} from "../../testing/fakeExcelActions";
import { preloadPanels } from "../../testing/preloadPanels";
import type { PaneLanguage } from "../../strings";
import { analyzeButton, deferred, insertButton, renderWorkflow, selectionButton } from "./workflow-test-kit";

// The panels past the start come in chunks of their own; here they are in before the first render.
beforeAll(preloadPanels);

describe("Workflow report", () => {
  const generateButton = () => screen.getByRole("button", { name: /สร้างแผ่นงานรายงาน/ });
  const exportButton = () => screen.getByRole("button", { name: /ส่งออกเป็นไฟล์ Excel/ });
  const edited = {
    location: "'ผลการวิเคราะห์ ITA'",
    code: "generated-sheet-edited",
    messageTh: "แผ่นงานถูกแก้ไขหลังจากสร้าง",
    messageEn: "the sheet was edited since it was generated",
  };

  async function analyzeSelection(actions: FakeExcelActions, language: PaneLanguage = "th") {
    const user = renderWorkflow(actions, language);
    await user.click(selectionButton());
    await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
    await screen.findByRole("region", { name: /รายงานสำหรับเผยแพร่/ });
    return user;
  }

  it("is offered only once an analysis has succeeded", async () => {
    const actions = fakeExcelActions();
    actions.analyze.mockResolvedValue(
      failed([{ location: "Sheet1!C9", code: "x", messageTh: "ผิด", messageEn: "x" }])
    );
    const user = renderWorkflow(actions);
    await user.click(insertButton());
    expect(screen.queryByRole("region", { name: /รายงานสำหรับเผยแพร่/ })).toBeNull();
    await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
    await screen.findByRole("group", { name: /พบปัญหา/ });
    expect(screen.queryByRole("region", { name: /รายงานสำหรับเผยแพร่/ })).toBeNull();
  });

  it("writes the report of the input sheet's block and items, in Thai digits with the chart", async () => {
    const actions = fakeExcelActions();
    actions.insertInputSheet.mockResolvedValue(
      succeeded({ ...insertedSheet, itemsAddress: seedItemsAddress })
    );
    const user = renderWorkflow(actions);
    await user.type(screen.getByRole("textbox", { name: /ชื่อหน่วยงาน/ }), "เทศบาลตำบลด่านเกวียน");
    await user.click(insertButton());
    await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
    await user.click(await screen.findByRole("button", { name: /สร้างแผ่นงานรายงาน/ }));
    expect(actions.generateReport).toHaveBeenCalledWith({
      fiscalYear: LATEST_FISCAL_YEAR,
      agency: "เทศบาลตำบลด่านเกวียน",
      inputAddress: insertedSheet.analysisAddress,
      itemsAddress: seedItemsAddress,
      digits: "thai",
      chart: true,
    });
    expect(actions.generateReport.mock.calls[0]?.[0]).not.toHaveProperty("replaceEdited");
  });

  it("reads the previewed block, without items, as the switches say", async () => {
    const actions = fakeExcelActions();
    const user = await analyzeSelection(actions);
    await user.click(screen.getByRole("switch", { name: /ใช้เลขไทย/ }));
    await user.click(screen.getByRole("switch", { name: /แทรกแผนภูมิ/ }));
    await user.click(generateButton());
    const request = {
      fiscalYear: LATEST_FISCAL_YEAR,
      agency: undefined,
      inputAddress: "Sheet1!C3:D13",
      digits: "arabic",
      chart: false,
    };
    expect(actions.generateReport).toHaveBeenCalledWith(request);
    expect(actions.generateReport.mock.calls[0]?.[0]).not.toHaveProperty("itemsAddress");
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/สร้างแผ่นงานรายงานเรียบร้อยแล้ว/));
    await user.click(exportButton());
    expect(actions.exportReport).toHaveBeenCalledWith({ ...request, format: "xlsx" });
    await waitFor(() => expect(screen.getByRole("button", { name: "พิมพ์สมุดงานเป็น PDF" })).toBeTruthy());
    await user.click(screen.getByRole("button", { name: "พิมพ์สมุดงานเป็น PDF" }));
    expect(actions.exportReport).toHaveBeenLastCalledWith({ ...request, format: "pdf" });
  });

  it("offers only the exports this Excel can deliver, and says what to do instead of the others", async () => {
    const actions = fakeExcelActions();
    actions.exportOffer.mockReturnValue(macExportOffer);
    await analyzeSelection(actions);
    expect(screen.queryByRole("button", { name: "พิมพ์สมุดงานเป็น PDF" })).toBeNull();
    expect(screen.getByText("ใช้คำสั่ง ไฟล์ › บันทึกเป็น › PDF ของ Excel")).toBeTruthy();
    expect(exportButton()).toBeTruthy();
  });

  it("says it is working, then names the sheets written and takes focus there", async () => {
    const actions = fakeExcelActions();
    const pending = deferred<ActionOutcome<GeneratedReport>>();
    actions.generateReport.mockReturnValue(pending.promise);
    const user = await analyzeSelection(actions);
    await user.click(generateButton());
    expect(screen.getByRole("status").textContent).toBe("กำลังสร้างแผ่นงานรายงาน…");
    expect(screen.getByRole("progressbar", { hidden: true })).toBeTruthy();
    expect(generateButton().getAttribute("aria-disabled")).toBe("true");
    expect(exportButton().getAttribute("aria-disabled")).toBe("true");
    expect(analyzeButton().getAttribute("aria-disabled")).toBe("true");
    pending.resolve(succeeded(generatedReport));
    const line = "สร้างแผ่นงานรายงานเรียบร้อยแล้ว: “ผลการวิเคราะห์ ITA” และ “มาตรการ ITA 2566”";
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(line));
    const region = screen.getByRole("region", { name: /รายงานสำหรับเผยแพร่/ });
    expect(document.activeElement).toBe(within(region).getByText(line));
    expect(generateButton().getAttribute("aria-disabled")).toBeNull();
    expect(screen.getByRole("heading", { name: /ผลการประเมินปีงบประมาณ 2565/ })).toBeTruthy();
  });

  it("names the exported file and how it was delivered", async () => {
    const actions = fakeExcelActions();
    const user = await analyzeSelection(actions);
    await user.click(exportButton());
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "ส่งออกรายงานเป็นไฟล์ “รายงาน ITA 2565.xlsx” และเปิดเป็นสมุดงานใหม่แล้ว"
      )
    );
    actions.exportReport.mockResolvedValue(succeeded({ ...exportedReport, delivery: "download" }));
    await user.click(exportButton());
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "ส่งออกรายงานเป็นไฟล์ “รายงาน ITA 2565.xlsx” ให้ดาวน์โหลดแล้ว โปรดเปิดไฟล์จากโฟลเดอร์ดาวน์โหลด"
      )
    );
  });

  it("lists every problem with its place, says nothing was written and keeps the analysis", async () => {
    const actions = fakeExcelActions();
    actions.generateReport.mockResolvedValue(
      failed([
        { location: "'ITA 2568'!D20", code: "not-an-item-result", messageTh: "ไม่ใช่ผลรายข้อ", messageEn: "x" },
        {
          location: "'มาตรการ ITA 2566'",
          code: "protected-sheet",
          messageTh: "แผ่นงานถูกป้องกัน",
          messageEn: "y",
        },
      ])
    );
    const user = await analyzeSelection(actions);
    await user.click(generateButton());
    const bar = await screen.findByRole("group", { name: /พบปัญหา 2 รายการ/ });
    expect(document.activeElement).toBe(bar);
    expect(within(bar).getByText(/ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน/)).toBeTruthy();
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(["'ITA 2568'!D20: ไม่ใช่ผลรายข้อ", "'มาตรการ ITA 2566': แผ่นงานถูกป้องกัน"]);
    expect(within(bar).queryByRole("button", { name: /แทนที่แผ่นงานที่แก้ไขแล้ว/ })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("ดำเนินการไม่สำเร็จ");
    expect(screen.getByRole("heading", { name: /ผลการประเมินปีงบประมาณ 2565/ })).toBeTruthy();
    expect(generateButton()).toBeTruthy();
  });

  it("shows the warnings of a report that was written", async () => {
    const actions = fakeExcelActions();
    actions.generateReport.mockResolvedValue(
      succeeded(generatedReport, [
        { location: "", code: "no-font", messageTh: "ไม่พบแบบอักษร TH Sarabun New", messageEn: "font missing" },
      ])
    );
    const user = await analyzeSelection(actions);
    await user.click(generateButton());
    const bar = await screen.findByRole("group", { name: /ข้อควรตรวจสอบ/ });
    expect(within(bar).getByText("ไม่พบแบบอักษร TH Sarabun New")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/สร้างแผ่นงานรายงานเรียบร้อยแล้ว/);
  });

  it("replaces the sheets the officer edited only after they confirm", async () => {
    const actions = fakeExcelActions();
    actions.generateReport.mockResolvedValueOnce(failed([edited]));
    const user = await analyzeSelection(actions);
    await user.click(generateButton());
    const bar = await screen.findByRole("group", { name: /พบปัญหา 1 รายการ/ });
    expect(document.activeElement).toBe(bar);
    expect(within(bar).getByText("'ผลการวิเคราะห์ ITA': แผ่นงานถูกแก้ไขหลังจากสร้าง")).toBeTruthy();
    expect(within(bar).getByText(/ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน/)).toBeTruthy();
    expect(actions.generateReport).toHaveBeenCalledTimes(1);

    await user.click(within(bar).getByRole("button", { name: "แทนที่แผ่นงานที่แก้ไขแล้ว" }));
    expect(actions.generateReport).toHaveBeenCalledTimes(2);
    expect(actions.generateReport).toHaveBeenLastCalledWith({
      ...actions.generateReport.mock.calls[0]?.[0],
      replaceEdited: true,
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/“มาตรการ ITA 2566”/));
    expect(screen.queryByRole("group", { name: /พบปัญหา/ })).toBeNull();
  });

  it("offers no replacement once the officer has moved on", async () => {
    const actions = fakeExcelActions();
    actions.generateReport.mockResolvedValueOnce(failed([edited]));
    const user = await analyzeSelection(actions);
    await user.click(generateButton());
    await screen.findByRole("button", { name: /แทนที่แผ่นงานที่แก้ไขแล้ว/ });
    await user.click(exportButton());
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/ส่งออกรายงาน/));
    expect(screen.queryByRole("button", { name: /แทนที่แผ่นงานที่แก้ไขแล้ว/ })).toBeNull();
  });

  it("shows an unexpected failure of the report without losing the analysis", async () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const actions = fakeExcelActions();
    actions.exportReport.mockRejectedValue(new Error("ChunkLoadError: exceljs"));
    const user = await analyzeSelection(actions);
    await user.click(exportButton());
    const bar = await screen.findByRole("group", { name: /เกิดข้อผิดพลาดที่ไม่คาดคิด/ });
    expect(within(bar).getByText("ChunkLoadError: exceljs")).toBeTruthy();
    expect(screen.getByRole("heading", { name: /ผลการประเมินปีงบประมาณ 2565/ })).toBeTruthy();
    expect(exportButton()).toBeTruthy();
    consoleError.mockRestore();
  });

  it("speaks English too: the status, the problem and the confirmation", async () => {
    const actions = fakeExcelActions();
    actions.generateReport.mockResolvedValueOnce(failed([edited]));
    const user = await analyzeSelection(actions, "en");
    await user.click(screen.getByRole("button", { name: /Generate report sheets/ }));
    const bar = await screen.findByRole("group", { name: /1 problem found/ });
    expect(
      within(bar)
        .getByText("'ผลการวิเคราะห์ ITA': the sheet was edited since it was generated")
        .getAttribute("lang")
    ).toBe("en");
    await user.click(within(bar).getByRole("button", { name: /Replace the edited sheets/ }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain(
        "Report sheets written: “ผลการวิเคราะห์ ITA” and “มาตรการ ITA 2566”."
      )
    );
    await user.click(screen.getByRole("button", { name: /Export as an Excel file/ }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain(
        "Exported the report as “รายงาน ITA 2565.xlsx” and opened it as a new workbook."
      )
    );
  });
});
