import { layoutReportSheet, linesNeeded, ReportBlock, ReportSheet, SheetLayout } from "../../../src/core";

/** A4 less the margins of Thai official documents (top 2.5 cm, bottom 2 cm), in points. */
const PRINTABLE_HEIGHT = ((29.7 - 4.5) / 2.54) * 72;
const ONE_LINE = 29.25;

function sheetOf(blocks: readonly ReportBlock[], overrides: Partial<ReportSheet> = {}): ReportSheet {
  return {
    id: "analysis",
    name: "ผลการวิเคราะห์ ITA 2565",
    columnWidths: [9, 38, 12, 12, 12, 12],
    headerCenter: "เทศบาลตำบลด่านเกวียน · รายงานผลการวิเคราะห์ ปีงบประมาณ พ.ศ. ๒๕๖๕",
    blocks,
    ...overrides,
  };
}

const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });
const heading = (text: string, id?: string): ReportBlock => ({
  kind: "heading",
  text,
  ...(id ? { id } : {}),
});
/** About five lines at full width. */
const longText = "เทศบาลตำบลด่านเกวียนได้คะแนนรวม ๙๑.๙๖ คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์การประเมิน ".repeat(4);

function at(layout: SheetLayout, row: number, column: number) {
  return layout.cells.find((cell) => cell.row === row && cell.column === column);
}

function rowOf(layout: SheetLayout, text: string): number {
  const cell = layout.cells.find((candidate) => candidate.value === text);
  if (!cell) throw new Error(`no cell ${text}`);
  return cell.row;
}

function heightOf(layout: SheetLayout, row: number): number {
  return layout.rowHeights?.find((entry) => entry.row === row)?.points ?? 0;
}

/** Each printed page as its first and last row. */
function pagesOf(layout: SheetLayout): { first: number; last: number }[] {
  const starts = [0, ...(layout.page.rowBreaks ?? [])];
  return starts.map((first, i) => ({
    first,
    last: (starts[i + 1] ?? layout.page.printArea.rowCount) - 1,
  }));
}

function pageOfRow(layout: SheetLayout, row: number): number {
  return pagesOf(layout).findIndex((page) => row >= page.first && row <= page.last) + 1;
}

const manyParagraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => paragraph(`ย่อหน้าที่ ${i + 1} ${longText}`));

