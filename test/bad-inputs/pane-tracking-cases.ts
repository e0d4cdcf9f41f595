/** Bad inputs of the pane surface in the tracking sheet and the implementation report (issue 14). */
import { generateReport } from "../../src/excel/report";
import { generateProgressReport } from "../../src/excel/progress-report";
import { generateTrackingSheet } from "../../src/excel/tracking-sheet";
import type { ExcelHost } from "../support/excel-host";
import type { BadInputCase } from "./catalogue";
import { NOT_WRITTEN_TH, refused, seen } from "./pane-run";
import { seedTable } from "./pane-sheets";

// ---- the tracking sheet and the implementation report (issue 14) -------------------------------------

const TRACKING = "'ติดตามมาตรการ ITA 2566'";
const trackingRequest = {
  fiscalYear: 2565,
  agency: "เทศบาลตำบลด่านเกวียน",
  inputAddress: "Sheet1!C3:E13",
  digits: "thai" as const,
  chart: true,
};

/** Excel's serial number of a day of the Buddhist era, as a date cell holds it. */
const dayBE = (day: number, month: number, buddhistYear: number) =>
  Math.round((Date.UTC(buddhistYear - 543, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/**
 * The seed's table analysed, its report and tracking sheet written by the pane, then the officer's entries
 * (`cells` on the tracking sheet) and any other edit.
 */
function trackedWorkbook(cells: Readonly<Record<string, unknown>> = {}, edit?: (host: ExcelHost) => unknown) {
  return async (host: ExcelHost) => {
    seedTable(host);
    await generateReport(trackingRequest);
    await generateTrackingSheet(trackingRequest);
    for (const [cell, value] of Object.entries(cells)) host.setCell(`${TRACKING}!${cell}`, value);
    await edit?.(host);
  };
}

/** "รายงานผลการดำเนินการตามมาตรการ" as of 31 มีนาคม 2566 (the six-month round), or `asOf`. */
const progressReport =
  (asOf = { day: 31, month: 3, buddhistYear: 2566 }) =>
  () =>
    generateProgressReport({ asOf, digits: "thai", chart: true });

export const paneTrackingCases: readonly BadInputCase[] = [
  // ---- the tracking sheet and the implementation report -------------------------------------------------
  refused(
    "tracking-other-agency",
    {
      th: "สร้างแผ่นงานติดตามของหน่วยงานอื่นทับแผ่นงานติดตามที่มีอยู่",
      en: "A tracking sheet for another agency over the workbook's tracking sheet",
    },
    "the agency typed as เทศบาลตำบลโชคชัย, the workbook tracking เทศบาลตำบลด่านเกวียน's measures",
    seen(
      TRACKING,
      `แผ่นงาน ${TRACKING} เป็นแผ่นงานติดตามมาตรการของเทศบาลตำบลด่านเกวียน ปีงบประมาณ 2566 แต่มาตรการที่จะติดตามเป็นของเทศบาลตำบลโชคชัย ปีงบประมาณ 2566 สมุดงานหนึ่งเล่มติดตามมาตรการของหน่วยงานเดียวในปีเดียว จึงไม่ได้เขียนทับ โปรดใช้สมุดงานเล่มใหม่ หรือย้ายแผ่นงานนั้นออกจากสมุดงานนี้ ${NOT_WRITTEN_TH}`,
      `the sheet ${TRACKING} is the tracking sheet of เทศบาลตำบลด่านเกวียน (fiscal year 2566), but the measures to track are those of เทศบาลตำบลโชคชัย (fiscal year 2566); a workbook follows one agency's measures of one year, so it was not overwritten: use another workbook, or move that sheet out of this one; nothing was written`
    ),
    {
      setup: trackedWorkbook({ G5: "กำลังดำเนินการ" }),
      act: () => generateTrackingSheet({ ...trackingRequest, agency: "เทศบาลตำบลโชคชัย" }),
    }
  ),
  refused(
    "tracking-protected-sheet",
    { th: "แผ่นงานติดตามมาตรการถูกป้องกัน", en: "The tracking sheet is protected" },
    "the tracking sheet protected, then generated again",
    seen(
      TRACKING,
      `แผ่นงานนี้ถูกป้องกัน โปรดยกเลิกการป้องกันแผ่นงานก่อน ${NOT_WRITTEN_TH}`,
      "the sheet is protected: unprotect it first; nothing was written"
    ),
    {
      setup: trackedWorkbook({}, (host) => host.protectSheet("ติดตามมาตรการ ITA 2566")),
      act: () => generateTrackingSheet(trackingRequest),
    }
  ),
  refused(
    "tracking-identity-lost",
    {
      th: "คอลัมน์ที่ซ่อนไว้ของแผ่นงานติดตามถูกล้าง ทั้งที่กรอกข้อมูลไว้แล้ว",
      en: "The tracking sheet's hidden column cleared, with entries typed",
    },
    "M1:M12 cleared, G5 = กำลังดำเนินการ, then generated again",
    seen(
      TRACKING,
      `แผ่นงาน ${TRACKING} ที่ส่วนเสริมสร้างไว้เป็นแผ่นงานติดตามมาตรการไม่มีรหัสประจำแผ่นงานแล้ว (คอลัมน์ที่ซ่อนไว้ถูกลบหรือล้าง) จึงจับคู่ข้อมูลที่กรอกไว้กับมาตรการไม่ได้และไม่ได้เขียนทับ โปรดเลิกทำ (Undo) การลบนั้น หรือคัดลอกข้อมูลที่กรอกไว้ออกแล้วลบแผ่นงานนี้ก่อนสร้างใหม่ ${NOT_WRITTEN_TH}`,
      `the sheet ${TRACKING} the add-in wrote as the tracking sheet no longer carries its identity (its hidden column was deleted or cleared), so what was typed cannot be matched to the measures and it was not overwritten: undo that deletion, or copy what was typed elsewhere and delete the sheet before generating it again; nothing was written`
    ),
    {
      setup: trackedWorkbook({ G5: "กำลังดำเนินการ" }, (host) =>
        host.setCells(
          `${TRACKING}!M1:M12`,
          Array.from({ length: 12 }, () => [""])
        )
      ),
      act: () => generateTrackingSheet(trackingRequest),
    }
  ),
  refused(
    "progress-unknown-status",
    {
      th: "สถานะในแผ่นงานติดตามที่ไม่อยู่ในรายการ (พิมพ์เองแทนการเลือก)",
      en: "A status on the tracking sheet that is not a word of the list (typed instead of chosen)",
    },
    "G6 = เสร็จแล้ว",
    seen(
      `${TRACKING}!G6`,
      '"เสร็จแล้ว" ไม่ใช่สถานะในรายการ (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
      '"เสร็จแล้ว" is not a status of the list (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)'
    ),
    { setup: trackedWorkbook({ G6: "เสร็จแล้ว" }), act: progressReport() }
  ),
  refused(
    "progress-out-of-range",
    { th: "ความก้าวหน้าเกิน 100 ในแผ่นงานติดตาม", en: "Progress above 100 on the tracking sheet" },
    "H6 = 150",
    seen(`${TRACKING}!H6`, "ความก้าวหน้า 150 อยู่นอกช่วง 0–100", "the progress 150 is outside 0–100"),
    { setup: trackedWorkbook({ G6: "กำลังดำเนินการ", H6: 150 }), act: progressReport() }
  ),
  refused(
    "progress-full-not-done",
    {
      th: "ความก้าวหน้าร้อยละ 100 แต่สถานะยังไม่แล้วเสร็จ",
      en: "Progress at 100 % but the status is not done",
    },
    "G6 = กำลังดำเนินการ, H6 = 100",
    seen(
      `${TRACKING}!H6`,
      'ความก้าวหน้าร้อยละ 100 แต่สถานะเป็น "กำลังดำเนินการ" หากเสร็จแล้วให้เลือกสถานะ "ดำเนินการแล้วเสร็จ" หากยังไม่เสร็จให้แก้ตัวเลขความก้าวหน้า',
      'the progress is 100 % but the status is "กำลังดำเนินการ": if it is finished choose "ดำเนินการแล้วเสร็จ", otherwise correct the progress'
    ),
    { setup: trackedWorkbook({ G6: "กำลังดำเนินการ", H6: 100 }), act: progressReport() }
  ),
  refused(
    "progress-done-outside-year",
    {
      th: "วันที่แล้วเสร็จอยู่นอกปีงบประมาณของมาตรการ",
      en: "A date done outside the measures' fiscal year",
    },
    "G6 = ดำเนินการแล้วเสร็จ, I6 = 30 กันยายน 2565",
    seen(
      `${TRACKING}!I6`,
      "วันที่แล้วเสร็จ 30 กันยายน 2565 อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 ถึง 30 กันยายน 2566)",
      "the date done, 30 กันยายน 2565, is outside fiscal year 2566 (1 ตุลาคม 2565 to 30 กันยายน 2566)"
    ),
    { setup: trackedWorkbook({ G6: "ดำเนินการแล้วเสร็จ", I6: dayBE(30, 9, 2565) }), act: progressReport() }
  ),
  refused(
    "progress-done-after-as-of",
    {
      th: "วันที่แล้วเสร็จอยู่หลังวันที่ของข้อมูลในรายงาน",
      en: "A date done after the report's as-of date",
    },
    "I6 = 2 เมษายน 2566, the report as of 31 มีนาคม 2566",
    seen(
      `${TRACKING}!I6`,
      "วันที่แล้วเสร็จ 2 เมษายน 2566 อยู่หลังวันที่ของข้อมูลในรายงาน (31 มีนาคม 2566)",
      "the date done, 2 เมษายน 2566, is after the report's as-of date (31 มีนาคม 2566)"
    ),
    { setup: trackedWorkbook({ G6: "ดำเนินการแล้วเสร็จ", I6: dayBE(2, 4, 2566) }), act: progressReport() }
  ),
  refused(
    "progress-other-agency",
    {
      th: "แผ่นงานติดตามของหน่วยงานอื่นจากมาตรการในสมุดงาน",
      en: "A tracking sheet of another agency than the workbook's measures",
    },
    "the measures sheet written again for เทศบาลตำบลโชคชัย, the tracking sheet of เทศบาลตำบลด่านเกวียน",
    seen(
      `${TRACKING}!A1`,
      "แผ่นงานติดตามนี้เป็นของเทศบาลตำบลด่านเกวียน แต่มาตรการในสมุดงานเป็นของเทศบาลตำบลโชคชัย อาจคัดลอกมาจากสมุดงานอื่น",
      "this tracking sheet belongs to เทศบาลตำบลด่านเกวียน, but the workbook's measures are เทศบาลตำบลโชคชัย's: it may have been copied from another workbook"
    ),
    {
      setup: trackedWorkbook({}, () => generateReport({ ...trackingRequest, agency: "เทศบาลตำบลโชคชัย" })),
      act: progressReport(),
    }
  ),
  refused(
    "progress-tracking-deleted",
    { th: "แผ่นงานติดตามมาตรการถูกลบ", en: "The tracking sheet deleted" },
    "the sheet ติดตามมาตรการ ITA 2566 deleted",
    seen(
      TRACKING,
      `แผ่นงานติดตามมาตรการ ${TRACKING} ปีงบประมาณ 2566 ถูกลบออกจากสมุดงานแล้ว จึงไม่มีผลการดำเนินการให้รายงาน โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่แล้วกรอกอีกครั้ง ${NOT_WRITTEN_TH}`,
      `the tracking sheet ${TRACKING} of fiscal year 2566 was deleted from the workbook, so there is nothing to report: undo the deletion, or generate the tracking sheet again and fill it in; nothing was written`
    ),
    { setup: trackedWorkbook({}, (host) => host.deleteSheet("ติดตามมาตรการ ITA 2566")), act: progressReport() }
  ),
  refused(
    "progress-row-deleted",
    { th: "แถวของมาตรการในแผ่นงานติดตามถูกลบ", en: "A measure's row deleted from the tracking sheet" },
    "row 9 (measure 2.1) emptied",
    seen(
      `${TRACKING}!A9`,
      "ไม่พบแถวของมาตรการ 2.1 ให้แต่ละส่วนราชการเลือกงานบริการอย่างน้อย 1 งาน… (ถูกลบหรือรหัสในคอลัมน์ที่ซ่อนถูกล้าง) โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่จากมาตรการ (ข้อมูลที่กรอกไว้จะคงอยู่)",
      "the row of measure 2.1 ให้แต่ละส่วนราชการเลือกงานบริการอย่างน้อย 1 งาน… is missing (deleted, or its hidden code cleared): undo the deletion, or generate the tracking sheet again from the measures (what was typed is kept)"
    ),
    {
      setup: trackedWorkbook({}, (host) =>
        host.setCells(`${TRACKING}!A9:M9`, [Array.from({ length: 13 }, () => "")])
      ),
      act: progressReport(),
    }
  ),
  refused(
    "progress-as-of-before-year",
    {
      th: "วันที่ของข้อมูลอยู่ก่อนปีงบประมาณของมาตรการ",
      en: "An as-of date before the measures' fiscal year",
    },
    "as of 30 กันยายน 2565 for the measures of 2566",
    seen(
      "วันที่ของข้อมูล / as-of date",
      "วันที่ของข้อมูล 30 กันยายน 2565 อยู่ก่อนปีงบประมาณ 2566 ของมาตรการ (เริ่ม 1 ตุลาคม 2565) จึงยังไม่มีผลให้รายงาน",
      "the as-of date 30 กันยายน 2565 is before fiscal year 2566 of the measures (starting 1 ตุลาคม 2565): there is nothing to report yet"
    ),
    { setup: trackedWorkbook(), act: progressReport({ day: 30, month: 9, buddhistYear: 2565 }) }
  ),
];
