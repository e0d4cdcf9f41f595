/**
 * A year ita does not know is not a dead end (issue #11): `ita framework 2569 --as 2570` writes the
 * editable framework sheet, and `--framework` makes `ita score`, `ita report` and `ita batch` use it. The
 * printed texts are golden files in test/fixtures/framework-2570/ (the scratch folder written `{dir}`).
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { frameworkFor, frameworkFromRows, relabelFramework } from "../../src/core";

const fixtures = join(__dirname, "..", "fixtures", "framework-2570");
const INPUT_2570 = join(fixtures, "input-2570.json");
const AGENCIES_2570 = join(fixtures, "agencies-2570.csv");
const seedFixture = join(__dirname, "..", "fixtures", "dan-kwian-2565.json");

const scratch = mkdtempSync(join(tmpdir(), "ita-framework-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A golden file, with the scratch folder for `{dir}`. */
const golden = (name: string) => readFileSync(join(fixtures, name), "utf8").split("{dir}").join(scratch);

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell's text on a sheet, row by row. */
function textsOf(sheet: ExcelJS.Worksheet | undefined): string[] {
  const texts: string[] = [];
  sheet?.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
  return texts;
}

/** The grid `frameworkFromRows` reads, from A1 of a sheet. */
function gridOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, r) => {
    const cells: unknown[] = [];
    row.eachCell((cell, c) => (cells[c - 1] = cell.value ?? ""));
    rows[r - 1] = Array.from(cells, (value) => value ?? "");
  });
  return Array.from(rows, (row) => row ?? []);
}

/** Writes the 2570 framework sheet once per name and returns its path. */
async function framework2570(name: string): Promise<string> {
  const path = join(scratch, name);
  if (!existsSync(path)) {
    const { code, stderr } = await ita("framework", "2569", "--as", "2570", "-o", path);
    if (code !== 0) throw new Error(stderr);
  }
  return path;
}

