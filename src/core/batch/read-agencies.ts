/**
 * Rows of an agencies file (one agency per row) as checked, scored agency-years. Every problem is
 * collected with its row number as in the file (the header is row 1 when it is the first row) and its
 * column as headed there, in Thai and English.
 */
import { issueAt, problem, ValidationIssue } from "../issues";
import { Framework, FrameworkLookup, frameworkLookup, unsupportedYearProblem } from "../frameworks";
import { isBlank, parseFiscalYear, parseScore } from "../parse";
import { BatchColumn, batchColumnsOf, BatchColumns } from "./columns";
import { NumberedRow } from "./csv-records";
import { BatchScore, BatchYear, hundredthsOf, scoreBatchYear } from "./score-batch-year";

/** One agency of the file, scored. */
export interface BatchAgency {
  /** Row number in the file. */
  readonly row: number;
  readonly agency: string;
  readonly type?: string;
  readonly province?: string;
  readonly current: BatchYear;
  readonly previous?: BatchYear;
}

/** What reading a file of agencies gives: the good rows, and every problem of the bad ones. */
export interface BatchReading {
  readonly agencies: readonly BatchAgency[];
  /** Problems that make a row (or, at the header, the whole file) unusable. */
  readonly issues: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
  /** Row numbers with at least one problem. */
  readonly invalidRows: readonly number[];
  /** False when the header itself is unusable: no row could be read. */
  readonly headerOk: boolean;
}

function at(row: number, column: BatchColumn): string {
  return `แถว ${row} (row ${row}), ${column.header}`;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return (typeof value === "string" ? value : String(value)).trim();
}

function readScore(
  value: unknown,
  row: number,
  column: BatchColumn,
  issues: ValidationIssue[]
): BatchScore | undefined {
  const fast = hundredthsOf(value);
  if (fast !== undefined) return fast;
  const parsed = parseScore(value);
  if (parsed.ok) return parsed.value;
  issues.push(issueAt(at(row, column), parsed.problem));
  return undefined;
}

function readYear(
  value: unknown,
  location: string,
  issues: ValidationIssue[],
  frameworks: FrameworkLookup
): { framework?: Framework; year?: number } {
  const year = parseFiscalYear(value);
  if (!year.ok) {
    issues.push(issueAt(location, year.problem));
    return {};
  }
  const framework = frameworks.find(year.value);
  if (!framework) issues.push(issueAt(location, unsupportedYearProblem(year.value, frameworks)));
  return { framework, year: year.value };
}

/** Reads one year's ten scores; blank cells are reported as missing scores. */
function readScores(
  cells: readonly unknown[],
  row: number,
  framework: Framework,
  columns: ReadonlyMap<number, BatchColumn>,
  issues: ValidationIssue[]
): BatchScore[] | undefined {
  const scores: BatchScore[] = [];
  let complete = true;
  for (const indicator of framework.indicators) {
    const column = columns.get(indicator.number);
    if (!column) {
      issues.push(
        issueAt(
          `แถว ${row} (row ${row})`,
          problem(
            "missing-column",
            `ไม่มีคอลัมน์ของตัวชี้วัดที่ ${indicator.number}`,
            `no column for indicator ${indicator.number}`
          )
        )
      );
      complete = false;
      continue;
    }
    const score = readScore(cells[column.index], row, column, issues);
    if (score === undefined) complete = false;
    else scores.push(score);
  }
  return complete ? scores : undefined;
}

function hasAny(cells: readonly unknown[], columns: Iterable<BatchColumn | undefined>): boolean {
  for (const column of columns) if (column && !isBlank(cells[column.index])) return true;
  return false;
}

