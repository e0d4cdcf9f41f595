/**
 * `ita batch AGENCIES.(xlsx|csv) [-o OUT.xlsx] [--skip-invalid]`: many agencies at once (one per row), for
 * a province, a department or the whole country. Writes per agency the tools, total, rating, pass, change
 * and ranks, and a summary sheet; bad rows stop it (exit 2, nothing written) unless --skip-invalid.
 */
import { SingleBar } from "cli-progress";
import {
  exactInteger,
  exactMultiply,
  formatIssue,
  FrameworkLookup,
  roundHalfUpToString,
  ValidationIssue,
} from "../core";
import { batchSheetLayouts, readAgencies, summarizeBatch } from "../core/batch";
import type { SheetLayout } from "../core/report/layout";
import { writeWorkbookPackage } from "../xlsx/write-package";
import { agencyRows } from "./agencies-file";
import { frameworksOption, unsupportedYearHint } from "./framework-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { resolveOutput, writeAtomically } from "./output-file";

/** The file name `ita batch` writes, in out/ or in the folder `-o` names. */
export const BATCH_OUTPUT_NAME = "ita-batch.xlsx";
/** Inputs shorter than this finish before a progress bar would be worth drawing. */
const PROGRESS_MIN_ROWS = 1000;

/** The stream a progress bar draws on: stderr, or a stand-in in tests. */
export type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

export interface BatchOptions {
  readonly input: string;
  readonly output?: string;
  /** `--force`: write over an existing file ita did not write (never over the input). */
  readonly force?: boolean;
  readonly skipInvalid: boolean;
  /** `--framework FILE.xlsx`: the officer's framework sheets, used before the built-in ones. */
  readonly framework?: string;
  /** Where the progress bar is drawn; process.stderr by default. Quiet when not a terminal. */
  readonly progressStream?: ProgressStream;
}

/** A progress bar: advances and stops. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar of `total` steps on `stream`, drawn by cli-progress; quiet (draws nothing at all) when
 * the stream is not a terminal or the input is short.
 */
export function progressBar(stream: ProgressStream, total: number, label: string): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_ROWS) return QUIET;
  const bar = new SingleBar({
    stream,
    format: `${label} [{bar}] {percentage}% | {value}/{total}`,
    hideCursor: true,
    clearOnComplete: true,
    noTTYOutput: false,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

function printIssues(io: CliIo, file: string, issues: readonly ValidationIssue[], label = ""): void {
  for (const issue of issues) {
    const where = issue.location.startsWith(file) ? "" : `${file}: `;
    io.stderr(`${label}${where}${formatIssue(issue)}\n`);
  }
}

/**
 * Reads and scores the input, prints its problems, and lays out the workbook: the layouts and the summary
 * to print, or the exit code when nothing may be written. A function of its own so that the input's rows
 * and the scored agencies can be freed before the workbook is written: for the whole country they are
 * most of the memory a run needs.
 */
async function scoreAgencies(
  options: BatchOptions,
  frameworks: FrameworkLookup,
  io: CliIo
): Promise<{ layouts: SheetLayout[]; summary: string } | number> {
  const file = options.input;
  const { rows, issue } = await agencyRows(file);
  if (!rows) {
    if (issue) printIssues(io, file, [issue]);
    return EXIT_INVALID_INPUT;
  }
  const progress = progressBar(options.progressStream ?? process.stderr, rows.length, "ita batch");
  const reading = readAgencies(rows, {
    onProgress: (done) => progress.update(done),
    frameworks,
  });
  progress.stop();
  printIssues(io, file, reading.warnings, "คำเตือน / warning: ");
  printIssues(io, file, reading.issues);
  const unsupported = reading.issues.find((issue) => issue.code === "unsupported-year");
  if (unsupported) io.stderr(unsupportedYearHint(unsupported, frameworks));
  const bad = reading.invalidRows.length;
  if (!reading.headerOk || (reading.issues.length > 0 && !options.skipInvalid)) {
    io.stderr(
      reading.headerOk
        ? `ข้อมูลไม่ถูกต้อง ${bad} แถว จึงไม่ได้เขียนไฟล์ (ใช้ --skip-invalid เพื่อข้ามแถวเหล่านั้น) / ` +
            `${bad} bad row(s): nothing was written (--skip-invalid skips them)\n`
        : "หัวตารางไม่ถูกต้อง จึงไม่ได้เขียนไฟล์ / the header row is not usable: nothing was written\n"
    );
    return EXIT_INVALID_INPUT;
  }
  if (reading.agencies.length === 0) {
    io.stderr("ไม่มีหน่วยงานที่ข้อมูลถูกต้อง จึงไม่ได้เขียนไฟล์ / no valid agency: nothing was written\n");
    return EXIT_INVALID_INPUT;
  }
  if (bad > 0) io.stderr(`ข้าม ${bad} แถวที่ข้อมูลไม่ถูกต้อง / skipped ${bad} bad row(s)\n`);
  const summary = summarizeBatch(reading.agencies);
  const percent = roundHalfUpToString(exactMultiply(summary.passingShare, exactInteger(100)), 2);
  return {
    layouts: batchSheetLayouts(summary),
    summary:
      `หน่วยงาน / agencies: ${summary.agencyCount}\n` +
      `ได้ 85 ขึ้นไป / at 85 or more: ${summary.passingCount} (${percent} %, ` +
      `เป้าหมาย 80 % ${summary.targetMet ? "บรรลุ / target met" : "ยังไม่บรรลุ / target not met"})\n`,
  };
}

/** Runs `ita batch`; returns the exit code. */
export async function batchCommand(options: BatchOptions, io: CliIo): Promise<number> {
  const output = await resolveOutput(options.output, {
    defaultName: BATCH_OUTPUT_NAME,
    kind: "batch",
    inputs: [options.input, ...(options.framework === undefined ? [] : [options.framework])],
    force: options.force === true,
  });
  if (!output.ok) {
    for (const issue of output.issues) io.stderr(`${formatIssue(issue)}\n`);
    io.stderr("ไม่ได้เขียนไฟล์ / nothing was written\n");
    return EXIT_INVALID_INPUT;
  }
  for (const warning of output.warnings) io.stderr(`คำเตือน / warning: ${formatIssue(warning)}\n`);
  const frameworks = await frameworksOption(io, options.framework, {
    th: "ไม่ได้เขียนไฟล์",
    en: "nothing was written",
  });
  if (!frameworks) return EXIT_INVALID_INPUT;
  const scored = await scoreAgencies(options, frameworks.lookup, io);
  if (typeof scored === "number") return scored;
  await writeAtomically(output.value, (temp) =>
    writeWorkbookPackage(scored.layouts, temp, { digits: "arabic", creator: "ITA", kind: "batch" })
  );
  io.stdout(`${scored.summary}ไฟล์ / output: ${output.value}\n`);
  return EXIT_OK;
}
