/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LATEST_FISCAL_YEAR } from "../../../core";
import type { ActionOutcome, AnalysisOutcome } from "../../../excel/actions";
import {
  failed,
  fakeExcelActions,
  insertedSheet,
  seedAnalysis,
  succeeded,
  type FakeExcelActions,
} from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import type { PaneLanguage } from "../../strings";
import { Workflow } from "./Workflow";

function renderWorkflow(actions: FakeExcelActions, language: PaneLanguage = "th") {
  const user = userEvent.setup();
  renderInPane(<Workflow language={language} actions={actions} />);
  return user;
}

const insertButton = () => screen.getByRole("button", { name: /แทรกแผ่นงานกรอกคะแนน/ });
const selectionButton = () => screen.getByRole("button", { name: /ใช้ช่วงที่เลือก/ });
const analyzeButton = () => screen.getByRole("button", { name: /วิเคราะห์และเขียนผล/ });

async function analyzeInsertedSheet(actions: FakeExcelActions, language: PaneLanguage = "th") {
  const user = renderWorkflow(actions, language);
  await user.click(insertButton());
  await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
  return user;
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe("Workflow", () => {
  describe("the start", () => {
    it("offers the latest fiscal year, the agency name and both ways in", () => {
      renderWorkflow(fakeExcelActions());
      const year = screen.getByRole("combobox", { name: /ปีงบประมาณ/ });
      expect((year as HTMLSelectElement).value).toBe(String(LATEST_FISCAL_YEAR));
      expect(screen.getByRole("textbox", { name: /ชื่อหน่วยงาน/ })).toBeTruthy();
      expect(insertButton()).toBeTruthy();
      expect(selectionButton()).toBeTruthy();
      expect(screen.getByRole("heading", { name: /ข้อมูลการประเมิน/ })).toBeTruthy();
    });

    it("inserts the input sheet for the chosen year and agency", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.selectOptions(screen.getByRole("combobox", { name: /ปีงบประมาณ/ }), "2565");
      await user.type(screen.getByRole("textbox", { name: /ชื่อหน่วยงาน/ }), " เทศบาลตำบลด่านเกวียน ");
      await user.click(insertButton());
      expect(actions.insertInputSheet).toHaveBeenCalledWith({
        fiscalYear: 2565,
        agency: "เทศบาลตำบลด่านเกวียน",
      });
    });
  });

  describe("the input sheet", () => {
    it("says which sheet was created and where to type the scores, with focus on it", async () => {
      const user = renderWorkflow(fakeExcelActions());
      await user.click(insertButton());
      const heading = await screen.findByRole("heading", { name: /แผ่นงานกรอกคะแนน/ });
      expect(document.activeElement).toBe(heading);
      expect(screen.getByText(/สร้างแผ่นงาน “ITA 2568” เรียบร้อยแล้ว/)).toBeTruthy();
      expect(screen.getByText(`กรอกคะแนนตัวชี้วัดทั้ง 10 ตัวของปีนี้ที่ ${insertedSheet.scoresAddress}`)).toBeTruthy();
      expect(screen.getByRole("status").textContent).toContain("แทรกแผ่นงาน “ITA 2568” เรียบร้อยแล้ว");
    });

    it("analyzes the sheet's block as formulas by default", async () => {
      const actions = fakeExcelActions();
      await analyzeInsertedSheet(actions);
      expect(actions.analyze).toHaveBeenCalledWith({
        fiscalYear: LATEST_FISCAL_YEAR,
        agency: undefined,
        mode: "formulas",
        inputAddress: insertedSheet.analysisAddress,
      });
    });

    it("writes plain values when the formulas switch is turned off", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.click(insertButton());
      const formulas = await screen.findByRole("switch", { name: /เขียนเป็นสูตร Excel/ });
      expect((formulas as HTMLInputElement).checked).toBe(true);
      await user.click(formulas);
      await user.click(analyzeButton());
      expect(actions.analyze).toHaveBeenCalledWith(expect.objectContaining({ mode: "values" }));
    });
  });

  describe("the officer's own range", () => {
    it("shows the range, what it recognised and where it will write, before anything is written", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.click(selectionButton());
      expect(actions.previewSelection).toHaveBeenCalledWith(LATEST_FISCAL_YEAR);
      expect(await screen.findByText("ใช้ช่วง Sheet1!C4:C13")).toBeTruthy();
      expect(screen.getByText("จะเขียนผลที่ Sheet1!E3:H13")).toBeTruthy();
      const table = screen.getByRole("table", { name: /ค่าที่อ่านได้/ });
      const rows = within(table).getAllByRole("row");
      expect(rows).toHaveLength(11);
      const first = within(rows[1] as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
      expect(first).toEqual(["1 การปฏิบัติหน้าที่", "C4", "91.21", "87.93"]);
      expect(actions.analyze).not.toHaveBeenCalled();
    });

    it("analyzes the selection, or goes back to choose again", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.click(selectionButton());
      await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
      expect(actions.analyze).toHaveBeenCalledWith(
        expect.objectContaining({ fiscalYear: LATEST_FISCAL_YEAR, mode: "formulas", inputAddress: "Sheet1!C3:D13" })
      );
      await user.click(screen.getByRole("button", { name: /เลือกใหม่/ }));
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: /ข้อมูลการประเมิน/ }));
      expect(selectionButton()).toBeTruthy();
    });
  });

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

describe("Workflow waiting", () => {
  it("ignores a second click while Excel is still working", async () => {
    const actions = fakeExcelActions();
    const pending = deferred<ActionOutcome<typeof insertedSheet>>();
    actions.insertInputSheet.mockReturnValue(pending.promise);
    const user = renderWorkflow(actions);
    await user.click(insertButton());
    await user.click(insertButton());
    expect(actions.insertInputSheet).toHaveBeenCalledTimes(1);
    pending.resolve(succeeded(insertedSheet));
    await waitFor(() => expect(screen.getByRole("heading", { name: /แผ่นงานกรอกคะแนน/ })).toBeTruthy());
  });
});
