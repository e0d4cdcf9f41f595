/**
 * `--framework FILE.xlsx` (ITA.md §7: a year the product does not know is not a dead end): the framework
 * sheets an officer wrote with `ita framework` and checked, read back with every problem at its cell, and
 * what the commands say about frameworks: which parts are unconfirmed, and how to supply a missing year.
 */
import type ExcelJS from "exceljs";
import {
  Framework,
  FrameworkLookup,
  frameworkFromRows,
  frameworkLookup,
  FRAMEWORK_SECTIONS,
  formatIssue,
  issueAt,
  problem,
  quoteSheetName,
  unconfirmedParts,
  Validated,
  ValidationIssue,
} from "../core";
import { CliIo } from "./io";
import { cellValue, openWorkbook, sheetGrid } from "./workbook-file";

const WARNING_LABEL = "คำเตือน / warning: ";

/** The title `frameworkSheetLayout` writes in A1: "กรอบการประเมิน ITA ปีงบประมาณ 2570". */
const FRAMEWORK_TITLE = "กรอบการประเมิน ITA";

/** A framework and where it was read, for the notes. */
export interface SuppliedFramework {
  readonly framework: Framework;
  readonly file: string;
  readonly sheet: string;
}

/**
 * Whether a sheet is meant as a framework sheet: its A1 is the title `ita framework` writes, or column A
 * holds at least two of the section titles (an officer may have changed the title or inserted rows).
 */
function isFrameworkSheet(sheet: ExcelJS.Worksheet, grid: readonly (readonly unknown[])[]): boolean {
  if (
    String(cellValue(sheet.getCell("A1").value))
      .trim()
      .startsWith(FRAMEWORK_TITLE)
  )
    return true;
  const titles = new Set<string>(Object.values(FRAMEWORK_SECTIONS));
  const found = new Set(grid.map((row) => String(row[0] ?? "").trim()).filter((text) => titles.has(text)));
  return found.size >= 2;
}

/**
 * Reads every framework sheet in `file`. Refused, with every problem at its cell (`'กรอบ ITA 2570'!D17`),
 * when the workbook cannot be opened, holds no framework sheet, a framework sheet has problems, or two
 * sheets are of the same year (which one is meant is not ours to guess).
 */
export async function readFrameworkFile(file: string): Promise<Validated<SuppliedFramework[]>> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return opened;
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const supplied: SuppliedFramework[] = [];
  for (const sheet of opened.value.worksheets) {
    const grid = sheetGrid(sheet);
    if (!isFrameworkSheet(sheet, grid)) continue;
    const read = frameworkFromRows(sheet.name, grid);
    warnings.push(...read.warnings);
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    const twin = supplied.find((other) => other.framework.fiscalYear === read.value.fiscalYear);
    if (twin) {
      const year = read.value.fiscalYear;
      issues.push(
        issueAt(
          quoteSheetName(sheet.name),
          problem(
            "duplicate-framework-year",
            `แผ่นงาน ${quoteSheetName(twin.sheet)} และ ${quoteSheetName(sheet.name)} เป็นกรอบของปี ${year} ทั้งคู่ จึงไม่ทราบว่าควรใช้แผ่นงานใด โปรดลบแผ่นงานหนึ่งออก`,
            `the sheets ${quoteSheetName(twin.sheet)} and ${quoteSheetName(sheet.name)} both hold the framework of ${year}: remove one`
          )
        )
      );
      continue;
    }
    supplied.push({ framework: read.value, file, sheet: sheet.name });
  }
  if (issues.length > 0) return { ok: false, issues, warnings };
  if (supplied.length === 0) {
    const names = opened.value.worksheets.map((sheet) => quoteSheetName(sheet.name)).join(", ");
    return {
      ok: false,
      warnings,
      issues: [
        issueAt(
          file,
          problem(
            "no-framework-sheet",
            `ไม่พบแผ่นงานกรอบการประเมิน (แผ่นงานที่ช่อง A1 ขึ้นต้นด้วย "${FRAMEWORK_TITLE}" ซึ่ง ita framework เขียนไว้) ในไฟล์นี้ (แผ่นงานที่มี: ${names})`,
            `no framework sheet (one whose A1 starts with "${FRAMEWORK_TITLE}", as ita framework writes it) in this file (its sheets: ${names})`
          )
        ),
      ],
    };
  }
  return { ok: true, value: supplied, warnings };
}

/** The lookup the commands use: the supplied frameworks first, then the built-in ones. */
export function lookupOf(supplied: readonly SuppliedFramework[]): FrameworkLookup {
  return frameworkLookup(supplied.map((entry) => entry.framework));
}

/**
 * How to supply the framework of a year no framework covers: the hint printed after an "unsupported-year"
 * issue. The year is read from the issue (`… fiscal year 2570 …`); the copy starts from the latest year
 * before it that the lookup knows.
 */
