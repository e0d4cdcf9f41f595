// The pane's header and start-up lines (App): its title, what it does, and whether Office answered.

import type { PaneLanguage } from "./language";

/** The pane title, the same in every language: the ITA is known by its Thai name. */
export const paneTitle = "ITA — คุณธรรมและความโปร่งใส";

/** The header texts that follow the pane language; the title itself does not. */
export interface PaneHeaderStrings {
  subtitle: string;
  purpose: string;
  functionsReady: string;
  notInExcel: string;
  officeFailed: string;
}

export const paneHeaderStrings: Readonly<Record<PaneLanguage, PaneHeaderStrings>> = {
  th: {
    subtitle: "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
    purpose:
      "บานหน้าต่างงานนี้จะอ่านคะแนนตัวชี้วัดทั้ง 10 ตัวจากแผ่นงาน แล้วบันทึกคะแนนรวม ระดับผลการประเมิน " +
      "และคะแนนที่เปลี่ยนแปลงจากปีก่อนกลับลงในแผ่นงาน",
    functionsReady: "ขณะนี้ใช้ฟังก์ชันในเซลล์ได้แล้ว เช่น =ITA.GRADE และ =ITA.SCORE",
    notInExcel: "ไม่ได้เปิดอยู่ใน Excel: ฟังก์ชัน =ITA.* ทำงานเมื่อเปิดส่วนเสริมนี้จาก Excel เท่านั้น",
    officeFailed: "เชื่อมต่อกับ Office ไม่สำเร็จ:",
  },
  en: {
    subtitle: "Integrity and Transparency Assessment of Thai public agencies",
    purpose:
      "This pane will read the ten indicator scores from the sheet and write totals, ratings and " +
      "year-on-year changes back to it.",
    functionsReady: "The cell functions already work, for example =ITA.GRADE and =ITA.SCORE.",
    notInExcel: "Not running in Excel: the =ITA.* functions work only when this add-in is opened from Excel.",
    officeFailed: "Could not connect to Office:",
  },
};
