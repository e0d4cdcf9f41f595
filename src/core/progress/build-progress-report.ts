/**
 * The implementation report (issue 14 point 2): รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
 * ภายในหน่วยงาน, for the six-month round or the year, built from a tracking sheet as read. It is a report
 * model like the analysis report's, laid out by the same `layoutReportSheet` (A4, TH Sarabun New 16, the
 * report's digits, running header, page numbers): the OIT item it serves, the summary by status and tool
 * with a chart of the status counts, every measure (overdue ones first, with their deadlines), a closing
 * paragraph written from the figures, and the signatures.
 */
import { withDigits } from "../report/with-digits";
import { roundHalfUpToString, exactMultiply, exactInteger } from "../exact";
import { FrameworkLookup, frameworkLookup, itemServedBy, ToolId, TOOL_IDS } from "../frameworks";
import { voiceFor } from "../report/agency-voice";
import { Digits } from "../report/layout";
import { ReportBlock, ReportModel, ReportSheet, TableRow, TableValue } from "../report/model";
import { AgencyVoice } from "../report/report-context";
import { formatThaiDate, thaiList, ThaiDate, toThaiDigits } from "../thai";
import { Tracking, TrackingRow } from "../tracking/read-tracking";
import { statusLabel, TRACKING_STATUSES } from "../tracking/statuses";
import { isOverdue, ProgressFigures, progressFigures, StatusCounts } from "./progress-figures";

export interface ProgressReportOptions {
  /** The date the report's data is as of (the pane: today; the CLI: --as-of). */
  readonly asOf: ThaiDate;
  readonly digits: Digits;
  /** Where the measures year's framework is found (for the OIT item this report serves). */
  readonly frameworks?: FrameworkLookup;
  /** The agency's voice when the caller knows better than the tracking sheet's identity. */
  readonly voice?: AgencyVoice;
  /** Include the chart of status counts (default: yes). */
  readonly chart?: boolean;
}

export const PROGRESS_TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

/**
 * Number, measure, status, evidence (two columns), obstacles: characters, A4 portrait. The summary table
 * puts its labels across the first two and a tool in each of the others.
 */
const PROGRESS_COLUMNS = [8, 40, 17, 9, 9, 17];

/** Tool names when the year's framework is not known (ITA.md §1). */
const TOOL_NAMES: Readonly<Record<ToolId, string>> = {
  IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
  EIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
  OIT: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
};

const NAME_LINE = "........................................................";
const DATE_LINE = "วันที่ .......... เดือน ................................ พ.ศ. ..............";

const date = (d: ThaiDate) => formatThaiDate(d, "arabic");

const MONTH_ABBREVIATIONS = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

/** "31 มี.ค. 2566": a date in a table cell, as Thai tables abbreviate it. */
const shortDate = (d: ThaiDate) => `${d.day} ${MONTH_ABBREVIATIONS[d.month - 1] ?? ""} ${d.buddhistYear}`;

/** "62.50", a share as a percentage with two decimals, rounded half-up. */
export function percentText(counts: StatusCounts): string {
  return roundHalfUpToString(exactMultiply(counts.doneShare, exactInteger(100)), 2);
}

/** A progress figure as typed: 60, 12.5. */
function progressText(progress: number): string {
  return Number.isInteger(progress) ? String(progress) : String(Math.round(progress * 100) / 100);
}

/** "รอบ 6 เดือน (ข้อมูล ณ วันที่ 31 มีนาคม 2566)". */
export function roundLine(figures: ProgressFigures): string {
  const round = figures.round === "six-month" ? "รอบ 6 เดือน" : "รอบ 12 เดือน ประจำปี";
  return `${round} (ข้อมูล ณ วันที่ ${date(figures.asOf)})`;
}

/** "๑." or "1.": section numbers. */
function sectionNumber(n: number, digits: Digits): string {
  return digits === "thai" ? `${toThaiDigits(String(n))}.` : `${n}.`;
}

