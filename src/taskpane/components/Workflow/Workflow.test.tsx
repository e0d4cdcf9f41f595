/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LATEST_FISCAL_YEAR } from "../../../core";
import type { ActionOutcome, AnalysisOutcome, GeneratedReport } from "../../../excel/actions";
import {
  exportedReport,
  failed,
  fakeExcelActions,
  generatedReport,
  insertedCatalogueSheet,
  insertedFrameworkSheet,
  insertedSheet,
  macExportOffer,
  seedAnalysis,
  seedFound,
  seedItemsAddress,
  succeeded,
  type FakeExcelActions,
} from "../../testing/fakeExcelActions";
import { preloadPanels } from "../../testing/preloadPanels";
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

  describe("scores pasted on the sheet", () => {
    const findButton = () => screen.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้/ });

    it("shows what was found per indicator and year, with cells, before anything is used", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.click(findButton());
      expect(actions.findScores).toHaveBeenCalledWith(LATEST_FISCAL_YEAR);
      const heading = await screen.findByRole("heading", { name: /คะแนนที่พบในแผ่นงาน/ });
      expect(document.activeElement).toBe(heading);
      const rows = within(screen.getByRole("table")).getAllByRole("row");
      expect(rows).toHaveLength(11);
      expect(rows[0]?.textContent).toContain("ปี 2564");
      expect(rows[0]?.textContent).toContain("ปี 2565");
      expect(actions.insertInputSheet).not.toHaveBeenCalled();
      expect(screen.getByRole("status").textContent).toContain("พบคะแนนของตัวชี้วัด 10 ตัว");
    });

    it("names the sheet's marks by what they mean, not by their colour alone", async () => {
      const user = renderWorkflow(fakeExcelActions());
      await user.click(findButton());
      const legend = await screen.findByRole("list", { name: "เครื่องหมายในแผ่นงาน" });
      expect(
        within(legend)
          .getAllByRole("listitem")
          .map((item) => item.textContent)
      ).toEqual(["พบคะแนนหรือชื่อตัวชี้วัด: พื้นสีเหลืองอ่อน", "ไม่ตรงกับการคำนวณ: พื้นสีส้มมีลายเส้นทแยง"]);
    });

    it("copies the confirmed scores into a new input sheet of their year, then analyzes that sheet", async () => {
      const actions = fakeExcelActions();
      const user = renderWorkflow(actions);
      await user.click(findButton());
      await user.click(await screen.findByRole("button", { name: /ใช้คะแนนเหล่านี้/ }));
      expect(actions.insertInputSheet).toHaveBeenCalledTimes(1);
      const request = actions.insertInputSheet.mock.calls[0]?.[0];
      expect(request?.fiscalYear).toBe(2565);
      expect(request?.prefill?.scores).toHaveLength(20);
      await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
      expect(actions.analyze).toHaveBeenCalledWith(
        expect.objectContaining({ fiscalYear: 2565, inputAddress: insertedSheet.analysisAddress })
      );
    });

    it("lists figures that disagree and text it could not match, and can be declined", async () => {
      const actions = fakeExcelActions();
      const found = seedFound();
      actions.findScores.mockResolvedValue(
        succeeded({
          ...found,
          mismatches: [
            {
              location: "Sheet1!F7",
              code: "change-mismatch",
              messageTh: "ผลต่างไม่ตรง",
              messageEn: "the change disagrees",
            },
          ],
          unmatched: [
            { cell: "Sheet1!C16", position: { row: 15, column: 2 }, text: "ตัวชี้วัดพิเศษ" },
            { cell: "Sheet1!C17", position: { row: 16, column: 2 }, text: "1๒๘", didYouMean: "i28" },
          ],
        })
      );
      const user = renderWorkflow(actions);
      await user.click(findButton());
      const mismatches = await screen.findByRole("list", { name: /ไม่ตรงกับการคำนวณ/ });
      expect(mismatches.textContent).toContain("Sheet1!F7");
      const unmatched = screen.getByRole("list", { name: /ไม่ตรงกับชื่อตัวชี้วัดใด/ }).textContent;
      expect(unmatched).toContain("C16 ตัวชี้วัดพิเศษ");
      expect(unmatched).toContain("C17 1๒๘ ขึ้นต้นด้วยตัวเลขแทนตัวอักษร หมายถึงข้อ i28 หรือไม่");
      await user.click(screen.getByRole("button", { name: /ไม่ใช้/ }));
      expect(screen.queryByRole("heading", { name: /คะแนนที่พบในแผ่นงาน/ })).toBeNull();
      expect(actions.insertInputSheet).not.toHaveBeenCalled();
    });

    it("offers no use while the scores cannot be used, and says why at each place", async () => {
      const actions = fakeExcelActions();
      const found = seedFound();
      actions.findScores.mockResolvedValue(
        succeeded({
          ...found,
          found: found.found.filter((entry) => entry.indicator !== 3),
          use: {
            ready: false,
            issues: [
              {
                location: "Sheet1",
                code: "missing-indicator",
                messageTh: "ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 3 การใช้อำนาจ",
                messageEn: "no 2565 score was found for indicator 3 (Use of Authority)",
              },
            ],
          },
        })
      );
      const user = renderWorkflow(actions);
      await user.click(findButton());
      const reasons = await screen.findByRole("list", { name: /ยังนำคะแนนเหล่านี้ไปใช้ไม่ได้/ });
      expect(reasons.textContent).toContain("ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 3 การใช้อำนาจ");
      expect(screen.queryByRole("button", { name: /ใช้คะแนนเหล่านี้/ })).toBeNull();
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
