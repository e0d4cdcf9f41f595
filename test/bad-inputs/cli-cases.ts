/**
 * Bad inputs of the cli surface: see catalogue.ts. Each case writes its input into a fresh temporary
 * folder, runs the real command in-process (`run` of src/cli/main.ts, as the shell would), takes its exit
 * code as the verdict (non-zero: refused), reads the first line the officer sees on stderr, and lists every
 * file the run created or changed that it should not have (a refused input must write no report and leave
 * every file as it was; an accepted one writes the report asked for and nothing else).
 */
import fs, {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXIT_OK } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import {
  buildReport,
  frameworkFor,
  layoutReportSheet,
  relabelFramework,
  scoreAssessment,
  trackingPlanFor,
  trackingSheetLayout,
  validateAssessment,
} from "../../src/core";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { drawTrackingSheet } from "../../src/xlsx/tracking-sheet";
import { INDICATOR_NAMES as INDICATORS, SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase, Observed, SeenMessage } from "./catalogue";

/** The seed's ten scores as the JSON format's `scores` object. */
const scoresObject = (scores: readonly unknown[] = SEED_2565) =>
  Object.fromEntries(scores.map((score, i) => [String(i + 1), score]));

export const seedJson = (change: Record<string, unknown> = {}) =>
  JSON.stringify({ fiscalYear: 2565, scores: scoresObject(), ...change }, null, 2);

/** The seed's section ๓ comparison table as pasted from the report (markdown pipes, Thai digits). */
const COMPARISON_MARKDOWN = readFileSync(
  join(__dirname, "..", "fixtures", "pasted", "comparison-markdown.txt"),
  "utf8"
);

/** The seed's per-tool table rows (section ๕), whose header names no year. */
const PER_TOOL = [
  "| ตัวชี้วัด | ผลคะแนน |",
  "|---|---------|",
  ...INDICATORS.map((name, i) => `| ตัวชี้วัดที่ ${i + 1} ${name} | ${(SEED_2565[i] ?? 0).toFixed(2)} |`),
  "",
].join("\n");

/** A table of the two years as it would sit on a sheet: the header naming the years, a row per indicator. */
export const sheetRows = (current: readonly number[]): (string | number)[][] => [
  ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
  ...INDICATORS.map((name, i) => [name, SEED_2564[i] ?? 0, current[i] ?? 0]),
];

export async function workbookBytes(sheets: Record<string, (string | number)[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const WARNING_LABEL = "คำเตือน / warning: ";

/**
 * The first line on stderr as place, Thai and English. The CLI prints `place: ไทย / English`, where the
 * place is the input's name, followed by `: ` and the issue's own place when that does not start with
 * the name (`dup.json: $.scores.4`).
 */
export function firstMessage(stderr: string, input: string): SeenMessage {
  const line = (stderr.split("\n")[0] ?? "").replace(WARNING_LABEL, "");
  const slash = line.lastIndexOf(" / ");
  const head = slash < 0 ? line : line.slice(0, slash);
  const en = slash < 0 ? "" : line.slice(slash + 3);
  let location: string;
  if (head.startsWith(`${input}: `)) {
    const rest = head.slice(input.length + 2);
    const place = /^(\$[^\s:]*|'[^']*'![A-Z]+\d+(?::[A-Z]+\d+)?|[^\s:'!]+![A-Z]+\d+(?::[A-Z]+\d+)?): /.exec(
      rest
    );
    location = place ? `${input}: ${place[1]}` : input;
  } else {
    const colon = head.indexOf(": ");
    location = colon < 0 ? "" : head.slice(0, colon);
  }
  const th = head.slice(location.length).replace(/^: /, "");
  return { location, th, en };
}

export interface CliRun {
  /** Input files to write into the case's folder, by name (a name may include a folder: "out/report.xlsx"). */
  readonly files: Record<string, string | Buffer | (() => Promise<Buffer>)>;
  /** The command line; `{dir}` stands for the case's folder. */
  readonly argv: readonly string[];
  /** The file whose name leads the messages. */
  readonly input: string;
  /** The report the command is asked to write, inside the case's folder. */
  readonly report: string;
  /**
   * Where the message is read: the first line on stderr (default), or the line on stdout naming the file
   * written ("รายงาน / report: out/ita-report-2565.xlsx"), for an acceptance that prints nothing on stderr.
   */
  readonly message?: "stderr" | "written-file";
  /**
   * A file in the case's folder that another program holds open, as Excel on Windows holds a workbook:
   * the system refuses to rename anything over it (EBUSY). The refusal is made here, for that one path,
   * since neither Linux nor macOS lock a file that is open.
   */
  readonly heldOpen?: string;
}

/**
 * Runs `action` while renames over `path` fail with EBUSY, as Windows refuses them for a file Excel holds
 * open; every other rename (the test runner's caches among them) goes through.
 */
async function whileHeldOpen<T>(path: string | undefined, action: () => Promise<T>): Promise<T> {
  if (path === undefined) return action();
  const realRename = fs.renameSync;
  fs.renameSync = (from, to) => {
    if (String(to) !== path) return realRename(from, to);
    throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}' -> '${path}'`), {
      code: "EBUSY",
    });
  };
  try {
    return await action();
  } finally {
    fs.renameSync = realRename;
  }
}

/** The line on stdout that names the file written, as place (the file), Thai and English. */
function writtenFileMessage(stdout: string): SeenMessage {
  const line = stdout.split("\n").find((text) => /^\S+ \/ [a-z]+: /.test(text)) ?? "";
  const found = /^(\S+) \/ ([a-z]+): (.*)$/.exec(line);
  return { location: found?.[3] ?? "", th: found?.[1] ?? "", en: found?.[2] ?? "" };
}

/** Every file and folder under `dir`, with a file's bytes, to tell what a run created or changed. */
function snapshot(dir: string): Map<string, Buffer | "folder"> {
  const paths = readdirSync(dir, { recursive: true }).map(String);
  return new Map(
    paths.map((path) => {
      const full = join(dir, path);
      return [path, statSync(full).isDirectory() ? "folder" : readFileSync(full)] as const;
    })
  );
}

/** The report every case asks for: `-o {dir}/out/report.xlsx`. */
const REPORT = join("out", "report.xlsx");

/**
 * Runs the command on fresh files and reports whether it refused the input (a non-zero exit code), the
 * first message, and the files it should not have made: any at all after a refusal; after an acceptance,
 * any but the report. An acceptance must have written its report: a command that exits 0 without one is
 * shown as that, whatever it printed.
 */