const integer = (n: number): TableValue => ({ number: n, style: "integer" });

/** The summary table: statuses down, tools across, with the share done and the overdue. */
function summaryTable(figures: ProgressFigures): ReportBlock {
  const columns: StatusCounts[] = [...TOOL_IDS.map((tool) => figures.byTool[tool]), figures.all];
  const row = (label: string, value: (counts: StatusCounts) => TableValue, kind?: "total"): TableRow => ({
    cells: [label, ...columns.map(value)],
    ...(kind ? { kind } : {}),
  });
  return {
    kind: "table",
    header: ["ผลการดำเนินการ", ...TOOL_IDS, "รวม"],
    spans: [2, 1, 1, 1, 1],
    align: ["left", "right", "right", "right", "right"],
    rows: [
      row("จำนวนมาตรการ", (counts) => integer(counts.total), "total"),
      ...TRACKING_STATUSES.map((status) =>
        row(status.label, (counts) => integer(counts.byStatus[status.id]))
      ),
      row("ร้อยละที่ดำเนินการแล้วเสร็จ", (counts) =>
        counts.total === 0 ? "–" : { number: Number(percentText(counts)) / 100, style: "percent" }
      ),
      row("เลยกำหนดและยังไม่แล้วเสร็จ", (counts) => integer(counts.overdue)),
    ],
  };
}

/** The chart of the status counts: a bar per status, on a whole-number axis. */
function statusChart(figures: ProgressFigures): ReportBlock {
  const values = TRACKING_STATUSES.map((status) => figures.all.byStatus[status.id]);
  const top = Math.max(1, ...values);
  const majorUnit = top <= 10 ? 1 : Math.ceil(top / 10);
  return {
    kind: "chart",
    chart: "clusteredBar",
    title: "จำนวนมาตรการจำแนกตามสถานะการดำเนินการ",
    categoryAxisTitle: "สถานะ",
    valueAxisTitle: "จำนวนมาตรการ",
    valueAxis: { min: 0, max: Math.ceil(top / majorUnit) * majorUnit, majorUnit },
    categories: TRACKING_STATUSES.map((status) => status.label),
    series: [{ name: "จำนวนมาตรการ", values }],
  };
}

/** One measure's row of the detail table. */
function measureRow(row: TrackingRow, daysLate?: number): TableRow {
  const status = [statusLabel(row.status)];
  if (row.progress !== undefined && row.status !== "done") status.push(`ร้อยละ ${progressText(row.progress)}`);
  if (row.doneOn && row.status === "done") status.push(`เสร็จเมื่อ ${shortDate(row.doneOn)}`);
  status.push(`กำหนด ${shortDate(row.deadline)}`);
  if (daysLate !== undefined) status.push(`เลยกำหนด ${daysLate} วัน`);
  return {
    cells: [
      row.number,
      `${row.action}\n(ผู้รับผิดชอบ: ${row.responsible})`,
      status.join("\n"),
      [row.evidence || "–", ...(row.note ? [`หมายเหตุ: ${row.note}`] : [])].join("\n"),
      row.obstacles || "–",
    ],
  };
}

/** Every measure: the overdue first with their deadlines, then the others by tool in the plan's order. */
function detailTable(
  tracking: Tracking,
  figures: ProgressFigures,
  toolName: (tool: ToolId) => string
): ReportBlock {
  const rows: TableRow[] = [];
  if (figures.overdue.length > 0) {
    rows.push({
      kind: "group",
      cells: [`มาตรการที่เลยกำหนดแล้วเสร็จและยังไม่แล้วเสร็จ (${figures.overdue.length} มาตรการ)`],
    });
    for (const late of figures.overdue) rows.push(measureRow(late.row, late.daysLate));
  }
  for (const tool of TOOL_IDS) {
    const others = tracking.rows.filter((row) => row.tool === tool && !isOverdue(row, figures.asOf));
    if (others.length === 0) continue;
    rows.push({ kind: "group", cells: [`ด้าน ${tool} ${toolName(tool)}`] });
    for (const row of others) rows.push(measureRow(row));
  }
  return {
    kind: "table",
    header: ["ที่", "มาตรการและผู้รับผิดชอบ", "สถานะและกำหนดเวลา", "หลักฐาน", "ปัญหาอุปสรรค"],
    spans: [1, 1, 1, 2, 1],
    align: ["center", "left", "left", "left", "left"],
    repeatHeader: true,
    rows,
  };
}

