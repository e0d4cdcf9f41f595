/** A1 addresses: parsing, formatting and rectangle arithmetic on Excel's 1,048,576 × 16,384 grid. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, zero-based and inclusive on both ends. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  /** The sheet named in the address, unquoted, when there was one. */
  readonly sheetName?: string;
  readonly rect: Rect;
}

/** "A" → 0, "XFD" → 16383. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 → "A", 16383 → "XFD". */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "C4" for row 3, column 2. */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const columnPattern = /^\$?([A-Za-z]{1,3})$/;
const rowPattern = /^\$?(\d{1,7})$/;

function parsePart(part: string): { row?: number; column?: number } | undefined {
  const cell = cellPattern.exec(part);
  if (cell) return { column: columnIndex(cell[1] ?? ""), row: Number(cell[2]) - 1 };
  const column = columnPattern.exec(part);
  if (column) return { column: columnIndex(column[1] ?? "") };
  const row = rowPattern.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

function inGrid(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

/** Splits "'ผล ITA'!C4" into the sheet name and the rest; undefined sheet when the address names none. */
export function splitSheet(address: string): { sheetName?: string; local: string } | undefined {
  const trimmed = address.trim();
  if (trimmed.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
    if (!match) return undefined;
    return { sheetName: (match[1] ?? "").replace(/''/g, "'"), local: match[2] ?? "" };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { local: trimmed };
  return { sheetName: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

/**
 * Parses "A1", "A1:B2", "C:C", "3:5", "$A$1", optionally sheet-qualified ("Sheet1!A1", "'ผล ITA'!C4").
 * Whole columns and rows are resolved against the grid limits. Returns undefined for anything else.
 */
export function parseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address);
  if (!split || split.local === "") return undefined;
  const parts = split.local.split(":");
  if (parts.length > 2) return undefined;
  const first = parsePart(parts[0] ?? "");
  const second = parts.length === 2 ? parsePart(parts[1] ?? "") : first;
  if (!first || !second) return undefined;
  const firstIsCell = first.row !== undefined && first.column !== undefined;
  const secondIsCell = second.row !== undefined && second.column !== undefined;
  let rect: Rect;
  if (firstIsCell && secondIsCell) {
    rect = {
      top: Math.min(first.row ?? 0, second.row ?? 0),
      bottom: Math.max(first.row ?? 0, second.row ?? 0),
      left: Math.min(first.column ?? 0, second.column ?? 0),
      right: Math.max(first.column ?? 0, second.column ?? 0),
    };
  } else if (parts.length === 2 && first.row === undefined && second.row === undefined) {
    rect = {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(first.column ?? 0, second.column ?? 0),
      right: Math.max(first.column ?? 0, second.column ?? 0),
    };
  } else if (parts.length === 2 && first.column === undefined && second.column === undefined) {
    rect = {
      top: Math.min(first.row ?? 0, second.row ?? 0),
      bottom: Math.max(first.row ?? 0, second.row ?? 0),
      left: 0,
      right: MAX_COLUMNS - 1,
    };
  } else {
    return undefined;
  }
  if (!inGrid(rect)) return undefined;
  return split.sheetName === undefined ? { rect } : { sheetName: split.sheetName, rect };
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
}

/** True for ranges Office.js calls "unbounded": whole columns or whole rows. */
export function isUnbounded(rect: Rect): boolean {
  return isWholeColumns(rect) || isWholeRows(rect);
}

/** "C4:C13", "C4", "C:C", "3:3"; with `absolute`, "$C$4:$C$13". */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isWholeRows(rect)) return `${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  if (isWholeColumns(rect)) return `${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  const start = `${d}${columnLetters(rect.left)}${d}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${d}${columnLetters(rect.right)}${d}${rect.bottom + 1}`;
}

const plainSheetName = /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u;
const looksLikeReference = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

/**
 * A sheet name as Excel writes it in a reference: quoted (with doubled apostrophes) unless it is made of
 * letters, digits, "_" and "." only, does not start with a digit and could not be read as a cell reference.
 */
export function quoteSheetName(name: string): string {
  if (plainSheetName.test(name) && !looksLikeReference.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const rect = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : undefined;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const pieces: Rect[] = [];
  if (a.top < overlap.top) pieces.push({ ...a, bottom: overlap.top - 1 });
  if (overlap.bottom < a.bottom) pieces.push({ ...a, top: overlap.bottom + 1 });
  if (a.left < overlap.left)
    pieces.push({ top: overlap.top, bottom: overlap.bottom, left: a.left, right: overlap.left - 1 });
  if (overlap.right < a.right) {
    pieces.push({ top: overlap.top, bottom: overlap.bottom, left: overlap.right + 1, right: a.right });
  }
  return pieces;
}

export function rectWithinGrid(rect: Rect): boolean {
  return inGrid(rect);
}
