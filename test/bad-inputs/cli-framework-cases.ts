/** Bad inputs of the cli surface about frameworks: `ita framework`, and a workbook given to `--framework`. */
import ExcelJS from "exceljs";
import { frameworkFor, relabelFramework } from "../../src/core";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import { SEED_2565 } from "../support/seed";
import type { BadInputCase, Observed } from "./catalogue";
import { seedJson, sheetRows, workbookBytes } from "./cli-inputs";
import { CliRun, REPORT, runCli } from "./cli-run";

/** `ita framework YEAR …` in a fresh folder, with the files given there first. */
function frameworkCommand(
  argv: readonly string[],
  input: string,
  files: CliRun["files"] = {}
): () => Promise<Observed> {
  return () => runCli({ files, argv: ["framework", ...argv], input, report: REPORT });
}

/** The 2569 framework relabelled as 2570, as `ita framework 2569 --as 2570` writes it, one cell changed. */
async function framework2570(cell?: string, value?: ExcelJS.CellValue): Promise<Buffer> {
  const fy2569 = frameworkFor(2569);
  if (!fy2569) throw new Error("no built-in 2569");
  const bytes = await frameworkWorkbook(relabelFramework(fy2569, 2570));
  if (cell === undefined) return bytes;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const sheet = workbook.getWorksheet("กรอบ ITA 2570");
  if (!sheet) throw new Error("no framework sheet");
  sheet.getCell(cell).value = value ?? null;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `ita report input-2570.json --framework กรอบ2570.xlsx -o out/report.xlsx`. */
function reportWithFramework(framework: () => Promise<Buffer>): () => Promise<Observed> {
  return () =>
    runCli({
      files: {
        "input-2570.json": seedJson({ fiscalYear: 2570 }),
        "กรอบ2570.xlsx": framework,
      },
      argv: [
        "report",
        "{dir}/input-2570.json",
        "--framework",
        "{dir}/กรอบ2570.xlsx",
        "-o",
        `{dir}/${REPORT}`,
      ],
      input: "กรอบ2570.xlsx",
      report: REPORT,
    });
}

export const cliFrameworkCases: readonly BadInputCase[] = [
  {
    id: "cli-framework-unknown-year",
    surface: "cli",
    kind: {
      th: "สั่ง ita framework กับปีที่ไม่มีกรอบในตัว",
      en: "ita framework for a year without a built-in framework",
    },
    example: "ita framework 2571 -o กรอบ2571.xlsx",
    outcome: "refused",
    expected: {
      location: "YEAR",
      th: "ไม่มีกรอบการประเมินในตัวของปีงบประมาณ 2571 (ปีที่มี: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569) คัดลอกกรอบของปีที่มีไปเป็นปี 2571 ได้ด้วย ita framework 2569 --as 2571 -o กรอบ2571.xlsx",
      en: "there is no built-in ITA framework for fiscal year 2571 (built in: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569); copy one to 2571 with ita framework 2569 --as 2571 -o framework2571.xlsx",
    },
    run: frameworkCommand(["2571", "-o", "{dir}/กรอบ2571.xlsx"], "กรอบ2571.xlsx"),
  },
  {
    id: "cli-framework-as-not-a-year",
    surface: "cli",
    kind: { th: "--as ไม่ใช่ปีงบประมาณ", en: "--as that is not a fiscal year" },
    example: "ita framework 2569 --as ปีหน้า -o กรอบ.xlsx",
    outcome: "refused",
    expected: {
      location: "--as",
      th: '"ปีหน้า" ไม่ใช่ปีงบประมาณ',
      en: '"ปีหน้า" is not a fiscal year',
    },
    run: frameworkCommand(["2569", "--as", "ปีหน้า", "-o", "{dir}/กรอบ.xlsx"], "กรอบ.xlsx"),
  },
  {
    id: "cli-framework-no-output",
    surface: "cli",
    kind: { th: "สั่ง ita framework โดยไม่ระบุ -o", en: "ita framework without -o" },
    example: "ita framework 2569 --as 2570",
    outcome: "refused",
    expected: {
      location: "-o",
      th: "ต้องระบุไฟล์ที่จะเขียนด้วย -o FILE.xlsx",
      en: "give the file to write with -o FILE.xlsx",
    },
    run: frameworkCommand(["2569", "--as", "2570"], "กรอบ2570.xlsx"),
  },
  {
    id: "cli-framework-output-exists",
    surface: "cli",
    kind: {
      th: "ไฟล์ที่ ita framework จะเขียนมีอยู่แล้ว (ไม่เขียนทับ)",
      en: "the file ita framework is to write exists already (never overwritten)",
    },
    example: "ita framework 2569 --as 2570 -o กรอบ2570.xlsx (กรอบ2570.xlsx exists)",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx",
      th: "มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ โปรดระบุชื่อไฟล์อื่นด้วย -o หรือเพิ่ม --force หากต้องการเขียนทับไฟล์นี้จริง",
      en: "the file exists and ita did not write it, so it was not overwritten: give another name with -o, or add --force to overwrite it",
    },
    run: frameworkCommand(["2569", "--as", "2570", "-o", "{dir}/กรอบ2570.xlsx"], "กรอบ2570.xlsx", {
      "กรอบ2570.xlsx": "the officer's own file",
    }),
  },
  {
    id: "cli-framework-weights-not-100",
    surface: "cli",
    kind: {
      th: "แผ่นงานกรอบที่แก้น้ำหนักเครื่องมือแล้วรวมไม่ได้ 100 (--framework)",
      en: "a framework sheet whose tool weights were edited so they do not sum to 100 (--framework)",
    },
    example: "'กรอบ ITA 2570'!D23 = 30 (IIT 30, EIT 30, OIT 30)",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx: 'กรอบ ITA 2570'!D21:D23",
      th: "น้ำหนักของเครื่องมือรวมกันได้ 90% ต้องรวมกันได้ 100%",
      en: "the tool weights add up to 90 %, not 100 %",
    },
    run: reportWithFramework(() => framework2570("D23", 30)),
  },
  {
    id: "cli-framework-file-without-sheet",
    surface: "cli",
    kind: {
      th: "--framework ระบุสมุดงานที่ไม่มีแผ่นงานกรอบการประเมิน",
      en: "--framework naming a workbook without a framework sheet",
    },
    example: "ita report input.json --framework คะแนน.xlsx",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx",
      th: 'ไม่พบแผ่นงานกรอบการประเมิน (แผ่นงานที่ช่อง A1 ขึ้นต้นด้วย "กรอบการประเมิน ITA" ซึ่ง ita framework เขียนไว้) ในไฟล์นี้ (แผ่นงานที่มี: Sheet1)',
      en: 'no framework sheet (one whose A1 starts with "กรอบการประเมิน ITA", as ita framework writes it) in this file (its sheets: Sheet1)',
    },
    run: reportWithFramework(() => workbookBytes({ Sheet1: sheetRows(SEED_2565) })),
  },
];
