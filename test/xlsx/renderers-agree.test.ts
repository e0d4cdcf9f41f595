/**
 * Both renderers draw the same layout: the live workbook (Office.js, here the in-memory Excel host) and the
 * .xlsx file (ExcelJS) hold the same cells, number formats, merges, sizes, page breaks and print area for
 * a paginated report sheet with every kind of block.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters } from "../../src/core/a1";
import type { SheetLayout } from "../../src/core/report/layout";
import { renderReport } from "../../src/excel/report/generate-report";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { createExcelHost, SheetSnapshot } from "../support/excel-host";
import { reportLayout } from "./report-sheets";

async function fromFile(layout: SheetLayout) {
  const bytes = await renderWorkbook([layout], { digits: "thai" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return { sheet, sheetXml, workbookXml };
}

async function fromHost(layout: SheetLayout): Promise<SheetSnapshot> {
  const host = createExcelHost();
  const uninstall = host.install();
  try {
    const outcome = await renderReport([layout], { digits: "thai", replaceEdited: false });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const sheet = host.snapshot().sheets.find((candidate) => candidate.name === layout.name);
    if (!sheet) throw new Error("no sheet");
    return sheet;
  } finally {
    uninstall();
  }
}

describe("the two renderers, on one paginated report sheet", () => {
  const layout = reportLayout();
  let file: Awaited<ReturnType<typeof fromFile>>;
  let live: SheetSnapshot;

  beforeAll(async () => {
    file = await fromFile(layout);
    live = await fromHost(layout);
  });

  it("is paginated, with merged cells and a chart", () => {
    expect(layout.page.rowBreaks?.length).toBeGreaterThan(2);
    expect(layout.merges.some((merge) => merge.rowCount > 1)).toBe(true);
    expect(layout.charts).toHaveLength(1);
  });

  it("write the same values, and the same number formats on numbers", () => {
    const fileCells = new Map<string, { value: unknown; numFmt?: string }>();
    file.sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== "" && cell.value !== null && !cell.isMerged) fileCells.set(cell.address, cell);
        else if (cell.isMerged && cell.master === cell && cell.value !== "")
          fileCells.set(cell.address, cell);
      })
    );
    const liveCells = Object.entries(live.cells).filter(
      ([, cell]) => cell.value !== "" && cell.value !== null
    );
    expect(Object.fromEntries(liveCells.map(([address, cell]) => [address, cell.value]))).toEqual(
      Object.fromEntries([...fileCells].map(([address, cell]) => [address, cell.value]))
    );
    for (const [address, cell] of liveCells) {
      if (typeof cell.value === "number") expect(cell.numberFormat).toBe(fileCells.get(address)?.numFmt);
    }
  });

  it("merge the same areas", () => {
    expect([...live.mergedAreas].sort()).toEqual([...file.sheet.model.merges].sort());
  });

  it("give the same column widths and row heights (rows Excel autofits aside)", () => {
    layout.columnWidths.forEach((width, column) => {
      const letter = columnLetters(column);
      expect(live.columnWidths[letter]).toBeCloseTo((file.sheet.getColumn(column + 1).width ?? 0) * 5.25, 6);
      expect(file.sheet.getColumn(column + 1).width).toBe(width);
    });
    const autofit = new Set(layout.autofitRows ?? []);
    for (const { row, points } of layout.rowHeights ?? []) {
      expect(file.sheet.getRow(row + 1).height).toBe(points);
      // The snapshot leaves out rows at Excel's standard 15 pt.
      if (!autofit.has(row)) expect(live.rowHeights[String(row + 1)] ?? 15).toBe(points);
    }
  });

  it("break pages above the same rows and print the same area", () => {
    const fileBreaks = [...file.sheetXml.matchAll(/<brk id="(\d+)"/g)].map((match) =>
      String(Number(match[1]) + 1)
    );
    expect(live.pageLayout.pageBreaks).toEqual(fileBreaks);
    expect(fileBreaks).toEqual((layout.page.rowBreaks ?? []).map((row) => String(row + 1)));
    const area = /<definedName name="_xlnm.Print_Area"[^>]*>[^<]*!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)</.exec(
      file.workbookXml
    );
    expect(live.pageLayout.printArea).toBe(`${area?.[1]}${area?.[2]}:${area?.[3]}${area?.[4]}`);
  });

  it("print at 100 % with the same header, shown from page 2 on", () => {
    expect(live.pageLayout.zoom).toEqual({ scale: 100 });
    expect(file.sheet.pageSetup).toMatchObject({ scale: 100, fitToPage: false });
    expect(file.sheet.headerFooter.differentFirst).toBe(true);
    expect(file.sheet.headerFooter.oddHeader).toBe(
      `&C&"TH Sarabun New,Regular"${live.pageLayout.headersFooters.centerHeader}`
    );
    expect(live.pageLayout.headerFooterState).toBe("FirstAndDefault");
    expect(file.sheet.headerFooter.oddFooter).toBeUndefined();
    expect(live.pageLayout.headersFooters.centerFooter).toBe("");
  });
});
