/**
 * Bad inputs of the cli surface about the tracking sheet: `ita progress` on a tracking workbook the officer
 * filled in, and `ita report` written over one.
 */
import type { BadInputCase, Observed } from "./catalogue";
import { TRACKING, trackingWorkbook } from "./cli-inputs";
import { CliRun, REPORT, runCli } from "./cli-run";

/** A date cell's value, given in the Buddhist era. */
const dayBE = (year: number, month: number, day: number) => new Date(Date.UTC(year - 543, month - 1, day));

/** `ita progress book.xlsx --as-of 2566-04-30 -o out/report.xlsx` on a tracking workbook, plus options. */
function progress(book: CliRun["files"][string], options: readonly string[] = []): () => Promise<Observed> {
  return () =>
    runCli({
      files: { "book.xlsx": book },
      argv: ["progress", "{dir}/book.xlsx", "--as-of", "2566-04-30", "-o", `{dir}/${REPORT}`, ...options],
      input: "book.xlsx",
      report: REPORT,
    });
}

export const cliTrackingCases: readonly BadInputCase[] = [
  {
    id: "cli-progress-unknown-status",
    surface: "cli",
    kind: {
      th: "สถานะในแผ่นงานติดตามไม่ใช่คำในรายการ (พิมพ์เองแทนการเลือก)",
      en: "a status on the tracking sheet that is not a word of the list (typed instead of chosen)",
    },
    example: "'ติดตามมาตรการ ITA 2566'!G7 = \"เสร็จแล้ว\"",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!G7`,
      th: '"เสร็จแล้ว" ไม่ใช่สถานะในรายการ (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
      en: '"เสร็จแล้ว" is not a status of the list (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
    },
    run: progress(() => trackingWorkbook({ G7: "เสร็จแล้ว" })),
  },
  {
    id: "cli-progress-out-of-range",
    surface: "cli",
    kind: { th: "ความก้าวหน้าเกิน 100", en: "progress above 100" },
    example: "'ติดตามมาตรการ ITA 2566'!H9 = 150",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H9`,
      th: "ความก้าวหน้า 150 อยู่นอกช่วง 0–100",
      en: "the progress 150 is outside 0–100",
    },
    run: progress(() => trackingWorkbook({ G9: "กำลังดำเนินการ", H9: 150 })),
  },
  {
    id: "cli-progress-full-not-done",
    surface: "cli",
    kind: {
      th: "ความก้าวหน้าร้อยละ 100 แต่สถานะยังไม่แล้วเสร็จ",
      en: "progress at 100 % but the status is not done",
    },
    example: "G6 = กำลังดำเนินการ, H6 = 100",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H6`,
      th: 'ความก้าวหน้าร้อยละ 100 แต่สถานะเป็น "กำลังดำเนินการ" หากเสร็จแล้วให้เลือกสถานะ "ดำเนินการแล้วเสร็จ" หากยังไม่เสร็จให้แก้ตัวเลขความก้าวหน้า',
      en: 'the progress is 100 % but the status is "กำลังดำเนินการ": if it is finished choose "ดำเนินการแล้วเสร็จ", otherwise correct the progress',
    },
    run: progress(() => trackingWorkbook({ G6: "กำลังดำเนินการ", H6: 100 })),
  },
  {
    id: "cli-progress-done-at-zero",
    surface: "cli",
    kind: { th: "สถานะแล้วเสร็จแต่ความก้าวหน้าร้อยละ 0", en: "done, with the progress at 0 %" },
    example: "G8 = ดำเนินการแล้วเสร็จ, H8 = 0",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H8`,
      th: 'สถานะเป็น "ดำเนินการแล้วเสร็จ" แต่ความก้าวหน้าร้อยละ 0 โปรดแก้ความก้าวหน้าเป็น 100 หรือแก้สถานะ',
      en: 'the status is "ดำเนินการแล้วเสร็จ" but the progress is 0 %: set the progress to 100 or correct the status',
    },
    run: progress(() => trackingWorkbook({ G8: "ดำเนินการแล้วเสร็จ", H8: 0, I8: dayBE(2566, 2, 1) })),
  },
  {
    id: "cli-progress-done-outside-year",
    surface: "cli",
    kind: {
      th: "วันที่แล้วเสร็จอยู่นอกปีงบประมาณของมาตรการ",
      en: "a date done outside the fiscal year of the measures",
    },
    example: "I5 = 30 กันยายน 2565 (the year runs 1 ตุลาคม 2565 – 30 กันยายน 2566)",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!I5`,
      th: "วันที่แล้วเสร็จ 30 กันยายน 2565 อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 ถึง 30 กันยายน 2566)",
      en: "the date done, 30 กันยายน 2565, is outside fiscal year 2566 (1 ตุลาคม 2565 to 30 กันยายน 2566)",
    },
    run: progress(() => trackingWorkbook({ G5: "ดำเนินการแล้วเสร็จ", I5: dayBE(2565, 9, 30) })),
  },
  {
    id: "cli-progress-done-after-as-of",
    surface: "cli",
    kind: { th: "วันที่แล้วเสร็จอยู่หลังวันที่ของข้อมูลในรายงาน", en: "a date done after the report's as-of date" },
    example: "--as-of 2566-04-30, I5 = 2 พฤษภาคม 2566",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!I5`,
      th: "วันที่แล้วเสร็จ 2 พฤษภาคม 2566 อยู่หลังวันที่ของข้อมูลในรายงาน (30 เมษายน 2566)",
      en: "the date done, 2 พฤษภาคม 2566, is after the report's as-of date (30 เมษายน 2566)",
    },
    run: progress(() => trackingWorkbook({ G5: "ดำเนินการแล้วเสร็จ", I5: dayBE(2566, 5, 2) })),
  },
  {
    id: "cli-progress-other-year",
    surface: "cli",
    kind: {
      th: "แผ่นงานติดตามเป็นของมาตรการคนละปีกับแผ่นงานมาตรการในสมุดงาน",
      en: "a tracking sheet of another year than the workbook's measures sheet",
    },
    example: "ติดตามมาตรการ ITA 2566 beside มาตรการ ITA 2567",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A1`,
      th: "แผ่นงานติดตามนี้เป็นของมาตรการปีงบประมาณ 2566 แต่มาตรการในสมุดงานเป็นของปี 2567 โปรดสร้างแผ่นงานติดตามจากมาตรการปี 2567",
      en: "this tracking sheet follows the measures of fiscal year 2566, but the workbook's measures are for 2567: generate the tracking sheet from the 2567 measures",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const measures = workbook.getWorksheet("มาตรการ ITA 2566");
        if (measures) measures.name = "มาตรการ ITA 2567";
      })
    ),
  },
  {
    id: "cli-progress-other-agency",
    surface: "cli",
    kind: {
      th: "แผ่นงานติดตามที่คัดลอกมาจากสมุดงานของหน่วยงานอื่น",
      en: "a tracking sheet copied from another agency's workbook",
    },
    example: "the measures announced by เทศบาลตำบลโชคชัย, the tracking sheet of เทศบาลตำบลด่านเกวียน",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A1`,
      th: "แผ่นงานติดตามนี้เป็นของเทศบาลตำบลด่านเกวียน แต่มาตรการในสมุดงานเป็นของเทศบาลตำบลโชคชัย อาจคัดลอกมาจากสมุดงานอื่น",
      en: "this tracking sheet belongs to เทศบาลตำบลด่านเกวียน, but the workbook's measures are เทศบาลตำบลโชคชัย's: it may have been copied from another workbook",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const title = workbook.getWorksheet("มาตรการ ITA 2566")?.getCell("A1");
        if (title) title.value = String(title.value).replace("เทศบาลตำบลด่านเกวียน", "เทศบาลตำบลโชคชัย");
      })
    ),
  },
  {
    id: "cli-progress-row-deleted",
    surface: "cli",
    kind: { th: "ลบแถวของมาตรการออกจากแผ่นงานติดตาม", en: "a measure's row deleted from the tracking sheet" },
    example: "row 9 (มาตรการ ๒.๑) deleted",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A9`,
      th: "ไม่พบแถวของมาตรการ 2.1 จัดเวทีประชาคมก่อนจัดทำแผนพัฒนาท้องถิ่นและโครงก… (ถูกลบหรือรหัสในคอลัมน์ที่ซ่อนถูกล้าง) โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่จากมาตรการ (ข้อมูลที่กรอกไว้จะคงอยู่)",
      en: "the row of measure 2.1 จัดเวทีประชาคมก่อนจัดทำแผนพัฒนาท้องถิ่นและโครงก… is missing (deleted, or its hidden code cleared): undo the deletion, or generate the tracking sheet again from the measures (what was typed is kept)",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => workbook.getWorksheet(TRACKING)?.spliceRows(9, 1))
    ),
  },
  {
    id: "cli-progress-rows-sorted",
    surface: "cli",
    kind: {
      th: "เรียงแถวของแผ่นงานติดตามใหม่โดยไม่รวมคอลัมน์ที่ซ่อนไว้",
      en: "the tracking sheet's rows sorted without the hidden column",
    },
    example: "A5:L6 sorted, M5:M6 left as they were",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A5`,
      th: 'แถวนี้แสดงมาตรการ "๑.๒" แต่รหัสในคอลัมน์ที่ซ่อนเป็นของมาตรการ 1.1 แถวถูกเรียงหรือย้ายโดยไม่รวมคอลัมน์ที่ซ่อน โปรดเลิกทำ (Undo) การเรียงนั้น',
      en: 'this row shows measure "๑.๒" but its hidden code belongs to measure 1.1: the rows were sorted or moved without the hidden column; undo that sort',
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (!sheet) return;
        for (let column = 1; column <= 12; column += 1) {
          const [upper, lower] = [sheet.getCell(5, column), sheet.getCell(6, column)];
          [upper.value, lower.value] = [lower.value, upper.value];
        }
      })
    ),
  },
  {
    id: "cli-progress-no-tracking-sheet",
    surface: "cli",
    kind: {
      th: "สมุดงานไม่มีแผ่นงานติดตาม (ถูกลบ หรือเขียนรายงานโดยไม่มี --tracking)",
      en: "a workbook without a tracking sheet (deleted, or the report written without --tracking)",
    },
    example: "ita progress ita-report-2565.xlsx",
    outcome: "refused",
    expected: {
      location: "book.xlsx",
      th: "ไม่พบแผ่นงานติดตามมาตรการในสมุดงานนี้ (แผ่นงานที่มี: 'ผลการวิเคราะห์ ITA 2565', 'มาตรการ ITA 2566') สร้างได้ด้วย ita report --tracking หรือปุ่มสร้างแผ่นงานติดตามในแผงงาน",
      en: "no tracking sheet in this workbook (its sheets: 'ผลการวิเคราะห์ ITA 2565', 'มาตรการ ITA 2566'); make one with ita report --tracking or the pane's tracking sheet button",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (sheet) workbook.removeWorksheet(sheet.id);
      })
    ),
  },
  {
    id: "cli-progress-renamed-sheet",
    surface: "cli",
    kind: { th: "เปลี่ยนชื่อแผ่นงานติดตาม", en: "the tracking sheet renamed" },
    example: "ติดตามมาตรการ ITA 2566 → ติดตามผล",
    outcome: "accepted",
    expected: {
      location: "book.xlsx: 'ติดตามผล'!A1",
      th: "แผ่นงานติดตามถูกเปลี่ยนชื่อจาก 'ติดตามมาตรการ ITA 2566' จึงอ่านจากรหัสประจำแผ่นงานแทนชื่อ",
      en: "the tracking sheet was renamed from 'ติดตามมาตรการ ITA 2566'; it was found by its identity instead of its name",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (sheet) sheet.name = "ติดตามผล";
      })
    ),
  },
  {
    id: "cli-progress-as-of-before-year",
    surface: "cli",
    kind: {
      th: "--as-of อยู่ก่อนปีงบประมาณของมาตรการ",
      en: "--as-of before the fiscal year of the measures",
    },
    example: "ita progress book.xlsx --as-of 2565-09-30",
    outcome: "refused",
    expected: {
      location: "--as-of",
      th: "วันที่ของข้อมูล 30 กันยายน 2565 อยู่ก่อนปีงบประมาณ 2566 ของมาตรการ (เริ่ม 1 ตุลาคม 2565) จึงยังไม่มีผลให้รายงาน",
      en: "the as-of date 30 กันยายน 2565 is before fiscal year 2566 of the measures (starting 1 ตุลาคม 2565): there is nothing to report yet",
    },
    run: progress(() => trackingWorkbook(), ["--as-of", "2565-09-30"]),
  },
  {
    id: "cli-report-tracking-would-be-lost",
    surface: "cli",
    kind: {
      th: "เขียนรายงานทับไฟล์ที่มีแผ่นงานติดตามซึ่งกรอกข้อมูลแล้ว โดยไม่ใช้ --tracking",
      en: "the report written over a file whose tracking sheet is filled in, without --tracking",
    },
    example: "ita report -o book.xlsx (its tracking sheet filled in)",
    outcome: "refused",
    expected: {
      location: "book.xlsx",
      th: "ไฟล์นี้มีแผ่นงานติดตาม 'ติดตามมาตรการ ITA 2566' ที่กรอกข้อมูลไว้แล้ว การเขียนรายงานทับจะทำให้ข้อมูลหาย ใช้ --tracking เพื่อเขียนรายงานใหม่โดยคงข้อมูลไว้ หรือระบุไฟล์ใหม่ด้วย -o",
      en: "this file holds the filled-in tracking sheet 'ติดตามมาตรการ ITA 2566'; writing the report over it would lose what was typed: add --tracking to keep it, or give another file with -o",
    },
    run: () =>
      runCli({
        files: { "book.xlsx": () => trackingWorkbook({ G5: "กำลังดำเนินการ" }) },
        argv: ["report", "-o", "{dir}/book.xlsx"],
        input: "book.xlsx",
        report: REPORT,
      }),
  },
];
