/**
 * `npm run bench`: syncs and time of each task-pane action on the in-memory Excel host, one JSON line per
 * action ({"name", "syncs", "ms", "runs"}). Not a test: times vary between machines; syncs do not.
 * `ms` is the median of the runs, measured with performance.now() around the whole action.
 */
import { performance } from "node:perf_hooks";
import { analyze, previewSelection } from "../src/excel/analyze";
import { insertInputSheet } from "../src/excel/input-sheet";
import { generateProgressReport } from "../src/excel/progress-report";
import { generateReport } from "../src/excel/report";
import { generateTrackingSheet } from "../src/excel/tracking-sheet";
import { createExcelHost, ExcelHost } from "../test/support/excel-host";
import { runBatchBenches } from "./batch-bench";
import { benchExcelBatch } from "./excel-batch-bench";
import { benchFindScores } from "./find-scores-bench";
import { SEED_2564, SEED_2565 } from "../test/support/seed";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function seededHost(): ExcelHost {
  const host = createExcelHost();
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "2564", "2565"],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
  host.select("Sheet1!C3:E13");
  return host;
}

/**
 * Runs `action` on a fresh seeded host RUNS times; `setup` (earlier actions, the officer's typing) runs first
 * on each host, outside the counts.
 */
async function measure(
  name: string,
  action: () => Promise<{ ok: boolean }>,
  setup?: (host: ExcelHost) => Promise<unknown>
): Promise<void> {
  const times: number[] = [];
  let syncs = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const host = seededHost();
    const uninstall = host.install();
    try {
      await setup?.(host);
      host.resetCounters();
      const start = performance.now();
      const outcome = await action();
      times.push(performance.now() - start);
      if (!outcome.ok) throw new Error(`${name} failed: ${JSON.stringify(outcome)}`);
      syncs = Math.max(syncs, host.syncCount);
    } finally {
      uninstall();
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  process.stdout.write(`${JSON.stringify({ name, syncs, ms: Number(median.toFixed(2)), runs: RUNS })}\n`);
}

async function main(): Promise<void> {
  await measure("insert-input-sheet", () =>
    insertInputSheet({ fiscalYear: 2565, agency: "เทศบาลตำบลด่านเกวียน" })
  );
  await measure("preview-selection", () => previewSelection(2565));
  await measure("analyze", () => analyze({ fiscalYear: 2565, mode: "formulas" }));
  await measure("analyze-values", () => analyze({ fiscalYear: 2565, mode: "values" }));
  await measure("generate-report", () =>
    generateReport({ fiscalYear: 2565, inputAddress: "Sheet1!C3:E13", digits: "thai", chart: true })
  );
  const report = { fiscalYear: 2565, inputAddress: "Sheet1!C3:E13", digits: "thai", chart: true } as const;
  // Regenerating the tracking sheet is its costliest path: the earlier sheet is read and merged.
  await measure(
    "generate-tracking-sheet",
    () => generateTrackingSheet(report),
    async () => {
      await generateReport(report);
      await generateTrackingSheet(report);
    }
  );
  await measure(
    "generate-progress-report",
    () =>
      generateProgressReport({
        asOf: { day: 31, month: 3, buddhistYear: 2566 },
        digits: "thai",
        chart: true,
      }),
    async (host) => {
      await generateReport(report);
      await generateTrackingSheet(report);
      host.setCells("'ติดตามมาตรการ ITA 2566'!G5:H6", [
        ["ดำเนินการแล้วเสร็จ", 100],
        ["กำลังดำเนินการ", 50],
      ]);
    }
  );
  await benchFindScores();
  await benchExcelBatch();
  await runBatchBenches();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
