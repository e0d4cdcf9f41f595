/**
 * `ita`: the command line on the same core as the add-in. One function per command; `run` parses the
 * arguments and returns the exit code, so tests call it in-process. A command's module (and ExcelJS behind
 * it) is loaded only when that command runs, so help and usage errors answer at once.
 */
import { parseArgs, types } from "node:util";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { BATCH_USAGE, FRAMEWORK_USAGE, PROGRESS_USAGE, REPORT_USAGE, SCORE_USAGE, USAGE } from "./usage";

/** The options of the commands that read one agency's input (read-input.ts). */
const INPUT_OPTIONS = {
  year: { type: "string" },
  sheet: { type: "string" },
  agency: { type: "string" },
  "accept-mismatches": { type: "boolean", default: false },
  framework: { type: "string" },
} as const;

const text = (value: string | boolean | undefined) => (typeof value === "string" ? value : undefined);

/** The input options as parsed, for `readInput`. */
function inputOptions(values: Record<string, string | boolean | undefined>) {
  return {
    year: text(values.year),
    sheet: text(values.sheet),
    agency: text(values.agency),
    acceptMismatches: values["accept-mismatches"] === true,
    framework: text(values.framework),
  };
}

function usageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`ita: ${message}\n\n${usage}\n`);
  return EXIT_INVALID_INPUT;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/**
 * Parses a command's arguments (its options plus --help): the parsed values, or the exit code when the
 * arguments are wrong (a usage error on stderr) or help was asked for (the usage on stdout).
 */
function parseCommand<T extends Options>(
  args: readonly string[],
  options: T,
  usage: string,
  io: CliIo
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | number {
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h", default: false } },
    });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      io.stdout(`${usage}\n`);
      return EXIT_OK;
    }
    return { values, positionals: parsed.positionals };
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error), usage);
  }
}

/** A failure no check foresaw (a disk full, a path through a file): ita's fault or the system's. */
export const EXIT_UNEXPECTED = 1;

/** `--force`, shared by the commands that write a file. */
const FORCE_OPTION = { force: { type: "boolean", default: false } } as const;

/**
 * The one line an officer sees for an unexpected error, in Thai and English with the system's own message
 * (which names the path); the stack only when ITA_DEBUG=1 asks for it.
 */
export function unexpectedErrorText(error: unknown, debug: boolean): string {
  // isNativeError, not instanceof: the system's errors may come from another realm (a vm, jest).
  const native = types.isNativeError(error) ? error : undefined;
  const message = native ? native.message : String(error);
  const line =
    `ita: เกิดข้อผิดพลาดที่ไม่คาดไว้ (ตั้งค่า ITA_DEBUG=1 เพื่อดูรายละเอียด) / ` +
    `unexpected error (set ITA_DEBUG=1 for details): ${message.replace(/\s*\n\s*/g, " ")}\n`;
  const stack = debug && native?.stack !== undefined ? `${native.stack}\n` : "";
  return `${line}${stack}`;
}