/** "มาตรการที่ 1.2 1.3 และ 2.1". */
function numbersOf(rows: readonly TrackingRow[]): string {
  return `มาตรการที่ ${thaiList(rows.map((row) => row.number))}`;
}

/** The opening: which measures, announced when, reported by whom, as of when. */
function background(tracking: Tracking, figures: ProgressFigures, voice: AgencyVoice): string {
  const perTool = TOOL_IDS.filter((tool) => figures.byTool[tool].total > 0).map(
    (tool) => `ด้าน ${tool} ${figures.byTool[tool].total} มาตรการ`
  );
  const round = figures.round === "six-month" ? "รอบ 6 เดือน" : "รอบ 12 เดือน";
  return (
    `ตามที่${voice.agency}ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ ` +
    `พ.ศ. ${tracking.fiscalYear} ซึ่งจัดทำจากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน` +
    `ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear - 1} รวม ${figures.all.total} มาตรการ` +
    `${perTool.length > 0 ? ` ได้แก่ ${thaiList(perTool)}` : ""} โดยกำหนดให้ส่วนงานที่รับผิดชอบดำเนินการ` +
    `และรายงานผลต่อ${voice.executive}ตามกำหนดเวลา บัดนี้ ${voice.leadingOffice}ได้รวบรวมผลการดำเนินการ` +
    `ตามมาตรการ${round} ข้อมูล ณ วันที่ ${date(figures.asOf)} จากส่วนงานที่รับผิดชอบแล้ว จึงขอรายงานผล` +
    `การดำเนินการ ดังนี้`
  );
}

/** The figures in a sentence: done and its share, then the other statuses that occur, then the overdue. */
function summarySentence(figures: ProgressFigures): string {
  const { all } = figures;
  const others = [
    all.byStatus["in-progress"] > 0 ? `อยู่ระหว่างดำเนินการ ${all.byStatus["in-progress"]} มาตรการ` : "",
    all.byStatus["not-started"] > 0 ? `ยังไม่เริ่มดำเนินการ ${all.byStatus["not-started"]} มาตรการ` : "",
    all.byStatus.cancelled > 0 ? `ยกเลิกหรือปรับแผน ${all.byStatus.cancelled} มาตรการ` : "",
  ].filter(Boolean);
  const late =
    figures.overdue.length > 0
      ? ` ในจำนวนนี้มีมาตรการที่เลยกำหนดแล้วเสร็จแต่ยังดำเนินการไม่แล้วเสร็จ ${figures.overdue.length} มาตรการ`
      : " และไม่มีมาตรการใดที่เลยกำหนดแล้วเสร็จโดยยังดำเนินการไม่แล้วเสร็จ";
  return (
    `จากมาตรการทั้งหมด ${all.total} มาตรการ ดำเนินการแล้วเสร็จ ${all.byStatus.done} มาตรการ ` +
    `คิดเป็นร้อยละ ${percentText(all)}${others.length > 0 ? ` ${thaiList(others)}` : ""}${late}`
  );
}

