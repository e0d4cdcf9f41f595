/**
 * Reading one agency's assessment from whatever file the officer has, for `ita score` and `ita report`:
 * the JSON format, a CSV of the ten scores, the add-in's input sheet in an .xlsx, any other workbook with a
 * pasted table on it, or plain text pasted from a report or the NACC's result page. Every problem is a
 * validation issue with its place; the reading also says what it found, so the officer can check it.
 */
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import {
  Assessment,
  assessmentFromCells,
  assessmentFromFound,
  cellAddress,
  findScoresNamingYear,
  FoundAssessmentOptions,
  FoundScores,
  Framework,
  FrameworkLookup,
  frameworkLookup,
  issueAt,
  itemEntriesFromRows,
  parseFiscalYear,
  parseRangeReference,
  pastedTextGrid,
  pastedTextLocator,
  pastedTextPlace,
  problem,
  quoteSheetName,
  recognizeScores,
  toArabicDigits,
  unsupportedYearProblem,
  Validated,
  validateAssessment,
  ValidationIssue,
} from "../core";
import { csvRows } from "../core/batch";
import { readTextFile } from "./input-file";
import { parseJsonText } from "./json-text";
import { cellValue, EMPTY_FILE, openWorkbook, sheetGrid } from "./workbook-file";

export interface InputOptions {
  /**
   * `--year`: the fiscal year whose framework names the indicators in pasted tables and CSV files, and the
   * year of score columns whose header names none. A year named in a header wins. Default: the latest.
   */
  readonly year?: string;
  /** `--sheet`: the worksheet of an .xlsx to read. */
  readonly sheet?: string;
  /** `--accept-mismatches`: a stated change, tool score or total that disagrees is a warning, not a refusal. */
  readonly acceptMismatches?: boolean;
  /** `--agency`: the agency's name, for inputs that carry none (pasted text, CSV) or to replace it. */
  readonly agency?: string;
  /**
   * Where every year's framework is found: the built-in ones and those of a `--framework` file. The
   * default year is the latest it knows.
   */
  readonly frameworks?: FrameworkLookup;
}

/** Scores found in pasted text or on a sheet that is not the add-in's input sheet. */
export interface FoundInput {
  readonly found: FoundScores;
  /** The framework the names were matched with. */
  readonly framework: Framework;
  /** A found cell ("Sheet1!D7") as the officer finds it: "D7", or "บรรทัด 7 ช่องที่ 4" in a text file. */
  readonly place: (cell: string) => string;
}

export interface InputReading {
  /** The input as the officer names it in messages: the path given, or "stdin". */
  readonly name: string;
  readonly assessment: Validated<Assessment>;
  /** How the scores were read, when that involved judgement (which separator, which sheet): for the note. */
  readonly source?: { readonly th: string; readonly en: string };
  readonly found?: FoundInput;
}

/** Issue codes of figures a source states about itself that disagree with its scores. */
export const MISMATCH_CODES: ReadonlySet<string> = new Set([
  "change-mismatch",
  "tool-mismatch",
  "total-mismatch",
  "conflicting-score",
]);

const refuse = (location: string, code: string, th: string, en: string): Validated<Assessment> => ({
  ok: false,
  warnings: [],
  issues: [issueAt(location, problem(code, th, en))],
});

/** The latest year a lookup knows: the default everywhere a year is optional. */
export function latestYearOf(frameworks: FrameworkLookup): number {
  return Math.max(...frameworks.years);
}

/** The framework `--year` chooses (the latest known without it), or the problem with the option. */
function chosenFramework(year: string | undefined, frameworks: FrameworkLookup): Validated<Framework> {
  const latest = frameworks.find(latestYearOf(frameworks));
  if (year === undefined && latest) return { ok: true, value: latest, warnings: [] };
  const parsed = parseFiscalYear(year);
  const framework = parsed.ok ? frameworks.find(parsed.value) : undefined;
  if (framework) return { ok: true, value: framework, warnings: [] };
  const what = parsed.ok ? unsupportedYearProblem(parsed.value, frameworks) : parsed.problem;
  return { ok: false, warnings: [], issues: [issueAt("--year", what)] };
}

