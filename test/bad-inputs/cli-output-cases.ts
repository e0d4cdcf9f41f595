/**
 * Bad inputs of the cli surface about the file a command writes (issue 15: the CLI never loses a file):
 * `-o` naming the input, an officer's file, a folder or a folder that is not there, and an error no check
 * foresaw. Each runs as cli-cases.ts runs its own; `changes` lists any file created, changed or removed
 * that should not have been, so a refusal proves the old file stayed byte for byte as it was.
 */
import { SEED_2565 } from "../support/seed";
import type { BadInputCase, Observed } from "./catalogue";
import { CliRun, runCli, seedJson, sheetRows, trackingWorkbook, workbookBytes } from "./cli-cases";

/** The officer's own workbook, where the report is asked to go. */
const officersWorkbook = () => workbookBytes({ คะแนน: sheetRows(SEED_2565) });

/** `ita report input.json -o OUTPUT` (`{dir}` stands for the case's folder), with files there first. */
function reportTo(
  output: string,
  spec: Omit<CliRun, "argv" | "input" | "files"> & { files?: CliRun["files"]; options?: readonly string[] }
): () => Promise<Observed> {
  return () =>
    runCli({
      ...spec,
      files: { "input.json": seedJson(), ...spec.files },
      argv: ["report", "{dir}/input.json", "-o", output, ...(spec.options ?? [])],
      input: "input.json",
    });
}

