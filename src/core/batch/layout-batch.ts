/**
 * The workbook of `ita batch` as sheet layouts for the renderers: "ผลรายหน่วยงาน" (one row per agency)
 * and "สรุปภาพรวม" (distribution, the share at 85 or more against the 80 % target, indicator means, the
 * weakest indicators and a chart). The chart sits on the small summary sheet: a sheet with a chart is
 * written twice (ExcelJS, then the chart parts), which would be slow for thousands of rows.
 */
import {
  Exact,
  exactCompare,
  exactFromNumber,
  exactInteger,
  exactSubtract,
  roundHalfUpToNumber,
} from "../exact";
import { printed } from "../score";
import { Digits, LaidOutCell, SheetLayout } from "../report/layout";
import { layoutReportSheet, REPORT_FONT } from "../report/layout-sheet";
import { ReportBlock, ReportSheet, TableRow } from "../report/model";
import { formatDecimal, toThaiDigits } from "../thai";
import { BatchSummary } from "./summarize-batch";

export const AGENCIES_SHEET_NAME = "ผลรายหน่วยงาน";
export const SUMMARY_SHEET_NAME = "สรุปภาพรวม";

const AGENCY_COLUMNS: readonly { readonly header: string; readonly width: number }[] = [
  { header: "หน่วยงาน", width: 36 },
  { header: "ประเภท", width: 20 },
  { header: "จังหวัด", width: 16 },
  { header: "ปีงบประมาณ", width: 11 },
  { header: "IIT", width: 9 },
  { header: "EIT", width: 9 },
  { header: "OIT", width: 9 },
  { header: "คะแนนรวม", width: 10 },
  { header: "ระดับ", width: 18 },
  { header: "ผลการประเมิน", width: 12 },
  { header: "เปลี่ยนแปลง", width: 11 },
  { header: "อันดับประเทศ", width: 11 },
  { header: "อันดับในจังหวัด", width: 12 },
];

const HEADER_STYLE = {
  bold: true,
  fill: "#DCE6F2",
  border: true,
  horizontal: "center",
  vertical: "center",
  wrap: true,
} as const;
/** Row height for 16-pt Thai text (LibreOffice keeps unset rows at 15 pt and clips it). */
const ROW_POINTS = 24;

const round2 = (value: Exact): number => roundHalfUpToNumber(value, 2);
/** A share as a fraction for the "0.00%" format, rounded half-up to hundredths of a percent. */
const percent = (share: Exact): number => roundHalfUpToNumber(share, 4);

/**
 * One row per agency, in file order. Cells carry no style beyond the header: thousands of styled cells
 * would cost the renderer more than the data.
 */
export function layoutAgenciesSheet(summary: BatchSummary): SheetLayout {
  const cells: LaidOutCell[] = AGENCY_COLUMNS.map((column, i) => ({
    row: 0,
    column: i,
    value: column.header,
    style: HEADER_STYLE,
  }));
  summary.results.forEach((result, index) => {
    const row = index + 1;
    const agency = result.agency;
    const year = agency.current;
    const put = (column: number, value: string | number, numberStyle?: LaidOutCell["numberStyle"]) => {
      if (value !== "")
        cells.push(numberStyle ? { row, column, value, numberStyle } : { row, column, value });
    };
    put(0, agency.agency);
    put(1, agency.type ?? "");
    put(2, agency.province ?? "");
    put(3, year.fiscalYear, "integer");
    put(4, year.printedTools.IIT, "score");
    put(5, year.printedTools.EIT, "score");
    put(6, year.printedTools.OIT, "score");
    put(7, year.printedTotal, "score");
    put(8, year.rating.rating);
    put(9, year.passed ? "ผ่าน" : "ไม่ผ่าน");
    if (result.change !== undefined) put(10, round2(result.change), "change");
    put(11, result.nationalRank, "integer");
    if (result.provinceRank !== undefined) put(12, result.provinceRank, "integer");
  });
  const rowCount = summary.results.length + 1;
  return {
    id: "batch-agencies",
    name: AGENCIES_SHEET_NAME,
    columnWidths: AGENCY_COLUMNS.map((column) => column.width),
    cells,
    merges: [],
    charts: [],
    rowHeights: Array.from({ length: rowCount }, (_, row) => ({ row, points: row === 0 ? 48 : ROW_POINTS })),
    fontName: REPORT_FONT,
    page: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 2, bottom: 2, left: 1.5, right: 1.5 },
      fitToPagesWide: 1,
      repeatRows: { first: 0, last: 0 },
      headerCenter: "ผลการประเมิน ITA รายหน่วยงาน",
      footerPageNumbers: true,
      printArea: { row: 0, column: 0, rowCount, columnCount: AGENCY_COLUMNS.length },
    },
  };
}

