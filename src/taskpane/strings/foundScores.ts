// Scores found on the sheet (FoundScores): the marks on the cells, the figures that disagree with the
// calculation, and why found scores cannot be used yet.

import type { PaneLanguage } from "./language";

/** Texts of the review of scores found pasted on a sheet. */
export interface FoundScoresStrings {
  foundHeading: string;
  foundIntro: (scannedAddress: string) => string;
  foundLegend: string;
  foundLegendFound: string;
  foundLegendMismatch: string;
  foundValueCell: (cell: string) => string;
  checksAgree: (count: number) => string;
  mismatchesHeading: string;
  unmatchedHeading: string;
  itemsFound: (count: number) => string;
  didYouMean: (code: string) => string;
  notUsableHeading: string;
  useFound: (fiscalYear: number) => string;
  useFoundHint: string;
  dismissFound: string;
  finding: string;
  foundStatus: (indicators: number, mismatches: number) => string;
}

export const foundScoresStrings: Readonly<Record<PaneLanguage, FoundScoresStrings>> = {
  th: {
    foundHeading: "คะแนนที่พบในแผ่นงาน",
    foundIntro: (scannedAddress) => `ค้นหาในช่วง ${scannedAddress} และทำเครื่องหมายเซลล์ในแผ่นงานไว้ให้ตรวจทาน`,
    foundLegend: "เครื่องหมายในแผ่นงาน",
    foundLegendFound: "พบคะแนนหรือชื่อตัวชี้วัด: พื้นสีเหลืองอ่อน",
    foundLegendMismatch: "ไม่ตรงกับการคำนวณ: พื้นสีส้มมีลายเส้นทแยง",
    foundValueCell: (cell) => `จากเซลล์ ${cell}`,
    checksAgree: (count) =>
      `ตัวเลขที่ตารางระบุไว้เอง (ผลต่างจากปีก่อน คะแนนรายเครื่องมือ คะแนนรวม) ตรงกับที่คำนวณได้ ${count} รายการ`,
    mismatchesHeading: "ตัวเลขที่ไม่ตรงกับการคำนวณ (ต้นฉบับอาจพิมพ์ผิด โปรดตรวจสอบ)",
    unmatchedHeading: "ข้อความที่ไม่ตรงกับชื่อตัวชี้วัดใด (ไม่ได้นำมาใช้)",
    itemsFound: (count) => `พบคะแนนรายข้อ ${count} ข้อ จะคัดลอกไปพร้อมกัน`,
    didYouMean: (code) => `ขึ้นต้นด้วยตัวเลขแทนตัวอักษร หมายถึงข้อ ${code} หรือไม่ โปรดแก้ในต้นฉบับ`,
    notUsableHeading: "ยังนำคะแนนเหล่านี้ไปใช้ไม่ได้ ด้วยเหตุต่อไปนี้ (ระบบจะไม่เดาค่าแทน)",
    useFound: (fiscalYear) => `ใช้คะแนนเหล่านี้ (สร้างแผ่นงานกรอกคะแนนปี ${fiscalYear})`,
    useFoundHint: "ระบบจะคัดลอกคะแนนไปยังแผ่นงานกรอกคะแนนแผ่นใหม่ ข้อมูลที่วางไว้เดิมจะไม่ถูกแก้ไข",
    dismissFound: "ไม่ใช้",
    finding: "กำลังค้นหาคะแนนในแผ่นงาน…",
    foundStatus: (indicators, mismatches) =>
      mismatches === 0
        ? `พบคะแนนของตัวชี้วัด ${indicators} ตัว โปรดตรวจทานก่อนนำไปใช้`
        : `พบคะแนนของตัวชี้วัด ${indicators} ตัว และตัวเลขที่ไม่ตรงกัน ${mismatches} แห่ง โปรดตรวจทานก่อนนำไปใช้`,
  },
  en: {
    foundHeading: "Scores found on the sheet",
    foundIntro: (scannedAddress) =>
      `Searched ${scannedAddress}; the cells are marked on the sheet for you to check.`,
    foundLegend: "Marks on the sheet",
    foundLegendFound: "Score or indicator name found: pale yellow fill",
    foundLegendMismatch: "Disagrees with the calculation: orange fill with diagonal hatching",
    foundValueCell: (cell) => `from ${cell}`,
    checksAgree: (count) =>
      `${count} figures the table states itself (changes, tool scores, totals) agree with the calculation.`,
    mismatchesHeading:
      "Figures that disagree with the calculation (the source may have a typo: please check)",
    unmatchedHeading: "Text that names no indicator (not used)",
    itemsFound: (count) => `${count} item results found; they are copied too.`,
    didYouMean: (code) => `A digit stands where a letter belongs: did you mean ${code}? Correct the source.`,
    notUsableHeading: "These scores cannot be used yet, for the reasons below (nothing is guessed)",
    useFound: (fiscalYear) => `Use these scores (new ${fiscalYear} input sheet)`,
    useFoundHint: "The scores are copied into a new input sheet; what you pasted is not changed.",
    dismissFound: "Don't use",
    finding: "Finding the scores on the sheet…",
    foundStatus: (indicators, mismatches) =>
      mismatches === 0
        ? `Found scores for ${indicators} indicators. Please check them before using them.`
        : `Found scores for ${indicators} indicators and ${mismatches} figures that disagree. Please check them before using them.`,
  },
};
