/**
 * Bad inputs of the pane surface: see catalogue.ts. Each case builds the officer's workbook on a fresh
 * in-memory Excel host, runs the real action (preview, Analyze, generate report), and reports whether the
 * action failed, the first issue shown and the workbook changes: none for a refusal; for an accepted input,
 * none outside the output block the action declared (and the add-in's record of that block, a hidden
 * workbook name).
 */
import { parseRangeReference, Validated } from "../../src/core";
import { analyze } from "../../src/excel/analyze";
import { analyzeAgencies } from "../../src/excel/batch";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { insertFrameworkSheet } from "../../src/excel/framework-sheet";
import { generateReport } from "../../src/excel/report";
import { generateProgressReport } from "../../src/excel/progress-report";
import { generateTrackingSheet } from "../../src/excel/tracking-sheet";
import { createExcelHost, ExcelHost, ExcelHostOptions } from "../support/excel-host";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase, Observed, SeenMessage } from "./catalogue";

interface Scenario {
  readonly options?: ExcelHostOptions;
  /** The officer's workbook: test controls, and earlier actions (insert the input sheet, Analyze once). */
  readonly setup: (host: ExcelHost) => unknown;
  /** The action under test, with the outcome the pane shows. */
  readonly act: () => Promise<Validated<unknown>>;
}

const seen = (location: string, th: string, en: string): SeenMessage => ({ location, th, en });

/** Runs a scenario on a fresh host: the snapshot before the action, the outcome, the snapshot after. */
async function play(scenario: Scenario) {
  const host = createExcelHost(scenario.options);
  const uninstall = host.install();
  try {
    host.setActiveSheet("Sheet1");
    await scenario.setup(host);
    const before = host.snapshot();
    const outcome = await scenario.act();
    return { outcome, changes: host.diffSnapshots(before, host.snapshot()) };
  } finally {
    uninstall();
  }
}

/** "Sheet1!F4 value (none) → 3.28" is inside "Sheet1!F3:I13"; a line about anything else is not. */
function insideBlock(line: string, block: string): boolean {
  const match = /^((?:'(?:[^']|'')+'|[^\s!']+)![A-Z]+\d+) /.exec(line);
  const cell = match ? parseRangeReference(match[1] ?? "") : undefined;
  const range = parseRangeReference(block);
  if (!cell || !range || cell.sheet.toLowerCase() !== range.sheet.toLowerCase()) return false;
  const { row, column } = cell.start;
  return (
    row >= range.start.row &&
    row <= range.end.row &&
    column >= range.start.column &&
    column <= range.end.column
  );
}

/**
 * What the officer sees after the action. Refused: the first issue, and every workbook change (there must
 * be none). Accepted: the first warning (or a note that there was none), and the changes outside the output
 * block the action declared (the add-in's own record of the block, the hidden name "ITA_Output", belongs to
 * the output).
 */
async function observe(scenario: Scenario): Promise<Observed> {
  const { outcome, changes } = await play(scenario);
  if (!outcome.ok) {
    const first = outcome.issues[0];
    return {
      refused: true,
      message: seen(first?.location ?? "", first?.messageTh ?? "", first?.messageEn ?? ""),
      changes,
    };
  }
  const output = (outcome.value as { outputAddress?: string }).outputAddress ?? "";
  const warning = outcome.warnings[0];
  return {
    refused: false,
    message: warning
      ? seen(warning.location, warning.messageTh, warning.messageEn)
      : seen("", "รับข้อมูลโดยไม่มีคำเตือน", "accepted without a warning"),
    changes: changes.filter((line) => !insideBlock(line, output) && !/^name ITA_Output(_\d+)? /.test(line)),
  };
}

// ---- the officer's sheets ----------------------------------------------------------------------------

/** This year's ten scores in Sheet1!C4:C13, one cell changed, selected. */
function scoresWith(changes: Readonly<Record<string, unknown>> = {}) {
  return (host: ExcelHost) => {
    host.setCells(
      "Sheet1!C4:C13",
      SEED_2565.map((score) => [score])
    );
    for (const [address, value] of Object.entries(changes)) host.setCell(address, value);
    host.select("Sheet1!C4:C13");
  };
}

/** The seed's 2565 scores in C4:C13 under a header cell C3 reading `header`, the whole column selected. */
function scoresHeaded(header: string) {
  return (host: ExcelHost) => {
    host.setCells("Sheet1!C3:C13", [[header], ...SEED_2565.map((score) => [score])]);
    host.select("Sheet1!C3:C13");
  };
}

