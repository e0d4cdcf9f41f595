/**
 * `ita report --tracking` and `ita progress`, in-process: the tracking sheet added to the report and kept
 * across regenerations, the implementation report written from it, every refusal with its cell and
 * nothing written, and the summary of many agencies with its progress bar.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Writable } from "stream";
import { run } from "../../src/cli/main";
import { progressCommand } from "../../src/cli/progress-command";
import type { ProgressStream } from "../../src/cli/batch-command";

const scratch = mkdtempSync(join(tmpdir(), "ita-progress-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SHEET = "ติดตามมาตรการ ITA 2566";
const SEED = join(__dirname, "..", "fixtures", "dan-kwian-2565.json");

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

let counter = 0;
/** A fresh folder for one test. */
function folder(): string {
  counter += 1;
  const dir = join(scratch, `case-${counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `ita report INPUT --tracking -o FILE`, which must succeed. */
async function reportWithTracking(file: string, input = SEED): Promise<void> {
  const result = await ita("report", input, "--tracking", "-o", file);
  if (result.code !== 0) throw new Error(result.stderr);
}

type Entry = Partial<
  Record<"status" | "progress" | "doneOn" | "evidence" | "obstacles" | "note", ExcelJS.CellValue>
>;
const COLUMNS = { status: 7, progress: 8, doneOn: 9, evidence: 10, obstacles: 11, note: 12 } as const;

/** Types entries into the tracking sheet of `file`, by measure number, as an officer would in Excel. */
async function fill(
  file: string,
  entries: Record<string, Entry>,
  edit?: (workbook: ExcelJS.Workbook) => void
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets.find((ws) =>
    String(ws.getCell("M1").value ?? "").startsWith('{"itaTracking"')
  );
  if (!sheet) throw new Error("no tracking sheet");
  for (const [number, entry] of Object.entries(entries)) {
    let row = 0;
    sheet.eachRow((candidate, index) => {
      if (String(candidate.getCell(13).value ?? "").startsWith(`${number}#`)) row = index;
    });
    if (row === 0) throw new Error(`no row for ${number}`);
    for (const [column, value] of Object.entries(entry)) {
      sheet.getCell(row, COLUMNS[column as keyof typeof COLUMNS]).value = value ?? null;
    }
  }
  edit?.(workbook);
  await workbook.xlsx.writeFile(file);
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year - 543, month - 1, date));

