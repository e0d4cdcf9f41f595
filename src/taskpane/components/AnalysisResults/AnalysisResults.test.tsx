/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { type Framework, frameworkFor, frameworkNotes } from "../../../core";
import { seedAnalysis } from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import { AnalysisResults } from "./AnalysisResults";

describe("AnalysisResults", () => {
  it("says once which parts of the year's framework are unconfirmed, and which OIT item the report serves", () => {
    const outcome = {
      ...seedAnalysis(),
      framework: frameworkNotes(frameworkFor(2568) as Framework),
    };
    renderInPane(<AnalysisResults language="th" analysis={{ outcome, requestedMode: "formulas" }} />);
    expect(screen.getAllByText(/ยังไม่ได้รับการยืนยันจาก ป\.ป\.ช\./)).toHaveLength(1);
    expect(screen.getByText(/การจัดข้อ OIT เป็นตัวชี้วัดย่อย/)).toBeTruthy();
    expect(screen.getByText(/แผ่นงานกรอบการประเมิน/)).toBeTruthy();
    expect(
      screen.getByText(
        "รายงานวิเคราะห์และมาตรการจากผลนี้เป็นหลักฐานของข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ในการประเมิน ITA ปี 2569"
      )
    ).toBeTruthy();
  });

  it("says nothing of a served item where the next year's mapping is unknown (2569 → 2570)", () => {
    const outcome = { ...seedAnalysis(), framework: frameworkNotes(frameworkFor(2569) as Framework) };
    renderInPane(<AnalysisResults language="th" analysis={{ outcome, requestedMode: "formulas" }} />);
    expect(screen.queryByText(/เป็นหลักฐานของข้อ/)).toBeNull();
    expect(screen.getByText(/ส่วนของกรอบการประเมินปี 2569 ที่ยังไม่ได้รับการยืนยัน/)).toBeTruthy();
  });

  it("a verified year says nothing is unconfirmed and names the item it serves next year (2564: o42 of 2565)", () => {
    const outcome = { ...seedAnalysis(), framework: frameworkNotes(frameworkFor(2564) as Framework) };
    renderInPane(<AnalysisResults language="th" analysis={{ outcome, requestedMode: "formulas" }} />);
    expect(screen.queryByText(/ยังไม่ได้รับการยืนยัน/)).toBeNull();
    expect(
      screen.getByText(/หลักฐานของข้อ o42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในการประเมิน ITA ปี 2565/)
    ).toBeTruthy();
  });

  it("ranks the indicators with both years and a signed, spoken change", () => {
    renderInPane(
      <AnalysisResults language="th" analysis={{ outcome: seedAnalysis(), requestedMode: "formulas" }} />
    );
    const table = screen.getByRole("table", { name: /คะแนนรายตัวชี้วัด/ });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["อันดับ", "ตัวชี้วัด", "ปี 2564", "ปี 2565", "เปลี่ยนแปลง"]);
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(rows[0] as HTMLElement)).toEqual([
      "1",
      "10 การป้องกันการทุจริต",
      "81.25",
      "100.00",
      "▲ +18.75 เพิ่มขึ้น",
    ]);
    expect(cells(rows[1] as HTMLElement)).toEqual(["2", "9 การเปิดเผยข้อมูล", "97.50", "95.00", "▼ -2.50 ลดลง"]);
    expect(cells(rows[9] as HTMLElement)[0]).toBe("10");
  });

  it("shows the three tools with their pass against 85", () => {
    renderInPane(
      <AnalysisResults language="th" analysis={{ outcome: seedAnalysis(), requestedMode: "formulas" }} />
    );
    const tools = screen.getByRole("list", { name: /คะแนนรายเครื่องมือ/ });
    expect(
      within(tools)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual([
      "IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน86.55ผ่านเกณฑ์",
      "EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก89.98ผ่านเกณฑ์",
      "OIT แบบตรวจการเปิดเผยข้อมูลสาธารณะ97.50ผ่านเกณฑ์",
    ]);
  });

  it("says where and how the results were written, and the fallback to values", () => {
    renderInPane(
      <AnalysisResults
        language="th"
        analysis={{ outcome: seedAnalysis("values"), requestedMode: "formulas" }}
      />
    );
    expect(screen.getByText("เขียนผลเป็นค่าคงที่ที่ Sheet1!E3:H13")).toBeTruthy();
    expect(screen.getByText(/เขียนผลเป็นค่าคงที่แทนสูตร/)).toBeTruthy();
  });

  it("gives each information message a title that names it, and no reference to a missing one", () => {
    const outcome = { ...seedAnalysis("values"), framework: frameworkNotes(frameworkFor(2568) as Framework) };
    renderInPane(<AnalysisResults language="th" analysis={{ outcome, requestedMode: "formulas" }} />);
    expect(screen.getByRole("group", { name: "เกี่ยวกับกรอบการประเมิน" }).textContent).toMatch(
      /ยังไม่ได้รับการยืนยันจาก ป\.ป\.ช\./
    );
    expect(screen.getByRole("group", { name: "เขียนผลเป็นค่าคงที่" }).textContent).toMatch(/เขียนผลเป็นค่าคงที่แทนสูตร/);
    for (const group of screen.getAllByRole("group")) {
      const labelledBy = group.getAttribute("aria-labelledby");
      if (labelledBy !== null) expect(document.getElementById(labelledBy)).not.toBeNull();
    }
  });

  it("does not call values a fallback when the officer asked for values", () => {
    renderInPane(
      <AnalysisResults
        language="th"
        analysis={{ outcome: seedAnalysis("values"), requestedMode: "values" }}
      />
    );
    expect(screen.queryByText(/เขียนผลเป็นค่าคงที่แทนสูตร/)).toBeNull();
  });

  it("leaves out the previous year and the change when there is no previous year", () => {
    const outcome = seedAnalysis();
    const result = {
      ...outcome.result,
      previous: null,
      indicators: outcome.result.indicators.map((row) => ({ ...row, previous: null, delta: null })),
    };
    renderInPane(
      <AnalysisResults
        language="th"
        analysis={{ outcome: { ...outcome, result }, requestedMode: "formulas" }}
      />
    );
    const table = screen.getByRole("table", { name: /คะแนนรายตัวชี้วัด/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent)
    ).toEqual(["อันดับ", "ตัวชี้วัด", "ปี 2565"]);
  });

  it("shows a failing total and its rating as danger", () => {
    const outcome = seedAnalysis();
    const result = { ...outcome.result, total: 52.4, grade: "E", gradeEn: "E", passed: false };
    renderInPane(
      <AnalysisResults
        language="th"
        analysis={{ outcome: { ...outcome, result }, requestedMode: "formulas" }}
      />
    );
    expect(screen.getByText("52.40")).toBeTruthy();
    expect(screen.getByText("E")).toBeTruthy();
    expect(screen.getByText("ไม่ผ่านเกณฑ์")).toBeTruthy();
  });

  it("adds the English names, rating and tool names for a non-Thai Office", () => {
    const outcome = seedAnalysis();
    const result = { ...outcome.result, grade: "ผ่านดี", gradeEn: "Good pass" };
    renderInPane(
      <AnalysisResults
        language="en"
        analysis={{ outcome: { ...outcome, result }, requestedMode: "formulas" }}
      />
    );
    expect(screen.getByRole("heading", { name: /Results for fiscal year 2565/ })).toBeTruthy();
    expect(screen.getByText("Good pass").getAttribute("lang")).toBe("en");
    expect(screen.getByText("Internal Integrity and Transparency Assessment")).toBeTruthy();
    expect(screen.getByText("Prevention of corruption")).toBeTruthy();
    expect(screen.getByText(/Indicator 5 Anti-corruption/)).toBeTruthy();
  });
});
