/**
 * The workbook-safety checks, on two snapshots of the in-memory host taken before and after one action:
 * what the action may change (its declared output), and what must stay as it was (everything else).
 */
import { parseRangeReference, type Validated } from "../../src/core";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../support/excel-host";

/** A block of cells on one sheet, 0-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What an action declared it would change; everything else must read the same before and after. */
export interface Allowance {
  /** Sheets (ids) the action generated or regenerated: they may appear and change entirely. */
  readonly sheets: ReadonlySet<string>;
  /** Cells the action declared as its output (Analyze's output block), per sheet id. */
  readonly cells: ReadonlyMap<string, readonly CellRect[]>;
  /** Sheets (ids) where only cell fills may change (Find scores highlights what it found). */
  readonly fillsOn: ReadonlySet<string>;
  /** Workbook names the action may add, change or delete. */
  readonly names: (name: string) => boolean;
  /** Settings keys the action keeps its records in. */
  readonly settings: readonly string[];
  /** Whether the action may show another sheet (generated sheets are shown once written). */
  readonly activeSheet: boolean;
  /** Cells that may hold a formula after the action: Analyze's output block in "formulas" mode. */
  readonly formulaCells: ReadonlyMap<string, readonly CellRect[]>;
}

export const NOTHING: Allowance = {
  sheets: new Set(),
  cells: new Map(),
  fillsOn: new Set(),
  names: () => false,
  settings: [],
  activeSheet: false,
  formulaCells: new Map(),
};

/** "C4" → row 3, column 2. */
function cellPosition(key: string): { row: number; column: number } {
  const reference = parseRangeReference(key);
  if (!reference) throw new Error(`not a cell key: ${key}`);
  return reference.start;
}

const inside = (rects: readonly CellRect[] | undefined, key: string): boolean => {
  if (!rects || rects.length === 0) return false;
  const { row, column } = cellPosition(key);
  return rects.some(
    (rect) => row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right
  );
};

/** "'ผล ITA'!F3:I13" as the sheet's name and the rectangle. */
export function rectOf(address: string): { sheet: string; rect: CellRect } {
  const reference = parseRangeReference(address);
  if (!reference) throw new Error(`not a range address: ${address}`);
  return {
    sheet: reference.sheet,
    rect: {
      top: reference.start.row,
      left: reference.start.column,
      bottom: reference.end.row,
      right: reference.end.column,
    },
  };
}

