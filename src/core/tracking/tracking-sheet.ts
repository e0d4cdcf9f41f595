/**
 * The tracking sheet as data (issue 14 point 1): one row per measure of the measures sheet, the officer's
 * columns beside it, data validation on every officer column, a summary block of native formulas that
 * stays live without the add-in, overdue rows marked by conditional formatting, and a hidden identity so the
 * reader can tell which agency, year and measure every row belongs to.
 *
 * Both hosts draw this layout: the .xlsx renderer with ExcelJS (src/xlsx/tracking-sheet.ts) and the
 * add-in with Office.js. Formulas are written as Excel shows them (English function names, "," between
 * arguments, a leading "="); a text value is always text, never a formula (the hosts format text columns "@"
 * before writing values).
 *
 * Layout (1-based rows): 1 title, 2 agency, 3 how to fill it in, 4 the header, 5… one row per measure; then
 * a blank row, the summary block, and, when a regenerated plan dropped measures the officer had written
 * about, their rows kept below it. Column M is hidden: M1 holds the identity (JSON), M4 the header
 * "รหัสมาตรการ", and each measure row its key.
 */
import { columnLetters } from "../a1";
import type { ToolId } from "../frameworks";
import { TOOL_IDS } from "../frameworks";
import { CellStyle, Digits, Merge, numberFormatFor } from "../report/layout";
import { LINE_HEIGHT_EM, linesNeeded, REPORT_FONT } from "../report/layout-sheet";
import { voiceFor } from "../report/agency-voice";
import { toThaiDigitsKeepingCodes } from "../report/report-context";
import { formatThaiDate, ThaiDate, toThaiDigits } from "../thai";
import { dateSerial, fiscalYearSpan } from "./cell-date";
import { statusLabel, TRACKING_STATUSES } from "./statuses";
import { measureLabel, TrackedMeasure, TrackingAgency, TrackingPlan } from "./tracked-measure";

export type TrackingColumn =
  | "number"
  | "tool"
  | "issue"
  | "action"
  | "responsible"
  | "deadline"
  | "status"
  | "progress"
  | "doneOn"
  | "evidence"
  | "obstacles"
  | "note"
  | "key";

/** The officer's columns: what they type, and what regenerating the sheet keeps. */
export type OfficerColumn = "status" | "progress" | "doneOn" | "evidence" | "obstacles" | "note";

export const OFFICER_COLUMNS: readonly OfficerColumn[] = [
  "status",
  "progress",
  "doneOn",
  "evidence",
  "obstacles",
  "note",
];

/** The columns, left to right (A–M). */
export const TRACKING_COLUMN_ORDER: readonly TrackingColumn[] = [
  "number",
  "tool",
  "issue",
  "action",
  "responsible",
  "deadline",
  ...OFFICER_COLUMNS,
  "key",
];

/** Each column's header: the reader finds the columns by these words. */
export const TRACKING_HEADERS: Readonly<Record<TrackingColumn, string>> = {
  number: "ลำดับ",
  tool: "ด้าน",
  issue: "ประเด็น",
  action: "มาตรการ",
  responsible: "ผู้รับผิดชอบ",
  deadline: "กำหนดแล้วเสร็จ",
  status: "สถานะ",
  progress: "ความก้าวหน้า (%)",
  doneOn: "วันที่แล้วเสร็จ",
  evidence: "หลักฐาน (เอกสาร/ลิงก์)",
  obstacles: "ปัญหาอุปสรรค",
  note: "หมายเหตุ",
  key: "รหัสมาตรการ",
};

/** Width of each column in characters (A–M). */
const COLUMN_WIDTHS: Readonly<Record<TrackingColumn, number>> = {
  number: 7,
  tool: 7,
  issue: 30,
  action: 50,
  responsible: 20,
  deadline: 25,
  status: 23,
  progress: 12,
  doneOn: 25,
  evidence: 28,
  obstacles: 28,
  note: 22,
  key: 16,
};

/** The identity cell's JSON starts with this; the reader finds the sheet by it, whatever its name. */
export const TRACKING_MARKER = '{"itaTracking":1';

