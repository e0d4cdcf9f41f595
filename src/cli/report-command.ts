/**
 * `ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart]`: the report an agency
 * publishes, as an .xlsx drawn from the same ReportModel as the add-in. INPUT is anything `ita score` reads
 * (read-input.ts); without INPUT, the bundled example.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  buildReport,
  Digits,
  formatDecimal,
  formatIssue,
  issueAt,
  layoutReportSheet,
  parseDate,
  scoreAssessment,
} from "../core";
import { renderWorkbook } from "../xlsx/render-workbook";
import { frameworksOption, unconfirmedNote } from "./framework-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { InputOptions, readInput } from "./read-input";
import { printReading } from "./reading-text";

/** The bundled example, shipped with the package. */
export const EXAMPLE_INPUT = join(__dirname, "..", "..", "assets", "examples", "dan-kwian-2565.json");

export interface ReportOptions extends InputOptions {
  readonly input?: string;
  readonly output?: string;
  readonly digits: Digits;
  readonly chart: boolean;
  /** `--framework FILE.xlsx`: the officer's framework sheets, used before the built-in ones. */
  readonly framework?: string;
  /** `--scores-as-of YYYY-MM-DD` (BE or CE): the date the scores were taken from ITAS, for the source line. */
  readonly scoresAsOf?: string;
}

const NOTHING_WRITTEN = { th: "ไม่ได้เขียนรายงาน", en: "nothing was written" } as const;

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
  const bytes = await renderWorkbook(model.sheets.map(layoutReportSheet), {
    digits: options.digits,
    creator: result.assessment.agency,
  });
  const output = resolve(options.output ?? join("out", `ita-report-${result.current.fiscalYear}.xlsx`));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, bytes);
  const agency = result.assessment.agency ? `${result.assessment.agency} ` : "";
  io.stdout(
    `${agency}ปีงบประมาณ ${result.current.fiscalYear}: คะแนนรวม ${formatDecimal(result.current.total, 2)} ` +
      `ระดับ ${result.current.rating.rating} ${result.current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"}\n` +
      `รายงาน / report: ${output}\n`
  );
  return EXIT_OK;
}
