/**
 * What the report renderer generated, so that regenerating replaces its own sheets and nothing else, and can
 * tell when the officer edited one. Kept in two places:
 * - the setting "ita.generatedSheets": per layout, the sheet's name and a fingerprint of the values written;
 * - a hidden workbook name per layout ("ITA_Report_analysis" → the sheet's A1): a name follows its sheet
 *   through renames, and unlike the sheet id it can be created in the same request as the sheet and read
 *   back, with the sheet's values, in one request.
 */
import type { LaidOutCell, SheetLayout } from "../../core/report/layout";

export const GENERATED_SHEETS_KEY = "ita.generatedSheets";

export interface GeneratedSheetRecord {
  readonly layoutId: string;
  /** The sheet's name when it was generated (the officer may have renamed it since). */
  readonly name: string;
  readonly fingerprint: string;
}

export interface GeneratedSheets {
  readonly version: 1;
  readonly sheets: readonly GeneratedSheetRecord[];
}

const EMPTY: GeneratedSheets = { version: 1, sheets: [] };

/** Reads the setting's value; anything unknown or damaged counts as no record (never as permission). */
export function parseGeneratedSheets(value: unknown): GeneratedSheets {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return EMPTY;
    }
  }
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== 1)
    return EMPTY;
  const sheets = (data as { sheets?: unknown }).sheets;
  if (!Array.isArray(sheets)) return EMPTY;
  return {
    version: 1,
    sheets: sheets.filter(
      (sheet): sheet is GeneratedSheetRecord =>
        typeof sheet === "object" &&
        sheet !== null &&
        typeof sheet.layoutId === "string" &&
        typeof sheet.name === "string" &&
        typeof sheet.fingerprint === "string"
    ),
  };
}

/**
 * The hidden workbook name that points at a layout's generated sheet. Workbook names allow letters, digits,
 * "_" and "."; anything else in a layout id becomes "_".
 *
 * @example
 * anchorName("analysis"); // "ITA_Report_analysis"
 */
export function anchorName(layoutId: string): string {
  return `ITA_Report_${layoutId.replace(/[^A-Za-z0-9_.]/g, "_")}`;
}

/** Excel keeps 15 significant digits: 0.1 + 0.2 is written as 0.30000000000000004 and read back as 0.3. */
function canonicalNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** Two 32-bit FNV-1a lanes with different seeds: short, stable, and enough to notice an edit. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 0x100) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

function fingerprintOf(entries: [number, number, string][]): string {
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return `${entries.length}:${hash(entries.map(([row, column, value]) => `${row},${column},${value}`).join("\n"))}`;
}

function entryValue(value: unknown): string | undefined {
  if (typeof value === "number") return `n${canonicalNumber(value)}`;
  if (typeof value === "string") return value === "" ? undefined : `s${value}`;
  if (typeof value === "boolean") return `b${value}`;
  return undefined;
}

/**
 * The cells a layout leaves holding a value: every non-empty cell except those a merge hides (only the
 * top-left cell of a merged area keeps its value). Keyed "row,column".
 */
export function writtenCells(layout: SheetLayout): Map<string, LaidOutCell> {
  const hidden = new Set<string>();
  for (const merge of layout.merges) {
    for (let r = 0; r < merge.rowCount; r += 1) {
      for (let c = 0; c < merge.columnCount; c += 1) {
        if (r > 0 || c > 0) hidden.add(`${merge.row + r},${merge.column + c}`);
      }
    }
  }
  const cells = new Map<string, LaidOutCell>();
  for (const cell of layout.cells) {
    const key = `${cell.row},${cell.column}`;
    if (cell.value !== "" && !hidden.has(key)) cells.set(key, cell);
  }
  return cells;
}

/**
 * The fingerprint of the values a layout writes, computed the way {@link valuesFingerprint} computes it from
 * what Excel reads back: numbers as numbers (15 significant digits), text as text (text cells are formatted
 * "@", so "2565" stays the text "2565").
 */
export function layoutFingerprint(layout: SheetLayout): string {
  const entries: [number, number, string][] = [];
  for (const cell of writtenCells(layout).values()) {
    const value = entryValue(cell.value);
    if (value !== undefined) entries.push([cell.row, cell.column, value]);
  }
  return fingerprintOf(entries);
}

/**
 * The fingerprint of a sheet's used values, as `getUsedRangeOrNullObject(true)` reads them: a 2-D block whose
 * top-left cell is at (`rowIndex`, `columnIndex`); undefined stands for a sheet without values.
 */
export function valuesFingerprint(
  used:
    | {
        readonly values: readonly (readonly unknown[])[];
        readonly rowIndex: number;
        readonly columnIndex: number;
      }
    | undefined
): string {
  const entries: [number, number, string][] = [];
  used?.values.forEach((line, r) =>
    line.forEach((cell, c) => {
      const value = entryValue(cell);
      if (value !== undefined) entries.push([used.rowIndex + r, used.columnIndex + c, value]);
    })
  );
  return fingerprintOf(entries);
}