/** Column A of the row that starts the summary block; the measure rows end above it. */
export const TRACKING_SUMMARY_TITLE = "สรุปผลการดำเนินการ";

/** Column A of the row that starts the kept rows of measures no longer in the plan. */
export const TRACKING_RETIRED_TITLE = "บันทึกเดิมของมาตรการที่ไม่อยู่ในแผนฉบับนี้";

/** Longest text accepted in the evidence, obstacles and notes columns. */
export const TRACKING_TEXT_LIMIT = 2000;

/** 0-based rows of the fixed part. */
export const TRACKING_ROWS = { title: 0, agency: 1, guide: 2, header: 3, firstMeasure: 4 } as const;

/** The column index (0-based) of each column. */
export const TRACKING_COLUMN_INDEX: Readonly<Record<TrackingColumn, number>> = Object.fromEntries(
  TRACKING_COLUMN_ORDER.map((column, index) => [column, index])
) as Record<TrackingColumn, number>;

const FONT_SIZE = 14;
const TITLE_FONT_SIZE = 18;
const HEADER_FILL = "#DCE6F2";
const OFFICER_FILL = "#FFF8E1";
const SUMMARY_FILL = "#F2F2F2";
const OVERDUE_FILL = "#F8D7DA";
const OVERDUE_FONT = "#9C0006";

/** The sheet's name: "ติดตามมาตรการ ITA 2566". */
export function trackingSheetName(fiscalYear: number): string {
  return `ติดตามมาตรการ ITA ${fiscalYear}`;
}

/** What the hidden identity cell records. */
export interface TrackingIdentity {
  readonly agency: TrackingAgency;
  /** The fiscal year the measures are for. */
  readonly fiscalYear: number;
  /** The sheet's name when it was generated (a renamed sheet is still found, and said to be renamed). */
  readonly sheetName: string;
  /** The keys of the measures, in the plan's order. */
  readonly measures: readonly string[];
  /** Each measure's number and the start of its action, to name a measure whose row is missing. */
  readonly labels: readonly string[];
}

/** The identity as the hidden cell holds it. */
export function identityText(identity: TrackingIdentity): string {
  return `${TRACKING_MARKER},${JSON.stringify(identity).slice(1)}`;
}

/** What the officer typed in one row, as the cells hold it (a date as a Date or a serial, text as text). */
export type OfficerEntry = Readonly<Record<OfficerColumn, unknown>>;

/** A measure dropped from the plan whose row the officer had filled in: kept below the summary. */
export interface RetiredEntry {
  readonly measure: TrackedMeasure;
  readonly entry: OfficerEntry;
}

/** A cell of the tracking sheet: a value or a formula, with its number format and look. */
export interface TrackingCell {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  /** Text is always text; a number may be a date serial (its number format shows it as a date). */
  readonly value?: string | number;
  /** An Excel formula with its leading "=", English function names, "," between arguments. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export type TrackingRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "date"; readonly from: ThaiDate; readonly to: ThaiDate }
  | { readonly kind: "textLength"; readonly max: number };

export interface TrackingValidation {
  readonly range: Merge;
  readonly rule: TrackingRule;
  /** Shown when the cell is selected (title ≤ 32 characters, message ≤ 255: Excel's limits). */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Shown when a value breaks the rule; the value is refused. */
  readonly error: { readonly title: string; readonly message: string };
}

