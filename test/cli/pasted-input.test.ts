/**
 * `ita score` and `ita report` on what officers actually have: text pasted from a report or the NACC's
 * result page (.txt, stdin), and workbooks that are not the add-in's input sheet.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { gridFromPastedText } from "../../src/core";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

const fixtures = join(__dirname, "..", "fixtures");
const pastedFixture = (name: string) => join(fixtures, "pasted", name);
const pastedText = (name: string) => readFileSync(pastedFixture(name), "utf8");

const scratch = mkdtempSync(join(tmpdir(), "ita-pasted-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content, "utf8");
  return path;
}

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

interface ScoreJson {
  fiscalYear: number;
  total: number;
  grade: string;
  indicators: { number: number; score: number; previous?: number; delta?: number; rank: number }[];
  previous: { fiscalYear: number; total: number } | null;
}

async function scoreJson(...argv: string[]): Promise<ScoreJson> {
  const { code, stdout, stderr } = await ita("score", ...argv, "--json");
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as ScoreJson;
}

const inIndicatorOrder = (out: ScoreJson, field: "score" | "previous") =>
  [...out.indicators].sort((a, b) => a.number - b.number).map((row) => row[field]);

describe("ita score on pasted text", () => {
  it.each([
    ["with markdown pipes", "comparison-markdown.txt"],
    ["tab-separated", "comparison-tabs.txt"],
    ["aligned with spaces", "comparison-spaced.txt"],
    ["with the per-tool tables under it", "seed-sections-3-5.txt"],
  ])("reads the seed's comparison table %s: 2565 and 2564 of all ten indicators", async (_, fixture) => {
    const out = await scoreJson(pastedFixture(fixture));
    expect(out.fiscalYear).toBe(2565);
    expect(inIndicatorOrder(out, "score")).toEqual(SEED_2565);
    expect(inIndicatorOrder(out, "previous")).toEqual(SEED_2564);
    expect(out).toMatchObject({ total: 91.96, grade: "A", previous: { fiscalYear: 2564, total: 78.2 } });
  });

  it("says what it read, where each score is, and that the stated changes agree", async () => {
    const file = pastedFixture("comparison-markdown.txt");
    const { code, stdout, stderr } = await ita("score", file);
    expect(code).toBe(0);
    expect(stdout).toContain("คะแนนรวม 91.96  ระดับ A  ผ่านเกณฑ์");
    const lines = stderr.split("\n");
    expect(lines[0]).toBe(
      `${file}: อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากข้อความที่วางไว้ / ` +
        "read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, from the pasted text"
    );
    expect(lines[1]).toMatch(/^ตัวชี้วัด +2564 +ตำแหน่ง +2565 +ตำแหน่ง$/);
    expect(stderr).toMatch(/10\. การป้องกันการทุจริต +81\.25 +บรรทัด 5 ช่องที่ 3 +100\.00 +บรรทัด 5 ช่องที่ 4/);
    expect(stderr).toContain("(การเปลี่ยนแปลง 10): ตรงกับคะแนนทั้งหมด / 10 stated figure(s) checked");
  });

  it("refuses a copy with one change altered, naming its line and cell, and accepts it on request", async () => {
    const file = writeTemp("altered.txt", pastedText("comparison-markdown.txt").replace("+๕.๔๕", "+๕.๗๕"));
    const refused = await ita("score", file);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.split("\n")[0]).toBe(
      `${file}, บรรทัด 10 ช่องที่ 5 (line 10, cell 5): ` +
        "การเปลี่ยนแปลงของตัวชี้วัดที่ 3 เขียนว่า 5.75 แต่ 2565 − 2564 = 5.45 / " +
        "the change of indicator 3 says 5.75 but 2565 − 2564 is 5.45"
    );
    expect(refused.stderr).toContain("1 problem(s): nothing was scored");
    expect(refused.stderr).toContain("--accept-mismatches");

    const accepted = await ita("score", file, "--accept-mismatches", "--json");
    expect(accepted.code).toBe(0);
    expect(accepted.stderr.split("\n")[0]).toContain("คำเตือน / warning: ");
    expect(JSON.parse(accepted.stdout).total).toBe(91.96);
  });

  it("refuses a table with an indicator missing, naming it by number and name", async () => {
    const text = pastedText("comparison-tabs.txt")
      .split("\n")
      .filter((line) => !line.includes("การใช้งบประมาณ"))
      .join("\n");
    const file = writeTemp("missing.txt", text);
    const { code, stderr } = await ita("score", file);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      `${file}: ไม่พบคะแนนปี 2565 ของตัวชี้วัดที่ 2 การใช้งบประมาณ / no 2565 score was found for indicator 2 (Use of budget)`
    );
    expect(stderr).toMatch(/2\. การใช้งบประมาณ +ไม่พบ/);
  });

  it("takes the per-tool tables, which name no year, as --year's year (and says so)", async () => {
    const out = await scoreJson(pastedFixture("per-tool.txt"), "--year", "๒๕๖๕");
    expect(out).toMatchObject({ fiscalYear: 2565, total: 91.96, grade: "A", previous: null });
    const { stderr } = await ita("score", pastedFixture("per-tool.txt"));
    expect(stderr).toContain("taken as fiscal year 2569, the latest supported");
  });

  it("tells the officer to pass --year when no header names the year, in both languages", async () => {
    const { code, stderr } = await ita("score", pastedFixture("per-tool.txt"));
    expect(code).toBe(0);
    const warning = stderr.split("\n").find((line) => line.includes("2569, the latest supported"));
    expect(warning).toContain("หากไม่ใช่ปีนี้ โปรดระบุปีงบประมาณด้วย --year");
    expect(warning).toContain("if that is not their year, pass the fiscal year with --year");
  });

  it("lets a year named in a header win over --year", async () => {
    const { code, stderr } = await ita("score", pastedFixture("comparison-tabs.txt"), "--year", "2566");
    expect(code).toBe(0);
    expect(stderr).toContain("the table header names 2565, so the scores are analysed as fiscal year 2565");
  });

  it("refuses a --year without a framework", async () => {
    const { code, stderr } = await ita("score", pastedFixture("comparison-tabs.txt"), "--year", "2570");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^--year: ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570/);
  });

  it("refuses text without any score", async () => {
    const file = writeTemp("letter.txt", "เรียน นายกเทศมนตรี\n\nตามที่ได้ประเมิน ITA แล้ว\n");
    const { code, stderr } = await ita("score", file);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      `${file}: ไม่พบชื่อตัวชี้วัดหรือรหัสข้อคำถามที่มีคะแนนอยู่ข้าง ๆ ในแผ่นงานนี้ / ` +
        "no indicator name or item code with a score beside it was found on this sheet"
    );
  });
});

/** Every sheet's cells: value and number format by address, and the merged ranges. */
async function workbookContent(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font };
      })
    );
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    return { name: sheet.name, cells, merges: [...merges].sort() };
  });
}