describe("layoutReportSheet: row heights", () => {
  const layout = layoutReportSheet(
    sheetOf([
      { kind: "title", text: "รายงานผลการวิเคราะห์" },
      paragraph("เทศบาลตำบลด่านเกวียน"),
      paragraph(longText),
      {
        kind: "table",
        header: ["อันดับ", "ตัวชี้วัด", "ปี ๒๕๖๔", "ปี ๒๕๖๕", "การเปลี่ยนแปลง"],
        spans: [1, 1, 1, 1, 2],
        rows: [
          {
            cells: [
              "๙",
              "๘. การปรับปรุงระบบการทำงาน",
              { number: 60.51, style: "score" },
              { number: 86.33, style: "score" },
              "",
            ],
          },
          {
            cells: [
              "๑๐",
              "๔. การใช้ทรัพย์สินของราชการ",
              { number: 76.27, style: "score" },
              { number: 84.47, style: "score" },
              "",
            ],
          },
        ],
      },
    ])
  );

  it("gives a single line 1.7 em of TH Sarabun New 16 pt, which the review found 1.5 em clipped", () => {
    expect(heightOf(layout, rowOf(layout, "เทศบาลตำบลด่านเกวียน"))).toBe(ONE_LINE);
    expect(ONE_LINE).toBeGreaterThanOrEqual(16 * 1.7);
  });

  it("keeps the short Thai labels the review saw on two lines on one (rows 49 and 51)", () => {
    // 40 units: the old estimate (0.55 em a character) gave these labels two lines.
    expect(linesNeeded("๘. การปรับปรุงระบบการทำงาน", 40)).toBe(1);
    expect(linesNeeded("๔. การใช้ทรัพย์สินของราชการ", 40)).toBe(1);
    const ranking = layoutReportSheet(
      sheetOf(
        [
          {
            kind: "table",
            header: ["อันดับ", "ตัวชี้วัด", "ปี ๒๕๖๔", "ปี ๒๕๖๕", "เปลี่ยนแปลง"],
            spans: [1, 1, 1, 1, 1],
            rows: [
              {
                cells: [
                  "๙",
                  "๘. การปรับปรุงระบบการทำงาน",
                  { number: 60.51, style: "score" },
                  { number: 86.33, style: "score" },
                  { number: 25.82, style: "change" },
                ],
              },
              {
                cells: [
                  "๑๐",
                  "๔. การใช้ทรัพย์สินของราชการ",
                  { number: 76.27, style: "score" },
                  { number: 84.47, style: "score" },
                  { number: 8.2, style: "change" },
                ],
              },
            ],
          },
        ],
        { columnWidths: [7, 48, 12, 12, 12] }
      )
    );
    expect(heightOf(ranking, rowOf(ranking, "๘. การปรับปรุงระบบการทำงาน"))).toBe(ONE_LINE);
    expect(heightOf(ranking, rowOf(ranking, "๔. การใช้ทรัพย์สินของราชการ"))).toBe(ONE_LINE);
  });

  it("widens a column too narrow for its numbers, which would print as ####", () => {
    const narrow = layoutReportSheet(
      sheetOf(
        [
          {
            kind: "table",
            header: ["ตัวชี้วัด", "คะแนนปี ๒๕๖๕"],
            spans: [1, 1],
            rows: [{ cells: ["การป้องกันการทุจริต", { number: 100, style: "score" }] }],
          },
        ],
        { columnWidths: [60, 4] }
      )
    );
    // "๑๐๐.๐๐" at 16 pt is some 58 pt wide: Excel's 5.25 pt a unit, less the cell's inset.
    expect((narrow.columnWidths[1] ?? 0) * 5.25 - 4.5).toBeGreaterThanOrEqual(57);
  });

  it("gives a long paragraph its lines and one spare line, in place of the blank row after it", () => {
    const row = rowOf(layout, longText);
    const lines = linesNeeded(
      longText,
      layout.columnWidths.slice(0, 6).reduce((a, b) => a + b, 0)
    );
    expect(lines).toBeGreaterThan(2);
    expect(heightOf(layout, row)).toBeGreaterThanOrEqual((lines + 1) * 16 * 1.7);
    expect(heightOf(layout, row)).toBeLessThan((lines + 2) * 16 * 1.7);
    // The table's header follows at once.
    expect(at(layout, row + 1, 0)?.value).toBe("อันดับ");
  });

  it("sets a height on every row, so each printed page is known", () => {
    expect(layout.rowHeights?.map((entry) => entry.row)).toEqual(
      Array.from({ length: layout.page.printArea.rowCount }, (_, row) => row)
    );
  });

  it("lets Excel autofit only table rows without merged cells", () => {
    const plain = layoutReportSheet(
      sheetOf([
        { kind: "table", header: ["ประเด็น", "มาตรการ"], spans: [3, 3], rows: [{ cells: ["ก", "ข"] }] },
        {
          kind: "table",
          header: ["ค1", "ค2", "ค3", "ค4", "ค5", "ค6"],
          spans: [1, 1, 1, 1, 1, 1],
          rows: [{ cells: ["1", "2", "3", "4", "5", "6"] }, { cells: ["7", null, "9", "10", "11", "12"] }],
        },
      ])
    );
    expect(plain.autofitRows).toEqual([rowOf(plain, "ค1")]);
  });
});