export interface TrackingConditionalFormat {
  readonly range: Merge;
  /** A formula for the range's top-left cell, with its leading "="; relative references move with the cell. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface TrackingSheetLayout {
  readonly name: string;
  readonly fontName: string;
  /** Points. */
  readonly fontSize: number;
  /** Characters, A–M. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly TrackingCell[];
  readonly merges: readonly Merge[];
  readonly validations: readonly TrackingValidation[];
  readonly conditionalFormats: readonly TrackingConditionalFormat[];
  /** 0-based columns to hide (the identity and the keys). */
  readonly hiddenColumns: readonly number[];
  /** Rows kept in view when scrolling: the title block and the header. */
  readonly frozenRows: number;
  /** Heights of the merged rows (points); the others are left to the host's autofit. */
  readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
  /** Rows the host fits to their text after writing (no merged cells in them). */
  readonly autofitRows: readonly number[];
  readonly page: {
    readonly orientation: "landscape";
    readonly fitToPagesWide: 1;
    /** Centimetres. */
    readonly margins: {
      readonly top: number;
      readonly bottom: number;
      readonly left: number;
      readonly right: number;
    };
    readonly headerCenter: string;
    readonly footerPageNumbers: true;
  };
  /** Where the measures are: the header row, the first measure row and how many rows. */
  readonly table: { readonly headerRow: number; readonly firstRow: number; readonly rowCount: number };
  /** The summary's figure cells, by row label and tool ("รวม" for all), 0-based. */
  readonly summary: {
    readonly firstRow: number;
    readonly rows: readonly { readonly label: string; readonly row: number }[];
    readonly columns: Readonly<Record<ToolId | "all", number>>;
  };
}

export interface TrackingSheetOptions {
  readonly digits: Digits;
  /** What the officer typed, by measure (the hash part of the key): kept in the rows of those measures. */
  readonly entries?: ReadonlyMap<string, OfficerEntry>;
  /** Rows of measures the plan no longer has, kept below the summary. */
  readonly retired?: readonly RetiredEntry[];
}

/** The number format of a date cell: the Thai calendar, Thai or Arabic digits ("๓๑ มีนาคม ๒๕๖๖"). */
export function dateNumberFormat(digits: Digits): string {
  return digits === "thai" ? "[$-D07041E]d mmmm yyyy" : "[$-107041E]d mmmm yyyy";
}

/** The number format of the progress column: the number as typed, in the sheet's digits. */
function progressNumberFormat(digits: Digits): string {
  return digits === "thai" ? "[$-D00041E]General" : "General";
}

const TEXT_FORMAT = "@";

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

