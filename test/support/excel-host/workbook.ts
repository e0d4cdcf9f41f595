/** The host's workbook: the model, its computed values, and every operation the API proxies apply. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  columnCount,
  contains,
  formatRect,
  intersect,
  isUnbounded,
  parseAddress,
  qualified,
  rowCount,
  sameRect,
  subtract,
} from "./a1";
import { HostFailure } from "./errors";
import type { EngineCell, EngineName, FormulaEngine } from "./formula-engine";
import {
  type CellContent,
  type CellRecord,
  type AutoFilterModel,
  type CellStyle,
  type ChartModel,
  type ConditionalFormatModel,
  type FilterCriteriaModel,
  type PageLayoutModel,
  type ComputedValue,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  type NamedItemModel,
  type SheetModel,
  type ValidationArea,
  type WorkbookModel,
  cellKey,
  cloneWorkbook,
  getCellRecord,
  keyColumn,
  keyRow,
  newSheet,
  newWorkbook,
  putCell,
  sheetId,
  storedKeysIn,
} from "./model";
import { afterWrite } from "./tables";
import { displayText, formulaText, interpretInput, literalValue, plainValue, valueType } from "./values";

export type GridProperty = "values" | "formulas" | "numberFormat" | "valueTypes" | "text";

const invalidSheetNameCharacters = /[[\]:*?/\\]/;
const namePattern = /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*$/u;
const referenceLikeName = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

export class Workbook {
  model: WorkbookModel = newWorkbook();
  /**
   * The workbook is open read-only (`Workbook.readOnly`). Writes then reject with AccessDenied, as in Excel on
   * the web's viewing mode; not part of the model, since a failed sync restores the model but not the mode.
   */
  readOnly = false;
  private computed = new Map<string, Map<number, ComputedValue>>();
  private dirty = false;

  constructor(private readonly engine: FormulaEngine | undefined) {}

  // ---- sheets ---------------------------------------------------------------------------------------

  sheetById(id: string): SheetModel | undefined {
    return this.model.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.model.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  sheetByNameOrId(key: string): SheetModel | undefined {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  requireSheet(id: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw new HostFailure("ItemNotFound", "the worksheet was deleted");
    return sheet;
  }

  validateSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== "string" || name.length === 0 || name.length > 31) {
      throw new HostFailure(
        "InvalidArgument",
        `a sheet name has 1 to 31 characters, got ${JSON.stringify(name)}`
      );
    }
    if (invalidSheetNameCharacters.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new HostFailure(
        "InvalidArgument",
        `sheet name ${JSON.stringify(name)} has a forbidden character`
      );
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== except) throw new HostFailure("ItemAlreadyExists", `sheet '${name}' exists`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.model.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.assertStructureEditable();
    this.validateSheetName(chosen);
    const sheet = newSheet(sheetId(this.model.nextSheetSerial++), chosen);
    this.model.sheets.push(sheet);
    this.dirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    this.assertStructureEditable();
    const newName = this.validateSheetName(name, sheet);
    if (newName === sheet.name) return;
    const pattern = new RegExp(
      `(^|[^\\w'.])(${escapeRegExp(sheet.name)}|'${escapeRegExp(sheet.name.replace(/'/g, "''"))}')!`,
      "giu"
    );
    const replacement = `$1${qualified(newName, { top: 0, left: 0, bottom: 0, right: 0 }).replace(/A1$/, "")}`;
    for (const other of this.model.sheets) {
      for (const [key, record] of other.cells) {
        if (record.content?.kind !== "formula") continue;
        const formula = record.content.formula.replace(pattern, replacement);
        if (formula !== record.content.formula)
          other.cells.set(key, { ...record, content: { kind: "formula", formula } });
      }
    }
    sheet.name = newName;
    this.dirty = true;
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureEditable();
    const visible = this.model.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new HostFailure("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    const index = this.model.sheets.indexOf(sheet);
    this.model.sheets.splice(index, 1);
    this.model.tables = this.model.tables.filter((table) => table.sheetId !== sheet.id);
    if (this.model.activeSheetId === sheet.id) {
      const next =
        this.model.sheets.slice(index).find((s) => s.visibility === "Visible") ??
        visible.find((s) => s !== sheet);
      if (next) this.model.activeSheetId = next.id;
    }
    this.dirty = true;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw new HostFailure("InvalidOperation", `sheet '${sheet.name}' is hidden`);
    this.model.activeSheetId = sheet.id;
  }

  activeSheet(): SheetModel {
    return this.requireSheet(this.model.activeSheetId);
  }

  /** Any change to the document (not the view: selection and the active sheet may change). */
  assertWritable(): void {
    if (this.readOnly) throw new HostFailure("AccessDenied", "the workbook is open read-only");
  }

  /** Adding, deleting, renaming, hiding or showing a sheet: refused while the workbook's structure is protected. */
  assertStructureEditable(): void {
    this.assertWritable();
    if (this.model.structureProtected)
      throw new HostFailure("AccessDenied", "the workbook's structure is protected");
  }

  /**
   * The workbook closed and opened again: every sheet gets a new id (Worksheet.id is only promised to
   * survive renames and moves; office-js#1390, office-js-docs#297), while names, settings, tables and the
   * cells stay.
   */
  reopen(): void {
    const ids = new Map<string, string>();
    this.model.sheets = this.model.sheets.map((sheet) => {
      const id = sheetId(this.model.nextSheetSerial++);
      ids.set(sheet.id, id);
      return { ...sheet, id };
    });
    const moved = (id: string) => ids.get(id) ?? id;
    this.model.activeSheetId = moved(this.model.activeSheetId);
    this.model.names = this.model.names.map((item) =>
      item.reference.kind === "range"
        ? { ...item, reference: { ...item.reference, sheetId: moved(item.reference.sheetId) } }
        : item
    );
    this.model.tables = this.model.tables.map((table) => ({ ...table, sheetId: moved(table.sheetId) }));
    this.dirty = true;
  }

  assertEditable(sheet: SheetModel): void {
    this.assertWritable();
    if (sheet.protection.protected)
      throw new HostFailure("AccessDenied", `worksheet '${sheet.name}' is protected`);
  }

  /** Resolves "Sheet1!A1:B2" (or "A1" on the active sheet) for the test-side controls. */
  resolveAddress(address: string): { sheet: SheetModel; rect: Rect } {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`ExcelHost: not an A1 address: ${address}`);
    const sheet = parsed.sheetName === undefined ? this.activeSheet() : this.sheetByName(parsed.sheetName);
    if (!sheet) throw new Error(`ExcelHost: no sheet named '${parsed.sheetName ?? ""}'`);
    return { sheet, rect: parsed.rect };
  }

  // ---- reading ---------------------------------------------------------------------------------------

  /** Recomputes formula values if anything changed since the last calculation. */
  ensureCalculated(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.computed = new Map();
    if (!this.engine) return;
    const hasFormula = this.model.sheets.some((sheet) =>
      [...sheet.cells.values()].some((record) => record.content?.kind === "formula")
    );
    if (!hasFormula) return;
    const sheets = this.model.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells.entries()].flatMap(([key, record]): EngineCell[] => {
        const content = record.content;
        if (!content) return [];
        const input =
          content.kind === "formula"
            ? { formula: content.formula }
            : content.kind === "error"
              ? { error: content.error }
              : { literal: plainValue(literalValue(content)) };
        return [{ row: keyRow(key), column: keyColumn(key), input }];
      }),
    }));
    const names: EngineName[] = this.model.names.flatMap((item) => {
      const formula = this.nameFormula(item);
      return formula === "=#REF!" ? [] : [{ name: item.name, expression: formula }];
    });
    const results = this.engine.evaluate(sheets, names);
    this.model.sheets.forEach((sheet, index) => {
      const values = new Map<number, ComputedValue>();
      for (const [position, value] of results[index] ?? []) {
        const [row = 0, column = 0] = position.split(",").map(Number);
        values.set(cellKey(row, column), value);
      }
      this.computed.set(sheet.id, values);
    });
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** The value a cell shows: a literal, or a formula's computed value (undefined while evaluation is off). */
  cellValue(sheet: SheetModel, row: number, column: number): ComputedValue | undefined | null {
    const content = getCellRecord(sheet, row, column).content;
    if (!content) return undefined;
    if (content.kind !== "formula") return literalValue(content);
    if (!this.engine) return null;
    this.ensureCalculated();
    return this.computed.get(sheet.id)?.get(cellKey(row, column)) ?? { kind: "number", number: 0 };
  }

  readGrid(sheet: SheetModel, rect: Rect, property: GridProperty): unknown[][] | null {
    // Office.js answers null for cell-level properties of unbounded (whole row/column) ranges.
    if (isUnbounded(rect)) return null;
    this.ensureCalculated();
    const grid: unknown[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line: unknown[] = [];
      for (let column = rect.left; column <= rect.right; column++) {
        const record = getCellRecord(sheet, row, column);
        const numberFormat = record.numberFormat ?? "General";
        const value = this.cellValue(sheet, row, column);
        switch (property) {
          case "values":
            line.push(value === null ? null : plainValue(value));
            break;
          case "formulas":
            line.push(formulaText(record.content));
            break;
          case "numberFormat":
            line.push(numberFormat);
            break;
          case "valueTypes":
            line.push(value === null ? "Empty" : valueType(value));
            break;
          case "text":
            line.push(value === null ? "" : displayText(value, numberFormat));
            break;
        }
      }
      grid.push(line);
    }
    return grid;
  }

  /** One style attribute across a range: its value when every cell agrees, else null (as Office.js). */
  uniformStyle<T>(
    sheet: SheetModel,
    rect: Rect,
    pick: (style: CellStyle) => T | undefined,
    fallback: T
  ): T | null {
    const area = rowCount(rect) * columnCount(rect);
    const keys = storedKeysIn(sheet, rect);
    const seen = new Set<string>();
    let first: T | undefined;
    const note = (value: T) => {
      const text = JSON.stringify(value);
      if (seen.size === 0) first = value;
      seen.add(text);
    };
    for (const key of keys) note(pick(sheet.cells.get(key)?.style ?? {}) ?? fallback);
    if (keys.length < area) note(fallback);
    return seen.size === 1 ? (first as T) : null;
  }

  uniformSize(sizes: Map<number, number>, from: number, to: number, fallback: number): number | null {
    const seen = new Set<number>();
    let stored = 0;
    for (const [index, size] of sizes) {
      if (index >= from && index <= to) {
        seen.add(size);
        stored++;
      }
    }
    if (stored < to - from + 1) seen.add(fallback);
    return seen.size === 1 ? ([...seen][0] ?? fallback) : null;
  }

  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, record] of sheet.cells) {
      if (valuesOnly && record.content === undefined) continue;
      const cell = { top: keyRow(key), bottom: keyRow(key), left: keyColumn(key), right: keyColumn(key) };
      rect = rect ? boundingRect(rect, cell) : cell;
    }
    if (!valuesOnly) for (const merge of sheet.merges) rect = rect ? boundingRect(rect, merge) : merge;
    return rect;
  }

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

  setValidation(sheet: SheetModel, rect: Rect, patch: Partial<ValidationArea>): void {
    this.assertEditable(sheet);
    const same = sheet.validations.find((area) => sameRect(area.rect, rect));
    const base = same ?? sheet.validations.find((area) => contains(area.rect, rect));
    const next: ValidationArea = dropUndefined({ ...(base ?? {}), ...patch, rect });
    sheet.validations = sheet.validations.flatMap((area) =>
      subtract(area.rect, rect).map((piece) => (sameRect(piece, area.rect) ? area : { ...area, rect: piece }))
    );
    sheet.validations.push(next);
  }

  clearValidation(sheet: SheetModel, rect: Rect): void {
    this.assertEditable(sheet);
    sheet.validations = sheet.validations.flatMap((area) =>
      subtract(area.rect, rect).map((piece) => (sameRect(piece, area.rect) ? area : { ...area, rect: piece }))
    );
  }

  /** The validation covering the whole range, undefined when none, null when the range is mixed. */
  validationOf(sheet: SheetModel, rect: Rect): ValidationArea | undefined | null {
    const touching = sheet.validations.filter((area) => intersect(area.rect, rect));
    if (touching.length === 0) return undefined;
    const covering = touching.find((area) => contains(area.rect, rect));
    return covering ?? null;
  }

  // ---- conditional formats -----------------------------------------------------------------------------

  addConditionalFormat(sheet: SheetModel, rect: Rect): ConditionalFormatModel {
    this.assertEditable(sheet);
    const model: ConditionalFormatModel = {
      serial: this.model.nextConditionalFormatSerial++,
      rect,
      type: "Custom",
    };
    sheet.conditionalFormats.push(model);
    return model;
  }

  conditionalFormatBySerial(serial: number): { sheet: SheetModel; format: ConditionalFormatModel } {
    for (const sheet of this.model.sheets) {
      const format = sheet.conditionalFormats.find((candidate) => candidate.serial === serial);
      if (format) return { sheet, format };
    }
    throw new HostFailure("ItemNotFound", "the conditional format was deleted");
  }

  updateConditionalFormat(
    serial: number,
    patch: (format: ConditionalFormatModel) => ConditionalFormatModel
  ): void {
    const { sheet, format } = this.conditionalFormatBySerial(serial);
    this.assertEditable(sheet);
    sheet.conditionalFormats = sheet.conditionalFormats.map((candidate) =>
      candidate === format ? patch(format) : candidate
    );
  }

  /**
   * Removes conditional formatting from `rect`: a format wholly inside goes, one that reaches outside keeps
   * the part outside (Excel's "Clear Rules from Selected Cells"; each remaining piece is a format of its own).
   */
  clearConditionalFormats(sheet: SheetModel, rect: Rect): void {
    this.assertEditable(sheet);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((format) => {
      const pieces = subtract(format.rect, rect);
      if (pieces.length === 1 && pieces[0] && sameRect(pieces[0], format.rect)) return [format];
      return pieces.map((piece) => ({
        ...format,
        serial: this.model.nextConditionalFormatSerial++,
        rect: piece,
      }));
    });
  }

  /** The conditional formats that touch `rect`, by priority. */
  conditionalFormatsIn(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((format) => intersect(format.rect, rect));
  }

  // ---- charts and page layout --------------------------------------------------------------------------

  addChart(
    sheet: SheetModel,
    chart: Omit<ChartModel, "serial" | "name" | "position"> & { readonly name?: string }
  ): ChartModel {
    this.assertEditable(sheet);
    const serial = this.model.nextChartSerial++;
    const model: ChartModel = {
      ...chart,
      serial,
      name: chart.name ?? `Chart ${serial}`,
      // Excel drops a new chart near the top left of the visible window; the host picks B2:H16.
      position: { top: 1, left: 1, bottom: 15, right: 7 },
    };
    sheet.charts.push(model);
    return model;
  }

  chartBySerial(serial: number): { sheet: SheetModel; chart: ChartModel } {
    for (const sheet of this.model.sheets) {
      const chart = sheet.charts.find((candidate) => candidate.serial === serial);
      if (chart) return { sheet, chart };
    }
    throw new HostFailure("ItemNotFound", "the chart was deleted");
  }

  updateChart(serial: number, patch: (chart: ChartModel) => ChartModel): void {
    const { sheet, chart } = this.chartBySerial(serial);
    this.assertEditable(sheet);
    sheet.charts = sheet.charts.map((candidate) => (candidate === chart ? patch(chart) : candidate));
  }

  deleteChart(serial: number): void {
    const { sheet, chart } = this.chartBySerial(serial);
    this.assertEditable(sheet);
    sheet.charts = sheet.charts.filter((candidate) => candidate !== chart);
  }

  /** Series names as Excel reads them from the source: a header row and a category column when they hold text. */
  chartSeriesNames(sheet: SheetModel, chart: ChartModel): string[] {
    const { source } = chart;
    const byRows = chart.seriesBy === "Rows";
    const text = (row: number, column: number) => this.cellValue(sheet, row, column)?.kind === "text";
    const seriesCount = byRows ? rowCount(source) : columnCount(source);
    const lineCount = byRows ? columnCount(source) : rowCount(source);
    const at = (series: number, line: number) =>
      byRows
        ? { row: source.top + series, column: source.left + line }
        : { row: source.top + line, column: source.left + series };
    let hasCategories = false;
    for (let line = 1; line < lineCount; line++) {
      const { row, column } = at(0, line);
      if (text(row, column)) hasCategories = true;
    }
    let hasNames = false;
    for (let series = hasCategories ? 1 : 0; series < seriesCount; series++) {
      const { row, column } = at(series, 0);
      if (text(row, column)) hasNames = true;
    }
    const names: string[] = [];
    for (let series = hasCategories ? 1 : 0; series < seriesCount; series++) {
      const { row, column } = at(series, 0);
      const value = this.cellValue(sheet, row, column);
      names.push(hasNames && value ? String(plainValue(value)) : `Series${names.length + 1}`);
    }
    return names;
  }

  updatePageLayout(sheet: SheetModel, patch: (layout: PageLayoutModel) => PageLayoutModel): void {
    this.assertEditable(sheet);
    sheet.pageLayout = patch(sheet.pageLayout);
  }

  // ---- names -----------------------------------------------------------------------------------------

  nameByName(name: string): NamedItemModel | undefined {
    const wanted = name.toLowerCase();
    return this.model.names.find((item) => item.name.toLowerCase() === wanted);
  }

  addName(name: unknown, reference: NamedItemModel["reference"], comment: unknown): NamedItemModel {
    this.assertWritable();
    if (
      typeof name !== "string" ||
      name.length > 255 ||
      !namePattern.test(name) ||
      referenceLikeName.test(name)
    ) {
      throw new HostFailure("InvalidArgument", `${JSON.stringify(name)} is not a valid name`);
    }
    if (this.nameByName(name)) throw new HostFailure("ItemAlreadyExists", `the name '${name}' exists`);
    const item: NamedItemModel = { name, reference, comment: typeof comment === "string" ? comment : "" };
    this.model.names.push(item);
    this.dirty = true;
    return item;
  }

  setNameVisible(item: NamedItemModel, visible: boolean): void {
    this.assertWritable();
    this.model.names = this.model.names.map((other) => (other === item ? { ...item, visible } : other));
  }

  deleteName(item: NamedItemModel): void {
    this.assertWritable();
    this.model.names = this.model.names.filter((other) => other !== item);
    this.dirty = true;
  }

  nameFormula(item: NamedItemModel): string {
    if (item.reference.kind === "formula") return item.reference.formula;
    const sheet = this.sheetById(item.reference.sheetId);
    return sheet ? `=${qualified(sheet.name, item.reference.rect, true)}` : "=#REF!";
  }

  /** Parses a names.add reference string: "=Sheet1!$A$1:$B$2" (a range) or another formula. */
  parseNameReference(reference: string): NamedItemModel["reference"] {
    const body = reference.startsWith("=") ? reference.slice(1) : reference;
    const parsed = parseAddress(body.replace(/\$/g, ""));
    if (parsed?.sheetName !== undefined) {
      const sheet = this.sheetByName(parsed.sheetName);
      if (!sheet) throw new HostFailure("InvalidReference", `no sheet '${parsed.sheetName}'`);
      return { kind: "range", sheetId: sheet.id, rect: parsed.rect };
    }
    if (!reference.startsWith("="))
      throw new HostFailure("InvalidArgument", `reference ${JSON.stringify(reference)}`);
    return { kind: "formula", formula: reference };
  }

  // ---- whole-workbook ----------------------------------------------------------------------------------

  checkpoint(): WorkbookModel {
    return cloneWorkbook(this.model);
  }

  restore(model: WorkbookModel): void {
    this.model = model;
    this.dirty = true;
  }
}

export function gridBounds(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
