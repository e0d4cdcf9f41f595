/**
 * The cell values of a worksheet part, read straight from its XML: what `ita batch` needs of an agencies
 * table (text, numbers, formula results, errors), nothing of styles or layout. ExcelJS's readers build a
 * model of every cell (its streaming reader through a full XML parser) and took 1.6 times as long as
 * reading the same agencies from a CSV; a table of 8,317 agencies is read here in a few tens of ms.
 * Values as ExcelJS's readers give them with styles ignored: numbers (dates stay serial numbers), text,
 * booleans, "#N/A"-style error texts, and "" for an empty cell.
 */
import { xmlText } from "./ita-mark";

/** One row as numbered in the sheet (1-based), its cells from column A; gaps are "". */
export interface SheetRow {
  readonly number: number;
  readonly cells: unknown[];
}

/** The text of every `<t>` inside `xml` (a shared string or an inline string, rich runs joined). */
function textOf(xml: string): string {
  let text = "";
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t\s*\/>/g)) text += xmlText(match[1] ?? "");
  return text;
}

/**
 * The shared strings of a package's xl/sharedStrings.xml, in order (a cell of type "s" holds an index).
 * Phonetic runs (`<rPh>`, furigana) are not part of the text.
 */
export function sharedStringsOf(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((match) =>
    textOf((match[1] ?? "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, ""))
  );
}

/** Column number (1-based) of a cell reference: "C12" → 3. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function valueOf(type: string | undefined, body: string, shared: readonly string[]): unknown {
  if (type === "inlineStr") return textOf(body);
  const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return "";
  const text = xmlText(raw);
  switch (type) {
    case "s":
      return shared[Number(text)] ?? "";
    case "str":
    case "e":
    case "d":
      return text;
    case "b":
      return text === "1";
    default:
      return text === "" ? "" : Number(text);
  }
}

/**
 * The rows of a worksheet part that hold a cell, in order. Rows and cells without a reference (allowed,
 * rarely written) take the position after the previous one.
 */
export function sheetRows(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let previousRow = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(row[1] ?? "", "r") ?? previousRow + 1);
    previousRow = number;
    const cells: unknown[] = [];
    let previousColumn = 0;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cell[1] ?? "";
      const reference = attribute(tag, "r");
      const column = reference === undefined ? previousColumn + 1 : columnOf(reference);
      previousColumn = column;
      cells[column - 1] = valueOf(attribute(tag, "t"), cell[2] ?? "", shared);
    }
    if (cells.length > 0) rows.push({ number, cells: Array.from(cells, (value) => value ?? "") });
  }
  return rows;
}
