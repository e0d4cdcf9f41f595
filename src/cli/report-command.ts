/**
 * `ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart]`: the report an agency
 * publishes, as an .xlsx drawn from the same ReportModel as the add-in. INPUT is anything `ita score` reads
 * (read-input.ts); without INPUT, the bundled example.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  buildReport,
  Digits,
  formatDecimal,
  formatIssue,
  hasOfficerContent,
  issueAt,
  layoutReportSheet,
  locateTrackingSheet,
  mergeTracking,
  parseDate,
  PreviousTracking,
  previousTrackingFromRows,
  problem,
  quoteSheetName,
  scoreAssessment,
  TrackingPlan,
  trackingPlanFor,
  trackingSheetLayout,
  Validated,
  ValidationIssue,
} from "../core";
import { writeWorkbookPackage } from "../xlsx/write-package";
import { frameworksOption, unconfirmedNote } from "./framework-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { resolveOutput, writeAtomically, writeFileAtomically } from "./output-file";
import { InputOptions, readInput } from "./read-input";
import { printReading } from "./reading-text";
import { sheetsOf } from "./tracking-file";
import { openWorkbook } from "./workbook-file";

/** The bundled example, shipped with the package. */
export const EXAMPLE_INPUT = join(__dirname, "..", "..", "assets", "examples", "dan-kwian-2565.json");

export interface ReportOptions extends InputOptions {
  readonly input?: string;
  readonly output?: string;
  /** `--force`: write over an existing file ita did not write (never over a file the command reads). */
  readonly force?: boolean;
  readonly digits: Digits;
  readonly chart: boolean;
  /** `--framework FILE.xlsx`: the officer's framework sheets, used before the built-in ones. */
  readonly framework?: string;
  /** `--scores-as-of YYYY-MM-DD` (BE or CE): the date the scores were taken from ITAS, for the source line. */
  readonly scoresAsOf?: string;
  /** `--tracking`: add the tracking sheet, keeping what the officer typed in the output's one. */
  readonly tracking?: boolean;
}

const NOTHING_WRITTEN = { th: "ไม่ได้เขียนรายงาน", en: "nothing was written" } as const;
const WARNING_LABEL = "คำเตือน / warning: ";

/**
 * The tracking sheet already in `output`, read as typed: `undefined` when the file is not there, is no
 * workbook or holds none. Refused when writing the report would lose an officer's entries: a tracking
 * sheet of another agency or year, two of them, or (without `--tracking`) one filled in.
 */
async function trackingInOutput(
  output: string,
  plan: TrackingPlan | undefined
): Promise<Validated<PreviousTracking | undefined>> {
  const none: Validated<PreviousTracking | undefined> = { ok: true, value: undefined, warnings: [] };
  if (!existsSync(output)) return none;
  const opened = await openWorkbook(output);
  if (!opened.ok) return none;
  const found = sheetsOf(opened.value).filter((sheet) => locateTrackingSheet(sheet.rows) !== undefined);
  const refuse = (code: string, th: string, en: string): Validated<PreviousTracking | undefined> => ({
    ok: false,
    issues: [issueAt(output, problem(code, th, en))],
    warnings: [],
  });
  if (found.length === 0) return none;
  const names = found.map((sheet) => quoteSheetName(sheet.name)).join(", ");
  if (found.length > 1) {
    return refuse(
      "tracking-sheet-twice",
      `ไฟล์นี้มีแผ่นงานติดตามมาตรการ ${found.length} แผ่น (${names}) จึงไม่ได้เขียนทับ โปรดระบุไฟล์ใหม่ด้วย -o`,
      `this file holds ${found.length} tracking sheets (${names}), so it was not overwritten: give another file with -o`
    );
  }
  const previous = previousTrackingFromRows(found[0]?.rows ?? []);
  if (!previous) return none;
  if (!plan) {
    if (!previous.rows.some((row) => hasOfficerContent(row.entry))) return none;
    return refuse(
      "tracking-would-be-lost",
      `ไฟล์นี้มีแผ่นงานติดตาม ${names} ที่กรอกข้อมูลไว้แล้ว การเขียนรายงานทับจะทำให้ข้อมูลหาย ใช้ --tracking เพื่อเขียนรายงานใหม่โดยคงข้อมูลไว้ หรือระบุไฟล์ใหม่ด้วย -o`,
      `this file holds the filled-in tracking sheet ${names}; writing the report over it would lose what was typed: add --tracking to keep it, or give another file with -o`
    );
  }
  const agency = (name: string | undefined) => (name ?? "").replace(/\s+/g, "");
  if (
    previous.fiscalYear !== plan.fiscalYear ||
    agency(previous.agency?.agency) !== agency(plan.agency.agency)
  ) {
    const theirs = `${previous.agency?.agency ?? "หน่วยงาน"} ${previous.fiscalYear ?? ""}`.trim();
    const ours = `${plan.agency.agency ?? "หน่วยงาน"} ${plan.fiscalYear}`;
    return refuse(
      "tracking-other-plan",
      `ไฟล์นี้มีแผ่นงานติดตามมาตรการของ${theirs} แต่รายงานนี้เป็นมาตรการของ${ours} จึงไม่ได้เขียนทับ โปรดระบุไฟล์ใหม่ด้วย -o`,
      `this file holds the tracking sheet of ${theirs}, but this report's measures are ${ours}'s, so it was not overwritten: give another file with -o`
    );
  }
  return { ok: true, value: previous, warnings: [] };
}

