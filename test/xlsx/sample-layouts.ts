/**
 * Hand-made report layouts for the file renderer's tests: an analysis sheet shaped like the seed's (title,
 * ten-row comparison, a clustered bar chart of previous vs current year) and a trend sheet with a line chart
 * whose name needs quoting. Figures are those of the seed case (เทศบาลตำบลด่านเกวียน, 2564 → 2565).
 */
import type { CellStyle, LaidOutCell, SheetLayout } from "../../src/core/report/layout";

export const FONT = "TH Sarabun New";

const header: CellStyle = {
  bold: true,
  fill: "#D9E2F3",
  horizontal: "center",
  vertical: "center",
  border: true,
  wrap: true,
};
const body: CellStyle = { border: true };
const figure: CellStyle = { border: true, horizontal: "right" };

/** Indicator, 2564, 2565, in the seed's rank order of 2565. */
export const COMPARISON: readonly (readonly [string, number, number])[] = [
  ["การป้องกันการทุจริต", 81.25, 100],
  ["การเปิดเผยข้อมูล", 97.5, 95],
  ["คุณภาพการดำเนินงาน", 57.81, 94.31],
  ["การปฏิบัติหน้าที่", 87.93, 91.21],
  ["ประสิทธิภาพการสื่อสาร", 67.6, 89.3],
  ["การใช้อำนาจ", 82.08, 87.53],
  ["การปรับปรุงการทำงาน", 60.51, 86.33],
  ["การใช้งบประมาณ", 78.19, 85.08],
  ["การใช้ทรัพย์สินของราชการ", 76.27, 84.47],
  ["การแก้ไขปัญหาการทุจริต", 73.11, 84.47],
];

export const ANALYSIS_NAME = "ผลการวิเคราะห์ ITA";
export const TITLE = "ผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕";
export const AGENCY = "เทศบาลตำบลด่านเกวียน อำเภอโชคชัย จังหวัดนครราชสีมา";
/** Row (0-based) of the comparison table's header; its ten rows follow. */
export const TABLE_ROW = 3;

function analysisCells(): LaidOutCell[] {
  const cells: LaidOutCell[] = [
    {
      row: 0,
      column: 0,
      value: TITLE,
      style: { bold: true, fontSize: 18, horizontal: "center", wrap: true },
    },
    { row: 1, column: 0, value: AGENCY, style: { horizontal: "center" } },
    { row: 2, column: 0, value: "๑. การเปรียบเทียบคะแนนรายตัวชี้วัด", style: { bold: true, fontColor: "#1F3864" } },
    ...["อันดับ", "ตัวชี้วัด", "ปี ๒๕๖๔", "ปี ๒๕๖๕", "เปลี่ยนแปลง"].map((value, column): LaidOutCell => ({
      row: TABLE_ROW,
      column,
      value,
      style: header,
    })),
  ];
  COMPARISON.forEach(([indicator, previous, current], i) => {
    const row = TABLE_ROW + 1 + i;
    cells.push(
      { row, column: 0, value: i + 1, numberStyle: "integer", style: { ...figure, horizontal: "center" } },
      { row, column: 1, value: indicator, style: body },
      { row, column: 2, value: previous, numberStyle: "score", style: figure },
      { row, column: 3, value: current, numberStyle: "score", style: figure },
      {
        row,
        column: 4,
        value: Math.round((current - previous) * 100) / 100,
        numberStyle: "change",
        style: figure,
      }
    );
  });
  const after = TABLE_ROW + 1 + COMPARISON.length;
  cells.push(
    { row: after, column: 1, value: "สัดส่วนตัวชี้วัดที่ผ่านเกณฑ์ ๘๕", style: { ...body, bold: true } },
    { row: after, column: 3, value: 0.8, numberStyle: "percent", style: { ...figure, bold: true } },
    { row: after + 1, column: 0, value: "=SUM(A1)" },
    {
      row: after + 2,
      column: 0,
      value: 'ด้าน IIT & EIT <ผ่าน> "ทุกตัว" ส่วนตัวชี้วัดที่ ๕ และ ๘ ควรปรับปรุงต่อเนื่อง',
      style: { wrap: true, vertical: "top" },
    }
  );
  return cells;
}

