/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderInPane } from "../../testing/renderInPane";
import { AdvancedSettings, type AdvancedSettingsProps } from "./AdvancedSettings";

function renderAdvanced(props: Partial<AdvancedSettingsProps> = {}) {
  const handlers = { onInsertFrameworkSheet: jest.fn(), onInsertCatalogueSheet: jest.fn() };
  renderInPane(<AdvancedSettings language="th" fiscalYear={2568} {...handlers} {...props} />);
  return handlers;
}

const open = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole("button", { name: /ตั้งค่าขั้นสูง/ }));

describe("AdvancedSettings", () => {
  it("is folded away until the officer opens it", async () => {
    const user = userEvent.setup();
    renderAdvanced();
    const header = screen.getByRole("button", { name: /ตั้งค่าขั้นสูง/ });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: /แทรกแผ่นงานกรอบการประเมิน/ })).toBeNull();
    await open(user);
    expect(header.getAttribute("aria-expanded")).toBe("true");
  });

  it("explains each sheet, the framework of the chosen year, and reports the clicks", async () => {
    const user = userEvent.setup();
    const handlers = renderAdvanced({ fiscalYear: 2566 });
    await open(user);
    const framework = screen.getByRole("button", { name: /แทรกแผ่นงานกรอบการประเมิน/ });
    const catalogue = screen.getByRole("button", { name: /แทรกแผ่นงานแคตตาล็อกมาตรการ/ });
    const hintOf = (button: HTMLElement) =>
      document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(hintOf(framework)).toContain("กรอบการประเมินปี 2566");
    expect(hintOf(framework)).toContain("ป.ป.ช. ประกาศกรอบใหม่");
    expect(hintOf(catalogue)).toContain("ชื่อหน่วยงานของท่าน");
    await user.click(framework);
    await user.click(catalogue);
    expect(handlers.onInsertFrameworkSheet).toHaveBeenCalledTimes(1);
    expect(handlers.onInsertCatalogueSheet).toHaveBeenCalledTimes(1);
  });

  it("holds both buttons while Excel works", async () => {
    const user = userEvent.setup();
    const handlers = renderAdvanced({ work: "insertingCatalogue" });
    await open(user);
    const catalogue = screen.getByRole("button", { name: /แทรกแผ่นงานแคตตาล็อกมาตรการ/ });
    expect(catalogue.getAttribute("aria-disabled")).toBe("true");
    await user.click(catalogue);
    expect(handlers.onInsertCatalogueSheet).not.toHaveBeenCalled();
  });

  it("adds the English line for a non-Thai Office", async () => {
    const user = userEvent.setup();
    renderAdvanced({ language: "en" });
    await open(user);
    expect(screen.getByRole("button", { name: /Insert the measures catalogue sheet/ })).toBeTruthy();
  });
});
