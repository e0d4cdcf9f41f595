// The floor `ita batch` is measured against: ExcelJS's own streaming writer writing the same cells as
// values only (no styles, shared strings, merges, page setup or charts), in a process of its own so that
// node's start and ExcelJS's loading count on both sides.
// Usage: node bench/floors/stream-writer.js CELLS.json OUT.xlsx, where CELLS.json is
// [{ "name": sheet name, "rows": [[cell, …], …] }, …] (written by bench/cli-floors-bench.ts).
"use strict";
const { readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const [cellsFile, output] = process.argv.slice(2);
  const sheets = JSON.parse(readFileSync(cellsFile, "utf8"));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useStyles: false,
    useSharedStrings: false,
  });
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const values of rows) sheet.addRow(values).commit();
    sheet.commit();
  }
  await workbook.commit();
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