export function sheetIdNamed(snapshot: WorkbookSnapshot, name: string): string {
  const sheet = snapshot.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`no sheet named '${name}' in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet.id;
}

const isBlank = (cell: CellSnapshot): boolean =>
  (cell.value === null || cell.value === "") &&
  !cell.hasFormula &&
  cell.formula === "" &&
  cell.numberFormat === "General" &&
  Object.keys(cell.format).length === 0;

/**
 * A cell as it is compared outside the allowed output. A formula cell is compared by its formula, not by
 * its computed value: the user's =F4*2 shows a new number once Analyze fills F4, as it would in Excel.
 */
function comparableCell(cell: CellSnapshot, fillsMayChange: boolean): CellSnapshot | undefined {
  const format = { ...cell.format };
  if (fillsMayChange) delete format.fillColor;
  const comparable: CellSnapshot = { ...cell, format, value: cell.hasFormula ? null : cell.value };
  return isBlank(comparable) ? undefined : comparable;
}

function comparableSheet(sheet: SheetSnapshot, allowance: Allowance) {
  const rects = allowance.cells.get(sheet.id);
  const fills = allowance.fillsOn.has(sheet.id);
  const cells: Record<string, CellSnapshot> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (inside(rects, key)) continue;
    const comparable = comparableCell(cell, fills);
    if (comparable) cells[key] = comparable;
  }
  return { ...sheet, cells };
}

/** The workbook with what the allowance lets change taken out, for a deep comparison. */
export function outsideAllowance(snapshot: WorkbookSnapshot, allowance: Allowance) {
  return {
    sheets: snapshot.sheets
      .filter((sheet) => !allowance.sheets.has(sheet.id))
      .map((sheet) => comparableSheet(sheet, allowance)),
    activeSheetId: allowance.activeSheet ? "(may change)" : snapshot.activeSheetId,
    names: snapshot.names.filter((item) => !allowance.names(item.name)),
    settings: Object.fromEntries(
      Object.entries(snapshot.settings).filter(([key]) => !allowance.settings.includes(key))
    ),
    tables: snapshot.tables,
    structureProtected: snapshot.structureProtected,
  };
}

/** Sheets (by id) that were in `before` and are gone or renamed in `after`, as readable lines. */
export function lostSheets(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  mayChange: ReadonlySet<string>
): string[] {
  const now = new Map(after.sheets.map((sheet) => [sheet.id, sheet.name]));
  return before.sheets
    .filter((sheet) => !mayChange.has(sheet.id))
    .flatMap((sheet) => {
      const name = now.get(sheet.id);
      if (name === undefined) return [`sheet '${sheet.name}' (${sheet.id}) deleted`];
      return name === sheet.name ? [] : [`sheet '${sheet.name}' (${sheet.id}) renamed to '${name}'`];
    });
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Cells the action wrote (new or different from before) that hold a formula where none may be, or whose
 * text starts like a formula but is not stored as text. Lines like "'ITA 2565'!B2 holds =1+1".
 */
export function formulasWritten(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  allowance: Allowance
): string[] {
  const old = new Map(before.sheets.map((sheet) => [sheet.id, sheet]));
  const problems: string[] = [];
  for (const sheet of after.sheets) {
    const previous = old.get(sheet.id);
    for (const [key, cell] of Object.entries(sheet.cells)) {
      const was = previous?.cells[key];
      const written =
        !was ||
        was.formula !== cell.formula ||
        was.hasFormula !== cell.hasFormula ||
        was.numberFormat !== cell.numberFormat ||
        (!cell.hasFormula && was.value !== cell.value);
      if (!written) continue;
      const where = `'${sheet.name}'!${key}`;
      if (cell.hasFormula && !inside(allowance.formulaCells.get(sheet.id), key))
        problems.push(`${where} holds the formula ${String(cell.formula)}`);
      if (typeof cell.value === "string" && FORMULA_START.test(cell.value) && cell.hasFormula)
        problems.push(`${where} shows ${JSON.stringify(cell.value)} through a formula`);
      if (
        !cell.hasFormula &&
        typeof cell.value === "string" &&
        cell.value !== "" &&
        typeof cell.formula === "string"
      ) {
        // Stored as text: what Range.formulas reads back is the text itself, or the text behind an apostrophe.
        if (cell.formula !== cell.value && cell.formula !== `'${cell.value}`)
          problems.push(
            `${where} reads ${JSON.stringify(cell.value)} but holds ${JSON.stringify(cell.formula)}`
          );
      }
    }
  }
  return problems;
}

/**
 * Cells of `rect` on a sheet that held content (a value or a formula) in `before`: an output block may
 * only go where the officer has nothing, unless it is the add-in's own earlier output.
 */
export function occupiedBefore(before: WorkbookSnapshot, sheetId: string, rect: CellRect): string[] {
  const sheet = before.sheets.find((candidate) => candidate.id === sheetId);
  return Object.entries(sheet?.cells ?? {})
    .filter(
      ([key, cell]) => inside([rect], key) && (cell.hasFormula || (cell.value !== null && cell.value !== ""))
    )
    .map(([key]) => key);
}

/**
 * Fills that changed on a sheet and should not have: a fill other than `colors`, a fill on a cell without a
 * value (Find scores marks what it found, and it finds values), a fill of the officer's painted over, or a
 * fill cleared that was not one of `colors` (the officer's own colours are never cleared or replaced). Lines like "C4 fill (none) → #FFF2CC".
 */
export function strayFills(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  sheetId: string,
  colors: readonly string[]
): string[] {
  const old = before.sheets.find((sheet) => sheet.id === sheetId)?.cells ?? {};
  const now = after.sheets.find((sheet) => sheet.id === sheetId)?.cells ?? {};
  const keys = new Set([...Object.keys(old), ...Object.keys(now)]);
  const ours = new Set(colors.map((color) => color.toUpperCase()));
  return [...keys].flatMap((key) => {
    const from = old[key]?.format.fillColor?.toUpperCase();
    const to = now[key]?.format.fillColor?.toUpperCase();
    if (from === to) return [];
    const line = `${key} fill ${from ?? "(none)"} → ${to ?? "(none)"}`;
    const value = now[key]?.value;
    if (to !== undefined && (!ours.has(to) || value === null || value === undefined || value === ""))
      return [line];
    // Painting over the officer's own colour loses it for good: only a cell without a fill, or one of ours,
    // may take our colour.
    if (to !== undefined && from !== undefined && !ours.has(from)) return [line];
    if (to === undefined && from !== undefined && !ours.has(from)) return [line];
    return [];
  });
}

/** Every issue of a refused outcome, for failure messages. */
export function issuesOf(outcome: Validated<unknown>): string[] {
  return outcome.ok
    ? []
    : outcome.issues.map((issue) => `${issue.location}: ${issue.code} ${issue.messageEn}`);
}
