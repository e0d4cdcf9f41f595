/**
 * `ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart]`: the report an agency
 * publishes, as an .xlsx drawn from the same ReportModel as the add-in. INPUT is the JSON of `ita score`,
 * an .xlsx holding the add-in's input sheet, or a .csv of the ten scores; without INPUT, the bundled example.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import {
  Assessment,
  assessmentFromCells,
  buildReport,
  Digits,
  formatDecimal,
  formatIssue,
  frameworkFor,
  issueAt,
  itemEntriesFromRows,
  LATEST_FISCAL_YEAR,
  layoutReportSheet,
  problem,
  recognizeScores,
  scoreAssessment,
  Validated,
  validateAssessment,
  ValidationIssue,
} from "../core";
import { renderWorkbook } from "../xlsx/render-workbook";
import { parseJsonText, readTextFile } from "./input-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";

export const REPORT_USAGE = `ใช้งาน / usage: ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart]
  เขียนรายงานผลการวิเคราะห์และมาตรการเป็นไฟล์ Excel / write the analysis and measures report as an .xlsx
  INPUT            .json (รูปแบบของ ita score), .xlsx (แผ่นงานกรอกคะแนนของส่วนเสริม) หรือ .csv (คะแนน 10 ตัวชี้วัด)
                   ไม่ระบุ: ใช้ตัวอย่างที่มากับโปรแกรม / none: the bundled example
  -o, --output     ไฟล์ผลลัพธ์ (ค่าเริ่มต้น out/ita-report-<ปี>.xlsx) / output file
  --thai-digits    เลขไทยในรายงาน (ค่าเริ่มต้น) / Thai digits (default)
  --arabic-digits  เลขอารบิก / Arabic digits
  --no-chart       ไม่ใส่แผนภูมิ / leave the chart out`;

/** The bundled example, shipped with the package. */
export const EXAMPLE_INPUT = join(__dirname, "..", "..", "assets", "examples", "dan-kwian-2565.json");

export interface ReportOptions {
  readonly input?: string;
  readonly output?: string;
  readonly digits: Digits;
  readonly chart: boolean;
}

const fail = (location: string, th: string, en: string, code = "bad-input"): Validated<Assessment> => ({
  ok: false,
  warnings: [],
  issues: [issueAt(location, problem(code, th, en))],
});

