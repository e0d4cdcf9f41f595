// The start form (StartForm): the fiscal year and agency, the three ways to bring scores in, and the
// notice shown when the chosen year has no built-in framework.

import type { PaneLanguage } from "./language";

/** Texts of the start form, where every analysis begins. */
export interface StartFormStrings {
  startHeading: string;
  fiscalYearLabel: string;
  agencyLabel: string;
  agencyHint: string;
  waysInHeading: string;
  insertSheet: string;
  insertSheetHint: string;
  useSelection: string;
  useSelectionHint: string;
  findScores: string;
  findScoresHint: string;

  unknownYearOption: (fiscalYear: number) => string;
  unknownYearTitle: (fiscalYear: number) => string;
  unknownYearNotice: (fiscalYear: number, latest: number) => string;
  insertFrameworkForYear: (fiscalYear: number) => string;
}

export const startFormStrings: Readonly<Record<PaneLanguage, StartFormStrings>> = {
  th: {
    startHeading: "ข้อมูลการประเมิน",
    fiscalYearLabel: "ปีงบประมาณ (พ.ศ.)",
    agencyLabel: "ชื่อหน่วยงาน",
    agencyHint: "ไม่บังคับ เช่น เทศบาลตำบลด่านเกวียน",
    waysInHeading: "นำคะแนนเข้าสู่การวิเคราะห์",
    insertSheet: "แทรกแผ่นงานกรอกคะแนน",
    insertSheetHint: "สร้างแผ่นงานใหม่ที่มีตัวชี้วัดทั้ง 10 ตัวของปีที่เลือก พร้อมช่องสำหรับกรอกคะแนน",
    useSelection: "ใช้ช่วงที่เลือก",
    useSelectionHint:
      "เลือกเซลล์ที่มีคะแนนตัวชี้วัดทั้ง 10 ตัวในแผ่นงานก่อน แล้วกดปุ่มนี้ " + "ระบบจะแสดงค่าที่อ่านได้ให้ตรวจสอบก่อนเขียนข้อมูลใด ๆ",
    findScores: "ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้",
    findScoresHint:
      "สำหรับคะแนนที่คัดลอกมาวางจากระบบ ITAS หรือจากตารางในรายงานปีก่อน ระบบจะค้นหาชื่อตัวชี้วัดและคะแนนที่อยู่ข้างชื่อ " +
      "ระบายสีเซลล์ที่พบ แล้วแสดงให้ตรวจทานก่อนนำไปใช้",

    unknownYearOption: (fiscalYear) => `${fiscalYear} (ยังไม่มีกรอบในตัว)`,
    unknownYearTitle: (fiscalYear) => `ยังไม่มีกรอบการประเมินปี ${fiscalYear}`,
    unknownYearNotice: (fiscalYear, latest) =>
      `ส่วนเสริมยังไม่มีกรอบการประเมินของปี ${fiscalYear} แทรกแผ่นงานกรอบ ITA ${fiscalYear} ซึ่งคัดลอกจากกรอบปี ${latest} ` +
      `แล้วตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ จากนั้นจึงกรอกคะแนนและวิเคราะห์ การวิเคราะห์และรายงานจะใช้กรอบในแผ่นงานนั้น`,
    insertFrameworkForYear: (fiscalYear) => `แทรกแผ่นงานกรอบ ITA ${fiscalYear}`,
  },
  en: {
    startHeading: "Assessment details",
    fiscalYearLabel: "Fiscal year (Buddhist Era)",
    agencyLabel: "Agency name",
    agencyHint: "Optional, for example Dan Kwian Subdistrict Municipality",
    waysInHeading: "Bring in the scores",
    insertSheet: "Insert input sheet",
    insertSheetHint:
      "Creates a new sheet listing the ten indicators of the chosen year, with cells for the scores.",
    useSelection: "Use the selected range",
    useSelectionHint:
      "First select the cells holding the ten indicator scores, then press this button. " +
      "You can check what was read before anything is written.",
    findScores: "Find the scores pasted on this sheet",
    findScoresHint:
      "For scores copied from the NACC's ITAS system or from last year's report: finds the indicator names and " +
      "the scores beside them, highlights the cells, and shows them for you to check before they are used.",

    unknownYearOption: (fiscalYear) => `${fiscalYear} (no built-in framework)`,
    unknownYearTitle: (fiscalYear) => `No framework for ${fiscalYear} yet`,
    unknownYearNotice: (fiscalYear, latest) =>
      `The add-in has no framework for ${fiscalYear} yet. Insert the framework sheet ITA ${fiscalYear}, copied from ` +
      `${latest}, correct it to what the NACC publishes, then enter the scores and analyse; the analysis and the ` +
      "report will use that sheet.",
    insertFrameworkForYear: (fiscalYear) => `Insert the framework sheet ITA ${fiscalYear}`,
  },
};
