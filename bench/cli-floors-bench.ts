/**
 * The CLI against its floors (issue 15), each measured in the same run, in processes of their own, run
 * alternately so that a busy machine slows both sides alike; one JSON line each with both medians and
 * their ratio:
 * - `cli-batch-vs-stream-writer`: `ita batch` of the national CSV (8,317 agencies, 2 years) against
 *   ExcelJS's streaming writer writing the same cells as bare values; peak memory of both (goal ≤ 1.2×,
 *   ≤ 160 MiB);
 * - `cli-batch-xlsx-vs-csv`: the same batch read from an .xlsx against from the CSV (goal ≤ 1.2×);
 * - `cli-score-vs-node`: `ita score` of one JSON file against `node -e 0` (goal ≤ 2×);
 * - `cli-report-vs-exceljs`: `ita report` of the bundled example against `node -e "require('exceljs')"`
 *   (goal ≤ 1.2×).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { batchSheetLayouts, csvRows, readAgencies, summarizeBatch } from "../src/core/batch";
import type { SheetLayout } from "../src/core/report/layout";
import { NATIONAL_AGENCY_COUNT, writeAgenciesCsv } from "./generate-agencies";

const ROOT = resolve(__dirname, "..");
const ITA = join(ROOT, "bin", "ita.js");
const FLOOR_WRITER = join(__dirname, "floors", "stream-writer.js");
const PEAK_RSS = join(__dirname, "floors", "peak-rss.js");
const EXAMPLE = join(ROOT, "assets", "examples", "dan-kwian-2565.json");

interface Timed {
  readonly ms: number;
  /** Peak resident memory, KiB. */
  readonly peakKiB: number;
}

/** Runs `node ARGS` once; its wall time (node's start included) and peak memory. Throws if it fails. */
function runNode(args: readonly string[], dir: string): Timed {
  const peakFile = join(dir, `peak-${process.hrtime.bigint()}.txt`);
  const start = performance.now();
  const result = spawnSync(process.execPath, [...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--require ${PEAK_RSS}`, ITA_BENCH_PEAK_FILE: peakFile },
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  const peakKiB = existsSync(peakFile)
    ? Number(readFileSync(peakFile, "utf8").trim().split("\n").pop())
    : NaN;
  return { ms, peakKiB };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const mib = (kib: number) => round(kib / 1024);

/**
 * Runs `measured` and `floor` alternately `runs` times (after one unmeasured warm-up of each, which fills
 * the disk cache) and prints their medians and ratio.
 */
function compare(
  name: string,
  measured: (run: number) => readonly string[],
  floor: (run: number) => readonly string[],
  options: {
    runs: number;
    goalRatio: number;
    dir: string;
    extra?: Record<string, unknown>;
    peaks?: number;
  }
): void {
  runNode(measured(-1), options.dir);
  runNode(floor(-1), options.dir);
  const ours: Timed[] = [];
  const floors: Timed[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(runNode(measured(run), options.dir));
    floors.push(runNode(floor(run), options.dir));
  }
  const ms = median(ours.map((t) => t.ms));
  const floorMs = median(floors.map((t) => t.ms));
  process.stdout.write(
    `${JSON.stringify({
      name,
      ms: round(ms),
      floorMs: round(floorMs),
      ratio: round(ms / floorMs, 2),
      goalRatio: options.goalRatio,
      ...(options.peaks === undefined
        ? {}
        : {
            peakMiB: mib(Math.max(...ours.map((t) => t.peakKiB))),
            floorPeakMiB: mib(Math.max(...floors.map((t) => t.peakKiB))),
            goalPeakMiB: options.peaks,
          }),
      runs: options.runs,
      ...options.extra,
    })}\n`
  );
}

/** The cells of `layouts` as rows of values, for the floor writer. */
function bareCells(layouts: readonly SheetLayout[]): { name: string; rows: unknown[][] }[] {
  return layouts.map((layout) => {
    const rows: unknown[][] = [];
    for (const cell of layout.cells) {
      const row = (rows[cell.row] ??= []);
      row[cell.column] = cell.value;
    }
    return { name: layout.name, rows: Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null)) };
  });
}

/** The agencies CSV saved as an .xlsx, as Excel saves it: shared strings, one sheet. */
async function writeAgenciesXlsx(csv: string, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("หน่วยงาน");
  for (const row of csvRows(readFileSync(csv, "utf8"))) {
    sheet.addRow(row.cells.map((cell) => (cell !== "" && !Number.isNaN(Number(cell)) ? Number(cell) : cell)));
  }
  await workbook.xlsx.writeFile(file, { useSharedStrings: true } as never);
}

export async function benchCliFloors(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-floors-"));
  try {
    const csv = writeAgenciesCsv(dir);
    const xlsx = join(dir, "agencies-8317.xlsx");
    await writeAgenciesXlsx(csv, xlsx);
    const cells = join(dir, "cells.json");
    const layouts = batchSheetLayouts(
      summarizeBatch(readAgencies(csvRows(readFileSync(csv, "utf8"))).agencies)
    );
    writeFileSync(cells, JSON.stringify(bareCells(layouts)));
    const batchOut = join(dir, "batch.xlsx");
    const extra = { agencies: NATIONAL_AGENCY_COUNT, years: 2 };
    compare(
      "cli-batch-vs-stream-writer",
      () => [ITA, "batch", csv, "-o", batchOut],
      () => [FLOOR_WRITER, cells, join(dir, "floor.xlsx")],
      { runs: 5, goalRatio: 1.2, dir, extra, peaks: 160 }
    );
    compare(
      "cli-batch-xlsx-vs-csv",
      () => [ITA, "batch", xlsx, "-o", batchOut],
      () => [ITA, "batch", csv, "-o", batchOut],
      { runs: 5, goalRatio: 1.2, dir, extra }
    );
    compare(
      "cli-score-vs-node",
      () => [ITA, "score", EXAMPLE],
      () => ["-e", "0"],
      { runs: 15, goalRatio: 2, dir }
    );
    // A new file each run: the officer's first report, not a rewrite that reads the earlier one.
    compare(
      "cli-report-vs-exceljs",
      (run) => [ITA, "report", EXAMPLE, "-o", join(dir, `report-${run}.xlsx`)],
      () => ["-e", "require('exceljs')"],
      { runs: 15, goalRatio: 1.2, dir }
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
