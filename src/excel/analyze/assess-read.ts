/**
 * The assessment in the cells read: their values as the core should see them (errors as text, dates as
 * dates), the selection's and the cells' problems collected, then recognised, checked and scored by the core.
 */
import {
  assessmentFromCells,
  AssessmentResult,
  CellBlock,
  CellPosition,
  Framework,
  isDateNumberFormat,
  isPercentNumberFormat,
  issueAt,
  ItemEntry,
  problem,
  recognizeScores,
  RecognizedScores,
  scoreAssessment,
  sheetCellAddress,
  Validated,
  ValidationIssue,
  zeroScoreWarnings,
} from "../../core";
import type { ReadPhase } from "./read-input";
import { hiddenLineIssues, ownOutputIssue, sizeIssue } from "./selection-issues";

/** Excel's serial day 0 is 30 December 1899 (1900 date system). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * The values as the core should see them: an error cell as its text ("#N/A"), and a number in a cell
 * formatted as a date as the date the officer sees (a score typed into a date cell shows "25/3/1900").
 */
function cellValuesOf(read: ReadPhase, rows: number, columns: number): unknown[][] {
  return read.window.values.slice(0, rows).map((row, r) =>
    row.slice(0, columns).map((value, c) => {
      if (String(read.window.valueTypes[r]?.[c]) === "Error") return String(value);
      const format = read.window.numberFormat[r]?.[c];
      if (typeof value === "number" && typeof format === "string" && isDateNumberFormat(format)) {
        return new Date(SERIAL_EPOCH + value * DAY);
      }
      return value;
    })
  );
}

/** A refusal: the issues found, with the warnings gathered so far. */
export const fail = <T>(
  issues: ValidationIssue[],
  warnings: readonly ValidationIssue[] = []
): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * The assessment in the cells read: recognised, checked and scored, with item results when given. Used
 * by Analyze and by the report actions, which read the same block again.
 */
export function assessRead(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  items: readonly ItemEntry[] = []
): Validated<{ recognized: RecognizedScores; result: AssessmentResult }> {
  const tooLarge = sizeIssue(read, framework);
  if (tooLarge) return fail([tooLarge]);
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const rows = read.range.rowCount;
  const columns = read.range.columnCount;
  const own = ownOutputIssue(read, rows, columns);
  const layoutIssues = [...(own ? [own] : []), ...hiddenLineIssues(read, rows, columns)];
  const block: CellBlock = { sheet: read.sheet.name, origin, values: cellValuesOf(read, rows, columns) };
  const recognized = recognizeScores(block, framework);
  if (!recognized.ok) {
    return fail([...layoutIssues, ...recognized.issues.map(explainDateCell)], recognized.warnings);
  }
  const percent = percentCellIssues(read, recognized.value);
  if (layoutIssues.length > 0 || percent.length > 0) {
    return fail([...layoutIssues, ...percent], recognized.warnings);
  }
  const assessment = assessmentFromCells(recognized.value, agency, items, framework);
  const warnings = [...recognized.warnings, ...zeroScoreWarnings(recognized.value), ...assessment.warnings];
  if (!assessment.ok) return fail([...assessment.issues], warnings);
  return {
    ok: true,
    value: { recognized: recognized.value, result: scoreAssessment(assessment.value) },
    warnings,
  };
}

/** The core's "a date is not a number" said for a cell: what the officer sees there, and what to do. */
function explainDateCell(issue: ValidationIssue): ValidationIssue {
  if (issue.code !== "date") return issue;
  return issueAt(
    issue.location,
    problem(
      "date",
      "ช่องนี้จัดรูปแบบเป็นวันที่ จึงแสดงวันที่แทนคะแนน โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วตรวจสอบคะแนน",
      "the cell is formatted as a date, so it shows a date, not a score: format it as a number and check the score"
    )
  );
}

/**
 * Score cells formatted as percentages hold a fraction (0.8508 shown as 85.08%), which would be read as a
 * score below 1: refused, rather than guessing whether the officer meant 85.08 or 0.85.
 */
function percentCellIssues(read: ReadPhase, recognized: RecognizedScores): ValidationIssue[] {
  const years = [
    recognized.current,
    ...(recognized.previous ? [recognized.previous] : []),
    ...recognized.history,
  ];
  return years.flatMap((year) =>
    [...year.cells.values()].flatMap((cell) => {
      const r = cell.row - read.range.rowIndex;
      const c = cell.column - read.range.columnIndex;
      const format = read.window.numberFormat[r]?.[c];
      const value = read.window.values[r]?.[c];
      if (typeof value !== "number" || typeof format !== "string" || !isPercentNumberFormat(format))
        return [];
      return [
        issueAt(
          sheetCellAddress(recognized.sheet, cell),
          problem(
            "percent-format",
            `ช่องนี้จัดรูปแบบเป็นร้อยละ ค่าที่เก็บจริงคือ ${value} ไม่ใช่คะแนน 0–100 ที่แสดง โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนโดยไม่มีเครื่องหมาย %`,
            `the cell is formatted as a percentage: it holds ${value}, not the 0–100 score it shows; format it as a number and type the score without %`
          )
        ),
      ];
    })
  );
}
