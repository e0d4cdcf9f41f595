/**
 * The printed report, as LibreOffice prints what `ita report` writes, for the seed case and a weak case
 * (total below 85, two tools below 85, many failed items): every full-width paragraph prints whole inside
 * its row (no line cut at the row's foot), LibreOffice breaks pages exactly where the layout does (every
 * page after the first of a sheet opens with its number "- ๒ -", so no page overflowed), and the weak case's
 * pages go to docs/screenshots/ for the README.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readInput } from "../../src/cli/read-input";
import { buildReport, layoutReportSheet, scoreAssessment } from "../../src/core";
import type { SheetLayout } from "../../src/core/report/layout";
import { sofficeConvert } from "./libreoffice";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");
/** From a row's top to the top of its first line of text, in ems, in LibreOffice's PDF (6.3 pt at 16 pt). */
const TEXT_INSET_EM = 0.394;
/** Below this, a line is the running header, not a row. */
const HEADER_BOTTOM = 60;

interface PdfLine {
  readonly yMin: number;
  readonly yMax: number;
  readonly text: string;
}

/** Text without whitespace and Thai marks above and below the line, which pdftotext places loosely. */
function comparable(text: string): string {
  return text.replace(/\s+/g, "").replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text lines of each page, with their vertical extent in points from the top. */
function pdfLines(pdf: string): PdfLine[][] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
        ),
      ].map((match) => ({
        yMin: Number(match[1]),
        yMax: Number(match[2]),
        text: [...(match[3] ?? "").matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
          .map((word) => unescapeXml(word[1] ?? ""))
          .join(" "),
      }))
    );
}

async function layoutsOf(input: string): Promise<SheetLayout[]> {
  const reading = await readInput(input, {});
  if (!reading.assessment.ok) throw new Error(`cannot read ${input}`);
  const model = buildReport(scoreAssessment(reading.assessment.value), { digits: "thai", chart: true });
  return model.sheets.map(layoutReportSheet);
}

async function printed(input: string): Promise<{ pdf: string; layouts: SheetLayout[] }> {
  const out = join(mkdtempSync(join(tmpdir(), "ita-print-e2e-")), "report.xlsx");
  let stderr = "";
  const code = await run(["report", input, "-o", out], {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
  });
  if (code !== 0) throw new Error(stderr);
  return { pdf: sofficeConvert(out, "pdf"), layouts: await layoutsOf(input) };
}

interface PrintedPage {
  readonly layout: SheetLayout;
  readonly first: number;
  readonly last: number;
  /** 1-based within its sheet. */
  readonly number: number;
}

function pagesOf(layouts: readonly SheetLayout[]): PrintedPage[] {
  return layouts.flatMap((layout) => {
    const starts = [0, ...(layout.page.rowBreaks ?? [])];
    return starts.map((first, i) => ({
      layout,
      first,
      last: (starts[i + 1] ?? layout.page.printArea.rowCount) - 1,
      number: i + 1,
    }));
  });
}

const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d);

/** Every full-width text row that starts on `page`, with what went wrong printing it, if anything. */
function paragraphProblems(page: PrintedPage, lines: readonly PdfLine[]): string[] {
  const { layout } = page;
  const columns = layout.page.printArea.columnCount;
  const heights = new Map((layout.rowHeights ?? []).map((entry) => [entry.row, entry.points]));
  // The page's first row is where its first line of text is (LibreOffice lowers the rows under a header).
  const firstLine = lines.find((line) => line.yMin > HEADER_BOTTOM);
  const firstCell = layout.cells.find((candidate) => candidate.row === page.first && candidate.value !== "");
  if (!firstLine || !firstCell) return [`page ${page.number} of ${layout.name}: no text`];
  const bodyTop = firstLine.yMin - TEXT_INSET_EM * (firstCell.style?.fontSize ?? 16);
  const problems: string[] = [];
  let top = bodyTop;
  for (let row = page.first; row <= page.last; row += 1) {
    const height = heights.get(row) ?? 15;
    const bottom = top + height;
    const cell = layout.cells.find(
      (candidate) => candidate.row === row && candidate.column === 0 && candidate.value !== ""
    );
    const fullWidth = layout.merges.some(
      (merge) =>
        merge.row === row && merge.column === 0 && merge.columnCount === columns && merge.rowCount === 1
    );
    if (cell && fullWidth && typeof cell.value === "string" && cell.style?.wrap) {
      const inRow = lines.filter((line) => line.yMin >= top - 1 && line.yMin < bottom - 1);
      const text = comparable(inRow.map((line) => line.text).join(""));
      if (text !== comparable(cell.value))
        problems.push(`${layout.name} row ${row + 1}: printed "${text}" for "${comparable(cell.value)}"`);
      const cut = inRow.filter((line) => line.yMax > bottom + 1);
      if (cut.length > 0)
        problems.push(`${layout.name} row ${row + 1}: a line runs past the row's foot ("${cut[0]?.text}")`);
    }
    top = bottom;
  }
  return problems;
}

