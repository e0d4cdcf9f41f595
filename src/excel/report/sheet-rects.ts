/**
 * Rectangles of cells on a sheet: the block a layout covers, a merge's area, cells grouped into few
 * rectangles, and the Office.js range of a rectangle. Shared by the cell, chart and page-layout writers.
 */
import { Merge, SheetLayout } from "../../core/report/layout";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Cells ("row,column") grouped into few rectangles: runs along each row, stacked while they line up. */
export function rectanglesOf(cells: Iterable<string>): Rect[] {
  const positions = [...cells]
    .map((key) => key.split(",").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Rect[] = [];
  for (const [row, column] of positions) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === column - 1)
      runs[runs.length - 1] = { ...last, right: column };
    else runs.push({ top: row, bottom: row, left: column, right: column });
  }
  const rects: Rect[] = [];
  const open = new Map<string, number>();
  for (const run of runs) {
    const key = `${run.left},${run.right}`;
    const index = open.get(key);
    const previous = index === undefined ? undefined : rects[index];
    if (index !== undefined && previous && previous.bottom === run.top - 1) {
      rects[index] = { ...previous, bottom: run.top };
    } else {
      open.set(key, rects.length);
      rects.push(run);
    }
  }
  return rects;
}

export function boundsOf(layout: SheetLayout): Rect | undefined {
  const rects: Rect[] = [
    ...layout.cells.map((cell) => ({
      top: cell.row,
      left: cell.column,
      bottom: cell.row,
      right: cell.column,
    })),
    ...layout.merges.map(mergeRect),
  ];
  if (rects.length === 0) return undefined;
  return {
    top: Math.min(...rects.map((rect) => rect.top)),
    left: Math.min(...rects.map((rect) => rect.left)),
    bottom: Math.max(...rects.map((rect) => rect.bottom)),
    right: Math.max(...rects.map((rect) => rect.right)),
  };
}

export function mergeRect(merge: Merge): Rect {
  return {
    top: merge.row,
    left: merge.column,
    bottom: merge.row + merge.rowCount - 1,
    right: merge.column + merge.columnCount - 1,
  };
}

export function rangeOf(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

/** Rows (in any order) as ascending runs of consecutive rows: one range per run instead of one per row. */
export function runsOf(rows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count += 1;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}