/** The input's kind, from its extension; standard input is JSON when it starts like JSON, else pasted text. */
function kindOf(file: string, text?: string): "json" | "csv" | "text" | "xlsx" {
  if (file === "-") return /^\s*[{[]/.test(text ?? "") ? "json" : "text";
  switch (extname(file).toLowerCase()) {
    case ".xlsx":
    case ".xlsm":
      return "xlsx";
    case ".csv":
    case ".tsv":
      return "csv";
    case ".txt":
    case ".text":
    case ".md":
      return "text";
    default:
      return "json";
  }
}

/**
 * Reads the assessment in `file` ("-" for standard input). Never throws for bad data: a missing file, a
 * renamed file, broken JSON or a table without all ten scores all come back as issues with their place.
 */
export async function readInput(file: string, options: InputOptions = {}): Promise<InputReading> {
  const name = file === "-" ? "stdin" : file;
  const frameworks = options.frameworks ?? frameworkLookup();
  const chosen = chosenFramework(options.year, frameworks);
  if (!chosen.ok) return { name, assessment: chosen };
  const framework = chosen.value;
  let reading: InputReading;
  if (kindOf(file) === "xlsx") {
    reading = await fromWorkbook(file, framework, { ...options, frameworks });
  } else {
    const text = readTextFile(file);
    if (!text.ok) return { name, assessment: text };
    if (text.value.trim() === "") {
      return { name, assessment: { ok: false, issues: [issueAt(name, EMPTY_FILE)], warnings: [] } };
    }
    const kind = kindOf(file, text.value);
    reading =
      kind === "csv"
        ? fromCsv(name, text.value, framework, options.year !== undefined, frameworks)
        : kind === "text"
          ? fromPastedText(name, text.value, framework, { ...options, frameworks })
          : fromJson(name, text.value, { ...options, frameworks });
  }
  const warnings: ValidationIssue[] = [];
  if (options.sheet !== undefined && kindOf(file) !== "xlsx") {
    warnings.push(
      issueAt(
        "--sheet",
        problem(
          "option-ignored",
          "ตัวเลือก --sheet ใช้ได้กับไฟล์ .xlsx เท่านั้น จึงไม่ได้นำมาใช้",
          "--sheet applies to .xlsx files only, so it was ignored"
        )
      )
    );
  }
  const assessment = reading.assessment;
  const agency = options.agency?.trim();
  return {
    ...reading,
    assessment: assessment.ok
      ? {
          ok: true,
          value: agency ? { ...assessment.value, agency } : assessment.value,
          warnings: [...warnings, ...assessment.warnings],
        }
      : { ...assessment, warnings: [...warnings, ...assessment.warnings] },
  };
}

function fromJson(name: string, text: string, options: InputOptions): InputReading {
  const json = parseJsonText(text, name);
  if (!json.ok) return { name, assessment: json };
  const assessment = validateAssessment(json.value, options.frameworks);
  const year = options.year === undefined ? undefined : parseFiscalYear(options.year);
  if (assessment.ok && year?.ok && year.value !== assessment.value.fiscalYear) {
    return {
      name,
      assessment: {
        ...assessment,
        warnings: [
          issueAt(
            "--year",
            problem(
              "option-ignored",
              `ไฟล์ JSON ระบุปีงบประมาณ ${assessment.value.fiscalYear} ไว้แล้ว จึงไม่ได้ใช้ --year ${year.value}`,
              `the JSON file names fiscal year ${assessment.value.fiscalYear}, so --year ${year.value} was ignored`
            )
          ),
          ...assessment.warnings,
        ],
      },
    };
  }
  return { name, assessment };
}

/** The separator `csvRows` sniffs from the first line: the one that splits it into the most fields. */
function csvSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return [";", "\t", ","].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best
  );
}

