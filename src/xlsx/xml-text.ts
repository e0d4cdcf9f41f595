/**
 * Text and references as they go into the XML parts of an .xlsx package.
 */
import { columnLetters } from "../core/a1";

/** Characters XML 1.0 does not allow at all, not even escaped. */
// eslint-disable-next-line no-control-regex -- matching these control characters is the point: they are dropped.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for an XML element or attribute value and drops characters XML 1.0 forbids.
 *
 * @example escapeXml(`A & "B"`) // "A &amp; &quot;B&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "").replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&apos;";
    }
  });
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text of an XML element or attribute value as written: the five named entities and numeric character
 * references decoded (LibreOffice writes a line break in a cell as "&#10;"). A reference to no character
 * is left as it is.
 *
 * @example unescapeXml("ก&amp;ข&#10;ค&#x0E01;") // "ก&ข\nคก"
 */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g,
    (whole, name?: string, decimal?: string, hex?: string) => {
      if (name) return NAMED_ENTITIES[name] ?? whole;
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
  );
}

/**
 * A sheet name as a formula prefix: always quoted (valid for every name), inner quotes doubled.
 *
 * @example sheetPrefix("It's ผล") // "'It''s ผล'!"
 */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** "$B$2" for row 1, column 1 (0-based). */
export function absoluteCell(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}

/** "$A$2:$A$11" for the block from (row, column) spanning rowCount × columnCount cells. */
export function absoluteRange(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${absoluteCell(row, column)}:${absoluteCell(row + rowCount - 1, column + columnCount - 1)}`;
}
