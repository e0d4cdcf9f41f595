/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneReport } from "../../hooks/usePaneState";
import type { PaneLanguage } from "../../strings";
import {
  exportedReport,
  generatedReport,
  macExportOffer,
  windowsExportOffer,
} from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import { AGENCY_KINDS, agencyKindById } from "../../../core";
import { ReplaceEdited, ReportPanel, type ReportPanelProps } from "./ReportPanel";

const NO_DETAILS = { agencyKind: "", district: "", province: "", scoresAsOf: "" };

function renderPanel(props: Partial<ReportPanelProps> = {}, language: PaneLanguage = "th") {
  const handlers = {
    onDigitsChange: jest.fn(),
    onChartChange: jest.fn(),
    onDetailsChange: jest.fn(),
    onGenerate: jest.fn(),
    onExport: jest.fn(),
    onExportPdf: jest.fn(),
  };
  renderInPane(
    <ReportPanel
      language={language}
      options={{ digits: "thai", chart: true, details: NO_DETAILS }}
      kinds={AGENCY_KINDS}
      exports={windowsExportOffer}
      {...handlers}
      {...props}
    />
  );
  return { user: userEvent.setup(), ...handlers };
}

const digitsSwitch = () => screen.getByRole("switch", { name: /ใช้เลขไทย/ }) as HTMLInputElement;
const chartSwitch = () => screen.getByRole("switch", { name: /แทรกแผนภูมิ/ }) as HTMLInputElement;
const generateButton = () => screen.getByRole("button", { name: /สร้างแผ่นงานรายงาน/ });
const exportButton = () => screen.getByRole("button", { name: /ส่งออกเป็นไฟล์ Excel/ });
const pdfButton = () => screen.queryByRole("button", { name: /พิมพ์สมุดงานเป็น PDF/ });

