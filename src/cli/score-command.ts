/**
 * `ita score INPUT [--json]`: scores one agency's assessment, read from the JSON input format, a CSV, an
 * .xlsx, or text pasted from a report (see read-input.ts).
 */
import {
  AssessmentResult,
  Exact,
  exactSubtract,
  formatDecimal,
  isPassing,
  printed,
  resultJson,
  roundHalfUpToString,
  scoreAssessment,
} from "../core";
import { frameworksOption, unconfirmedNote } from "./framework-file";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { InputOptions, readInput } from "./read-input";
import { printReading } from "./reading-text";
import { renderTable } from "./text-table";

const two = (value: Exact) => formatDecimal(value, 2);

function signed(value: Exact): string {
  const text = roundHalfUpToString(value, 2);
  return text.startsWith("-") || text === "0.00" ? text : `+${text}`;
}

/**
 * The readable report with Thai labels; `note` (which parts of the framework are unconfirmed) goes under
 * the total.
 */
export function scoreText(result: AssessmentResult, note = ""): string {
  const { assessment, current, previous } = result;
  const framework = assessment.framework;
  const heading = `ผลการประเมิน ITA ปีงบประมาณ ${current.fiscalYear}`;
  const lines: string[] = [assessment.agency ? `${assessment.agency}: ${heading}` : heading];
  lines.push(
    `คะแนนรวม ${two(current.total)}  ระดับ ${current.rating.rating}  ${current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"} (เกณฑ์ ${framework.passMark} คะแนน)`
  );
  if (previous) {
    // As printed (issue 12): the reader's subtraction of the two totals shown gives this change.
    const change = signed(exactSubtract(printed(current.total), printed(previous.total)));
    lines.push(
      `ปีงบประมาณ ${previous.fiscalYear}: ${two(previous.total)} ระดับ ${previous.rating.rating}  เปลี่ยนแปลง ${change}`
    );
  }
  if (note !== "") lines.push(note.trimEnd());
  const yearHeaders = [previous ? String(previous.fiscalYear) : "", String(current.fiscalYear)];
  lines.push(
    "",
    renderTable(
      [
        ["เครื่องมือ", "น้ำหนัก", ...yearHeaders, "ผลเทียบเกณฑ์"],
        ...framework.tools.map((tool) => [
          `${tool.id} ${tool.nameTh}`,
          `${tool.weightPercent}%`,
          previous ? two(previous.tools[tool.id]) : "",
          two(current.tools[tool.id]),
          isPassing(framework, current.tools[tool.id]) ? "ผ่าน" : "ไม่ผ่าน",
        ]),
      ],
      ["left", "right", "right", "right", "left"]
    )
  );
  const byRank = [...result.indicators].sort((a, b) => a.rank - b.rank);
  lines.push(
    "",
    renderTable(
      [
        ["อันดับ", "ตัวชี้วัด", "เครื่องมือ", ...yearHeaders, previous ? "เปลี่ยนแปลง" : ""],
        ...byRank.map((row) => [
          String(row.rank),
          `${row.indicator.number}. ${row.indicator.nameTh}`,
          row.indicator.tool,
          row.previous === undefined ? "" : two(row.previous),
          two(row.score) + (row.source === "oit-items" ? "*" : ""),
          row.delta === undefined ? "" : signed(row.delta),
        ]),
      ],
      ["right", "left", "left", "right", "right", "right"]
    )
  );
  if (result.indicators.some((row) => row.source === "oit-items")) lines.push("* คำนวณจากผลการตรวจข้อ OIT");
  if (result.oitSubIndicators.length > 0) {
    lines.push(
      "",
      renderTable(
        [
          ["ตัวชี้วัดย่อย OIT", "คะแนน", "ข้อที่ไม่ผ่าน"],
          ...result.oitSubIndicators.map((sub) => [
            `${sub.id} ${sub.nameTh}`,
            two(sub.score),
            sub.failedItems.join(", "),
          ]),
        ],
        ["left", "right", "left"]
      )
    );
  }
  return lines.join("\n") + "\n";
}

export interface ScoreOptions extends InputOptions {
  readonly input: string;
  readonly json: boolean;
  /** `--framework FILE.xlsx`: the officer's framework sheets, used before the built-in ones. */
  readonly framework?: string;
}

const NOTHING_SCORED = { th: "ไม่ได้คำนวณ", en: "nothing was scored" } as const;

/**
 * Runs `ita score`; returns the exit code. The note on unconfirmed parts of the year's framework is part
 * of the readable report; with --json it goes to stderr, so stdout stays one JSON object.
 */
export async function scoreCommand(options: ScoreOptions, io: CliIo): Promise<number> {
  const frameworks = await frameworksOption(io, options.framework, NOTHING_SCORED);
  if (!frameworks) return EXIT_INVALID_INPUT;
  const reading = await readInput(options.input, { ...options, frameworks: frameworks.lookup });
  if (!printReading(io, reading, NOTHING_SCORED, frameworks.lookup) || !reading.assessment.ok) {
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(reading.assessment.value);
  const framework = result.assessment.framework;
  const note = unconfirmedNote(
    framework,
    frameworks.supplied.find((entry) => entry.framework.fiscalYear === framework.fiscalYear)
  );
  if (options.json) {
    io.stderr(note);
    io.stdout(`${JSON.stringify(resultJson(result), null, 2)}\n`);
  } else {
    io.stdout(scoreText(result, note));
  }
  return EXIT_OK;
}
