/**
 * `ita score INPUT [--json]`: scores one agency's assessment, read from the JSON input format, a CSV, an
 * .xlsx, or text pasted from a report (see read-input.ts).
 */
import {
  AssessmentResult,
  Exact,
  formatDecimal,
  indicatorDelta,
  isPassing,
  resultJson,
  roundHalfUpToString,
  scoreAssessment,
} from "../core";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { InputOptions, readInput } from "./read-input";
import { printReading } from "./reading-text";
import { renderTable } from "./text-table";
import { INPUT_OPTIONS_USAGE } from "./usage";

export const SCORE_USAGE = `ใช้งาน / usage: ita score INPUT [--json] [--year ปี] [--sheet ชื่อ] [--agency ชื่อ] [--accept-mismatches]
  คำนวณคะแนน ITA ของหน่วยงาน / score one agency's ITA
  INPUT  .json (รูปแบบข้อมูลของ ita), .csv (คะแนน 10 ตัวชี้วัด), .xlsx (แผ่นงานกรอกคะแนนของส่วนเสริม หรือแผ่นงานที่วางตารางไว้)
         หรือ .txt (ข้อความที่คัดลอกจากรายงานหรือหน้าผลการประเมินของ ป.ป.ช.); "-" อ่านจากอินพุตมาตรฐาน
         .json, .csv, an .xlsx (the add-in's input sheet or any sheet with a pasted table) or a .txt of text
         pasted from a report or the NACC's result page; "-" reads standard input (JSON or pasted text)
${INPUT_OPTIONS_USAGE}
  --json                พิมพ์ผลเป็น JSON / print the result as one JSON object`;

const two = (value: Exact) => formatDecimal(value, 2);

function signed(value: Exact): string {
  const text = roundHalfUpToString(value, 2);
  return text.startsWith("-") || text === "0.00" ? text : `+${text}`;
}

/** The readable report with Thai labels. */
export function scoreText(result: AssessmentResult): string {
  const { assessment, current, previous } = result;
  const framework = assessment.framework;
  const heading = `ผลการประเมิน ITA ปีงบประมาณ ${current.fiscalYear}`;
  const lines: string[] = [assessment.agency ? `${assessment.agency}: ${heading}` : heading];
  lines.push(
    `คะแนนรวม ${two(current.total)}  ระดับ ${current.rating.rating}  ${current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"} (เกณฑ์ ${framework.passMark} คะแนน)`
  );
  if (previous) {
    const change = signed(indicatorDelta(current.total, previous.total));
    lines.push(
      `ปีงบประมาณ ${previous.fiscalYear}: ${two(previous.total)} ระดับ ${previous.rating.rating}  เปลี่ยนแปลง ${change}`
    );
  }
  if (framework.rating.evidence === "working-rule") {
    lines.push(`หมายเหตุ: เกณฑ์จัดระดับของปี ${current.fiscalYear} เป็นเกณฑ์ที่ใช้ทำงาน ยังไม่ได้ยืนยันครบทุกช่วงคะแนน`);
  }
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
}

/** Runs `ita score`; returns the exit code. */
export async function scoreCommand(options: ScoreOptions, io: CliIo): Promise<number> {
  const reading = await readInput(options.input, options);
  if (!printReading(io, reading, { th: "ไม่ได้คำนวณ", en: "nothing was scored" }) || !reading.assessment.ok) {
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(reading.assessment.value);
  io.stdout(options.json ? `${JSON.stringify(resultJson(result), null, 2)}\n` : scoreText(result));
  return EXIT_OK;
}
