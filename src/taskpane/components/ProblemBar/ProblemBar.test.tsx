/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { listenToAnnouncements, renderInPane } from "../../testing/renderInPane";
import { ProblemBar } from "./ProblemBar";

const issues = [
  {
    location: "Sheet1!C9",
    code: "not-a-score",
    messageTh: '"n/a" ไม่ใช่คะแนน',
    messageEn: '"n/a" is not a score',
  },
  { location: "", code: "size", messageTh: "ช่วงต้องมี 10 เซลล์", messageEn: "the range must hold 10 cells" },
];

describe("ProblemBar", () => {
  it("lists every issue of an action as an error and says nothing was written", () => {
    renderInPane(<ProblemBar language="th" problem={{ kind: "issues", issues }} />);
    const bar = screen.getByRole("group", { name: /พบปัญหา 2 รายการ/ });
    expect(within(bar).getByText(/ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน/)).toBeTruthy();
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(['Sheet1!C9: "n/a" ไม่ใช่คะแนน', "ช่วงต้องมี 10 เซลล์"]);
  });

  it("is described by what was not written and every cell with its reason, so focus on it says them", () => {
    renderInPane(<ProblemBar language="th" problem={{ kind: "issues", issues }} />);
    const bar = screen.getByRole("group", {
      name: "พบปัญหา 2 รายการ",
      description:
        'ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน โปรดแก้ไขแล้วลองอีกครั้ง Sheet1!C9: "n/a" ไม่ใช่คะแนน ช่วงต้องมี 10 เซลล์',
    });
    expect(bar.tabIndex).toBe(-1);
  });

  it("is described by the unexpected failure's message", () => {
    renderInPane(<ProblemBar language="th" problem={{ kind: "failure", message: "InvalidOperation" }} />);
    expect(
      screen.getByRole("group", { name: "เกิดข้อผิดพลาดที่ไม่คาดคิด", description: /InvalidOperation$/ })
    ).toBeTruthy();
  });

  it("is said through the pane's live announcer when it appears", async () => {
    const announcements = listenToAnnouncements();
    try {
      renderInPane(<ProblemBar language="th" problem={{ kind: "issues", issues }} />);
      await waitFor(() => expect(announcements.messages.join(" ")).toContain('Sheet1!C9: "n/a" ไม่ใช่คะแนน'));
    } finally {
      announcements.stop();
    }
  });

  it("gives each issue its English line for a non-Thai Office", () => {
    renderInPane(<ProblemBar language="en" problem={{ kind: "issues", issues }} />);
    expect(screen.getByText('Sheet1!C9: "n/a" is not a score').getAttribute("lang")).toBe("en");
    expect(screen.getByText("2 problems found")).toBeTruthy();
  });

  it("offers what the officer can do about the problems inside the bar", () => {
    renderInPane(
      <ProblemBar language="th" problem={{ kind: "issues", issues }} actions={<button>แทนที่</button>} />
    );
    const bar = screen.getByRole("group", { name: /พบปัญหา 2 รายการ/ });
    expect(within(bar).getByRole("button", { name: "แทนที่" })).toBeTruthy();
  });

  it("shows an unexpected failure with its message", () => {
    renderInPane(<ProblemBar language="th" problem={{ kind: "failure", message: "InvalidOperation" }} />);
    const bar = screen.getByRole("group", { name: /เกิดข้อผิดพลาดที่ไม่คาดคิด/ });
    expect(within(bar).getByText("InvalidOperation")).toBeTruthy();
  });

  it("lists warnings under their own title", () => {
    renderInPane(<ProblemBar language="th" problem={{ kind: "warnings", warnings: issues.slice(0, 1) }} />);
    const bar = screen.getByRole("group", {
      name: /ข้อควรตรวจสอบ/,
      description: 'Sheet1!C9: "n/a" ไม่ใช่คะแนน',
    });
    expect(within(bar).getAllByRole("listitem")).toHaveLength(1);
  });
});