describe("ita report on pasted text", () => {
  it("writes the same report as the JSON seed case holding the same data", async () => {
    const seed = JSON.parse(readFileSync(join(fixtures, "dan-kwian-2565.json"), "utf8")) as Record<
      string,
      unknown
    >;
    // The comparison table holds the scores of both years, not the item results nor the agency's place:
    // compare like with like.
    const sameData = writeTemp(
      "same-data.json",
      JSON.stringify({ ...seed, items: undefined, district: undefined, province: undefined })
    );
    const fromJson = join(scratch, "from-json.xlsx");
    const fromText = join(scratch, "from-text.xlsx");
    expect((await ita("report", sameData, "-o", fromJson)).code).toBe(0);
    const text = await ita(
      "report",
      pastedFixture("comparison-markdown.txt"),
      "--agency",
      "เทศบาลตำบลด่านเกวียน",
      "-o",
      fromText
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("เทศบาลตำบลด่านเกวียน ปีงบประมาณ 2565: คะแนนรวม 91.96 ระดับ A ผ่านเกณฑ์");
    const [jsonContent, textContent] = [await workbookContent(fromJson), await workbookContent(fromText)];
    expect(textContent.map((sheet) => sheet.name)).toEqual(["ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
    expect(textContent).toEqual(jsonContent);
  });

  it("writes nothing when the text is refused", async () => {
    const file = writeTemp("altered-report.txt", pastedText("comparison-tabs.txt").replace("-๒.๕๐", "+๒.๕๐"));
    const out = join(scratch, "never.xlsx");
    const { code, stderr } = await ita("report", file, "-o", out);
    expect(code).toBe(2);
    expect(stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
  });
});

/** A workbook whose sheets hold the given rows from A1 (values as typed or pasted: strings and numbers). */
async function workbookWith(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      })
    );
  }
  const path = join(scratch, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const seedRows = (current: readonly number[]) => [
  ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
  ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i], current[i]]),
];