/** The 2570 framework sheet with one cell changed, as an officer might mistype it. */
async function editedFramework(name: string, cell: string, value: ExcelJS.CellValue): Promise<string> {
  const workbook = await workbookOf(await framework2570(`${name}.source.xlsx`));
  const sheet = workbook.getWorksheet("กรอบ ITA 2570");
  if (!sheet) throw new Error("no framework sheet");
  sheet.getCell(cell).value = value;
  const path = join(scratch, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("ita framework", () => {
  it("writes 2569 relabelled as 2570 and says what is unconfirmed and how to correct it (golden)", async () => {
    const out = join(scratch, "กรอบ2570.xlsx");
    const { code, stdout, stderr } = await ita("framework", "2569", "--as", "2570", "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(golden("framework.stdout.txt"));
  });

  it("writes the pane's framework sheet: its name, rows, formats, and a round trip to the same framework", async () => {
    const workbook = await workbookOf(await framework2570("round-trip.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["กรอบ ITA 2570"]);
    const sheet = workbook.getWorksheet("กรอบ ITA 2570");
    if (!sheet) throw new Error("no framework sheet");
    expect(sheet.getCell("A1").value).toBe("กรอบการประเมิน ITA ปีงบประมาณ 2570");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A4").font).toMatchObject({ bold: true });
    expect(sheet.getCell("A20").value).toBe("รหัส");
    expect(sheet.getCell("A20").fill).toMatchObject({ fgColor: { argb: "FFDCE6F2" } });
    expect(sheet.getCell("B8").numFmt).toBe("@");
    expect(sheet.getCell("D21").value).toBe(30);
    const bands = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.numFmt === "0.00" && bands.push(cell.value))));
    expect(bands.length).toBeGreaterThan(0);
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(4).width ?? 0);
    const read = frameworkFromRows(sheet.name, gridOf(sheet));
    const fy2569 = frameworkFor(2569);
    if (!fy2569) throw new Error("no 2569");
    expect(read).toEqual({ ok: true, value: relabelFramework(fy2569, 2570), warnings: [] });
  });

  it("writes a built-in year as it is, with its own unconfirmed parts", async () => {
    const out = join(scratch, "กรอบ2566.xlsx");
    const { code, stdout } = await ita("framework", "2566", "-o", out);
    expect(code).toBe(0);
    expect(stdout).toContain("กรอบการประเมิน ITA ปีงบประมาณ 2566 / the ITA framework of fiscal year 2566");
    expect(stdout).toContain("  - เกณฑ์ระดับผลการประเมิน / the rating rule");
    expect((await workbookOf(out)).worksheets.map((sheet) => sheet.name)).toEqual(["กรอบ ITA 2566"]);
  });

  it("refuses a year without a built-in framework, naming the argument and how to copy one", async () => {
    const out = join(scratch, "2571.xlsx");
    const { code, stdout, stderr } = await ita("framework", "2571", "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toMatch(
      /^YEAR: ไม่มีกรอบการประเมินในตัวของปีงบประมาณ 2571 .* \/ there is no built-in/
    );
    expect(stderr).toContain("ita framework 2569 --as 2571");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --as that is not a year, or a year that is built in", async () => {
    const out = join(scratch, "as.xlsx");
    const notAYear = await ita("framework", "2569", "--as", "ปีหน้า", "-o", out);
    expect(notAYear.code).toBe(2);
    expect(notAYear.stderr).toContain('--as: "ปีหน้า" ไม่ใช่ปีงบประมาณ / "ปีหน้า" is not a fiscal year');
    const tooShort = await ita("framework", "2569", "--as", "257", "-o", out);
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toContain("--as: 257 ไม่ใช่ปีงบประมาณ");
    const builtIn = await ita("framework", "2569", "--as", "2568", "-o", out);
    expect(builtIn.code).toBe(2);
    expect(builtIn.stderr).toContain("--as: ปีงบประมาณ 2568 มีกรอบการประเมินในตัวแล้ว");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses without -o, and with an -o that is not an .xlsx", async () => {
    const missing = await ita("framework", "2569");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "-o: ต้องระบุไฟล์ที่จะเขียนด้วย -o FILE.xlsx / give the file to write with -o FILE.xlsx"
    );
    const csv = await ita("framework", "2569", "-o", join(scratch, "framework.csv"));
    expect(csv.code).toBe(2);
    expect(existsSync(join(scratch, "framework.csv"))).toBe(false);
  });

  it("never overwrites a file ita did not write: exit 2 with the path, the file unchanged", async () => {
    const out = join(scratch, "exists.xlsx");
    writeFileSync(out, "the officer's own file");
    const before = statSync(out).mtimeMs;
    const { code, stdout, stderr } = await ita("framework", "2569", "--as", "2570", "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${out}: มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ`);
    expect(stderr).toContain("the file exists and ita did not write it, so it was not overwritten");
    expect(readFileSync(out, "utf8")).toBe("the officer's own file");
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it("does not write over a framework sheet it wrote (the officer edits it) unless --force", async () => {
    const out = join(scratch, "edited.xlsx");
    expect((await ita("framework", "2569", "-o", out)).code).toBe(0);
    const written = readFileSync(out);
    const again = await ita("framework", "2569", "--as", "2570", "-o", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${out}: มีไฟล์นี้อยู่แล้ว เป็นแผ่นงานกรอบการประเมินที่ ita เขียน`);
    expect(readFileSync(out).equals(written)).toBe(true);
    const forced = await ita("framework", "2569", "--as", "2570", "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("--force");
    expect(forced.stdout).toContain("'กรอบ ITA 2570'");
  });

  it("writes the year's default name into the folder -o names", async () => {
    const folder = join(scratch, "frameworks");
    mkdirSync(folder);
    const { code, stdout } = await ita("framework", "2569", "--as", "2570", "-o", folder);
    expect(code).toBe(0);
    expect(stdout).toContain(join(folder, "กรอบ2570.xlsx"));
    expect(existsSync(join(folder, "กรอบ2570.xlsx"))).toBe(true);
  });

  it("needs exactly one year, and shows its help", async () => {
    expect((await ita("framework", "-o", join(scratch, "none.xlsx"))).code).toBe(2);
    const help = await ita("framework", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ita framework YEAR [--as NEWYEAR] -o FILE.xlsx");
    expect((await ita("--help")).stdout).toContain("ita framework YEAR [--as NEWYEAR] -o FILE.xlsx");
  });
});

describe("ita report --framework", () => {
  it("writes the 2570 report with a relabelled framework: analysis of 2570, measures for 2571 (golden)", async () => {
    const framework = await framework2570("report-framework.xlsx");
    const out = join(scratch, "report-2570.xlsx");
    const { code, stdout, stderr } = await ita(
      "report",
      INPUT_2570,
      "--framework",
      framework,
      "-o",
      out,
      "--arabic-digits"
    );
    expect(code).toBe(0);
    expect(stdout).toBe(golden("report.stdout.txt"));
    expect(stderr).toBe(golden("report.stderr.txt"));
    const workbook = await workbookOf(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2570",
      "มาตรการ ITA 2571",
    ]);
    const analysis = textsOf(workbook.getWorksheet("ผลการวิเคราะห์ ITA 2570")).join("\n");
    expect(analysis).toContain("2570");
    const measures = textsOf(workbook.getWorksheet("มาตรการ ITA 2571")).join("\n");
    expect(measures).toContain("2571");
    expect(measures).toContain("31 มีนาคม 2571");
    expect(measures).toContain("30 กันยายน 2571");
  });

  it("refuses the 2570 input without --framework, naming --framework and ita framework; nothing written", async () => {
    const out = join(scratch, "never-2570.xlsx");
    const { code, stdout, stderr } = await ita("report", INPUT_2570, "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("ita framework 2569 --as 2570 -o กรอบ2570.xlsx");
    expect(stderr).toContain("--framework กรอบ2570.xlsx");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a framework sheet edited to be wrong, naming the cells; nothing written", async () => {
    const framework = await editedFramework("weights-90.xlsx", "D23", 30);
    const out = join(scratch, "never-weights.xlsx");
    const { code, stdout, stderr } = await ita("report", INPUT_2570, "--framework", framework, "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toMatch(
      new RegExp(`^${framework.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 'กรอบ ITA 2570'!D21:D23: .*100`)
    );
    expect(stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a workbook without a framework sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "คะแนน";
    const path = join(scratch, "no-framework.xlsx");
    await workbook.xlsx.writeFile(path);
    const { code, stderr } = await ita(
      "report",
      INPUT_2570,
      "--framework",
      path,
      "-o",
      join(scratch, "x.xlsx")
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`${path}: ไม่พบแผ่นงานกรอบการประเมิน`);
    expect(stderr).toContain("no framework sheet");
    expect(existsSync(join(scratch, "x.xlsx"))).toBe(false);
  });
});

describe("ita score --framework", () => {
  it("refuses a 2570 file without --framework, with exit 2 and how to supply the year", async () => {
    const { code, stdout, stderr } = await ita("score", INPUT_2570);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("$.fiscalYear: ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570");
    expect(stderr).toContain("--framework");
    expect(stderr).toContain("ita framework");
  });

  it("scores it with --framework: the total, the word rating, and one note of the unconfirmed parts (golden)", async () => {
    const framework = await framework2570("score-framework.xlsx");
    const { code, stdout, stderr } = await ita("score", INPUT_2570, "--framework", framework);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(golden("score.stdout.txt"));
    const json = await ita("score", INPUT_2570, "--framework", framework, "--json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      fiscalYear: 2570,
      total: 91.96,
      grade: "ผ่านดี",
      previous: { fiscalYear: 2569, total: 78.2 },
    });
    expect(json.stderr).toContain("note: parts of the 2570 framework");
  });

  it("takes a pasted table that names no year as the --framework year, the latest known", async () => {
    const framework = await framework2570("pasted-framework.xlsx");
    const pasted = join(scratch, "pasted.txt");
    const names = frameworkFor(2569)?.indicators.map((indicator) => indicator.nameTh) ?? [];
    const scores = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95, 100];
    writeFileSync(pasted, ["ตัวชี้วัด\tผลคะแนน", ...names.map((name, i) => `${name}\t${scores[i]}`)].join("\n"));
    const { code, stdout, stderr } = await ita("score", pasted, "--framework", framework, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ fiscalYear: 2570, total: 91.96 });
    expect(stderr).toContain("taken as fiscal year 2570, the latest supported");
  });

  it("scores built-in 2569 without --framework, the default year, and lists its unconfirmed parts once", async () => {
    const path = join(scratch, "2569.json");
    writeFileSync(
      path,
      JSON.stringify({
        fiscalYear: 2569,
        scores: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 },
      })
    );
    const { code, stdout } = await ita("score", path);
    expect(code).toBe(0);
    expect(stdout).toContain("ผลการประเมิน ITA ปีงบประมาณ 2569");
    expect(stdout).toContain("คะแนนรวม 90.00  ระดับ ผ่านดี");
    expect(stdout.match(/หมายเหตุ/g)).toHaveLength(1);
    expect(stdout).toContain("  - เกณฑ์ระดับผลการประเมิน / the rating rule");
    expect(stdout).toContain("  - รายการข้อ OIT / the OIT item list");
    expect(stdout).toContain("ita framework 2569 -o กรอบ2569.xlsx");
    expect(stdout).not.toContain("เกณฑ์จัดระดับของปี");

    const pasted = join(scratch, "no-year.txt");
    const names = frameworkFor(2569)?.indicators.map((indicator) => indicator.nameTh) ?? [];
    writeFileSync(pasted, ["ตัวชี้วัด\tผลคะแนน", ...names.map((name) => `${name}\t90`)].join("\n"));
    const noYear = await ita("score", pasted, "--json");
    expect(noYear.code).toBe(0);
    expect(JSON.parse(noYear.stdout)).toMatchObject({ fiscalYear: 2569 });
  });

  it("says nothing of a framework whose every part is verified", async () => {
    const { code, stdout } = await ita("score", seedFixture);
    expect(code).toBe(0);
    expect(stdout).not.toContain("หมายเหตุ");
  });
});

describe("ita batch --framework", () => {
  it("scores a CSV of 2570 rows with --framework, and refuses it without", async () => {
    const refused = await ita("batch", AGENCIES_2570, "-o", join(scratch, "never-batch.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570");
    expect(refused.stderr).toContain("--framework");
    expect(refused.stderr).toContain("ita framework 2569 --as 2570");
    expect(existsSync(join(scratch, "never-batch.xlsx"))).toBe(false);

    const framework = await framework2570("batch-framework.xlsx");
    const out = join(scratch, "batch-2570.xlsx");
    const { code, stdout, stderr } = await ita("batch", AGENCIES_2570, "--framework", framework, "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("agencies: 2");
    const agencies = (await workbookOf(out)).getWorksheet("ผลรายหน่วยงาน");
    expect(agencies?.getRow(2).values).toEqual([
      undefined,
      "เทศบาลตำบลตัวอย่าง",
      "เทศบาลตำบล",
      "นครราชสีมา",
      2570,
      86.55,
      89.98,
      97.5,
      91.96,
      "ผ่านดี",
      "ผ่าน",
      13.76,
      1,
      1,
    ]);
  });

  it("refuses a framework file with problems before reading the agencies", async () => {
    const framework = await editedFramework("pass-mark.xlsx", "B7", "แปดสิบห้า");
    const { code, stderr } = await ita(
      "batch",
      AGENCIES_2570,
      "--framework",
      framework,
      "-o",
      join(scratch, "n.xlsx")
    );
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toContain(`${framework}: 'กรอบ ITA 2570'!B7: `);
    expect(existsSync(join(scratch, "n.xlsx"))).toBe(false);
  });
});