const HALF_YEAR: Record<string, Entry> = {
  "1.1": { status: "ดำเนินการแล้วเสร็จ", progress: 100, doneOn: day(2566, 1, 15), evidence: "ทะเบียนข้อตรวจพบ" },
  "1.2": { status: "กำลังดำเนินการ", progress: 50, obstacles: "รอผลการตรวจสอบ" },
  "3.1": { status: "กำลังดำเนินการ", progress: 30 },
};

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("ita report --tracking", () => {
  it("adds the tracking sheet after the report's sheets", async () => {
    const file = join(folder(), "book.xlsx");
    const { code, stdout } = await ita("report", "--tracking", "-o", file);
    expect(code).toBe(0);
    expect(stdout).toContain(`แผ่นงานติดตาม / tracking sheet: '${SHEET}' 8 มาตรการ / measures`);
    const workbook = await sheetsOf(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2565",
      "มาตรการ ITA 2566",
      SHEET,
    ]);
  });

  it("keeps what the officer typed when the report is written again", async () => {
    const file = join(folder(), "book.xlsx");
    await reportWithTracking(file);
    await fill(file, HALF_YEAR);
    const again = await ita("report", SEED, "--tracking", "-o", file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("(คงข้อมูลที่กรอกไว้ / kept 8, ใหม่ / new 0, ไม่อยู่ในแผน / dropped 0)");
    const sheet = (await sheetsOf(file)).getWorksheet(SHEET);
    expect(sheet?.getCell("G5").value).toBe("ดำเนินการแล้วเสร็จ");
    expect(sheet?.getCell("I5").value).toEqual(day(2566, 1, 15));
    expect(sheet?.getCell("K6").value).toBe("รอผลการตรวจสอบ");
  });

  it("refuses to write the report over a filled tracking sheet without --tracking, or of another agency", async () => {
    const file = join(folder(), "book.xlsx");
    await reportWithTracking(file);
    await fill(file, HALF_YEAR);
    const before = readFileSync(file);
    const plain = await ita("report", SEED, "-o", file);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("add --tracking to keep it");
    const other = join(folder(), "other.json");
    const seed = JSON.parse(readFileSync(SEED, "utf8")) as Record<string, unknown>;
    writeFileSync(other, JSON.stringify({ ...seed, agency: "เทศบาลตำบลโชคชัย" }));
    const foreign = await ita("report", other, "--tracking", "-o", file);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain(
      "this file holds the tracking sheet of เทศบาลตำบลด่านเกวียน 2566, but this report's measures are เทศบาลตำบลโชคชัย 2566's"
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("ita progress", () => {
  it("writes the six-month implementation report as of a date in the Buddhist or the Common Era", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    await fill(book, HALF_YEAR);
    const out = join(dir, "progress.xlsx");
    const be = await ita("progress", book, "--as-of", "2566-04-30", "-o", out);
    expect(be.stderr).toBe("");
    expect(be.code).toBe(0);
    expect(be.stdout).toContain(
      "เทศบาลตำบลด่านเกวียน มาตรการปีงบประมาณ 2566 รอบ 6 เดือน (ข้อมูล ณ วันที่ 30 เมษายน 2566): แล้วเสร็จ 1/8 (12.50 %), เลยกำหนด 3"
    );
    const workbook = await sheetsOf(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["ผลตามมาตรการ ITA 2566"]);
    expect(String(workbook.worksheets[0]?.getCell("A1").value)).toMatch(
      /^รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ\.ศ\. ๒๕๖๖\nรอบ ๖ เดือน/
    );
    // Its own report may be written again; the date in the Common Era is the same day.
    const ce = await ita("progress", book, "--as-of", "2023-04-30", "-o", out);
    expect(ce.code).toBe(0);
    expect(ce.stdout).toBe(be.stdout);
  });

  it("reports as of today by default, the 12-month round after April", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    let stdout = "";
    const code = await progressCommand(
      {
        inputs: [book],
        output: join(dir, "today.xlsx"),
        digits: "arabic",
        chart: false,
        skipInvalid: false,
        today: { day: 15, month: 10, buddhistYear: 2566 },
      },
      { stdout: (t) => void (stdout += t), stderr: () => undefined }
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      "รอบ 12 เดือน ประจำปี (ข้อมูล ณ วันที่ 15 ตุลาคม 2566): แล้วเสร็จ 0/8 (0.00 %), เลยกำหนด 8"
    );
  });

  it("refuses a bad cell with its place, and writes nothing", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    await fill(book, {
      ...HALF_YEAR,
      "1.3": { status: "เสร็จแล้ว" },
      "2.1": { status: "กำลังดำเนินการ", progress: 100 },
    });
    const out = join(dir, "progress.xlsx");
    const { code, stderr } = await ita("progress", book, "--as-of", "2566-04-30", "-o", out);
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe(
      `${book}: '${SHEET}'!G7: "เสร็จแล้ว" ไม่ใช่สถานะในรายการ (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน) / ` +
        '"เสร็จแล้ว" is not a status of the list (ยังไม่เริ่ม · กำลังดำเนินการ · ดำเนินการแล้วเสร็จ · ยกเลิก/ปรับแผน)'
    );
    expect(lines[1]).toMatch(
      new RegExp(`^${book.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: '${SHEET}'!H9: ความก้าวหน้าร้อยละ 100`)
    );
    expect(lines[2]).toBe("ไม่ได้เขียนรายงาน / nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over the workbook it reads, not even with --force", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    const before = readFileSync(book);
    for (const force of [[], ["--force"]]) {
      const { code, stderr } = await ita("progress", book, "--as-of", "2566-04-30", "-o", book, ...force);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `${book}: ไฟล์นี้เป็นไฟล์ที่คำสั่งกำลังอ่าน จึงไม่เขียนทับ (แม้ใช้ --force) โปรดระบุชื่อไฟล์อื่นด้วย -o / ` +
          "the command reads this file, so it is never overwritten (not even with --force): give another name with -o"
      );
      expect(readFileSync(book).equals(before)).toBe(true);
    }
  });

  it("writes again over its own report, but not over ita's report whose tracking sheet may be filled in", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    const other = join(dir, "other.xlsx");
    await reportWithTracking(other);
    const before = readFileSync(other);
    const refused = await ita("progress", book, "--as-of", "2566-04-30", "-o", other);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${other}: มีไฟล์นี้อยู่แล้ว เป็นรายงาน ITA`);
    expect(readFileSync(other).equals(before)).toBe(true);
    const out = join(dir, "progress.xlsx");
    expect((await ita("progress", book, "--as-of", "2566-04-30", "-o", out)).code).toBe(0);
    const again = await ita("progress", book, "--as-of", "2566-04-30", "-o", out);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
  });

  it("refuses a workbook without a tracking sheet, or with two", async () => {
    const dir = folder();
    const plain = join(dir, "plain.xlsx");
    expect((await ita("report", "-o", plain)).code).toBe(0);
    const none = await ita("progress", plain, "--as-of", "2566-04-30", "-o", join(dir, "p.xlsx"));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${plain}: ไม่พบแผ่นงานติดตามมาตรการในสมุดงานนี้`);

    const twice = join(dir, "twice.xlsx");
    await reportWithTracking(twice);
    await fill(twice, {}, (workbook) => {
      const original = workbook.getWorksheet(SHEET);
      const copy = workbook.addWorksheet("สำเนาติดตาม");
      original?.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    });
    const two = await ita("progress", twice, "--as-of", "2566-04-30", "-o", join(dir, "p.xlsx"));
    expect(two.code).toBe(2);
    expect(two.stderr).toContain(
      "this workbook holds 2 tracking sheets ('ติดตามมาตรการ ITA 2566', 'สำเนาติดตาม')"
    );
  });

  it("refuses a tracking sheet of another year than the workbook's measures, and an as-of date before its year", async () => {
    const dir = folder();
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book);
    await fill(book, {}, (workbook) => {
      const measures = workbook.getWorksheet("มาตรการ ITA 2566");
      if (measures) measures.name = "มาตรการ ITA 2567";
    });
    const other = await ita("progress", book, "--as-of", "2566-04-30", "-o", join(dir, "p.xlsx"));
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `${book}: '${SHEET}'!A1: แผ่นงานติดตามนี้เป็นของมาตรการปีงบประมาณ 2566 แต่มาตรการในสมุดงานเป็นของปี 2567`
    );

    const fine = join(dir, "fine.xlsx");
    await reportWithTracking(fine);
    const early = await ita("progress", fine, "--as-of", "2565-09-30", "-o", join(dir, "p.xlsx"));
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(`--as-of: วันที่ของข้อมูล 30 กันยายน 2565 อยู่ก่อนปีงบประมาณ 2566`);
    const nonsense = await ita("progress", fine, "--as-of", "31/3/2566");
    expect(nonsense.code).toBe(2);
    expect(nonsense.stderr).toContain('--as-of: "31/3/2566" ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว');
  });

  it("names the OIT item of a year ita does not know from --framework", async () => {
    const dir = folder();
    const input = join(dir, "2569.json");
    const seed = JSON.parse(readFileSync(SEED, "utf8")) as Record<string, unknown>;
    writeFileSync(input, JSON.stringify({ agency: seed.agency, fiscalYear: 2569, scores: seed.scores }));
    const book = join(dir, "book.xlsx");
    await reportWithTracking(book, input);
    const framework = join(dir, "กรอบ2570.xlsx");
    expect((await ita("framework", "2569", "--as", "2570", "-o", framework)).code).toBe(0);
    const served = async (...options: string[]) => {
      const out = join(dir, `p${options.length}.xlsx`);
      const result = await ita("progress", book, "--as-of", "2570-03-31", "-o", out, ...options);
      expect(result.code).toBe(0);
      const texts: string[] = [];
      (await sheetsOf(out)).worksheets[0]?.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
      return texts.find((text) => text.startsWith("เอกสารนี้เป็นหลักฐาน"));
    };
    expect(await served()).toBeUndefined();
    expect(await served("--framework", framework)).toBe(
      "เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ข้อ O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    );
  });

  it("asks for a workbook", async () => {
    const { code, stderr } = await ita("progress");
    expect(code).toBe(2);
    expect(stderr).toContain("ita progress WORKBOOK.xlsx");
  });
});

