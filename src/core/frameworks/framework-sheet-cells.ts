/**
 * Reading the cells of a framework sheet: each value parsed as what its column holds, and every problem
 * collected at its cell (`'กรอบ ITA 2568'!D12`), wherever the rows given start on the sheet. The readers of
 * the sections (read-framework-*.ts) read through it, so their problems come out in sheet order.
 */
import { cellAddress, CellPosition, quoteSheetName } from "../a1";
import { exactHasAtMostDecimals, exactToNumber } from "../exact";
import { issueAt, Parsed, problem, Problem, quoteValue, ValidationIssue } from "../issues";
import { parseNumber, trimPasted } from "../parse";
import { EVIDENCE_TEXT } from "./framework-sheet-labels";
import { Evidence } from "./types";

/** A row of the sheet that is not a title, a note or blank. */
export interface SheetRow {
  /** 0-based index into the rows given. */
  readonly index: number;
  readonly cells: readonly unknown[];
}

/** A cell as text: a number as it shows, text trimmed as pasted, anything else blank. */
export function cellText(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? trimPasted(value) : "";
}

function evidenceFrom(value: unknown): Evidence | undefined {
  const text = cellText(value).toLowerCase();
  if (text === "" || /working|ทำงาน|ไม่ยืนยัน|ยังไม่/.test(text)) return "working-rule";
  if (/verified|ยืนยัน/.test(text)) return "verified";
  return undefined;
}

/** The cells of one framework sheet as they are read, and the problems found so far. */
export interface FrameworkSheetCells {
  readonly issues: ValidationIssue[];
  readonly warnings: ValidationIssue[];
  /** The sheet's name as a reference quotes it: `'กรอบ ITA 2568'`. */
  readonly sheet: string;
  /** The address of a cell by its row index and 0-based column: `'กรอบ ITA 2568'!D12`. */
  cell(index: number, column: number): string;
  /** The address of a block of cells, from its first row and column to its last. */
  area(first: number, last: number, fromColumn: number, toColumn: number): string;
  report(index: number, column: number, what: Problem): void;
  warn(index: number, column: number, what: Problem): void;
  /** A parsed value, or `undefined` with its problem reported at the cell. */
  read<T>(row: SheetRow, column: number, parsed: Parsed<T>): T | undefined;
  number(row: SheetRow, column: number): number | undefined;
  wholeNumber(row: SheetRow, column: number, what: string, whatEn: string): number | undefined;
  /** The cell's text; a blank is reported as missing `what`. */
  required(row: SheetRow, column: number, what: string, whatEn: string): string;
  /** The evidence a cell names; a blank is a working rule, another word a problem (and a working rule). */
  evidenceAt(row: SheetRow, column: number): Evidence;
}

/**
 * The reader of a sheet's cells; `origin` is where the first value given sits on the sheet (the used range
 * need not start at A1).
 */
export function frameworkSheetCells(sheetName: string, origin: CellPosition): FrameworkSheetCells {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const sheet = quoteSheetName(sheetName);
  const cell = (index: number, column: number) =>
    `${sheet}!${cellAddress({ row: origin.row + index, column: origin.column + column })}`;
  const area = (first: number, last: number, fromColumn: number, toColumn: number) =>
    `${cell(first, fromColumn)}:${cellAddress({ row: origin.row + last, column: origin.column + toColumn })}`;
  const report = (index: number, column: number, what: Problem) => {
    issues.push(issueAt(cell(index, column), what));
  };
  const warn = (index: number, column: number, what: Problem) => {
    warnings.push(issueAt(cell(index, column), what));
  };
  const read = <T>(row: SheetRow, column: number, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    report(row.index, column, parsed.problem);
    return undefined;
  };
  const number = (row: SheetRow, column: number): number | undefined => {
    const value = read(row, column, parseNumber(row.cells[column]));
    return value === undefined ? undefined : exactToNumber(value);
  };
  const wholeNumber = (row: SheetRow, column: number, what: string, whatEn: string): number | undefined => {
    const value = read(row, column, parseNumber(row.cells[column]));
    if (value === undefined) return undefined;
    if (!exactHasAtMostDecimals(value, 0) || exactToNumber(value) < 1) {
      report(
        row.index,
        column,
        problem(
          "not-a-whole-number",
          `${what} ${quoteValue(row.cells[column])} ต้องเป็นจำนวนเต็มบวก`,
          `${whatEn} ${quoteValue(row.cells[column])} must be a positive whole number`
        )
      );
      return undefined;
    }
    return exactToNumber(value);
  };
  const required = (row: SheetRow, column: number, what: string, whatEn: string): string => {
    const text = cellText(row.cells[column]);
    if (text === "") {
      report(row.index, column, problem("blank", `ต้องกรอก${what}`, `the ${whatEn} is missing`));
    }
    return text;
  };
  const evidenceAt = (row: SheetRow, column: number): Evidence => {
    const value = evidenceFrom(row.cells[column]);
    if (value === undefined) {
      report(
        row.index,
        column,
        problem(
          "unknown-evidence",
          `${quoteValue(row.cells[column])} ไม่ใช่ "${EVIDENCE_TEXT.verified}" หรือ "${EVIDENCE_TEXT["working-rule"]}"`,
          `${quoteValue(row.cells[column])} is neither "${EVIDENCE_TEXT.verified}" nor "${EVIDENCE_TEXT["working-rule"]}"`
        )
      );
    }
    return value ?? "working-rule";
  };
  return {
    issues,
    warnings,
    sheet,
    cell,
    area,
    report,
    warn,
    read,
    number,
    wholeNumber,
    required,
    evidenceAt,
  };
}
