/**
 * Workbook safety, one action on a random workbook (properties 1, 2, 4 and 5; see workbook-safety-setup.ts):
 * Analyze and the preview, Insert input sheet, Many agencies and Find scores change only what they declare,
 * and nothing at all when they refuse.
 */
import fc from "fast-check";
import { analyze, previewSelection } from "../../src/excel/analyze";
import { analyzeAgencies } from "../../src/excel/batch";
import { findScoresOnSheet, FOUND_FILL, MISMATCH_FILL } from "../../src/excel/find-scores";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { GENERATED_SHEETS_KEY } from "../../src/excel/report/generated-sheets";
import type { WorkbookSnapshot } from "../support/excel-host";
import { seedTableRows } from "../support/seed";
import {
  agencyName,
  agencyTable,
  agencyTableCells,
  areaAddress,
  areaOf,
  fiscalYear,
  scoreBlock,
  scoreBlockCells,
  sheetAt,
  SUPPORTED_YEARS,
  workbookSeed,
} from "./generators";
import { Allowance, NOTHING, occupiedBefore, rectOf, sheetIdNamed, strayFills } from "./safety-checks";
import {
  analyzeAllowance,
  cellOn,
  checkedAction,
  inputSheetAllowance,
  newTally,
  rectsOn,
  runs,
  TIMEOUT_MS,
  withWorkbook,
} from "./workbook-safety-setup";

// ---- properties 1, 2, 4, 5: one action on a random workbook --------------------------------------------

const analyzeRequest = fc.record({
  fiscalYear,
  agency: agencyName,
  mode: fc.constantFrom("formulas" as const, "values" as const),
  bySelection: fc.boolean(),
});

describe("Analyze and the preview", () => {
  it(
    "change nothing outside the declared output block, and nothing at all when they refuse",
    async () => {
      // Catches: the output block shifted a column (over the scores, or past its declared address); a write
      // queued before an early refusal (Excel.run's final sync sends it); the check for the officer's cells
      // inside the block skipped; formulas written in "values" mode; the preview writing anything.
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(workbookSeed, scoreBlock, analyzeRequest, async (seed, block, request) => {
          await withWorkbook(seed, { scoreBlock: block }, async (host) => {
            const sheet = sheetAt(seed, block.sheet).name;
            const address = areaAddress(sheet, areaOf(block.top, block.left, scoreBlockCells(block)));
            if (request.bySelection) {
              host.select(address);
              await checkedAction(
                host,
                () => previewSelection(request.fiscalYear),
                () => NOTHING
              );
            }
            const { outcome, before } = await checkedAction(
              host,
              () =>
                analyze({
                  fiscalYear: request.fiscalYear,
                  agency: request.agency,
                  mode: request.mode,
                  inputAddress: request.bySelection ? undefined : address,
                }),
              analyzeAllowance,
              { tally }
            );
            if (!outcome.ok) return;
            // The declaration itself is honest: on the scores' sheet, beside the scores, never over them.
            const output = rectOf(outcome.value.outputAddress);
            const input = rectOf(address).rect;
            expect(output.sheet.toLowerCase()).toBe(sheet.toLowerCase());
            const overlaps =
              output.rect.bottom >= input.top &&
              output.rect.top <= input.bottom &&
              output.rect.right >= input.left &&
              output.rect.left <= input.right;
            expect(overlaps).toBe(false);
            // …and where the officer had nothing: inside the block too, no cell of theirs is overwritten.
            expect(occupiedBefore(before, sheetIdNamed(before, sheet), output.rect)).toEqual([]);
          });
        }),
        runs(50)
      );
      expect(tally.wrote).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );
});

describe("Insert input sheet", () => {
  it(
    "adds one new sheet and its names, keeps every user sheet, and writes the agency name as text",
    async () => {
      // Catches: a taken name (case-insensitive) reused or the user's sheet renamed; an existing workbook
      // name replaced; the agency cell left "General", so "=1+1" or "-" becomes a formula or an error.
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(workbookSeed, fiscalYear, agencyName, async (seed, year, agency) => {
          await withWorkbook(seed, {}, async (host) => {
            const { outcome, after } = await checkedAction(
              host,
              () => insertInputSheet({ fiscalYear: year, agency }),
              inputSheetAllowance,
              { tally }
            );
            if (!outcome.ok || !agency) return;
            const sheet = after.sheets.find((candidate) => candidate.name === outcome.value.sheetName);
            expect(sheet?.cells.B2).toMatchObject({ value: agency, hasFormula: false, numberFormat: "@" });
          });
        }),
        runs(25)
      );
      expect(tally.wrote).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );
});