/** "91,21": a decimal comma, as Excel writes numbers in a CSV under a European locale (with semicolons). */
const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*%?\s*$/;

function fromCsv(
  name: string,
  text: string,
  framework: Framework,
  yearChosen: boolean,
  frameworks: FrameworkLookup
): InputReading {
  const separator = csvSeparator(text);
  let decimalCommas = false;
  const rows = csvRows(text).map((row) =>
    row.cells.map((cell) => {
      // Scores never need a thousands separator (they are at most 100), so in a semicolon file "91,21" can
      // only be the decimal 91.21.
      if (separator === ";" && typeof cell === "string" && DECIMAL_COMMA.test(toArabicDigits(cell))) {
        decimalCommas = true;
        return toArabicDigits(cell).replace(",", ".");
      }
      return cell;
    })
  );
  const shown = separator === "\t" ? "แท็บ" : `"${separator}"`;
  const shownEn = separator === "\t" ? "tabs" : `"${separator}"`;
  const source = {
    th: `จากตารางที่คั่นด้วย ${shown}${decimalCommas ? ' และใช้ "," เป็นจุดทศนิยม' : ""}`,
    en: `from a table separated by ${shownEn}${decimalCommas ? ', with "," as the decimal mark' : ""}`,
  };
  const recognized = recognizeScores(
    { sheet: basename(name), origin: { row: 0, column: 0 }, values: rows },
    framework,
    frameworks
  );
  if (!recognized.ok) return { name, assessment: recognized };
  // A header naming the year is the CSV's year; only a year the officer chose with --year makes that
  // worth a warning, and the warning speaks of --year, not of the task pane.
  const fiscalYear = recognized.value.current.fiscalYear;
  const headerWarnings = recognized.warnings.flatMap((warning) =>
    warning.code !== "header-year-used"
      ? [warning]
      : yearChosen
        ? [
            {
              ...warning,
              messageTh: `หัวคอลัมน์ระบุปี ${fiscalYear} จึงวิเคราะห์ตามกรอบการประเมินปี ${fiscalYear} (--year ระบุปี ${framework.fiscalYear})`,
              messageEn: `the header says ${fiscalYear}, so the scores are analysed as fiscal year ${fiscalYear} (--year said ${framework.fiscalYear})`,
            },
          ]
        : []
  );
  const assessment = assessmentFromCells(recognized.value, undefined, [], undefined, frameworks);
  return {
    name,
    source,
    assessment: assessment.ok
      ? { ...assessment, warnings: [...headerWarnings, ...assessment.warnings] }
      : assessment,
  };
}

/** How the command line's options decide what scores found in a table become; the year is chosen with --year. */
function foundOptions(options: InputOptions): FoundAssessmentOptions {
  return {
    acceptMismatches: options.acceptMismatches,
    yearChosen: options.year !== undefined,
    chooseYear: { th: "โปรดระบุปีงบประมาณด้วย --year", en: "pass the fiscal year with --year" },
    frameworks: options.frameworks,
  };
}

/** Every location of a reading passed through `relocate`. */
function relocated<T>(result: Validated<T>, relocate: (location: string) => string): Validated<T> {
  const move = (issues: readonly ValidationIssue[]) =>
    issues.map((issue) => ({ ...issue, location: relocate(issue.location) }));
  return result.ok
    ? { ...result, warnings: move(result.warnings) }
    : { ...result, issues: move(result.issues), warnings: move(result.warnings) };
}