describe("layoutReportSheet: the page", () => {
  const layout = layoutReportSheet(sheetOf([paragraph("ก")]));

  it("prints A4 portrait at 100 % with margins left 3, right 2, top 2.5 and bottom 2 cm (review N10)", () => {
    expect(layout.page).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      margins: { top: 2.5, bottom: 2, left: 3, right: 2 },
    });
    expect(layout.page.fitToPagesWide).toBeUndefined();
  });

  it("fits the columns to the 16 cm between the margins, LibreOffice's wider columns included", () => {
    const printed = layout.columnWidths.slice(0, 6).reduce((a, b) => a + b, 0);
    expect(printed * 5.55).toBeLessThanOrEqual(16 * (72 / 2.54));
    expect(printed * 5.55).toBeGreaterThan(15.8 * (72 / 2.54));
    // The model's proportions are kept.
    expect((layout.columnWidths[1] ?? 0) / (layout.columnWidths[0] ?? 1)).toBeCloseTo(38 / 9, 1);
  });

  it("writes a plain running header, without the middle dot, off the title page, and no page-x-of-y footer", () => {
    expect(layout.page.headerCenter).toBe("เทศบาลตำบลด่านเกวียน – รายงานผลการวิเคราะห์ ปีงบประมาณ พ.ศ. ๒๕๖๕");
    expect(layout.page.headerSkipsFirstPage).toBe(true);
    expect(layout.page.footerPageNumbers).toBeUndefined();
    expect(layout.page.repeatRows).toBeUndefined();
  });
});

describe("layoutReportSheet: pagination", () => {
  const blocks: ReportBlock[] = [
    { kind: "title", text: "รายงานผลการวิเคราะห์" },
    {
      kind: "contents",
      entries: [
        { text: "๑. หลักการ", target: "s1" },
        { text: "๒. ผล", target: "s2" },
      ],
    },
    heading("๑. หลักการ", "s1"),
    ...manyParagraphs(5),
    heading("๒. ผล", "s2"),
    ...manyParagraphs(9),
    heading("๓. ตาราง"),
    {
      kind: "table",
      header: ["ข้อ", "ประเด็น", "คะแนน", "ข้อเสนอแนะ"],
      spans: [1, 1, 1, 3],
      rows: Array.from({ length: 40 }, (_, i) => ({
        cells: [
          `i${i + 1}`,
          "การเผยแพร่ข้อมูล",
          { number: 80 + (i % 5), style: "score" },
          "ควรเผยแพร่ข้อมูลให้ครบถ้วน",
        ],
      })),
    },
    { kind: "heading", text: "ภาคผนวก", pageBreakBefore: true },
    paragraph("ท้ายเล่ม"),
  ];
  const layout = layoutReportSheet(sheetOf(blocks));
  const pages = pagesOf(layout);

  it("breaks pages so that no page holds more rows than A4 prints, with room to spare", () => {
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      let sum = 0;
      for (let row = page.first; row <= page.last; row += 1) sum += heightOf(layout, row);
      expect(sum).toBeLessThanOrEqual(PRINTABLE_HEIGHT - 20);
    }
  });

  it("opens every page after the first with its number, '- ๒ -', in the sheet's Thai digits", () => {
    expect(at(layout, 0, 0)?.value).toBe("รายงานผลการวิเคราะห์");
    pages.slice(1).forEach((page, i) => {
      expect(at(layout, page.first, 0)).toMatchObject({
        value: `- ${String(i + 2).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d)} -`,
        style: { horizontal: "center" },
      });
    });
    const arabic = layoutReportSheet(
      sheetOf(
        manyParagraphs(12).map((block) => ({ ...block, text: "page 1 of many ".repeat(30) }) as ReportBlock)
      )
    );
    expect(at(arabic, arabic.page.rowBreaks?.[0] ?? -1, 0)?.value).toBe("- 2 -");
  });

  it("never leaves a heading as the last row of a page", () => {
    for (const text of ["๑. หลักการ", "๒. ผล", "๓. ตาราง"]) {
      const row = rowOf(layout, text);
      const page = pages[pageOfRow(layout, row) - 1];
      expect(row).toBeLessThan((page?.last ?? 0) - 1);
    }
  });

  it("repeats a table's header row after each page break inside the table", () => {
    const headerRows = layout.cells.filter((cell) => cell.value === "ประเด็น").map((cell) => cell.row);
    const tablePages = new Set(
      layout.cells
        .filter((cell) => /^i\d+$/.test(String(cell.value)))
        .map((cell) => pageOfRow(layout, cell.row))
    );
    expect(tablePages.size).toBeGreaterThan(1);
    expect(headerRows).toHaveLength(tablePages.size);
    for (const row of headerRows.slice(1)) {
      expect(pages.some((page) => page.first + 1 === row)).toBe(true);
      expect(at(layout, row, 0)).toMatchObject({ value: "ข้อ", style: { bold: true, border: true } });
    }
  });

  it("starts a new page where a block asks for it", () => {
    const row = rowOf(layout, "ภาคผนวก");
    expect(pages.some((page) => page.first + 1 === row)).toBe(true);
  });

  it("prints in the contents the page each heading is on", () => {
    const thai = (n: number) => String(n).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d);
    const contentsRow = rowOf(layout, "๑. หลักการ");
    expect(at(layout, contentsRow, 5)).toMatchObject({
      value: thai(pageOfRow(layout, layout.cells.filter((cell) => cell.value === "๑. หลักการ")[1]?.row ?? -1)),
      style: { horizontal: "right" },
    });
    const second = layout.cells.filter((cell) => cell.value === "๒. ผล");
    expect(at(layout, second[0]?.row ?? -1, 5)?.value).toBe(thai(pageOfRow(layout, second[1]?.row ?? -1)));
    expect(pageOfRow(layout, second[1]?.row ?? -1)).toBeGreaterThan(1);
  });
});

