/**
 * Formula evaluation with HyperFormula (GPL-3.0, a dev-only dependency). This is the only file that imports
 * it, so a browser bundle of the host includes it through here alone.
 */
import { HyperFormula } from "hyperformula";
import type { ComputedValue, ErrorValue } from "./model";

export interface EngineCell {
  readonly row: number;
  readonly column: number;
  /** A formula "=...", or a literal value; text is passed as text even when it looks like a formula. */
  readonly input:
    | { readonly formula: string }
    | { readonly literal: string | number | boolean }
    | { readonly error: string };
}

export interface EngineSheet {
  readonly name: string;
  readonly cells: readonly EngineCell[];
}

export interface EngineName {
  readonly name: string;
  /** "=Sheet1!$A$1:$B$2" or "=0.5". */
  readonly expression: string;
}

export interface FormulaEngine {
  /** Values of every formula cell, per sheet (same order as given), keyed "row,column". */
  evaluate(sheets: readonly EngineSheet[], names: readonly EngineName[]): Map<string, ComputedValue>[];
  /** False when the formula cannot be parsed (Excel refuses to store such a formula). */
  isValidFormula(formula: string): boolean;
}

const excelLikeConfig = {
  licenseKey: "gpl-v3",
  maxRows: 1_048_576,
  maxColumns: 16_384,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  evaluateNullToZero: true,
  caseSensitive: false,
  matchWholeCell: true,
  useWildcards: true,
  useRegularExpressions: false,
  // Excel evaluates SUMPRODUCT(--(range>x)) element-wise in every version; HyperFormula only with this on.
  useArrayArithmetic: true,
};

const errorMap: Record<string, ErrorValue> = {
  "#N/A": "#N/A",
  "#DIV/0!": "#DIV/0!",
  "#REF!": "#REF!",
  "#VALUE!": "#VALUE!",
  "#NAME?": "#NAME?",
  "#NUM!": "#NUM!",
  "#NULL!": "#NULL!",
  "#SPILL!": "#SPILL!",
  "#ERROR!": "#NAME?",
};

function toComputed(value: unknown): ComputedValue {
  if (typeof value === "number") return { kind: "number", number: value };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", boolean: value };
  if (value === null || value === undefined) return { kind: "number", number: 0 };
  const code = (value as { value?: unknown }).value;
  // Excel shows 0 for a formula caught in a circular reference (and warns); HyperFormula says #CYCLE!.
  if (code === "#CYCLE!") return { kind: "number", number: 0 };
  return { kind: "error", error: errorMap[String(code)] ?? "#VALUE!" };
}

function rawContent(input: EngineCell["input"]): string | number | boolean {
  if ("formula" in input) return input.formula;
  if ("error" in input) return input.error;
  // HyperFormula reads a leading apostrophe as "this is text", so text never parses as a number or formula.
  return typeof input.literal === "string" ? `'${input.literal}` : input.literal;
}

/** A HyperFormula-backed engine, rebuilt from the whole workbook on each evaluation. */
export function createHyperFormulaEngine(): FormulaEngine {
  const validator = HyperFormula.buildEmpty(excelLikeConfig);
  return {
    evaluate(sheets, names) {
      const data: Record<string, (string | number | boolean | null)[][]> = {};
      for (const sheet of sheets) {
        const rows: (string | number | boolean | null)[][] = [];
        for (const cell of sheet.cells) {
          const row = rows[cell.row] ?? (rows[cell.row] = []);
          row[cell.column] = rawContent(cell.input);
        }
        for (let r = 0; r < rows.length; r++)
          rows[r] = Array.from(rows[r] ?? [], (v) => (v === undefined ? null : v));
        data[sheet.name] = rows;
      }
      const hf = HyperFormula.buildFromSheets(data, excelLikeConfig);
      try {
        for (const name of names) {
          if (hf.isItPossibleToAddNamedExpression(name.name, name.expression)) {
            hf.addNamedExpression(name.name, name.expression);
          }
        }
        return sheets.map((sheet) => {
          const sheetIndex = hf.getSheetId(sheet.name);
          const values = new Map<string, ComputedValue>();
          for (const cell of sheet.cells) {
            if (!("formula" in cell.input) || sheetIndex === undefined) continue;
            const value = hf.getCellValue({ sheet: sheetIndex, row: cell.row, col: cell.column });
            values.set(`${cell.row},${cell.column}`, toComputed(value));
          }
          return values;
        });
      } finally {
        hf.destroy();
      }
    },
    isValidFormula(formula) {
      return validator.validateFormula(formula);
    },
  };
}