export async function runCli(spec: CliRun): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), "ita-catalogue-"));
  try {
    for (const [name, content] of Object.entries(spec.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), typeof content === "function" ? await content() : content);
    }
    const before = snapshot(dir);
    let stdout = "";
    let stderr = "";
    const code = await whileHeldOpen(spec.heldOpen && join(dir, spec.heldOpen), () =>
      run(
        spec.argv.map((arg) => arg.replace("{dir}", dir)),
        { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) }
      )
    );
    const refused = code !== EXIT_OK;
    const allowed = refused ? new Set() : new Set([dirname(spec.report), spec.report]);
    const after = snapshot(dir);
    const created = [...after.keys()].filter((path) => !before.has(path) && !allowed.has(path));
    const changed = [...before].flatMap(([path, content]) => {
      if (allowed.has(path)) return [];
      const now = after.get(path);
      if (now === undefined) return [`${path} (removed)`];
      const same = content === "folder" ? now === "folder" : now !== "folder" && now.equals(content);
      return same ? [] : [`${path} (changed)`];
    });
    const changes = [...created, ...changed];
    const shown = (text: string) => text.split(`${dir}/`).join("");
    const message =
      refused || existsSync(join(dir, spec.report))
        ? spec.message === "written-file"
          ? writtenFileMessage(shown(stdout))
          : firstMessage(shown(stderr), spec.input)
        : {
            location: spec.report,
            th: "คำสั่งจบด้วยรหัส 0 แต่ไม่ได้เขียนรายงาน",
            en: "the command exited 0 but wrote no report",
          };
    return { refused, message, changes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ita report FILE -o out/report.xlsx` on one input file, plus options. */
function report(
  input: string,
  content: CliRun["files"][string],
  options: readonly string[] = []
): () => Promise<Observed> {
  return () =>
    runCli({
      files: { [input]: content },
      argv: ["report", `{dir}/${input}`, "-o", `{dir}/${REPORT}`, ...options],
      input,
      report: REPORT,
    });
}

/** `ita framework YEAR …` in a fresh folder, with the files given there first. */
function frameworkCommand(
  argv: readonly string[],
  input: string,
  files: CliRun["files"] = {}
): () => Promise<Observed> {
  return () => runCli({ files, argv: ["framework", ...argv], input, report: REPORT });
}

/** The 2569 framework relabelled as 2570, as `ita framework 2569 --as 2570` writes it, one cell changed. */
async function framework2570(cell?: string, value?: ExcelJS.CellValue): Promise<Buffer> {
  const fy2569 = frameworkFor(2569);
  if (!fy2569) throw new Error("no built-in 2569");
  const bytes = await frameworkWorkbook(relabelFramework(fy2569, 2570));
  if (cell === undefined) return bytes;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const sheet = workbook.getWorksheet("กรอบ ITA 2570");
  if (!sheet) throw new Error("no framework sheet");
  sheet.getCell(cell).value = value ?? null;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `ita report input-2570.json --framework กรอบ2570.xlsx -o out/report.xlsx`. */
function reportWithFramework(framework: () => Promise<Buffer>): () => Promise<Observed> {
  return () =>
    runCli({
      files: {
        "input-2570.json": seedJson({ fiscalYear: 2570 }),
        "กรอบ2570.xlsx": framework,
      },
      argv: [
        "report",
        "{dir}/input-2570.json",
        "--framework",
        "{dir}/กรอบ2570.xlsx",
        "-o",
        `{dir}/${REPORT}`,
      ],
      input: "กรอบ2570.xlsx",
      report: REPORT,
    });
}

/** The tracking sheet `ita report --tracking` writes for the seed (2566's measures). */
const TRACKING = "ติดตามมาตรการ ITA 2566";

/** A date cell's value, given in the Buddhist era. */
const dayBE = (year: number, month: number, day: number) => new Date(Date.UTC(year - 543, month - 1, day));

/**
 * The workbook `ita report --tracking` writes for the seed, then edited as an officer would: `cells` by
 * address on the tracking sheet, `edit` for anything else (deleting a row, renaming a sheet).
 */
export async function trackingWorkbook(
  cells: Record<string, ExcelJS.CellValue> = {},
  edit?: (workbook: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const validated = validateAssessment({
    agency: "เทศบาลตำบลด่านเกวียน",
    fiscalYear: 2565,
    scores: scoresObject(),
    previous: { fiscalYear: 2564, scores: scoresObject(SEED_2564) },
    items: JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "dan-kwian-2565.json"), "utf8")).items,
  });
  if (!validated.ok) throw new Error("the seed does not validate");
  const result = scoreAssessment(validated.value);
  const tracking = trackingSheetLayout(trackingPlanFor(result), { digits: "thai" });
  const bytes = await renderWorkbook(
    buildReport(result, { digits: "thai", chart: false }).sheets.map(layoutReportSheet),
    {
      digits: "thai",
      afterSheets: (workbook) => drawTrackingSheet(workbook, tracking),
    }
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const sheet = workbook.getWorksheet(TRACKING);
  if (!sheet) throw new Error("no tracking sheet");
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `ita progress book.xlsx --as-of 2566-04-30 -o out/report.xlsx` on a tracking workbook, plus options. */
function progress(book: CliRun["files"][string], options: readonly string[] = []): () => Promise<Observed> {
  return () =>
    runCli({
      files: { "book.xlsx": book },
      argv: ["progress", "{dir}/book.xlsx", "--as-of", "2566-04-30", "-o", `{dir}/${REPORT}`, ...options],
      input: "book.xlsx",
      report: REPORT,
    });
}

const DUPLICATE_KEY_JSON = [
  "{",
  '  "fiscalYear": 2565,',
  '  "scores": {',
  '    "1": 91.21, "2": 85.08, "3": 87.53,',
  '    "4": 84.47,',
  '    "4": 84.47,',
  '    "6": 94.31, "7": 89.3, "8": 86.33, "9": 95, "10": 100',
  "  }",
  "}",
].join("\n");

export const cliCases: readonly BadInputCase[] = [
  {
    id: "cli-json-duplicate-key",
    surface: "cli",
    kind: {
      th: "คีย์ซ้ำในไฟล์ JSON (พิมพ์ตัวชี้วัดที่ 4 สองครั้ง แทนตัวชี้วัดที่ 5)",
      en: "a key given twice in a JSON file (indicator 4 typed twice instead of 5)",
    },
    example: '"scores": { …, "4": 84.47, "4": 84.47, … }',
    outcome: "refused",
    expected: {
      location: "dup.json: $.scores.4",
      th: 'คีย์ "4" ปรากฏซ้ำในออบเจกต์เดียวกัน (บรรทัดที่ 6) ซึ่ง JSON จะเก็บไว้เพียงค่าสุดท้าย จึงไม่อาจทราบว่าค่าใดถูกต้อง โปรดคงไว้เพียงค่าเดียว',
      en: 'the key "4" is given twice in the same object (line 6): JSON would keep only the last value, so which one is meant is unknown; keep one',
    },
    run: report("dup.json", DUPLICATE_KEY_JSON),
  },
  {
    id: "cli-json-comment",
    surface: "cli",
    kind: { th: "ไฟล์ JSON มีหมายเหตุแบบ // หรือ /* */", en: "a JSON file with // or /* */ comments" },
    example: '{\n  // ปีงบประมาณ\n  "fiscalYear": 2565, … }',
    outcome: "refused",
    expected: {
      location: "comments.json:2:3",
      th: 'ไฟล์ JSON มีหมายเหตุ (// หรือ /* */) ซึ่งรูปแบบ JSON ไม่อนุญาต โปรดลบหมายเหตุออก หรือย้ายข้อความไปไว้ในคีย์ "note"',
      en: 'comments (// or /* */) are not allowed in JSON: remove the comment, or put its text in the "note" key',
    },
    run: report("comments.json", seedJson().replace("{\n", "{\n  // ปีงบประมาณ 2565\n")),
  },
  {
    id: "cli-json-nan",
    surface: "cli",
    kind: { th: "ใส่ NaN แทนคะแนนในไฟล์ JSON", en: "NaN written for a score in a JSON file" },
    example: '"scores": { "1": NaN, … }',
    outcome: "refused",
    expected: {
      location: "nan.json:4:10",
      th: "NaN ไม่ใช่ค่าที่รูปแบบ JSON รองรับ โปรดใส่คะแนนเป็นตัวเลข 0–100",
      en: "NaN is not a JSON value: write the score as a number from 0 to 100",
    },
    run: report("nan.json", seedJson().replace('"1": 91.21', '"1": NaN')),
  },
  {
    id: "cli-json-nan-string",
    surface: "cli",
    kind: { th: 'ใส่ข้อความ "NaN" แทนคะแนน', en: 'the text "NaN" for a score' },
    example: '"scores": { "1": "NaN", … }',
    outcome: "refused",
    expected: {
      location: "nan-text.json: $.scores.1",
      th: '"NaN" ไม่ใช่คะแนน',
      en: '"NaN" is not a score',
    },
    run: report("nan-text.json", seedJson().replace('"1": 91.21', '"1": "NaN"')),
  },
  {
    id: "cli-json-nine-scores",
    surface: "cli",
    kind: { th: "มีคะแนนเพียง 9 ตัวชี้วัด", en: "9 scores instead of 10" },
    example: '"scores": { "1": 91.21, …, "9": 95 }',
    outcome: "refused",
    expected: {
      location: "nine.json: $.scores.10",
      th: "ไม่มีคะแนนตัวชี้วัดที่ 10 การป้องกันการทุจริต",
      en: "indicator 10 (Prevention of corruption) has no score",
    },
    run: report("nine.json", seedJson({ scores: scoresObject(SEED_2565.slice(0, 9)) })),
  },
  {
    id: "cli-json-score-above-100",
    surface: "cli",
    kind: { th: "คะแนนเกิน 100", en: "a score above 100" },
    example: '"scores": { "7": 893, … }',
    outcome: "refused",
    expected: {
      location: "above.json: $.scores.7",
      th: "คะแนน 893 อยู่นอกช่วง 0–100",
      en: "the score 893 is outside 0–100",
    },
    run: report("above.json", seedJson().replace('"7": 89.3', '"7": 893')),
  },
  {
    id: "cli-json-negative-score",
    surface: "cli",
    kind: {
      th: "คะแนนติดลบ (คัดลอกช่องการเปลี่ยนแปลงมาแทนคะแนน)",
      en: "a negative score (the change copied for the score)",
    },
    example: '"scores": { "9": -2.5, … }',
    outcome: "refused",
    expected: {
      location: "negative.json: $.scores.9",
      th: "คะแนน -2.5 อยู่นอกช่วง 0–100",
      en: "the score -2.5 is outside 0–100",
    },
    run: report("negative.json", seedJson().replace('"9": 95', '"9": -2.5')),
  },
  {
    id: "cli-json-future-year",
    surface: "cli",
    kind: { th: "ปีงบประมาณที่ยังไม่มีกรอบการประเมิน", en: "a fiscal year without a framework yet" },
    example: '"fiscalYear": 2570',
    outcome: "refused",
    expected: {
      location: "future.json: $.fiscalYear",
      th: "ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570 (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "there is no ITA framework for fiscal year 2570 (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("future.json", seedJson({ fiscalYear: 2570 })),
  },
  {
    id: "cli-json-common-era-year",
    surface: "cli",
    kind: { th: "ปีงบประมาณเป็นปีคริสต์ศักราช", en: "the fiscal year in the Common Era" },
    example: '"fiscalYear": 2022',
    outcome: "refused",
    expected: {
      location: "ce.json: $.fiscalYear",
      th: "2022 เป็นปีคริสต์ศักราช โปรดใช้ปีพุทธศักราช 2565",
      en: "2022 is a Common-Era year; use the Buddhist-era year 2565",
    },
    run: report("ce.json", seedJson({ fiscalYear: 2022 })),
  },
  {
    id: "cli-json-previous-not-earlier",
    surface: "cli",
    kind: { th: "ปีก่อนหน้าไม่ได้มาก่อนปีที่ประเมิน", en: "the previous year is not before the assessed year" },
    example: '"fiscalYear": 2565, "previous": { "fiscalYear": 2565, … }',
    outcome: "refused",
    expected: {
      location: "previous.json: $.previous.fiscalYear",
      th: "ปี 2565 ต้องมาก่อนปี 2565",
      en: "the year 2565 must be earlier than 2565",
    },
    run: report(
      "previous.json",
      seedJson({ previous: { fiscalYear: 2565, scores: scoresObject(SEED_2564) } })
    ),
  },
  {
    id: "cli-json-unknown-item",
    surface: "cli",
    kind: { th: "รหัสข้อคำถามที่ไม่มีในปีนั้น", en: "an item code the year does not have" },
    example: '"items": { "i31": 80 }',
    outcome: "refused",
    expected: {
      location: "item.json: $.items.i31",
      th: "ไม่มีข้อ i31 ในการประเมินปีงบประมาณ 2565",
      en: "there is no item i31 in fiscal year 2565",
    },
    run: report("item.json", seedJson({ items: { i31: 80 } })),
  },
  {
    id: "cli-json-digit-for-letter",
    surface: "cli",
    kind: {
      th: "รหัสข้อพิมพ์เลข 1 แทนตัว I (แบบในรายงานตัวอย่าง)",
      en: "an item code with the digit 1 for the letter I (as in the seed)",
    },
    example: '"items": { "1๒๘": 80.1 }',
    outcome: "refused",
    expected: {
      location: 'digit.json: $.items["1๒๘"]',
      th: '"1๒๘" ขึ้นต้นด้วยเลข 1 แทนตัวอักษร I หมายถึง i28 หรือไม่',
      en: '"1๒๘" starts with the digit 1, not the letter I: did you mean i28?',
    },
    run: report("digit.json", seedJson({ items: { "1๒๘": 80.1 } })),
  },
  {
    id: "cli-json-oit-not-pass-fail",
    surface: "cli",
    kind: { th: "ผลข้อ OIT ไม่ใช่ผ่าน/ไม่ผ่าน", en: "an OIT item that is not pass/fail" },
    example: '"items": { "o11": 50 }',
    outcome: "refused",
    expected: {
      location: "oit.json: $.items.o11",
      th: "50 ไม่ใช่ผลการตรวจ OIT (ใช้ ผ่าน/ไม่ผ่าน, มี/ไม่มี หรือ 100/0)",
      en: "50 is not an OIT result (use pass/fail or 100/0)",
    },
    run: report("oit.json", seedJson({ items: { o11: 50 } })),
  },
  {
    id: "cli-empty-file",
    surface: "cli",
    kind: { th: "ไฟล์ว่างเปล่า", en: "an empty file" },
    example: "scores.json (0 bytes)",
    outcome: "refused",
    expected: {
      location: "scores.json",
      th: "ไฟล์ว่างเปล่า ไม่มีข้อมูลให้อ่าน",
      en: "the file is empty: there is nothing to read",
    },
    run: report("scores.json", ""),
  },
  {
    id: "cli-missing-file",
    surface: "cli",
    kind: { th: "ไม่มีไฟล์ตามชื่อที่ระบุ", en: "no file by that name" },
    example: "ita report ita-2565.json",
    outcome: "refused",
    expected: { location: "ita-2565.json", th: "ไม่พบไฟล์", en: "file not found" },
    run: () =>
      runCli({
        files: {},
        argv: ["report", "{dir}/ita-2565.json", "-o", `{dir}/${REPORT}`],
        input: "ita-2565.json",
        report: REPORT,
      }),
  },
  {
    id: "cli-xlsx-renamed-file",
    surface: "cli",
    kind: { th: "ไฟล์อื่นที่เปลี่ยนนามสกุลเป็น .xlsx", en: "another file renamed to .xlsx" },
    example: "scores.xlsx (a text file)",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) แม้จะมีนามสกุล .xlsx อาจเป็นไฟล์ชนิดอื่นที่ถูกเปลี่ยนชื่อ โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx",
      en: "this is not an Excel workbook (.xlsx) despite its name, perhaps another kind of file renamed: open it in Excel and save it as .xlsx",
    },
    run: report("scores.xlsx", "ตัวชี้วัด,2565\n1,91.21\n"),
  },
  {
    id: "cli-xlsx-zip-not-workbook",
    surface: "cli",
    kind: { th: "ไฟล์ zip ที่ไม่ใช่สมุดงาน เปลี่ยนนามสกุลเป็น .xlsx", en: "a zip that is not a workbook, named .xlsx" },
    example: "scores.xlsx (a zip of documents)",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "ไฟล์นี้เป็นไฟล์บีบอัด (zip) แต่ไม่มีแผ่นงานของ Excel อยู่ข้างใน จึงไม่ใช่สมุดงาน .xlsx",
      en: "this file is a zip archive with no Excel worksheet inside, so it is not an .xlsx workbook",
    },
    run: report("scores.xlsx", async () => {
      const zip = new JSZip();
      zip.file("รายงาน ITA.txt", "ผลการประเมิน");
      return zip.generateAsync({ type: "nodebuffer" });
    }),
  },
  {
    id: "cli-xlsx-sheets-tie",
    surface: "cli",
    kind: {
      th: "สมุดงานมีสองแผ่นงานที่มีคะแนนครบเท่ากันแต่ต่างกัน",
      en: "a workbook with two sheets of as many scores that differ",
    },
    example: "ก่อนแก้: 1 = 90.00; หลังแก้: 1 = 91.21",
    outcome: "refused",
    expected: {
      location: "scores.xlsx",
      th: "แผ่นงาน 'ก่อนแก้', 'หลังแก้' พบคะแนนตัวชี้วัดจำนวนเท่ากัน (10 ตัวชี้วัด) แต่คะแนนไม่ตรงกัน จึงไม่ทราบว่าควรใช้แผ่นงานใด โปรดระบุด้วย --sheet",
      en: "the sheets 'ก่อนแก้', 'หลังแก้' each hold scores of 10 indicators, and the scores differ: choose one with --sheet",
    },
    run: report("scores.xlsx", () =>
      workbookBytes({
        ก่อนแก้: sheetRows(SEED_2565.map((score, i) => (i === 0 ? 90 : score))),
        หลังแก้: sheetRows(SEED_2565),
      })
    ),
  },
  {
    id: "cli-text-missing-indicator",
    surface: "cli",
    kind: { th: "ข้อความที่วางขาดตัวชี้วัดไปหนึ่งแถว", en: "pasted text with an indicator's row missing" },
    example: "the seed's comparison table without the row of การใช้งบประมาณ",
    outcome: "refused",
    expected: {
      location: "pasted.txt",
      th: "ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 2 การใช้งบประมาณ",
      en: "no 2565 score was found for indicator 2 (Use of budget)",
    },
    run: report(
      "pasted.txt",
      COMPARISON_MARKDOWN.split("\n")
        .filter((line) => !line.includes("การใช้งบประมาณ"))
        .join("\n")
    ),
  },
  {
    id: "cli-text-altered-change",
    surface: "cli",
    kind: {
      th: "ข้อความที่วางมีช่องการเปลี่ยนแปลงไม่ตรงกับคะแนน (พิมพ์ผิด)",
      en: "pasted text whose change column disagrees with its scores (a typo)",
    },
    example: "| ๖ | การใช้อำนาจ | ๘๒.๐๘ | ๘๗.๕๓ | +๕.๗๕ |",
    outcome: "refused",
    expected: {
      location: "pasted.txt, บรรทัด 10 ช่องที่ 5 (line 10, cell 5)",
      th: "การเปลี่ยนแปลงของตัวชี้วัดที่ 3 เขียนว่า 5.75 แต่ 2565 − 2564 = 5.45",
      en: "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN.replace("+๕.๔๕", "+๕.๗๕")),
  },
  {
    id: "cli-text-future-year",
    surface: "cli",
    kind: {
      th: "ข้อความที่วางมีหัวตารางเป็นปีที่ยังไม่มีกรอบการประเมิน",
      en: "pasted text headed by a year without a framework",
    },
    example: "| ตัวชี้วัด | คะแนน ๒๕๗๐ |",
    outcome: "refused",
    expected: {
      location: "pasted.txt, บรรทัด 3 ช่องที่ 2 (line 3, cell 2)",
      th: "หัวตารางระบุปีงบประมาณ 2570 ซึ่งยังไม่มีกรอบการประเมิน (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "the table header names fiscal year 2570, which has no ITA framework (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("pasted.txt", PER_TOOL.replace("ผลคะแนน", "คะแนน ๒๕๗๐")),
  },
  {
    id: "cli-text-no-scores",
    surface: "cli",
    kind: { th: "ข้อความที่วางไม่มีตารางคะแนน", en: "pasted text without a table of scores" },
    example: "เรียน นายกเทศมนตรี …",
    outcome: "refused",
    expected: {
      location: "pasted.txt",
      th: "ไม่พบชื่อตัวชี้วัดหรือรหัสข้อคำถามที่มีคะแนนอยู่ข้าง ๆ ในแผ่นงานนี้",
      en: "no indicator name or item code with a score beside it was found on this sheet",
    },
    run: report("pasted.txt", "เรียน นายกเทศมนตรี\n\nตามที่ได้รับการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๕ แล้ว\n"),
  },
  {
    id: "cli-year-option-unknown",
    surface: "cli",
    kind: { th: "ระบุ --year เป็นปีที่ยังไม่มีกรอบการประเมิน", en: "--year naming a year without a framework" },
    example: "ita report pasted.txt --year 2570",
    outcome: "refused",
    expected: {
      location: "--year",
      th: "ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570 (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "there is no ITA framework for fiscal year 2570 (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("pasted.txt", PER_TOOL, ["--year", "2570"]),
  },
  {
    id: "cli-csv-bom",
    surface: "cli",
    kind: { th: "CSV ที่ Excel บันทึกแบบ UTF-8 (มี BOM นำหน้า)", en: "a CSV saved by Excel as UTF-8 (with a BOM)" },
    example: "\\uFEFFตัวชี้วัด,2564,2565",
    outcome: "accepted",
    expected: {
      location: "scores.csv",
      th: 'อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากตารางที่คั่นด้วย ","',
      en: 'read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from a table separated by ","',
    },
    run: report(
      "scores.csv",
      `\uFEFF${["ตัวชี้วัด,2564,2565", ...SEED_2565.map((s, i) => `${i + 1},${SEED_2564[i]},${s}`)].join("\r\n")}\r\n`
    ),
  },
  {
    id: "cli-csv-semicolons",
    surface: "cli",
    kind: {
      th: "CSV คั่นด้วย ; และใช้ , เป็นจุดทศนิยม (Excel ที่ตั้งค่าภูมิภาคแบบยุโรป)",
      en: "a CSV separated by ; with , as the decimal mark (Excel with a European locale)",
    },
    example: "ตัวชี้วัด;2564;2565\n1;87,93;91,21",
    outcome: "accepted",
    expected: {
      location: "scores.csv",
      th: 'อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากตารางที่คั่นด้วย ";" และใช้ "," เป็นจุดทศนิยม',
      en: 'read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from a table separated by ";", with "," as the decimal mark',
    },
    run: report(
      "scores.csv",
      ["ตัวชี้วัด;2564;2565", ...SEED_2565.map((s, i) => `${i + 1};${SEED_2564[i]};${s}`)]
        .join("\n")
        .replace(/(\d)\.(\d)/g, "$1,$2")
    ),
  },
  {
    id: "cli-text-comparison-table",
    surface: "cli",
    kind: {
      th: "ตารางเปรียบเทียบที่คัดลอกจากรายงาน (เลขไทย เครื่องหมาย | และการเปลี่ยนแปลงแบบมีเครื่องหมาย)",
      en: "the comparison table copied from a report (Thai digits, | pipes, signed changes)",
    },
    example: "| ๖ | การใช้อำนาจ | ๘๒.๐๘ | ๘๗.๕๓ | +๕.๔๕ |",
    outcome: "accepted",
    expected: {
      location: "pasted.txt",
      th: "อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากข้อความที่วางไว้",
      en: "read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from the pasted text",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN),
  },
  {
    id: "cli-text-altered-change-accepted",
    surface: "cli",
    kind: {
      th: "ช่องการเปลี่ยนแปลงพิมพ์ผิด และเจ้าหน้าที่ยืนยันว่าคะแนนถูกต้อง (--accept-mismatches)",
      en: "a mistyped change the officer accepts, the scores being right (--accept-mismatches)",
    },
    example: "ita report pasted.txt --accept-mismatches",
    outcome: "accepted",
    expected: {
      location: "pasted.txt, บรรทัด 10 ช่องที่ 5 (line 10, cell 5)",
      th: "การเปลี่ยนแปลงของตัวชี้วัดที่ 3 เขียนว่า 5.75 แต่ 2565 − 2564 = 5.45",
      en: "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45",
    },
    run: report("pasted.txt", COMPARISON_MARKDOWN.replace("+๕.๔๕", "+๕.๗๕"), ["--accept-mismatches"]),
  },
  {
    id: "cli-text-no-year",
    surface: "cli",
    kind: {
      th: "ตารางรายเครื่องมือที่วางไว้โดยไม่มีปีในหัวตาราง และไม่ได้ระบุ --year",
      en: "per-tool tables pasted without a year in their headers, and no --year",
    },
    example: "| ตัวชี้วัด | ผลคะแนน |",
    outcome: "accepted",
    expected: {
      location: "pasted.txt",
      th: "ไม่มีหัวตารางใดระบุปี จึงถือว่าคะแนนเป็นของปีงบประมาณ 2569 ซึ่งเป็นปีล่าสุดที่รองรับ หากไม่ใช่ปีนี้ โปรดระบุปีงบประมาณด้วย --year",
      en: "no table header names a year, so the scores are taken as fiscal year 2569, the latest supported; if that is not their year, pass the fiscal year with --year",
    },
    run: report("pasted.txt", PER_TOOL),
  },
  {
    id: "cli-xlsx-pasted-sheet",
    surface: "cli",
    kind: {
      th: "สมุดงานของเจ้าหน้าที่เองที่วางตารางคะแนนไว้ (ไม่ใช่แผ่นงานกรอกคะแนนของส่วนเสริม)",
      en: "the officer's own workbook with a table of scores pasted on it (not the add-in's input sheet)",
    },
    example: "Sheet1: ตัวชี้วัด | คะแนน 2564 | คะแนน 2565",
    outcome: "accepted",
    expected: {
      location: "scores.xlsx",
      th: "อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากแผ่นงาน Sheet1",
      en: "read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from the sheet Sheet1",
    },
    run: report("scores.xlsx", () => workbookBytes({ Sheet1: sheetRows(SEED_2565) })),
  },
  {
    id: "cli-framework-unknown-year",
    surface: "cli",
    kind: {
      th: "สั่ง ita framework กับปีที่ไม่มีกรอบในตัว",
      en: "ita framework for a year without a built-in framework",
    },
    example: "ita framework 2571 -o กรอบ2571.xlsx",
    outcome: "refused",
    expected: {
      location: "YEAR",
      th: "ไม่มีกรอบการประเมินในตัวของปีงบประมาณ 2571 (ปีที่มี: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569) คัดลอกกรอบของปีที่มีไปเป็นปี 2571 ได้ด้วย ita framework 2569 --as 2571 -o กรอบ2571.xlsx",
      en: "there is no built-in ITA framework for fiscal year 2571 (built in: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569); copy one to 2571 with ita framework 2569 --as 2571 -o framework2571.xlsx",
    },
    run: frameworkCommand(["2571", "-o", "{dir}/กรอบ2571.xlsx"], "กรอบ2571.xlsx"),
  },
  {
    id: "cli-framework-as-not-a-year",
    surface: "cli",
    kind: { th: "--as ไม่ใช่ปีงบประมาณ", en: "--as that is not a fiscal year" },
    example: "ita framework 2569 --as ปีหน้า -o กรอบ.xlsx",
    outcome: "refused",
    expected: {
      location: "--as",
      th: '"ปีหน้า" ไม่ใช่ปีงบประมาณ',
      en: '"ปีหน้า" is not a fiscal year',
    },
    run: frameworkCommand(["2569", "--as", "ปีหน้า", "-o", "{dir}/กรอบ.xlsx"], "กรอบ.xlsx"),
  },
  {
    id: "cli-framework-no-output",
    surface: "cli",
    kind: { th: "สั่ง ita framework โดยไม่ระบุ -o", en: "ita framework without -o" },
    example: "ita framework 2569 --as 2570",
    outcome: "refused",
    expected: {
      location: "-o",
      th: "ต้องระบุไฟล์ที่จะเขียนด้วย -o FILE.xlsx",
      en: "give the file to write with -o FILE.xlsx",
    },
    run: frameworkCommand(["2569", "--as", "2570"], "กรอบ2570.xlsx"),
  },
  {
    id: "cli-framework-output-exists",
    surface: "cli",
    kind: {
      th: "ไฟล์ที่ ita framework จะเขียนมีอยู่แล้ว (ไม่เขียนทับ)",
      en: "the file ita framework is to write exists already (never overwritten)",
    },
    example: "ita framework 2569 --as 2570 -o กรอบ2570.xlsx (กรอบ2570.xlsx exists)",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx",
      th: "มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ โปรดระบุชื่อไฟล์อื่นด้วย -o หรือเพิ่ม --force หากต้องการเขียนทับไฟล์นี้จริง",
      en: "the file exists and ita did not write it, so it was not overwritten: give another name with -o, or add --force to overwrite it",
    },
    run: frameworkCommand(["2569", "--as", "2570", "-o", "{dir}/กรอบ2570.xlsx"], "กรอบ2570.xlsx", {
      "กรอบ2570.xlsx": "the officer's own file",
    }),
  },
  {
    id: "cli-framework-weights-not-100",
    surface: "cli",
    kind: {
      th: "แผ่นงานกรอบที่แก้น้ำหนักเครื่องมือแล้วรวมไม่ได้ 100 (--framework)",
      en: "a framework sheet whose tool weights were edited so they do not sum to 100 (--framework)",
    },
    example: "'กรอบ ITA 2570'!D23 = 30 (IIT 30, EIT 30, OIT 30)",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx: 'กรอบ ITA 2570'!D21:D23",
      th: "น้ำหนักของเครื่องมือรวมกันได้ 90% ต้องรวมกันได้ 100%",
      en: "the tool weights add up to 90 %, not 100 %",
    },
    run: reportWithFramework(() => framework2570("D23", 30)),
  },
  {
    id: "cli-framework-file-without-sheet",
    surface: "cli",
    kind: {
      th: "--framework ระบุสมุดงานที่ไม่มีแผ่นงานกรอบการประเมิน",
      en: "--framework naming a workbook without a framework sheet",
    },
    example: "ita report input.json --framework คะแนน.xlsx",
    outcome: "refused",
    expected: {
      location: "กรอบ2570.xlsx",
      th: 'ไม่พบแผ่นงานกรอบการประเมิน (แผ่นงานที่ช่อง A1 ขึ้นต้นด้วย "กรอบการประเมิน ITA" ซึ่ง ita framework เขียนไว้) ในไฟล์นี้ (แผ่นงานที่มี: Sheet1)',
      en: 'no framework sheet (one whose A1 starts with "กรอบการประเมิน ITA", as ita framework writes it) in this file (its sheets: Sheet1)',
    },
    run: reportWithFramework(() => workbookBytes({ Sheet1: sheetRows(SEED_2565) })),
  },
  {
    id: "cli-progress-unknown-status",
    surface: "cli",
    kind: {
      th: "สถานะในแผ่นงานติดตามไม่ใช่คำในรายการ (พิมพ์เองแทนการเลือก)",
      en: "a status on the tracking sheet that is not a word of the list (typed instead of chosen)",
    },
    example: "'ติดตามมาตรการ ITA 2566'!G7 = \"เสร็จแล้ว\"",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!G7`,
      th: '"เสร็จแล้ว" ไม่ใช่สถานะในรายการ (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
      en: '"เสร็จแล้ว" is not a status of the list (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)',
    },
    run: progress(() => trackingWorkbook({ G7: "เสร็จแล้ว" })),
  },
  {
    id: "cli-progress-out-of-range",
    surface: "cli",
    kind: { th: "ความก้าวหน้าเกิน 100", en: "progress above 100" },
    example: "'ติดตามมาตรการ ITA 2566'!H9 = 150",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H9`,
      th: "ความก้าวหน้า 150 อยู่นอกช่วง 0–100",
      en: "the progress 150 is outside 0–100",
    },
    run: progress(() => trackingWorkbook({ G9: "กำลังดำเนินการ", H9: 150 })),
  },
  {
    id: "cli-progress-full-not-done",
    surface: "cli",
    kind: {
      th: "ความก้าวหน้าร้อยละ 100 แต่สถานะยังไม่แล้วเสร็จ",
      en: "progress at 100 % but the status is not done",
    },
    example: "G6 = กำลังดำเนินการ, H6 = 100",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H6`,
      th: 'ความก้าวหน้าร้อยละ 100 แต่สถานะเป็น "กำลังดำเนินการ" หากเสร็จแล้วให้เลือกสถานะ "ดำเนินการแล้วเสร็จ" หากยังไม่เสร็จให้แก้ตัวเลขความก้าวหน้า',
      en: 'the progress is 100 % but the status is "กำลังดำเนินการ": if it is finished choose "ดำเนินการแล้วเสร็จ", otherwise correct the progress',
    },
    run: progress(() => trackingWorkbook({ G6: "กำลังดำเนินการ", H6: 100 })),
  },
  {
    id: "cli-progress-done-at-zero",
    surface: "cli",
    kind: { th: "สถานะแล้วเสร็จแต่ความก้าวหน้าร้อยละ 0", en: "done, with the progress at 0 %" },
    example: "G8 = ดำเนินการแล้วเสร็จ, H8 = 0",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!H8`,
      th: 'สถานะเป็น "ดำเนินการแล้วเสร็จ" แต่ความก้าวหน้าร้อยละ 0 โปรดแก้ความก้าวหน้าเป็น 100 หรือแก้สถานะ',
      en: 'the status is "ดำเนินการแล้วเสร็จ" but the progress is 0 %: set the progress to 100 or correct the status',
    },
    run: progress(() => trackingWorkbook({ G8: "ดำเนินการแล้วเสร็จ", H8: 0, I8: dayBE(2566, 2, 1) })),
  },
  {
    id: "cli-progress-done-outside-year",
    surface: "cli",
    kind: {
      th: "วันที่แล้วเสร็จอยู่นอกปีงบประมาณของมาตรการ",
      en: "a date done outside the fiscal year of the measures",
    },
    example: "I5 = 30 กันยายน 2565 (the year runs 1 ตุลาคม 2565 – 30 กันยายน 2566)",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!I5`,
      th: "วันที่แล้วเสร็จ 30 กันยายน 2565 อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 ถึง 30 กันยายน 2566)",
      en: "the date done, 30 กันยายน 2565, is outside fiscal year 2566 (1 ตุลาคม 2565 to 30 กันยายน 2566)",
    },
    run: progress(() => trackingWorkbook({ G5: "ดำเนินการแล้วเสร็จ", I5: dayBE(2565, 9, 30) })),
  },
  {
    id: "cli-progress-done-after-as-of",
    surface: "cli",
    kind: { th: "วันที่แล้วเสร็จอยู่หลังวันที่ของข้อมูลในรายงาน", en: "a date done after the report's as-of date" },
    example: "--as-of 2566-04-30, I5 = 2 พฤษภาคม 2566",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!I5`,
      th: "วันที่แล้วเสร็จ 2 พฤษภาคม 2566 อยู่หลังวันที่ของข้อมูลในรายงาน (30 เมษายน 2566)",
      en: "the date done, 2 พฤษภาคม 2566, is after the report's as-of date (30 เมษายน 2566)",
    },
    run: progress(() => trackingWorkbook({ G5: "ดำเนินการแล้วเสร็จ", I5: dayBE(2566, 5, 2) })),
  },
  {
    id: "cli-progress-other-year",
    surface: "cli",
    kind: {
      th: "แผ่นงานติดตามเป็นของมาตรการคนละปีกับแผ่นงานมาตรการในสมุดงาน",
      en: "a tracking sheet of another year than the workbook's measures sheet",
    },
    example: "ติดตามมาตรการ ITA 2566 beside มาตรการ ITA 2567",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A1`,
      th: "แผ่นงานติดตามนี้เป็นของมาตรการปีงบประมาณ 2566 แต่มาตรการในสมุดงานเป็นของปี 2567 โปรดสร้างแผ่นงานติดตามจากมาตรการปี 2567",
      en: "this tracking sheet follows the measures of fiscal year 2566, but the workbook's measures are for 2567: generate the tracking sheet from the 2567 measures",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const measures = workbook.getWorksheet("มาตรการ ITA 2566");
        if (measures) measures.name = "มาตรการ ITA 2567";
      })
    ),
  },
  {
    id: "cli-progress-other-agency",
    surface: "cli",
    kind: {
      th: "แผ่นงานติดตามที่คัดลอกมาจากสมุดงานของหน่วยงานอื่น",
      en: "a tracking sheet copied from another agency's workbook",
    },
    example: "the measures announced by เทศบาลตำบลโชคชัย, the tracking sheet of เทศบาลตำบลด่านเกวียน",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A1`,
      th: "แผ่นงานติดตามนี้เป็นของเทศบาลตำบลด่านเกวียน แต่มาตรการในสมุดงานเป็นของเทศบาลตำบลโชคชัย อาจคัดลอกมาจากสมุดงานอื่น",
      en: "this tracking sheet belongs to เทศบาลตำบลด่านเกวียน, but the workbook's measures are เทศบาลตำบลโชคชัย's: it may have been copied from another workbook",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const title = workbook.getWorksheet("มาตรการ ITA 2566")?.getCell("A1");
        if (title) title.value = String(title.value).replace("เทศบาลตำบลด่านเกวียน", "เทศบาลตำบลโชคชัย");
      })
    ),
  },
  {
    id: "cli-progress-row-deleted",
    surface: "cli",
    kind: { th: "ลบแถวของมาตรการออกจากแผ่นงานติดตาม", en: "a measure's row deleted from the tracking sheet" },
    example: "row 9 (มาตรการ ๒.๑) deleted",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A9`,
      th: "ไม่พบแถวของมาตรการ 2.1 จัดเวทีประชาคมก่อนจัดทำแผนพัฒนาท้องถิ่นและโครงก… (ถูกลบหรือรหัสในคอลัมน์ที่ซ่อนถูกล้าง) โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่จากมาตรการ (ข้อมูลที่กรอกไว้จะคงอยู่)",
      en: "the row of measure 2.1 จัดเวทีประชาคมก่อนจัดทำแผนพัฒนาท้องถิ่นและโครงก… is missing (deleted, or its hidden code cleared): undo the deletion, or generate the tracking sheet again from the measures (what was typed is kept)",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => workbook.getWorksheet(TRACKING)?.spliceRows(9, 1))
    ),
  },
  {
    id: "cli-progress-rows-sorted",
    surface: "cli",
    kind: {
      th: "เรียงแถวของแผ่นงานติดตามใหม่โดยไม่รวมคอลัมน์ที่ซ่อนไว้",
      en: "the tracking sheet's rows sorted without the hidden column",
    },
    example: "A5:L6 sorted, M5:M6 left as they were",
    outcome: "refused",
    expected: {
      location: `book.xlsx: '${TRACKING}'!A5`,
      th: 'แถวนี้แสดงมาตรการ "๑.๒" แต่รหัสในคอลัมน์ที่ซ่อนเป็นของมาตรการ 1.1 แถวถูกเรียงหรือย้ายโดยไม่รวมคอลัมน์ที่ซ่อน โปรดเลิกทำ (Undo) การเรียงนั้น',
      en: 'this row shows measure "๑.๒" but its hidden code belongs to measure 1.1: the rows were sorted or moved without the hidden column; undo that sort',
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (!sheet) return;
        for (let column = 1; column <= 12; column += 1) {
          const [upper, lower] = [sheet.getCell(5, column), sheet.getCell(6, column)];
          [upper.value, lower.value] = [lower.value, upper.value];
        }
      })
    ),
  },
  {
    id: "cli-progress-no-tracking-sheet",
    surface: "cli",
    kind: {
      th: "สมุดงานไม่มีแผ่นงานติดตาม (ถูกลบ หรือเขียนรายงานโดยไม่มี --tracking)",
      en: "a workbook without a tracking sheet (deleted, or the report written without --tracking)",
    },
    example: "ita progress ita-report-2565.xlsx",
    outcome: "refused",
    expected: {
      location: "book.xlsx",
      th: "ไม่พบแผ่นงานติดตามมาตรการในสมุดงานนี้ (แผ่นงานที่มี: 'ผลการวิเคราะห์ ITA 2565', 'มาตรการ ITA 2566') สร้างได้ด้วย ita report --tracking หรือปุ่มสร้างแผ่นงานติดตามในแผงงาน",
      en: "no tracking sheet in this workbook (its sheets: 'ผลการวิเคราะห์ ITA 2565', 'มาตรการ ITA 2566'); make one with ita report --tracking or the pane's tracking sheet button",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (sheet) workbook.removeWorksheet(sheet.id);
      })
    ),
  },
  {
    id: "cli-progress-renamed-sheet",
    surface: "cli",
    kind: { th: "เปลี่ยนชื่อแผ่นงานติดตาม", en: "the tracking sheet renamed" },
    example: "ติดตามมาตรการ ITA 2566 → ติดตามผล",
    outcome: "accepted",
    expected: {
      location: "book.xlsx: 'ติดตามผล'!A1",
      th: "แผ่นงานติดตามถูกเปลี่ยนชื่อจาก 'ติดตามมาตรการ ITA 2566' จึงอ่านจากรหัสประจำแผ่นงานแทนชื่อ",
      en: "the tracking sheet was renamed from 'ติดตามมาตรการ ITA 2566'; it was found by its identity instead of its name",
    },
    run: progress(() =>
      trackingWorkbook({}, (workbook) => {
        const sheet = workbook.getWorksheet(TRACKING);
        if (sheet) sheet.name = "ติดตามผล";
      })
    ),
  },
  {
    id: "cli-progress-as-of-before-year",
    surface: "cli",
    kind: {
      th: "--as-of อยู่ก่อนปีงบประมาณของมาตรการ",
      en: "--as-of before the fiscal year of the measures",
    },
    example: "ita progress book.xlsx --as-of 2565-09-30",
    outcome: "refused",
    expected: {
      location: "--as-of",
      th: "วันที่ของข้อมูล 30 กันยายน 2565 อยู่ก่อนปีงบประมาณ 2566 ของมาตรการ (เริ่ม 1 ตุลาคม 2565) จึงยังไม่มีผลให้รายงาน",
      en: "the as-of date 30 กันยายน 2565 is before fiscal year 2566 of the measures (starting 1 ตุลาคม 2565): there is nothing to report yet",
    },
    run: progress(() => trackingWorkbook(), ["--as-of", "2565-09-30"]),
  },
  {
    id: "cli-report-tracking-would-be-lost",
    surface: "cli",
    kind: {
      th: "เขียนรายงานทับไฟล์ที่มีแผ่นงานติดตามซึ่งกรอกข้อมูลแล้ว โดยไม่ใช้ --tracking",
      en: "the report written over a file whose tracking sheet is filled in, without --tracking",
    },
    example: "ita report -o book.xlsx (its tracking sheet filled in)",
    outcome: "refused",
    expected: {
      location: "book.xlsx",
      th: "ไฟล์นี้มีแผ่นงานติดตาม 'ติดตามมาตรการ ITA 2566' ที่กรอกข้อมูลไว้แล้ว การเขียนรายงานทับจะทำให้ข้อมูลหาย ใช้ --tracking เพื่อเขียนรายงานใหม่โดยคงข้อมูลไว้ หรือระบุไฟล์ใหม่ด้วย -o",
      en: "this file holds the filled-in tracking sheet 'ติดตามมาตรการ ITA 2566'; writing the report over it would lose what was typed: add --tracking to keep it, or give another file with -o",
    },
    run: () =>
      runCli({
        files: { "book.xlsx": () => trackingWorkbook({ G5: "กำลังดำเนินการ" }) },
        argv: ["report", "-o", "{dir}/book.xlsx"],
        input: "book.xlsx",
        report: REPORT,
      }),
  },
];
