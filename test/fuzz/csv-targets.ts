/**
 * Fuzz targets for CSV input: csvRows on any text, csvRows reading back the grid a spreadsheet program
 * writes, and batch files of many agencies through readAgencies and summarizeBatch.
 */
import { exactCompare, exactInteger } from "../../src/core";
import { csvRows, readAgencies, summarizeBatch } from "../../src/core/batch";
import { batchCsvText, csvTable, csvText, writeCsv } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkIssues, stringified, ZERO } from "./target-checks";

export const csvTarget = defineTarget({
  name: "csv-text",
  covers:
    "csvRows (ita score/report/batch, many agencies) on CSV text (quoted fields, doubled quotes, CR/LF/CRLF, BOM, any delimiter, arbitrary text): rows of strings, no blank row, row numbers rising",
  weight: 6,
  arbitrary: csvText,
  check(text) {
    let last = 0;
    for (const row of csvRows(text)) {
      invariant(
        Number.isInteger(row.number) && row.number > last,
        `csvRows: row number ${row.number} after ${last}`
      );
      last = row.number;
      invariant(
        row.cells.every((cell) => typeof cell === "string"),
        "csvRows: a cell is not a string"
      );
      invariant(
        row.cells.some((cell) => typeof cell === "string" && cell.trim() !== ""),
        "csvRows: a blank row"
      );
    }
  },
});

export const csvRoundTripTarget = defineTarget({
  name: "csv-round-trip",
  covers:
    "csvRows reads back exactly the grid a spreadsheet program writes (quoting, doubled quotes, line breaks inside quotes, every delimiter and line end, BOM), with each row's line number",
  weight: 6,
  arbitrary: csvTable.map((table) => ({
    ...table,
    // The delimiter is sniffed from the first line: the grid keeps other delimiters out of its cells, and
    // a first row of one cell has no delimiter to sniff, so it gets two.
    // A BOM at the very start is the file's, not the first cell's.
    rows: table.rows.map((row, r) =>
      (r === 0 && row.length === 1 ? [...row, "x"] : row).map((cell, c) =>
        (r === 0 && c === 0 ? cell.replace(/^\ufeff+/, "") : cell).replace(/[,;\t]/g, " ")
      )
    ),
  })),
  check(table) {
    // The sniffed first line is cut inside a quoted line break: the delimiter may be guessed from half a row.
    if (/[\r\n]/.test(table.rows[0]?.join("") ?? "")) return;
    const text = writeCsv(table);
    let line = 1;
    const expected: { number: number; cells: string[] }[] = [];
    for (const cells of table.rows) {
      if (cells.some((cell) => cell.trim() !== "")) expected.push({ number: line, cells });
      // A quoted line break does not start a new row, but spreadsheet programs count rows, not lines.
      line += 1;
    }
    const read = csvRows(text).map((row) => ({ number: row.number, cells: row.cells }));
    invariant(
      JSON.stringify(read) === JSON.stringify(expected),
      () => `csvRows read ${stringified(read)} from ${stringified(text)}`
    );
  },
});

export const batchTarget = defineTarget({
  name: "batch-file",
  covers:
    "csvRows → readAgencies → summarizeBatch on agencies files (English/Thai headers, missing, repeated and unknown columns, bad values): every body row is an agency or an invalid row; printed totals 0–100; shares 0–1",
  weight: 4,
  arbitrary: batchCsvText,
  check(text) {
    const rows = csvRows(text);
    const reading = readAgencies(rows);
    checkIssues(reading.issues, "readAgencies");
    checkIssues(reading.warnings, "readAgencies (warning)");
    if (reading.headerOk) {
      invariant(
        reading.agencies.length + reading.invalidRows.length === Math.max(0, rows.length - 1),
        "readAgencies: rows lost"
      );
    }
    invariant(reading.invalidRows.length === 0 || reading.issues.length > 0, "invalid rows without issues");
    for (const agency of reading.agencies) {
      const total = agency.current.printedTotal;
      invariant(Number.isFinite(total) && total >= 0 && total <= 100, `row ${agency.row}: total ${total}`);
    }
    if (reading.agencies.length === 0) return;
    const summary = summarizeBatch(reading.agencies);
    invariant(summary.agencyCount === reading.agencies.length, "summarizeBatch: agency count");
    const share = summary.passingShare;
    invariant(
      exactCompare(share, ZERO) >= 0 && exactCompare(share, exactInteger(1)) <= 0,
      "passing share outside 0–1"
    );
    const ranks = summary.results.map((result) => result.nationalRank).sort((a, b) => a - b);
    invariant(
      ranks.every((rank, i) => rank === i + 1),
      "national ranks are not 1…n"
    );
  },
});
