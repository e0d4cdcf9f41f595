/**
 * The reporting line of a measure (review M7): a report is *as at* the end of its period and due after
 * it (six-month data as at 31 มีนาคม, reported within เมษายน; the year as at 30 กันยายน, within ตุลาคม;
 * a quarter within 15 days of its end); a one-off action says when it is to be completed. Every pattern
 * reports in เมษายน at the latest, inside the OIT window of the year the measures are for
 * (`ASSESSMENT_WINDOW`), so the next assessment always finds a progress report.
 */
import type { DeadlinePattern } from "../catalogue/types";
import { formatThaiDate, THAI_MONTHS, ThaiDate } from "../thai";

const date = (d: ThaiDate) => formatThaiDate(d, "arabic");
const month = (m: number, buddhistYear: number) => `เดือน${THAI_MONTHS[m - 1] ?? ""} ${buddhistYear}`;

/** The first month (1–12, of the calendar year `fiscalYear` BE) in which a pattern reports. */
export function firstReportMonth(pattern: DeadlinePattern): number {
  return pattern === "quarterly" ? 1 : 4;
}

/**
 * The reporting line of a measure of `fiscalYear` (the year the measures are for).
 *
 * @example deadlineText("six-month-and-year-end", 2566)
 * // "รายงานผลรอบ 6 เดือน (ข้อมูล ณ วันที่ 31 มีนาคม 2566) ภายในเดือนเมษายน 2566 และรายงานผลประจำปี (ข้อมูล ณ วันที่ 30 กันยายน 2566) ภายในเดือนตุลาคม 2566"
 */
export function deadlineText(pattern: DeadlinePattern, fiscalYear: number): string {
  const sixMonth =
    `รายงานผลรอบ 6 เดือน (ข้อมูล ณ วันที่ ${date({ day: 31, month: 3, buddhistYear: fiscalYear })}) ` +
    `ภายใน${month(4, fiscalYear)}`;
  const progress =
    `รายงานความก้าวหน้ารอบ 6 เดือน (ข้อมูล ณ วันที่ ${date({ day: 31, month: 3, buddhistYear: fiscalYear })}) ` +
    `ภายใน${month(4, fiscalYear)}`;
  const yearEnd =
    `รายงานผลประจำปี (ข้อมูล ณ วันที่ ${date({ day: 30, month: 9, buddhistYear: fiscalYear })}) ` +
    `ภายใน${month(10, fiscalYear)}`;
  switch (pattern) {
    case "six-month":
      // Both a one-off action and a six-month report use this pattern: done, and reported, by then.
      return `ดำเนินการให้แล้วเสร็จและ${sixMonth}`;
    case "year-end":
      return `${progress} และ${yearEnd}`;
    case "six-month-and-year-end":
      return `${sixMonth} และ${yearEnd}`;
    case "quarterly":
      // The first quarter ends on 31 ธันวาคม of the year before: its report is due on 15 มกราคม.
      return (
        `รายงานผลรายไตรมาสภายใน 15 วันนับแต่วันสิ้นไตรมาส ` +
        `เริ่มไตรมาสแรกภายในวันที่ ${date({ day: 15, month: 1, buddhistYear: fiscalYear })}`
      );
  }
}
