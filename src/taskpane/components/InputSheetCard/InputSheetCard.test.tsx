/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { insertedSheet } from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import { InputSheetCard } from "./InputSheetCard";

describe("InputSheetCard", () => {
  it("names the sheet and where this year's and last year's scores go", () => {
    renderInPane(<InputSheetCard language="en" sheet={insertedSheet} />);
    expect(screen.getByRole("heading", { name: /แผ่นงานกรอกคะแนน\s*Input sheet/ })).toBeTruthy();
    expect(screen.getByText("Type this year's ten indicator scores in 'ITA 2568'!D5:D14.")).toBeTruthy();
    expect(screen.getByText("กรอกคะแนนของปีก่อน (ถ้ามี) ที่ 'ITA 2568'!E5:E14")).toBeTruthy();
  });
});
