// The analysis results (AnalysisResults): total and rating, scores by tool and by indicator, changes
// from the previous year, the weakest indicators, and notices about the framework the analysis used.

import type { PaneLanguage } from "./language";

/** Texts of the results shown after Analyze. */
export interface AnalysisResultsStrings {
  resultsHeading: (fiscalYear: number) => string;
  writtenAsFormulas: (address: string) => string;
  writtenAsValues: (address: string) => string;
  totalLabel: string;
  ratingLabel: string;
  passed: string;
  notPassed: string;
  passMark: (mark: string) => string;
  toolsHeading: string;
  indicatorsHeading: string;
  rankColumn: string;
  yearColumn: (fiscalYear: number) => string;
  changeColumn: string;
  up: string;
  down: string;
  unchanged: string;
  weakestHeading: string;
  weakestIntro: string;
  indicatorNumber: (number: number) => string;

  valuesFallbackTitle: string;
  valuesFallback: string;

  frameworkNoticeTitle: string;
  unconfirmedNotice: (fiscalYear: number, parts: string, basedOn?: number) => string;
  servedItemNotice: (fiscalYear: number, code: string, title: string) => string;
}

export const analysisResultsStrings: Readonly<Record<PaneLanguage, AnalysisResultsStrings>> = {
  th: {
    resultsHeading: (fiscalYear) => `ผลการประเมินปีงบประมาณ ${fiscalYear}`,
    writtenAsFormulas: (address) => `เขียนผลเป็นสูตร Excel ที่ ${address}`,
    writtenAsValues: (address) => `เขียนผลเป็นค่าคงที่ที่ ${address}`,
    totalLabel: "คะแนนรวม",
    ratingLabel: "ระดับผลการประเมิน",
    passed: "ผ่านเกณฑ์",
    notPassed: "ไม่ผ่านเกณฑ์",
    passMark: (mark) => `เกณฑ์ผ่าน ${mark} คะแนนขึ้นไป`,
    toolsHeading: "คะแนนรายเครื่องมือ",
    indicatorsHeading: "คะแนนรายตัวชี้วัด",
    rankColumn: "อันดับ",
    yearColumn: (fiscalYear) => `ปี ${fiscalYear}`,
    changeColumn: "เปลี่ยนแปลง",
    up: "เพิ่มขึ้น",
    down: "ลดลง",
    unchanged: "เท่าเดิม",
    weakestHeading: "ตัวชี้วัดที่ควรปรับปรุงก่อน",
    weakestIntro: "ตัวชี้วัดที่ได้คะแนนต่ำสุดของแต่ละเครื่องมือ เรียงจากคะแนนต่ำสุด",
    indicatorNumber: (number) => `ตัวชี้วัดที่ ${number}`,

    valuesFallbackTitle: "เขียนผลเป็นค่าคงที่",
    valuesFallback:
      "เขียนผลเป็นค่าคงที่แทนสูตร เนื่องจากเซลล์คะแนนบางเซลล์เก็บเป็นข้อความ " +
      "ผลจะไม่คำนวณใหม่เมื่อแก้ไขคะแนน โปรดกดวิเคราะห์อีกครั้งหลังแก้ไข",

    frameworkNoticeTitle: "เกี่ยวกับกรอบการประเมิน",
    unconfirmedNotice: (fiscalYear, parts, basedOn) =>
      (basedOn === undefined
        ? `ส่วนของกรอบการประเมินปี ${fiscalYear} ที่ยังไม่ได้รับการยืนยันจาก ป.ป.ช.: ${parts} `
        : `กรอบการประเมินปี ${fiscalYear} คัดลอกจากปี ${basedOn} และยังไม่ได้รับการยืนยันจาก ป.ป.ช. `) +
      "หากต่างจากที่ ป.ป.ช. ประกาศ ให้แก้ไขในแผ่นงานกรอบการประเมิน (ตั้งค่าขั้นสูง › แทรกแผ่นงานกรอบการประเมิน) แล้ววิเคราะห์ใหม่",
    servedItemNotice: (fiscalYear, code, title) =>
      `รายงานวิเคราะห์และมาตรการจากผลนี้เป็นหลักฐานของข้อ ${code}${title ? ` ${title}` : ""} ในการประเมิน ITA ปี ${fiscalYear}`,
  },
  en: {
    resultsHeading: (fiscalYear) => `Results for fiscal year ${fiscalYear}`,
    writtenAsFormulas: (address) => `Written as Excel formulas to ${address}`,
    writtenAsValues: (address) => `Written as fixed values to ${address}`,
    totalLabel: "Total score",
    ratingLabel: "Rating",
    passed: "Passed",
    notPassed: "Not passed",
    passMark: (mark) => `Pass mark: ${mark} or more`,
    toolsHeading: "Scores by tool",
    indicatorsHeading: "Scores by indicator",
    rankColumn: "Rank",
    yearColumn: (fiscalYear) => `${fiscalYear}`,
    changeColumn: "Change",
    up: "up",
    down: "down",
    unchanged: "unchanged",
    weakestHeading: "What to improve first",
    weakestIntro: "The lowest indicator of each tool, weakest first",
    indicatorNumber: (number) => `Indicator ${number}`,

    valuesFallbackTitle: "Written as fixed values",
    valuesFallback:
      "The results were written as fixed values instead of formulas because some score cells hold text. " +
      "They will not recalculate; analyze again after changing the scores.",

    frameworkNoticeTitle: "About the framework",
    unconfirmedNotice: (fiscalYear, parts, basedOn) =>
      (basedOn === undefined
        ? `Parts of the ${fiscalYear} framework not confirmed by the NACC: ${parts}. `
        : `The ${fiscalYear} framework is copied from ${basedOn} and not confirmed by the NACC. `) +
      "If the NACC publishes otherwise, correct them in the framework sheet (Advanced › Insert framework sheet) and analyse again.",
    servedItemNotice: (fiscalYear, code, title) =>
      `The analysis and measures made from this result are the evidence for item ${code}${title ? ` (${title})` : ""} of the ITA ${fiscalYear}.`,
  },
};