function digitsOf(text: string, digits: Digits): string {
  return digits === "thai" ? toThaiDigits(text) : text;
}

/**
 * " ต่ำกว่าคะแนนเฉลี่ยระดับประเทศปี 2568 (93.82) 1.23 คะแนน", by printed figures; "" without national
 * figures for the batch's year.
 */
function nationalSentence(summary: BatchSummary): string {
  if (!summary.national) return "";
  const { fiscalYear, figures } = summary.national;
  const national = exactFromNumber(figures.mean);
  const difference = exactSubtract(printed(summary.meanTotal), national);
  const sign = exactCompare(difference, exactInteger(0));
  const size = formatDecimal(sign < 0 ? exactSubtract(exactInteger(0), difference) : difference, 2);
  const where = sign === 0 ? "เท่ากับ" : sign > 0 ? "สูงกว่า" : "ต่ำกว่า";
  return ` ${where}คะแนนเฉลี่ยระดับประเทศปี ${fiscalYear} (${formatDecimal(national, 2)} คะแนน)${sign === 0 ? "" : ` ${size} คะแนน`}`;
}

/** The national figures of the batch's year as table rows, with their source; none when not known. */
function nationalRows(summary: BatchSummary): TableRow[] {
  if (!summary.national) return [];
  const { fiscalYear, figures } = summary.national;
  return [
    { cells: [`คะแนนเฉลี่ยระดับประเทศ ปี ${fiscalYear}`, { number: figures.mean, style: "score" }] },
    ...(figures.sharePassing === undefined
      ? []
      : [
          {
            cells: [
              `สัดส่วนที่ได้ 85 ขึ้นไป ระดับประเทศ ปี ${fiscalYear}`,
              { number: figures.sharePassing / 100, style: "percent" as const },
            ],
          },
        ]),
    { cells: ["ที่มาของตัวเลขระดับประเทศ", figures.source] },
  ];
}

