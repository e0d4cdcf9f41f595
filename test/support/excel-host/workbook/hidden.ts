/** `Workbook`'s layer for hidden rows and columns and the AutoFilter, with the criteria it evaluates. */

import { type Rect, columnCount, formatRect, isUnbounded, rowCount, sameRect } from "../a1";
import { HostFailure } from "../errors";
import {
  type AutoFilterModel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type FilterCriteriaModel,
  type SheetModel,
  getCellRecord,
} from "../model";
import { displayText, plainValue } from "../values";
import { WorkbookCharts } from "./charts";

export class WorkbookHidden extends WorkbookCharts {
  // ---- hidden rows and columns, AutoFilter ------------------------------------------------------------

  isRowHidden(sheet: SheetModel, row: number): boolean {
    return sheet.hiddenRows.has(row) || sheet.filteredRows.has(row);
  }

  /** `rowHidden` / `columnHidden` of a range: true when all are hidden, false when none, null when mixed. */
  hiddenState(sheet: SheetModel, axis: "columns" | "rows", from: number, to: number): boolean | null {
    const hidden =
      axis === "columns" ? sheet.hiddenColumns : new Set([...sheet.hiddenRows, ...sheet.filteredRows]);
    let count = 0;
    for (const index of hidden) if (index >= from && index <= to) count++;
    if (count === 0) return false;
    return count === to - from + 1 ? true : null;
  }

  /** A size as `format.rowHeight` / `columnWidth` read it: a hidden row or column measures 0. */
  shownSize(sheet: SheetModel, axis: "columns" | "rows", from: number, to: number): number | null {
    const state = this.hiddenState(sheet, axis, from, to);
    if (state === true) return 0;
    if (state === null) return null;
    return axis === "columns"
      ? this.uniformSize(sheet.columnWidths, from, to, DEFAULT_COLUMN_WIDTH)
      : this.uniformSize(sheet.rowHeights, from, to, DEFAULT_ROW_HEIGHT);
  }

  /** Hides or shows rows or columns; showing a row the AutoFilter hid shows it (the filter stays). */
  setHidden(sheet: SheetModel, axis: "columns" | "rows", from: number, to: number, hidden: boolean): void {
    this.assertEditable(sheet);
    const set = axis === "columns" ? sheet.hiddenColumns : sheet.hiddenRows;
    if (!hidden) {
      for (const index of [...set]) if (index >= from && index <= to) set.delete(index);
      if (axis === "rows") {
        for (const index of [...sheet.filteredRows])
          if (index >= from && index <= to) sheet.filteredRows.delete(index);
      }
      return;
    }
    if (to - from >= 100_000) {
      throw new HostFailure("NotImplemented", `ExcelHost does not hide ${to - from + 1} ${axis} at once`);
    }
    for (let index = from; index <= to; index++) set.add(index);
  }

