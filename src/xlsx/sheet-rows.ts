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

/**
 * An attribute's value in a start tag (its text after the element's name), or `undefined`. Searched in the
 * tag alone: a search over the whole sheet for an attribute a cell lacks (the type of a number) would run
 * on to the next cell that has one, or to the end of a sheet of numbers.
 */
function attributeOf(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at !== -1) {
    const from = at + name.length + 3;
    return tag.slice(from, tag.indexOf('"', from));
  }
  // Rarer spellings (single quotes, a line break before the name, spaces around "=").
  if (!tag.includes(name)) return undefined;
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return found ? (found[1] ?? found[2]) : undefined;
}

/** The value of a cell of type `type` (its `t`) whose content is `content` (its `<v>` or inline string). */
function valueOf(content: string, type: string | undefined, shared: readonly string[]): unknown {
  if (type === "inlineStr") return textOf(content);
  const v = content.indexOf("<v>");
  if (v === -1) return "";
  const text = unescapeXml(content.slice(v + 3, content.indexOf("</v>", v)));
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

/** The cells of a row from its content (the text between `<row …>` and `</row>`), from column A. */
function cellsOf(body: string, shared: readonly string[]): unknown[] {
  const cells: unknown[] = [];
  let previousColumn = 0;
  for (let cell = findElement(body, "<c", 0, body.length); cell !== -1;) {
    const tagEnd = body.indexOf(">", cell);
    const closed = body.charCodeAt(tagEnd - 1) === 47;
    const tag = body.slice(cell + 2, closed ? tagEnd - 1 : tagEnd);
    const reference = attributeOf(tag, "r");
    const column = reference === undefined ? previousColumn + 1 : columnOf(reference);
    previousColumn = column;
    let next = tagEnd + 1;
    if (closed) {
      cells[column - 1] = "";
    } else {
      const close = body.indexOf("</c>", tagEnd);
      cells[column - 1] = valueOf(body.slice(tagEnd + 1, close), attributeOf(tag, "t"), shared);
      next = close + 4;
    }
    cell = findElement(body, "<c", next, body.length);
  }
  return Array.from(cells, (value) => value ?? "");
}

/**
 * The rows of a worksheet part that hold a cell, in order. Rows and cells without a reference (allowed,
 * rarely written) take the position after the previous one. Scanned with indexOf, each row on its own,
 * creating only the values: a national table is 6 MB of XML, and regular expressions over it spent most
 * of their time collecting garbage.
 */
export function sheetRows(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  const start = xml.indexOf("<sheetData");
  if (start === -1) return rows;
  const end = xml.indexOf("</sheetData>", start);
  let previousRow = 0;
  for (let row = findElement(xml, "<row", start, end); row !== -1;) {
    const tagEnd = xml.indexOf(">", row);
    const closed = xml.charCodeAt(tagEnd - 1) === 47;
    const reference = attributeOf(xml.slice(row + 4, closed ? tagEnd - 1 : tagEnd), "r");
    const number = reference === undefined ? previousRow + 1 : Number(reference);
    previousRow = number;
    if (closed) {
      row = findElement(xml, "<row", tagEnd, end);
      continue;
    }
    const close = xml.indexOf("</row>", tagEnd);
    const cells = cellsOf(xml.slice(tagEnd + 1, close), shared);
    if (cells.length > 0) rows.push({ number, cells });
    row = findElement(xml, "<row", close, end);
  }
  return rows;
}
