/**
 * The summary block below the measure rows: per tool and in all, how many measures, how many in each
 * status, the share done and how many are overdue, as native formulas over the measure rows, so the
 * figures stay live in Excel without the add-in.
 */
import { columnLetters } from "../a1";
import type { ToolId } from "../frameworks";
import { TOOL_IDS } from "../frameworks";
import { CellStyle, Digits, numberFormatFor } from "../report/layout";
import { LINE_HEIGHT_EM } from "../report/cell-metrics";
import { statusLabel, TRACKING_STATUSES } from "./statuses";
import {
  TRACKING_COLUMN_INDEX,
  TRACKING_SUMMARY_TITLE,
  TrackingColumn,
  trackingColumnLetter,
} from "./tracking-columns";
import {
  MeasureRows,
  TEXT_FORMAT,
  TRACKING_FONT_SIZE,
  TRACKING_HEADER_STYLE,
  TrackingCell,
  TrackingDraft,
  TrackingSheetLayout,
} from "./tracking-layout";

const SUMMARY_FILL = "#F2F2F2";

/** Where the summary was put, as the layout tells the hosts, and its last row. */
export type TrackingSummary = TrackingSheetLayout["summary"] & { readonly lastRow: number };

/** Puts the summary block into `draft`, a blank row below the measure rows. */
export function layoutTrackingSummary(
  draft: TrackingDraft,
  { first, rowCount }: MeasureRows,
  digits: Digits
): TrackingSummary {
  const last = first + rowCount - 1;
  const at = TRACKING_COLUMN_INDEX;
  const put = (cell: TrackingCell) => draft.cells.push(cell);
  const { merges, rowHeights } = draft;
  const lineHeight = TRACKING_FONT_SIZE * LINE_HEIGHT_EM;
  const done = statusLabel("done");
  const cancelled = statusLabel("cancelled");
  const range = (column: TrackingColumn) =>
    `$${trackingColumnLetter(column)}$${first + 1}:$${trackingColumnLetter(column)}$${last + 1}`;
  const tools = range("tool");
  const status = range("status");
  const summaryTitleRow = last + 2;
  const summaryHeaderRow = summaryTitleRow + 1;
  const figureColumns: Record<ToolId | "all", number> = {
    IIT: at.deadline,
    EIT: at.status,
    OIT: at.progress,
    all: at.doneOn,
  };
  const labelColumns = at.deadline;
  const summaryStyle: CellStyle = { border: true, wrap: true, vertical: "top" };
  put({
    row: summaryTitleRow,
    column: 0,
    value: `${TRACKING_SUMMARY_TITLE} (สูตรคำนวณจากตารางข้างบน ปรับตามข้อมูลที่กรอกทันที)`,
    numberFormat: TEXT_FORMAT,
    style: { bold: true },
  });
  put({
    row: summaryHeaderRow,
    column: 0,
    value: "รายการ",
    numberFormat: TEXT_FORMAT,
    style: TRACKING_HEADER_STYLE,
  });
  for (let c = 1; c < labelColumns; c += 1)
    put({ row: summaryHeaderRow, column: c, style: TRACKING_HEADER_STYLE });
  merges.push({ row: summaryHeaderRow, column: 0, rowCount: 1, columnCount: labelColumns });
  for (const tool of [...TOOL_IDS, "all"] as const) {
    put({
      row: summaryHeaderRow,
      column: figureColumns[tool],
      value: tool === "all" ? "รวม" : tool,
      numberFormat: TEXT_FORMAT,
      style: TRACKING_HEADER_STYLE,
    });
  }
  const countRow = summaryHeaderRow + 1;
  const statusRow = (id: (typeof TRACKING_STATUSES)[number]["id"]) =>
    countRow + 1 + TRACKING_STATUSES.findIndex((entry) => entry.id === id);
  const shareRow = countRow + 1 + TRACKING_STATUSES.length;
  const overdueRow = shareRow + 1;
  const figure = (
    label: string,
    row: number,
    formulaFor: (tool: ToolId | "all") => string,
    style: "integer" | "percent"
  ) => {
    put({
      row,
      column: 0,
      value: label,
      numberFormat: TEXT_FORMAT,
      style: { ...summaryStyle, fill: SUMMARY_FILL },
    });
    for (let c = 1; c < labelColumns; c += 1)
      put({ row, column: c, style: { ...summaryStyle, fill: SUMMARY_FILL } });
    merges.push({ row, column: 0, rowCount: 1, columnCount: labelColumns });
    for (const tool of [...TOOL_IDS, "all"] as const) {
      put({
        row,
        column: figureColumns[tool],
        formula: formulaFor(tool),
        numberFormat: numberFormatFor(style, digits),
        style: { ...summaryStyle, horizontal: "right", ...(tool === "all" ? { bold: true } : {}) },
      });
    }
  };
  const sumAcross = (row: number) =>
    `=SUM(${columnLetters(figureColumns.IIT)}${row + 1}:${columnLetters(figureColumns.OIT)}${row + 1})`;
  const byTool = (tool: ToolId) => `${tools},"${tool}"`;
  figure(
    "จำนวนมาตรการ",
    countRow,
    (tool) => (tool === "all" ? sumAcross(countRow) : `=COUNTIF(${byTool(tool)})`),
    "integer"
  );
  for (const entry of TRACKING_STATUSES) {
    const row = statusRow(entry.id);
    figure(
      entry.label,
      row,
      (tool) => {
        if (tool === "all") return sumAcross(row);
        const counted = `=COUNTIFS(${byTool(tool)},${status},"${entry.label}")`;
        // A blank status counts as not started, as the reader takes it.
        return entry.id === "not-started" ? `${counted}+COUNTIFS(${byTool(tool)},${status},"")` : counted;
      },
      "integer"
    );
  }
  figure(
    "ร้อยละที่ดำเนินการแล้วเสร็จ",
    shareRow,
    (tool) => {
      const column = columnLetters(figureColumns[tool]);
      return `=IF(${column}${countRow + 1}=0,0,${column}${statusRow("done") + 1}/${column}${countRow + 1})`;
    },
    "percent"
  );
  figure(
    "เลยกำหนดและยังไม่แล้วเสร็จ (ณ วันที่เปิดไฟล์)",
    overdueRow,
    (tool) =>
      tool === "all"
        ? sumAcross(overdueRow)
        : `=COUNTIFS(${byTool(tool)},${range("deadline")},"<"&TODAY(),${status},"<>${done}",${status},"<>${cancelled}")`,
    "integer"
  );
  const summaryRows = [
    { label: "จำนวนมาตรการ", row: countRow },
    ...TRACKING_STATUSES.map((entry) => ({ label: entry.label, row: statusRow(entry.id) })),
    { label: "ร้อยละที่ดำเนินการแล้วเสร็จ", row: shareRow },
    { label: "เลยกำหนด", row: overdueRow },
  ];
  for (const { row } of summaryRows)
    rowHeights.push({ row, points: Math.ceil((lineHeight + 2) / 0.75) * 0.75 });

  return { firstRow: summaryTitleRow, rows: summaryRows, columns: figureColumns, lastRow: overdueRow };
}
