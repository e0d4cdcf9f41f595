/**
 * What is refused about the selected block itself, before its values mean anything: a selection far too
 * large (whole columns, rows or the sheet), rows or columns hidden by hand or by a filter, and cells of the
 * add-in's own earlier output taken in as scores.
 */
import {
  cellAddress,
  columnLetters,
  Framework,
  issueAt,
  problem,
  quoteSheetName,
  ValidationIssue,
} from "../../core";
import { inBlocks, ownBlocksOn } from "../output-record";
import { ReadPhase, WINDOW } from "./read-input";

/** Excel's grid: a selection this tall is whole columns, this wide whole rows. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** A selection too large to hold the scores, said plainly for whole columns, rows or the whole sheet. */
export function sizeIssue(read: ReadPhase, framework: Framework): ValidationIssue | undefined {
  const { rowCount, columnCount, address } = read.range;
  if (rowCount <= WINDOW && columnCount <= WINDOW) return undefined;
  const n = framework.indicators.length;
  const wholeRows = columnCount === SHEET_COLUMNS;
  const wholeColumns = rowCount === SHEET_ROWS;
  const [th, en] =
    wholeRows && wholeColumns
      ? [
          `เลือกไว้ทั้งแผ่นงาน โปรดเลือกเฉพาะคะแนน ${n} ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)`,
          `the whole sheet is selected: select only the ${n} indicator scores (with their header, names and earlier years' scores, if you like)`,
        ]
      : wholeColumns || wholeRows
        ? [
            `เลือกไว้ทั้ง${wholeColumns ? "คอลัมน์" : "แถว"} โปรดเลือกเฉพาะช่องคะแนน ${n} ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)`,
            `whole ${wholeColumns ? "columns" : "rows"} are selected: select only the cells of the ${n} indicator scores (with their header, names and earlier years' scores, if you like)`,
          ]
        : [
            `ช่วงที่เลือกมี ${rowCount} แถว × ${columnCount} คอลัมน์ ใหญ่เกินกว่าคะแนน ${n} ตัวชี้วัด`,
            `the selection is ${rowCount} rows × ${columnCount} columns, far more than ${n} indicator scores`,
          ];
  return issueAt(address, problem("wrong-size", th, en));
}

type LineKind = "rows" | "columns";

/** "7", "D": a row or column as Excel labels it. */
const lineLabel = (index: number, kind: LineKind) =>
  kind === "rows" ? String(index + 1) : columnLetters(index);

/** "Sheet1!7:8,Sheet1!10:10": whole rows (or columns) in runs, as Excel writes a multi-area address. */
function linesAddress(sheet: string, indexes: readonly number[], kind: LineKind): string {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs
    .map(([from, to]) => `${quoteSheetName(sheet)}!${lineLabel(from, kind)}:${lineLabel(to, kind)}`)
    .join(",");
}

interface HiddenCause {
  readonly code: string;
  /** "ถูกซ่อนไว้" / "hidden". */
  readonly th: string;
  readonly en: string;
  readonly remedyTh: string;
  /** The remedy, given "it" or "them". */
  readonly remedyEn: (them: string) => string;
}

