// Many agencies (ManyAgencies): a supervisor's table of agencies, one per row, analysed in one go with
// a summary against the national target and mean.

import type { PaneLanguage } from "./language";

/** Texts of the many-agencies analysis. */
export interface ManyAgenciesStrings {
  agenciesHeading: string;
  agenciesHint: string;
  analyzeAgencies: string;
  agenciesProgressLabel: string;
  agenciesReading: string;
  agenciesProgress: (done: number, total: number) => string;
  agenciesDoneTitle: string;
  agenciesDone: (agencies: number, output: string, summary: string) => string;
  agenciesShare: (share: string, metTarget: boolean) => string;
  agenciesMean: (
    mean: string,
    national?: { fiscalYear: number; mean: string; above: boolean | null }
  ) => string;
  agenciesProblem: string;
}

export const manyAgenciesStrings: Readonly<Record<PaneLanguage, ManyAgenciesStrings>> = {
  th: {
    agenciesHeading: "หลายหน่วยงาน",
    agenciesHint:
      "สำหรับผู้กำกับดูแลที่มีคะแนนของหลายหน่วยงาน: เลือกตารางที่มีแถวหัวตาราง (หน่วยงาน จังหวัด ปีงบประมาณ ตัวชี้วัดที่ 1–10 และคะแนนปีก่อนถ้ามี) หนึ่งหน่วยงานต่อหนึ่งแถว ระบบจะเขียนผลข้างตารางและสรุปภาพรวมในแผ่นงานใหม่",
    analyzeAgencies: "วิเคราะห์ตารางหน่วยงานที่เลือก",
    agenciesProgressLabel: "ความคืบหน้าการวิเคราะห์หลายหน่วยงาน",
    agenciesReading: "กำลังอ่านตารางหน่วยงาน…",
    agenciesProgress: (done, total) =>
      `เขียนผลแล้ว ${done.toLocaleString("th-TH")} จาก ${total.toLocaleString("th-TH")} หน่วยงาน`,
    agenciesDoneTitle: "วิเคราะห์หลายหน่วยงานเสร็จแล้ว",
    agenciesDone: (agencies, output, summary) =>
      `วิเคราะห์ ${agencies.toLocaleString("th-TH")} หน่วยงานแล้ว เขียนผลที่ ${output} และสรุปภาพรวมที่แผ่นงาน “${summary}”`,
    agenciesShare: (share, metTarget) =>
      `หน่วยงานที่ได้ 85 คะแนนขึ้นไป ${share} ${metTarget ? "ถึง" : "ยังไม่ถึง"}เป้าหมายระดับประเทศร้อยละ 80`,
    agenciesMean: (mean, national) =>
      `คะแนนรวมเฉลี่ยของกลุ่ม ${mean} คะแนน` +
      (national
        ? ` ${national.above === null ? "เท่ากับ" : national.above ? "สูงกว่า" : "ต่ำกว่า"}คะแนนเฉลี่ยระดับประเทศปี ${national.fiscalYear} (${national.mean} คะแนน)`
        : ""),
    agenciesProblem: "ตารางหน่วยงานมีข้อผิดพลาด จึงยังไม่ได้เขียนข้อมูลใด ๆ",
  },
  en: {
    agenciesHeading: "Many agencies",
    agenciesHint:
      "For supervisors holding many agencies' scores: select a table with a header row (agency, province, fiscal year, indicators 1–10 and last year's if any), one agency per row; results go beside it and a summary on a new sheet.",
    analyzeAgencies: "Analyze the selected table of agencies",
    agenciesProgressLabel: "Progress of the many-agencies analysis",
    agenciesReading: "Reading the table of agencies…",
    agenciesProgress: (done, total) =>
      `Results written for ${done.toLocaleString("en")} of ${total.toLocaleString("en")} agencies`,
    agenciesDoneTitle: "Many agencies analysed",
    agenciesDone: (agencies, output, summary) =>
      `${agencies.toLocaleString("en")} agencies analysed; results in ${output}, summary on the sheet “${summary}”.`,
    agenciesShare: (share, metTarget) =>
      `${share} of agencies scored 85 or more; the national target of 80 % is ${metTarget ? "met" : "not met yet"}.`,
    agenciesMean: (mean, national) =>
      `The group's mean total is ${mean}` +
      (national
        ? `, ${national.above === null ? "equal to" : national.above ? "above" : "below"} the national mean of ${national.fiscalYear} (${national.mean}).`
        : "."),
    agenciesProblem: "The table of agencies has problems, so nothing was written.",
  },
};
