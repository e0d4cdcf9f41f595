/** `Workbook`'s layer for writing cells: contents, number formats, styles, sizes, autofit, merges, clear. */

import { type Rect, columnCount, contains, formatRect, intersect, isUnbounded, rowCount } from "../a1";
import { HostFailure } from "../errors";
import {
  type CellContent,
  type CellRecord,
  type CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  type SheetModel,
  getCellRecord,
  keyColumn,
  keyRow,
  putCell,
  storedKeysIn,
} from "../model";
import { afterWrite } from "../tables";
import { displayText, interpretInput } from "../values";
import { WorkbookHidden } from "./hidden";
import { dropUndefined } from "./rules";

export class WorkbookCells extends WorkbookHidden {
  // ---- writing ---------------------------------------------------------------------------------------

  private assertBounded(rect: Rect, what: string): void {
    if (isUnbounded(rect)) {
      throw new HostFailure(
        "InvalidArgument",
        `${what} cannot be set on a whole row or column (${formatRect(rect)})`
      );
    }
  }

  /** Checks a 2-D array against the range (a lone scalar is accepted for a single cell only). */
  private shape(rect: Rect, data: unknown, what: string): unknown[][] {
    const rows = rowCount(rect);
    const columns = columnCount(rect);
    if (!Array.isArray(data)) {
      if (rows === 1 && columns === 1) return [[data]];
      throw new HostFailure(
        "InvalidArgument",
        `${what} for ${formatRect(rect)} must be a ${rows}×${columns} array`
      );
    }
    const fits = data.length === rows && data.every((line) => Array.isArray(line) && line.length === columns);
    if (!fits) {
      const got = `${data.length}×${Array.isArray(data[0]) ? (data[0] as unknown[]).length : "?"}`;
      throw new HostFailure(
        "InvalidArgument",
        `the ${what} array is ${got} but ${formatRect(rect)} is ${rows}×${columns}`
      );
    }
    return data as unknown[][];
  }

  writeGrid(
    sheet: SheetModel,
    rect: Rect,
    property: "values" | "formulas" | "numberFormat",
    data: unknown
  ): void {
    this.assertBounded(rect, property);
    this.assertEditable(sheet);
    const grid = this.shape(rect, data, property);
    if (property !== "numberFormat") this.assertWholeMergedAreas(sheet, rect, grid);
    grid.forEach((line, r) =>
      line.forEach((input, c) => this.writeCell(sheet, rect.top + r, rect.left + c, property, input))
    );
    if (property !== "numberFormat") afterWrite(this, sheet, rect, grid);
    this.dirty = true;
  }

  /**
   * Excel will not change part of a merged area: a write must take in the whole area and put nothing but
   * into its top-left cell (the audit's B15: the add-in counts on such a write failing loudly).
   */
  private assertWholeMergedAreas(sheet: SheetModel, rect: Rect, grid: readonly (readonly unknown[])[]): void {
    for (const merge of sheet.merges) {
      if (!intersect(merge, rect)) continue;
      const hidden = (row: number, column: number) => row !== merge.top || column !== merge.left;
      let partial = !contains(rect, merge);
      for (let row = merge.top; row <= merge.bottom && !partial; row++) {
        for (let column = merge.left; column <= merge.right; column++) {
          const input = grid[row - rect.top]?.[column - rect.left];
          if (hidden(row, column) && input !== null && input !== undefined && input !== "") partial = true;
        }
      }
      if (partial) {
        throw new HostFailure(
          "InvalidOperation",
          `cannot change part of the merged area ${formatRect(merge)}`
        );
      }
    }
  }

  /** Writes one element the way the API does; also used by the test-side `setCell`. */
  writeCell(
    sheet: SheetModel,
    row: number,
    column: number,
    property: "values" | "formulas" | "numberFormat",
    input: unknown
  ) {
    const record = getCellRecord(sheet, row, column);
    if (property === "numberFormat") {
      if (input === null || input === undefined) return;
      if (typeof input !== "string")
        throw new HostFailure("InvalidArgument", `number format ${String(input)}`);
      putCell(sheet, row, column, {
        ...record,
        numberFormat: input === "" || input === "General" ? undefined : input,
      });
      return;
    }
    const result = interpretInput(input, record.numberFormat ?? "General");
    switch (result.kind) {
      case "skip":
        return;
      case "invalid":
        throw new HostFailure("InvalidArgument", result.reason);
      case "clear":
        putCell(sheet, row, column, { ...record, content: undefined });
        return;
      case "content":
        if (
          result.content.kind === "formula" &&
          this.engine &&
          !this.engine.isValidFormula(result.content.formula)
        ) {
          throw new HostFailure(
            "InvalidArgument",
            `Excel cannot parse the formula ${result.content.formula}`
          );
        }
        putCell(sheet, row, column, { ...record, content: result.content });
    }
  }

  setContent(sheet: SheetModel, row: number, column: number, content: CellContent | undefined): void {
    putCell(sheet, row, column, { ...getCellRecord(sheet, row, column), content });
    this.dirty = true;
  }

