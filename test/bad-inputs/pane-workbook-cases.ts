/**
 * Bad inputs of the pane surface in the workbook: protected or read-only, a cell being edited, an Excel
 * table, several ranges selected, and sheets renamed, deleted or edited before the report.
 */
import { analyze } from "../../src/excel/analyze";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { insertFrameworkSheet } from "../../src/excel/framework-sheet";
import type { BadInputCase } from "./catalogue";
import { NOT_WRITTEN_TH, refused, seen } from "./pane-run";
import {
  analyze2565,
  filledInputSheet,
  INPUT_BLOCK,
  ITEMS_BLOCK,
  report,
  scoresWith,
  seedTable,
} from "./pane-sheets";

export const paneWorkbookCases: readonly BadInputCase[] = [
  // ---- the workbook ----------------------------------------------------------------------------------
  refused(
    "protected-sheet",
    { th: "แผ่นงานถูกป้องกัน เขียนผลไม่ได้", en: "A protected sheet (the output cannot be written)" },
    "Sheet1 protected",
    seen(
      "Sheet1",
      "แผ่นงานนี้ถูกป้องกัน โปรดยกเลิกการป้องกันแผ่นงานก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the sheet is protected: unprotect it first; nothing was written"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.protectSheet("Sheet1");
      },
      act: analyze2565,
    }
  ),
  refused(
    "cell-edit-mode",
    { th: "กำลังแก้ไขเซลล์อยู่", en: "A cell being edited" },
    "typing in a cell, then Analyze",
    seen(
      "Excel",
      "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc แล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "Excel is editing a cell: press Enter or Esc, then try again; nothing was written"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.setCellEditMode(true);
      },
      act: analyze2565,
    }
  ),
  refused(
    "read-only-workbook",
    { th: "สมุดงานเปิดแบบอ่านอย่างเดียว", en: "A workbook open read-only" },
    "workbook.readOnly = true",
    seen(
      "Sheet1",
      `สมุดงานนี้เปิดแบบอ่านอย่างเดียว ส่วนเสริมจึงเขียนผลไม่ได้ โปรดเปิดเพื่อแก้ไข (หรือบันทึกเป็นสำเนา) แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the workbook is open read-only, so the add-in cannot write the results: open it for editing (or save a copy), then try again; nothing was written"
    ),
    { options: { readOnly: true }, setup: scoresWith(), act: analyze2565 }
  ),
  refused(
    "scores-in-excel-table",
    {
      th: "คะแนนอยู่ในตาราง Excel (จัดรูปแบบเป็นตาราง) ซึ่งจะขยายมาครอบผล",
      en: "The scores in an Excel Table (Format as Table), which would spread over the results",
    },
    "C3:E13 formatted as Table1, then Analyze",
    seen(
      "Sheet1!F3:I13",
      `ช่องที่จะเขียนผลอยู่ในหรืออยู่ติดกับตาราง Excel "Table1" ซึ่ง Excel จะขยายตารางมาครอบผลและเติมสูตรลงทั้งคอลัมน์ของตาราง ทำให้เซลล์อื่นเปลี่ยนไป โปรดแปลงตารางเป็นช่วงปกติ (ออกแบบตาราง › แปลงเป็นช่วง) หรือย้ายตาราง แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      'the cells for the results are in or right beside the Excel Table "Table1", which Excel would extend over them (filling formulas down its columns), changing other cells: convert the table to a range (Table Design › Convert to Range) or move it, then try again; nothing was written'
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.addTable("Sheet1!C3:E13");
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "several-ranges-selected",
    {
      th: "เลือกหลายช่วงพร้อมกัน (กด Ctrl ค้างแล้วคลิก)",
      en: "Several ranges selected at once (Ctrl+click)",
    },
    "C4:C8 and C10:C13 selected together",
    seen(
      "Excel",
      `สิ่งที่เลือกไว้ใช้ไม่ได้ (เลือกหลายช่วงพร้อมกัน หรือเลือกแผนภูมิหรือรูปภาพ) โปรดเลือกเซลล์เพียงช่วงเดียวแล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the selection cannot be used (several ranges at once, or a chart or picture): select one range of cells and try again; nothing was written"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!C4:C8,Sheet1!C10:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "structure-protected-insert",
    {
      th: "โครงสร้างสมุดงานถูกป้องกัน จึงแทรกแผ่นงานกรอกคะแนนไม่ได้",
      en: "The workbook's structure protected, so the input sheet cannot be inserted",
    },
    "Review › Protect Workbook, then Insert input sheet",
    seen(
      "สมุดงาน / workbook",
      `โครงสร้างสมุดงานถูกป้องกัน จึงเพิ่มแผ่นงานไม่ได้ โปรดยกเลิกการป้องกันสมุดงาน (รีวิว › ป้องกันสมุดงาน) แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written"
    ),
    {
      setup: (host) => host.protectWorkbook(),
      act: () => insertInputSheet({ fiscalYear: 2565, agency: "เทศบาลตำบลด่านเกวียน" }),
    }
  ),
  refused(
    "read-only-insert",
    {
      th: "สมุดงานเปิดแบบอ่านอย่างเดียว แล้วแทรกแผ่นงานกรอบการประเมิน",
      en: "A workbook open read-only, then Insert framework sheet",
    },
    "workbook.readOnly = true, then Insert framework sheet",
    seen(
      "สมุดงาน / workbook",
      `สมุดงานนี้เปิดแบบอ่านอย่างเดียว ส่วนเสริมจึงเขียนผลไม่ได้ โปรดเปิดเพื่อแก้ไข (หรือบันทึกเป็นสำเนา) แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the workbook is open read-only, so the add-in cannot write the results: open it for editing (or save a copy), then try again; nothing was written"
    ),
    { options: { readOnly: true }, setup: () => undefined, act: () => insertFrameworkSheet(2568) }
  ),
  refused(
    "input-sheet-renamed",
    {
      th: "แผ่นงานกรอกคะแนนถูกเปลี่ยนชื่อ (Analyze ด้วยที่อยู่เดิม)",
      en: "The input sheet renamed by the officer (Analyze with the old address)",
    },
    "'ITA 2565' renamed 'คะแนน', then Analyze",
    seen(
      "'ITA 2565'",
      `ไม่พบแผ่นงาน 'ITA 2565' ในสมุดงาน แผ่นงานกรอกคะแนนปี 2565 ขณะนี้ชื่อ 'คะแนน' (อาจถูกเปลี่ยนชื่อ) โปรดเลือกช่วงคะแนนบนแผ่นงานนั้นแล้วใช้ "ใช้ช่วงที่เลือก" ${NOT_WRITTEN_TH}`,
      `there is no sheet 'ITA 2565' in the workbook; the input sheet of 2565 is now named 'คะแนน' (renamed?): select the scores on it and use "Use the selected range"; nothing was written`
    ),
    {
      setup: async (host) => {
        await filledInputSheet(host);
        host.renameSheet("ITA 2565", "คะแนน");
      },
      act: () => analyze({ fiscalYear: 2565, mode: "formulas", inputAddress: INPUT_BLOCK }),
    }
  ),
  refused(
    "sheet-deleted-before-report",
    {
      th: "แผ่นงานคะแนนถูกลบระหว่าง Analyze กับการสร้างรายงาน",
      en: "The input sheet deleted between Analyze and Generate report",
    },
    "Analyze, delete 'ITA 2565', then Generate report",
    seen(
      "'ITA 2565'",
      `ไม่พบแผ่นงาน 'ITA 2565' ในสมุดงาน (อาจถูกลบหรือเปลี่ยนชื่อ) โปรดแทรกแผ่นงานกรอกคะแนนหรือเลือกช่วงคะแนนใหม่ ${NOT_WRITTEN_TH}`,
      "there is no sheet 'ITA 2565' in the workbook (deleted or renamed?): insert an input sheet or select the scores again; nothing was written"
    ),
    {
      setup: async (host) => {
        const { analysisAddress } = await filledInputSheet(host);
        if (!(await analyze({ fiscalYear: 2565, mode: "formulas", inputAddress: analysisAddress })).ok)
          throw new Error("Analyze failed");
        host.deleteSheet("ITA 2565");
      },
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "report-sheet-protected",
    {
      th: "แผ่นงานรายงานที่สร้างไว้ถูกป้องกัน",
      en: "The report sheet generated earlier is protected",
    },
    "'ผลการวิเคราะห์ ITA 2565' protected, then Generate report",
    seen(
      "'ผลการวิเคราะห์ ITA 2565'",
      'แผ่นงาน "ผลการวิเคราะห์ ITA 2565" ถูกป้องกัน โปรดยกเลิกการป้องกันก่อนสร้างรายงานใหม่ ระบบยังไม่ได้เขียนข้อมูลใด ๆ',
      'the sheet "ผลการวิเคราะห์ ITA 2565" is protected: unprotect it before generating the report again; nothing was written'
    ),
    {
      setup: async (host) => {
        await filledInputSheet(host);
        if (!(await report()).ok) throw new Error("the first report failed");
        host.protectSheet("ผลการวิเคราะห์ ITA 2565");
      },
      act: () => report(),
    }
  ),
  refused(
    "report-sheet-edited",
    {
      th: "แผ่นงานรายงานที่สร้างไว้ถูกแก้ไข (เขียนทับเมื่อยืนยันเท่านั้น)",
      en: "The report sheet generated earlier was edited (replaced only when confirmed)",
    },
    "a cell of 'ผลการวิเคราะห์ ITA 2565' edited, then Generate report",
    seen(
      "'ผลการวิเคราะห์ ITA 2565'",
      'แผ่นงาน "ผลการวิเคราะห์ ITA 2565" ที่ส่วนเสริมสร้างไว้ถูกแก้ไขหลังจากสร้าง ระบบจะเขียนทับแผ่นงานนี้เมื่อท่านยืนยันเท่านั้น จึงยังไม่ได้เขียนข้อมูลใด ๆ',
      'the sheet "ผลการวิเคราะห์ ITA 2565" that the add-in generated was edited since; it will be replaced only if you confirm, so nothing was written'
    ),
    {
      setup: async (host) => {
        await filledInputSheet(host);
        if (!(await report()).ok) throw new Error("the first report failed");
        host.setCell("'ผลการวิเคราะห์ ITA 2565'!A2", "แก้ไขโดยเจ้าหน้าที่");
      },
      act: () => report(),
    }
  ),
];
