/**
 * The cell values of a worksheet part, read straight from its XML: what `ita batch` needs of an agencies
 * table (text, numbers, formula results, errors), nothing of styles or layout. ExcelJS's readers build a
 * model of every cell (its streaming reader through a full XML parser) and took 1.6 times as long as
 * reading the same agencies from a CSV; a table of 8,317 agencies is read here in a few tens of ms.
 * Values as ExcelJS's readers give them with styles ignored: numbers (dates stay serial numbers), text,
 * booleans, "#N/A"-style error texts, and "" for an empty cell.
 */
import { unescapeXml } from "./xml-text";

/** One row as numbered in the sheet (1-based), its cells from column A; gaps are "". */
export interface SheetRow {
  readonly number: number;
  readonly cells: unknown[];
}

/** The text of every `<t>` inside `xml` (a shared string or an inline string, rich runs joined). */
function textOf(xml: string): string {
  let text = "";
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t\s*\/>/g))
    text += unescapeXml(match[1] ?? "");
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

/** Whether `xml` has the element `name` at `at` (not a longer name starting the same: `<row` vs `<rowBreaks`). */
function elementAt(xml: string, at: number, name: string): boolean {
  const next = xml.charCodeAt(at + name.length);
  // ">", "/", or white space
  return next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13;
}

/** Where the next element `name` starts, from `from`, before `end`; -1 when there is none. */
function findElement(xml: string, name: string, from: number, end: number): number {
  let at = xml.indexOf(name, from);
  while (at !== -1 && at < end && !elementAt(xml, at, name)) at = xml.indexOf(name, at + 1);
  return at === -1 || at >= end ? -1 : at;
}

/** An attribute's value in the start tag running from `start` to `tagEnd`, or `undefined`. */
function attributeIn(xml: string, name: string, start: number, tagEnd: number): string | undefined {
  const at = xml.indexOf(` ${name}="`, start);
  if (at !== -1 && at < tagEnd) {
    const from = at + name.length + 3;
    return xml.slice(from, xml.indexOf('"', from));
  }
  // Rarer spellings (single quotes, a line break before the name): read the tag itself.
  const tag = xml.slice(start, tagEnd);
  if (!tag.includes(name)) return undefined;
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return found ? (found[1] ?? found[2]) : undefined;
}

function valueOf(
  xml: string,
  from: number,
  to: number,
  type: string | undefined,
  shared: readonly string[]
): unknown {
  if (type === "inlineStr") return textOf(xml.slice(from, to));
  const v = xml.indexOf("<v>", from);
  if (v === -1 || v > to) return "";
  const text = unescapeXml(xml.slice(v + 3, xml.indexOf("</v>", v)));
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
 * rarely written) take the position after the previous one. Scanned with indexOf, creating only the
 * values: a national table is 6 MB of XML, and regular expressions over it spent most of their time
 * collecting garbage.
 */
export function sheetRows(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  const start = xml.indexOf("<sheetData");
  if (start === -1) return rows;
  const end = xml.indexOf("</sheetData>", start);
  let previousRow = 0;
  for (let row = findElement(xml, "<row", start, end); row !== -1;) {
    const rowTagEnd = xml.indexOf(">", row);
    const reference = attributeIn(xml, "r", row, rowTagEnd);
    const number = reference === undefined ? previousRow + 1 : Number(reference);
    previousRow = number;
    if (xml.charCodeAt(rowTagEnd - 1) === 47) {
      row = findElement(xml, "<row", rowTagEnd, end);
      continue;
    }
    const rowClose = xml.indexOf("</row>", rowTagEnd);
    const cells: unknown[] = [];
    let previousColumn = 0;
    for (let cell = findElement(xml, "<c", rowTagEnd, rowClose); cell !== -1;) {
      const tagEnd = xml.indexOf(">", cell);
      const cellReference = attributeIn(xml, "r", cell, tagEnd);
      const column = cellReference === undefined ? previousColumn + 1 : columnOf(cellReference);
      previousColumn = column;
      let next = tagEnd + 1;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        cells[column - 1] = "";
      } else {
        const close = xml.indexOf("</c>", tagEnd);
        cells[column - 1] = valueOf(xml, tagEnd + 1, close, attributeIn(xml, "t", cell, tagEnd), shared);
        next = close + 4;
      }
      cell = findElement(xml, "<c", next, rowClose);
    }
    if (cells.length > 0) rows.push({ number, cells: Array.from(cells, (value) => value ?? "") });
    row = findElement(xml, "<row", rowClose, end);
  }
  return rows;
}
