/**
 * The officer's sheets the pane cases start from: the seed's scores in a column or a table, the add-in's
 * input sheet filled in, and the actions run on them (Analyze, generate report).
 */
import { analyze } from "../../src/excel/analyze";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { generateReport } from "../../src/excel/report";
import type { ExcelHost } from "../support/excel-host";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

// ---- the officer's sheets ----------------------------------------------------------------------------

/** This year's ten scores in Sheet1!C4:C13, one cell changed, selected. */
export function scoresWith(changes: Readonly<Record<string, unknown>> = {}) {
  return (host: ExcelHost) => {
    host.setCells(
      "Sheet1!C4:C13",
      SEED_2565.map((score) => [score])
    );
    for (const [address, value] of Object.entries(changes)) host.setCell(address, value);
    host.select("Sheet1!C4:C13");
  };
}

/** The seed's 2565 scores in C4:C13 under a header cell C3 reading `header`, the whole column selected. */
export function scoresHeaded(header: string) {
  return (host: ExcelHost) => {
    host.setCells("Sheet1!C3:C13", [[header], ...SEED_2565.map((score) => [score])]);
    host.select("Sheet1!C3:C13");
  };
}

/** The seed's comparison table in Sheet1!C3:E13: names, 2564, 2565, with a header naming the years. */
export function seedTable(host: ExcelHost): void {
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i] ?? 0, SEED_2565[i] ?? 0]),
  ]);
}

export const analyze2565 = () => analyze({ fiscalYear: 2565, mode: "formulas" });

/** The add-in's input sheet of 2565 with the seed's scores (and, optionally, item results) typed in. */
export async function filledInputSheet(host: ExcelHost, items: Readonly<Record<string, unknown>> = {}) {
  const inserted = await insertInputSheet({ fiscalYear: 2565, agency: "เทศบาลตำบลด่านเกวียน" });
  if (!inserted.ok || !inserted.value.itemsAddress) throw new Error("the input sheet was not inserted");
  host.setCells(
    "'ITA 2565'!D5:E14",
    SEED_2565.map((score, i) => [score, SEED_2564[i] ?? 0])
  );
  for (const [cell, value] of Object.entries(items)) host.setCell(`'ITA 2565'!${cell}`, value);
  return { analysisAddress: inserted.value.analysisAddress, itemsAddress: inserted.value.itemsAddress };
}

export const INPUT_BLOCK = "'ITA 2565'!C4:G14";
export const ITEMS_BLOCK = "'ITA 2565'!A18:D105";
export const report = (extra: { inputAddress?: string; itemsAddress?: string } = {}) =>
  generateReport({
    fiscalYear: 2565,
    inputAddress: extra.inputAddress ?? INPUT_BLOCK,
    itemsAddress: extra.itemsAddress,
    digits: "thai",
    chart: true,
  });

/** Input sheet rows: i1 is row 18; i28 row 45; o11 (30 IIT + 15 EIT + 11) row 73. */
export const ROW_I1 = 18;
export const ROW_I28 = 45;
export const ROW_O11 = 73;