describe("ita score on a workbook that is not the add-in's input sheet", () => {
  it("scans Sheet1, where the comparison table was pasted, and names each score's cell", async () => {
    const pasted = [[], [], ...gridFromPastedText(pastedText("comparison-markdown.txt"))];
    const file = await workbookWith("pasted.xlsx", { Notes: [["หมายเหตุ"]], Sheet1: pasted });
    const { code, stdout, stderr } = await ita("score", file, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ScoreJson;
    expect(inIndicatorOrder(out, "score")).toEqual(SEED_2565);
    expect(inIndicatorOrder(out, "previous")).toEqual(SEED_2564);
    expect(stderr.split("\n")[0]).toContain("จากแผ่นงาน Sheet1 / ");
    expect(stderr).toMatch(/10\. การป้องกันการทุจริต +81\.25 +C6 +100\.00 +D6/);
  });

  it("uses the sheet with the most indicators", async () => {
    const file = await workbookWith("most.xlsx", {
      Draft: seedRows(SEED_2565).slice(0, 4),
      Final: seedRows(SEED_2565),
    });
    const { code, stderr } = await ita("score", file);
    expect(code).toBe(0);
    expect(stderr).toContain("จากแผ่นงาน Final");
  });

  it("refuses two sheets that tie with different scores, naming both; --sheet chooses", async () => {
    const other = SEED_2565.map((score, i) => (i === 0 ? 90 : score));
    const file = await workbookWith("tie.xlsx", { ก่อนแก้: seedRows(other), หลังแก้: seedRows(SEED_2565) });
    const refused = await ita("score", file);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split("\n")[0]).toBe(
      `${file}: แผ่นงาน 'ก่อนแก้', 'หลังแก้' พบคะแนนตัวชี้วัดจำนวนเท่ากัน (10 ตัวชี้วัด) แต่คะแนนไม่ตรงกัน ` +
        "จึงไม่ทราบว่าควรใช้แผ่นงานใด โปรดระบุด้วย --sheet / " +
        "the sheets 'ก่อนแก้', 'หลังแก้' each hold scores of 10 indicators, and the scores differ: choose one with --sheet"
    );
    const chosen = await scoreJson(file, "--sheet", "หลังแก้");
    expect(chosen.total).toBe(91.96);
  });

  it("uses the first of two sheets holding the same scores, and says so", async () => {
    const file = await workbookWith("copies.xlsx", {
      Sheet1: seedRows(SEED_2565),
      Sheet2: seedRows(SEED_2565),
    });
    const { code, stderr } = await ita("score", file);
    expect(code).toBe(0);
    expect(stderr.split("\n")[0]).toBe(
      `คำเตือน / warning: ${file}: แผ่นงาน Sheet2 มีคะแนนชุดเดียวกับ Sheet1 จึงใช้ Sheet1 / ` +
        "the sheet(s) Sheet2 hold the same scores as Sheet1, which is used"
    );
  });

  it("refuses --sheet naming no sheet, listing the sheets there are", async () => {
    const file = await workbookWith("named.xlsx", { Sheet1: seedRows(SEED_2565) });
    const { code, stderr } = await ita("score", file, "--sheet", "Sheet9");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      '--sheet: ไม่มีแผ่นงานชื่อ "Sheet9" ในไฟล์นี้ (แผ่นงานที่มี: Sheet1) / ' +
        'there is no sheet named "Sheet9" in this file (its sheets: Sheet1)'
    );
  });
});

describe("ita score reads CSV like ita report", () => {
  it("reads semicolons with decimal commas, as Excel writes them under a European locale, and says so", async () => {
    const lines = ["ตัวชี้วัด;2564;2565", ...SEED_2565.map((score, i) => `${i + 1};${SEED_2564[i]};${score}`)];
    const file = writeTemp("european.csv", `\uFEFF${lines.join("\r\n").replace(/(\d)\.(\d)/g, "$1,$2")}\r\n`);
    const { code, stdout, stderr } = await ita("score", file, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(91.96);
    expect(stderr).toBe(
      `${file}: อ่านคะแนนครบ 10 ตัวชี้วัดของปีงบประมาณ 2565 และของปี 2564 ไว้เปรียบเทียบ จากตารางที่คั่นด้วย ";" ` +
        'และใช้ "," เป็นจุดทศนิยม / read all 10 indicator scores of fiscal year 2565, and of 2564 for comparison, ' +
        'from a table separated by ";", with "," as the decimal mark\n'
    );
  });
});

describe("ita score - (standard input)", () => {
  /** The real process: `ita score - …` with `input` on standard input (tsx runs the sources). */
  function itaWithStdin(input: string, ...argv: string[]) {
    const root = join(__dirname, "..", "..");
    const entry =
      'import { run } from "./src/cli/main"; run(process.argv.slice(1), { stdout: (t) => process.stdout.write(t), ' +
      "stderr: (t) => process.stderr.write(t) }).then((code) => { process.exitCode = code; });";
    return spawnSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "-e", entry, ...argv],
      {
        cwd: root,
        input,
        encoding: "utf8",
      }
    );
  }

  it("reads pasted text, and JSON when the input starts like JSON", () => {
    const text = itaWithStdin(pastedText("comparison-tabs.txt"), "score", "-", "--json");
    expect(text.status).toBe(0);
    expect(JSON.parse(text.stdout).total).toBe(91.96);
    expect(text.stderr).toContain("stdin: อ่านคะแนนครบ 10 ตัวชี้วัด");
    const json = itaWithStdin(
      readFileSync(join(fixtures, "dan-kwian-2565.json"), "utf8"),
      "score",
      "-",
      "--json"
    );
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).total).toBe(91.96);
    expect(json.stderr).toBe("");
  });
});