/** The seed's comparison table in Sheet1!C3:E13: names, 2564, 2565, with a header naming the years. */
function seedTable(host: ExcelHost): void {
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i] ?? 0, SEED_2565[i] ?? 0]),
  ]);
}

const analyze2565 = () => analyze({ fiscalYear: 2565, mode: "formulas" });

/** The add-in's input sheet of 2565 with the seed's scores (and, optionally, item results) typed in. */
async function filledInputSheet(host: ExcelHost, items: Readonly<Record<string, unknown>> = {}) {
  const inserted = await insertInputSheet({ fiscalYear: 2565, agency: "เทศบาลตำบลด่านเกวียน" });
  if (!inserted.ok || !inserted.value.itemsAddress) throw new Error("the input sheet was not inserted");
  host.setCells(
    "'ITA 2565'!D5:E14",
    SEED_2565.map((score, i) => [score, SEED_2564[i] ?? 0])
  );
  for (const [cell, value] of Object.entries(items)) host.setCell(`'ITA 2565'!${cell}`, value);
  return { analysisAddress: inserted.value.analysisAddress, itemsAddress: inserted.value.itemsAddress };
}

const INPUT_BLOCK = "'ITA 2565'!C4:G14";
const ITEMS_BLOCK = "'ITA 2565'!A18:D105";
const report = (extra: { inputAddress?: string; itemsAddress?: string } = {}) =>
  generateReport({
    fiscalYear: 2565,
    inputAddress: extra.inputAddress ?? INPUT_BLOCK,
    itemsAddress: extra.itemsAddress,
    digits: "thai",
    chart: true,
  });

/** Input sheet rows: i1 is row 18; i28 row 45; o11 (30 IIT + 15 EIT + 11) row 73. */
const ROW_I1 = 18;
const ROW_I28 = 45;
const ROW_O11 = 73;

const refused = (
  id: string,
  kind: { th: string; en: string },
  example: string,
  expected: SeenMessage,
  scenario: Scenario
): BadInputCase => ({
  id: `pane-${id}`,
  surface: "pane",
  kind,
  example,
  outcome: "refused",
  expected,
  run: () => observe(scenario),
});

const accepted = (
  id: string,
  kind: { th: string; en: string },
  example: string,
  expected: SeenMessage,
  scenario: Scenario
): BadInputCase => ({
  id: `pane-${id}`,
  surface: "pane",
  kind,
  example,
  outcome: "accepted",
  expected,
  run: () => observe(scenario),
});

const NOT_WRITTEN_TH = "ระบบยังไม่ได้เขียนข้อมูลใด ๆ";

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

