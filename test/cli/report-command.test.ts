import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { inputSheetRows } from "../../src/excel/input-sheet";

const scratch = mkdtempSync(join(tmpdir(), "ita-report-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

async function sheetNamesOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("ita report", () => {
  it("writes the bundled example's report and prints a summary", async () => {
    const out = join(scratch, "example.xlsx");
    const { code, stdout, stderr } = await ita("report", "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("เทศบาลตำบลด่านเกวียน ปีงบประมาณ 2565: คะแนนรวม 91.96 ระดับ A ผ่านเกณฑ์");
    expect(stdout).toContain(out);
    expect(await sheetNamesOf(out)).toEqual(["ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
  });

  it("reads a CSV with a byte-order mark, semicolons and a header naming the years", async () => {
    const csv = join(scratch, "scores.csv");
    const lines = ["ตัวชี้วัด;2564;2565", ...seed2565.map((score, i) => `${i + 1};${seed2564[i]};${score}`)];
    writeFileSync(csv, `\uFEFF${lines.join("\r\n")}\r\n`);
    const out = join(scratch, "csv.xlsx");
    const { code, stdout } = await ita("report", csv, "-o", out, "--arabic-digits", "--no-chart");
    expect(code).toBe(0);
    expect(stdout).toContain("ปีงบประมาณ 2565: คะแนนรวม 91.96 ระดับ A");
  });

  it("reads the add-in's input sheet from an .xlsx, items included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("ITA 2565");
    inputSheetRows(2565, "เทศบาลตำบลด่านเกวียน").rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") sheet.getCell(r + 1, c + 1).value = value;
      })
    );
    seed2565.forEach((score, i) => {
      sheet.getCell(5 + i, 4).value = score;
      sheet.getCell(5 + i, 5).value = seed2564[i] ?? 0;
    });
    sheet.getCell("D45").value = 80.1;
    const input = join(scratch, "input.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = join(scratch, "from-xlsx.xlsx");
    const { code, stdout, stderr } = await ita("report", input, "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("เทศบาลตำบลด่านเกวียน ปีงบประมาณ 2565: คะแนนรวม 91.96");
  });

  it("refuses bad input with exit code 2, names the place, and writes no file", async () => {
    const bad = join(scratch, "bad.json");
    writeFileSync(bad, JSON.stringify({ fiscalYear: 2565, scores: { 1: "n/a" } }));
    const out = join(scratch, "never.xlsx");
    const { code, stdout, stderr } = await ita("report", bad, "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('$.scores.1: "n/a" ไม่ใช่คะแนน / "n/a" is not a score');
    expect(existsSync(out)).toBe(false);
  });

  it("says clearly when an .xlsx is not a workbook or has no input sheet", async () => {
    const fake = join(scratch, "fake.xlsx");
    writeFileSync(fake, "not a zip");
    const notWorkbook = await ita("report", fake, "-o", join(scratch, "x.xlsx"));
    expect(notWorkbook.code).toBe(2);
    expect(notWorkbook.stderr).toContain("this is not an Excel workbook (.xlsx) despite its name");
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    const emptyFile = join(scratch, "empty.xlsx");
    await empty.xlsx.writeFile(emptyFile);
    const noSheet = await ita("report", emptyFile, "-o", join(scratch, "y.xlsx"));
    expect(noSheet.stderr).toContain("no ITA input sheet found");
  });
});

describe("ita report's output", () => {
  it("writes the default name into the folder -o names, and makes a folder whose name ends in /", async () => {
    const existing = mkdtempSync(join(scratch, "folder-"));
    const inFolder = await ita("report", "-o", existing);
    expect(inFolder.code).toBe(0);
    expect(inFolder.stdout).toContain(join(existing, "ita-report-2565.xlsx"));
    expect(existsSync(join(existing, "ita-report-2565.xlsx"))).toBe(true);
    const fresh = join(existing, "ใหม่");
    const made = await ita("report", "-o", `${fresh}/`);
    expect(made.code).toBe(0);
    expect(existsSync(join(fresh, "ita-report-2565.xlsx"))).toBe(true);
  });

  it("writes again over a report it wrote, and over an officer's file only with --force", async () => {
    const out = join(scratch, "again.xlsx");
    expect((await ita("report", "-o", out)).code).toBe(0);
    const again = await ita("report", "-o", out, "--arabic-digits");
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    const own = join(scratch, "own.xlsx");
    writeFileSync(own, "the officer's notes");
    const refused = await ita("report", "-o", own);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${own}: มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน`);
    expect(refused.stderr).toContain("ไม่ได้เขียนรายงาน / nothing was written");
    expect(readFileSync(own, "utf8")).toBe("the officer's notes");
    const forced = await ita("report", "-o", own, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(`คำเตือน / warning: ${own}: เขียนทับไฟล์เดิม`);
    expect(await sheetNamesOf(own)).toEqual(["ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
  });
});

describe("an unexpected error", () => {
  const debug = process.env.ITA_DEBUG;
  afterEach(() => {
    if (debug === undefined) delete process.env.ITA_DEBUG;
    else process.env.ITA_DEBUG = debug;
  });

  /** `-o` through a file used as a folder: the system refuses to make the folder (ENOTDIR). */
  async function throughAFile() {
    const file = join(scratch, "notes.txt");
    writeFileSync(file, "notes");
    return ita("report", "-o", join(file, "out", "report.xlsx"));
  }

  it("is one line in Thai and English with the system's message and the path, exit 1, no stack", async () => {
    delete process.env.ITA_DEBUG;
    const { code, stdout, stderr } = await throughAFile();
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "ita: เกิดข้อผิดพลาดที่ไม่คาดไว้ (ตั้งค่า ITA_DEBUG=1 เพื่อดูรายละเอียด) / unexpected error (set ITA_DEBUG=1 " +
        `for details): ENOTDIR: not a directory, mkdir '${join(scratch, "notes.txt", "out")}'\n`
    );
  });

  it("shows its stack under ITA_DEBUG=1", async () => {
    process.env.ITA_DEBUG = "1";
    const { code, stderr } = await throughAFile();
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toContain("unexpected error");
    expect(stderr).toMatch(/\nError: ENOTDIR[^\n]*\n\s+at /);
  });
});
