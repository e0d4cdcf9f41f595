/**
 * The checks on the officer's columns of the measure rows: data validation Excel applies as they type (a
 * status from the list, a progress of 0–100, a date in the fiscal year, texts of a bounded length), and
 * the conditional format that marks a row red once its deadline passes unfinished.
 */
import { Merge } from "../report/layout";
import { formatThaiDate } from "../thai";
import { fiscalYearSpan } from "./cell-date";
import { statusLabel, TRACKING_STATUSES } from "./statuses";
import {
  OfficerColumn,
  TRACKING_COLUMN_INDEX,
  TRACKING_TEXT_LIMIT,
  TRACKING_VISIBLE_COLUMNS,
  trackingColumnLetter,
} from "./tracking-columns";
import { MeasureRows, TrackingConditionalFormat, TrackingValidation } from "./tracking-layout";

const OVERDUE_FILL = "#F8D7DA";
const OVERDUE_FONT = "#9C0006";

/** The data validation of each officer column over the measure rows of a fiscal year's sheet. */
export function officerValidations(
  fiscalYear: number,
  { first, rowCount }: MeasureRows
): TrackingValidation[] {
  const span = (column: OfficerColumn): Merge => ({
    row: first,
    column: TRACKING_COLUMN_INDEX[column],
    rowCount,
    columnCount: 1,
  });
  const statuses = TRACKING_STATUSES.map((status) => status.label);
  const year = fiscalYearSpan(fiscalYear);
  const textRule = (column: OfficerColumn, what: string): TrackingValidation => ({
    range: span(column),
    rule: { kind: "textLength", max: TRACKING_TEXT_LIMIT },
    prompt: { title: what, message: `ข้อความไม่เกิน ${TRACKING_TEXT_LIMIT} ตัวอักษร` },
    error: { title: `${what}ยาวเกินไป`, message: `พิมพ์ได้ไม่เกิน ${TRACKING_TEXT_LIMIT} ตัวอักษร` },
  });
  return [
    {
      range: span("status"),
      rule: { kind: "list", values: statuses },
      prompt: { title: "สถานะ", message: `เลือกจากรายการ: ${statuses.join(" · ")}` },
      error: { title: "สถานะไม่อยู่ในรายการ", message: `เลือกได้เฉพาะ: ${statuses.join(" · ")}` },
    },
    {
      range: span("progress"),
      rule: { kind: "decimal", min: 0, max: 100 },
      prompt: {
        title: "ความก้าวหน้า (%)",
        message: "ตัวเลข 0–100 เช่น 60 (ไม่ต้องพิมพ์ %) ดำเนินการแล้วเสร็จ = 100",
      },
      error: { title: "ความก้าวหน้าไม่ถูกต้อง", message: "ใส่ตัวเลขตั้งแต่ 0 ถึง 100" },
    },
    {
      range: span("doneOn"),
      rule: { kind: "date", from: year.from, to: year.to },
      prompt: {
        title: "วันที่แล้วเสร็จ",
        message: `วันที่ในปีงบประมาณ ${fiscalYear}: ${formatThaiDate(year.from, "arabic")} ถึง ${formatThaiDate(year.to, "arabic")}`,
      },
      error: {
        title: "วันที่อยู่นอกปีงบประมาณ",
        message: `ใส่วันที่ตั้งแต่ ${formatThaiDate(year.from, "arabic")} ถึง ${formatThaiDate(year.to, "arabic")}`,
      },
    },
    textRule("evidence", "หลักฐาน"),
    textRule("obstacles", "ปัญหาอุปสรรค"),
    textRule("note", "หมายเหตุ"),
  ];
}

/** Marks a measure row whose deadline has passed while its status is neither done nor cancelled. */
export function overdueFormats({ first, rowCount }: MeasureRows): TrackingConditionalFormat[] {
  const deadline = `$${trackingColumnLetter("deadline")}${first + 1}`;
  const status = `$${trackingColumnLetter("status")}${first + 1}`;
  const done = statusLabel("done");
  const cancelled = statusLabel("cancelled");
  return [
    {
      range: { row: first, column: 0, rowCount, columnCount: TRACKING_VISIBLE_COLUMNS },
      formula: `=AND(${deadline}<>"",${deadline}<TODAY(),${status}<>"${done}",${status}<>"${cancelled}")`,
      fill: OVERDUE_FILL,
      fontColor: OVERDUE_FONT,
    },
  ];
}
