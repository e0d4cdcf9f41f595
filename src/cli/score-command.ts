/**
 * `ita score FILE.json [--json]`: scores one agency's assessment in the JSON input format.
 */
import {
  AssessmentResult,
  Exact,
  formatDecimal,
  formatIssue,
  indicatorDelta,
  isPassing,
  resultJson,
  roundHalfUpToString,
  scoreAssessment,
  validateAssessment,
  ValidationIssue,
} from "../core";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { parseJsonText, readTextFile } from "./input-file";
import { renderTable } from "./text-table";

export const SCORE_USAGE = `ใช้งาน / usage: ita score FILE.json [--json]
  คำนวณคะแนน ITA ของหน่วยงานจากไฟล์ JSON / score one agency's ITA from a JSON file ("-" reads standard input)
  --json   พิมพ์ผลเป็น JSON / print the result as one JSON object`;

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

function reportIssues(io: CliIo, file: string, issues: readonly ValidationIssue[], label: string): void {
  for (const issue of issues) io.stderr(`${label}${file}: ${formatIssue(issue)}\n`);
}

/** Runs `ita score`; returns the exit code. */
export function scoreCommand(file: string, asJson: boolean, io: CliIo): number {
  const text = readTextFile(file);
  const json = text.ok ? parseJsonText(text.value, file) : text;
  if (!json.ok) {
    for (const issue of json.issues) io.stderr(`${formatIssue(issue)}\n`);
    return EXIT_INVALID_INPUT;
  }
  const validated = validateAssessment(json.value);
  reportIssues(io, file, validated.warnings, "คำเตือน / warning: ");
  if (!validated.ok) {
    reportIssues(io, file, validated.issues, "");
    io.stderr(
      `ข้อมูลไม่ถูกต้อง ${validated.issues.length} รายการ จึงไม่ได้คำนวณ / ${validated.issues.length} problem(s): nothing was scored\n`
    );
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(validated.value);
  io.stdout(asJson ? `${JSON.stringify(resultJson(result), null, 2)}\n` : scoreText(result));
  return EXIT_OK;
}
