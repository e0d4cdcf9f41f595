/**
 * A report sheet with every kind of block, long enough to run over several A4 pages, laid out by the core:
 * the renderers' tests draw it and compare what each wrote.
 */
import { layoutReportSheet, type ReportBlock, type ReportSheet } from "../../src/core";
import type { SheetLayout } from "../../src/core/report/layout";

const INDICATORS = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });
const LONG =
  "เทศบาลตำบลด่านเกวียนได้คะแนนรวม ๙๑.๙๖ คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป) " +
  "และเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๔ (๗๘.๒๐ คะแนน ระดับ B) ๑๓.๗๖ คะแนน";

export const REPORT_SHEET: ReportSheet = {
  id: "analysis-2565",
  name: "ผลการวิเคราะห์ ITA 2565",
  columnWidths: [9, 38, 12, 12, 12, 12],
  headerCenter: "เทศบาลตำบลด่านเกวียน · รายงานผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
  blocks: [
    { kind: "title", text: "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" },
    { kind: "paragraph", text: "เทศบาลตำบลด่านเกวียน", align: "center" },
    {
      kind: "contents",
      entries: [
        { text: "๑. กรอบการประเมิน", target: "framework" },
        { text: "๒. แผนภูมิ", target: "chart" },
        { text: "๓. ข้อบกพร่อง", target: "weak" },
      ],
    },
    { kind: "heading", text: "๑. กรอบการประเมิน", id: "framework", pageBreakBefore: true },
    paragraph(LONG),
    {
      kind: "table",
      header: ["ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "น้ำหนัก"],
      spans: [1, 1, 2, 2],
      align: ["center", "left", "center", "center"],
      rows: INDICATORS.map((name, i) => ({
        cells: [
          String(i + 1).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d),
          name,
          i === 0 ? "IIT" : i === 5 ? "EIT" : i === 8 ? "OIT" : null,
          i === 0 || i === 5 ? "ร้อยละ ๓๐" : i === 8 ? "ร้อยละ ๔๐" : null,
        ],
      })),
    },
    paragraph(LONG),
    paragraph(LONG),
    { kind: "heading", text: "๒. แผนภูมิ", id: "chart" },
    {
      kind: "chart",
      chart: "clusteredBar",
      title: "ผลการประเมิน ITA จำแนกตามตัวชี้วัด",
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนน",
      categories: INDICATORS,
      series: [
        { name: "ปี ๒๕๖๔", values: [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25] },
        { name: "ปี ๒๕๖๕", values: [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95, 100] },
      ],
      valueAxis: { min: 0, max: 100, majorUnit: 10 },
      dataLabels: true,
    },
    { kind: "heading", text: "๓. ข้อบกพร่อง", id: "weak" },
    {
      kind: "table",
      header: ["ข้อ", "ประเด็น", "คะแนน", "ข้อเสนอแนะ"],
      spans: [1, 1, 1, 3],
      repeatHeader: true,
      rows: Array.from({ length: 30 }, (_, i) => ({
        cells: [
          `i${i + 1}`,
          "การเผยแพร่ข้อมูลผลการดำเนินงาน",
          { number: 70 + (i % 15), style: "score" as const },
          i % 3 === 2 ? null : "หน่วยงานควรเผยแพร่ข้อมูลให้ครบถ้วนและเป็นปัจจุบัน ".repeat(1 + (i % 3)),
        ],
      })),
    },
  ],
};

export function reportLayout(): SheetLayout {
  return layoutReportSheet(REPORT_SHEET);
}
