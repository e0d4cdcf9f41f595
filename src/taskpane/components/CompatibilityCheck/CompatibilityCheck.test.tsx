/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { compatibilityReport, fakeExcelActions } from "../../testing/fakeExcelActions";
import { listenToAnnouncements, renderInPane } from "../../testing/renderInPane";
import { CompatibilityCheck, compatibilityText } from "./CompatibilityCheck";

describe("CompatibilityCheck", () => {
  it("runs the check on request and lists each result by its meaning, with the text to copy", async () => {
    const actions = fakeExcelActions();
    renderInPane(<CompatibilityCheck language="th" actions={actions} />);
    expect(actions.runCompatibilityCheck).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole("button", { name: /ตรวจความเข้ากันได้กับ Excel นี้/ }));
    const list = await screen.findByRole("list", { name: "ผลการตรวจความเข้ากันได้" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items).toEqual([
      "ข้อมูลแพลตฟอร์ม PC รุ่น 16.0.18025.20000",
      "ผ่านข้อความคงเป็นข้อความ",
      "ไม่ผ่านได้ 0 (Double)",
    ]);
    const text = screen.getByRole("textbox", { name: "ผลการตรวจเป็นข้อความสำหรับคัดลอก" }) as HTMLTextAreaElement;
    expect(text.value).toBe(compatibilityText(compatibilityReport));
    expect(text.value).toContain("[ไม่ผ่าน/FAIL] blank-in-function: ได้ 0 (Double) / gave 0 (Double)");
  });

  it("says the check could not run, with Excel's reason", async () => {
    const actions = fakeExcelActions();
    actions.runCompatibilityCheck.mockResolvedValue({
      ok: false,
      warnings: [],
      issues: [
        { code: "excel-error", location: "Excel", messageTh: "สมุดงานถูกป้องกัน", messageEn: "protected" },
      ],
    });
    renderInPane(<CompatibilityCheck language="th" actions={actions} />);
    await userEvent.setup().click(screen.getByRole("button", { name: /ตรวจความเข้ากันได้กับ Excel นี้/ }));
    const problem = await screen.findByRole("group", { name: "ตรวจไม่สำเร็จ:" });
    expect(problem.textContent).toContain("สมุดงานถูกป้องกัน");
  });

  it("says how the check came out through the live announcer, as the list appears away from focus", async () => {
    const announcements = listenToAnnouncements();
    try {
      renderInPane(<CompatibilityCheck language="en" actions={fakeExcelActions()} />);
      await userEvent.setup().click(screen.getByRole("button", { name: /ตรวจความเข้ากันได้กับ Excel นี้/ }));
      await screen.findByRole("list", { name: "ผลการตรวจความเข้ากันได้" });
      expect(announcements.messages).toContain(
        "ตรวจเสร็จแล้ว ผ่าน 1 รายการ ไม่ผ่าน 1 รายการ ข้อมูล 1 รายการ Check finished: 1 passed, 1 failed, 1 for information."
      );
    } finally {
      announcements.stop();
    }
  });
});
