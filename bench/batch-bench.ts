/**
 * Benchmarks of the CLI (against its floors, cli-floors-bench.ts), the custom functions and the task
 * pane's size, one JSON line each ({"name", "ms", …}). `npm run bench` runs them after the task-pane
 * actions; times are medians.
 */
import "../test/functions/custom-functions-stub";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { grade } from "../src/functions/functions";
import { benchCliFloors } from "./cli-floors-bench";

const ROOT = resolve(__dirname, "..");

function line(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(fields)}\n`);
}

const round = (ms: number) => Number(ms.toFixed(1));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Bundles the CLI as `npm run build:cli` does, so that `bin/ita.js` runs the current sources. */
function buildCli(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "-c", "webpack.cli.config.js"],
    { cwd: ROOT, stdio: "inherit" }
  );
}

/** `grade-100k`: 100,000 ITA.GRADE evaluations, totals with two decimals, half with tool scores (goal ≤ 50 ms). */
export function benchGrade(runs = 5): void {
  const count = 100_000;
  // From 0.01: a 0 is refused as "0 or an empty cell?" (audit A3), which would end the run, not time it.
  const totals = Array.from({ length: count }, (_, i) => (((i * 7919) % 10000) + 1) / 100);
  const times: number[] = [];
  let checksum = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) {
      const total = totals[i] ?? 0;
      const rating = i % 2 === 0 ? grade(total, 2565) : grade(total, 2568, total, total, total);
      checksum += rating.length;
    }
    times.push(performance.now() - start);
  }
  line({ name: "grade-100k", ms: round(median(times)), goalMs: 50, runs, checksum });
}

/** `taskpane-js-gzip`: gzip -9 size of the built task pane and functions bundles (goal ≤ 300 KB). */
export function benchTaskpaneSize(): void {
  const files = ["taskpane.js", "functions.js"].map((name) => join(ROOT, "dist", name));
  if (!files.every((file) => existsSync(file))) {
    // A fresh clone has no dist/: build the production bundle so the figure is always printed.
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  }
  const sizes = files.map((file) => gzipSync(readFileSync(file), { level: 9 }).length);
  line({
    name: "taskpane-js-gzip",
    bytes: sizes.reduce((a, b) => a + b, 0),
    taskpaneBytes: sizes[0],
    functionsBytes: sizes[1],
    goalBytes: 300 * 1024,
  });
}

/** The workspace's load probe, when the repository sits beside it (it is not part of the project). */
const MEASURE_TASKPANE = join(ROOT, "..", "shared", "tools", "measure-taskpane");

/**
 * `taskpane-first-render`: the built pane loaded in Chromium by the workspace's probe (measure-taskpane,
 * median of 7 runs): `ui_ms` is the first working render, `js_gzip_bytes` the JS it fetched. Skipped,
 * with a line saying so, where the probe is not beside the repository.
 */
export function benchTaskpaneFirstRender(runs = 7): void {
  if (!existsSync(MEASURE_TASKPANE)) {
    line({ name: "taskpane-first-render", skipped: `${MEASURE_TASKPANE} not present` });
    return;
  }
  const output = execFileSync(MEASURE_TASKPANE, [join(ROOT, "dist"), "taskpane.html", String(runs)], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, PLAYWRIGHT_CORE: join(ROOT, "node_modules", "playwright-core") },
  });
  const last = output.trim().split("\n").pop() ?? "{}";
  const {
    ui_ms: uiMs,
    fcp_ms: fcpMs,
    js_gzip_bytes: jsGzipBytes,
  } = JSON.parse(last) as Record<string, number>;
  line({ name: "taskpane-first-render", uiMs, fcpMs, jsGzipBytes, runs });
}

/** All of the above, the CLI built first so `bin/ita.js` runs the current sources. */
export async function runBatchBenches(): Promise<void> {
  buildCli();
  await benchCliFloors();
  benchGrade();
  benchTaskpaneSize();
  benchTaskpaneFirstRender();
}
