/**
 * The words a framework sheet is written in and read back by: the section titles in column A, the header
 * of each table, the labels of the general facts, the two words of evidence and the word that starts a
 * note. The writer and the reader share them, so a sheet the add-in wrote always reads back.
 */
import { Evidence } from "./types";

/** Section titles in column A; the reader finds the sections by them, wherever they are. */
export const FRAMEWORK_SECTIONS = {
  general: "ข้อมูลทั่วไป",
  tools: "เครื่องมือการประเมิน",
  indicators: "ตัวชี้วัด",
  rating: "ระดับผลการประเมิน",
  items: "ข้อคำถาม",
} as const;

export type SectionKey = keyof typeof FRAMEWORK_SECTIONS;

/** The sections that are tables: all but the general facts. */
export type TableKey = Exclude<SectionKey, "general">;

/** The header row of each table; the reader checks its first cell. */
export const FRAMEWORK_TABLE_HEADERS: Readonly<Record<TableKey, readonly string[]>> = {
  tools: ["รหัส", "ชื่อเครื่องมือ (ไทย)", "ชื่อเครื่องมือ (อังกฤษ)", "น้ำหนัก (%)"],
  indicators: ["ตัวชี้วัดที่", "เครื่องมือ", "ชื่อ (ไทย)", "ชื่อ (อังกฤษ)"],
  rating: ["ลำดับ", "ระดับ", "ชื่อระดับ (อังกฤษ)", "คะแนนต่ำสุด", "คะแนนสูงสุด", "ทุกเครื่องมืออย่างน้อย"],
  items: ["รหัสข้อ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ชื่อตัวชี้วัดย่อย", "ชื่อข้อ (OIT)"],
};

/** Column A of the rows of the general section. */
export const FRAMEWORK_FACT_LABELS = {
  fiscalYear: "ปีงบประมาณ",
  basedOn: "คัดลอกจากกรอบปี",
  passMark: "เกณฑ์ผ่าน (คะแนนรวมอย่างน้อย)",
  ratingEvidence: "ที่มาของเกณฑ์ระดับ",
  perceptionEvidence: "ที่มาของรายการข้อ IIT/EIT",
  oitEvidence: "ที่มาของรายการข้อ OIT",
  analysisItem: "ข้อ OIT ที่ประเมินรายงานวิเคราะห์ผลและมาตรการของปีก่อน",
  implementationItem: "ข้อ OIT ที่ประเมินรายงานผลการดำเนินการตามมาตรการของปีก่อน",
  nationalAgencies: "จำนวนหน่วยงานที่รับการประเมินทั้งประเทศ",
  nationalMean: "คะแนนเฉลี่ยระดับประเทศ",
  nationalShare: "ร้อยละของหน่วยงานที่ได้คะแนนถึงเกณฑ์ผ่าน",
  nationalSource: "ที่มาของตัวเลขระดับประเทศ",
} as const;

/** How the sheet writes each evidence. */
export const EVIDENCE_TEXT: Readonly<Record<Evidence, string>> = {
  verified: "ยืนยันแล้ว (verified)",
  "working-rule": "หลักเกณฑ์ที่ใช้ทำงาน (working rule)",
};

/** Rows starting with this word are explanations; the reader skips them. */
export const NOTE = "หมายเหตุ";

/** Columns A:F. */
export const FRAMEWORK_SHEET_COLUMNS = 6;