export function unsupportedYearHint(issue: ValidationIssue, frameworks: FrameworkLookup): string {
  const named = /\b(2[4-9]\d\d)\b/.exec(issue.messageEn)?.[1];
  const year = named === undefined ? undefined : Number(named);
  const before = frameworks.years.filter((known) => year === undefined || known < year);
  const base = before.length > 0 ? Math.max(...before) : Math.max(...frameworks.years);
  const newYear = year === undefined ? "ปี" : String(year);
  const newYearEn = year === undefined ? "YEAR" : String(year);
  return (
    `หากยังไม่มีกรอบของปีนั้นในโปรแกรม ให้สั่ง ita framework ${base} --as ${newYear} -o กรอบ${newYear}.xlsx ` +
    `แล้วตรวจแก้แผ่นงานให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วสั่งใหม่พร้อม --framework กรอบ${newYear}.xlsx / ` +
    `ita has no framework for that year yet: run ita framework ${base} --as ${newYearEn} -o framework${newYearEn}.xlsx, ` +
    `check the sheet against what the NACC publishes, then run again with --framework framework${newYearEn}.xlsx\n`
  );
}

/**
 * The note on a framework with unconfirmed parts, printed once by `ita score` and `ita report`: each part
 * in Thai and English, and how to correct them (`source` when the framework came from a --framework file,
 * else by writing the built-in one out with `ita framework`). Empty when every part is confirmed.
 */
export function unconfirmedNote(framework: Framework, source?: SuppliedFramework): string {
  const parts = unconfirmedParts(framework);
  if (parts.length === 0) return "";
  const year = framework.fiscalYear;
  const where = source ? ` (${source.file}, ${quoteSheetName(source.sheet)})` : "";
  const correct = source
    ? `แก้ไขแผ่นงาน ${quoteSheetName(source.sheet)} ในไฟล์ ${source.file} ให้ตรงกับที่ ป.ป.ช. ประกาศ ` +
      `แล้วเปลี่ยนที่มาเป็น "ยืนยันแล้ว"${framework.basedOn !== undefined ? ` และลบปีในแถว "คัดลอกจากกรอบปี"` : ""} แล้วสั่งใหม่ / ` +
      `edit the sheet to what the NACC publishes, mark the parts checked "verified"` +
      `${framework.basedOn !== undefined ? ` and clear the "คัดลอกจากกรอบปี" (copied from) row` : ""}, then run again`
    : `สั่ง ita framework ${year} -o กรอบ${year}.xlsx แล้วแก้ไขแผ่นงานให้ตรงกับที่ ป.ป.ช. ประกาศ และเปลี่ยนที่มาเป็น "ยืนยันแล้ว" ` +
      `แล้วระบุ --framework กรอบ${year}.xlsx / run ita framework ${year} -o framework${year}.xlsx, edit the sheet to ` +
      `what the NACC publishes, mark the parts checked "verified", then pass --framework framework${year}.xlsx`;
  return [
    `หมายเหตุ: กรอบการประเมินปี ${year}${where} ยังไม่ได้ยืนยันบางส่วน (เป็นหลักเกณฑ์ที่ใช้ทำงาน) / ` +
      `note: parts of the ${year} framework${where} are unconfirmed (working rules):`,
    ...parts.map((part) => `  - ${part.th} / ${part.en}`),
    `  วิธีแก้ไข / to correct them: ${correct}`,
    "",
  ].join("\n");
}

/** The frameworks a command works with: the built-in ones plus those of `--framework`. */
export interface CommandFrameworks {
  readonly lookup: FrameworkLookup;
  readonly supplied: readonly SuppliedFramework[];
}

/**
 * The frameworks of `--framework FILE` (none given: the built-in ones), or false once the problems are on
 * stderr, each at its cell after the file's name, and what was not done (`nothingDone`).
 */
export async function frameworksOption(
  io: CliIo,
  file: string | undefined,
  nothingDone: { readonly th: string; readonly en: string }
): Promise<CommandFrameworks | false> {
  if (file === undefined) return { lookup: frameworkLookup(), supplied: [] };
  const read = await readFrameworkFile(file);
  const print = (issues: readonly ValidationIssue[], label = "") => {
    for (const issue of issues) {
      const named = issue.location.startsWith(file);
      io.stderr(`${label}${named ? "" : `${file}: `}${formatIssue(issue)}\n`);
    }
  };
  if (!read.ok) {
    print(read.issues);
    print(read.warnings, WARNING_LABEL);
    const n = read.issues.length;
    io.stderr(
      `กรอบการประเมินใน --framework ไม่ถูกต้อง ${n} รายการ จึง${nothingDone.th} / ` +
        `${n} problem(s) in the --framework file: ${nothingDone.en}\n`
    );
    return false;
  }
  print(read.warnings, WARNING_LABEL);
  return { lookup: lookupOf(read.value), supplied: read.value };
}
