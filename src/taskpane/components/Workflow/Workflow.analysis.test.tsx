/** @jest-environment jsdom */
// Analyze and its results: the scores, the rating and the weakest indicators, or the problems found instead.
import { screen, within } from "@testing-library/react";
import type { ActionOutcome, AnalysisOutcome } from "../../../excel/actions";
import {
  failed,
  fakeExcelActions,
  insertedSheet,
  seedAnalysis,
  succeeded,
} from "../../testing/fakeExcelActions";
import { preloadPanels } from "../../testing/preloadPanels";
import {
  analyzeButton,
  analyzeInsertedSheet,
  deferred,
  insertButton,
  renderWorkflow,
  selectionButton,
} from "./workflow-test-kit";

// The panels past the start come in chunks of their own; here they are in before the first render.
beforeAll(preloadPanels);

describe("Workflow", () => {
  describe("analysis", () => {
    it("shows the total, the rating badge, the ten indicators and what is weakest, with focus on them", async () => {
      await analyzeInsertedSheet(fakeExcelActions());
      const heading = await screen.findByRole("heading", { name: /ผลการประเมินปีงบประมาณ 2565/ });
      expect(document.activeElement).toBe(heading);
      expect(screen.getByText("91.96")).toBeTruthy();
      expect(screen.getByText("A")).toBeTruthy();
      const table = screen.getByRole("table", { name: /คะแนนรายตัวชี้วัด/ });
      expect(within(table).getAllByRole("row")).toHaveLength(11);
      const weakest = screen.getByRole("list", { name: /ตัวชี้วัดที่ควรปรับปรุงก่อน/ });
      expect(
        within(weakest)
          .getAllByRole("listitem")
          .map((item) => item.textContent)
      ).toEqual([
        "IIT · ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต — 84.47",
        "EIT · ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน — 86.33",
        "OIT · ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล — 95.00",
      ]);
      expect(screen.getByRole("status").textContent).toContain("เขียนผลที่ Sheet1!E3:H13");
    });

    it("shows a spinner and says what Excel is doing while it works", async () => {
      const actions = fakeExcelActions();
      const pending = deferred<ActionOutcome<AnalysisOutcome>>();
      actions.analyze.mockReturnValue(pending.promise);
      await analyzeInsertedSheet(actions);
      expect(screen.getByRole("status").textContent).toBe("กำลังวิเคราะห์และเขียนผลลงในแผ่นงาน…");
      expect(screen.getByRole("progressbar", { hidden: true })).toBeTruthy();
      expect(analyzeButton().getAttribute("aria-disabled")).toBe("true");
      pending.resolve(succeeded(seedAnalysis()));
      await screen.findByRole("heading", { name: /ผลการประเมิน/ });
      expect(analyzeButton().getAttribute("aria-disabled")).toBeNull();
      expect(screen.queryByRole("progressbar", { hidden: true })).toBeNull();
    });

    it("says so when Excel wrote values although formulas were asked for", async () => {
      const actions = fakeExcelActions();
      actions.analyze.mockResolvedValue(succeeded(seedAnalysis("values")));
      await analyzeInsertedSheet(actions);
      expect(await screen.findByText(/เขียนผลเป็นค่าคงที่แทนสูตร/)).toBeTruthy();
    });
  });

  describe("mistakes", () => {
    const issues = [
      {
        location: "Sheet1!C9",
        code: "not-a-score",
        messageTh: '"n/a" ไม่ใช่คะแนน',
        messageEn: '"n/a" is not a score',
      },
      {
        location: "Sheet1!C11",
        code: "above-100",
        messageTh: "คะแนนเกิน 100",
        messageEn: "the score is above 100",
      },
    ];

    it("lists every issue with its cell, says nothing was written and takes focus", async () => {
      const actions = fakeExcelActions();
      actions.analyze.mockResolvedValue(failed(issues));
      await analyzeInsertedSheet(actions);
      const bar = await screen.findByRole("group", { name: /พบปัญหา 2 รายการ/ });
      expect(document.activeElement).toBe(bar);
      expect(within(bar).getByText(/ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน/)).toBeTruthy();
      expect(
        within(bar)
          .getAllByRole("listitem")
          .map((item) => item.textContent)
      ).toEqual(['Sheet1!C9: "n/a" ไม่ใช่คะแนน', "Sheet1!C11: คะแนนเกิน 100"]);
      expect(screen.queryByRole("heading", { name: /ผลการประเมิน/ })).toBeNull();
    });

    it("shows the problems of the range before anything else", async () => {
      const actions = fakeExcelActions();
      actions.previewSelection.mockResolvedValue(failed(issues));
      const user = renderWorkflow(actions);
      await user.click(selectionButton());
      const bar = await screen.findByRole("group", { name: /พบปัญหา 2 รายการ/ });
      expect(within(bar).getAllByRole("listitem")).toHaveLength(2);
      expect(selectionButton()).toBeTruthy();
    });

    it("shows warnings of an action that succeeded", async () => {
      const actions = fakeExcelActions();
      actions.insertInputSheet.mockResolvedValue(
        succeeded(insertedSheet, [
          { location: "ITA 2568", code: "renamed", messageTh: "ใช้ชื่อใหม่", messageEn: "renamed" },
        ])
      );
      const user = renderWorkflow(actions);
      await user.click(insertButton());
      const bar = await screen.findByRole("group", { name: /ข้อควรตรวจสอบ/ });
      expect(within(bar).getByText("ITA 2568: ใช้ชื่อใหม่")).toBeTruthy();
    });

    it("shows an error, never nothing, when an action fails unexpectedly", async () => {
      const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const actions = fakeExcelActions();
      actions.analyze.mockRejectedValue(new Error("RichApi.Error: GeneralException"));
      await analyzeInsertedSheet(actions);
      const bar = await screen.findByRole("group", { name: /เกิดข้อผิดพลาดที่ไม่คาดคิด/ });
      expect(document.activeElement).toBe(bar);
      expect(within(bar).getByText("RichApi.Error: GeneralException")).toBeTruthy();
      expect(screen.getByRole("status").textContent).toBe("ดำเนินการไม่สำเร็จ");
      expect(consoleError).toHaveBeenCalled();
      consoleError.mockRestore();
    });
  });

  describe("in English", () => {
    it("adds English lines under the Thai ones", async () => {
      const actions = fakeExcelActions();
      actions.analyze.mockResolvedValue(
        failed([{ location: "Sheet1!C9", code: "x", messageTh: "ไม่ใช่คะแนน", messageEn: "not a score" }])
      );
      await analyzeInsertedSheet(actions, "en");
      expect(
        screen.getByRole("button", { name: /วิเคราะห์และเขียนผล\s*Analyze and write results/ })
      ).toBeTruthy();
      expect(screen.getByRole("switch", { name: /Write Excel formulas/ })).toBeTruthy();
      const bar = await screen.findByRole("group", { name: /1 problem found/ });
      expect(within(bar).getByText("Sheet1!C9: not a score").getAttribute("lang")).toBe("en");
      expect(within(bar).getByText(/Nothing was written to the sheet/)).toBeTruthy();
    });
  });
});