function fromPastedText(
  name: string,
  text: string,
  framework: Framework,
  options: InputOptions
): InputReading {
  const grid = pastedTextGrid(text);
  const sheet = basename(name);
  const relocate = pastedTextLocator(name, sheet, grid);
  const found = findScoresNamingYear(sheet, { row: 0, column: 0 }, grid.rows, framework, options.frameworks);
  if (!found.ok) return { name, assessment: relocated(found, relocate) };
  const assessment = assessmentFromFound(found.value, framework, undefined, foundOptions(options));
  const place = (cell: string) => {
    const reference = parseRangeReference(cell);
    const line = reference ? grid.lines[reference.start.row] : undefined;
    return reference && line !== undefined ? pastedTextPlace(line, reference.start.column + 1) : cell;
  };
  return {
    name,
    assessment: relocated(assessment, relocate),
    source: { th: "จากข้อความที่วางไว้", en: "from the pasted text" },
    found: { found: found.value, framework, place },
  };
}

/** The add-in's input sheet: "ตัวชี้วัดที่" in A4 and "คะแนนปี …" in D4. */
function isInputSheet(sheet: ExcelJS.Worksheet): boolean {
  return (
    String(cellValue(sheet.getCell("A4").value)).trim() === "ตัวชี้วัดที่" &&
    /^คะแนนปี/.test(String(cellValue(sheet.getCell("D4").value)))
  );
}

function fromInputSheet(file: string, sheet: ExcelJS.Worksheet, frameworks: FrameworkLookup): InputReading {
  const grid = (top: number, left: number, rows: number, columns: number) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cellValue(sheet.getCell(top + r + 1, left + c + 1).value))
    );
  const latest = latestYearOf(frameworks);
  const headerYear = Number(String(cellValue(sheet.getCell("D4").value)).replace(/\D/g, "")) || latest;
  const framework = frameworks.find(headerYear) ?? frameworks.find(latest);
  if (!framework)
    return { name: file, assessment: refuse(file, "no-framework", "ไม่มีกรอบการประเมิน", "no framework") };
  const recognized = recognizeScores(
    { sheet: sheet.name, origin: { row: 3, column: 2 }, values: grid(3, 2, 11, 5) },
    framework,
    frameworks
  );
  if (!recognized.ok) return { name: file, assessment: recognized };
  const itemRows = Math.max(0, sheet.rowCount - 17);
  const items = itemEntriesFromRows(sheet.name, { row: 17, column: 0 }, grid(17, 0, itemRows, 4));
  const agency = String(cellValue(sheet.getCell("B2").value)).trim() || undefined;
  const assessment = assessmentFromCells(recognized.value, agency, items, undefined, frameworks);
  return {
    name: file,
    assessment: assessment.ok
      ? { ...assessment, warnings: [...recognized.warnings, ...assessment.warnings] }
      : assessment,
  };
}

/** Scores found on a sheet, by indicator and year, to tell whether two sheets hold the same data. */
function signatureOf(found: FoundScores): string {
  return found.found
    .flatMap((entry) =>
      entry.values.map(
        (value) => `${entry.indicator}@${value.year}=${value.score.numerator}/${value.score.denominator}`
      )
    )
    .join(";");
}

function fromFoundSheet(
  file: string,
  found: FoundScores,
  framework: Framework,
  options: InputOptions,
  warnings: readonly ValidationIssue[] = []
): InputReading {
  const assessment = assessmentFromFound(found, framework, undefined, foundOptions(options));
  const place = (cell: string) => {
    const reference = parseRangeReference(cell);
    return reference ? cellAddress(reference.start) : cell;
  };
  return {
    name: file,
    assessment: { ...assessment, warnings: [...warnings, ...assessment.warnings] },
    source: {
      th: `จากแผ่นงาน ${quoteSheetName(found.sheet)}`,
      en: `from the sheet ${quoteSheetName(found.sheet)}`,
    },
    found: { found, framework, place },
  };
}

/**
 * An .xlsx: the add-in's input sheet when there is one, else every sheet scanned for pasted tables and the
 * one with the most indicators used. Sheets that tie with different scores are refused by name: which
 * one the officer means is not ours to guess (`--sheet` chooses).
 */
