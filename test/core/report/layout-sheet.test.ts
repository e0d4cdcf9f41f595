import { layoutReportSheet, linesNeeded, ReportSheet } from "../../../src/core";

const sheet: ReportSheet = {
  id: "analysis",
  name: "ผลการวิเคราะห์ ITA 2565",
  columnWidths: [9, 42, 13, 13, 15],
  headerCenter: "หน่วยงาน · 2565",
  blocks: [
    { kind: "title", text: "รายงานผลการวิเคราะห์" },
    { kind: "paragraph", text: "ก".repeat(200) },
    {
      kind: "table",
      header: ["อันดับ", "ตัวชี้วัด", "คะแนน"],
      spans: [1, 2, 2],
      rows: [{ cells: ["1", "การป้องกันการทุจริต", { number: 100, style: "score" }] }],
      repeatHeader: true,
    },
    {
      kind: "chart",
      chart: "clusteredBar",
      title: "แผนภูมิ",
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนน",
      categories: ["ก", "ข"],
      series: [
        { name: "ปี 2564", values: [80, 90] },
        { name: "ปี 2565", values: [85, 95] },
      ],
    },
  ],
};

describe("layoutReportSheet", () => {
  const layout = layoutReportSheet(sheet);
  const at = (row: number, column: number) =>
    layout.cells.find((cell) => cell.row === row && cell.column === column);

  it("merges titles and paragraphs across the sheet and gives long text its height", () => {
    expect(at(0, 0)).toMatchObject({ value: "รายงานผลการวิเคราะห์", style: { bold: true, fontSize: 18 } });
    expect(layout.merges).toContainEqual({ row: 0, column: 0, rowCount: 1, columnCount: 5 });
    expect(layout.merges).toContainEqual({ row: 2, column: 0, rowCount: 1, columnCount: 5 });
    expect(layout.rowHeights).toContainEqual({ row: 2, points: linesNeeded("ก".repeat(200), 92) * 24 });
    expect(layout.rowHeights).toContainEqual({ row: 0, points: 27 });
  });

  it("lays tables out with bordered header rows, spans as merges and numbers kept numeric", () => {
    expect(at(4, 0)).toMatchObject({ value: "อันดับ", style: { bold: true, border: true } });
    expect(at(4, 1)).toMatchObject({ value: "ตัวชี้วัด" });
    expect(layout.merges).toContainEqual({ row: 4, column: 1, rowCount: 1, columnCount: 2 });
    expect(at(5, 3)).toMatchObject({ value: 100, numberStyle: "score" });
    expect(layout.page.repeatRows).toEqual({ first: 4, last: 4 });
  });

  it("writes a chart's data as an unmerged category column with one column per series, and anchors the chart below", () => {
    const [chart] = layout.charts;
    expect(chart?.dataRange).toEqual({ row: 7, column: 1, rowCount: 3, columnCount: 3 });
    expect(at(7, 2)).toMatchObject({ value: "ปี 2564" });
    expect(at(8, 1)).toMatchObject({ value: "ก" });
    expect(at(9, 3)).toMatchObject({ value: 95 });
    expect(chart?.anchor).toEqual({ row: 11, column: 0, rowCount: 18, columnCount: 5 });
  });

  it("sets an A4 portrait page one page wide, printing everything laid out", () => {
    expect(layout.page).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToPagesWide: 1,
      headerCenter: "หน่วยงาน · 2565",
    });
    expect(layout.page.printArea).toEqual({ row: 0, column: 0, rowCount: 29, columnCount: 5 });
  });
});