/**
 * Runs the CLI with `argv` (without "node" and the script) and returns the exit code: 0 done, 2 refused
 * (usage, invalid input, a file not to be written over or held open by another program), 1 an unexpected
 * error, shown as one line.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    // Loaded only here: help and usage errors answer without the core.
    const { refusedWriteText } = await import("./output-file");
    const refused = refusedWriteText(error);
    if (refused !== undefined) {
      io.stderr(refused);
      return EXIT_INVALID_INPUT;
    }
    io.stderr(unexpectedErrorText(error, process.env.ITA_DEBUG === "1"));
    return EXIT_UNEXPECTED;
  }
}

async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command === undefined ? EXIT_INVALID_INPUT : EXIT_OK;
  }
  if (command === "score") {
    const parsed = parseCommand(
      rest,
      { json: { type: "boolean", default: false }, ...INPUT_OPTIONS },
      SCORE_USAGE,
      io
    );
    if (typeof parsed === "number") return parsed;
    if (parsed.positionals.length !== 1) {
      return usageError(io, "ต้องระบุไฟล์ข้อมูลหนึ่งไฟล์ / give exactly one input file", SCORE_USAGE);
    }
    const { scoreCommand } = await import("./score-command");
    return scoreCommand(
      {
        input: parsed.positionals[0] ?? "-",
        json: parsed.values.json === true,
        ...inputOptions(parsed.values),
      },
      io
    );
  }
  if (command === "report") {
    const parsed = parseCommand(
      rest,
      {
        output: { type: "string", short: "o" },
        "thai-digits": { type: "boolean", default: false },
        "arabic-digits": { type: "boolean", default: false },
        "no-chart": { type: "boolean", default: false },
        "scores-as-of": { type: "string" },
        tracking: { type: "boolean", default: false },
        ...FORCE_OPTION,
        ...INPUT_OPTIONS,
      },
      REPORT_USAGE,
      io
    );
    if (typeof parsed === "number") return parsed;
    if (parsed.positionals.length > 1) {
      return usageError(io, "ระบุไฟล์ข้อมูลได้ไม่เกินหนึ่งไฟล์ / give at most one input file", REPORT_USAGE);
    }
    if (parsed.values["thai-digits"] && parsed.values["arabic-digits"]) {
      return usageError(
        io,
        "เลือกได้อย่างเดียว: --thai-digits หรือ --arabic-digits / choose one digit style",
        REPORT_USAGE
      );
    }
    const output = parsed.values.output;
    const { reportCommand } = await import("./report-command");
    return reportCommand(
      {
        input: parsed.positionals[0],
        output: typeof output === "string" ? output : undefined,
        digits: parsed.values["arabic-digits"] ? "arabic" : "thai",
        chart: !parsed.values["no-chart"],
        tracking: parsed.values.tracking === true,
        force: parsed.values.force === true,
        ...(typeof parsed.values["scores-as-of"] === "string"
          ? { scoresAsOf: parsed.values["scores-as-of"] }
          : {}),
        ...inputOptions(parsed.values),
      },
      io
    );
  }
  if (command === "batch") {
    const parsed = parseCommand(
      rest,
      {
        output: { type: "string", short: "o" },
        "skip-invalid": { type: "boolean", default: false },
        framework: { type: "string" },
        ...FORCE_OPTION,
      },
      BATCH_USAGE,
      io
    );
    if (typeof parsed === "number") return parsed;
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) {
      return usageError(io, "ต้องระบุไฟล์หน่วยงานหนึ่งไฟล์ / give exactly one agencies file", BATCH_USAGE);
    }
    const output = parsed.values.output;
    const { batchCommand } = await import("./batch-command");
    return batchCommand(
      {
        input,
        output: typeof output === "string" ? output : undefined,
        force: parsed.values.force === true,
        skipInvalid: parsed.values["skip-invalid"] === true,
        framework: text(parsed.values.framework),
      },
      io
    );
  }
  if (command === "progress") {
    const parsed = parseCommand(
      rest,
      {
        output: { type: "string", short: "o" },
        "as-of": { type: "string" },
        "thai-digits": { type: "boolean", default: false },
        "arabic-digits": { type: "boolean", default: false },
        "no-chart": { type: "boolean", default: false },
        "skip-invalid": { type: "boolean", default: false },
        framework: { type: "string" },
        ...FORCE_OPTION,
      },
      PROGRESS_USAGE,
      io
    );
    if (typeof parsed === "number") return parsed;
    if (parsed.positionals.length === 0) {
      return usageError(
        io,
        "ต้องระบุสมุดงานที่มีแผ่นงานติดตามมาตรการอย่างน้อยหนึ่งไฟล์ หรือโฟลเดอร์ / give at least one workbook with a tracking sheet, or a folder",
        PROGRESS_USAGE
      );
    }
    if (parsed.values["thai-digits"] && parsed.values["arabic-digits"]) {
      return usageError(
        io,
        "เลือกได้อย่างเดียว: --thai-digits หรือ --arabic-digits / choose one digit style",
        PROGRESS_USAGE
      );
    }
    const { progressCommand } = await import("./progress-command");
    return progressCommand(
      {
        inputs: parsed.positionals,
        output: text(parsed.values.output),
        force: parsed.values.force === true,
        asOf: text(parsed.values["as-of"]),
        digits: parsed.values["arabic-digits"] ? "arabic" : "thai",
        chart: !parsed.values["no-chart"],
        skipInvalid: parsed.values["skip-invalid"] === true,
        framework: text(parsed.values.framework),
      },
      io
    );
  }
  if (command === "framework") {
    const parsed = parseCommand(
      rest,
      { output: { type: "string", short: "o" }, as: { type: "string" }, ...FORCE_OPTION },
      FRAMEWORK_USAGE,
      io
    );
    if (typeof parsed === "number") return parsed;
    const [year, ...extra] = parsed.positionals;
    if (year === undefined || extra.length > 0) {
      return usageError(io, "ต้องระบุปีงบประมาณหนึ่งปี / give exactly one fiscal year", FRAMEWORK_USAGE);
    }
    const { frameworkCommand } = await import("./framework-command");
    return frameworkCommand(
      {
        year,
        as: text(parsed.values.as),
        output: text(parsed.values.output),
        force: parsed.values.force === true,
      },
      io
    );
  }
  return usageError(
    io,
    `ไม่รู้จักคำสั่ง ${JSON.stringify(command)} / unknown command ${JSON.stringify(command)}`,
    USAGE
  );
}

/**
 * Process entry: real stdout/stderr, exit code on the process. `run` already turns a command's failure into
 * one line; what is left (writing to a closed stdout) is shown the same way, never as a stack trace.
 */
export function main(): void {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(unexpectedErrorText(error, process.env.ITA_DEBUG === "1"));
      process.exitCode = EXIT_UNEXPECTED;
    }
  );
}
