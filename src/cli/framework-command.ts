/**
 * `ita framework YEAR [--as NEWYEAR] -o FILE.xlsx` (ITA.md §7: a year the product does not know is not a
 * dead end): writes a built-in framework as the editable framework sheet the pane inserts, or, with
 * `--as`, a copy of it relabelled as a year ita does not know yet, every part unconfirmed. The officer
 * checks the sheet and passes it back with `--framework`.
 */
import {
  formatIssue,
  Framework,
  frameworkFor,
  issueAt,
  parseFiscalYear,
  problem,
  quoteSheetName,
  relabelFramework,
  SUPPORTED_FISCAL_YEARS,
  unconfirmedParts,
  ValidationIssue,
} from "../core";
import { frameworkSheetName, frameworkWorkbook } from "../xlsx/framework-workbook";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { resolveOutput, writeFileAtomically } from "./output-file";

export interface FrameworkOptions {
  /** YEAR, as typed. */
  readonly year: string;
  /** `--as NEWYEAR`, as typed. */
  readonly as?: string;
  readonly output?: string;
  /** `--force`: write over an existing file ita did not write (never over a file the command reads). */
  readonly force?: boolean;
}

/** Buddhist-era years a fiscal year can plausibly be: a typo such as 257 or 25700 is refused. */
const PLAUSIBLE_YEARS = { from: 2500, to: 2699 } as const;

const builtInYears = SUPPORTED_FISCAL_YEARS.join(", ");

type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: ValidationIssue };

const refused = <T>(issue: ValidationIssue): Checked<T> => ({ ok: false, issue });

/** The year in `text`, or the problem with it, at `argument`. */
function yearArgument(text: string, argument: string): Checked<number> {
  const parsed = parseFiscalYear(text);
  if (!parsed.ok) return refused(issueAt(argument, parsed.problem));
  if (parsed.value < PLAUSIBLE_YEARS.from || parsed.value > PLAUSIBLE_YEARS.to) {
    return refused(
      issueAt(
        argument,
        problem(
          "not-a-year",
          `${parsed.value} ไม่ใช่ปีงบประมาณ (ปีพุทธศักราช 4 หลัก เช่น 2570)`,
          `${parsed.value} is not a fiscal year (a Buddhist-era year such as 2570)`
        )
      )
    );
  }
  return { ok: true, value: parsed.value };
}

/** The framework to write, or why the arguments cannot give one. */
function frameworkToWrite(options: FrameworkOptions): Checked<Framework> {
  const parsedYear = yearArgument(options.year, "YEAR");
  if (!parsedYear.ok) return parsedYear;
  const year = parsedYear.value;
  const base = frameworkFor(year);
  if (!base) {
    const latest = Math.max(...SUPPORTED_FISCAL_YEARS);
    return refused(
      issueAt(
        "YEAR",
        problem(
          "unsupported-year",
          `ไม่มีกรอบการประเมินในตัวของปีงบประมาณ ${year} (ปีที่มี: ${builtInYears}) คัดลอกกรอบของปีที่มีไปเป็นปี ${year} ได้ด้วย ita framework ${latest} --as ${year} -o กรอบ${year}.xlsx`,
          `there is no built-in ITA framework for fiscal year ${year} (built in: ${builtInYears}); copy one to ${year} with ita framework ${latest} --as ${year} -o framework${year}.xlsx`
        )
      )
    );
  }
  if (options.as === undefined) return { ok: true, value: base };
  const parsedNewYear = yearArgument(options.as, "--as");
  if (!parsedNewYear.ok) return parsedNewYear;
  const newYear = parsedNewYear.value;
  if (frameworkFor(newYear)) {
    return refused(
      issueAt(
        "--as",
        problem(
          "built-in-year",
          `ปีงบประมาณ ${newYear} มีกรอบการประเมินในตัวแล้ว หากต้องการแก้ไขกรอบปีนั้น ให้สั่ง ita framework ${newYear} -o กรอบ${newYear}.xlsx`,
          `fiscal year ${newYear} has a built-in ITA framework: to correct it, run ita framework ${newYear} -o framework${newYear}.xlsx`
        )
      )
    );
  }
  return { ok: true, value: relabelFramework(base, newYear) };
}

