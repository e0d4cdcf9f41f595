/**
 * The tracking sheet as data (issue 14 point 1): one row per measure of the measures sheet, the officer's
 * columns beside it, data validation on every officer column, a summary block of native formulas that
 * stays live without the add-in, overdue rows marked by conditional formatting, and a hidden identity so the
 * reader can tell which agency, year and measure every row belongs to.
 *
 * Both hosts draw this layout: the .xlsx renderer with ExcelJS (src/xlsx/tracking-sheet.ts) and the
 * add-in's live-workbook renderer (src/excel/tracking-sheet.ts). Formulas are written as Excel shows them (English function names, "," between
 * arguments, a leading "="); a text value is always text, never a formula (the hosts format text columns "@"
 * before writing values).
 *
 * Layout (1-based rows): 1 title, 2 agency, 3 how to fill it in, 4 the header, 5… one row per measure; then
 * a blank row, the summary block, and, when a regenerated plan dropped measures the officer had written
 * about, their rows kept below it. Column M is hidden: M1 holds the identity (JSON), M4 the header
 * "รหัสมาตรการ", and each measure row its key.
 *
 * This file draws the rows from the title to the measures and the kept rows; the columns, the identity,
 * the officer's entries, the checks on their columns and the summary block each have a file beside it.
 */
import { CellStyle, Digits, Merge } from "../report/layout";
import { voiceFor } from "../report/agency-voice";
import { toThaiDigitsKeepingCodes } from "../report/report-context";
import { LINE_HEIGHT_EM, linesNeeded, REPORT_FONT } from "../report/cell-metrics";
import { toThaiDigits } from "../thai";
import { dateSerial } from "./cell-date";
import { BLANK_ENTRY, OfficerEntry } from "./officer-entry";
import { measureLabel, TrackedMeasure, TrackingPlan } from "./tracked-measure";
import {
  OFFICER_COLUMNS,
  OfficerColumn,
  TRACKING_COLUMN_INDEX,
  TRACKING_COLUMN_ORDER,
  TRACKING_COLUMN_WIDTHS,
  TRACKING_HEADERS,
  TRACKING_RETIRED_TITLE,
  TRACKING_ROWS,
  TRACKING_VISIBLE_COLUMNS,
  TrackingColumn,
  trackingSheetName,
} from "./tracking-columns";
import { identityText, TrackingIdentity } from "./tracking-identity";
import {
  TEXT_FORMAT,
  TRACKING_FONT_SIZE,
  TRACKING_HEADER_STYLE,
  TrackingCell,
  TrackingSheetLayout,
  TrackingSheetOptions,
} from "./tracking-layout";
import { layoutTrackingSummary } from "./tracking-summary";
import { officerValidations, overdueFormats } from "./tracking-validations";

export type { OfficerColumn, TrackingColumn } from "./tracking-columns";
export {
  OFFICER_COLUMNS,
  TRACKING_COLUMN_INDEX,
  TRACKING_COLUMN_ORDER,
  TRACKING_HEADERS,
  TRACKING_RETIRED_TITLE,
  TRACKING_ROWS,
  TRACKING_SUMMARY_TITLE,
  TRACKING_TEXT_LIMIT,
  trackingSheetName,
} from "./tracking-columns";
export type { TrackingIdentity } from "./tracking-identity";
export { identityText, TRACKING_MARKER } from "./tracking-identity";
export type { OfficerEntry, RetiredEntry } from "./officer-entry";
export { BLANK_ENTRY } from "./officer-entry";
export type {
  TrackingCell,
  TrackingConditionalFormat,
  TrackingRule,
  TrackingSheetLayout,
  TrackingSheetOptions,
  TrackingValidation,
} from "./tracking-layout";

const TITLE_FONT_SIZE = 18;
const OFFICER_FILL = "#FFF8E1";

/** The number format of a date cell: the Thai calendar, Thai or Arabic digits ("๓๑ มีนาคม ๒๕๖๖"). */
export function dateNumberFormat(digits: Digits): string {
  return digits === "thai" ? "[$-D07041E]d mmmm yyyy" : "[$-107041E]d mmmm yyyy";
}

/** The number format of the progress column: the number as typed, in the sheet's digits. */
function progressNumberFormat(digits: Digits): string {
  return digits === "thai" ? "[$-D00041E]General" : "General";
}

