/**
 * The exported report as a real spreadsheet program sees it: LibreOffice headless prints the rendered
 * workbook to PDF (its text must hold the Thai headings and figures, in Thai digits when asked; page 1 goes
 * to test-results/ as a PNG for a person to look at) and saves it as .ods, where each chart must come back as
 * a chart object of the right kind whose series are bound to the sheet's cells: proof that LibreOffice read
 * the DrawingML parts as native, editable charts and not as pictures.
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import type { Digits } from "../../src/core/report/layout";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import {
  AGENCY,
  ANALYSIS_NAME,
  TITLE,
  TREND_NAME,
  analysisLayout,
  trendLayout,
} from "../xlsx/sample-layouts";
import { sofficeConvert } from "./libreoffice";

const ROOT = join(__dirname, "..", "..");

async function writeReport(digits: Digits): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "ita-xlsx-export-")), `ita-report-${digits}.xlsx`);
  writeFileSync(file, await renderWorkbook([analysisLayout(), trendLayout()], { digits }));
  return file;
}

/**
 * PDF text without spaces and without Thai marks above and below the line: pdftotext places those marks by
 * their drawn position, often a space away from their consonant ("ตัวชีว้ ัด").
 */
function comparable(text: string): string {
  return text.replace(/\s+/g, "").replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
}

function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

function odsAttribute(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) =>
    (m[1] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&")
  );
}

describe("the exported .xlsx in LibreOffice", () => {
  let thaiXlsx: string;
  let thaiPdf: string;

  beforeAll(async () => {
    thaiXlsx = await writeReport("thai");
    thaiPdf = sofficeConvert(thaiXlsx, "pdf");
  });

  it("prints the Thai headings, the indicators and the figures in Thai digits", () => {
    const text = comparable(pdfText(thaiPdf));
    for (const expected of [
      TITLE,
      AGENCY,
      "๑. การเปรียบเทียบคะแนนรายตัวชี้วัด",
      "การป้องกันการทุจริต",
      "การแก้ไขปัญหาการทุจริต",
      "๘๑.๒๕",
      "๑๐๐.๐๐",
      "+๑๘.๗๕",
      "+๓๖.๕๐",
      "๘๐.๐๐%",
      "=SUM(A1)",
      "คะแนนรายตัวชี้วัด ปี ๒๕๖๔ และ ๒๕๖๕",
      "เทศบาลตำบลด่านเกวียน ปีงบประมาณ ๒๕๖๕",
      "หน้า 1 จาก 2",
    ]) {
      expect(text).toContain(comparable(expected));
    }
    expect(text).not.toMatch(/81\.25|100\.00|18\.75/);
  });

  it("prints a negative change in Thai digits too", () => {
    // The change format has three sections; LibreOffice applies a locale prefix only to the section it
    // starts, so "[$-D00041E]+0.00;-0.00;0.00" prints "-2.50" (numberFormatFor in src/core/report/layout.ts).
    expect(comparable(pdfText(thaiPdf))).toContain("-๒.๕๐");
  });

  it("prints Arabic digits when asked", async () => {
    const text = comparable(pdfText(sofficeConvert(await writeReport("arabic"), "pdf")));
    for (const expected of ["81.25", "100.00", "+18.75", "-2.50", "80.00%"]) expect(text).toContain(expected);
    expect(text).not.toContain("๘๑.๒๕");
  });

  it("renders page 1 to PNG under test-results/", () => {
    const dir = join(ROOT, "test-results");
    mkdirSync(dir, { recursive: true });
    const prefix = join(mkdtempSync(join(tmpdir(), "ita-xlsx-png-")), "page");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", thaiPdf, prefix]);
    const png = readFileSync(`${prefix}.png`);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    copyFileSync(`${prefix}.png`, join(dir, "xlsx-export-page1.png"));
  });

  it("reads each chart as a native chart bound to the sheet's cells", async () => {
    const ods = await JSZip.loadAsync(readFileSync(sofficeConvert(thaiXlsx, "ods")));
    const content = await ods.file("content.xml")?.async("string");
    const objects = [...(content ?? "").matchAll(/<draw:object\b[^>]*\bxlink:href="([^"]*)"/g)].map(
      (m) => m[1]
    );
    expect(objects).toEqual(["./Object 1", "./Object 2"]);

    const bar = (await ods.file("Object 1/content.xml")?.async("string")) ?? "";
    expect(odsAttribute(bar, "chart:class")).toContain("chart:bar");
    // Horizontal bars, as Excel's clustered bar.
    expect(bar).toContain('chart:vertical="true"');
    expect(odsAttribute(bar, "chart:values-cell-range-address")).toEqual([
      `'${ANALYSIS_NAME}'.C5:'${ANALYSIS_NAME}'.C14`,
      `'${ANALYSIS_NAME}'.D5:'${ANALYSIS_NAME}'.D14`,
    ]);
    expect(bar).toContain("<text:p>คะแนนรายตัวชี้วัด ปี ๒๕๖๔ และ ๒๕๖๕</text:p>");
    expect(bar).toContain('chart:legend-position="bottom"');

    const line = (await ods.file("Object 2/content.xml")?.async("string")) ?? "";
    expect(odsAttribute(line, "chart:class")).toContain("chart:line");
    const quoted = `'${TREND_NAME.replace(/'/g, "''")}'`;
    expect(odsAttribute(line, "chart:values-cell-range-address")).toEqual([
      `${quoted}.B2:${quoted}.B4`,
      `${quoted}.C2:${quoted}.C4`,
    ]);
  });
});
