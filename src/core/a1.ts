/**
 * A1 references as Excel reports them ("Sheet1!C4:C13", "'งบ 2565'!$B$2", "[Book1]Sheet1!A1").
 * Host-neutral: the custom functions, the task pane and the CLI all name cells this way.
 */

export interface CellPosition {
  /** 0-based row. */
  readonly row: number;
  /** 0-based column. */
  readonly column: number;
}

export interface RangeReference {
  /** Sheet name without quotes or workbook prefix; "" when the reference had none. */
  readonly sheet: string;
  readonly start: CellPosition;
  readonly end: CellPosition;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C9" for row 8, column 2 (0-based). */
export function cellAddress(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row + 1}`;
}

function parseCell(text: string): CellPosition | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  return { column: columnNumber(match[1] ?? "A"), row: Number(match[2]) - 1 };
}

function unquoteSheet(sheet: string): string {
  const withoutBook = sheet.replace(/^'?\[[^\]]*\]/, (prefix) => (prefix.startsWith("'") ? "'" : ""));
  return withoutBook.startsWith("'") && withoutBook.endsWith("'")
    ? withoutBook.slice(1, -1).replace(/''/g, "'")
    : withoutBook;
}

/**
 * Parses "Sheet1!C4:C13" or "C4" into a normalised range (start top-left, end bottom-right).
 * Returns `undefined` for anything else (whole columns, names, R1C1).
 */
export function parseRangeReference(reference: string): RangeReference | undefined {
  const bang = reference.lastIndexOf("!");
  const sheet = bang >= 0 ? unquoteSheet(reference.slice(0, bang)) : "";
  const cells = (bang >= 0 ? reference.slice(bang + 1) : reference).split(":");
  if (cells.length < 1 || cells.length > 2) return undefined;
  const first = parseCell(cells[0] ?? "");
  const second = cells.length === 2 ? parseCell(cells[1] ?? "") : first;
  if (!first || !second) return undefined;
  return {
    sheet,
    start: { row: Math.min(first.row, second.row), column: Math.min(first.column, second.column) },
    end: { row: Math.max(first.row, second.row), column: Math.max(first.column, second.column) },
  };
}

/** The sheet name as Excel writes it in a reference: quoted when it has spaces or non-Latin characters. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The 0-based row-major index of a single cell inside a range, or `undefined` when the cell is not inside
 * it (or is on another sheet).
 */
export function indexInRange(cell: RangeReference, range: RangeReference): number | undefined {
  if (cell.sheet.toLowerCase() !== range.sheet.toLowerCase()) return undefined;
  const { row, column } = cell.start;
  if (
    row < range.start.row ||
    row > range.end.row ||
    column < range.start.column ||
    column > range.end.column
  ) {
    return undefined;
  }
  const width = range.end.column - range.start.column + 1;
  return (row - range.start.row) * width + (column - range.start.column);
}