/** A typed value as a cell holds it: a Date becomes its serial, other non-text values text. */
function cellValueOf(value: unknown): string | number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return dateSerial({
      day: value.getUTCDate(),
      month: value.getUTCMonth() + 1,
      buddhistYear: value.getUTCFullYear() + 543,
    });
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return typeof value === "string" ? value : String(value);
}

/**
 * The tracking sheet of a plan: its cells, merges, validations, conditional formatting, hidden identity and
 * print setup. Officer entries given in `options.entries` are written back into the rows of their
 * measures, as typed; `options.retired` rows are kept below the summary.
 *
 * @example trackingSheetLayout(trackingPlanFor(result), { digits: "thai" }).name // "ติดตามมาตรการ ITA 2566"
 */
export function trackingSheetLayout(plan: TrackingPlan, options: TrackingSheetOptions): TrackingSheetLayout {
  const { digits } = options;
  const text = (value: string) => (digits === "thai" ? toThaiDigitsKeepingCodes(value) : value);
  const number = (value: string) => (digits === "thai" ? toThaiDigits(value) : value);
  const name = trackingSheetName(plan.fiscalYear);
  const at = TRACKING_COLUMN_INDEX;
  const widths = TRACKING_COLUMN_ORDER.map((column) => TRACKING_COLUMN_WIDTHS[column]);
  const visibleWidth = widths.slice(0, TRACKING_VISIBLE_COLUMNS).reduce((sum, width) => sum + width, 0);
  const heightOf = (value: string, widthUnits: number, fontSize = TRACKING_FONT_SIZE) =>
    Math.ceil(
      (Math.max(1, linesNeeded(value, widthUnits, fontSize)) * fontSize * LINE_HEIGHT_EM + 2) / 0.75
    ) * 0.75;

  const cells: TrackingCell[] = [];
  const merges: Merge[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  const autofitRows: number[] = [];
  const put = (cell: TrackingCell) => cells.push(cell);
  const banner = (row: number, value: string, style: CellStyle) => {
    put({
      row,
      column: 0,
      value,
      numberFormat: TEXT_FORMAT,
      style: { wrap: true, vertical: "top", ...style },
    });
    merges.push({ row, column: 0, rowCount: 1, columnCount: TRACKING_VISIBLE_COLUMNS });
    rowHeights.push({ row, points: heightOf(value, visibleWidth, style.fontSize ?? TRACKING_FONT_SIZE) });
  };

  const voice = voiceFor(plan.agency);
  const title =
    `ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}`;
  banner(TRACKING_ROWS.title, text(title), { bold: true, fontSize: TITLE_FONT_SIZE, horizontal: "center" });
  banner(TRACKING_ROWS.agency, text([voice.agency, voice.place].filter(Boolean).join(" ")), {
    horizontal: "center",
  });
  banner(
    TRACKING_ROWS.guide,
    "วิธีกรอก: กรอกเฉพาะคอลัมน์สถานะถึงหมายเหตุ (พื้นสีเหลือง) แถวที่เลยกำหนดแล้วเสร็จและยังไม่เสร็จจะเป็นสีแดง " +
      "ห้ามลบ ย้าย หรือเรียงลำดับแถวใหม่ ห้ามแก้คอลัมน์ที่ซ่อนไว้ซึ่งใช้จับคู่แถวกับมาตรการ " +
      "เมื่อสร้างแผ่นงานนี้ใหม่จากมาตรการ ข้อมูลที่กรอกไว้จะคงอยู่",
    { fontColor: "#595959" }
  );

  const identity: TrackingIdentity = {
    agency: plan.agency,
    fiscalYear: plan.fiscalYear,
    sheetName: name,
    measures: plan.measures.map((measure) => measure.key),
    labels: plan.measures.map(measureLabel),
  };
  put({ row: 0, column: at.key, value: identityText(identity), numberFormat: TEXT_FORMAT });

  const headerRow = (row: number) =>
    TRACKING_COLUMN_ORDER.forEach((column) =>
      put({
        row,
        column: at[column],
        value: TRACKING_HEADERS[column],
        numberFormat: TEXT_FORMAT,
        style: TRACKING_HEADER_STYLE,
      })
    );
  headerRow(TRACKING_ROWS.header);
  autofitRows.push(TRACKING_ROWS.header);

  const measureStyle: CellStyle = { border: true, wrap: true, vertical: "top" };
  const officerStyle: CellStyle = { ...measureStyle, fill: OFFICER_FILL };
  const dateFormat = dateNumberFormat(digits);
  const officerFormat: Readonly<Record<OfficerColumn, string>> = {
    status: TEXT_FORMAT,
    progress: progressNumberFormat(digits),
    doneOn: dateFormat,
    evidence: TEXT_FORMAT,
    obstacles: TEXT_FORMAT,
    note: TEXT_FORMAT,
  };
  const measureRow = (row: number, measure: TrackedMeasure, entry: OfficerEntry, shownNumber: string) => {
    const measureCells: [TrackingColumn, string | number, string][] = [
      ["number", number(shownNumber), TEXT_FORMAT],
      ["tool", measure.tool, TEXT_FORMAT],
      ["issue", text(measure.issue), TEXT_FORMAT],
      ["action", text(measure.action), TEXT_FORMAT],
      ["responsible", text(measure.responsible), TEXT_FORMAT],
      ["deadline", dateSerial(measure.deadline), dateFormat],
    ];
    for (const [column, value, numberFormat] of measureCells) {
      put({
        row,
        column: at[column],
        value,
        numberFormat,
        style:
          column === "number" || column === "tool" ? { ...measureStyle, horizontal: "center" } : measureStyle,
      });
    }
    for (const column of OFFICER_COLUMNS) {
      const value = cellValueOf(entry[column]);
      put({
        row,
        column: at[column],
        ...(value === undefined ? {} : { value }),
        numberFormat: officerFormat[column],
        style: officerStyle,
      });
    }
    put({ row, column: at.key, value: measure.key, numberFormat: TEXT_FORMAT });
    // Heights for the text as written; the add-in autofits the row again after writing.
    const texts: [TrackingColumn, string][] = [
      ["issue", text(measure.issue)],
      ["action", text(measure.action)],
      ["responsible", text(measure.responsible)],
      ...OFFICER_COLUMNS.map((column): [TrackingColumn, string] => {
        const value = entry[column];
        return [column, typeof value === "string" ? value : ""];
      }),
    ];
    const points = Math.max(
      ...texts.map(([column, value]) => heightOf(value, TRACKING_COLUMN_WIDTHS[column]))
    );
    rowHeights.push({ row, points });
    autofitRows.push(row);
  };

  const first = TRACKING_ROWS.firstMeasure;
  plan.measures.forEach((measure, i) => {
    const hash = measure.key.slice(measure.key.indexOf("#") + 1);
    measureRow(first + i, measure, options.entries?.get(hash) ?? BLANK_ENTRY, measure.number);
  });
  const rowCount = Math.max(1, plan.measures.length);

  const measureRows = { first, rowCount };
  const validations = officerValidations(plan.fiscalYear, measureRows);
  const conditionalFormats = overdueFormats(measureRows);
  const { lastRow: summaryLastRow, ...summary } = layoutTrackingSummary(
    { cells, merges, rowHeights },
    measureRows,
    digits
  );

  // ---- measures no longer in the plan, kept as the officer left them ----------------------------------
  const retired = options.retired ?? [];
  if (retired.length > 0) {
    const retiredTitleRow = summaryLastRow + 2;
    banner(retiredTitleRow, `${TRACKING_RETIRED_TITLE} (ไม่นับในสรุปและรายงาน คัดลอกข้อมูลไปยังมาตรการที่ใช้แทนได้)`, {
      bold: true,
    });
    headerRow(retiredTitleRow + 1);
    retired.forEach((kept, i) =>
      measureRow(retiredTitleRow + 2 + i, kept.measure, kept.entry, `(เดิม ${kept.measure.number})`)
    );
  }

  return {
    name,
    fontName: REPORT_FONT,
    fontSize: TRACKING_FONT_SIZE,
    columnWidths: widths,
    cells,
    merges,
    validations,
    conditionalFormats,
    hiddenColumns: [at.key],
    frozenRows: first,
    rowHeights,
    autofitRows,
    page: {
      orientation: "landscape",
      fitToPagesWide: 1,
      margins: { top: 2, bottom: 2, left: 1.5, right: 1.5 },
      headerCenter: text(
        `${voice.agency} – ติดตามผลการดำเนินการตามมาตรการ ITA ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}`
      ),
      footerPageNumbers: true,
    },
    table: { headerRow: TRACKING_ROWS.header, firstRow: first, rowCount },
    summary,
  };
}
