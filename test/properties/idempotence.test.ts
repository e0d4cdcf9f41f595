/**
 * Workbook safety, property 3 (see workbook-safety-setup.ts): Analyze then Generate report, run twice,
 * leave the same workbook as run once.
 */
import fc from "fast-check";
import { analyze } from "../../src/excel/analyze";
import { generateReport } from "../../src/excel/report";
import {
  agencyName,
  areaAddress,
  areaOf,
  scoreBlockCells,
  ScoreBlockSeed,
  seedScoreBlock,
  sheetAt,
  SUPPORTED_YEARS,
  workbookSeed,
} from "./generators";
import { issuesOf } from "./safety-checks";
import { runs, TIMEOUT_MS, withWorkbook } from "./workbook-safety-setup";

// ---- property 3: run twice, same workbook ---------------------------------------------------------------

describe("Analyze then Generate report", () => {
  it(
    "run twice leave the workbook exactly as run once",
    async () => {
      // Catches: a regenerated sheet that counts as edited (its fingerprint differs from what was written),
      // a chart added twice, a sheet renamed to "(2)" on the second run, the record growing each run, an
      // Analyze output that moves because of its own earlier output.
      let reported = 0;
      const options = fc.record({
        agency: agencyName,
        mode: fc.constantFrom("formulas" as const, "values" as const),
        digits: fc.constantFrom("thai" as const, "arabic" as const),
        chart: fc.boolean(),
      });
      const block = fc
        .record({
          sheet: fc.nat(5),
          top: fc.nat(15),
          left: fc.nat(6),
          year: fc.constantFrom(...SUPPORTED_YEARS),
        })
        .map(({ sheet, top, left, year }): ScoreBlockSeed => ({
          ...seedScoreBlock(sheet, top, left),
          headerYear: year,
        }));
      await fc.assert(
        fc.asyncProperty(workbookSeed, block, options, async (seed, scores, request) => {
          await withWorkbook(seed, { scoreBlock: scores }, async (host) => {
            const sheet = sheetAt(seed, scores.sheet).name;
            const inputAddress = areaAddress(sheet, areaOf(scores.top, scores.left, scoreBlockCells(scores)));
            const runOnce = async () => {
              const analysed = await analyze({
                fiscalYear: scores.headerYear,
                agency: request.agency,
                mode: request.mode,
                inputAddress,
              });
              const report = await generateReport({
                fiscalYear: scores.headerYear,
                agency: request.agency,
                inputAddress,
                digits: request.digits,
                chart: request.chart,
              });
              if (report.ok) reported += 1;
              return { analysed: issuesOf(analysed), report: issuesOf(report) };
            };
            const first = await runOnce();
            const once = host.snapshot();
            const second = await runOnce();
            const twice = host.snapshot();
            // A refusal the first time (a protected or occupied place) is the same refusal the second time.
            expect(second).toEqual(first);
            expect(host.diffSnapshots(once, twice).slice(0, 10)).toEqual([]);
            expect(twice).toEqual(once);
          });
        }),
        runs(12)
      );
      expect(reported).toBeGreaterThan(0);
    },
    TIMEOUT_MS
  );
});
