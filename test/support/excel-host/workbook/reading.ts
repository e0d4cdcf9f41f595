/** `Workbook`'s layer for reading: calculation, cell values, grids, uniform styles and sizes, used range. */

import { type Rect, boundingRect, columnCount, isUnbounded, rowCount } from "../a1";
import type { EngineCell, EngineName } from "../formula-engine";
import {
  type CellStyle,
  type ComputedValue,
  type SheetModel,
  cellKey,
  getCellRecord,
  keyColumn,
  keyRow,
  storedKeysIn,
} from "../model";
import { displayText, formulaText, literalValue, plainValue, valueType } from "../values";
import { WorkbookNames } from "./names";

export type GridProperty = "values" | "formulas" | "numberFormat" | "valueTypes" | "text";

export class WorkbookReading extends WorkbookNames {
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
}
