/** Bad inputs of the pane surface in "Many agencies": the table of agencies, one per row. */
import { analyzeAgencies } from "../../src/excel/batch";
import type { ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { NOT_WRITTEN_TH, refused, seen } from "./pane-run";

// ---- "Many agencies": a table of agencies, one per row ---------------------------------------------

/** The header row `ita batch` accepts: agency … ind10, then the previous year and its ten scores. */
const AGENCIES_HEADER = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...SEED_2565.map((_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...SEED_2565.map((_, i) => `prev${i + 1}`),
];

/** Three agencies in Sheet1!A2:Y4 under the header in A1:Y1; ind1 is column E, previousFiscalYear O. */
const AGENCY_ROWS: readonly (readonly (string | number)[])[] = [
  ["เทศบาลตำบลด่านเกวียน", "เทศบาลตำบล", "นครราชสีมา", 2565, ...SEED_2565, 2564, ...SEED_2564],
  ["อบต. หนองระเวียง", "อบต.", "นครราชสีมา", 2565, ...SEED_2564, 2564, ...SEED_2564],
  ["เทศบาลเมืองบัวใหญ่", "เทศบาลเมือง", "ขอนแก่น", 2565, ...SEED_2565, "", ...SEED_2565.map(() => "")],
];

/** The table of agencies in Sheet1!A1:Y4, some cells changed, the table (or `selection`) selected. */
function agenciesTable(changes: Readonly<Record<string, unknown>> = {}, selection = "Sheet1!A1:Y4") {
  return (host: ExcelHost) => {
    host.setCells("Sheet1!A1:Y4", [AGENCIES_HEADER, ...AGENCY_ROWS.map((row) => [...row])]);
    for (const [address, value] of Object.entries(changes)) host.setCell(address, value);
    host.select(selection);
  };
}

const analyzeAgenciesOfSelection = () => analyzeAgencies({});

export const paneAgenciesCases: readonly BadInputCase[] = [
  // ---- "Many agencies": the table of agencies ---------------------------------------------------------
  refused(
    "agencies-no-header",
    {
      th: "ตารางหน่วยงานที่แถวแรกไม่ใช่หัวตาราง (เลือกเฉพาะแถวข้อมูล)",
      en: "A table of agencies whose first row is not the header (only the data rows selected)",
    },
    "A2:Y4 selected, header row 1 left out",
    seen("Sheet1!2:2", "ไม่มีคอลัมน์ agency (หน่วยงาน) ในแถวหัวตาราง", "the header row has no column agency"),
    { setup: agenciesTable({}, "Sheet1!A2:Y4"), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-non-numeric-score",
    { th: "ข้อความที่ไม่ใช่ตัวเลขในคะแนนของหน่วยงาน", en: "Text that is not a number in an agency's score" },
    'G3 (ind3) = "n/a"',
    seen("Sheet1!G3", '"n/a" ไม่ใช่คะแนน', '"n/a" is not a score'),
    { setup: agenciesTable({ "Sheet1!G3": "n/a" }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-score-above-100",
    { th: "คะแนนของหน่วยงานเกิน 100", en: "An agency's score above 100" },
    "N4 (ind10) = 120",
    seen("Sheet1!N4", "คะแนน 120 อยู่นอกช่วง 0–100", "the score 120 is outside 0–100"),
    { setup: agenciesTable({ "Sheet1!N4": 120 }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-blank-score",
    { th: "ช่องคะแนนว่างในแถวของหน่วยงาน", en: "An empty score cell in an agency's row" },
    "H2 (ind4) empty",
    seen("Sheet1!H2", "ช่องว่าง ไม่มีคะแนน", "the cell is blank: no score"),
    { setup: agenciesTable({ "Sheet1!H2": "" }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-unknown-year",
    {
      th: "ปีงบประมาณของหน่วยงานที่ไม่มีกรอบการประเมิน",
      en: "An agency's fiscal year without an ITA framework",
    },
    "D3 (fiscalYear) = 2500",
    seen(
      "Sheet1!D3",
      "ยังไม่มีกรอบการประเมินของปีงบประมาณ 2500 (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      "there is no ITA framework for fiscal year 2500 (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)"
    ),
    { setup: agenciesTable({ "Sheet1!D3": 2500 }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-previous-not-earlier",
    {
      th: "ปีก่อนของหน่วยงานไม่ได้มาก่อนปีที่ประเมิน",
      en: "An agency's previous year not earlier than its year",
    },
    "O2 (previousFiscalYear) = 2566, D2 = 2565",
    seen("Sheet1!O2", "ปีก่อน 2566 ต้องมาก่อนปีงบประมาณ 2565", "the previous year 2566 must be earlier than 2565"),
    { setup: agenciesTable({ "Sheet1!O2": 2566 }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-output-not-empty",
    {
      th: "ช่องที่จะเขียนผลข้างตารางหน่วยงานมีข้อมูลของเจ้าหน้าที่อยู่",
      en: "The result columns beside the table of agencies hold the officer's data",
    },
    'AB3 = "หมายเหตุ" beside the table',
    seen(
      "Sheet1!Z1:AH4",
      "ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (Sheet1!AB3) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ",
      "the cells for the results are not empty (Sheet1!AB3); the add-in writes only into empty cells or its own earlier output, so nothing was written"
    ),
    { setup: agenciesTable({ "Sheet1!AB3": "หมายเหตุ" }), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-protected-sheet",
    {
      th: "แผ่นงานของตารางหน่วยงานถูกป้องกัน",
      en: "The sheet of the table of agencies is protected",
    },
    "Sheet1 protected",
    seen(
      "Sheet1",
      "แผ่นงานนี้ถูกป้องกัน โปรดยกเลิกการป้องกันแผ่นงานก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the sheet is protected: unprotect it first; nothing was written"
    ),
    {
      setup: (host) => {
        agenciesTable()(host);
        host.protectSheet("Sheet1");
      },
      act: analyzeAgenciesOfSelection,
    }
  ),
  refused(
    "agencies-merged-output",
    {
      th: "มีเซลล์ที่ผสานไว้ในคอลัมน์ที่จะเขียนผลของหน่วยงาน",
      en: "Merged cells in the agencies' result columns",
    },
    "Z3:AA3 merged",
    seen(
      "Sheet1!Z3:AA3",
      "มีเซลล์ที่ผสานไว้ในช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "merged cells where the results go: unmerge them first; nothing was written"
    ),
    {
      setup: (host) => {
        agenciesTable()(host);
        host.merge("Sheet1!Z3:AA3");
      },
      act: analyzeAgenciesOfSelection,
    }
  ),
  refused(
    "agencies-single-cell",
    {
      th: "เลือกเพียงเซลล์เดียวแทนตารางหน่วยงาน",
      en: "A single cell selected instead of the table of agencies",
    },
    "C3 selected",
    seen(
      "Sheet1!C3",
      `เลือกไว้เพียงเซลล์เดียว โปรดเลือกทั้งตารางหน่วยงานตั้งแต่แถวหัวตารางถึงหน่วยงานสุดท้าย (เช่น คลิกในตารางแล้วกด Ctrl+A) ${NOT_WRITTEN_TH}`,
      "only one cell is selected: select the whole table of agencies, from its header row to the last agency (e.g. click in the table and press Ctrl+A); nothing was written"
    ),
    { setup: agenciesTable({}, "Sheet1!C3"), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-empty-selection",
    {
      th: "ช่วงที่เลือกสำหรับหลายหน่วยงานไม่มีข้อมูล",
      en: "An empty selection for many agencies",
    },
    "AK10:AP20 selected, all empty",
    seen(
      "Sheet1!AK10:AP20",
      `ช่วงที่เลือกไม่มีข้อมูล โปรดเลือกตารางหน่วยงานพร้อมแถวหัวตาราง ${NOT_WRITTEN_TH}`,
      "the selection holds no data: select the table of agencies with its header row; nothing was written"
    ),
    { setup: agenciesTable({}, "Sheet1!AK10:AP20"), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-read-only-workbook",
    {
      th: "สมุดงานที่มีตารางหน่วยงานเปิดแบบอ่านอย่างเดียว",
      en: "The workbook holding the table of agencies is open read-only",
    },
    "workbook.readOnly = true",
    seen(
      "Sheet1",
      `สมุดงานนี้เปิดแบบอ่านอย่างเดียว ส่วนเสริมจึงเขียนผลไม่ได้ โปรดเปิดเพื่อแก้ไข (หรือบันทึกเป็นสำเนา) แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the workbook is open read-only, so the add-in cannot write the results: open it for editing (or save a copy), then try again; nothing was written"
    ),
    { options: { readOnly: true }, setup: agenciesTable(), act: analyzeAgenciesOfSelection }
  ),
  refused(
    "agencies-excel-table",
    {
      th: "ตารางหน่วยงานจัดรูปแบบเป็นตาราง Excel ซึ่งจะขยายมาครอบผล",
      en: "The table of agencies formatted as an Excel Table, which would spread over the results",
    },
    "A1:Y4 formatted as Table1",
    seen(
      "Sheet1!Z1:AH4",
      `ช่องที่จะเขียนผลอยู่ในหรืออยู่ติดกับตาราง Excel "Table1" ซึ่ง Excel จะขยายตารางมาครอบผลและเติมสูตรลงทั้งคอลัมน์ของตาราง ทำให้เซลล์อื่นเปลี่ยนไป โปรดแปลงตารางเป็นช่วงปกติ (ออกแบบตาราง › แปลงเป็นช่วง) หรือย้ายตาราง แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      'the cells for the results are in or right beside the Excel Table "Table1", which Excel would extend over them (filling formulas down its columns), changing other cells: convert the table to a range (Table Design › Convert to Range) or move it, then try again; nothing was written'
    ),
    {
      setup: (host) => {
        agenciesTable()(host);
        host.addTable("Sheet1!A1:Y4");
      },
      act: analyzeAgenciesOfSelection,
    }
  ),
  refused(
    "agencies-structure-protected",
    {
      th: "โครงสร้างสมุดงานถูกป้องกัน จึงเพิ่มแผ่นงานสรุปของหลายหน่วยงานไม่ได้",
      en: "The workbook's structure protected, so the agencies' summary sheet cannot be added",
    },
    "Review › Protect Workbook, then Many agencies",
    seen(
      "สมุดงาน / workbook",
      `โครงสร้างสมุดงานถูกป้องกัน จึงเพิ่มแผ่นงานไม่ได้ โปรดยกเลิกการป้องกันสมุดงาน (รีวิว › ป้องกันสมุดงาน) แล้วลองอีกครั้ง ${NOT_WRITTEN_TH}`,
      "the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written"
    ),
    {
      setup: (host) => {
        agenciesTable()(host);
        host.protectWorkbook();
      },
      act: analyzeAgenciesOfSelection,
    }
  ),
  refused(
    "agencies-too-large-to-read",
    {
      th: "ตารางหน่วยงานใหญ่เกินกว่าที่ Excel บนเว็บส่งได้ในครั้งเดียว (5 MB)",
      en: "A table of agencies larger than Excel on the web can send in one answer (5 MB)",
    },
    "a table whose first rows weigh more than Excel on the web answers at once (the host's limit lowered to 1 KB)",
    seen(
      "Excel",
      "ข้อมูลที่ต้องอ่านมากเกินกว่าที่ Excel บนเว็บส่งได้ในครั้งเดียว โปรดเลือกช่วงที่เล็กลงหรือลบคอลัมน์ที่ไม่ใช้",
      "too much data for Excel on the web to send in one answer: select a smaller range, or remove the columns not needed"
    ),
    { options: { maxResponseBytes: 1_000 }, setup: agenciesTable(), act: analyzeAgenciesOfSelection }
  ),
];