describe("layoutReportSheet: tables with cells that span rows", () => {
  const table: ReportBlock = {
    kind: "table",
    header: ["ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "น้ำหนัก"],
    spans: [1, 1, 2, 2],
    align: ["center", "left", "center", "center"],
    rows: [
      { cells: ["๑", "การปฏิบัติหน้าที่", "IIT", "ร้อยละ ๓๐"] },
      { cells: ["๒", "การใช้งบประมาณ", null, null] },
      { cells: ["๓", "การใช้อำนาจ", null, null] },
      { cells: ["๖", "คุณภาพการดำเนินงาน", "EIT", "ร้อยละ ๓๐"] },
    ],
  };
  const layout = layoutReportSheet(sheetOf([table]));
  const first = rowOf(layout, "การปฏิบัติหน้าที่");

  it("merges a cell down over the null cells below it, keeping its horizontal span", () => {
    expect(layout.merges).toContainEqual({ row: first, column: 2, rowCount: 3, columnCount: 2 });
    expect(layout.merges).toContainEqual({ row: first, column: 4, rowCount: 3, columnCount: 2 });
    expect(layout.merges).toContainEqual({ row: first + 3, column: 2, rowCount: 1, columnCount: 2 });
  });

  it("boxes every cell of the merged area with the origin's style", () => {
    for (let row = first; row < first + 3; row += 1) {
      for (const column of [2, 3, 4, 5]) {
        expect(at(layout, row, column)?.style).toMatchObject({ border: true, horizontal: "center" });
      }
    }
    expect(at(layout, first + 1, 2)?.value).toBe("");
  });

  it("keeps the rows of a merged cell on one page", () => {
    const long = layoutReportSheet(
      sheetOf([
        ...manyParagraphs(3),
        { ...table, rows: [...table.rows, ...table.rows, ...table.rows, ...table.rows] },
      ])
    );
    const starts = long.cells.filter((cell) => cell.value === "IIT").map((cell) => cell.row);
    for (const start of starts) expect(pageOfRow(long, start)).toBe(pageOfRow(long, start + 2));
  });

  it("gives a merged cell's text the rows it needs, on its first row", () => {
    const tall = layoutReportSheet(
      sheetOf([
        {
          kind: "table",
          header: ["ประเด็น", "มาตรการ"],
          spans: [2, 4],
          rows: [{ cells: [longText, "๑.๑ มาตรการ"] }, { cells: [null, "๑.๒ มาตรการ"] }],
        },
      ])
    );
    const row = rowOf(tall, longText);
    expect(heightOf(tall, row) + heightOf(tall, row + 1)).toBeGreaterThanOrEqual(
      linesNeeded(longText, (tall.columnWidths[0] ?? 0) + (tall.columnWidths[1] ?? 0)) * 16 * 1.7
    );
    expect(heightOf(tall, row + 1)).toBe(ONE_LINE);
  });
});

describe("layoutReportSheet: the chart", () => {
  const categories = Array.from({ length: 10 }, (_, i) => `${i + 1}. ตัวชี้วัดที่ ${i + 1}`);
  const chart: ReportBlock = {
    kind: "chart",
    chart: "clusteredBar",
    title: "ผลการประเมินจำแนกตามตัวชี้วัด",
    categoryAxisTitle: "ตัวชี้วัด",
    valueAxisTitle: "คะแนน",
    categories,
    series: [
      { name: "ปี ๒๕๖๔", values: categories.map((_, i) => 70 + i) },
      { name: "ปี ๒๕๖๕", values: categories.map((_, i) => 80 + i) },
    ],
    valueAxis: { min: 0, max: 100, majorUnit: 10 },
    dataLabels: true,
  };
  const layout = layoutReportSheet(sheetOf([...manyParagraphs(4), heading("๔. แผนภูมิ"), chart]));
  const [placement] = layout.charts;

  it("is at least 14 cm tall for ten indicators of two years", () => {
    if (!placement) throw new Error("no chart");
    let height = 0;
    for (let row = placement.anchor.row; row < placement.anchor.row + placement.anchor.rowCount; row += 1)
      height += heightOf(layout, row);
    expect(height).toBeGreaterThanOrEqual(14 * (72 / 2.54));
    expect(placement.anchor).toMatchObject({ column: 0, columnCount: 6 });
  });

  it("keeps its data right of the print area, in the chart's own rows", () => {
    expect(placement?.dataRange).toEqual({
      row: placement?.anchor.row,
      column: 7,
      rowCount: 11,
      columnCount: 3,
    });
    expect(layout.page.printArea.columnCount).toBe(6);
    expect(layout.columnWidths).toHaveLength(10);
    expect(at(layout, placement?.anchor.row ?? -1, 7)?.value).toBe("ตัวชี้วัด");
    expect(at(layout, (placement?.anchor.row ?? 0) + 1, 7)?.value).toBe("1. ตัวชี้วัดที่ 1");
  });

  it("puts indicator 1 on top and lists the older year first in the legend (bar legends read in reverse)", () => {
    expect(placement).toMatchObject({
      firstCategoryOnTop: true,
      valueAxis: { min: 0, max: 100, majorUnit: 10 },
      dataLabels: true,
    });
    expect(placement?.series.map((series) => series.name)).toEqual(["ปี ๒๕๖๕", "ปี ๒๕๖๔"]);
    expect(at(layout, placement?.anchor.row ?? -1, 8)?.value).toBe("ปี ๒๕๖๕");
  });

  it("keeps the heading and its chart on one page", () => {
    expect(pageOfRow(layout, rowOf(layout, "๔. แผนภูมิ"))).toBe(pageOfRow(layout, placement?.anchor.row ?? -1));
    const lastRow = (placement?.anchor.row ?? 0) + (placement?.anchor.rowCount ?? 0) - 1;
    expect(pageOfRow(layout, lastRow)).toBe(pageOfRow(layout, placement?.anchor.row ?? -1));
  });
});