async function fromWorkbook(
  file: string,
  framework: Framework,
  options: InputOptions
): Promise<InputReading> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return { name: file, assessment: opened };
  const frameworks = options.frameworks ?? frameworkLookup();
  const sheets = opened.value.worksheets;
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim();
    const sheet =
      sheets.find((candidate) => candidate.name === wanted) ??
      sheets.find((candidate) => candidate.name.trim().toLowerCase() === wanted.toLowerCase());
    if (!sheet) {
      const names = sheets.map((candidate) => quoteSheetName(candidate.name)).join(", ");
      return {
        name: file,
        assessment: refuse(
          "--sheet",
          "no-such-sheet",
          `ไม่มีแผ่นงานชื่อ ${JSON.stringify(options.sheet)} ในไฟล์นี้ (แผ่นงานที่มี: ${names})`,
          `there is no sheet named ${JSON.stringify(options.sheet)} in this file (its sheets: ${names})`
        ),
      };
    }
    if (isInputSheet(sheet)) return fromInputSheet(file, sheet, frameworks);
    const found = findScoresNamingYear(
      sheet.name,
      { row: 0, column: 0 },
      sheetGrid(sheet),
      framework,
      frameworks
    );
    return found.ok
      ? fromFoundSheet(file, found.value, framework, options)
      : { name: file, assessment: found };
  }
  const inputSheet = sheets.find(isInputSheet);
  if (inputSheet) return fromInputSheet(file, inputSheet, frameworks);

  const scanned = sheets.flatMap((sheet) => {
    const found = findScoresNamingYear(
      sheet.name,
      { row: 0, column: 0 },
      sheetGrid(sheet),
      framework,
      frameworks
    );
    return found.ok && found.value.found.length > 0 ? [found.value] : [];
  });
  const most = Math.max(0, ...scanned.map((found) => found.found.length));
  const best = scanned.filter((found) => found.found.length === most);
  const [first, ...others] = best;
  if (!first) {
    const names = sheets.map((sheet) => quoteSheetName(sheet.name)).join(", ");
    return {
      name: file,
      assessment: refuse(
        file,
        "no-scores-found",
        `ไม่พบแผ่นงานกรอกคะแนนของส่วนเสริม และไม่พบชื่อตัวชี้วัดที่มีคะแนนอยู่ข้าง ๆ ในแผ่นงานใดเลย (ค้นแล้ว: ${names})`,
        `no ITA input sheet found, and no indicator name with a score beside it on any sheet (searched: ${names})`
      ),
    };
  }
  const differing = others.filter((found) => signatureOf(found) !== signatureOf(first));
  if (differing.length > 0) {
    const names = [first, ...differing].map((found) => quoteSheetName(found.sheet)).join(", ");
    return {
      name: file,
      assessment: refuse(
        file,
        "ambiguous-sheets",
        `แผ่นงาน ${names} พบคะแนนตัวชี้วัดจำนวนเท่ากัน (${most} ตัวชี้วัด) แต่คะแนนไม่ตรงกัน จึงไม่ทราบว่าควรใช้แผ่นงานใด โปรดระบุด้วย --sheet`,
        `the sheets ${names} each hold scores of ${most} indicators, and the scores differ: choose one with --sheet`
      ),
    };
  }
  const copies = others.map((found) => quoteSheetName(found.sheet));
  const warnings =
    copies.length > 0
      ? [
          issueAt(
            file,
            problem(
              "same-scores-on-sheets",
              `แผ่นงาน ${copies.join(", ")} มีคะแนนชุดเดียวกับ ${quoteSheetName(first.sheet)} จึงใช้ ${quoteSheetName(first.sheet)}`,
              `the sheet(s) ${copies.join(", ")} hold the same scores as ${quoteSheetName(first.sheet)}, which is used`
            )
          ),
        ]
      : [];
  return fromFoundSheet(file, first, framework, options, warnings);
}
