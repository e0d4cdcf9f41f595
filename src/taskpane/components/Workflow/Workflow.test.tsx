/** @jest-environment jsdom */
// The officer's ways in: the start form and its advanced settings, the input sheet, a range of their own.
// The other flows have files of their own beside this one (Workflow.<flow>.test.tsx).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LATEST_FISCAL_YEAR } from "../../../core";
import type { ActionOutcome } from "../../../excel/actions";
import {
  failed,
  fakeExcelActions,
  insertedCatalogueSheet,
  insertedFrameworkSheet,
  insertedSheet,
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

  describe("advanced settings", () => {
    const openAdvanced = async (user: ReturnType<typeof userEvent.setup>) =>
      user.click(screen.getByRole("button", { name: /ตั้งค่าขั้นสูง/ }));

    it("inserts the framework sheet of the chosen year and says which sheet it wrote", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.selectOptions(screen.getByRole("combobox", { name: /ปีงบประมาณ/ }), "2566");
      await openAdvanced(user);
      await user.click(screen.getByRole("button", { name: /แทรกแผ่นงานกรอบการประเมิน/ }));
      expect(actions.insertFrameworkSheet).toHaveBeenCalledWith(2566);
      await waitFor(() =>
        expect(screen.getByRole("status").textContent).toContain(
          `แทรกแผ่นงานกรอบการประเมิน “${insertedFrameworkSheet.sheetName}” แล้ว`
        )
      );
      expect(screen.getByRole("heading", { name: /ข้อมูลการประเมิน/ })).toBeTruthy();
    });

    it("inserts the catalogue sheet, and shows its problems like any other action", async () => {
      const actions = fakeExcelActions();
      actions.insertCatalogueSheet.mockResolvedValueOnce(
        failed([
          {
            location: "'แคตตาล็อกมาตรการ ITA'!$A$1",
            code: "catalogue-sheet-exists",
            messageTh: "มีแผ่นงานแคตตาล็อกมาตรการอยู่แล้ว",
            messageEn: "the workbook already has the catalogue sheet",
          },
        ])
      );
      const user = renderWorkflow(actions);
      await openAdvanced(user);
      const insert = screen.getByRole("button", { name: /แทรกแผ่นงานแคตตาล็อกมาตรการ/ });
      await user.click(insert);
      expect(actions.insertCatalogueSheet).toHaveBeenCalledTimes(1);
      const bar = await screen.findByRole("group", { name: /พบปัญหา 1 รายการ/ });
      expect(bar.textContent).toContain("มีแผ่นงานแคตตาล็อกมาตรการอยู่แล้ว");
      expect(document.activeElement).toBe(bar);
      await user.click(insert);
      await waitFor(() =>
        expect(screen.getByRole("status").textContent).toContain(
          `แทรกแผ่นงานแคตตาล็อกมาตรการ “${insertedCatalogueSheet.sheetName}” แล้ว`
        )
      );
      expect(screen.queryByRole("group", { name: /พบปัญหา/ })).toBeNull();
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
        expect.objectContaining({
          fiscalYear: LATEST_FISCAL_YEAR,
          mode: "formulas",
          inputAddress: "Sheet1!C3:D13",
        })
      );
      await user.click(screen.getByRole("button", { name: /เลือกใหม่/ }));
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: /ข้อมูลการประเมิน/ }));
      expect(selectionButton()).toBeTruthy();
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
