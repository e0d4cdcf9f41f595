import type { SheetLayout } from "../../../src/core/report/layout";
import {
  anchorName,
  layoutFingerprint,
  parseGeneratedSheets,
  valuesFingerprint,
} from "../../../src/excel/report/generated-sheets";
import {
  columnWidthPoints,
  freeReportSheetName,
  rectanglesOf,
} from "../../../src/excel/report/render-sheets";

const layout = (cells: SheetLayout["cells"], merges: SheetLayout["merges"] = []): SheetLayout => ({
  id: "analysis",
  name: "ผล",
  columnWidths: [],
  cells,
  merges,
  charts: [],
  page: {
    paper: "A4",
    orientation: "portrait",
    margins: { top: 1, bottom: 1, left: 1, right: 1 },
    fitToPagesWide: 1,
    headerCenter: "",
    footerPageNumbers: true,
    printArea: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
  },
  fontName: "TH Sarabun New",
});

describe("layoutFingerprint and valuesFingerprint", () => {
  it("agree on what Excel reads back: numbers to 15 digits, text as text, wherever the used range starts", () => {
    const written = layout([
      { row: 2, column: 1, value: 0.1 + 0.2 },
      { row: 3, column: 2, value: "2565" },
      { row: 3, column: 1, value: "" },
    ]);
    const read = {
      rowIndex: 2,
      columnIndex: 1,
      values: [
        [0.3, ""],
        ["", "2565"],
      ],
    };
    expect(valuesFingerprint(read)).toBe(layoutFingerprint(written));
  });

  it("differ when a number became text, a value moved or one was added", () => {
    const written = layoutFingerprint(layout([{ row: 0, column: 0, value: 2565 }]));
    expect(valuesFingerprint({ rowIndex: 0, columnIndex: 0, values: [["2565"]] })).not.toBe(written);
    expect(valuesFingerprint({ rowIndex: 1, columnIndex: 0, values: [[2565]] })).not.toBe(written);
    expect(valuesFingerprint({ rowIndex: 0, columnIndex: 0, values: [[2565, 1]] })).not.toBe(written);
    expect(valuesFingerprint(undefined)).not.toBe(written);
  });

  it("ignore values a merge hides, since Excel keeps only the top-left one", () => {
    const merged = layout(
      [
        { row: 0, column: 0, value: "หัวเรื่อง" },
        { row: 0, column: 1, value: "ซ่อน" },
      ],
      [{ row: 0, column: 0, rowCount: 1, columnCount: 2 }]
    );
    expect(layoutFingerprint(merged)).toBe(
      valuesFingerprint({ rowIndex: 0, columnIndex: 0, values: [["หัวเรื่อง"]] })
    );
  });
});

describe("parseGeneratedSheets", () => {
  it("reads the JSON the renderer stores and drops malformed entries", () => {
    const value = JSON.stringify({
      version: 1,
      sheets: [{ layoutId: "analysis", name: "ผล", fingerprint: "1:ab" }, { layoutId: 3 }],
    });
    expect(parseGeneratedSheets(value)).toEqual({
      version: 1,
      sheets: [{ layoutId: "analysis", name: "ผล", fingerprint: "1:ab" }],
    });
  });

  it("treats a damaged or unknown record as no record", () => {
    expect(parseGeneratedSheets("{oops").sheets).toEqual([]);
    expect(parseGeneratedSheets({ version: 2, sheets: [] }).sheets).toEqual([]);
    expect(parseGeneratedSheets(undefined).sheets).toEqual([]);
  });
});

describe("names and sizes", () => {
  it("anchors a layout with a valid workbook name", () => {
    expect(anchorName("analysis")).toBe("ITA_Report_analysis");
    expect(anchorName("trend-2566")).toBe("ITA_Report_trend_2566");
  });

  it("finds a free sheet name, case-insensitively, within 31 characters", () => {
    expect(freeReportSheetName("ผลการวิเคราะห์ ITA", new Set(["ผลการวิเคราะห์ ita"]))).toBe(
      "ผลการวิเคราะห์ ITA (2)"
    );
    const long = "มาตรการส่งเสริมคุณธรรม ปี 2566ก"; // 31 characters
    const free = freeReportSheetName(long, new Set([long.toLowerCase()]));
    expect(free.length).toBeLessThanOrEqual(31);
    expect(free.endsWith(" (2)")).toBe(true);
  });

  it("converts a layout width to the points Excel draws the .xlsx renderer's width at (7 px a unit)", () => {
    expect(columnWidthPoints(10)).toBe(52.5);
  });

  it("groups cells into few rectangles", () => {
    const cells = ["0,0", "0,1", "0,2", "1,0", "1,1", "1,2", "2,0", "3,5"];
    expect(rectanglesOf(cells)).toEqual([
      { top: 0, bottom: 1, left: 0, right: 2 },
      { top: 2, bottom: 2, left: 0, right: 0 },
      { top: 3, bottom: 3, left: 5, right: 5 },
    ]);
  });
});