/** The summary sheet as a report sheet (title, tables, chart), laid out like the agency report. */
export function summaryReportSheet(summary: BatchSummary, digits: Digits = "arabic"): ReportSheet {
  const years = summary.fiscalYears.join(", ");
  const passingPercent = roundHalfUpToNumber(summary.passingShare, 4) * 100;
  const blocks: ReportBlock[] = [
    { kind: "title", text: digitsOf(`สรุปผลการประเมิน ITA ภาพรวม ปีงบประมาณ ${years}`, digits) },
    {
      kind: "paragraph",
      text: digitsOf(
        `หน่วยงานที่ประเมิน ${summary.agencyCount.toLocaleString("en-US")} แห่ง ` +
          `ได้คะแนน 85 ขึ้นไป ${summary.passingCount.toLocaleString("en-US")} แห่ง ` +
          `(ร้อยละ ${passingPercent.toFixed(2)}) ` +
          `${summary.targetMet ? "บรรลุ" : "ยังไม่บรรลุ"}เป้าหมายร้อยละ 80 ` +
          `คะแนนรวมเฉลี่ยของกลุ่ม ${formatDecimal(summary.meanTotal, 2)} คะแนน` +
          nationalSentence(summary),
        digits
      ),
    },
    { kind: "heading", text: "การกระจายของระดับผลการประเมิน" },
    {
      kind: "table",
      header: ["ระดับ", "จำนวน (แห่ง)", "ร้อยละ"],
      spans: [2, 1, 1],
      rows: summary.distribution.map((row): TableRow => ({
        cells: [
          row.rating,
          { number: row.count, style: "integer" },
          { number: percent(row.share), style: "percent" },
        ],
      })),
      align: ["left", "right", "right"],
    },
    { kind: "heading", text: "สัดส่วนหน่วยงานที่ได้ 85 คะแนนขึ้นไป เทียบเป้าหมายร้อยละ 80" },
    {
      kind: "table",
      header: ["รายการ", "ค่า"],
      spans: [2, 2],
      rows: [
        { cells: ["หน่วยงานทั้งหมด (แห่ง)", { number: summary.agencyCount, style: "integer" }] },
        { cells: ["ได้ 85 คะแนนขึ้นไป (แห่ง)", { number: summary.passingCount, style: "integer" }] },
        { cells: ["สัดส่วน", { number: percent(summary.passingShare), style: "percent" }] },
        { cells: ["เป้าหมาย", { number: percent(summary.targetShare), style: "percent" }] },
        { cells: ["ผลเทียบเป้าหมาย", summary.targetMet ? "บรรลุเป้าหมาย" : "ยังไม่บรรลุเป้าหมาย"], kind: "total" },
        { cells: ["คะแนนรวมเฉลี่ยของกลุ่ม", { number: round2(summary.meanTotal), style: "score" }] },
        ...nationalRows(summary),
      ],
      align: ["left", "right"],
    },
    { kind: "heading", text: "คะแนนเฉลี่ยรายตัวชี้วัด" },
    {
      kind: "table",
      header: ["ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "คะแนนเฉลี่ย"],
      spans: [1, 1, 1, 1],
      rows: summary.indicatorMeans.map((mean): TableRow => ({
        cells: [
          digitsOf(String(mean.indicator.number), digits),
          mean.indicator.nameTh,
          mean.indicator.tool,
          { number: round2(mean.mean), style: "score" },
        ],
      })),
      align: ["center", "left", "center", "right"],
    },
    { kind: "heading", text: "ตัวชี้วัดที่อ่อนที่สุด (คะแนนเฉลี่ยต่ำสุด 10 อันดับ)" },
    {
      kind: "table",
      header: ["อันดับ", "ตัวชี้วัด", "คะแนนเฉลี่ย"],
      spans: [1, 2, 1],
      rows: summary.weakestIndicators.map((mean, i): TableRow => ({
        cells: [
          digitsOf(String(i + 1), digits),
          digitsOf(`${mean.indicator.number} ${mean.indicator.nameTh}`, digits),
          { number: round2(mean.mean), style: "score" },
        ],
      })),
      align: ["center", "left", "right"],
    },
  ];
  if (summary.indicatorMeans.length > 0) {
    blocks.push({
      kind: "chart",
      chart: "clusteredBar",
      title: "คะแนนเฉลี่ยรายตัวชี้วัด",
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนนเฉลี่ย",
      categories: summary.indicatorMeans.map((mean) => digitsOf(`ตัวชี้วัดที่ ${mean.indicator.number}`, digits)),
      series: [{ name: "คะแนนเฉลี่ย", values: summary.indicatorMeans.map((mean) => round2(mean.mean)) }],
    });
  }
  return {
    id: "batch-summary",
    name: SUMMARY_SHEET_NAME,
    columnWidths: [12, 40, 14, 14],
    blocks,
    headerCenter: "สรุปผลการประเมิน ITA ภาพรวม",
  };
}

/**
 * The sheets of the batch workbook, summary second so the agencies' table opens first.
 *
 * @example renderWorkbook(batchSheetLayouts(summarizeBatch(agencies)), { digits: "arabic" })
 */
export function batchSheetLayouts(summary: BatchSummary, digits: Digits = "arabic"): SheetLayout[] {
  return [layoutAgenciesSheet(summary), layoutReportSheet(summaryReportSheet(summary, digits))];
}