export function analysisLayout(): SheetLayout {
  const after = TABLE_ROW + 1 + COMPARISON.length;
  return {
    id: "analysis",
    name: ANALYSIS_NAME,
    // Column D holds "๘๐.๐๐%": 13 units keep it from printing as ### where LibreOffice has Carlito.
    columnWidths: [8, 34, 11, 13, 14],
    rowHeights: [
      { row: 0, points: 54 },
      { row: 4, points: 24 },
    ],
    cells: analysisCells(),
    merges: [
      { row: 0, column: 0, rowCount: 1, columnCount: 5 },
      { row: 1, column: 0, rowCount: 1, columnCount: 5 },
      { row: after + 2, column: 0, rowCount: 2, columnCount: 5 },
    ],
    charts: [
      {
        kind: "clusteredBar",
        title: "คะแนนรายตัวชี้วัด ปี ๒๕๖๔ และ ๒๕๖๕",
        categoryAxisTitle: "ตัวชี้วัด",
        valueAxisTitle: "คะแนน",
        dataRange: { row: TABLE_ROW, column: 1, rowCount: 11, columnCount: 3 },
        categories: COMPARISON.map(([indicator]) => indicator),
        series: [
          { name: "ปี ๒๕๖๔", values: COMPARISON.map(([, previous]) => previous) },
          { name: "ปี ๒๕๖๕", values: COMPARISON.map(([, , current]) => current) },
        ],
        anchor: { row: after + 5, column: 0, rowCount: 20, columnCount: 5 },
      },
    ],
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 1.9, bottom: 1.9, left: 1.8, right: 1.3 },
      fitToPagesWide: 1,
      repeatRows: { first: TABLE_ROW, last: TABLE_ROW },
      headerCenter: "เทศบาลตำบลด่านเกวียน ปีงบประมาณ ๒๕๖๕",
      footerPageNumbers: true,
      printArea: { row: 0, column: 0, rowCount: after + 25, columnCount: 5 },
    },
    fontName: FONT,
  };
}

export const TREND_NAME = "แนวโน้ม 'ITA' & ปี";

export function trendLayout(): SheetLayout {
  const years = ["๒๕๖๓", "๒๕๖๔", "๒๕๖๕"];
  const totals = [71.4, 75.92, 90.07];
  const iit = [88.1, 80.02, 86.42];
  return {
    id: "trend",
    name: TREND_NAME,
    columnWidths: [16, 12, 12],
    cells: [
      ...["ปีงบประมาณ", "คะแนนรวม", "IIT"].map((value, column): LaidOutCell => ({
        row: 0,
        column,
        value,
        style: header,
      })),
      ...years.flatMap((year, i): LaidOutCell[] => [
        { row: i + 1, column: 0, value: year, style: body },
        { row: i + 1, column: 1, value: totals[i] ?? 0, numberStyle: "score", style: figure },
        { row: i + 1, column: 2, value: iit[i] ?? 0, numberStyle: "score", style: figure },
      ]),
    ],
    merges: [],
    charts: [
      {
        kind: "line",
        title: "แนวโน้มคะแนน ITA",
        categoryAxisTitle: "ปีงบประมาณ",
        valueAxisTitle: "คะแนน",
        dataRange: { row: 0, column: 0, rowCount: 4, columnCount: 3 },
        categories: years,
        series: [
          { name: "คะแนนรวม", values: totals },
          { name: "IIT", values: iit },
        ],
        anchor: { row: 5, column: 0, rowCount: 15, columnCount: 3 },
      },
    ],
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 2.5, bottom: 2, left: 2, right: 2 },
      fitToPagesWide: 1,
      headerCenter: "ด่านเกวียน & แนวโน้ม",
      footerPageNumbers: true,
      printArea: { row: 0, column: 0, rowCount: 20, columnCount: 3 },
    },
    fontName: FONT,
  };
}