/** The closing paragraphs, written from the figures. */
function closing(tracking: Tracking, figures: ProgressFigures, voice: AgencyVoice): string[] {
  const { all } = figures;
  const sentences: string[] = [];
  if (all.total > 0 && all.byStatus.done === all.total) {
    sentences.push(
      `ณ วันที่ ${date(figures.asOf)} ${voice.agency}ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส` +
        `ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear} แล้วเสร็จครบทั้ง ${all.total} มาตรการ`
    );
  } else {
    sentences.push(
      `ณ วันที่ ${date(figures.asOf)} ${voice.agency}ดำเนินการตามมาตรการแล้วเสร็จ ${all.byStatus.done} ` +
        `จาก ${all.total} มาตรการ คิดเป็นร้อยละ ${percentText(all)}` +
        (all.byStatus["in-progress"] > 0
          ? ` และอยู่ระหว่างดำเนินการอีก ${all.byStatus["in-progress"]} มาตรการ`
          : "")
    );
  }
  if (figures.overdue.length > 0) {
    const rows = figures.overdue.map((late) => late.row);
    const units = thaiList([...new Set(rows.map((row) => row.responsible).filter(Boolean))]);
    sentences.push(
      `สำหรับมาตรการที่เลยกำหนดแล้วเสร็จ ${rows.length} มาตรการ ได้แก่ ${numbersOf(rows)} ` +
        `ขอให้${units || "ส่วนงานที่รับผิดชอบ"}เร่งรัดการดำเนินการให้แล้วเสร็จโดยเร็ว`
    );
  }
  const notStarted = tracking.rows.filter(
    (row) => row.status === "not-started" && !isOverdue(row, figures.asOf)
  );
  if (notStarted.length > 0 && figures.round === "six-month") {
    sentences.push(
      `มาตรการที่ยังไม่เริ่มดำเนินการและยังไม่ถึงกำหนด ${notStarted.length} มาตรการ ` +
        `ขอให้ส่วนงานที่รับผิดชอบเริ่มดำเนินการให้ทันตามกำหนดเวลา`
    );
  }
  if (all.byStatus.cancelled > 0) {
    sentences.push(
      `มาตรการที่ยกเลิกหรือปรับแผน ${all.byStatus.cancelled} มาตรการ ` +
        `ขอให้ส่วนงานที่รับผิดชอบชี้แจงเหตุผลและแนวทางที่ใช้แทนประกอบรายงานนี้`
    );
  }
  const withObstacles = tracking.rows.filter((row) => row.obstacles !== "");
  if (withObstacles.length > 0) {
    sentences.push(
      `ส่วนงานที่รับผิดชอบได้รายงานปัญหาอุปสรรคไว้ ${withObstacles.length} มาตรการ ตามรายละเอียดในตารางข้างต้น ` +
        `ซึ่ง${voice.leadingOffice}จะเสนอ${voice.executive}เพื่อพิจารณาแนวทางแก้ไขต่อไป`
    );
  }
  const next =
    figures.round === "six-month"
      ? `ทั้งนี้ ${voice.leadingOffice}จะติดตามผลการดำเนินการตามมาตรการอย่างต่อเนื่อง และรายงานผลรอบ 12 เดือน ` +
        `(ข้อมูล ณ วันที่ ${date({ day: 30, month: 9, buddhistYear: tracking.fiscalYear })}) ` +
        `ภายในเดือนตุลาคม ${tracking.fiscalYear} ต่อไป`
      : `ทั้งนี้ ${voice.leadingOffice}จะนำผลการดำเนินการตามมาตรการในรอบปีนี้ไปประกอบการวิเคราะห์ผลการประเมิน ITA ` +
        `ประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear} และการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
        `ประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear + 1} ต่อไป`;
  return [sentences.join(" "), next];
}

/** The reporter's signature, then the executive's acknowledgement. */
function signatures(voice: AgencyVoice): ReportBlock[] {
  return [
    {
      kind: "paragraph",
      text: `(ลงชื่อ) ${NAME_LINE} ผู้รายงาน\n(${NAME_LINE})\nตำแหน่ง หัวหน้า${voice.leadingOffice}\n${DATE_LINE}`,
      align: "center",
    },
    {
      kind: "paragraph",
      text:
        `ความเห็นของ${voice.executive}\n${NAME_LINE}\n` +
        `(ลงชื่อ) ${NAME_LINE}\n(${NAME_LINE})\n${voice.executive}\n${DATE_LINE}`,
      align: "center",
    },
  ];
}

/**
 * The implementation report of a tracking sheet as of a date: one sheet, laid out with
 * `layoutReportSheet` and drawn by either renderer.
 *
 * @example
 * const model = buildProgressReport(tracking, { asOf: { day: 31, month: 3, buddhistYear: 2566 }, digits: "thai" });
 * const layouts = model.sheets.map(layoutReportSheet);
 */
export function buildProgressReport(tracking: Tracking, options: ProgressReportOptions): ReportModel {
  const figures = progressFigures(tracking, options.asOf);
  const voice = options.voice ?? voiceFor(tracking.agency);
  const framework = (options.frameworks ?? frameworkLookup()).find(tracking.fiscalYear);
  const toolName = (tool: ToolId) =>
    framework?.tools.find((entry) => entry.id === tool)?.nameTh ?? TOOL_NAMES[tool];
  const served = itemServedBy("implementationReport", framework);
  const n = (k: number) => sectionNumber(k, options.digits);
  const chart = options.chart ?? true;
  const blocks: ReportBlock[] = [
    {
      kind: "title",
      text: `${PROGRESS_TITLE}\nประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear}\n${roundLine(figures)}`,
    },
    { kind: "paragraph", text: voice.agency, align: "center" },
    ...(voice.place ? [{ kind: "paragraph" as const, text: voice.place, align: "center" as const }] : []),
    ...(served
      ? [
          {
            kind: "paragraph" as const,
            align: "center" as const,
            text:
              `เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${served.fiscalYear} ` +
              `ข้อ ${served.code}${served.title ? ` ${served.title}` : ""}`,
          },
        ]
      : []),
    { kind: "heading", text: `${n(1)} ความเป็นมา` },
    { kind: "paragraph", text: background(tracking, figures, voice) },
    { kind: "heading", text: `${n(2)} สรุปผลการดำเนินการ` },
    { kind: "paragraph", text: summarySentence(figures) },
    summaryTable(figures),
    ...(chart ? [statusChart(figures)] : []),
    { kind: "heading", text: `${n(3)} ผลการดำเนินการรายมาตรการ` },
    {
      kind: "paragraph",
      text:
        figures.overdue.length > 0
          ? "มาตรการที่เลยกำหนดแล้วเสร็จและยังดำเนินการไม่แล้วเสร็จแสดงไว้เป็นลำดับแรก พร้อมกำหนดแล้วเสร็จ " +
            "ตามด้วยมาตรการอื่นจำแนกตามด้าน"
          : "ผลการดำเนินการของแต่ละมาตรการ จำแนกตามด้าน",
    },
    detailTable(tracking, figures, toolName),
    { kind: "heading", text: `${n(4)} สรุปผลและแนวทางการดำเนินการต่อไป` },
    ...closing(tracking, figures, voice).map((text): ReportBlock => ({ kind: "paragraph", text })),
    ...signatures(voice),
  ];
  const round = figures.round === "six-month" ? "รอบ 6 เดือน" : "รอบ 12 เดือน";
  const sheet: ReportSheet = {
    id: `progress-${tracking.fiscalYear}`,
    name: `ผลตามมาตรการ ITA ${tracking.fiscalYear}`,
    columnWidths: PROGRESS_COLUMNS,
    headerCenter: `${voice.agency} – รายงานผลการดำเนินการตามมาตรการ ITA ประจำปีงบประมาณ พ.ศ. ${tracking.fiscalYear} ${round}`,
    blocks,
  };
  return {
    fiscalYear: tracking.fiscalYear,
    ...(tracking.agency.agency !== undefined ? { agency: tracking.agency.agency } : {}),
    digits: options.digits,
    sheets: [withDigits(sheet, options.digits)],
  };
}
