/**
 * CSV text as rows numbered as a spreadsheet program numbers them: blank lines keep their number, and a
 * quoted field may span lines within one row. Comma, semicolon or tab, sniffed from the first line.
 */

/** One row of a table file: its 1-based row number in the file and its cells. */
export interface NumberedRow {
  readonly number: number;
  readonly cells: readonly unknown[];
}

/**
 * Splits CSV text into numbered rows; blank rows are left out but counted.
 *
 * @example csvRows("a,b\n\n1,2") // [{ number: 1, cells: ["a", "b"] }, { number: 3, cells: ["1", "2"] }]
 */
export function csvRows(text: string): NumberedRow[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best
  );
  const separator = delimiter.charCodeAt(0);
  const rows: NumberedRow[] = [];
  let cells: string[] = [];
  let number = 1;
  let i = 0;
  const endRow = () => {
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ number, cells });
    cells = [];
    number += 1;
  };
  while (i <= body.length) {
    if (body.charAt(i) === '"') {
      let field = "";
      let j = i + 1;
      for (;;) {
        const quote = body.indexOf('"', j);
        if (quote < 0) {
          field += body.slice(j);
          j = body.length;
          break;
        }
        field += body.slice(j, quote);
        if (body.charAt(quote + 1) === '"') {
          field += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      let end = j;
      while (end < body.length && !isEnd(body.charCodeAt(end), separator)) end += 1;
      cells.push(field + body.slice(j, end));
      i = end;
    } else {
      let end = i;
      while (end < body.length && !isEnd(body.charCodeAt(end), separator)) end += 1;
      cells.push(body.slice(i, end));
      i = end;
    }
    const ch = body.charAt(i);
    if (ch === delimiter) {
      i += 1;
      continue;
    }
    if (ch === "\r" && body.charAt(i + 1) === "\n") i += 2;
    else i += 1;
    endRow();
    if (i >= body.length) break;
  }
  return rows;
}

const LF = 10;
const CR = 13;

function isEnd(code: number, separator: number): boolean {
  return code === separator || code === LF || code === CR;
}