  /**
   * `autoFilter.apply(range, columnIndex?, criteria?)`: turns the AutoFilter on for the range (a sheet has at
   * most one; another range replaces it) and, with a column and criteria, filters that column. The first row
   * is the header and is never hidden; the values are compared as shown, at the time the filter is applied.
   */
  applyAutoFilter(sheet: SheetModel, rect: Rect, columnIndex?: number, criteria?: unknown): void {
    this.assertEditable(sheet);
    if (isUnbounded(rect) || rowCount(rect) < 2) {
      throw new HostFailure(
        "InvalidArgument",
        `an AutoFilter needs a header row and data (${formatRect(rect)})`
      );
    }
    const same = sheet.autoFilter && sameRect(sheet.autoFilter.rect, rect);
    const kept =
      same && sheet.autoFilter ? sheet.autoFilter.criteria : new Map<number, FilterCriteriaModel>();
    const next = new Map(kept);
    if (columnIndex !== undefined) {
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= columnCount(rect)) {
        throw new HostFailure(
          "InvalidArgument",
          `column index ${String(columnIndex)} of ${formatRect(rect)}`
        );
      }
      if (criteria !== undefined) next.set(columnIndex, filterCriteria(criteria));
    }
    sheet.autoFilter = { rect, criteria: next };
    this.filterRows(sheet);
  }

  clearAutoFilterCriteria(sheet: SheetModel): void {
    this.assertEditable(sheet);
    if (sheet.autoFilter) sheet.autoFilter = { rect: sheet.autoFilter.rect, criteria: new Map() };
    this.filterRows(sheet);
  }

  removeAutoFilter(sheet: SheetModel): void {
    this.assertEditable(sheet);
    sheet.autoFilter = undefined;
    sheet.filteredRows.clear();
  }

  /**
   * Decides, as Excel does when a filter is applied, reapplied or cleared, whether each data row of the
   * AutoFilter's range shows: a row that fails a criterion is hidden, every other one shown, even one the
   * officer had hidden by hand.
   */
  filterRows(sheet: SheetModel): void {
    this.assertEditable(sheet);
    sheet.filteredRows.clear();
    const filter: AutoFilterModel | undefined = sheet.autoFilter;
    if (!filter) return;
    for (const row of [...sheet.hiddenRows]) {
      if (row > filter.rect.top && row <= filter.rect.bottom) sheet.hiddenRows.delete(row);
    }
    this.ensureCalculated();
    for (let row = filter.rect.top + 1; row <= filter.rect.bottom; row++) {
      for (const [offset, criteria] of filter.criteria) {
        const column = filter.rect.left + offset;
        const value = this.cellValue(sheet, row, column);
        const shown =
          value === null || value === undefined
            ? ""
            : displayText(value, getCellRecord(sheet, row, column).numberFormat ?? "General");
        if (!passesFilter(criteria, shown, value ? plainValue(value) : "")) {
          sheet.filteredRows.add(row);
          break;
        }
      }
    }
  }
}

const filterOperators = ["And", "Or"];

/** Checks an Excel.FilterCriteria the host can evaluate ("Values" and "Custom"); other kinds are not modelled. */
function filterCriteria(value: unknown): FilterCriteriaModel {
  if (typeof value !== "object" || value === null)
    throw new HostFailure("InvalidArgument", "filter criteria");
  const bag = value as Record<string, unknown>;
  if (bag.filterOn === "Values") {
    const values = bag.values;
    if (!Array.isArray(values) || !values.every((item) => typeof item === "string")) {
      throw new HostFailure("InvalidArgument", "Values filtering needs values: string[]");
    }
    return { filterOn: "Values", values: [...(values as string[])] };
  }
  if (bag.filterOn === "Custom") {
    const { criterion1, criterion2, operator } = bag;
    if (typeof criterion1 !== "string" || (criterion2 !== undefined && typeof criterion2 !== "string")) {
      throw new HostFailure("InvalidArgument", "Custom filtering needs criterion1 (and criterion2) as text");
    }
    if (operator !== undefined && !filterOperators.includes(operator as string)) {
      throw new HostFailure("InvalidArgument", `filter operator ${JSON.stringify(operator)}`);
    }
    return {
      filterOn: "Custom",
      criterion1,
      ...(criterion2 === undefined ? {} : { criterion2 }),
      ...(operator === undefined ? {} : { operator: operator as "And" | "Or" }),
    };
  }
  throw new HostFailure("NotImplemented", `ExcelHost does not filter on ${JSON.stringify(bag.filterOn)}`);
}

/** One comparison of a custom filter, ">=85", "<>x", "=", against a cell's value or shown text. */
function passesComparison(criterion: string, shown: string, value: unknown): boolean {
  const match = /^(>=|<=|<>|>|<|=)?(.*)$/s.exec(criterion);
  const operator = match?.[1] ?? "=";
  const operand = match?.[2] ?? "";
  const number = Number(operand);
  const numeric = operand.trim() !== "" && Number.isFinite(number) && typeof value === "number";
  const order = numeric
    ? Math.sign((value as number) - number)
    : shown.toLowerCase().localeCompare(operand.toLowerCase());
  switch (operator) {
    case ">=":
      return order >= 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case "<":
      return order < 0;
    case "<>":
      return order !== 0;
    default:
      return order === 0;
  }
}

function passesFilter(criteria: FilterCriteriaModel, shown: string, value: unknown): boolean {
  if (criteria.filterOn === "Values") return criteria.values.includes(shown);
  const first = passesComparison(criteria.criterion1, shown, value);
  if (criteria.criterion2 === undefined) return first;
  const second = passesComparison(criteria.criterion2, shown, value);
  return criteria.operator === "Or" ? first || second : first && second;
}
