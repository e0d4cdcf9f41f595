/**
 * The tracking panel's words, Thai first, English for a non-Thai Office (as `paneTextsFor` gives the rest of
 * the pane). Kept beside the component: the panel's texts change with it.
 */
import type { ProgressReportOutcome, TrackingSheetOutcome } from "../../../excel/actions";
import type { PaneLanguage } from "../../strings";

export interface TrackingStrings {
  heading: string;
  intro: string;
  trackingSheet: string;
  trackingSheetHint: string;
  analyseFirst: string;
  asOfLabel: string;
  asOfHint: string;
  asOfMissing: string;
  progressReport: string;
  progressReportHint: string;
  writingTrackingSheet: string;
  writingProgressReport: string;
  trackingWritten: (outcome: TrackingSheetOutcome) => string;
  progressWritten: (outcome: ProgressReportOutcome) => string;
  replaceEditedHint: string;
  replaceEdited: string;
}

const th: TrackingStrings = {
  heading: "ติดตามผลตามมาตรการ",
  intro:
    "มาตรการในรายงานต้องรายงานผลรอบ 6 เดือน (ข้อมูล ณ 31 มีนาคม) และรอบ 12 เดือน (ข้อมูล ณ 30 กันยายน) ซึ่งเป็นข้อหนึ่งของ OIT ในการประเมินปีถัดไป",
  trackingSheet: "สร้างแผ่นงานติดตามมาตรการ",
  trackingSheetHint:
    "เขียนมาตรการเดียวกับแผ่นงานมาตรการเป็นตารางให้กรอกสถานะ ความก้าวหน้า วันที่แล้วเสร็จ หลักฐาน และปัญหาอุปสรรค สร้างใหม่เมื่อใดข้อมูลที่กรอกไว้ก็คงอยู่",
  analyseFirst: "วิเคราะห์คะแนนก่อน จึงจะสร้างแผ่นงานติดตามมาตรการจากมาตรการของรายงานได้",
  asOfLabel: "ข้อมูล ณ วันที่",
  asOfHint: "วันที่ของผลการดำเนินการที่รายงาน ก่อนสิ้นเดือนเมษายนเป็นรอบ 6 เดือน หลังจากนั้นเป็นรอบ 12 เดือน",
  asOfMissing: "โปรดระบุวันที่ของข้อมูล",
  progressReport: "รายงานผลการดำเนินการตามมาตรการ",
  progressReportHint:
    "อ่านแผ่นงานติดตามมาตรการที่กรอกแล้ว ตรวจทุกช่อง แล้วเขียนรายงานพร้อมแผนภูมิลงในแผ่นงานใหม่ (แผ่นงานอื่นไม่ถูกแก้ไข)",
  writingTrackingSheet: "กำลังเขียนแผ่นงานติดตามมาตรการ…",
  writingProgressReport: "กำลังเขียนรายงานผลการดำเนินการตามมาตรการ…",
  trackingWritten: (outcome) =>
    `เขียนแผ่นงานติดตามมาตรการ "${outcome.sheetName}" แล้ว (${outcome.measures} มาตรการ ปีงบประมาณ ${outcome.fiscalYear})` +
    (outcome.regenerated
      ? ` คงข้อมูลที่กรอกไว้ของ ${outcome.kept} มาตรการ` +
        (outcome.added > 0 ? ` มาตรการใหม่ ${outcome.added} มาตรการ` : "") +
        (outcome.retired > 0 ? ` เก็บข้อมูลเดิมของมาตรการที่ไม่อยู่ในแผน ${outcome.retired} รายการไว้ใต้สรุป` : "")
      : ""),
  progressWritten: (outcome) =>
    `เขียนรายงานผลการดำเนินการตามมาตรการ ${outcome.round === "six-month" ? "รอบ 6 เดือน" : "รอบ 12 เดือน"} ` +
    `ลงในแผ่นงาน "${outcome.sheetName}" แล้ว: แล้วเสร็จ ${outcome.done} จาก ${outcome.measures} มาตรการ ` +
    `เลยกำหนด ${outcome.overdue} มาตรการ (จากแผ่นงาน "${outcome.trackingSheet}")`,
  replaceEditedHint: "แผ่นงานรายงานผลที่ส่วนเสริมสร้างไว้ถูกแก้ไขหลังจากสร้าง หากเขียนใหม่ การแก้ไขนั้นจะหายไป",
  replaceEdited: "เขียนรายงานผลทับแผ่นงานที่แก้ไขแล้ว",
};

const en: TrackingStrings = {
  heading: "Follow up the measures",
  intro:
    "The report's measures must be reported on at six months (data as at 31 March) and at twelve (as at 30 September): an OIT item of the next assessment.",
  trackingSheet: "Generate the tracking sheet",
  trackingSheetHint:
    "Writes the measures of the measures sheet as a table for their status, progress, date done, evidence and obstacles; generating it again keeps what was typed.",
  analyseFirst: "Analyse the scores first: the tracking sheet follows the report's measures.",
  asOfLabel: "Data as of",
  asOfHint:
    "The date the results are reported as of: up to the end of April the six-month round, after it the year's.",
  asOfMissing: "Enter the as-of date.",
  progressReport: "Implementation report",
  progressReportHint:
    "Reads the filled-in tracking sheet, checks every cell, then writes the report with its chart on a sheet of its own (no other sheet is changed).",
  writingTrackingSheet: "Writing the tracking sheet…",
  writingProgressReport: "Writing the implementation report…",
  trackingWritten: (outcome) =>
    `Wrote the tracking sheet "${outcome.sheetName}" (${outcome.measures} measures, fiscal year ${outcome.fiscalYear})` +
    (outcome.regenerated
      ? `, keeping what was typed for ${outcome.kept} measures` +
        (outcome.added > 0 ? `, ${outcome.added} new measures` : "") +
        (outcome.retired > 0 ? `, ${outcome.retired} entries of dropped measures kept below the summary` : "")
      : "") +
    ".",
  progressWritten: (outcome) =>
    `Wrote the ${outcome.round === "six-month" ? "six-month" : "year-end"} implementation report on the sheet ` +
    `"${outcome.sheetName}": ${outcome.done} of ${outcome.measures} measures done, ${outcome.overdue} overdue ` +
    `(from the sheet "${outcome.trackingSheet}").`,
  replaceEditedHint: "The report sheet the add-in wrote was edited since; writing it again loses that edit.",
  replaceEdited: "Write the report over the edited sheet",
};

/** Thai always; English too for a non-Thai Office. */
export function trackingTextsFor(language: PaneLanguage): { th: TrackingStrings; en?: TrackingStrings } {
  return language === "en" ? { th, en } : { th };
}

export const trackingTexts = { th, en } as const;