/** Splits CSV text (comma, semicolon or tab; quoted fields) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text.charAt(i + 1) === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ""));
}

function fromCsv(file: string, fiscalYear: number): Validated<Assessment> {
  const text = readTextFile(file);
  if (!text.ok) return text;
  const framework = frameworkFor(fiscalYear);
  if (!framework) return fail(file, `ไม่มีกรอบการประเมินของปี ${fiscalYear}`, `no framework for ${fiscalYear}`);
  const rows = parseCsv(text.value);
  const recognized = recognizeScores(
    { sheet: basename(file), origin: { row: 0, column: 0 }, values: rows },
    framework
  );
  if (!recognized.ok) return recognized;
  const assessment = assessmentFromCells(recognized.value);
  return assessment.ok
    ? { ...assessment, warnings: [...recognized.warnings, ...assessment.warnings] }
    : assessment;
}

/** Finds the add-in's input sheet in a workbook: "ตัวชี้วัดที่" in A4 and "คะแนนปี …" in D4. */
async function fromXlsx(file: string): Promise<Validated<Assessment>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      file,
      `อ่านไฟล์ Excel ไม่ได้ (${reason})`,
      `cannot read the workbook (${reason})`,
      "not-a-workbook"
    );
  }
  const text = (value: ExcelJS.CellValue): unknown => {
    if (value && typeof value === "object" && "result" in value) return value.result;
    if (value && typeof value === "object" && "richText" in value)
      return value.richText.map((run) => run.text).join("");
    return value ?? "";
  };
  const sheet = workbook.worksheets.find(
    (candidate) =>
      String(text(candidate.getCell("A4").value)).trim() === "ตัวชี้วัดที่" &&
      /^คะแนนปี/.test(String(text(candidate.getCell("D4").value)))
  );
  if (!sheet) {
    return fail(
      file,
      "ไม่พบแผ่นงานกรอกคะแนนของส่วนเสริม ITA (หัวตาราง ตัวชี้วัดที่ / คะแนนปี … ที่แถว 4)",
      "no ITA input sheet found (headers ตัวชี้วัดที่ / คะแนนปี … in row 4)",
      "no-input-sheet"
    );
  }
  const grid = (top: number, left: number, rows: number, columns: number) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => text(sheet.getCell(top + r + 1, left + c + 1).value))
    );
  const headerYear = Number(String(text(sheet.getCell("D4").value)).replace(/\D/g, "")) || LATEST_FISCAL_YEAR;
  const framework = frameworkFor(headerYear) ?? frameworkFor(LATEST_FISCAL_YEAR);
  if (!framework) return fail(file, "ไม่มีกรอบการประเมิน", "no framework");
  const origin = { row: 3, column: 2 };
  const recognized = recognizeScores({ sheet: sheet.name, origin, values: grid(3, 2, 11, 5) }, framework);
  if (!recognized.ok) return recognized;
  const itemRows = Math.max(0, sheet.rowCount - 17);
  const items = itemEntriesFromRows(sheet.name, { row: 17, column: 0 }, grid(17, 0, itemRows, 4));
  const agency = String(text(sheet.getCell("B2").value)).trim() || undefined;
  const assessment = assessmentFromCells(recognized.value, agency, items);
  return assessment.ok
    ? { ...assessment, warnings: [...recognized.warnings, ...assessment.warnings] }
    : assessment;
}

async function readAssessment(file: string): Promise<Validated<Assessment>> {
  switch (extname(file).toLowerCase()) {
    case ".xlsx":
      return fromXlsx(file);
    case ".csv":
      return fromCsv(file, LATEST_FISCAL_YEAR);
    default: {
      const text = readTextFile(file);
      const json = text.ok ? parseJsonText(text.value, file) : text;
      if (!json.ok) return json;
      return validateAssessment(json.value);
    }
  }
}

function printIssues(io: CliIo, file: string, issues: readonly ValidationIssue[], label = ""): void {
  for (const issue of issues) {
    const where = issue.location.startsWith(file) ? "" : `${file}: `;
    io.stderr(`${label}${where}${formatIssue(issue)}\n`);
  }
}

/** Runs `ita report`; returns the exit code. */
export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  const file = options.input ?? EXAMPLE_INPUT;
  const assessment = await readAssessment(file);
  printIssues(io, file, assessment.warnings, "คำเตือน / warning: ");
  if (!assessment.ok) {
    printIssues(io, file, assessment.issues);
    io.stderr(
      `ข้อมูลไม่ถูกต้อง ${assessment.issues.length} รายการ จึงไม่ได้เขียนรายงาน / ${assessment.issues.length} problem(s): nothing was written\n`
    );
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(assessment.value);
  const model = buildReport(result, { digits: options.digits, chart: options.chart });
  const bytes = await renderWorkbook(model.sheets.map(layoutReportSheet), {
    digits: options.digits,
    creator: result.assessment.agency,
  });
  const output = resolve(options.output ?? join("out", `ita-report-${result.current.fiscalYear}.xlsx`));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, bytes);
  const agency = result.assessment.agency ? `${result.assessment.agency} ` : "";
  io.stdout(
    `${agency}ปีงบประมาณ ${result.current.fiscalYear}: คะแนนรวม ${formatDecimal(result.current.total, 2)} ` +
      `ระดับ ${result.current.rating.rating} ${result.current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"}\n` +
      `รายงาน / report: ${output}\n`
  );
  return EXIT_OK;
}
