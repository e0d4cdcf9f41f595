/**
 * Workbook safety of Generate report (properties 1, 2, 4 and 5; see workbook-safety-setup.ts): only the
 * sheets it declares, never a user's sheet of the same name, and the officer's text kept as text.
 */
import fc from "fast-check";
import { CATALOGUE_SHEET_HEADERS } from "../../src/core";
import { analyze } from "../../src/excel/analyze";
import { CATALOGUE_SHEET_NAME, insertCatalogueSheet } from "../../src/excel/catalogue-sheet";
import { generateReport } from "../../src/excel/report";
import type { ExcelHost } from "../support/excel-host";
import {
  agencyName,
  areaAddress,
  areaOf,
  fiscalYear,
  formulaLikeText,
  generatedSheetNames,
  scoreBlock,
  scoreBlockCells,
  seedScoreBlock,
  sheetAt,
  workbookSeed,
} from "./generators";
import { NOTHING, sheetIdNamed } from "./safety-checks";
import {
  analyzeAllowance,
  BARE_WORKBOOK,
  checkedAction,
  newNames,
  newTally,
  reportAllowance,
  runs,
  TIMEOUT_MS,
  withWorkbook,
} from "./workbook-safety-setup";

const reportRequest = fc.record({
  fiscalYear: fc.oneof({ weight: 4, arbitrary: fc.constant(2565) }, { weight: 2, arbitrary: fiscalYear }),
  agency: agencyName,
  digits: fc.constantFrom("thai" as const, "arabic" as const),
  chart: fc.boolean(),
  replaceEdited: fc.boolean(),
  analyzeFirst: fc.boolean(),
  /** Insert the catalogue sheet first and retype its measures so they start like formulas. */
  catalogue: fc.oneof(fc.constant(undefined), formulaLikeText),
});

/** The block to report on: mostly the seed case (so the report is written), else a random one. */
const reportBlock = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .record({ sheet: fc.nat(5), top: fc.nat(15), left: fc.nat(6) })
      .map(({ sheet, top, left }) => seedScoreBlock(sheet, top, left)),
  },
  { weight: 1, arbitrary: scoreBlock }
);

/** The catalogue's column of measures ("มาตรการ/ขั้นตอน"), the text the measures sheet is made of. */
const MEASURE_COLUMN = CATALOGUE_SHEET_HEADERS.indexOf("มาตรการ/ขั้นตอน");

/**
 * Inserts the catalogue sheet (itself held to the properties: a new sheet and its name, nothing else) and
 * retypes every measure below its header as `lead` + the measure. The sheet is formatted "@", so what the
 * officer types stays text there; the report must keep it text too. False when the sheet was refused.
 */
async function catalogueWithMeasuresStartingWith(host: ExcelHost, lead: string): Promise<boolean> {
  const { outcome } = await checkedAction(host, insertCatalogueSheet, (value, before, after) => ({
    ...NOTHING,
    sheets: new Set([sheetIdNamed(after, value.sheetName)]),
    names: newNames(before, new RegExp(`^${CATALOGUE_SHEET_NAME}$`)),
    activeSheet: true,
  }));
  if (!outcome.ok) return false;
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.names
      .getItemOrNullObject(CATALOGUE_SHEET_NAME)
      .getRangeOrNullObject().worksheet;
    const used = sheet.getUsedRange(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    const header = used.values.findIndex((row) => row[0] === CATALOGUE_SHEET_HEADERS[0]);
    const measures = used.values.map((row, r) => {
      const measure = row[MEASURE_COLUMN];
      return [r > header && measure !== "" ? `${lead} ${String(measure)}` : null];
    });
    sheet.getRangeByIndexes(used.rowIndex, used.columnIndex + MEASURE_COLUMN, measures.length, 1).values =
      measures;
    await context.sync();
  });
  return true;
}

