// Advanced settings (AdvancedSettings, CompatibilityCheck): the editable framework and measures
// catalogue sheets, and the compatibility check for IT staff.

import type { PaneLanguage } from "./language";
import { quoted } from "./wording";

/** Texts of the advanced settings and the compatibility check. */
export interface AdvancedSettingsStrings {
  advancedHeading: string;

  insertFrameworkSheet: string;
  insertFrameworkSheetHint: (fiscalYear: number) => string;
  insertCatalogueSheet: string;
  insertCatalogueSheetHint: string;
  insertingFramework: string;
  insertingCatalogue: string;
  settingsInsertedStatus: (sheet: "framework" | "catalogue", sheetName: string) => string;

  compatibilityCheck: string;
  compatibilityCheckHint: string;
  compatibilityResults: string;
  compatibilityText: string;
  compatibilityFailed: string;
  compatibilityDone: (passed: number, failed: number, info: number) => string;
  checkPassed: string;
  checkFailed: string;
  checkInfo: string;
}

export const advancedSettingsStrings: Readonly<Record<PaneLanguage, AdvancedSettingsStrings>> = {
  th: {
    advancedHeading: "ตั้งค่าขั้นสูง",

    insertFrameworkSheet: "แทรกแผ่นงานกรอบการประเมิน",
    insertFrameworkSheetHint: (fiscalYear) =>
      `แทรกกรอบการประเมินปี ${fiscalYear} (เครื่องมือ ตัวชี้วัด น้ำหนัก เกณฑ์ระดับ และรายการข้อ) เป็นแผ่นงาน ` +
      "แก้ไขได้เมื่อ ป.ป.ช. ประกาศกรอบใหม่ การวิเคราะห์และรายงานจะใช้กรอบในแผ่นงานนั้น",
    insertCatalogueSheet: "แทรกแผ่นงานแคตตาล็อกมาตรการ",
    insertCatalogueSheetHint:
      "แทรกข้อเสนอแนะ มาตรการ และผู้รับผิดชอบที่ใช้ในรายงานเป็นแผ่นงาน แก้ไขข้อความและชื่อหน่วยงานของท่านได้ " +
      "รายงานที่สร้างครั้งต่อไปจะใช้ข้อความในแผ่นงานนั้น",
    insertingFramework: "กำลังแทรกแผ่นงานกรอบการประเมิน…",
    insertingCatalogue: "กำลังแทรกแผ่นงานแคตตาล็อกมาตรการ…",
    settingsInsertedStatus: (sheet, sheetName) =>
      sheet === "framework"
        ? `แทรกแผ่นงานกรอบการประเมิน ${quoted(sheetName)} แล้ว แก้ไขได้ตามที่ ป.ป.ช. ประกาศ`
        : `แทรกแผ่นงานแคตตาล็อกมาตรการ ${quoted(sheetName)} แล้ว แก้ไขได้ตามหน่วยงานของท่าน`,

    compatibilityCheck: "ตรวจความเข้ากันได้กับ Excel นี้",
    compatibilityCheckHint:
      "สำหรับผู้ดูแลระบบ: ทดลองการทำงานที่ส่วนเสริมอาศัยบนแผ่นงานชั่วคราวแล้วลบออก ไม่แตะแผ่นงานของท่าน และแสดงผลที่คัดลอกส่งผู้ดูแลได้",
    compatibilityResults: "ผลการตรวจความเข้ากันได้",
    compatibilityText: "ผลการตรวจเป็นข้อความสำหรับคัดลอก",
    compatibilityFailed: "ตรวจไม่สำเร็จ:",
    compatibilityDone: (passed, failed, info) =>
      `ตรวจเสร็จแล้ว ผ่าน ${passed} รายการ ไม่ผ่าน ${failed} รายการ ข้อมูล ${info} รายการ`,
    checkPassed: "ผ่าน",
    checkFailed: "ไม่ผ่าน",
    checkInfo: "ข้อมูล",
  },
  en: {
    advancedHeading: "Advanced settings",

    insertFrameworkSheet: "Insert the framework sheet",
    insertFrameworkSheetHint: (fiscalYear) =>
      `Inserts the ${fiscalYear} framework (tools, indicators, weights, rating rule, item lists) as a sheet ` +
      "you can correct when the NACC publishes a new one; Analyze and the report then use it.",
    insertCatalogueSheet: "Insert the measures catalogue sheet",
    insertCatalogueSheetHint:
      "Inserts the recommendations, measures and responsible units the report uses as a sheet; edit the " +
      "wording and your own unit names, and the next report uses them.",
    insertingFramework: "Inserting the framework sheet…",
    insertingCatalogue: "Inserting the measures catalogue sheet…",
    settingsInsertedStatus: (sheet, sheetName) =>
      sheet === "framework"
        ? `Inserted the framework sheet ${quoted(sheetName)}; correct it to what the NACC publishes.`
        : `Inserted the measures catalogue sheet ${quoted(sheetName)}; edit it for your agency.`,

    compatibilityCheck: "Check compatibility with this Excel",
    compatibilityCheckHint:
      "For IT staff: tries what the add-in relies on, on a temporary sheet it then removes; your sheets are not touched; the result can be copied for support.",
    compatibilityResults: "Compatibility check results",
    compatibilityText: "The results as text to copy",
    compatibilityFailed: "The check could not run:",
    compatibilityDone: (passed, failed, info) =>
      `Check finished: ${passed} passed, ${failed} failed, ${info} for information.`,
    checkPassed: "pass",
    checkFailed: "fail",
    checkInfo: "info",
  },
};