/** Reads and scores one agency row; problems go to `issues`. */
export function readAgencyRow(
  row: NumberedRow,
  columns: BatchColumns,
  issues: ValidationIssue[],
  frameworks: FrameworkLookup = frameworkLookup()
): BatchAgency | undefined {
  const { cells, number } = row;
  const before = issues.length;
  const agency = textOf(cells[columns.agency.index]);
  if (agency === "") {
    issues.push(
      issueAt(at(number, columns.agency), problem("missing", "ไม่มีชื่อหน่วยงาน", "the agency name is missing"))
    );
  }
  const yearCell = cells[columns.fiscalYear.index];
  let current: { framework?: Framework; year?: number } = {};
  if (isBlank(yearCell)) {
    issues.push(
      issueAt(
        at(number, columns.fiscalYear),
        problem("missing", "ไม่ได้ระบุปีงบประมาณ", "the fiscal year is missing")
      )
    );
  } else current = readYear(yearCell, at(number, columns.fiscalYear), issues, frameworks);
  const scores = current.framework
    ? readScores(cells, number, current.framework, columns.scores, issues)
    : undefined;

  let previous: BatchYear | undefined;
  const previousYearColumn = columns.previousFiscalYear;
  if (hasAny(cells, [previousYearColumn, ...columns.previousScores.values()])) {
    const given = previousYearColumn ? cells[previousYearColumn.index] : undefined;
    const location = previousYearColumn ? at(number, previousYearColumn) : `แถว ${number} (row ${number})`;
    const year = isBlank(given)
      ? current.year === undefined
        ? {}
        : readYear(current.year - 1, location, issues, frameworks)
      : readYear(given, location, issues, frameworks);
    if (year.year !== undefined && current.year !== undefined && year.year >= current.year) {
      issues.push(
        issueAt(
          location,
          problem(
            "previous-not-earlier",
            `ปีก่อน ${year.year} ต้องมาก่อนปีงบประมาณ ${current.year}`,
            `the previous year ${year.year} must be earlier than ${current.year}`
          )
        )
      );
    } else if (year.framework) {
      const previousScores = readScores(cells, number, year.framework, columns.previousScores, issues);
      if (previousScores) previous = scoreBatchYear(year.framework, previousScores);
    }
  }
  if (issues.length > before || !current.framework || !scores) return undefined;
  const type = columns.type ? textOf(cells[columns.type.index]) : "";
  const province = columns.province ? textOf(cells[columns.province.index]) : "";
  return {
    row: number,
    agency,
    type: type || undefined,
    province: province || undefined,
    current: scoreBatchYear(current.framework, scores),
    previous,
  };
}

export interface ReadAgenciesOptions {
  /** Called now and then with the number of rows read so far (a progress bar). */
  readonly onProgress?: (rowsRead: number) => void;
  /** The frameworks to score with: the built-in ones and any `--framework` file. */
  readonly frameworks?: FrameworkLookup;
}

/**
 * Reads a file of agencies: the first row is the header (see `batchColumnsOf`), each later row one
 * agency. Bad rows are left out and their problems returned; the caller decides whether to go on.
 *
 * @example readAgencies(csvRows(text)).agencies.length // number of good rows
 */
export function readAgencies(rows: readonly NumberedRow[], options: ReadAgenciesOptions = {}): BatchReading {
  const [header, ...body] = rows;
  if (!header) {
    return {
      agencies: [],
      issues: [issueAt("", problem("empty-file", "ไฟล์ไม่มีข้อมูล", "the file holds no rows"))],
      warnings: [],
      invalidRows: [],
      headerOk: false,
    };
  }
  const read = batchColumnsOf(header.cells, header.number);
  if (!read.columns) {
    return { agencies: [], issues: read.issues, warnings: read.warnings, invalidRows: [], headerOk: false };
  }
  const issues: ValidationIssue[] = [];
  const agencies: BatchAgency[] = [];
  const invalidRows: number[] = [];
  body.forEach((row, i) => {
    const agency = readAgencyRow(row, read.columns as BatchColumns, issues, options.frameworks);
    if (agency) agencies.push(agency);
    else invalidRows.push(row.number);
    if (options.onProgress && (i + 1) % 500 === 0) options.onProgress(i + 1);
  });
  options.onProgress?.(body.length);
  if (body.length === 0) {
    issues.push(
      issueAt(
        `แถว ${header.number} (row ${header.number})`,
        problem("no-agencies", "มีแต่แถวหัวตาราง ไม่มีหน่วยงาน", "the file has a header row but no agencies")
      )
    );
  }
  return { agencies, issues, warnings: read.warnings, invalidRows, headerOk: true };
}
