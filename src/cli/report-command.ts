/**
 * `ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart]`: the report an agency
 * publishes, as an .xlsx drawn from the same ReportModel as the add-in. INPUT is anything `ita score` reads
 * (read-input.ts); without INPUT, the bundled example.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildReport, Digits, formatDecimal, layoutReportSheet, scoreAssessment } from "../core";
import { renderWorkbook } from "../xlsx/render-workbook";
import { CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io";
import { InputOptions, readInput } from "./read-input";
import { printReading } from "./reading-text";
import { INPUT_OPTIONS_USAGE } from "./usage";

export const REPORT_USAGE = `ใช้งาน / usage: ita report [INPUT] [-o OUT.xlsx] [--thai-digits|--arabic-digits] [--no-chart] [ตัวเลือกของ INPUT]
  เขียนรายงานผลการวิเคราะห์และมาตรการเป็นไฟล์ Excel / write the analysis and measures report as an .xlsx
  INPUT            ข้อมูลแบบเดียวกับ ita score: .json, .csv, .xlsx หรือ .txt (ข้อความที่คัดลอกจากรายงาน)
                   ไม่ระบุ: ใช้ตัวอย่างที่มากับโปรแกรม / what ita score reads (.json, .csv, .xlsx, .txt of pasted
                   text); none: the bundled example
  -o, --output     ไฟล์ผลลัพธ์ (ค่าเริ่มต้น out/ita-report-<ปี>.xlsx) / output file
  --thai-digits    เลขไทยในรายงาน (ค่าเริ่มต้น) / Thai digits (default)
  --arabic-digits  เลขอารบิก / Arabic digits
  --no-chart       ไม่ใส่แผนภูมิ / leave the chart out
${INPUT_OPTIONS_USAGE}`;

/** The bundled example, shipped with the package. */
export const EXAMPLE_INPUT = join(__dirname, "..", "..", "assets", "examples", "dan-kwian-2565.json");

export interface ReportOptions extends InputOptions {
  readonly input?: string;
  readonly output?: string;
  readonly digits: Digits;
  readonly chart: boolean;
}

/** Runs `ita report`; returns the exit code. */
export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  const reading = await readInput(options.input ?? EXAMPLE_INPUT, options);
  const assessment = reading.assessment;
  if (!printReading(io, reading, { th: "ไม่ได้เขียนรายงาน", en: "nothing was written" }) || !assessment.ok) {
    return EXIT_INVALID_INPUT;
  }
  const result = scoreAssessment(assessment.value);
  const model = buildReport(result, { digits: options.digits, chart: options.chart });
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