describe("ita progress for many agencies", () => {
  async function agencies(): Promise<string> {
    const dir = folder();
    const agenciesDir = join(dir, "agencies");
    mkdirSync(agenciesDir);
    await reportWithTracking(join(agenciesDir, "dan-kwian.xlsx"));
    await fill(join(agenciesDir, "dan-kwian.xlsx"), HALF_YEAR);
    const other = join(dir, "chok-chai.json");
    const seed = JSON.parse(readFileSync(SEED, "utf8")) as Record<string, unknown>;
    writeFileSync(other, JSON.stringify({ ...seed, agency: "เทศบาลตำบลโชคชัย" }));
    await reportWithTracking(join(agenciesDir, "chok-chai.xlsx"), other);
    writeFileSync(join(agenciesDir, "~$dan-kwian.xlsx"), "Excel's lock file");
    return agenciesDir;
  }

  it("writes one summary of a folder's workbooks", async () => {
    const dir = await agencies();
    const out = join(dir, "..", "summary.xlsx");
    const { code, stdout, stderr } = await ita("progress", dir, "--as-of", "2566-04-30", "-o", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      `หน่วยงาน / agencies: 2\nแล้วเสร็จ / done: 1 จาก / of 16, เลยกำหนด / overdue: 6\nสรุป / summary: ${out}\n`
    );
    const workbook = await sheetsOf(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["สรุปผลตามมาตรการ ITA"]);
  });

  it("writes the summary into the folder it reads, and does so again the next time", async () => {
    const dir = await agencies();
    const out = join(dir, "ita-progress-summary.xlsx");
    for (const round of [1, 2]) {
      const { code, stdout, stderr } = await ita("progress", dir, "--as-of", "2566-04-30", "-o", `${dir}/`);
      expect({ round, code, stderr }).toEqual({ round, code: 0, stderr: "" });
      expect(stdout).toContain("หน่วยงาน / agencies: 2\n");
      expect(stdout).toContain(`สรุป / summary: ${out}\n`);
    }
    const workbook = await sheetsOf(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["สรุปผลตามมาตรการ ITA"]);
  });

  it("takes a folder's workbooks in Thai order, whatever language the machine runs in", async () => {
    const dir = folder();
    const agenciesDir = join(dir, "agencies");
    mkdirSync(agenciesDir);
    const other = join(dir, "chok-chai.json");
    const seed = JSON.parse(readFileSync(SEED, "utf8")) as Record<string, unknown>;
    writeFileSync(other, JSON.stringify({ ...seed, agency: "เทศบาลตำบลโชคชัย" }));
    // Thai collation puts Thai before Latin and files เกาะ under ก; an English or C locale puts Latin first.
    await reportWithTracking(join(agenciesDir, "Chok Chai.xlsx"), other);
    await reportWithTracking(join(agenciesDir, "เกาะด่านเกวียน.xlsx"));
    const out = join(dir, "summary.xlsx");
    const { code } = await ita("progress", agenciesDir, "--as-of", "2566-04-30", "-o", out);
    expect(code).toBe(0);
    const texts: string[] = [];
    (await sheetsOf(out)).worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => void texts.push(String(cell.value ?? "")))
    );
    const named = (agency: string) => texts.findIndex((text) => text.includes(agency));
    expect(named("เทศบาลตำบลด่านเกวียน")).toBeGreaterThanOrEqual(0);
    expect(named("เทศบาลตำบลด่านเกวียน")).toBeLessThan(named("เทศบาลตำบลโชคชัย"));
  });

  it("leaves an agency's own implementation report in the folder out of the summary", async () => {
    const dir = await agencies();
    const single = await ita(
      "progress",
      join(dir, "dan-kwian.xlsx"),
      "--as-of",
      "2566-04-30",
      "-o",
      join(dir, "dan-kwian-progress.xlsx")
    );
    expect(single.code).toBe(0);
    const { code, stdout, stderr } = await ita("progress", dir, "--as-of", "2566-04-30", "-o", `${dir}/`);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("หน่วยงาน / agencies: 2\n");
  });

  it("still refuses to write the summary over a workbook of the folder it reads", async () => {
    const dir = await agencies();
    const target = join(dir, "chok-chai.xlsx");
    const before = readFileSync(target);
    const { code, stderr } = await ita("progress", dir, "--as-of", "2566-04-30", "-o", target, "--force");
    expect(code).toBe(2);
    expect(stderr).toContain(`${target}: ไฟล์นี้เป็นไฟล์ที่คำสั่งกำลังอ่าน`);
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it("refuses when a workbook has problems, unless told to skip it", async () => {
    const dir = await agencies();
    await fill(join(dir, "chok-chai.xlsx"), { "1.1": { status: "?" } });
    const out = join(dir, "..", "summary.xlsx");
    const refused = await ita("progress", dir, "--as-of", "2566-04-30", "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(dir, "chok-chai.xlsx")}: '${SHEET}'!G5:`);
    expect(existsSync(out)).toBe(false);
    const skipped = await ita("progress", dir, "--as-of", "2566-04-30", "-o", out, "--skip-invalid");
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("หน่วยงาน / agencies: 1");
    expect(skipped.stderr).toContain("skipped 1 workbook(s) with problems");
  });

  it("draws a progress bar on a terminal, and nothing elsewhere", async () => {
    const dir = await agencies();
    const draw = async (isTTY: boolean) => {
      let text = "";
      const stream: ProgressStream = Object.assign(
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            text += chunk.toString();
            done();
          },
        }),
        { isTTY }
      );
      const out = join(dir, "..", `bar-${isTTY}.xlsx`);
      const code = await progressCommand(
        {
          inputs: [dir],
          output: out,
          asOf: "2566-04-30",
          digits: "thai",
          chart: true,
          skipInvalid: false,
          progressStream: stream,
        },
        { stdout: () => undefined, stderr: () => undefined }
      );
      expect(code).toBe(0);
      return text;
    };
    expect(await draw(true)).toContain("ita progress [");
    expect(await draw(false)).toBe("");
  });

  it("takes several workbooks named one by one", async () => {
    const dir = await agencies();
    const copy = join(dir, "..", "copy.xlsx");
    copyFileSync(join(dir, "dan-kwian.xlsx"), copy);
    const { code, stdout } = await ita(
      "progress",
      join(dir, "dan-kwian.xlsx"),
      copy,
      "--as-of",
      "2566-04-30",
      "-o",
      join(dir, "..", "two.xlsx")
    );
    expect(code).toBe(0);
    expect(stdout).toContain("หน่วยงาน / agencies: 2");
  });
});