/** `-o` is required: the officer edits this file, so where it goes is theirs to say. */
const MISSING_OUTPUT = issueAt(
  "-o",
  problem("missing-output", "ต้องระบุไฟล์ที่จะเขียนด้วย -o FILE.xlsx", "give the file to write with -o FILE.xlsx")
);

/** Runs `ita framework`; returns the exit code. */
export async function frameworkCommand(options: FrameworkOptions, io: CliIo): Promise<number> {
  const refuse = (issues: readonly ValidationIssue[]): number => {
    for (const issue of issues) io.stderr(`${formatIssue(issue)}\n`);
    io.stderr("ไม่ได้เขียนไฟล์ / nothing was written\n");
    return EXIT_INVALID_INPUT;
  };
  const chosen = frameworkToWrite(options);
  const requested = options.output?.trim() === "" ? undefined : options.output;
  if (!chosen.ok) return refuse([chosen.issue, ...(requested === undefined ? [MISSING_OUTPUT] : [])]);
  if (requested === undefined) return refuse([MISSING_OUTPUT]);
  const framework = chosen.value;
  // A framework file may be written over only with --force: the officer edits it (output-file.ts).
  const resolved = await resolveOutput(requested, {
    defaultName: `กรอบ${framework.fiscalYear}.xlsx`,
    kind: "framework",
    inputs: [],
    force: options.force === true,
  });
  if (!resolved.ok) return refuse(resolved.issues);
  for (const warning of resolved.warnings) io.stderr(`คำเตือน / warning: ${formatIssue(warning)}\n`);
  const output = resolved.value;
  await writeFileAtomically(output, await frameworkWorkbook(framework));
  const year = framework.fiscalYear;
  const sheet = quoteSheetName(frameworkSheetName(year));
  const copied =
    framework.basedOn === undefined
      ? { th: "", en: "" }
      : { th: ` คัดลอกจากกรอบปี ${framework.basedOn}`, en: `, copied from ${framework.basedOn}` };
  const parts = unconfirmedParts(framework);
  const lines = [
    `กรอบการประเมิน ITA ปีงบประมาณ ${year}${copied.th} / the ITA framework of fiscal year ${year}${copied.en}`,
    `ไฟล์ / output: ${output} (แผ่นงาน / sheet ${sheet})`,
  ];
  if (parts.length > 0) {
    lines.push("ส่วนที่ยังไม่ได้ยืนยัน / unconfirmed parts:", ...parts.map((part) => `  - ${part.th} / ${part.en}`));
  } else {
    lines.push("ทุกส่วนของกรอบนี้ยืนยันแล้ว / every part of this framework is verified");
  }
  const clearCopied =
    framework.basedOn === undefined
      ? { th: "", en: "" }
      : {
          th: ` และเมื่อตรวจครบทุกส่วนแล้ว ลบปีในแถว "คัดลอกจากกรอบปี"`,
          en: `, and once every part is checked, clear the "คัดลอกจากกรอบปี" (copied from) row`,
        };
  lines.push(
    `วิธีแก้ไข: แก้แผ่นงานให้ตรงกับที่ ป.ป.ช. ประกาศ เปลี่ยนที่มาของส่วนที่ตรวจแล้วเป็น "ยืนยันแล้ว"${clearCopied.th} ` +
      `แล้วระบุไฟล์นี้ด้วย --framework ${output} กับ ita score, ita report หรือ ita batch`,
    `to correct it: edit the sheet to what the NACC publishes, mark the parts checked "verified"${clearCopied.en}, ` +
      `then pass this file with --framework ${output} to ita score, ita report or ita batch`
  );
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT_OK;
}