/** Many agencies declares its result columns beside the table and its summary sheet. */
function agenciesAllowance(
  value: { outputAddress: string; summarySheet: string },
  _before: WorkbookSnapshot,
  after: WorkbookSnapshot
): Allowance {
  return {
    ...NOTHING,
    cells: rectsOn(after, value.outputAddress),
    sheets: new Set([sheetIdNamed(after, value.summarySheet)]),
    names: (name) => name.startsWith("ITA_Report_") || /^ITA_Output(_\d+)?$/.test(name),
    settings: [GENERATED_SHEETS_KEY],
    activeSheet: true,
  };
}

describe("Many agencies", () => {
  it(
    "writes only its output block and its summary sheet, the same on a second run, and nothing when a row or a result cell is wrong",
    async () => {
      // Catches: results written over the officer's cells beside the table; the summary sheet written over
      // a user's "สรุปภาพรวม"; a chunk written before a later check refuses; an agency "=…" echoed as a
      // formula; a second run that reads its own results as part of the table, or leaves a removed agency's
      // results behind.
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(workbookSeed, agencyTable, fc.boolean(), async (seed, table, bySelection) => {
          await withWorkbook(seed, { agencyTable: table }, async (host) => {
            const sheet = sheetAt(seed, table.sheet).name;
            const cells = agencyTableCells(table);
            const address = areaAddress(sheet, areaOf(table.top, table.left, cells));
            if (bySelection) host.select(address);
            const run = () => analyzeAgencies(bySelection ? {} : { tableAddress: address });
            const { outcome, before, after } = await checkedAction(host, run, agenciesAllowance, { tally });
            if (!outcome.ok) return;
            // The table's sheet stays (or comes) in front, so the officer can run again.
            expect([before.activeSheetId, sheetIdNamed(after, sheet)]).toContain(after.activeSheetId);
            // The results go where the officer had nothing.
            const output = rectOf(outcome.value.outputAddress);
            expect(occupiedBefore(before, sheetIdNamed(before, sheet), output.rect)).toEqual([]);

            const summary = new Set([sheetIdNamed(after, outcome.value.summarySheet)]);
            const again = await checkedAction(host, run, agenciesAllowance, {
              generatedEarlier: summary,
              tally,
            });
            expect(host.diffSnapshots(after, again.after).slice(0, 10)).toEqual([]);
            if (table.rows.length < 2) return;
            // The officer removes the last agency: its row of results goes too, and nothing else moves.
            const width = cells[0]?.length ?? 0;
            host.setCells(
              areaAddress(sheet, {
                top: table.top + table.rows.length,
                left: table.left,
                rows: 1,
                columns: width,
              }),
              [Array.from({ length: width }, () => "")]
            );
            const shorter = await checkedAction(host, run, agenciesAllowance, {
              generatedEarlier: summary,
              tally,
            });
            if (shorter.outcome.ok)
              expect(shorter.outcome.value.outputAddress).toBe(outcome.value.outputAddress);
          });
        }),
        runs(20)
      );
      expect(tally.wrote).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );
});

describe("Find scores", () => {
  it(
    "changes fills only, on the sheet it scanned, on a first run and on a run after an edit",
    async () => {
      // Catches: a highlight that rewrites values or number formats, a fill on another sheet, or a second
      // run that clears more than its own earlier fills.
      const tally = newTally();
      const pasted = fc.record({
        top: fc.nat(10),
        left: fc.nat(5),
        year: fc.constantFrom(...SUPPORTED_YEARS),
      });
      await fc.assert(
        fc.asyncProperty(workbookSeed, pasted, async (seed, paste) => {
          await withWorkbook(seed, {}, async (host) => {
            const sheet = sheetAt(seed, seed.activeSheet).name;
            const rows = seedTableRows().map((row) =>
              row.map((value) => (typeof value === "string" ? `'${value}` : value))
            );
            host.setCells(areaAddress(sheet, areaOf(paste.top, paste.left, rows)), rows);
            const scanned = host.snapshot().activeSheetId;
            const fillsOnly = () => ({
              ...NOTHING,
              fillsOn: new Set([scanned]),
              names: (name: string) => /^ITA_Found(_\d+)?$/.test(name),
            });
            const highlight = async () => {
              const { before, after } = await checkedAction(
                host,
                () => findScoresOnSheet(paste.year),
                fillsOnly,
                {
                  tally,
                }
              );
              expect(strayFills(before, after, scanned, [FOUND_FILL, MISMATCH_FILL])).toEqual([]);
            };
            await highlight();
            host.setCell(cellOn(sheet, paste.top + 3, paste.left + 1), "");
            await highlight();
          });
        }),
        runs(15)
      );
      expect(tally.wrote).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );
});
