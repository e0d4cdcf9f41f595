/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { seedPreview } from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import { SelectionPreview } from "./SelectionPreview";

describe("SelectionPreview", () => {
  it("marks a cell that is not a score", () => {
    const preview = seedPreview();
    const indicators = preview.indicators.map((row) => (row.number === 6 ? { ...row, value: null } : row));
    renderInPane(<SelectionPreview language="th" preview={{ ...preview, indicators }} />);
    const rows = within(screen.getByRole("table", { name: /ค่าที่อ่านได้/ })).getAllByRole("row");
    expect(within(rows[6] as HTMLElement).getAllByRole("cell")[2]?.textContent).toBe("ไม่ใช่คะแนน");
  });

  it("leaves out the previous-year column when none was recognised", () => {
    const preview = seedPreview();
    const indicators = preview.indicators.map(({ number, nameTh, cell, value }) => ({
      number,
      nameTh,
      cell,
      value,
    }));
    renderInPane(
      <SelectionPreview language="en" preview={{ ...preview, previousAddress: undefined, indicators }} />
    );
    const table = screen.getByRole("table", { name: /What was read/ });
    expect(within(table).getAllByRole("columnheader")).toHaveLength(3);
    expect(screen.getByText("Results will be written to Sheet1!E3:H13")).toBeTruthy();
    expect(screen.queryByText(/Previous year's scores from/)).toBeNull();
  });
});