export const cliOutputCases: readonly BadInputCase[] = [
  {
    id: "cli-output-is-input",
    surface: "cli",
    kind: {
      th: "ระบุ -o เป็นไฟล์ที่คำสั่งกำลังอ่าน (ไม่เขียนทับแม้ใช้ --force)",
      en: "-o naming the file the command reads (never overwritten, not even with --force)",
    },
    example: "ita progress book.xlsx -o book.xlsx --force",
    outcome: "refused",
    expected: {
      location: "book.xlsx",
      th: "ไฟล์นี้เป็นไฟล์ที่คำสั่งกำลังอ่าน จึงไม่เขียนทับ (แม้ใช้ --force) โปรดระบุชื่อไฟล์อื่นด้วย -o",
      en: "the command reads this file, so it is never overwritten (not even with --force): give another name with -o",
    },
    run: () =>
      runCli({
        files: { "book.xlsx": () => trackingWorkbook() },
        argv: ["progress", "{dir}/book.xlsx", "--as-of", "2566-04-30", "-o", "{dir}/book.xlsx", "--force"],
        input: "book.xlsx",
        report: "book.xlsx",
      }),
  },
  {
    id: "cli-output-not-ita",
    surface: "cli",
    kind: {
      th: "ไฟล์ผลลัพธ์มีอยู่แล้วและ ita ไม่ได้เขียน เช่น สมุดงานของเจ้าหน้าที่เอง (ไม่เขียนทับ)",
      en: "the output exists and ita did not write it, such as the officer's own workbook (never overwritten)",
    },
    example: "ita report input.json -o คะแนน.xlsx (the officer's workbook)",
    outcome: "refused",
    expected: {
      location: "out/report.xlsx",
      th: "มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ โปรดระบุชื่อไฟล์อื่นด้วย -o หรือเพิ่ม --force หากต้องการเขียนทับไฟล์นี้จริง",
      en: "the file exists and ita did not write it, so it was not overwritten: give another name with -o, or add --force to overwrite it",
    },
    run: reportTo("{dir}/out/report.xlsx", {
      files: { "out/report.xlsx": officersWorkbook },
      report: "out/report.xlsx",
    }),
  },
  {
    id: "cli-output-not-ita-forced",
    surface: "cli",
    kind: {
      th: "เขียนทับไฟล์ที่ ita ไม่ได้เขียนด้วย --force",
      en: "a file ita did not write, overwritten with --force",
    },
    example: "ita report input.json -o คะแนน.xlsx --force",
    outcome: "accepted",
    expected: {
      location: "out/report.xlsx",
      th: "เขียนทับไฟล์เดิมซึ่ง ita ไม่ได้เขียนหรืออาจถูกแก้ไขแล้ว ตามที่สั่งด้วย --force",
      en: "the existing file, which ita did not write or which may have been edited, is overwritten as --force asks",
    },
    run: reportTo("{dir}/out/report.xlsx", {
      files: { "out/report.xlsx": officersWorkbook },
      report: "out/report.xlsx",
      options: ["--force"],
    }),
  },
  {
    id: "cli-output-folder",
    surface: "cli",
    kind: {
      th: "ระบุ -o เป็นโฟลเดอร์ (เขียนไฟล์ชื่อเริ่มต้นลงในโฟลเดอร์นั้น)",
      en: "-o naming a folder (the default file name is written inside it)",
    },
    example: "ita report input.json -o รายงาน",
    outcome: "accepted",
    expected: { location: "รายงาน/ita-report-2565.xlsx", th: "รายงาน", en: "report" },
    run: reportTo("{dir}/รายงาน", {
      files: { "รายงาน/บันทึก.txt": "a file of the officer's in the folder" },
      report: "รายงาน/ita-report-2565.xlsx",
      message: "written-file",
    }),
  },
  {
    id: "cli-output-new-folder",
    surface: "cli",
    kind: {
      th: "ระบุ -o เป็นโฟลเดอร์ใหม่โดยลงท้ายชื่อด้วย / (สร้างโฟลเดอร์ให้)",
      en: "-o naming a new folder, its name ending in / (the folder is made)",
    },
    example: "ita report input.json -o รายงานใหม่/",
    outcome: "accepted",
    expected: { location: "รายงานใหม่/ita-report-2565.xlsx", th: "รายงาน", en: "report" },
    run: reportTo("{dir}/รายงานใหม่/", {
      report: "รายงานใหม่/ita-report-2565.xlsx",
      message: "written-file",
    }),
  },
  {
    id: "cli-output-missing-folder",
    surface: "cli",
    kind: {
      th: "ระบุ -o เป็นชื่อที่ไม่มีอยู่และไม่ใช่ไฟล์ .xlsx (โฟลเดอร์ที่สะกดผิด หรือยังไม่ได้สร้าง)",
      en: "-o naming nothing that exists, and no .xlsx file (a folder misspelt, or not made yet)",
    },
    example: "ita report input.json -o รายงน",
    outcome: "refused",
    expected: {
      location: "รายงน",
      th: "ไม่มีโฟลเดอร์ชื่อนี้ และชื่อนี้ไม่ใช่ชื่อไฟล์ .xlsx จึงไม่ได้เขียนไฟล์ หากต้องการให้สร้างโฟลเดอร์ใหม่ ให้ลงท้ายชื่อด้วย /",
      en: "no folder has this name and it is not the name of an .xlsx file, so nothing was written: to have a new folder made, end the name with /",
    },
    run: reportTo("{dir}/รายงน", {
      files: { "รายงาน/บันทึก.txt": "the folder the officer meant" },
      report: "รายงน",
    }),
  },
  {
    id: "cli-output-unexpected-error",
    surface: "cli",
    kind: {
      th: "ข้อผิดพลาดที่ไม่คาดไว้ เช่น -o ผ่านไฟล์ราวกับเป็นโฟลเดอร์ (แสดงหนึ่งบรรทัด ไม่แสดง stack trace)",
      en: "an unexpected error, such as -o through a file as if it were a folder (one line, no stack trace)",
    },
    example: "ita report input.json -o บันทึก.txt/out/report.xlsx",
    outcome: "refused",
    expected: {
      location: "ita",
      th: "เกิดข้อผิดพลาดที่ไม่คาดไว้ (ตั้งค่า ITA_DEBUG=1 เพื่อดูรายละเอียด)",
      en: "unexpected error (set ITA_DEBUG=1 for details): ENOTDIR: not a directory, mkdir 'บันทึก.txt/out'",
    },
    run: reportTo("{dir}/บันทึก.txt/out/report.xlsx", {
      files: { "บันทึก.txt": "the officer's notes" },
      report: "บันทึก.txt/out/report.xlsx",
    }),
  },
];
