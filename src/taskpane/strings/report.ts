// The report for publication (ReportPanel): the agency details printed in it, generating the report
// sheets, and exporting them as an Excel file or printing them to PDF.

import type { ExportDelivery } from "../../excel/actions";
import type { PaneLanguage } from "./language";
import { listInEnglish, listInThai, quoted } from "./wording";

/** Texts of the report panel and of the statuses its actions end with. */
export interface ReportStrings {
  reportHeading: string;
  reportIntro: string;
  thaiDigits: string;
  thaiDigitsHint: string;
  arabicDigitsHint: string;
  includeChart: string;
  generateReport: string;
  exportReport: string;
  replaceEdited: string;
  replaceEditedHint: string;
  generating: string;
  exporting: string;
  generatedStatus: (sheetNames: readonly string[]) => string;
  exportedStatus: (fileName: string, delivery: ExportDelivery) => string;
  exportPdf: string;

  reportDetailsIntro: string;
  agencyKindLabel: string;
  agencyKindGuess: (guess?: string) => string;
  districtLabel: string;
  provinceLabel: string;
  scoresAsOfLabel: string;
  scoresAsOfHint: string;
}

export const reportStrings: Readonly<Record<PaneLanguage, ReportStrings>> = {
  th: {
    reportHeading: "รายงานสำหรับเผยแพร่",
    reportIntro:
      "สร้างแผ่นงานผลการวิเคราะห์ ITA และแผ่นงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณถัดไป " +
      "จากผลการวิเคราะห์ครั้งล่าสุด พร้อมสำหรับพิมพ์และเผยแพร่",
    thaiDigits: "ใช้เลขไทย",
    thaiDigitsHint: "เอกสารราชการนิยมใช้เลขไทย ตัวเลขในเซลล์ยังคงเป็นค่าตัวเลขที่คำนวณได้",
    arabicDigitsHint: "แสดงตัวเลขเป็นเลขอารบิก",
    includeChart: "แทรกแผนภูมิ",
    generateReport: "สร้างแผ่นงานรายงาน",
    exportReport: "ส่งออกเป็นไฟล์ Excel",
    replaceEdited: "แทนที่แผ่นงานที่แก้ไขแล้ว",
    replaceEditedHint: "การแทนที่จะลบสิ่งที่แก้ไขไว้ในแผ่นงานที่ส่วนเสริมสร้าง แผ่นงานอื่นจะไม่ถูกเปลี่ยนแปลง",
    generating: "กำลังสร้างแผ่นงานรายงาน…",
    exporting: "กำลังส่งออกรายงานเป็นไฟล์ Excel…",
    generatedStatus: (sheetNames) => `สร้างแผ่นงานรายงานเรียบร้อยแล้ว: ${listInThai(sheetNames.map(quoted))}`,
    exportedStatus: (fileName, delivery) =>
      ({
        "new-workbook": `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} และเปิดเป็นสมุดงานใหม่แล้ว`,
        "new-workbook-behind": `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} และเปิดเป็นสมุดงานใหม่แล้ว หน้าต่างใหม่อาจอยู่ด้านหลังหน้าต่างนี้ ดูได้จากเมนู หน้าต่าง (Window) ของ Excel`,
        download: `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} ให้ดาวน์โหลดแล้ว โปรดเปิดไฟล์จากโฟลเดอร์ดาวน์โหลด`,
      })[delivery],
    exportPdf: "พิมพ์สมุดงานเป็น PDF",

    reportDetailsIntro:
      "ข้อมูลหน่วยงานในรายงาน: ประเภทหน่วยงานกำหนดตำแหน่งผู้บริหาร ส่วนงานที่รับผิดชอบ และถ้อยคำในข้อเสนอแนะ",
    agencyKindLabel: "ประเภทหน่วยงาน",
    agencyKindGuess: (guess) => (guess ? `ตามชื่อหน่วยงาน (${guess})` : "ตามชื่อหน่วยงาน (ไม่ระบุประเภท)"),
    districtLabel: "อำเภอหรือเขต",
    provinceLabel: "จังหวัด",
    scoresAsOfLabel: "วันที่นำคะแนนจากระบบ ITAS",
    scoresAsOfHint: "พิมพ์ในบรรทัดที่มาของข้อมูล เว้นว่างได้",
  },
  en: {
    reportHeading: "Report for publication",
    reportIntro:
      "Writes the ITA analysis sheet and the integrity and transparency measures for the next fiscal year " +
      "from the last analysis, ready to print and publish.",
    thaiDigits: "Thai digits",
    thaiDigitsHint: "Official documents customarily use Thai digits; the cells stay numbers that calculate.",
    arabicDigitsHint: "Shows the figures in Arabic digits.",
    includeChart: "Include the chart",
    generateReport: "Generate report sheets",
    exportReport: "Export as an Excel file",
    replaceEdited: "Replace the edited sheets",
    replaceEditedHint:
      "Replacing discards the edits in the sheets the add-in generated; no other sheet is changed.",
    generating: "Generating the report sheets…",
    exporting: "Exporting the report as an Excel file…",
    generatedStatus: (sheetNames) => `Report sheets written: ${listInEnglish(sheetNames.map(quoted))}.`,
    exportedStatus: (fileName, delivery) =>
      ({
        "new-workbook": `Exported the report as ${quoted(fileName)} and opened it as a new workbook.`,
        "new-workbook-behind": `Exported the report as ${quoted(fileName)} and opened it as a new workbook; its window may be behind this one: find it in Excel's Window menu.`,
        download: `Exported the report as ${quoted(fileName)}, offered as a download: open it from your downloads.`,
      })[delivery],
    exportPdf: "Print the workbook to PDF",

    reportDetailsIntro:
      "The agency in the report: its kind decides the executive's title, the office responsible and the wording of the recommendations.",
    agencyKindLabel: "Kind of agency",
    agencyKindGuess: (guess) =>
      guess ? `From the agency's name (${guess})` : "From the agency's name (kind not given)",
    districtLabel: "District",
    provinceLabel: "Province",
    scoresAsOfLabel: "Date the scores were taken from ITAS",
    scoresAsOfHint: "Printed in the report's source line; may be left blank.",
  },
};
