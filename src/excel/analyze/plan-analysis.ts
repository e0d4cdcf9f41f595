/**
 * Planning what Analyze writes, between its two syncs: the output block the core lays out beside the input,
 * and the checks that its cells are the add-in's to write (not read-only or protected, not merged, empty or
 * its own earlier output, and no Excel Table that would spread over it).
 */
import {
  AssessmentResult,
  cellAddress,
  CellPosition,
  Framework,
  issueAt,
  OutputPlan,
  planOutput,
  problem,
  quoteSheetName,
  RecognizedScores,
  sheetCellAddress,
  Validated,
  ValidationIssue,
} from "../../core";
import type { AnalyzeRequest } from "../actions";
import { inBlocks, ownBlocksOn } from "../output-record";
import { protectedSheetIssue, readOnlyIssue, tableInTheWayIssue } from "../write-guards";
import { assessRead, fail } from "./assess-read";
import type { ReadPhase } from "./read-input";

/** An analysis planned between the syncs: the scores recognised, their result, and the output block. */
export interface Planned {
  readonly recognized: RecognizedScores;
  readonly result: AssessmentResult;
  readonly plan: OutputPlan;
}

/** Everything between the two syncs: recognise, score, plan, and check the output cells are ours to write. */
export function planAnalysis(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  mode: AnalyzeRequest["mode"]
): Validated<Planned> {
  const sheetName = read.sheet.name;
  const blocked =
    readOnlyIssue(sheetName, read.workbook) ??
    protectedSheetIssue(sheetName, read.sheet.protection.protected);
  if (blocked) return fail([blocked]);
  const assessed = assessRead(read, framework, agency);
  if (!assessed.ok) return assessed;
  const { recognized, result } = assessed.value;
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const plan = planOutput(recognized, result, mode);

  const issues: ValidationIssue[] = [];
  if (read.merged && !read.merged.isNullObject) {
    issues.push(
      issueAt(
        read.merged.address,
        problem(
          "merged-cells",
          "มีเซลล์ที่ผสานไว้ในช่วงข้อมูลหรือช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน",
          "merged cells in the input or where the results go: unmerge them first"
        )
      )
    );
  }
  const ownBlocks = ownBlocksOn(read.names, "output", sheetName);
  const isOwn = (cell: CellPosition) => inBlocks(ownBlocks, cell.row, cell.column);
  const occupied: string[] = [];
  for (let r = 0; r < plan.rowCount; r += 1) {
    for (let c = 0; c < plan.columnCount; c += 1) {
      const cell = { row: plan.origin.row + r, column: plan.origin.column + c };
      const formula = read.window.formulas[cell.row - origin.row]?.[cell.column - origin.column];
      if (formula !== "" && formula !== undefined && !isOwn(cell))
        occupied.push(sheetCellAddress(sheetName, cell));
    }
  }
  if (occupied.length > 0) {
    const shown = occupied.slice(0, 5).join(", ") + (occupied.length > 5 ? ` … (${occupied.length})` : "");
    issues.push(
      issueAt(
        plan.address,
        problem(
          "output-not-empty",
          `ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (${shown}) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ`,
          `the cells for the results are not empty (${shown}); the add-in writes only into empty cells or its own earlier output, so nothing was written`
        )
      )
    );
  }
  if (issues.length > 0) return fail(issues, assessed.warnings);
  return { ok: true, value: { recognized, result, plan }, warnings: assessed.warnings };
}

/** The rectangle a year's recognised score cells span, with its sheet ("'ITA 2568'!C5:C14"). */
export function lineAddress(recognized: RecognizedScores, cells: ReadonlyMap<number, CellPosition>): string {
  const positions = [...cells.values()];
  const rows = positions.map((cell) => cell.row);
  const columns = positions.map((cell) => cell.column);
  const start = { row: Math.min(...rows), column: Math.min(...columns) };
  const end = { row: Math.max(...rows), column: Math.max(...columns) };
  return `${quoteSheetName(recognized.sheet)}!${cellAddress(start)}:${cellAddress(end)}`;
}

/** A rectangle of cells, 0-based and inclusive. */
interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A table in the way of the output: the output lies in it, or just right of or below it, where Excel
 * would spread the table over the results. One more sync, only when the sheet has tables, reads where they
 * are.
 */
export async function tableIssue(
  context: Excel.RequestContext,
  read: ReadPhase,
  plan: OutputPlan
): Promise<ValidationIssue | undefined> {
  const tables = read.tables.items;
  if (tables.length === 0) return undefined;
  const ranges = tables.map((table) => table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  await context.sync();
  const output: CellRect = {
    top: plan.origin.row,
    left: plan.origin.column,
    bottom: plan.origin.row + plan.rowCount - 1,
    right: plan.origin.column + plan.columnCount - 1,
  };
  const inTheWay = tables.filter((_, i) => {
    const range = ranges[i];
    if (!range) return false;
    const table: CellRect = {
      top: range.rowIndex,
      left: range.columnIndex,
      bottom: range.rowIndex + range.rowCount - 1,
      right: range.columnIndex + range.columnCount - 1,
    };
    const rowsMeet = table.top <= output.bottom && table.bottom >= output.top;
    const columnsMeet = table.left <= output.right && table.right >= output.left;
    const inside = rowsMeet && columnsMeet;
    const leftOf = rowsMeet && table.right === output.left - 1;
    const above = columnsMeet && table.bottom === output.top - 1;
    return inside || leftOf || above;
  });
  return inTheWay.length > 0
    ? tableInTheWayIssue(
        plan.address,
        inTheWay.map((table) => table.name)
      )
    : undefined;
}
