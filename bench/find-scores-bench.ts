/**
 * `find-scores`: the seed's comparison table pasted into a sheet (one value per cell, Thai digits), found
 * and highlighted on the in-memory host: syncs (goal ≤ 2: one to read, one to highlight) and time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findScoresOnSheet } from "../src/excel/find-scores";
import { createExcelHost } from "../test/support/excel-host";

export async function benchFindScores(runs = 15): Promise<void> {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, "..", "test", "fixtures", "pasted", "comparison.cells.json"), "utf8")
  ) as { rows: (string | number)[][] };
  const width = Math.max(...fixture.rows.map((row) => row.length));
  // A pasted "+๑๘.๗๕" arrives as text (as from Word); typed, Excel would read it as a formula.
  const asPasted = (value: string | number) =>
    typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
  const rows = fixture.rows.map((row) => [
    ...row.map(asPasted),
    ...Array.from({ length: width - row.length }, () => ""),
  ]);
  const times: number[] = [];
  let syncs = 0;
  for (let run = 0; run < runs; run += 1) {
    const host = createExcelHost();
    const last = String.fromCharCode(65 + width - 1);
    host.setCells(`Sheet1!A1:${last}${rows.length}`, rows);
    const uninstall = host.install();
    try {
      host.resetCounters();
      const start = performance.now();
      const outcome = await findScoresOnSheet(2565);
      times.push(performance.now() - start);
      if (!outcome.ok) throw new Error(`find-scores failed: ${JSON.stringify(outcome.issues)}`);
      syncs = Math.max(syncs, host.syncCount);
    } finally {
      uninstall();
    }
  }
  times.sort((a, b) => a - b);
  const ms = Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(2));
  process.stdout.write(`${JSON.stringify({ name: "find-scores", syncs, ms, runs, goalSyncs: 2 })}\n`);
}
