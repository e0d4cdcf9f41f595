/**
 * Pasted text as cells. Officers copy a report's tables (from Word, from a markdown export) or the NACC's
 * result page into a plain-text file; this splits each line the way a spreadsheet would hold it, so that
 * `findScores` reads the text exactly as it reads a sheet, and every problem can name the line it is on.
 */
import { parseRangeReference, quoteSheetName } from "./a1";
import { trimPasted } from "./parse";

/** Pasted text split into cells, with the line of the text each row came from. */
export interface PastedGrid {
  /** Cells row by row; a blank line is an empty row, which ends a table as a blank row on a sheet does. */
  readonly rows: readonly (readonly string[])[];
  /**
   * The 1-based line of the text each row came from. Markdown separator rows (`|---|`) are dropped so a
   * table's header stays right above its first row; rows and lines then differ and messages need this.
   */
  readonly lines: readonly number[];
}

/** `|---|:--:|`: the dashes under a markdown table's header, with optional alignment colons. */
const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;
/** Two or more spaces separate cells; a single space is part of the text (Thai puts one between phrases). */
const SPACED_CELLS = /[ \u00a0\u3000]{2,}/;

/**
 * Cells of a markdown table row: split on its pipes, the outer ones dropped, `\|` kept as a pipe. (A loop,
 * not a lookbehind regex: older Safari, which Excel on the Mac uses, cannot parse one.)
 */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (ch === "\\" && line.charAt(i + 1) === "|") {
      cell += "|";
      i += 1;
    } else if (ch === "|") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  // The text before the first pipe and after the last one is outside the table.
  return cells.slice(1, trimPasted(cell) === "" ? -1 : undefined).map(trimPasted);
}

/** The cells of one line, or `undefined` for a markdown separator row, which holds no cells. */
function cellsOfLine(line: string): string[] | undefined {
  const trimmed = trimPasted(line);
  if (trimmed === "") return [];
  if (trimmed.startsWith("|")) {
    const cells = markdownCells(trimmed);
    return cells.every((cell) => SEPARATOR_CELL.test(cell)) ? undefined : cells;
  }
  if (line.includes("\t")) return line.split("\t").map(trimPasted);
  return trimmed.split(SPACED_CELLS);
}

/**
 * Splits pasted text into cells and remembers each row's line.
 *
 * @example pastedTextGrid("| ตัวชี้วัด | ผลคะแนน |\n|---|---|\n| การใช้อำนาจ | ๘๗.๕๓ |")
 * // { rows: [["ตัวชี้วัด", "ผลคะแนน"], ["การใช้อำนาจ", "๘๗.๕๓"]], lines: [1, 3] }
 */
export function pastedTextGrid(text: string): PastedGrid {
  const rows: string[][] = [];
  const lines: number[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((line, index) => {
      const cells = cellsOfLine(line);
      if (cells === undefined) return;
      rows.push(cells);
      lines.push(index + 1);
    });
  // A file ends with a newline: the empty "line" after it is not a row.
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) {
    rows.pop();
    lines.pop();
  }
  return { rows, lines };
}

/**
 * Turns pasted text into cells as a spreadsheet would hold them: tab-separated lines split on tabs
 * (a table copied from Word or a web page), markdown table rows split on their pipes with the outer pipes
 * and the `|---|` separator rows dropped, any other line split where two or more spaces stand between
 * cells (a single space belongs to the text). Blank lines stay as empty rows: they separate tables.
 *
 * @example gridFromPastedText("ตัวชี้วัด\tคะแนน ๒๕๖๕\nการใช้อำนาจ\t๘๗.๕๓")
 * // [["ตัวชี้วัด", "คะแนน ๒๕๖๕"], ["การใช้อำนาจ", "๘๗.๕๓"]]
 */
export function gridFromPastedText(text: string): string[][] {
  return pastedTextGrid(text).rows.map((row) => [...row]);
}

/**
 * Where a cell of pasted text is, for messages: the file, the line as an editor numbers it, and the cell
 * counted from 1 along the line (after the outer pipe of a markdown row; the column letter when the text
 * is pasted into Excel at A1).
 *
 * @example pastedTextLocation("pasted.txt", 12, 5) // "pasted.txt, บรรทัด 12 ช่องที่ 5 (line 12, cell 5)"
 */
export function pastedTextLocation(file: string, line: number, cell: number): string {
  return `${file}, ${pastedTextPlace(line, cell)} (line ${line}, cell ${cell})`;
}

/** The short Thai form of {@link pastedTextLocation} without the file, for tables of what was found. */
export function pastedTextPlace(line: number, cell: number): string {
  return `บรรทัด ${line} ช่องที่ ${cell}`;
}

/**
 * Rewrites the locations `findScores` gives for a grid of pasted text (`sheet!E12`, or the bare sheet name)
 * into locations in the text file; other locations are returned unchanged.
 */
export function pastedTextLocator(
  file: string,
  sheet: string,
  grid: PastedGrid
): (location: string) => string {
  return (location) => {
    if (location === sheet || location === quoteSheetName(sheet)) return file;
    const reference = parseRangeReference(location);
    if (!reference || reference.sheet !== sheet || !location.includes("!")) return location;
    const line = grid.lines[reference.start.row];
    return line === undefined ? file : pastedTextLocation(file, line, reference.start.column + 1);
  };
}
