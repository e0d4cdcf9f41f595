/**
 * Where the results of "Many agencies" go and what stops them there: read 2's look at the cells right of the
 * table (their formulas, merged areas, Excel Tables in or next to them) and the issues that keep anything
 * from being written — the officer's data in a result cell, merged cells, a Table Excel would spread.
 */
import {
  cellAddress,
  issueAt,
  parseRangeReference,
  problem,
  quoteSheetName,
  RangeReference,
  ValidationIssue,
} from "../../core";
import { inBlocks, OwnBlock, overlaps } from "../output-record";
import { supportsExcelApi } from "../run-excel";
import { tableInTheWayIssue } from "../write-guards";
import { RESULT_COLUMNS } from "./result-block";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const referenceOf = (rect: CellRect): RangeReference => ({
  sheet: "",
  start: { row: rect.top, column: rect.left },
  end: { row: rect.bottom, column: rect.right },
});

/** The areas of a multi-area address ("Sheet1!Z3:AA3,Sheet1!Z9:AA9") that meet a rectangle. */
function mergedAreasIn(address: string, rect: CellRect): string[] {
  return address.split(",").filter((area) => {
    const reference = parseRangeReference(area);
    return reference !== undefined && overlaps(reference, referenceOf(rect));
  });
}

/** What read 2 asks about the place of the results (rows `top`…`bottom`, from column `left`). */
export interface AreaReads {
  readonly formulas: Excel.Range;
  readonly merged?: Excel.RangeAreas;
  /** Tables there, or ending just left of or above it, where Excel would spread them over the results. */
  readonly tables: readonly Excel.TableScopedCollection[];
}

/** Queues read 2's look at the place of the results; nothing is read until the caller syncs. */
export function queueAreaReads(sheet: Excel.Worksheet, top: number, bottom: number, left: number): AreaReads {
  const formulas = sheet.getRangeByIndexes(top, left, bottom - top + 1, RESULT_COLUMNS);
  formulas.load("formulas");
  // Merged areas need ExcelApi 1.13; older Excel skips this check (the write fails loudly instead).
  const merged = supportsExcelApi("1.13") ? formulas.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const tables = [
    formulas,
    sheet.getRangeByIndexes(top, left - 1, bottom - top + 1, 1),
    ...(top > 0 ? [sheet.getRangeByIndexes(top - 1, left, 1, RESULT_COLUMNS)] : []),
  ].map((range) => range.getTables(false).load("items/name"));
  return { formulas, merged, tables };
}

/** The cells of read 2 that are neither empty nor the add-in's own earlier output. */
function occupiedCells(
  formulas: readonly (readonly unknown[])[],
  top: number,
  left: number,
  ownBlocks: readonly OwnBlock[]
): CellAt[] {
  const occupied: CellAt[] = [];
  formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (formula === "" || formula === null || formula === undefined) return;
      const row = top + r;
      const column = left + c;
      if (!inBlocks(ownBlocks, row, column)) occupied.push({ row, column });
    })
  );
  return occupied;
}

interface CellAt {
  readonly row: number;
  readonly column: number;
}

function occupiedIssue(sheetName: string, address: string, occupied: readonly CellAt[]): ValidationIssue {
  const sheet = quoteSheetName(sheetName);
  const shown =
    occupied
      .slice(0, 5)
      .map((cell) => `${sheet}!${cellAddress(cell)}`)
      .join(", ") + (occupied.length > 5 ? ` … (${occupied.length})` : "");
  return issueAt(
    address,
    problem(
      "output-not-empty",
      `ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (${shown}) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the cells for the results are not empty (${shown}); the add-in writes only into empty cells or its own earlier output, so nothing was written`
    )
  );
}

/**
 * Every reason the results may not go at `outputRect` (whose address is `outputAddress`): the officer's data
 * there, merged cells, an Excel Table in the way. `areaTop` is the sheet row the area reads start at.
 */
export function outputAreaIssues(
  area: AreaReads,
  areaTop: number,
  outputRect: CellRect,
  outputAddress: string,
  sheetName: string,
  ownBlocks: readonly OwnBlock[]
): ValidationIssue[] {
  const { formulas: areaRange, merged, tables } = area;
  const issues: ValidationIssue[] = [];
  const formulas = areaRange.formulas.slice(outputRect.top - areaTop, outputRect.bottom - areaTop + 1);
  const occupied = occupiedCells(formulas, outputRect.top, outputRect.left, ownBlocks);
  if (occupied.length > 0) issues.push(occupiedIssue(sheetName, outputAddress, occupied));
  const mergedHere = merged && !merged.isNullObject ? mergedAreasIn(merged.address, outputRect) : [];
  if (mergedHere.length > 0) {
    issues.push(
      issueAt(
        mergedHere.join(","),
        problem(
          "merged-cells",
          "มีเซลล์ที่ผสานไว้ในช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
          "merged cells where the results go: unmerge them first; nothing was written"
        )
      )
    );
  }
  const tableNames = [...new Set(tables.flatMap((found) => found.items.map((table) => table.name)))];
  if (tableNames.length > 0) issues.push(tableInTheWayIssue(outputAddress, tableNames));
  return issues;
}
