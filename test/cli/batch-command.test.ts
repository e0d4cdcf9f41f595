import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Writable } from "stream";
import { progressBar, ProgressStream } from "../../src/cli/batch-command";
import { run } from "../../src/cli/main";

const scratch = mkdtempSync(join(tmpdir(), "ita-batch-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];
const header = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...seed2565.map((_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...seed2565.map((_, i) => `prev${i + 1}`),
].join(",");
const seedRow = ["เทศบาลตำบลด่านเกวียน", "เทศบาลตำบล", "นครราชสีมา", 2565, ...seed2565, 2564, ...seed2564].join(
  ","
);
const otherRow = ["อบต.หนองบัว", "อบต.", "นครราชสีมา", 2565, ...seed2564, "", ...seed2565.map(() => "")].join(
  ","
);
const badRow = ["อบต.ผิด", "อบต.", "เลย", 2565, "n/a", ...seed2565.slice(1)].join(",");

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function csvFile(name: string, lines: string[]): string {
  const path = join(scratch, name);
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("ita batch", () => {
  it("writes the agencies and the summary sheets and prints a short summary", async () => {
    const input = csvFile("two.csv", [header, seedRow, otherRow]);
    const out = join(scratch, "two.xlsx");
    const { code, stdout, stderr } = await ita("batch", input, "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("agencies: 2");
    expect(stdout).toContain("at 85 or more: 1 (50.00 %");
    expect(stdout).toContain("target not met");
    expect(stdout).toContain(out);
    const workbook = await workbookOf(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["ผลรายหน่วยงาน", "สรุปภาพรวม"]);
    const agencies = workbook.getWorksheet("ผลรายหน่วยงาน");
    expect(agencies?.getCell("A1").value).toBe("หน่วยงาน");
    expect(agencies?.getRow(2).values).toEqual([
      undefined,
      "เทศบาลตำบลด่านเกวียน",
      "เทศบาลตำบล",
      "นครราชสีมา",
      2565,
      86.55,
      89.98,
      97.5,
      91.96,
      "A",
      "ผ่าน",
      13.76,
      1,
      1,
    ]);
    expect(agencies?.getCell("H3").value).toBe(78.2);
    expect(agencies?.getCell("K3").value).toBeNull();
    expect(agencies?.getCell("M3").value).toBe(2);
    const summary = workbook.getWorksheet("สรุปภาพรวม");
    const texts: string[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts).toContain("ยังไม่บรรลุเป้าหมาย");
    expect(texts).toContain("คะแนนเฉลี่ยรายตัวชี้วัด");
  });

  it("reads an .xlsx whose first sheet holds the table under Thai headers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("ข้อมูล");
    sheet.addRow(["หน่วยงาน", "ปีงบประมาณ", ...seed2565.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
    sheet.addRow(["เทศบาลตำบลด่านเกวียน", 2565, ...seed2565]);
    const input = join(scratch, "thai.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = join(scratch, "thai-out.xlsx");
    const { code, stdout, stderr } = await ita("batch", input, "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("at 85 or more: 1 (100.00 %");
    expect((await workbookOf(out)).getWorksheet("ผลรายหน่วยงาน")?.getCell("H2").value).toBe(91.96);
  });

  it("refuses a file with a bad row: exit code 2, the row number on stderr, nothing written", async () => {
    const input = csvFile("bad.csv", [header, seedRow, badRow]);
    const out = join(scratch, "never.xlsx");
    const { code, stdout, stderr } = await ita("batch", input, "-o", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('bad.csv: แถว 3 (row 3), ind1: "n/a" ไม่ใช่คะแนน / "n/a" is not a score');
    expect(stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("skips bad rows with --skip-invalid, still naming them", async () => {
    const input = csvFile("skip.csv", [header, badRow, seedRow]);
    const out = join(scratch, "skipped.xlsx");
    const { code, stdout, stderr } = await ita("batch", input, "-o", out, "--skip-invalid");
    expect(code).toBe(0);
    expect(stderr).toContain("แถว 2 (row 2), ind1");
    expect(stderr).toContain("skipped 1 bad row(s)");
    expect(stdout).toContain("agencies: 1");
    expect((await workbookOf(out)).getWorksheet("ผลรายหน่วยงาน")?.getCell("A2").value).toBe(
      "เทศบาลตำบลด่านเกวียน"
    );
  });

  it("writes nothing when every row is bad, even with --skip-invalid", async () => {
    const input = csvFile("all-bad.csv", [header, badRow]);
    const out = join(scratch, "none.xlsx");
    const { code } = await ita("batch", input, "-o", out, "--skip-invalid");
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("reports a missing file and a missing argument with exit code 2", async () => {
    expect((await ita("batch", join(scratch, "absent.csv"))).code).toBe(2);
    const usage = await ita("batch");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("ita batch AGENCIES");
  });
});

describe("progressBar", () => {
  function stream(isTTY: boolean): { stream: ProgressStream; written: () => string } {
    let text = "";
    const writable = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    return { stream: Object.assign(writable, { isTTY }), written: () => text };
  }

  it("stays quiet when stderr is not a terminal", () => {
    const { stream: notTty, written } = stream(false);
    const bar = progressBar(notTty, 10000, "ita batch");
    bar.update(5000);
    bar.stop();
    expect(written()).toBe("");
  });

  it("stays quiet for a short input even on a terminal", () => {
    const { stream: tty, written } = stream(true);
    const bar = progressBar(tty, 10, "ita batch");
    bar.update(10);
    bar.stop();
    expect(written()).toBe("");
  });
});
