// Bringing the scores in: the inserted input sheet (InputSheetCard), the preview of a selected range
// (SelectionPreview) and the formulas-or-values choice before Analyze (AnalyzeControls).

import type { PaneLanguage } from "./language";

/** Texts shown while scores are typed into an input sheet or read from a selection. */
export interface ScoreInputStrings {
  sheetHeading: string;
  sheetCreated: (sheetName: string) => string;
  typeScoresAt: (address: string) => string;
  typePreviousAt: (address: string) => string;

  selectionHeading: string;
  usingRange: (address: string) => string;
  previousRange: (address: string) => string;
  recognisedCaption: string;
  indicatorColumn: string;
  cellColumn: string;
  scoreColumn: string;
  previousColumn: string;
  notAScore: string;
  willWriteAt: (address: string) => string;
  nothingWrittenYet: string;

  writeFormulas: string;
  formulasHint: string;
  valuesHint: string;
  analyze: string;
  chooseAgain: string;
}

export const scoreInputStrings: Readonly<Record<PaneLanguage, ScoreInputStrings>> = {
  th: {
    sheetHeading: "แผ่นงานกรอกคะแนน",
    sheetCreated: (sheetName) => `สร้างแผ่นงาน “${sheetName}” เรียบร้อยแล้ว`,
    typeScoresAt: (address) => `กรอกคะแนนตัวชี้วัดทั้ง 10 ตัวของปีนี้ที่ ${address}`,
    typePreviousAt: (address) => `กรอกคะแนนของปีก่อน (ถ้ามี) ที่ ${address}`,

    selectionHeading: "ช่วงที่เลือก",
    usingRange: (address) => `ใช้ช่วง ${address}`,
    previousRange: (address) => `คะแนนปีก่อนจากช่วง ${address}`,
    recognisedCaption: "ค่าที่อ่านได้",
    indicatorColumn: "ตัวชี้วัด",
    cellColumn: "เซลล์",
    scoreColumn: "คะแนน",
    previousColumn: "ปีก่อน",
    notAScore: "ไม่ใช่คะแนน",
    willWriteAt: (address) => `จะเขียนผลที่ ${address}`,
    nothingWrittenYet: "ระบบจะยังไม่เขียนข้อมูลใดลงในแผ่นงานจนกว่าจะกดปุ่มวิเคราะห์",

    writeFormulas: "เขียนเป็นสูตร Excel",
    formulasHint: "ผลจะคำนวณใหม่เมื่อแก้ไขคะแนน และผู้ที่ไม่มีส่วนเสริมนี้ก็เปิดดูได้",
    valuesHint: "เขียนเป็นค่าคงที่ ผลจะไม่คำนวณใหม่เมื่อแก้ไขคะแนน",
    analyze: "วิเคราะห์และเขียนผล",
    chooseAgain: "เลือกใหม่",
  },
  en: {
    sheetHeading: "Input sheet",
    sheetCreated: (sheetName) => `Created the sheet “${sheetName}”.`,
    typeScoresAt: (address) => `Type this year's ten indicator scores in ${address}.`,
    typePreviousAt: (address) => `Type the previous year's scores, if any, in ${address}.`,

    selectionHeading: "Selected range",
    usingRange: (address) => `Using the range ${address}`,
    previousRange: (address) => `Previous year's scores from ${address}`,
    recognisedCaption: "What was read",
    indicatorColumn: "Indicator",
    cellColumn: "Cell",
    scoreColumn: "Score",
    previousColumn: "Previous year",
    notAScore: "not a score",
    willWriteAt: (address) => `Results will be written to ${address}`,
    nothingWrittenYet: "Nothing is written to the sheet until you press Analyze.",

    writeFormulas: "Write Excel formulas",
    formulasHint: "Results recalculate when scores change, and colleagues without this add-in can use them.",
    valuesHint: "Writes fixed values that do not recalculate when scores change.",
    analyze: "Analyze and write results",
    chooseAgain: "Choose again",
  },
};