describe("ReportPanel", () => {
  it("is a section of its own, offering Thai digits and the chart, both on", () => {
    renderPanel();
    expect(screen.getByRole("region", { name: "รายงานสำหรับเผยแพร่" })).toBeTruthy();
    expect(digitsSwitch().checked).toBe(true);
    expect(chartSwitch().checked).toBe(true);
    expect(digitsSwitch().getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByText(/เอกสารราชการนิยมใช้เลขไทย/)).toBeTruthy();
  });

  it("asks for Arabic digits and no chart when the switches are turned off", async () => {
    const { user, onDigitsChange, onChartChange } = renderPanel();
    await user.click(digitsSwitch());
    await user.click(chartSwitch());
    expect(onDigitsChange).toHaveBeenCalledWith("arabic");
    expect(onChartChange).toHaveBeenCalledWith(false);
  });

  it("shows the options it is given", async () => {
    const { user, onDigitsChange } = renderPanel({
      options: { digits: "arabic", chart: false, details: NO_DETAILS },
    });
    expect(digitsSwitch().checked).toBe(false);
    expect(chartSwitch().checked).toBe(false);
    expect(screen.getByText("แสดงตัวเลขเป็นเลขอารบิก")).toBeTruthy();
    await user.click(digitsSwitch());
    expect(onDigitsChange).toHaveBeenCalledWith("thai");
  });

  it("asks the agency's kind (guessed from its name by default), district, province and the scores' date", async () => {
    const { user, onDetailsChange } = renderPanel({ guessedKind: agencyKindById("sao") });
    const kind = screen.getByRole("combobox", { name: /ประเภทหน่วยงาน/ }) as HTMLSelectElement;
    expect(kind.value).toBe("");
    expect(screen.getByRole("option", { name: "ตามชื่อหน่วยงาน (องค์การบริหารส่วนตำบล)" })).toBeTruthy();
    await user.selectOptions(kind, "municipality");
    expect(onDetailsChange).toHaveBeenCalledWith({ agencyKind: "municipality" });
    await user.type(screen.getByRole("textbox", { name: /จังหวัด/ }), "น");
    expect(onDetailsChange).toHaveBeenCalledWith({ province: "น" });
    expect(screen.getByLabelText(/วันที่นำคะแนนจากระบบ ITAS/)).toBeTruthy();
  });

  it("generates the sheets or exports the file", async () => {
    const { user, onGenerate, onExport } = renderPanel();
    await user.click(generateButton());
    await user.click(exportButton());
    expect(onGenerate).toHaveBeenCalledTimes(1);
    expect(onExport).toHaveBeenCalledTimes(1);
  });

  it("offers both exports on Windows, the PDF printed by Excel", async () => {
    const { user, onExportPdf } = renderPanel();
    await user.click(pdfButton() ?? exportButton());
    expect(onExportPdf).toHaveBeenCalledTimes(1);
  });

  it("offers only the exports this Excel can deliver, and for the others says what to do instead", () => {
    renderPanel({ exports: macExportOffer });
    expect(exportButton()).toBeTruthy();
    expect(pdfButton()).toBeNull();
    expect(screen.getByText("ใช้คำสั่ง ไฟล์ › บันทึกเป็น › PDF ของ Excel")).toBeTruthy();
  });

  it("says what to do instead of each export not offered, Thai first, then English", () => {
    const xlsx = {
      offered: false,
      instead: {
        code: "xlsx-unavailable",
        messageTh: "ใช้ปุ่มสร้างแผ่นงานรายงาน",
        messageEn: "use Generate report sheets",
      },
    } as const;
    renderPanel({ exports: { ...macExportOffer, xlsx } }, "en");
    expect(screen.queryByRole("button", { name: /ส่งออกเป็นไฟล์ Excel/ })).toBeNull();
    expect(pdfButton()).toBeNull();
    expect(screen.getByText("Use Generate report sheets.").getAttribute("lang")).toBe("en");
    expect(screen.getByText("Use Excel's File › Save As › PDF.")).toBeTruthy();
    expect(screen.getByText("ใช้ปุ่มสร้างแผ่นงานรายงาน")).toBeTruthy();
  });

  it("keeps both buttons waiting while Excel works", async () => {
    const { user, onGenerate } = renderPanel({ work: "generating" });
    expect(generateButton().getAttribute("aria-disabled")).toBe("true");
    expect(exportButton().getAttribute("aria-disabled")).toBe("true");
    await user.click(generateButton());
    expect(onGenerate).not.toHaveBeenCalled();
  });

  it.each<[string, PaneReport, string]>([
    [
      "the sheets written",
      { kind: "generated", report: generatedReport },
      "สร้างแผ่นงานรายงานเรียบร้อยแล้ว: “ผลการวิเคราะห์ ITA” และ “มาตรการ ITA 2566”",
    ],
    [
      "the file and that it opened as a new workbook",
      { kind: "exported", file: exportedReport },
      "ส่งออกรายงานเป็นไฟล์ “รายงาน ITA 2565.xlsx” และเปิดเป็นสมุดงานใหม่แล้ว",
    ],
    [
      "the file and that, on Mac, its new window may be behind this one",
      { kind: "exported", file: { fileName: "ita.xlsx", delivery: "new-workbook-behind" } },
      "ส่งออกรายงานเป็นไฟล์ “ita.xlsx” และเปิดเป็นสมุดงานใหม่แล้ว หน้าต่างใหม่อาจอยู่ด้านหลังหน้าต่างนี้ ดูได้จากเมนู หน้าต่าง (Window) ของ Excel",
    ],
    [
      "the file and that it was offered as a download",
      { kind: "exported", file: { fileName: "ita.xlsx", delivery: "download" } },
      "ส่งออกรายงานเป็นไฟล์ “ita.xlsx” ให้ดาวน์โหลดแล้ว โปรดเปิดไฟล์จากโฟลเดอร์ดาวน์โหลด",
    ],
  ])("names %s", (_, report, line) => {
    renderPanel({ report });
    expect(screen.getByText(line)).toBeTruthy();
  });

  it("adds the English lines for a non-Thai Office", () => {
    renderPanel({ report: { kind: "generated", report: generatedReport } }, "en");
    expect(screen.getByRole("region", { name: /รายงานสำหรับเผยแพร่\s*Report for publication/ })).toBeTruthy();
    expect(screen.getByRole("switch", { name: /ใช้เลขไทย\s*Thai digits/ })).toBeTruthy();
    expect(screen.getByRole("switch", { name: /Include the chart/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /สร้างแผ่นงานรายงาน\s*Generate report sheets/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Export as an Excel file/ })).toBeTruthy();
    const english = screen.getByText("Report sheets written: “ผลการวิเคราะห์ ITA” and “มาตรการ ITA 2566”.");
    expect(english.getAttribute("lang")).toBe("en");
  });
});

describe("ReplaceEdited", () => {
  it("says what replacing discards and confirms it", async () => {
    const user = userEvent.setup();
    const onConfirm = jest.fn();
    renderInPane(<ReplaceEdited language="th" onConfirm={onConfirm} />);
    const button = screen.getByRole("button", { name: "แทนที่แผ่นงานที่แก้ไขแล้ว" });
    expect(screen.getByRole("button", { description: /แผ่นงานอื่นจะไม่ถูกเปลี่ยนแปลง/ })).toBe(button);
    await user.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
