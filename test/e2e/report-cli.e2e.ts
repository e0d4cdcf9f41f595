/**
 * `ita report` on the seed case, printed by LibreOffice: the figures and Thai headings of the seed's
 * sections must be on the pages, in Thai digits; the first page goes to test-results/ as a PNG.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { sofficeConvert } from "./libreoffice";

const ROOT = join(__dirname, "..", "..");

/** PDF text without spaces and Thai marks above/below the line, which pdftotext places loosely. */
function comparable(text: string): string {
  return text.replace(/\s+/g, "").replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
}

describe("ita report, printed by LibreOffice", () => {
  let text = "";
  let pdf = "";

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ita-report-e2e-")), "ita-report-2565.xlsx");
    let stderr = "";
    const code = await run(["report", "-o", out], {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
    });
    if (code !== 0) throw new Error(stderr);
    pdf = sofficeConvert(out, "pdf");
    text = comparable(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
  });

  it("holds the seed's total, rating and tool scores in Thai digits", () => {
    for (const figure of ["๙๑.๙๖", "๘๖.๕๕", "๘๙.๙๘", "๙๗.๕๐", "๗๘.๒๐", "+๓๖.๕๐", "-๒.๕๐"]) {
      expect(text).toContain(comparable(figure));
    }
    expect(text).not.toContain("91.96");
  });

  it("holds the sections' Thai headings and the measures for the next fiscal year", () => {
    for (const heading of [
      "หลักการและเหตุผล",
      "กรอบการประเมินคุณธรรมและความโปร่งใส",
      "แผนภูมิเปรียบเทียบผลการประเมิน",
      "การวิเคราะห์ข้อมูล",
      "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน",
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
      "๓๑ มีนาคม ๒๕๖๖",
    ]) {
      expect(text).toContain(comparable(heading));
    }
    // Item codes as the NACC prints them: a Latin letter and Arabic digits, even among Thai digits.
    for (const code of ["i28", "i29", "i30", "e11", "e14", "e15", "o11", "o12"]) expect(text).toContain(code);
  });

  it("renders the first page to test-results/ for a person to look at", () => {
    const dir = join(ROOT, "test-results");
    mkdirSync(dir, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(dir, "ita-report-page1"),
    ]);
    expect(readFileSync(join(dir, "ita-report-page1.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});
