/**
 * Bad inputs of the cli surface in the file `ita report` reads when it is not JSON: an empty or missing
 * file, a file that is not a workbook, pasted text and its --year, a CSV, and the officer's own workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { INDICATOR_NAMES as INDICATORS, SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { sheetRows, workbookBytes } from "./cli-inputs";
import { REPORT, report, runCli } from "./cli-run";

/** The seed's section ๓ comparison table as pasted from the report (markdown pipes, Thai digits). */
const COMPARISON_MARKDOWN = readFileSync(
  join(__dirname, "..", "fixtures", "pasted", "comparison-markdown.txt"),
  "utf8"
);

/** The seed's per-tool table rows (section ๕), whose header names no year. */
const PER_TOOL = [
  "| ตัวชี้วัด | ผลคะแนน |",
  "|---|---------|",
  ...INDICATORS.map((name, i) => `| ตัวชี้วัดที่ ${i + 1} ${name} | ${(SEED_2565[i] ?? 0).toFixed(2)} |`),
  "",
].join("\n");

export const cliInputFileCases: readonly BadInputCase[] = [
  {
    id: "cli-empty-file",
    surface: "cli",
    kind: { th: "ไฟล์ว่างเปล่า", en: "an empty file" },
    example: "scores.json (0 bytes)",
    outcome: "refused",
    expected: {
      location: "scores.json",
      th: "ไฟล์ว่างเปล่า ไม่มีข้อมูลให้อ่าน",
      en: "the file is empty: there is nothing to read",
    },
    run: report("scores.json", ""),
  },
  {
    id: "cli-missing-file",
    surface: "cli",
    kind: { th: "ไม่มีไฟล์ตามชื่อที่ระบุ", en: "no file by that name" },
    example: "ita report ita-2565.json",
    outcome: "refused",
    expected: { location: "ita-2565.json", th: "ไม่พบไฟล์", en: "file not found" },
    run: () =>
      runCli({
        files: {},
        argv: ["report", "{dir}/ita-2565.json", "-o", `{dir}/${REPORT}`],
        input: "ita-2565.json",
        report: REPORT,
      }),
  },
  {
    id: "cli-xlsx-renamed-file",
    surface: "cli",
    kind: { th: "ไฟล์อื่นที่เปลี่ยนนามสกุลเป็น .xlsx", en: "another file renamed to .xlsx" },
    example: "scores.xlsx (a text file)",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) แม้จะมีนามสกุล .xlsx อาจเป็นไฟล์ชนิดอื่นที่ถูกเปลี่ยนชื่อ โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx",
      en: "this is not an Excel workbook (.xlsx) despite its name, perhaps another kind of file renamed: open it in Excel and save it as .xlsx",
    },
    run: report("scores.xlsx", "ตัวชี้วัด,2565\n1,91.21\n"),
  },
  {
    id: "cli-xlsx-zip-not-workbook",
    surface: "cli",
    kind: { th: "ไฟล์ zip ที่ไม่ใช่สมุดงาน เปลี่ยนนามสกุลเป็น .xlsx", en: "a zip that is not a workbook, named .xlsx" },
    example: "scores.xlsx (a zip of documents)",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "ไฟล์นี้เป็นไฟล์บีบอัด (zip) แต่ไม่มีแผ่นงานของ Excel อยู่ข้างใน จึงไม่ใช่สมุดงาน .xlsx",
      en: "this file is a zip archive with no Excel worksheet inside, so it is not an .xlsx workbook",
    },
    run: report("scores.xlsx", async () => {
      const zip = new JSZip();
      zip.file("รายงาน ITA.txt", "ผลการประเมิน");
      return zip.generateAsync({ type: "nodebuffer" });
    }),
  },
  {
    id: "cli-xlsx-sheets-tie",
    surface: "cli",
    kind: {
      th: "สมุดงานมีสองแผ่นงานที่มีคะแนนครบเท่ากันแต่ต่างกัน",
      en: "a workbook with two sheets of as many scores that differ",
    },
    example: "ก่อนแก้: 1 = 90.00; หลังแก้: 1 = 91.21",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "แผ่นงาน 'ก่อนแก้', 'หลังแก้' พบคะแนนตัวชี้วัดจำนวนเท่ากัน (10 ตัวชี้วัด) แต่คะแนนไม่ตรงกัน จึงไม่ทราบว่าควรใช้แผ่นงานใด โปรดระบุด้วย --sheet",
      en: "the sheets 'ก่อนแก้', 'หลังแก้' each hold scores of 10 indicators, and the scores differ: choose one with --sheet",
    },
    run: report("scores.xlsx", () =>
      workbookBytes({
        ก่อนแก้: sheetRows(SEED_2565.map((score, i) => (i === 0 ? 90 : score))),
        หลังแก้: sheetRows(SEED_2565),
      })
    ),
  },
  {
    id: "cli-text-missing-indicator",
    surface: "cli",
    kind: { th: "ข้อความที่วางขาดตัวชี้วัดไปหนึ่งแถว", en: "pasted text with an indicator's row missing" },
    example: "the seed's comparison table without the row of การใช้งบประมาณ",
    outcome: "refused",
    expected: {
      location: "pasted.txt",
      th: "ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 2 การใช้งบประมาณ",
      en: "no 2565 score was found for indicator 2 (Use of budget)",
    },
    run: report(
      "pasted.txt",
      COMPARISON_MARKDOWN.split("\n")
        .filter((line) => !line.includes("การใช้งบประมาณ"))
        .join("\n")
    ),
  },
  {
    id: "cli-text-altered-change",
    surface: "cli",
    kind: {
      th: "ข้อความที่วางมีช่องการเปลี่ยนแปลงไม่ตรงกับคะแนน (พิมพ์ผิด)",
      en: "pasted text whose change column disagrees with its scores (a typo)",
    },
    example: "| ๖ | การใช้อำนาจ | ๘๒.๐๘ | ๘๗.๕๓ | +๕.๗๕ |",
    outcome: "refused",
    expected: {
      location: "pasted.txt, บรรทัด 10 ช่องที่ 5 (line 10, cell 5)",
      th: "การเปลี่ยนแปลงของตัวชี้วัดที่ 3 เขียนว่า 5.75 แต่ 2565 − 2564 = 5.45",
      en: "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN.replace("+๕.๔๕", "+๕.๗๕")),
  },
  {
    id: "cli-text-future-year",
    surface: "cli",
    kind: {
      th: "ข้อความที่วางมีหัวตารางเป็นปีที่ยังไม่มีกรอบการประเมิน",
      en: "pasted text headed by a year without a framework",
    },
    example: "| ตัวชี้วัด | คะแนน ๒๕๗๐ |",
    outcome: "refused",
    expected: {
      location: "pasted.txt, บรรทัด 3 ช่องที่ 2 (line 3, cell 2)",
      th: "หัวตารางระบุปีงบประมาณ 2570 ซึ่งยังไม่มีกรอบการประเมิน (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "the table header names fiscal year 2570, which has no ITA framework (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("pasted.txt", PER_TOOL.replace("ผลคะแนน", "คะแนน ๒๕๗๐")),
  },
  {
    id: "cli-text-no-scores",
    surface: "cli",
    kind: { th: "ข้อความที่วางไม่มีตารางคะแนน", en: "pasted text without a table of scores" },
    example: "เรียน นายกเทศมนตรี …",
    outcome: "refused",
    expected: {
      location: "pasted.txt",
      th: "ไม่พบชื่อตัวชี้วัดหรือรหัสข้อคำถามที่มีคะแนนอยู่ข้าง ๆ ในแผ่นงานนี้",
      en: "no indicator name or item code with a score beside it was found on this sheet",
    },
    run: report("pasted.txt", "เรียน นายกเทศมนตรี\n\nตามที่ได้รับการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๕ แล้ว\n"),
  },
  {
    id: "cli-year-option-unknown",
    surface: "cli",
    kind: { th: "ระบุ --year เป็นปีที่ยังไม่มีกรอบการประเมิน", en: "--year naming a year without a framework" },
    example: "ita report pasted.txt --year 2570",
    outcome: "refused",
    expected: {
      location: "--year",
      th: "ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570 (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "there is no ITA framework for fiscal year 2570 (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("pasted.txt", PER_TOOL, ["--year", "2570"]),
  },
  {
    id: "cli-csv-bom",
    surface: "cli",
    kind: { th: "CSV ที่ Excel บันทึกแบบ UTF-8 (มี BOM นำหน้า)", en: "a CSV saved by Excel as UTF-8 (with a BOM)" },
    example: "\\uFEFFตัวชี้วัด,2564,2565",
    outcome: "accepted",
    expected: {
      location: "scores.csv",
      th: 'อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากตารางที่คั่นด้วย ","',
      en: 'read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from a table separated by ","',
    },
    run: report(
      "scores.csv",
      `\uFEFF${["ตัวชี้วัด,2564,2565", ...SEED_2565.map((s, i) => `${i + 1},${SEED_2564[i]},${s}`)].join("\r\n")}\r\n`
    ),
  },
  {
    id: "cli-csv-semicolons",
    surface: "cli",
    kind: {
      th: "CSV คั่นด้วย ; และใช้ , เป็นจุดทศนิยม (Excel ที่ตั้งค่าภูมิภาคแบบยุโรป)",
      en: "a CSV separated by ; with , as the decimal mark (Excel with a European locale)",
    },
    example: "ตัวชี้วัด;2564;2565\n1;87,93;91,21",
    outcome: "accepted",
    expected: {
      location: "scores.csv",
      th: 'อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากตารางที่คั่นด้วย ";" และใช้ "," เป็นจุดทศนิยม',
      en: 'read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from a table separated by ";", with "," as the decimal mark',
    },
    run: report(
      "scores.csv",
      ["ตัวชี้วัด;2564;2565", ...SEED_2565.map((s, i) => `${i + 1};${SEED_2564[i]};${s}`)]
        .join("\n")
        .replace(/(\d)\.(\d)/g, "$1,$2")
    ),
  },
  {
    id: "cli-text-comparison-table",
    surface: "cli",
    kind: {
      th: "ตารางเปรียบเทียบที่คัดลอกจากรายงาน (เลขไทย เครื่องหมาย | และการเปลี่ยนแปลงแบบมีเครื่องหมาย)",
      en: "the comparison table copied from a report (Thai digits, | pipes, signed changes)",
    },
    example: "| ๖ | การใช้อำนาจ | ๘๒.๐๘ | ๘๗.๕๓ | +๕.๔๕ |",
    outcome: "accepted",
    expected: {
      location: "pasted.txt",
      th: "อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากข้อความที่วางไว้",
      en: "read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from the pasted text",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN),
  },
  {
    id: "cli-text-altered-change-accepted",
    surface: "cli",
    kind: {
      th: "ช่องการเปลี่ยนแปลงพิมพ์ผิด และเจ้าหน้าที่ยืนยันว่าคะแนนถูกต้อง (--accept-mismatches)",
      en: "a mistyped change the officer accepts, the scores being right (--accept-mismatches)",
    },
    example: "ita report pasted.txt --accept-mismatches",
    outcome: "accepted",
    expected: {
      location: "pasted.txt, บรรทัด 10 ช่องที่ 5 (line 10, cell 5)",
      th: "การเปลี่ยนแปลงของตัวชี้วัดที่ 3 เขียนว่า 5.75 แต่ 2565 − 2564 = 5.45",
      en: "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN.replace("+๕.๔๕", "+๕.๗๕"), ["--accept-mismatches"]),
  },
  {
    id: "cli-text-no-year",
    surface: "cli",
    kind: {
      th: "ตารางรายเครื่องมือที่วางไว้โดยไม่มีปีในหัวตาราง และไม่ได้ระบุ --year",
      en: "per-tool tables pasted without a year in their headers, and no --year",
    },
    example: "| ตัวชี้วัด | ผลคะแนน |",
    outcome: "accepted",
    expected: {
      location: "pasted.txt",
      th: "ไม่มีหัวตารางใดระบุปี จึงถือว่าคะแนนเป็นของปีงบประมาณ 2569 ซึ่งเป็นปีล่าสุดที่รองรับ หากไม่ใช่ปีนี้ โปรดระบุปีงบประมาณด้วย --year",
      en: "no table header names a year, so the scores are taken as fiscal year 2569, the latest supported; if that is not their year, pass the fiscal year with --year",
    },
    run: report("pasted.txt", PER_TOOL),
  },
  {
    id: "cli-xlsx-pasted-sheet",
    surface: "cli",
    kind: {
      th: "สมุดงานของเจ้าหน้าที่เองที่วางตารางคะแนนไว้ (ไม่ใช่แผ่นงานกรอกคะแนนของส่วนเสริม)",
      en: "the officer's own workbook with a table of scores pasted on it (not the add-in's input sheet)",
    },
    example: "Sheet1: ตัวชี้วัด | คะแนน 2564 | คะแนน 2565",
    outcome: "accepted",
    expected: {
      location: "scores.xlsx",
      th: "อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากแผ่นงาน Sheet1",
      en: "read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from the sheet Sheet1",
    },
    run: report("scores.xlsx", () => workbookBytes({ Sheet1: sheetRows(SEED_2565) })),
  },
];