/** Runs `ita report`; returns the exit code. Unconfirmed parts of the year's framework are noted on stderr. */
export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  const frameworks = await frameworksOption(io, options.framework, NOTHING_WRITTEN);
  if (!frameworks) return EXIT_INVALID_INPUT;
  const asOf = options.scoresAsOf === undefined ? undefined : parseDate(options.scoresAsOf);
  if (asOf && !asOf.ok) {
    io.stderr(
      `${formatIssue(issueAt("--scores-as-of", asOf.problem))}\n${NOTHING_WRITTEN.th} / ${NOTHING_WRITTEN.en}\n`
    );
    return EXIT_INVALID_INPUT;
  }
  const scoresAsOf = asOf?.ok ? asOf.value : undefined;
  const reading = await readInput(options.input ?? EXAMPLE_INPUT, {
    ...options,
    frameworks: frameworks.lookup,
  });
  const assessment = reading.assessment;
  if (!printReading(io, reading, NOTHING_WRITTEN, frameworks.lookup) || !assessment.ok) {
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(assessment.value);
  const framework = result.assessment.framework;
  io.stderr(
    unconfirmedNote(
      framework,
      frameworks.supplied.find((entry) => entry.framework.fiscalYear === framework.fiscalYear)
    )
  );
  const model = buildReport(result, {
    digits: options.digits,
    chart: options.chart,
    frameworks: frameworks.lookup,
    ...(scoresAsOf ? { scoresAsOf } : {}),
  });
  const resolved = await resolveOutput(options.output, {
    defaultName: `ita-report-${result.current.fiscalYear}.xlsx`,
    kind: "report",
    inputs: [options.input ?? EXAMPLE_INPUT, ...(options.framework === undefined ? [] : [options.framework])],
    force: options.force === true,
  });
  const refuse = (issues: readonly ValidationIssue[]): number => {
    for (const issue of issues) io.stderr(`${formatIssue(issue)}\n`);
    io.stderr(`${NOTHING_WRITTEN.th} / ${NOTHING_WRITTEN.en}\n`);
    return EXIT_INVALID_INPUT;
  };
  if (!resolved.ok) return refuse(resolved.issues);
  for (const warning of resolved.warnings) io.stderr(`${WARNING_LABEL}${formatIssue(warning)}\n`);
  const output = resolved.value;
  const plan = options.tracking ? trackingPlanFor(result, { frameworks: frameworks.lookup }) : undefined;
  const previous = await trackingInOutput(output, plan);
  if (!previous.ok) return refuse(previous.issues);
  const merge = plan ? mergeTracking(previous.value, plan) : undefined;
  const tracking =
    plan && merge
      ? trackingSheetLayout(plan, { digits: options.digits, entries: merge.entries, retired: merge.retired })
      : undefined;
  const layouts = model.sheets.map(layoutReportSheet);
  if (tracking) {
    // The tracking sheet (validation lists, formulas, conditional formats) is drawn with ExcelJS, so only
    // a report with one loads it.
    const [{ renderWorkbook }, { drawTrackingSheet }] = await Promise.all([
      import("../xlsx/render-workbook"),
      import("../xlsx/tracking-sheet"),
    ]);
    const bytes = await renderWorkbook(layouts, {
      digits: options.digits,
      creator: result.assessment.agency,
      kind: "report",
      afterSheets: (workbook) => drawTrackingSheet(workbook, tracking),
    });
    await writeFileAtomically(output, bytes);
  } else {
    // The same workbook as renderWorkbook's (write-package.test.ts), written without ExcelJS.
    await writeAtomically(output, (temp) =>
      writeWorkbookPackage(layouts, temp, {
        digits: options.digits,
        kind: "report",
        ...(result.assessment.agency ? { creator: result.assessment.agency } : {}),
      })
    );
  }
  const agency = result.assessment.agency ? `${result.assessment.agency} ` : "";
  const trackingLine =
    tracking && merge && plan
      ? `แผ่นงานติดตาม / tracking sheet: ${quoteSheetName(tracking.name)} ${plan.measures.length} มาตรการ / measures` +
        (previous.value
          ? ` (คงข้อมูลที่กรอกไว้ / kept ${merge.kept.length}, ใหม่ / new ${merge.added.length}, ` +
            `ไม่อยู่ในแผน / dropped ${merge.removed.length}` +
            `${merge.retired.length > 0 ? `, เก็บไว้ท้ายแผ่นงาน / kept below the summary ${merge.retired.length}` : ""})`
          : "") +
        "\n"
      : "";
  io.stdout(
    `${agency}ปีงบประมาณ ${result.current.fiscalYear}: คะแนนรวม ${formatDecimal(result.current.total, 2)} ` +
      `ระดับ ${result.current.rating.rating} ${result.current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"}\n` +
      `รายงาน / report: ${output}\n${trackingLine}`
  );
  return EXIT_OK;
}