describe("Generate report", () => {
  it(
    "writes only the sheets it declares, never a user's sheet of the same name, and text as text",
    async () => {
      // Catches: a user's sheet named "ผลการวิเคราะห์ ITA 2565" cleared or renamed instead of taking " (2)";
      // a page header longer than Excel allows, failing after the sheets were added (half-written under
      // real Excel's statement-by-statement batches); a catalogue measure "=…" or an agency "-…" written into
      // a cell without "@"; the hidden anchor names or the record written under another name.
      const tally = newTally();
      let catalogueTexts = 0;
      await fc.assert(
        fc.asyncProperty(workbookSeed, reportBlock, reportRequest, async (seed, block, request) => {
          await withWorkbook(seed, { scoreBlock: block }, async (host) => {
            const sheet = sheetAt(seed, block.sheet).name;
            const address = areaAddress(sheet, areaOf(block.top, block.left, scoreBlockCells(block)));
            if (request.analyzeFirst)
              await checkedAction(
                host,
                () => analyze({ fiscalYear: request.fiscalYear, mode: "values", inputAddress: address }),
                analyzeAllowance
              );
            const catalogue = request.catalogue;
            const withCatalogue =
              catalogue !== undefined && (await catalogueWithMeasuresStartingWith(host, catalogue));
            const { outcome, after } = await checkedAction(
              host,
              () =>
                generateReport({
                  fiscalYear: request.fiscalYear,
                  agency: request.agency,
                  inputAddress: address,
                  digits: request.digits,
                  chart: request.chart,
                  replaceEdited: request.replaceEdited,
                }),
              reportAllowance,
              { tally }
            );
            if (!outcome.ok) return;
            const written = outcome.value.sheets.flatMap((entry) =>
              Object.values(after.sheets.find((candidate) => candidate.name === entry.name)?.cells ?? {})
            );
            // Property 5 made concrete: the officer's text arrives as the very same string, stored as text.
            const agency = request.agency?.trim();
            if (agency && request.digits === "arabic")
              expect(written.some((cell) => cell.value === agency && !cell.hasFormula)).toBe(true);
            if (withCatalogue) {
              // The measures sheet numbers each measure ("1.1 =SUM(…) …"), so the text follows the number.
              const retyped = written.filter(
                (cell) => typeof cell.value === "string" && cell.value.includes(`${catalogue} `)
              );
              catalogueTexts += retyped.length;
              expect(retyped.filter((cell) => cell.hasFormula)).toEqual([]);
            }
          });
        }),
        {
          ...runs(20),
          // Always tried: a user's sheets holding the report's names, and an agency name longer than a page
          // header may be, on an Excel that applies a failing batch's earlier statements.
          examples: [
            [
              {
                ...BARE_WORKBOOK,
                sheets: [
                  ...BARE_WORKBOOK.sheets,
                  { name: "ผลการวิเคราะห์ ITA 2565", cells: [], isProtected: false, merges: [] },
                  { name: "ITA analysis-2565", cells: [], isProtected: false, merges: [] },
                ],
              },
              seedScoreBlock(0, 2, 2),
              {
                fiscalYear: 2565,
                agency: "=1+1",
                digits: "arabic",
                chart: true,
                replaceEdited: true,
                analyzeFirst: true,
                catalogue: "=SUM(A1:A3)",
              },
            ],
            [
              { ...BARE_WORKBOOK, atomicSync: false },
              seedScoreBlock(0, 2, 2),
              {
                fiscalYear: 2565,
                agency: `A&B ${"ก".repeat(260)}`,
                digits: "thai",
                chart: true,
                replaceEdited: false,
                analyzeFirst: false,
                catalogue: undefined,
              },
            ],
          ],
        }
      );
      expect(tally.wrote).toBeGreaterThan(0);
      expect(catalogueTexts).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );

  it("borrows, for the user's sheets, the very names the report gives its own sheets", async () => {
    // Guards the generators: were the report's names to change, the collisions above would test nothing.
    await withWorkbook(BARE_WORKBOOK, { scoreBlock: seedScoreBlock(0, 2, 2) }, async () => {
      const outcome = await generateReport({
        fiscalYear: 2565,
        inputAddress: "Sheet1!C3:E13",
        digits: "thai",
        chart: false,
      });
      expect(outcome.ok && outcome.value.sheets.map((sheet) => sheet.name)).toEqual(
        generatedSheetNames(2565).slice(0, 2)
      );
    });
  });
});