export const paneCases: readonly BadInputCase[] = [
  // ---- what a score cell holds --------------------------------------------------------------------
  refused(
    "non-numeric-text",
    { th: "ข้อความที่ไม่ใช่ตัวเลขในช่องคะแนน", en: "Text that is not a number in a score cell" },
    'C5 = "n/a"',
    seen("Sheet1!C5", '"n/a" ไม่ใช่คะแนน', '"n/a" is not a score'),
    { setup: scoresWith({ "Sheet1!C5": "n/a" }), act: analyze2565 }
  ),
  refused(
    "blank-cell",
    { th: "ช่องคะแนนว่าง", en: "An empty score cell" },
    "C8 empty",
    seen("Sheet1!C8", "ช่องว่าง ไม่มีคะแนน", "the cell is blank: no score"),
    { setup: scoresWith({ "Sheet1!C8": "" }), act: analyze2565 }
  ),
  accepted(
    "zero-score",
    { th: "คะแนน 0 (อาจตั้งใจเว้นว่าง)", en: "A score of 0 (perhaps meant as blank)" },
    "C8 = 0",
    seen(
      "Sheet1!C8",
      "คะแนนเป็น 0 ซึ่งเป็นคะแนนที่ใช้ได้ แต่หากตั้งใจเว้นว่างไว้หรือเป็นสูตรที่อ้างถึงช่องว่าง โปรดตรวจสอบ",
      "the score is 0, a valid score; check that the cell was not meant to be blank (a formula that points at an empty cell shows 0)"
    ),
    { setup: scoresWith({ "Sheet1!C8": 0 }), act: analyze2565 }
  ),
  accepted(
    "all-scores-zero",
    {
      th: "คะแนนเป็น 0 ทุกตัวชี้วัด (สูตรอ้างถึงแผ่นงานที่ยังไม่ได้กรอก)",
      en: "Every score is 0 (formulas that point at a sheet not filled in yet)",
    },
    "C4:C13 = =Sheet2!B4 … =Sheet2!B13, all empty",
    seen(
      "Sheet1!C4:C13",
      "คะแนนปี 2565 เป็น 0 ทุกตัวชี้วัด หากยังไม่ได้กรอกคะแนนหรือสูตรอ้างถึงช่องว่าง โปรดกรอกคะแนนจริงก่อน ระบบวิเคราะห์ตามค่าที่อ่านได้",
      "every score of 2565 is 0: if the scores are not filled in yet, or the formulas point at empty cells, fill them in; the add-in analysed the values as read"
    ),
    {
      setup: (host) => {
        host.addSheet("Sheet2");
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((_, i) => [`=Sheet2!B${i + 4}`])
        );
        host.select("Sheet1!C4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "negative-score",
    { th: "คะแนนติดลบ", en: "A negative score" },
    "C6 = -5",
    seen("Sheet1!C6", "คะแนน -5 อยู่นอกช่วง 0–100", "the score -5 is outside 0–100"),
    { setup: scoresWith({ "Sheet1!C6": -5 }), act: analyze2565 }
  ),
  refused(
    "score-above-100",
    { th: "คะแนนเกิน 100", en: "A score above 100" },
    "C6 = 101",
    seen("Sheet1!C6", "คะแนน 101 อยู่นอกช่วง 0–100", "the score 101 is outside 0–100"),
    { setup: scoresWith({ "Sheet1!C6": 101 }), act: analyze2565 }
  ),
  refused(
    "error-na",
    { th: "ช่องที่มีค่าผิดพลาด #N/A", en: "An error cell: #N/A" },
    "C12 = =NA()",
    seen("Sheet1!C12", "ช่องมีค่าผิดพลาด #N/A ของ Excel", "the cell holds the Excel error #N/A"),
    { setup: scoresWith({ "Sheet1!C12": "=NA()" }), act: analyze2565 }
  ),
  refused(
    "error-div0",
    { th: "ช่องที่มีค่าผิดพลาด #DIV/0!", en: "An error cell: #DIV/0!" },
    "C9 = =1/0",
    seen("Sheet1!C9", "ช่องมีค่าผิดพลาด #DIV/0! ของ Excel", "the cell holds the Excel error #DIV/0!"),
    { setup: scoresWith({ "Sheet1!C9": "=1/0" }), act: analyze2565 }
  ),
  refused(
    "error-ref",
    {
      th: "ช่องที่มีค่าผิดพลาด #REF! (สูตรอ้างถึงเซลล์ที่ถูกลบ)",
      en: "An error cell: #REF! (a formula whose cells were deleted)",
    },
    "C10 = #REF!",
    seen("Sheet1!C10", "ช่องมีค่าผิดพลาด #REF! ของ Excel", "the cell holds the Excel error #REF!"),
    { setup: scoresWith({ "Sheet1!C10": "#REF!" }), act: analyze2565 }
  ),
  refused(
    "boolean",
    { th: "ค่าตรรกะ TRUE/FALSE ในช่องคะแนน", en: "A logical value (TRUE/FALSE) in a score cell" },
    "C7 = TRUE",
    seen("Sheet1!C7", "ค่าตรรกะ TRUE ไม่ใช่ตัวเลข", "the logical value TRUE is not a number"),
    { setup: scoresWith({ "Sheet1!C7": true }), act: analyze2565 }
  ),
  refused(
    "date-formatted",
    {
      th: "ช่องคะแนนที่จัดรูปแบบเป็นวันที่ (แสดง 25/3/1900)",
      en: "A score cell formatted as a date (it shows 25/3/1900)",
    },
    "C5 = 85.08, format d/m/yyyy",
    seen(
      "Sheet1!C5",
      "ช่องนี้จัดรูปแบบเป็นวันที่ จึงแสดงวันที่แทนคะแนน โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วตรวจสอบคะแนน",
      "the cell is formatted as a date, so it shows a date, not a score: format it as a number and check the score"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.setNumberFormat("Sheet1!C5", "d/m/yyyy");
      },
      act: analyze2565,
    }
  ),
  refused(
    "percent-formatted",
    {
      th: "ช่องคะแนนที่จัดรูปแบบเป็นร้อยละ (แสดง 85.08% แต่เก็บ 0.8508)",
      en: "A score cell formatted as a percentage (shows 85.08%, holds 0.8508)",
    },
    'C5 = "85.08%" typed',
    seen(
      "Sheet1!C5",
      "ช่องนี้จัดรูปแบบเป็นร้อยละ ค่าที่เก็บจริงคือ 0.8508 ไม่ใช่คะแนน 0–100 ที่แสดง โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนโดยไม่มีเครื่องหมาย %",
      "the cell is formatted as a percentage: it holds 0.8508, not the 0–100 score it shows; format it as a number and type the score without %"
    ),
    {
      // Excel stores a typed "85.08%" as 0.8508 formatted 0.00%; the host does not parse "%" input itself.
      setup: (host) => {
        scoresWith({ "Sheet1!C5": 0.8508 })(host);
        host.setNumberFormat("Sheet1!C5", "0.00%");
      },
      act: analyze2565,
    }
  ),
  accepted(
    "thai-digits",
    { th: "คะแนนเป็นเลขไทย", en: "Scores in Thai digits" },
    'C5 = "๘๕.๐๘"',
    seen(
      "Sheet1!C4:C13",
      "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
      "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
    ),
    { setup: scoresWith({ "Sheet1!C5": "๘๕.๐๘" }), act: analyze2565 }
  ),
  accepted(
    "mixed-digits",
    { th: "คะแนนที่ปนเลขไทยกับเลขอารบิก", en: "Thai and Arabic digits mixed in one score" },
    'C4 = "9๑.2๑"',
    seen(
      "Sheet1!C4:C13",
      "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
      "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
    ),
    { setup: scoresWith({ "Sheet1!C4": "9๑.2๑" }), act: analyze2565 }
  ),
  refused(
    "full-width-digits",
    { th: "ตัวเลขแบบเต็มความกว้าง (０–９ ของแป้นพิมพ์จีน/ญี่ปุ่น)", en: "Full-width digits (０–９)" },
    'C5 = "８５.０８"',
    seen(
      "Sheet1!C5",
      '"８５.０８" ใช้ตัวเลขแบบเต็มความกว้าง (０–９) โปรดพิมพ์ใหม่ด้วยเลขไทยหรือเลขอารบิก',
      '"８５.０８" uses full-width digits (０–９); retype it with Thai or Arabic digits'
    ),
    { setup: scoresWith({ "Sheet1!C5": "８５.０８" }), act: analyze2565 }
  ),
  accepted(
    "thousands-separator",
    {
      th: "ปีในหัวคอลัมน์มีเครื่องหมายคั่นหลักพัน",
      en: "A year in the header with a thousands separator",
    },
    'C3 = "คะแนน ๒,๕๖๕" (pane set to 2568)',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2565 จึงวิเคราะห์ตามกรอบการประเมินปี 2565 (แผงงานเลือกปี 2568 ไว้)",
      "the header says 2565, so the scores are analysed as fiscal year 2565 (the pane was set to 2568)"
    ),
    {
      setup: scoresHeaded("คะแนน ๒,๕๖๕"),
      act: () => analyze({ fiscalYear: 2568, mode: "formulas" }),
    }
  ),

  // ---- the range -----------------------------------------------------------------------------------
  refused(
    "wrong-size",
    { th: "เลือกช่วงผิดขนาด (9 ช่อง)", en: "A range of the wrong size (9 cells)" },
    "C4:C12 selected",
    seen(
      "Sheet1!C4:C12",
      "ช่วงที่เลือกมี 9 แถว × 1 คอลัมน์ ต้องเลือกคะแนน 10 ตัวชี้วัดเป็นคอลัมน์หรือแถว (10 ช่อง หรือ 11 ช่องรวมหัวตาราง) รวมชื่อตัวชี้วัดและคะแนนปีก่อน ๆ ได้ไม่เกิน 6 คอลัมน์",
      "the selection is 9 rows × 1 columns: select the 10 indicator scores as a column or a row (10 cells, or 11 with a header), with at most 6 columns including names and earlier years' scores"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!C4:C12");
      },
      act: analyze2565,
    }
  ),
  refused(
    "wrong-shape",
    { th: "เลือกช่วงผิดรูป (2 แถว × 5 คอลัมน์)", en: "A range of the wrong shape (2 rows × 5 columns)" },
    "C4:G5 selected, ten scores",
    seen(
      "Sheet1!C4:G5",
      "ช่วงที่เลือกมี 2 แถว × 5 คอลัมน์ ต้องเลือกคะแนน 10 ตัวชี้วัดเป็นคอลัมน์หรือแถว (10 ช่อง หรือ 11 ช่องรวมหัวตาราง) รวมชื่อตัวชี้วัดและคะแนนปีก่อน ๆ ได้ไม่เกิน 6 คอลัมน์",
      "the selection is 2 rows × 5 columns: select the 10 indicator scores as a column or a row (10 cells, or 11 with a header), with at most 6 columns including names and earlier years' scores"
    ),
    {
      setup: (host) => {
        host.setCells("Sheet1!C4:G5", [SEED_2565.slice(0, 5), SEED_2565.slice(5)]);
        host.select("Sheet1!C4:G5");
      },
      act: analyze2565,
    }
  ),
  refused(
    "whole-column",
    { th: "เลือกทั้งคอลัมน์", en: "A whole column selected" },
    "C:C selected",
    seen(
      "Sheet1!C:C",
      "เลือกไว้ทั้งคอลัมน์ โปรดเลือกเฉพาะช่องคะแนน 10 ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)",
      "whole columns are selected: select only the cells of the 10 indicator scores (with their header, names and earlier years' scores, if you like)"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!C:C");
      },
      act: analyze2565,
    }
  ),
  refused(
    "whole-sheet",
    { th: "เลือกทั้งแผ่นงาน", en: "The whole sheet selected" },
    "Ctrl+A: 1:1048576 selected",
    seen(
      "Sheet1!1:1048576",
      "เลือกไว้ทั้งแผ่นงาน โปรดเลือกเฉพาะคะแนน 10 ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)",
      "the whole sheet is selected: select only the 10 indicator scores (with their header, names and earlier years' scores, if you like)"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!1:1048576");
      },
      act: analyze2565,
    }
  ),
  refused(
    "merged-cells",
    { th: "มีเซลล์ที่ผสานไว้ในช่วง", en: "Merged cells in the range" },
    "C5:D5 merged",
    seen(
      "Sheet1!C5:D5",
      "มีเซลล์ที่ผสานไว้ในช่วงข้อมูลหรือช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน",
      "merged cells in the input or where the results go: unmerge them first"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.merge("Sheet1!C5:D5");
      },
      act: analyze2565,
    }
  ),
  refused(
    "hidden-rows",
    { th: "มีแถวที่ซ่อนไว้ในช่วง", en: "Hidden rows inside the range" },
    "row 7 hidden",
    seen(
      "Sheet1!7:7",
      "แถว 7 ในช่วงที่เลือกถูกซ่อนไว้ ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดยกเลิกการซ่อนแถวและตรวจสอบค่าก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "row 7 of the selection is hidden, so not every value that would be analysed is in view: unhide it and check the values first; nothing was written"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.setHidden("Sheet1!7:7");
      },
      act: analyze2565,
    }
  ),
  refused(
    "filtered-rows",
    { th: "ช่วงที่ถูกกรอง (ตัวกรองซ่อนบางแถว)", en: "A filtered range (rows hidden by a filter)" },
    "AutoFilter on C3:E13, 2565 ≥ 85",
    seen(
      "Sheet1!7:8",
      "แถว 7, 8 ในช่วงที่เลือกถูกซ่อนโดยตัวกรอง (AutoFilter) ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดล้างตัวกรองก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "rows 7, 8 of the selection are hidden by a filter, so not every value that would be analysed is in view: clear the filter first; nothing was written"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.applyAutoFilter("Sheet1!C3:E13", 2, { filterOn: "Custom", criterion1: ">=85" });
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "hidden-column",
    { th: "มีคอลัมน์ที่ซ่อนไว้ในช่วง", en: "A hidden column inside the range" },
    "column D (2564) hidden",
    seen(
      "Sheet1!D:D",
      "คอลัมน์ D ในช่วงที่เลือกถูกซ่อนไว้ ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดยกเลิกการซ่อนคอลัมน์และตรวจสอบค่าก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "column D of the selection is hidden, so not every value that would be analysed is in view: unhide it and check the values first; nothing was written"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.setHidden("Sheet1!D:D");
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "input-includes-output",
    {
      th: "ช่วงที่เลือกซ้อนทับผลที่ Analyze เขียนไว้",
      en: "The selection overlaps the output Analyze wrote",
    },
    "C3:F13 selected after Analyze wrote F3:I13",
    seen(
      "Sheet1!C3:F13",
      "ช่วงที่เลือกรวมผลการวิเคราะห์ที่ส่วนเสริมเขียนไว้ (Sheet1!F3:I13) โปรดเลือกเฉพาะคะแนน ชื่อตัวชี้วัด และหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the selection takes in the results the add-in wrote earlier (Sheet1!F3:I13): select only the scores, their names and header; nothing was written"
    ),
    {
      setup: async (host) => {
        seedTable(host);
        host.select("Sheet1!C3:E13");
        if (!(await analyze2565()).ok) throw new Error("the first Analyze failed");
        host.select("Sheet1!C3:F13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "output-not-empty",
    {
      th: "ช่องที่จะเขียนผลมีข้อมูลของเจ้าหน้าที่อยู่",
      en: "The output block would overwrite the officer's data",
    },
    'E6 = "หมายเหตุ" beside the scores',
    seen(
      "Sheet1!D4:F13",
      "ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (Sheet1!E6) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ",
      "the cells for the results are not empty (Sheet1!E6); the add-in writes only into empty cells or its own earlier output, so nothing was written"
    ),
    { setup: scoresWith({ "Sheet1!E6": "หมายเหตุ" }), act: analyze2565 }
  ),

  // ---- indicators and years ------------------------------------------------------------------------
  refused(
    "duplicate-indicator",
    { th: "ชื่อหรือเลขตัวชี้วัดซ้ำ", en: "An indicator named twice" },
    'B7 = "ตัวชี้วัดที่ 3" (B6 too)',
    seen("Sheet1!B7", "ตัวชี้วัดที่ 3 ซ้ำ", "indicator 3 appears twice"),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!B4:C13",
          SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i === 3 ? 3 : i + 1}`, score])
        );
        host.select("Sheet1!B4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "unknown-indicator",
    {
      th: "ชื่อตัวชี้วัดที่ไม่รู้จัก (ตัวชี้วัดหนึ่งจึงขาดไป)",
      en: "An indicator name the add-in does not know (so one is missing)",
    },
    'B8 = "ตัวชี้วัดอื่น ๆ"',
    seen("Sheet1!B8", 'ไม่รู้จักตัวชี้วัด "ตัวชี้วัดอื่น ๆ"', '"ตัวชี้วัดอื่น ๆ" names no indicator'),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!B4:C13",
          SEED_2565.map((score, i) => [i === 4 ? "ตัวชี้วัดอื่น ๆ" : (INDICATOR_NAMES[i] ?? ""), score])
        );
        host.select("Sheet1!B4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "years-unnamed",
    {
      th: "คะแนนสองปีโดยไม่มีหัวคอลัมน์ระบุปี",
      en: "Two years of scores without a header naming the years",
    },
    "C4:D13 selected, no header",
    seen(
      "Sheet1!C4:D13",
      "มีคะแนนสองชุดแต่ไม่รู้ว่าชุดใดเป็นของปีใด โปรดเลือกแถวหัวตารางที่ระบุปี (เช่น 2564, 2565) ด้วย",
      "two sets of scores but no way to tell the years apart: include a header row naming the years (e.g. 2564, 2565)"
    ),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!C4:D13",
          SEED_2565.map((score, i) => [SEED_2564[i] ?? 0, score])
        );
        host.select("Sheet1!C4:D13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "future-year-in-header",
    { th: "หัวคอลัมน์ระบุปีที่ยังไม่มีกรอบการประเมิน", en: "A future fiscal year in the header" },
    'C3 = "คะแนน 2570"',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2570 ซึ่งยังไม่มีกรอบการประเมิน",
      "the header says 2570, a fiscal year without an ITA framework"
    ),
    {
      setup: scoresHeaded("คะแนน 2570"),
      act: analyze2565,
    }
  ),
  refused(
    "unknown-fiscal-year",
    { th: "ปีงบประมาณที่ไม่มีกรอบการประเมิน", en: "A fiscal year without a framework" },
    "the pane's year: 2561",
    seen(
      "ปีงบประมาณ / fiscal year",
      "ยังไม่มีกรอบการประเมินของปี 2561 แทรกแผ่นงานกรอบ ITA 2561 (ปุ่มใต้ช่องปีงบประมาณ) ตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วลองอีกครั้ง",
      "no ITA framework for 2561: insert the framework sheet ITA 2561 (the button under the fiscal year), correct it to what the NACC publishes, and try again"
    ),
    { setup: scoresWith(), act: () => analyze({ fiscalYear: 2561, mode: "formulas" }) }
  ),
  refused(
    "common-era-year-in-header",
    { th: "หัวคอลัมน์ระบุปีคริสต์ศักราช", en: "A Common-Era year in the header" },
    'C3 = "คะแนน 2022"',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2022 ซึ่งเป็นปีคริสต์ศักราช โปรดระบุปีพุทธศักราช 2565",
      "the header says 2022, a Common-Era year: write the Buddhist-era year 2565"
    ),
    {
      setup: scoresHeaded("คะแนน 2022"),
      act: analyze2565,
    }
  ),
  refused(
    "previous-year-not-earlier",
    {
      th: "หัวตารางระบุปีผิดลำดับ (ปีก่อนมากกว่าปีที่ประเมิน)",
      en: "Years in the wrong order (the previous year after the assessed one)",
    },
    'D3 = "คะแนนปีก่อน 2566", E3 = "คะแนน 2565"',
    seen(
      "Sheet1!D3",
      "ปีก่อนหน้า (2566) ต้องมาก่อนปีที่ประเมิน (2565)",
      "the previous year (2566) must be earlier than the assessed year (2565)"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.setCells("Sheet1!D3:E3", [["คะแนนปีก่อน 2566", "คะแนน 2565"]]);
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),

  // ---- item results (the report) -------------------------------------------------------------------
  refused(
    "unknown-item-code",
    { th: "รหัสข้อคำถามที่ไม่มีในปีนั้น", en: "An item code that year does not have" },
    'A18 = "i31", D18 = 80',
    seen("'ITA 2565'!A18", "ไม่มีข้อ i31 ในการประเมินปีงบประมาณ 2565", "there is no item i31 in fiscal year 2565"),
    {
      setup: (host) => filledInputSheet(host, { [`A${ROW_I1}`]: "i31", [`D${ROW_I1}`]: 80 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "item-digit-for-letter",
    { th: "รหัสข้อพิมพ์เลข 1 แทนตัวอักษร I", en: "An item code with the digit 1 for the letter I" },
    'A45 = "1๒๘"',
    seen(
      "'ITA 2565'!A45",
      '"1๒๘" ขึ้นต้นด้วยเลข 1 แทนตัวอักษร I หมายถึง i28 หรือไม่',
      '"1๒๘" starts with the digit 1, not the letter I: did you mean i28?'
    ),
    {
      setup: (host) => filledInputSheet(host, { [`A${ROW_I28}`]: "1๒๘", [`D${ROW_I28}`]: 80.1 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "oit-not-pass-fail",
    { th: "ผลข้อ OIT ที่ไม่ใช่ ผ่าน/ไม่ผ่าน", en: "An OIT item value that is not pass/fail" },
    "D73 (o11) = 50",
    seen(
      "'ITA 2565'!D73",
      "50 ไม่ใช่ผลการตรวจ OIT (ใช้ ผ่าน/ไม่ผ่าน, มี/ไม่มี หรือ 100/0)",
      "50 is not an OIT result (use pass/fail or 100/0)"
    ),
    {
      setup: (host) => filledInputSheet(host, { [`D${ROW_O11}`]: 50 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "items-overlap-scores",
    {
      th: "ช่วงคะแนนรายข้อซ้อนทับช่วงคะแนนตัวชี้วัด",
      en: "The item block overlaps the indicator scores",
    },
    "items 'ITA 2565'!A10:D40, scores 'ITA 2565'!C4:G14",
    seen(
      "'ITA 2565'!A10:D40",
      "ช่วงคะแนนรายข้อซ้อนทับกับช่วงคะแนนตัวชี้วัด ('ITA 2565'!C4:G14) เซลล์เดียวกันจะถูกอ่านเป็นทั้งสองอย่าง โปรดแยกสองช่วงออกจากกัน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the item block overlaps the indicator scores ('ITA 2565'!C4:G14), so the same cells would be read as both: keep the two blocks apart; nothing was written"
    ),
    {
      setup: (host) => filledInputSheet(host),
      act: () => report({ itemsAddress: "'ITA 2565'!A10:D40" }),
    }
  ),

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
