// The pane's progress and problem lines (WorkStatus, ProblemBar): what is running, what it did, and
// the problems that stopped it before anything was written.

import type { PaneLanguage } from "./language";

/** Texts of the status line and the problem bar shared by every action. */
export interface WorkStatusStrings {
  inserting: string;
  previewing: string;
  analyzing: string;
  insertedStatus: (sheetName: string) => string;
  previewedStatus: string;
  analyzedStatus: (address: string) => string;
  failedStatus: string;

  issuesTitle: (count: number) => string;
  nothingWritten: string;
  warningsTitle: string;
  unexpectedTitle: string;
  unexpectedBody: string;
}

export const workStatusStrings: Readonly<Record<PaneLanguage, WorkStatusStrings>> = {
  th: {
    inserting: "กำลังแทรกแผ่นงานกรอกคะแนน…",
    previewing: "กำลังอ่านช่วงที่เลือก…",
    analyzing: "กำลังวิเคราะห์และเขียนผลลงในแผ่นงาน…",
    insertedStatus: (sheetName) => `แทรกแผ่นงาน “${sheetName}” เรียบร้อยแล้ว`,
    previewedStatus: "อ่านช่วงที่เลือกแล้ว โปรดตรวจสอบค่าก่อนกดวิเคราะห์",
    analyzedStatus: (address) => `วิเคราะห์เสร็จแล้ว เขียนผลที่ ${address}`,
    failedStatus: "ดำเนินการไม่สำเร็จ",

    issuesTitle: (count) => `พบปัญหา ${count} รายการ`,
    nothingWritten: "ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน โปรดแก้ไขแล้วลองอีกครั้ง",
    warningsTitle: "ข้อควรตรวจสอบ",
    unexpectedTitle: "เกิดข้อผิดพลาดที่ไม่คาดคิด",
    unexpectedBody: "โปรดตรวจสอบแผ่นงานก่อนลองอีกครั้ง และแจ้งข้อความต่อไปนี้แก่ผู้ดูแลระบบ",
  },
  en: {
    inserting: "Inserting the input sheet…",
    previewing: "Reading the selected range…",
    analyzing: "Analyzing and writing the results to the sheet…",
    insertedStatus: (sheetName) => `Inserted the sheet “${sheetName}”.`,
    previewedStatus: "Read the selected range. Please check the values before analyzing.",
    analyzedStatus: (address) => `Analysis done; results written to ${address}.`,
    failedStatus: "The action did not complete.",

    issuesTitle: (count) => (count === 1 ? "1 problem found" : `${count} problems found`),
    nothingWritten: "Nothing was written to the sheet. Please correct these and try again.",
    warningsTitle: "Please check",
    unexpectedTitle: "Something unexpected went wrong",
    unexpectedBody: "Please check the sheet before trying again, and report the following message:",
  },
};
