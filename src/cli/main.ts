/**
 * `ita`: the command line on the same core as the add-in. One function per command; `run` parses the
 * arguments and returns the exit code, so tests call it in-process.
 */
import { parseArgs } from "node:util";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { BATCH_USAGE, batchCommand } from "./batch-command";
import { REPORT_USAGE, reportCommand } from "./report-command";
import { SCORE_USAGE, scoreCommand } from "./score-command";

const USAGE = `ita: คะแนน ITA ของหน่วยงานภาครัฐ / ITA scores for Thai government agencies

คำสั่ง / commands:
  ita score FILE.json [--json]   คำนวณคะแนนรวม ระดับ และการเปลี่ยนแปลง / tools, total, rating and changes
  ita report [INPUT] [-o OUT]    เขียนรายงานวิเคราะห์และมาตรการเป็น .xlsx / the analysis and measures report
  ita batch FILE [-o OUT]        ผลและสรุปของหลายหน่วยงาน (.csv/.xlsx) / many agencies and their summary

ita COMMAND --help แสดงวิธีใช้คำสั่ง / shows a command's options
`;

function usageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`ita: ${message}\n\n${usage}\n`);
  return EXIT_INVALID_INPUT;
}

/** Runs the CLI with `argv` (without "node" and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command === undefined ? EXIT_INVALID_INPUT : EXIT_OK;
  }
  if (command === "score") {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          json: { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error), SCORE_USAGE);
    }
    if (parsed.values.help) {
      io.stdout(`${SCORE_USAGE}\n`);
      return EXIT_OK;
    }
    if (parsed.positionals.length !== 1) {
      return usageError(io, "ต้องระบุไฟล์ JSON หนึ่งไฟล์ / give exactly one JSON file", SCORE_USAGE);
    }
    return scoreCommand(parsed.positionals[0] ?? "-", parsed.values.json === true, io);
  }
  if (command === "report") {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          output: { type: "string", short: "o" },
          "thai-digits": { type: "boolean", default: false },
          "arabic-digits": { type: "boolean", default: false },
          "no-chart": { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error), REPORT_USAGE);
    }
    if (parsed.values.help) {
      io.stdout(`${REPORT_USAGE}\n`);
      return EXIT_OK;
    }
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
    return reportCommand(
      {
        input: parsed.positionals[0],
        output: parsed.values.output,
        digits: parsed.values["arabic-digits"] ? "arabic" : "thai",
        chart: !parsed.values["no-chart"],
      },
      io
    );
  }
  if (command === "batch") {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          output: { type: "string", short: "o" },
          "skip-invalid": { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error), BATCH_USAGE);
    }
    if (parsed.values.help) {
      io.stdout(`${BATCH_USAGE}\n`);
      return EXIT_OK;
    }
    const [input, ...extra] = parsed.positionals;
    if (input === undefined || extra.length > 0) {
      return usageError(io, "ต้องระบุไฟล์หน่วยงานหนึ่งไฟล์ / give exactly one agencies file", BATCH_USAGE);
    }
    return batchCommand(
      { input, output: parsed.values.output, skipInvalid: parsed.values["skip-invalid"] === true },
      io
    );
  }
  return usageError(
    io,
    `ไม่รู้จักคำสั่ง ${JSON.stringify(command)} / unknown command ${JSON.stringify(command)}`,
    USAGE
  );
}

/** Process entry: real stdout/stderr, exit code on the process. */
export function main(): void {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `ita: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      );
      process.exitCode = 1;
    }
  );
}