/** One issue for hidden rows or columns, worded for one line or several. */
function hiddenIssue(
  sheet: string,
  indexes: readonly number[],
  kind: LineKind,
  cause: HiddenCause
): ValidationIssue {
  const list = indexes.map((index) => lineLabel(index, kind)).join(", ");
  const one = indexes.length === 1;
  const noun = kind === "rows" ? (one ? "row" : "rows") : one ? "column" : "columns";
  return issueAt(
    linesAddress(sheet, indexes, kind),
    problem(
      cause.code,
      `${kind === "rows" ? "แถว" : "คอลัมน์"} ${list} ในช่วงที่เลือก${cause.th} ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ ${cause.remedyTh} ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `${noun} ${list} of the selection ${one ? "is" : "are"} ${cause.en}, so not every value that would be analysed is in view: ${cause.remedyEn(one ? "it" : "them")}; nothing was written`
    )
  );
}

const unhideFirst = (them: string) => `unhide ${them} and check the values first`;

/**
 * Rows or columns of the input that are hidden, by the officer or by a filter: the officer would analyse
 * (and publish) values they cannot see, so they are refused, each kind with its own remedy.
 */
export function hiddenLineIssues(read: ReadPhase, rows: number, columns: number): ValidationIssue[] {
  if (!read.lines) return [];
  const sheet = read.sheet.name;
  const top = read.range.rowIndex;
  const left = read.range.columnIndex;
  const hiddenRows = read.lines.rows.slice(0, rows).flatMap((cell, r) => (cell.rowHidden ? [top + r] : []));
  const hiddenColumns = read.lines.columns
    .slice(0, columns)
    .flatMap((cell, c) => (cell.columnHidden ? [left + c] : []));
  const filterRange = read.filter?.autoFilter.isDataFiltered ? read.filter.range : undefined;
  const byFilter = (row: number) =>
    filterRange !== undefined &&
    !filterRange.isNullObject &&
    row >= filterRange.rowIndex &&
    row < filterRange.rowIndex + filterRange.rowCount;
  const filtered = hiddenRows.filter(byFilter);
  const byHand = hiddenRows.filter((row) => !byFilter(row));
  const issues: ValidationIssue[] = [];
  if (filtered.length > 0) {
    issues.push(
      hiddenIssue(sheet, filtered, "rows", {
        code: "filtered-rows",
        th: "ถูกซ่อนโดยตัวกรอง (AutoFilter)",
        en: "hidden by a filter",
        remedyTh: "โปรดล้างตัวกรองก่อน",
        remedyEn: () => "clear the filter first",
      })
    );
  }
  if (byHand.length > 0) {
    issues.push(
      hiddenIssue(sheet, byHand, "rows", {
        code: "hidden-rows",
        th: "ถูกซ่อนไว้",
        en: "hidden",
        remedyTh: "โปรดยกเลิกการซ่อนแถวและตรวจสอบค่าก่อน",
        remedyEn: unhideFirst,
      })
    );
  }
  if (hiddenColumns.length > 0) {
    issues.push(
      hiddenIssue(sheet, hiddenColumns, "columns", {
        code: "hidden-columns",
        th: "ถูกซ่อนไว้",
        en: "hidden",
        remedyTh: "โปรดยกเลิกการซ่อนคอลัมน์และตรวจสอบค่าก่อน",
        remedyEn: unhideFirst,
      })
    );
  }
  return issues;
}

/**
 * The selection takes in cells of the add-in's own earlier output (say the change column beside last
 * Analyze): those would be read as scores. Cleared output cells do not count.
 */
export function ownOutputIssue(read: ReadPhase, rows: number, columns: number): ValidationIssue | undefined {
  const blocks = ownBlocksOn(read.names, "output", read.sheet.name);
  const top = read.range.rowIndex;
  const left = read.range.columnIndex;
  const overlapping = blocks.filter((block) => {
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < columns; c += 1) {
        const formula = read.window.formulas[r]?.[c];
        if (
          inBlocks([block], top + r, left + c) &&
          formula !== "" &&
          formula !== undefined &&
          formula !== null
        )
          return true;
      }
    }
    return false;
  });
  const first = overlapping[0]?.range;
  if (!first) return undefined;
  const output = `${quoteSheetName(read.sheet.name)}!${cellAddress(first.start)}:${cellAddress(first.end)}`;
  return issueAt(
    read.range.address,
    problem(
      "input-includes-output",
      `ช่วงที่เลือกรวมผลการวิเคราะห์ที่ส่วนเสริมเขียนไว้ (${output}) โปรดเลือกเฉพาะคะแนน ชื่อตัวชี้วัด และหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the selection takes in the results the add-in wrote earlier (${output}): select only the scores, their names and header; nothing was written`
    )
  );
}
