/**
 * The yearly cycle's last step through the CLI, in a real spreadsheet program: `ita report --tracking`
 * writes the tracking sheet, an officer fills it in, LibreOffice recalculates its summary formulas (they
 * must count as the core counts, TODAY() included), and `ita progress` writes the implementation report,
 * which LibreOffice prints with its Thai title and figures. The first page goes to test-results/ as a PNG.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { sheetGrid } from "../../src/cli/workbook-file";
import { progressFigures, trackingFromRows, TRACKING_STATUSES } from "../../src/core";
import { sofficeConvert } from "./libreoffice";

const ROOT = join(__dirname, "..", "..");
const SHEET = "ติดตามมาตรการ ITA 2566";

/** PDF text without spaces and Thai marks above/below the line, which pdftotext places loosely. */
function comparable(text: string): string {
  return text.replace(/\s+/g, "").replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
}

async function ita(...argv: string[]): Promise<string> {
  let stderr = "";
  const code = await run(argv, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
  if (code !== 0) throw new Error(stderr);
  return stderr;
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year - 543, month - 1, date));

/** What the officer types, by measure number: the golden case's statuses. */
const ENTRIES: Record<string, [string, number | null, Date | null, string, string]> = {
  "1.1": ["ดำเนินการแล้วเสร็จ", 100, day(2566, 1, 15), "ทะเบียนข้อตรวจพบ ปีงบประมาณ 2566", ""],
  "1.2": ["กำลังดำเนินการ", 50, null, "", "รอผลการตรวจสอบของสำนักงานการตรวจเงินแผ่นดิน"],
  "1.3": ["ดำเนินการแล้วเสร็จ", null, day(2566, 3, 20), "คู่มือการยืมและคืนทรัพย์สิน", ""],
  "2.1": ["กำลังดำเนินการ", 40, null, "", ""],
  "2.2": ["ยกเลิก/ปรับแผน", null, null, "", ""],
  "3.1": ["กำลังดำเนินการ", 30, null, "", "บุคลากรไม่เพียงพอ"],
};

describe("the tracking sheet and the implementation report, in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ita-progress-e2e-"));
  const book = join(dir, "book.xlsx");
  const report = join(dir, "ita-progress-2566.xlsx");
  let summary: ExcelJS.Worksheet;
  /** The tracking sheet's XML as LibreOffice saved it: its cached formula results. */
  let savedXml = "";
  let text = "";
  let pdf = "";

  beforeAll(async () => {
    await ita("report", "--tracking", "-o", book);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const sheet = workbook.getWorksheet(SHEET);
    if (!sheet) throw new Error("no tracking sheet");
    sheet.eachRow((row) => {
      const entry = ENTRIES[String(row.getCell(13).value ?? "").split("#")[0] ?? ""];
      if (!entry) return;
      const [status, progress, doneOn, evidence, obstacles] = entry;
      row.getCell(7).value = status;
      row.getCell(8).value = progress;
      row.getCell(9).value = doneOn;
      row.getCell(10).value = evidence || null;
      row.getCell(11).value = obstacles || null;
    });
    await workbook.xlsx.writeFile(book);

    const saved = sofficeConvert(book, "xlsx", "Calc MS Excel 2007 XML");
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(saved);
    // ExcelJS drops a formula's cached result of 0, so the results are read from the XML itself.
    savedXml =
      (await (
        await JSZip.loadAsync(readFileSync(saved))
      )
        .file("xl/worksheets/sheet3.xml")
        ?.async("string")) ?? "";
    const found = recalculated.getWorksheet(SHEET);
    if (!found) throw new Error("LibreOffice lost the tracking sheet");
    summary = found;

    await ita("progress", book, "--as-of", "2566-04-30", "-o", report);
    pdf = sofficeConvert(report, "pdf");
    text = comparable(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
  });

  it("keeps the tracking sheet readable after LibreOffice saved it", () => {
    const read = trackingFromRows(SHEET, sheetGrid(summary));
    expect(read.ok).toBe(true);
  });

  it("counts with its summary formulas as the core counts, as of today", () => {
    const read = trackingFromRows(SHEET, sheetGrid(summary));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const now = new Date();
    const figures = progressFigures(read.value, {
      day: now.getDate(),
      month: now.getMonth() + 1,
      buddhistYear: now.getFullYear() + 543,
    });
    const result = (address: string) => {
      const cached = new RegExp(`<c r="${address}"[^>]*>(?:<f[^>]*>[^<]*</f>)?<v>([^<]*)</v>`).exec(savedXml);
      return cached ? Number(cached[1]) : undefined;
    };
    // Rows 16–22 of columns F (IIT), G (EIT), H (OIT), I (all): measures, the four statuses, share, overdue.
    const columns = { F: figures.byTool.IIT, G: figures.byTool.EIT, H: figures.byTool.OIT, I: figures.all };
    for (const [column, counts] of Object.entries(columns)) {
      expect(result(`${column}16`)).toBe(counts.total);
      TRACKING_STATUSES.forEach((status, i) =>
        expect(result(`${column}${17 + i}`)).toBe(counts.byStatus[status.id])
      );
      expect(result(`${column}21`)).toBeCloseTo(
        counts.total === 0 ? 0 : counts.byStatus.done / counts.total,
        10
      );
      expect(result(`${column}22`)).toBe(counts.overdue);
    }
    expect(result("I16")).toBe(8);
    expect(result("I19")).toBe(2);
  });

  it("prints the implementation report's Thai title, round, served item and figures", () => {
    for (const phrase of [
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
      "รอบ ๖ เดือน (ข้อมูล ณ วันที่ ๓๐ เมษายน ๒๕๖๖)",
      "เทศบาลตำบลด่านเกวียน",
      "สรุปผลการดำเนินการ",
      "คิดเป็นร้อยละ ๒๕.๐๐",
      "ผลการดำเนินการรายมาตรการ",
      "มาตรการที่เลยกำหนดแล้วเสร็จและยังไม่แล้วเสร็จ (๒ มาตรการ)",
      "เลยกำหนดและยังไม่แล้วเสร็จ",
      "จำนวนมาตรการจำแนกตามสถานะการดำเนินการ",
      "สรุปผลและแนวทางการดำเนินการต่อไป",
    ]) {
      expect(text).toContain(comparable(phrase));
    }
    expect(text).toContain("O43");
    expect(text).toContain(comparable("๒๕.๐๐%"));
    expect(text).not.toContain("25.00");
  });

  it("renders the first page to test-results/ for a person to look at", () => {
    const out = join(ROOT, "test-results");
    mkdirSync(out, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, join(out, "ita-progress")]);
    expect(readFileSync(join(out, "ita-progress-01.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});
