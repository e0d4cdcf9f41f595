/**
 * What `ita score` and `ita report` say on stderr about their input: every problem with its place, the
 * warnings, what was read (and, for pasted tables, where each score was found), and the verdict.
 */
import { formatDecimal, formatIssue, FrameworkLookup, frameworkLookup, ValidationIssue } from "../core";
import { unsupportedYearHint } from "./framework-file";
import { CliIo } from "./io";
import { FoundInput, InputReading, MISMATCH_CODES } from "./read-input";
import { renderTable } from "./text-table";

const WARNING_LABEL = "คำเตือน / warning: ";

/** Prints issues as `place: ไทย / English`; the input's name leads unless the place already names it. */
function printIssues(io: CliIo, name: string, issues: readonly ValidationIssue[], label = ""): void {
  for (const issue of issues) {
    const named = issue.location.startsWith(name) || issue.location.startsWith("--");
    io.stderr(`${label}${named ? "" : `${name}: `}${formatIssue(issue)}\n`);
  }
}

/** Where each indicator's score was found, per year, and what the stated figures beside them said. */
export function foundText(input: FoundInput): string {
  const { found, framework, place } = input;
  const years = found.years;
  const rows = framework.indicators.map((indicator) => {
    const entry = found.found.find((candidate) => candidate.indicator === indicator.number);
    return [
      `${indicator.number}. ${indicator.nameTh}`,
      ...years.flatMap((year) => {
        const value = entry?.values.find((candidate) => candidate.year === year);
        return value ? [formatDecimal(value.score, 2), place(value.cell)] : ["ไม่พบ", ""];
      }),
    ];
  });
  const lines = [
    renderTable(
      [["ตัวชี้วัด", ...years.flatMap((year) => [String(year), "ตำแหน่ง"])], ...rows],
      ["left", ...years.flatMap((): ("right" | "left")[] => ["right", "left"])]
    ),
  ];
  const checks = found.checks;
  if (checks.length > 0) {
    const count = (kind: string) => checks.filter((check) => check.kind === kind).length;
    const kinds = [
      { n: count("change"), th: "การเปลี่ยนแปลง", en: "change(s)" },
      { n: count("tool"), th: "คะแนนเครื่องมือ", en: "tool score(s)" },
      { n: count("total"), th: "คะแนนรวม", en: "total(s)" },
    ].filter((kind) => kind.n > 0);
    const disagreeing = checks.filter((check) => !check.agrees).length;
    lines.push(
      `ตรวจตัวเลขที่ตารางระบุไว้ ${checks.length} รายการ (${kinds.map((k) => `${k.th} ${k.n}`).join(", ")}): ` +
        (disagreeing === 0 ? "ตรงกับคะแนนทั้งหมด" : `ไม่ตรงกับคะแนน ${disagreeing} รายการ`) +
        ` / ${checks.length} stated figure(s) checked (${kinds.map((k) => `${k.n} ${k.en}`).join(", ")}): ` +
        (disagreeing === 0 ? "all agree with the scores" : `${disagreeing} disagree`)
    );
  }
  return lines.join("\n") + "\n";
}

/** "2565, and of 2564 for comparison": the years an assessment holds, for the note. */
function readNote(reading: InputReading): ValidationIssue | undefined {
  if (!reading.assessment.ok || !reading.source) return undefined;
  const { fiscalYear, framework, previous, history } = reading.assessment.value;
  const earlier = [previous, ...[...(history ?? [])].reverse()]
    .flatMap((year) => (year ? [year.fiscalYear] : []))
    .join(", ");
  const count = framework.indicators.length;
  return {
    location: reading.name,
    code: "read",
    messageTh:
      `อ่านคะแนนครบ ${count} ตัวชี้วัดของปีงบประมาณ ${fiscalYear}` +
      (earlier ? ` และของปี ${earlier} ไว้เปรียบเทียบ` : "") +
      ` ${reading.source.th}`,
    messageEn:
      `read all ${count} indicator scores of fiscal year ${fiscalYear}` +
      (earlier ? `, and of ${earlier} for comparison,` : "") +
      ` ${reading.source.en}`,
  };
}

/**
 * Prints what the reading found and every problem; returns true when there is an assessment to go on with.
 * Refusals come first (the officer's first line is the first problem), then the warnings and what was
 * found, then the verdict: `nothingDone` says what was not done ("nothing was written"). A year no
 * framework covers ends with how to supply one (`ita framework`, `--framework`), from `frameworks`.
 */
export function printReading(
  io: CliIo,
  reading: InputReading,
  nothingDone: { readonly th: string; readonly en: string },
  frameworks: FrameworkLookup = frameworkLookup()
): boolean {
  const { name, assessment } = reading;
  if (!assessment.ok) {
    printIssues(io, name, assessment.issues);
    printIssues(io, name, assessment.warnings, WARNING_LABEL);
    if (reading.found) io.stderr(foundText(reading.found));
    const n = assessment.issues.length;
    io.stderr(`ข้อมูลไม่ถูกต้อง ${n} รายการ จึง${nothingDone.th} / ${n} problem(s): ${nothingDone.en}\n`);
    if (assessment.issues.some((issue) => MISMATCH_CODES.has(issue.code))) {
      io.stderr(
        "หากคะแนนถูกต้องและตัวเลขที่ระบุไว้พิมพ์ผิด ให้สั่งใหม่พร้อม --accept-mismatches / " +
          "if the scores are right and the stated figure is a typo, run again with --accept-mismatches\n"
      );
    }
    const unsupported = assessment.issues.find((issue) => issue.code === "unsupported-year");
    if (unsupported) io.stderr(unsupportedYearHint(unsupported, frameworks));
    return false;
  }
  printIssues(io, name, assessment.warnings, WARNING_LABEL);
  const note = readNote(reading);
  if (note) printIssues(io, name, [note]);
  if (reading.found) io.stderr(foundText(reading.found));
  return true;
}
