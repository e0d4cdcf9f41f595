/**
 * `ita progress WORKBOOK.xlsx… [--as-of YYYY-MM-DD] [-o OUT.xlsx]` (issue 14 points 2–4): reads the tracking
 * sheet of a workbook `ita report --tracking` wrote (and the officer filled in), refuses it with every
 * problem at its cell (exit 2, nothing written), and writes the implementation report as an .xlsx. Given
 * several workbooks or a folder, it writes one summary of the agencies instead. It never writes over a
 * workbook it reads, nor, without --force, over a file ita did not write (output-file.ts). A folder's own
 * implementation reports and summaries (ita's mark says so) are not read, so the summary may be written
 * into the folder it reads.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { SingleBar } from "cli-progress";
import {
  AgencyProgress,
  asOfProblem,
  buildProgressReport,
  Digits,
  formatIssue,
  issueAt,
  layoutReportSheet,
  parseDate,
  percentText,
  problem,
  progressFigures,
  progressSummaryModel,
  roundLine,
  ThaiDate,
  Tracking,
  Validated,
  ValidationIssue,
} from "../core";
import { renderWorkbook } from "../xlsx/render-workbook";
import type { ProgressStream } from "./batch-command";
import { frameworksOption } from "./framework-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { isSameFile, itaKindOf, outputPathFor, resolveOutput, writeFileAtomically } from "./output-file";
import { readTrackingFile } from "./tracking-file";

export interface ProgressOptions {
  /** Workbooks and folders of workbooks, as typed. */
  readonly inputs: readonly string[];
  readonly output?: string;
  /** `--force`: write over an existing file ita did not write (never over a file the command reads). */
  readonly force?: boolean;
  /** `--as-of YYYY-MM-DD`, BE or CE; today by default. */
  readonly asOf?: string;
  readonly digits: Digits;
  readonly chart: boolean;
  /** `--framework FILE.xlsx`: the measures year's framework (the OIT item the report serves), when not built in. */
  readonly framework?: string;
  /** Many workbooks: leave out the ones with problems instead of writing nothing. */
  readonly skipInvalid: boolean;
  /** Today, for tests; the system's date otherwise. */
  readonly today?: ThaiDate;
  /** Where the progress bar is drawn; process.stderr by default. Quiet when not a terminal. */
  readonly progressStream?: ProgressStream;
}

const NOTHING_WRITTEN = "ไม่ได้เขียนรายงาน / nothing was written";
const WARNING_LABEL = "คำเตือน / warning: ";

/** Today in the Buddhist era, from the system clock's local date. */
function today(): ThaiDate {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, buddhistYear: now.getFullYear() + 543 };
}

/**
 * Prints issues, each with its file; a problem with an option (`--as-of`) is named by the option alone when
 * there is one workbook.
 */
function print(io: CliIo, file: string, issues: readonly ValidationIssue[], label = "", many = true): void {
  for (const issue of issues) {
    const where =
      issue.location.startsWith(file) || (!many && issue.location.startsWith("--")) ? "" : `${file}: `;
    io.stderr(`${label}${where}${formatIssue(issue)}\n`);
  }
}

/** The name of the summary written for several workbooks or a folder. */
const SUMMARY_NAME = "ita-progress-summary.xlsx";

const isFolder = (input: string): boolean => existsSync(input) && statSync(input).isDirectory();

/**
 * Whether a workbook found in a folder is left out: ita's own implementation reports and summaries (marked
 * `ita:progress`), so that writing the summary into the folder it reads works again the next time; and the
 * file this run writes (`output`), unless it is a report, where tracking sheets live, which stays an input
 * and so is never written over.
 */
async function leftOut(file: string, output: string | undefined): Promise<boolean> {
  const kind = await itaKindOf(file);
  return kind === "progress" || (kind !== "report" && output !== undefined && isSameFile(file, output));
}

/**
 * The workbooks the inputs name: files as given, folders by their .xlsx files (Excel's lock files and the
 * files `leftOut` names left out); `output` is the file the summary would be written to.
 */