/** A blank entry: "ยังไม่เริ่ม", nothing else. */
export const BLANK_ENTRY: OfficerEntry = {
  status: statusLabel("not-started"),
  progress: "",
  doneOn: "",
  evidence: "",
  obstacles: "",
  note: "",
};

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
  const visibleColumns = TRACKING_COLUMN_ORDER.length - 1;
  const widths = TRACKING_COLUMN_ORDER.map((column) => COLUMN_WIDTHS[column]);
  const visibleWidth = widths.slice(0, visibleColumns).reduce((sum, width) => sum + width, 0);
  const lineHeight = FONT_SIZE * LINE_HEIGHT_EM;
  const heightOf = (value: string, widthUnits: number, fontSize = FONT_SIZE) =>
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
    merges.push({ row, column: 0, rowCount: 1, columnCount: visibleColumns });
    rowHeights.push({ row, points: heightOf(value, visibleWidth, style.fontSize ?? FONT_SIZE) });
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

  const headerStyle: CellStyle = {
    bold: true,
    fill: HEADER_FILL,
    border: true,
    wrap: true,
    horizontal: "center",
    vertical: "center",
  };
  const headerRow = (row: number) =>
    TRACKING_COLUMN_ORDER.forEach((column) =>
      put({
        row,
        column: at[column],
        value: TRACKING_HEADERS[column],
        numberFormat: TEXT_FORMAT,
        style: headerStyle,
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
    const points = Math.max(...texts.map(([column, value]) => heightOf(value, COLUMN_WIDTHS[column])));
    rowHeights.push({ row, points });
    autofitRows.push(row);
  };

  const first = TRACKING_ROWS.firstMeasure;
  plan.measures.forEach((measure, i) => {
    const hash = measure.key.slice(measure.key.indexOf("#") + 1);
    measureRow(first + i, measure, options.entries?.get(hash) ?? BLANK_ENTRY, measure.number);
  });
  const rowCount = Math.max(1, plan.measures.length);
  const last = first + rowCount - 1;

  // ---- validations and conditional formatting on the measure rows --------------------------------------
  const span = (column: OfficerColumn): Merge => ({
    row: first,
    column: at[column],
    rowCount,
    columnCount: 1,
  });
  const statuses = TRACKING_STATUSES.map((status) => status.label);
  const year = fiscalYearSpan(plan.fiscalYear);
  const textRule = (column: OfficerColumn, what: string): TrackingValidation => ({
    range: span(column),
    rule: { kind: "textLength", max: TRACKING_TEXT_LIMIT },
    prompt: { title: what, message: `ข้อความไม่เกิน ${TRACKING_TEXT_LIMIT} ตัวอักษร` },
    error: { title: `${what}ยาวเกินไป`, message: `พิมพ์ได้ไม่เกิน ${TRACKING_TEXT_LIMIT} ตัวอักษร` },
  });
  const validations: TrackingValidation[] = [
    {
      range: span("status"),
      rule: { kind: "list", values: statuses },
      prompt: { title: "สถานะ", message: `เลือกจากรายการ: ${statuses.join(" · ")}` },
      error: { title: "สถานะไม่อยู่ในรายการ", message: `เลือกได้เฉพาะ: ${statuses.join(" · ")}` },
    },
    {
      range: span("progress"),
      rule: { kind: "decimal", min: 0, max: 100 },
      prompt: {
        title: "ความก้าวหน้า (%)",
        message: "ตัวเลข 0–100 เช่น 60 (ไม่ต้องพิมพ์ %) ดำเนินการแล้วเสร็จ = 100",
      },
      error: { title: "ความก้าวหน้าไม่ถูกต้อง", message: "ใส่ตัวเลขตั้งแต่ 0 ถึง 100" },
    },
    {
      range: span("doneOn"),
      rule: { kind: "date", from: year.from, to: year.to },
      prompt: {
        title: "วันที่แล้วเสร็จ",
        message: `วันที่ในปีงบประมาณ ${plan.fiscalYear}: ${formatThaiDate(year.from, "arabic")} ถึง ${formatThaiDate(year.to, "arabic")}`,
      },
      error: {
        title: "วันที่อยู่นอกปีงบประมาณ",
        message: `ใส่วันที่ตั้งแต่ ${formatThaiDate(year.from, "arabic")} ถึง ${formatThaiDate(year.to, "arabic")}`,
      },
    },
    textRule("evidence", "หลักฐาน"),
    textRule("obstacles", "ปัญหาอุปสรรค"),
    textRule("note", "หมายเหตุ"),
  ];
  const letter = (column: TrackingColumn) => columnLetters(at[column]);
  const done = statusLabel("done");
  const cancelled = statusLabel("cancelled");
  const conditionalFormats: TrackingConditionalFormat[] = [
    {
      range: { row: first, column: 0, rowCount, columnCount: visibleColumns },
      formula:
        `=AND($${letter("deadline")}${first + 1}<>"",$${letter("deadline")}${first + 1}<TODAY(),` +
        `$${letter("status")}${first + 1}<>"${done}",$${letter("status")}${first + 1}<>"${cancelled}")`,
      fill: OVERDUE_FILL,
      fontColor: OVERDUE_FONT,
    },
  ];

  // ---- the summary block: native formulas, live without the add-in ------------------------------------
  const range = (column: TrackingColumn) => `$${letter(column)}$${first + 1}:$${letter(column)}$${last + 1}`;
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
  put({ row: summaryHeaderRow, column: 0, value: "รายการ", numberFormat: TEXT_FORMAT, style: headerStyle });
  for (let c = 1; c < labelColumns; c += 1) put({ row: summaryHeaderRow, column: c, style: headerStyle });
  merges.push({ row: summaryHeaderRow, column: 0, rowCount: 1, columnCount: labelColumns });
  for (const tool of [...TOOL_IDS, "all"] as const) {
    put({
      row: summaryHeaderRow,
      column: figureColumns[tool],
      value: tool === "all" ? "รวม" : tool,
      numberFormat: TEXT_FORMAT,
      style: headerStyle,
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

  // ---- measures no longer in the plan, kept as the officer left them ----------------------------------
  const retired = options.retired ?? [];
  if (retired.length > 0) {
    const retiredTitleRow = overdueRow + 2;
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
    fontSize: FONT_SIZE,
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
    summary: { firstRow: summaryTitleRow, rows: summaryRows, columns: figureColumns },
  };
}
