/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SUPPORTED_FISCAL_YEARS } from "../../../core";
import { renderInPane } from "../../testing/renderInPane";
import { StartForm, type StartFormProps } from "./StartForm";

function renderStartForm(props: Partial<StartFormProps> = {}) {
  const handlers = {
    onFiscalYearChange: jest.fn(),
    onAgencyChange: jest.fn(),
    onInsertInputSheet: jest.fn(),
    onPreviewSelection: jest.fn(),
    onFindScores: jest.fn(),
    onInsertFrameworkSheet: jest.fn(),
  };
  renderInPane(<StartForm language="th" fiscalYear={2569} agency="" {...handlers} {...props} />);
  return handlers;
}

describe("StartForm", () => {
  it("offers the year after the latest, then every supported fiscal year, newest first", () => {
    renderStartForm();
    const options = screen.getAllByRole("option").map((option) => option.textContent ?? "");
    expect(options[0]).toBe("2570 (ยังไม่มีกรอบในตัว)");
    expect(options.slice(1).map(Number)).toEqual([...SUPPORTED_FISCAL_YEARS].sort((a, b) => b - a));
    expect(options[1]).toBe("2569");
    expect(screen.queryByRole("button", { name: /แทรกแผ่นงานกรอบ ITA/ })).toBeNull();
  });

  it("for a year without a built-in framework, offers its framework sheet copied from the latest year", async () => {
    const user = userEvent.setup();
    const handlers = renderStartForm({ fiscalYear: 2570 });
    const notice = screen.getByRole("group", { name: "ยังไม่มีกรอบการประเมินปี 2570" });
    expect(notice.textContent).toMatch(/ยังไม่มีกรอบการประเมินของปี 2570 .*คัดลอกจากกรอบปี 2569/);
    await user.click(screen.getByRole("button", { name: "แทรกแผ่นงานกรอบ ITA 2570" }));
    expect(handlers.onInsertFrameworkSheet).toHaveBeenCalledTimes(1);
  });

  it("reports the year chosen and the agency typed", async () => {
    const user = userEvent.setup();
    const handlers = renderStartForm();
    await user.selectOptions(screen.getByRole("combobox", { name: /ปีงบประมาณ/ }), "2566");
    await user.type(screen.getByRole("textbox", { name: /ชื่อหน่วยงาน/ }), "อ");
    expect(handlers.onFiscalYearChange).toHaveBeenCalledWith(2566);
    expect(handlers.onAgencyChange).toHaveBeenCalledWith("อ");
  });

  it("describes each way in and holds both buttons while Excel works", async () => {
    const user = userEvent.setup();
    const handlers = renderStartForm({ work: "previewing" });
    const insert = screen.getByRole("button", { name: /แทรกแผ่นงานกรอกคะแนน/ });
    expect(screen.getByRole("button", { name: /ใช้ช่วงที่เลือก/ }).getAttribute("aria-disabled")).toBe("true");
    expect(insert.getAttribute("aria-describedby")).toBeTruthy();
    await user.click(insert);
    expect(handlers.onInsertInputSheet).not.toHaveBeenCalled();
    const find = screen.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้/ });
    expect(find.getAttribute("aria-disabled")).toBe("true");
    await user.click(find);
    expect(handlers.onFindScores).not.toHaveBeenCalled();
  });

  it("offers to find scores pasted on the sheet, with what it does", async () => {
    const user = userEvent.setup();
    const handlers = renderStartForm();
    const find = screen.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้/ });
    const hint = document.getElementById(find.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toMatch(/ITAS/);
    await user.click(find);
    expect(handlers.onFindScores).toHaveBeenCalledTimes(1);
  });
});