async function workbooksOf(
  inputs: readonly string[],
  output: string | undefined
): Promise<{ files: string[]; folder: boolean }> {
  let folder = false;
  const files: string[] = [];
  for (const input of inputs) {
    if (!isFolder(input)) {
      files.push(input);
      continue;
    }
    folder = true;
    const names = readdirSync(input)
      .filter((name) => extname(name).toLowerCase() === ".xlsx" && !name.startsWith("~$"))
      // Thai collation named, not the machine's: the summary lists the agencies in the same order whatever
      // LANG the command runs under.
      .sort((a, b) => a.localeCompare(b, "th"));
    for (const name of names) {
      const file = join(input, name);
      if (!(await leftOut(file, output))) files.push(file);
    }
  }
  return { files, folder };
}

/** A bar of `total` steps on a terminal; nothing at all elsewhere or for a single workbook. */
function progressBar(stream: ProgressStream, total: number): { update(done: number): void; stop(): void } {
  if (!stream.isTTY || total < 2) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream,
    format: "ita progress [{bar}] {percentage}% | {value}/{total}",
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Reads one workbook's tracking sheet, its as-of date checked against the measures' year. */
async function readOne(file: string, asOf: ThaiDate): Promise<Validated<Tracking>> {
  const read = await readTrackingFile(file, asOf);
  if (!read.ok) return read;
  const early = asOfProblem(asOf, read.value.fiscalYear);
  return early ? { ok: false, issues: [issueAt("--as-of", early)], warnings: read.warnings } : read;
}

/** Runs `ita progress`; returns the exit code. */
export async function progressCommand(options: ProgressOptions, io: CliIo): Promise<number> {
  const parsedAsOf = options.asOf === undefined ? undefined : parseDate(options.asOf);
  if (parsedAsOf && !parsedAsOf.ok) {
    io.stderr(`${formatIssue(issueAt("--as-of", parsedAsOf.problem))}\n${NOTHING_WRITTEN}\n`);
    return EXIT_INVALID_INPUT;
  }
  const asOf = parsedAsOf?.ok ? parsedAsOf.value : (options.today ?? today());
  const frameworks = await frameworksOption(io, options.framework, {
    th: "ไม่ได้เขียนรายงาน",
    en: "nothing was written",
  });
  if (!frameworks) return EXIT_INVALID_INPUT;
  const summaryPath = options.inputs.some(isFolder) ? outputPathFor(options.output, SUMMARY_NAME) : undefined;
  const { files, folder } = await workbooksOf(
    options.inputs,
    summaryPath?.ok ? summaryPath.value : undefined
  );
  if (files.length === 0) {
    io.stderr(
      `${formatIssue(
        issueAt(
          options.inputs.join(", "),
          problem("no-workbooks", "ไม่พบไฟล์ .xlsx ในโฟลเดอร์", "no .xlsx file in the folder")
        )
      )}\n${NOTHING_WRITTEN}\n`
    );
    return EXIT_INVALID_INPUT;
  }
  const many = folder || files.length > 1;
  /** Where the report goes (`defaultName` in out/ or in `-o`'s folder); its problem printed when refused. */
  const outputFor = async (defaultName: string): Promise<string | undefined> => {
    const resolved = await resolveOutput(options.output, {
      defaultName,
      kind: "progress",
      inputs: [...files, ...(options.framework === undefined ? [] : [options.framework])],
      force: options.force === true,
    });
    if (!resolved.ok) {
      for (const issue of resolved.issues) io.stderr(`${formatIssue(issue)}\n`);
      io.stderr(`${NOTHING_WRITTEN}\n`);
      return undefined;
    }
    for (const warning of resolved.warnings) io.stderr(`${WARNING_LABEL}${formatIssue(warning)}\n`);
    return resolved.value;
  };

  if (!many) {
    const file = files[0] ?? "";
    const read = await readOne(file, asOf);
    print(io, file, read.warnings, WARNING_LABEL, false);
    if (!read.ok) {
      print(io, file, read.issues, "", false);
      io.stderr(`${NOTHING_WRITTEN}\n`);
      return EXIT_INVALID_INPUT;
    }
    const tracking = read.value;
    const output = await outputFor(`ita-progress-${tracking.fiscalYear}.xlsx`);
    if (output === undefined) return EXIT_INVALID_INPUT;
    const model = buildProgressReport(tracking, {
      asOf,
      digits: options.digits,
      chart: options.chart,
      frameworks: frameworks.lookup,
    });
    await writeFileAtomically(
      output,
      await renderWorkbook(model.sheets.map(layoutReportSheet), {
        digits: options.digits,
        creator: tracking.agency.agency ?? "ITA",
        kind: "progress",
      })
    );
    const figures = progressFigures(tracking, asOf);
    const agency = tracking.agency.agency ? `${tracking.agency.agency} ` : "";
    io.stdout(
      `${agency}มาตรการปีงบประมาณ ${tracking.fiscalYear} ${roundLine(figures)}: ` +
        `แล้วเสร็จ ${figures.all.byStatus.done}/${figures.all.total} (${percentText(figures.all)} %), ` +
        `เลยกำหนด ${figures.overdue.length}\n` +
        `done ${figures.all.byStatus.done} of ${figures.all.total}, overdue ${figures.overdue.length}\n` +
        `รายงาน / report: ${output}\n`
    );
    return EXIT_OK;
  }

  const output = await outputFor(SUMMARY_NAME);
  if (output === undefined) return EXIT_INVALID_INPUT;
  const bar = progressBar(options.progressStream ?? process.stderr, files.length);
  const agencies: AgencyProgress[] = [];
  let bad = 0;
  for (const [index, file] of files.entries()) {
    const read = await readOne(file, asOf);
    bar.update(index + 1);
    if (!read.ok) {
      bad += 1;
      print(io, file, read.warnings, WARNING_LABEL);
      print(io, file, read.issues);
      continue;
    }
    agencies.push({
      name: read.value.agency.agency ?? basename(file, extname(file)),
      figures: progressFigures(read.value, asOf),
    });
  }
  bar.stop();
  if (bad > 0 && !options.skipInvalid) {
    io.stderr(
      `ข้อมูลไม่ถูกต้อง ${bad} ไฟล์ จึงไม่ได้เขียนสรุป (ใช้ --skip-invalid เพื่อข้ามไฟล์เหล่านั้น) / ` +
        `${bad} workbook(s) with problems: nothing was written (--skip-invalid leaves them out)\n`
    );
    return EXIT_INVALID_INPUT;
  }
  if (agencies.length === 0) {
    io.stderr(`ไม่มีแผ่นงานติดตามที่อ่านได้ / no readable tracking sheet: ${NOTHING_WRITTEN}\n`);
    return EXIT_INVALID_INPUT;
  }
  if (bad > 0) io.stderr(`ข้าม ${bad} ไฟล์ที่ข้อมูลไม่ถูกต้อง / skipped ${bad} workbook(s) with problems\n`);
  const model = progressSummaryModel(agencies, { asOf, digits: options.digits });
  await writeFileAtomically(
    output,
    await renderWorkbook(model.sheets.map(layoutReportSheet), { digits: options.digits, kind: "progress" })
  );
  const done = agencies.reduce((sum, entry) => sum + entry.figures.all.byStatus.done, 0);
  const total = agencies.reduce((sum, entry) => sum + entry.figures.all.total, 0);
  const overdue = agencies.reduce((sum, entry) => sum + entry.figures.overdue.length, 0);
  io.stdout(
    `หน่วยงาน / agencies: ${agencies.length}\n` +
      `แล้วเสร็จ / done: ${done} จาก / of ${total}, เลยกำหนด / overdue: ${overdue}\n` +
      `สรุป / summary: ${output}\n`
  );
  return EXIT_OK;
}