describe.each([
  ["the seed case", join(FIXTURES, "dan-kwian-2565.json"), false],
  ["a weak case", join(FIXTURES, "weak-2566.json"), true],
])("%s, printed by LibreOffice", (_name, input, screenshots) => {
  let pdf = "";
  let layouts: SheetLayout[] = [];
  let lines: PdfLine[][] = [];
  let pages: PrintedPage[] = [];
  /** The PDF's page number (1-based) of each printed page of the layouts. */
  let pdfPages: number[] = [];

  beforeAll(async () => {
    ({ pdf, layouts } = await printed(input));
    // LibreOffice 7.4 sometimes ends a sheet with an empty page after its last manual break.
    const all = pdfLines(pdf);
    pdfPages = all.flatMap((page, i) => (page.length > 0 ? [i + 1] : []));
    lines = all.filter((page) => page.length > 0);
    pages = pagesOf(layouts);
  });

  it("breaks pages where the layout does: each page after a sheet's first opens with its number", () => {
    expect(lines).toHaveLength(pages.length);
    const numbers = pages.map((page, i) =>
      page.number === 1
        ? "first"
        : (lines[i] ?? [])
              .slice(0, 4)
              .some((line) => comparable(line.text) === `-${thaiDigits(page.number)}-`)
          ? "numbered"
          : `page ${i + 1}: no "- ${thaiDigits(page.number)} -"`
    );
    expect(numbers.filter((entry) => entry !== "first" && entry !== "numbered")).toEqual([]);
  });

  it("prints every full-width paragraph whole, inside its row", () => {
    const problems = pages.flatMap((page, i) => paragraphProblems(page, lines[i] ?? []));
    expect(problems).toEqual([]);
  });

  it("prints the chart on the page of its heading", () => {
    const analysis = layouts[0];
    const [chart] = analysis?.charts ?? [];
    if (!analysis || !chart) throw new Error("the analysis sheet has a chart");
    const page = pages.find(
      (candidate) =>
        candidate.layout === analysis &&
        chart.anchor.row >= candidate.first &&
        chart.anchor.row <= candidate.last
    );
    expect(page && chart.anchor.row + chart.anchor.rowCount - 1).toBeLessThanOrEqual(page?.last ?? -1);
  });

  if (screenshots) {
    it("renders a few of its pages to docs/screenshots/ for the README", () => {
      const dir = join(ROOT, "docs", "screenshots");
      mkdirSync(dir, { recursive: true });
      const analysis = pages.filter((page) => page.layout === layouts[0]);
      const chartRow = layouts[0]?.charts[0]?.anchor.row ?? 0;
      const chartPage = analysis.findIndex((page) => chartRow >= page.first && chartRow <= page.last);
      const contentsPage = analysis.findIndex((page) =>
        layouts[0]?.cells.some(
          (cell) => cell.row >= page.first && cell.row <= page.last && /^๓\. /.test(String(cell.value))
        )
      );
      const wanted: [string, number][] = [
        ["weak-2566-contents", pdfPages[contentsPage] ?? 1],
        ["weak-2566-chart", pdfPages[chartPage] ?? 1],
        ["weak-2566-measures", pdfPages[analysis.length + 1] ?? 1],
      ];
      for (const [name, page] of wanted) {
        execFileSync("pdftoppm", [
          "-png",
          "-r",
          "60",
          "-f",
          String(page),
          "-l",
          String(page),
          "-singlefile",
          pdf,
          join(dir, name),
        ]);
        expect(
          readFileSync(join(dir, `${name}.png`))
            .subarray(1, 4)
            .toString()
        ).toBe("PNG");
      }
    });
  }
});
