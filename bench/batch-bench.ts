/**
 * Benchmarks of the CLI, the custom functions and the task pane's size, one JSON line each
 * ({"name", "ms", …}). `npm run bench` runs them after the task-pane actions; times are medians.
 */
import "../test/functions/custom-functions-stub";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { batchSheetLayouts, csvRows, readAgencies, summarizeBatch } from "../src/core/batch";
import { grade } from "../src/functions/functions";
import { renderWorkbook } from "../src/xlsx/render-workbook";
import { NATIONAL_AGENCY_COUNT, writeAgenciesCsv } from "./generate-agencies";

const ROOT = resolve(__dirname, "..");
const ITA = join(ROOT, "bin", "ita.js");

function line(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(fields)}\n`);
}

const round = (ms: number) => Number(ms.toFixed(1));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall time of `node bin/ita.js ARGS` (node start included); throws if it fails. */
function timeIta(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [ITA, ...args], { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`ita ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

function buildCli(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );
}

/** The batch workbook's cells written bare with ExcelJS: values only, no styles, no chart. */
async function writeBare(layouts: ReturnType<typeof batchSheetLayouts>, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const layout of layouts) {
    const sheet = workbook.addWorksheet(layout.name);
    for (const cell of layout.cells) sheet.getCell(cell.row + 1, cell.column + 1).value = cell.value;
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * `batch-8317`: `ita batch` on the generated national file, wall time including node start and writing
 * the .xlsx (goal ≤ 5 s). `batch-floor-exceljs`: the same cells written bare with ExcelJS in process,
 * against the renderer writing the styled workbook in process (goal: ratio ≤ 1.5).
 */
export async function benchBatch(runs = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-"));
  try {
    const csv = writeAgenciesCsv(dir);
    const out = join(dir, "batch.xlsx");
    const wall = median(Array.from({ length: runs }, () => timeIta(["batch", csv, "-o", out])));
    line({
      name: "batch-8317",
      ms: round(wall),
      agencies: NATIONAL_AGENCY_COUNT,
      years: 2,
      goalMs: 5000,
      runs,
    });

    const layouts = batchSheetLayouts(
      summarizeBatch(readAgencies(csvRows(readFileSync(csv, "utf8"))).agencies)
    );
    const rendered: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      writeFileSync(join(dir, "rendered.xlsx"), await renderWorkbook(layouts, { digits: "arabic" }));
      rendered.push(performance.now() - start);
      start = performance.now();
      await writeBare(layouts, join(dir, "bare.xlsx"));
      bare.push(performance.now() - start);
    }
    const floor = median(bare);
    const render = median(rendered);
    line({
      name: "batch-floor-exceljs",
      ms: round(floor),
      renderMs: round(render),
      ratio: Number((render / floor).toFixed(2)),
      cliRatio: Number((wall / floor).toFixed(2)),
      goalRatio: 1.5,
      runs,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `report-one`: `ita report` of the bundled example, node start included (goal ≤ 1 s). */
export function benchReportOne(runs = 5): void {
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-"));
  try {
    const out = join(dir, "report.xlsx");
    const ms = median(Array.from({ length: runs }, () => timeIta(["report", "-o", out])));
    line({ name: "report-one", ms: round(ms), goalMs: 1000, runs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

/** All of the above, the CLI built first so `bin/ita.js` runs the current sources. */
export async function runBatchBenches(): Promise<void> {
  buildCli();
  await benchBatch();
  benchReportOne();
  benchGrade();
  benchTaskpaneSize();
}
