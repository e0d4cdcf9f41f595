/**
 * The task pane's "Many agencies" mode on the in-memory Excel host: the national file of 8,317 agencies ×
 * 2 years (the batch benchmark's rows) selected as whole columns, analysed and written beside the table
 * with the summary sheet. One JSON line: {"name", "syncs", "ms", "agencies"}; ms is the median of the runs.
 * Formulas are not evaluated (the table holds none), so the time is the add-in's, not HyperFormula's.
 */
import { performance } from "node:perf_hooks";
import { columnLetters } from "../src/core";
import { analyzeAgencies } from "../src/excel/batch";
import { createExcelHost } from "../test/support/excel-host";
import { generateAgencyRows, NATIONAL_AGENCY_COUNT } from "./generate-agencies";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Runs the Excel batch mode on a fresh host `RUNS` times and prints one JSON line.
 *
 * @example await benchExcelBatch(); // {"name":"excel-batch-8317","syncs":4,"ms":…,"agencies":8317}
 */
export async function benchExcelBatch(): Promise<void> {
  const rows = generateAgencyRows(NATIONAL_AGENCY_COUNT);
  const width = rows[0]?.length ?? 1;
  const lastColumn = columnLetters(width - 1);
  const times: number[] = [];
  let syncs = 0;
  let agencies = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const host = createExcelHost({ evaluateFormulas: false });
    host.setCells(`Sheet1!A1:${lastColumn}${rows.length}`, rows);
    host.setActiveSheet("Sheet1");
    host.select(`Sheet1!A:${lastColumn}`);
    const uninstall = host.install();
    try {
      host.resetCounters();
      const start = performance.now();
      const outcome = await analyzeAgencies({});
      times.push(performance.now() - start);
      if (!outcome.ok) throw new Error(`excel-batch failed: ${JSON.stringify(outcome.issues.slice(0, 5))}`);
      syncs = Math.max(syncs, host.syncCount);
      agencies = outcome.value.agencies;
    } finally {
      uninstall();
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const line = {
    name: `excel-batch-${NATIONAL_AGENCY_COUNT}`,
    syncs,
    ms: Number(median.toFixed(1)),
    agencies,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
