/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderInPane } from "../../testing/renderInPane";
import { AnalyzeControls } from "./AnalyzeControls";

describe("AnalyzeControls", () => {
  it("switches between formulas and values and explains the choice", async () => {
    const user = userEvent.setup();
    const onModeChange = jest.fn();
    renderInPane(
      <AnalyzeControls
        language="th"
        mode="values"
        onModeChange={onModeChange}
        onAnalyze={jest.fn()}
        onChooseAgain={jest.fn()}
      />
    );
    const formulas = screen.getByRole("switch", { name: /เขียนเป็นสูตร Excel/ }) as HTMLInputElement;
    expect(formulas.checked).toBe(false);
    expect(screen.getByText(/ผลจะไม่คำนวณใหม่/)).toBeTruthy();
    await user.click(formulas);
    expect(onModeChange).toHaveBeenCalledWith("formulas");
  });

  it("analyzes or chooses again from the keyboard", async () => {
    const user = userEvent.setup();
    const onAnalyze = jest.fn();
    const onChooseAgain = jest.fn();
    renderInPane(
      <AnalyzeControls
        language="th"
        mode="formulas"
        onModeChange={jest.fn()}
        onAnalyze={onAnalyze}
        onChooseAgain={onChooseAgain}
      />
    );
    await user.tab();
    await user.tab();
    await user.keyboard("{Enter}");
    await user.tab();
    await user.keyboard(" ");
    expect(onAnalyze).toHaveBeenCalledTimes(1);
    expect(onChooseAgain).toHaveBeenCalledTimes(1);
  });
});
