/** @jest-environment jsdom */
// Scores the officer pasted anywhere on a sheet: what was found, confirmed into an input sheet or declined.
import { screen, within } from "@testing-library/react";
import { LATEST_FISCAL_YEAR } from "../../../core";
import { fakeExcelActions, insertedSheet, seedFound, succeeded } from "../../testing/fakeExcelActions";
import { preloadPanels } from "../../testing/preloadPanels";
import { renderWorkflow } from "./workflow-test-kit";

// The panels past the start come in chunks of their own; here they are in before the first render.
beforeAll(preloadPanels);

describe("Workflow", () => {
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
});
