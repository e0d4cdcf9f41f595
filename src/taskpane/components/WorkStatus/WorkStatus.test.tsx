/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderInPane } from "../../testing/renderInPane";
import { WorkStatus } from "./WorkStatus";

describe("WorkStatus", () => {
  it("keeps an empty live region while nothing has happened", () => {
    renderInPane(<WorkStatus language="th" status={{ kind: "idle" }} />);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.queryByRole("progressbar", { hidden: true })).toBeNull();
  });

  it("says what Excel is doing, in both languages, with a spinner", () => {
    renderInPane(<WorkStatus language="en" status={{ kind: "working", work: "inserting" }} />);
    expect(screen.getByRole("status").textContent).toBe("กำลังแทรกแผ่นงานกรอกคะแนน…Inserting the input sheet…");
    expect(screen.getByRole("progressbar", { hidden: true })).toBeTruthy();
  });

  it("names the settings sheet inserted", () => {
    renderInPane(
      <WorkStatus
        language="en"
        status={{ kind: "settings-inserted", sheet: "framework", sheetName: "กรอบ ITA 2568" }}
      />
    );
    expect(screen.getByRole("status").textContent).toContain(
      "Inserted the framework sheet “กรอบ ITA 2568”; correct it to what the NACC publishes."
    );
  });

  it("names the report sheets written and the file exported", () => {
    const { rerender } = renderInPane(
      <WorkStatus
        language="th"
        status={{ kind: "generated", sheetNames: ["ผลการวิเคราะห์ ITA", "มาตรการ ITA 2566"] }}
      />
    );
    expect(screen.getByRole("status").textContent).toBe(
      "สร้างแผ่นงานรายงานเรียบร้อยแล้ว: “ผลการวิเคราะห์ ITA” และ “มาตรการ ITA 2566”"
    );
    rerender(
      <WorkStatus
        language="en"
        status={{ kind: "exported", file: { fileName: "ita.xlsx", delivery: "download" } }}
      />
    );
    expect(screen.getByRole("status").textContent).toContain(
      "Exported the report as “ita.xlsx”, offered as a download: open it from your downloads."
    );
  });
});