  updateStyle(
    sheet: SheetModel,
    rect: Rect,
    patch: (style: CellStyle, row: number, column: number) => CellStyle
  ): void {
    this.assertEditable(sheet);
    if (isUnbounded(rect))
      throw new HostFailure("NotImplemented", "ExcelHost does not format whole rows or columns");
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const record = getCellRecord(sheet, row, column);
        const style = dropUndefined(patch(record.style ?? {}, row, column));
        putCell(sheet, row, column, {
          ...record,
          style: Object.keys(style).length === 0 ? undefined : style,
        });
      }
    }
  }

  setSizes(sheet: SheetModel, axis: "columns" | "rows", from: number, to: number, size: unknown): void {
    this.assertEditable(sheet);
    if (typeof size !== "number" || !Number.isFinite(size) || size < 0) {
      throw new HostFailure(
        "InvalidArgument",
        `a ${axis === "columns" ? "column width" : "row height"} ${String(size)}`
      );
    }
    // Excel hides a row or column whose height or width is set to 0, and shows it again for any other size.
    if (size === 0) {
      this.setHidden(sheet, axis, from, to, true);
      return;
    }
    this.setHidden(sheet, axis, from, to, false);
    const sizes = axis === "columns" ? sheet.columnWidths : sheet.rowHeights;
    const fallback = axis === "columns" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
    if (size === fallback && to - from >= sizes.size) {
      // Back to standard over many rows (a whole sheet): visit the stored sizes, not a million indexes.
      for (const index of [...sizes.keys()]) if (index >= from && index <= to) sizes.delete(index);
      return;
    }
    for (let index = from; index <= to; index++) {
      if (size === fallback) sizes.delete(index);
      else sizes.set(index, size);
    }
  }

  autofit(sheet: SheetModel, rect: Rect, axis: "columns" | "rows"): void {
    this.assertEditable(sheet);
    const used = this.usedRect(sheet, true);
    const area = used ? intersect(rect, used) : undefined;
    if (!area) return;
    this.ensureCalculated();
    if (axis === "columns") {
      for (let column = area.left; column <= area.right; column++) {
        let width = 0;
        for (const key of storedKeysIn(sheet, { ...area, left: column, right: column })) {
          const record = sheet.cells.get(key) ?? {};
          const value = this.cellValue(sheet, keyRow(key), column);
          const text = value === null ? "" : displayText(value, record.numberFormat ?? "General");
          const size = record.style?.fontSize ?? DEFAULT_FONT.size;
          width = Math.max(width, Math.ceil(text.length * 5.25 * (size / DEFAULT_FONT.size) + 5.25));
        }
        if (width > 0 && !sheet.hiddenColumns.has(column))
          this.setSizes(sheet, "columns", column, column, width);
      }
    } else {
      for (let row = area.top; row <= area.bottom; row++) {
        let height = 0;
        for (const key of storedKeysIn(sheet, { ...area, top: row, bottom: row })) {
          const column = keyColumn(key);
          // As in Excel, a merged cell does not size its row.
          const at = { top: row, bottom: row, left: column, right: column };
          if (sheet.merges.some((merge) => intersect(merge, at))) continue;
          const record = sheet.cells.get(key) ?? {};
          const size = record.style?.fontSize ?? DEFAULT_FONT.size;
          const line = Math.round((DEFAULT_ROW_HEIGHT * size) / DEFAULT_FONT.size / 0.75) * 0.75;
          const value = this.cellValue(sheet, row, column);
          const text = value === null ? "" : displayText(value, record.numberFormat ?? "General");
          // Wrapped text: the same fixed character width as column autofit, against the column's width.
          const width = sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
          const perLine = Math.max(1, Math.floor(width / (5.25 * (size / DEFAULT_FONT.size))));
          const lines = record.style?.wrapText
            ? text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0)
            : 1;
          height = Math.max(height, line * lines);
        }
        if (height > 0 && !this.isRowHidden(sheet, row)) this.setSizes(sheet, "rows", row, row, height);
      }
    }
  }

  merge(sheet: SheetModel, rect: Rect, across: boolean): void {
    this.assertEditable(sheet);
    if (isUnbounded(rect))
      throw new HostFailure("NotImplemented", "ExcelHost does not merge whole rows or columns");
    const areas: Rect[] = [];
    if (across) {
      for (let row = rect.top; row <= rect.bottom; row++) areas.push({ ...rect, top: row, bottom: row });
    } else {
      areas.push(rect);
    }
    for (const area of areas) {
      if (area.top === area.bottom && area.left === area.right) continue;
      for (const existing of sheet.merges) {
        if (intersect(existing, area) && !contains(area, existing)) {
          throw new HostFailure(
            "InvalidArgument",
            `${formatRect(area)} overlaps the merged area ${formatRect(existing)}`
          );
        }
      }
      sheet.merges = sheet.merges.filter((existing) => !contains(area, existing));
      for (const key of storedKeysIn(sheet, area)) {
        if (keyRow(key) === area.top && keyColumn(key) === area.left) continue;
        this.setContent(sheet, keyRow(key), keyColumn(key), undefined);
      }
      sheet.merges.push(area);
    }
  }

  unmerge(sheet: SheetModel, rect: Rect): void {
    this.assertEditable(sheet);
    sheet.merges = sheet.merges.filter((existing) => !intersect(existing, rect));
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    this.assertEditable(sheet);
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (!contents && !formats && applyTo !== "Hyperlinks" && applyTo !== "RemoveHyperlinks") {
      throw new HostFailure("InvalidArgument", `clear(${JSON.stringify(applyTo)})`);
    }
    for (const key of storedKeysIn(sheet, rect)) {
      const record = sheet.cells.get(key) ?? {};
      const next: CellRecord = {
        content: contents ? undefined : record.content,
        numberFormat: formats ? undefined : record.numberFormat,
        style: formats ? undefined : record.style,
      };
      putCell(sheet, keyRow(key), keyColumn(key), next);
    }
    // Clearing formats in Excel also unmerges, and removes the conditional formatting of those cells.
    if (formats) {
      sheet.merges = sheet.merges.filter((existing) => !intersect(existing, rect));
      this.clearConditionalFormats(sheet, rect);
    }
    this.dirty = true;
  }
}
