/**
 * The seed's scores as the CLI cases hand them to a command: the JSON input, a table of the two years on a
 * sheet, a workbook of such sheets, and the workbook `ita report --tracking` writes, edited as an officer
 * would.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  buildReport,
  layoutReportSheet,
  scoreAssessment,
  trackingPlanFor,
  trackingSheetLayout,
  validateAssessment,
} from "../../src/core";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { drawTrackingSheet } from "../../src/xlsx/tracking-sheet";
import { INDICATOR_NAMES as INDICATORS, SEED_2564, SEED_2565 } from "../support/seed";

/** The seed's ten scores as the JSON format's `scores` object. */
export const scoresObject = (scores: readonly unknown[] = SEED_2565) =>
  Object.fromEntries(scores.map((score, i) => [String(i + 1), score]));

export const seedJson = (change: Record<string, unknown> = {}) =>
  JSON.stringify({ fiscalYear: 2565, scores: scoresObject(), ...change }, null, 2);

/** A table of the two years as it would sit on a sheet: the header naming the years, a row per indicator. */
export const sheetRows = (current: readonly number[]): (string | number)[][] => [
  ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
  ...INDICATORS.map((name, i) => [name, SEED_2564[i] ?? 0, current[i] ?? 0]),
];

export async function workbookBytes(sheets: Record<string, (string | number)[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The tracking sheet `ita report --tracking` writes for the seed (2566's measures). */
export const TRACKING = "ติดตามมาตรการ ITA 2566";

/**
 * The workbook `ita report --tracking` writes for the seed, then edited as an officer would: `cells` by
 * address on the tracking sheet, `edit` for anything else (deleting a row, renaming a sheet).
 */
export async function trackingWorkbook(
  cells: Record<string, ExcelJS.CellValue> = {},
  edit?: (workbook: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const validated = validateAssessment({
    agency: "เทศบาลตำบลด่านเกวียน",
    fiscalYear: 2565,
    scores: scoresObject(),
    previous: { fiscalYear: 2564, scores: scoresObject(SEED_2564) },
    items: JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "dan-kwian-2565.json"), "utf8")).items,
  });
  if (!validated.ok) throw new Error("the seed does not validate");
  const result = scoreAssessment(validated.value);
  const tracking = trackingSheetLayout(trackingPlanFor(result), { digits: "thai" });
  const bytes = await renderWorkbook(
    buildReport(result, { digits: "thai", chart: false }).sheets.map(layoutReportSheet),
    {
      digits: "thai",
      afterSheets: (workbook) => drawTrackingSheet(workbook, tracking),
    }
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const sheet = workbook.getWorksheet(TRACKING);
  if (!sheet) throw new Error("no tracking sheet");
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
