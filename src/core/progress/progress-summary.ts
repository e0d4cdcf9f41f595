/**
 * Many agencies' progress in one table (issue 14 point 4), for a supervisor: per agency the measures by
 * status, the share done and the overdue, with the totals. Laid out by `layoutReportSheet` like every
 * report sheet.
 */
import { exactFraction, exactInteger, exactMultiply, roundHalfUpToString } from "../exact";
import { Digits } from "../report/layout";
import { ReportBlock, ReportModel, TableRow, TableValue } from "../report/model";
import { toThaiDigitsKeepingCodes } from "../report/report-context";
import { formatThaiDate, thaiList, ThaiDate } from "../thai";
import { TRACKING_STATUSES, TrackingStatusId } from "../tracking/statuses";
import { ProgressFigures } from "./progress-figures";

/** One agency's figures and the name it is listed under. */
export interface AgencyProgress {
  /** The agency's name, or its file's when the tracking sheet names none. */
  readonly name: string;
  readonly figures: ProgressFigures;
}

export interface ProgressSummaryOptions {
  readonly asOf: ThaiDate;
  readonly digits: Digits;
}

/** Agency, measures, the four statuses, share done, overdue (characters). */
const SUMMARY_COLUMNS = [30, 9, 9, 11, 9, 10, 11, 9];

const integer = (n: number): TableValue => ({ number: n, style: "integer" });

/** Totals over agencies: the counts added up, the share recomputed from them. */
function totals(entries: readonly AgencyProgress[]) {
  const sum = (of: (figures: ProgressFigures) => number) =>
    entries.reduce((total, entry) => total + of(entry.figures), 0);
  const byStatus = Object.fromEntries(
    TRACKING_STATUSES.map((status) => [status.id, sum((figures) => figures.all.byStatus[status.id])])
  ) as Record<TrackingStatusId, number>;
  const total = sum((figures) => figures.all.total);
  return { total, byStatus, overdue: sum((figures) => figures.overdue.length) };
}

const share = (done: number, total: number) =>
  total === 0
    ? exactInteger(0)
    : exactMultiply(exactFraction(BigInt(done), BigInt(total)), exactInteger(100));

/**
 * The summary of many agencies' tracking sheets as of one date: one sheet, one row per agency in the order
 * given, and a total row.
 *
 * @example progressSummaryModel([{ name: "เทศบาลตำบลด่านเกวียน", figures }], { asOf, digits: "thai" })
 */
export function progressSummaryModel(
  entries: readonly AgencyProgress[],
  options: ProgressSummaryOptions
): ReportModel {
  const years = [...new Set(entries.map((entry) => entry.figures.fiscalYear))].sort((a, b) => a - b);
  const mixed = years.length > 1;
  const all = totals(entries);
  const percent = (done: number, total: number): TableValue =>
    total === 0
      ? "–"
      : { number: Number(roundHalfUpToString(share(done, total), 2)) / 100, style: "percent" };
  const row = (
    name: string,
    counts: { total: number; byStatus: Record<TrackingStatusId, number>; overdue: number },
    kind?: "total"
  ): TableRow => ({
    cells: [
      name,
      integer(counts.total),
      ...TRACKING_STATUSES.map((status) => integer(counts.byStatus[status.id])),
      percent(counts.byStatus.done, counts.total),
      integer(counts.overdue),
    ],
    ...(kind ? { kind } : {}),
  });
  const lagging = entries.filter((entry) => entry.figures.overdue.length > 0);
  const yearText = thaiList(years.map(String));
  const asOf = formatThaiDate(options.asOf, "arabic");
  const blocks: ReportBlock[] = [
    {
      kind: "title",
      text:
        `สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n` +
        `ประจำปีงบประมาณ พ.ศ. ${yearText}\nข้อมูล ณ วันที่ ${asOf}`,
    },
    {
      kind: "paragraph",
      text:
        `หน่วยงาน ${entries.length} แห่ง มีมาตรการรวม ${all.total} มาตรการ ดำเนินการแล้วเสร็จ ` +
        `${all.byStatus.done} มาตรการ คิดเป็นร้อยละ ${roundHalfUpToString(share(all.byStatus.done, all.total), 2)} ` +
        (all.overdue > 0
          ? `มีมาตรการที่เลยกำหนดแล้วเสร็จและยังไม่แล้วเสร็จ ${all.overdue} มาตรการ ใน ${lagging.length} หน่วยงาน`
          : "และไม่มีมาตรการใดที่เลยกำหนดแล้วเสร็จโดยยังไม่แล้วเสร็จ"),
    },
    {
      kind: "table",
      header: [
        "หน่วยงาน",
        "มาตรการ",
        ...TRACKING_STATUSES.map((status) => status.label),
        "ร้อยละแล้วเสร็จ",
        "เลยกำหนด",
      ],
      spans: SUMMARY_COLUMNS.map(() => 1),
      align: ["left", "right", "right", "right", "right", "right", "right", "right"],
      repeatHeader: true,
      rows: [
        ...entries.map((entry) =>
          row(mixed ? `${entry.name} (${entry.figures.fiscalYear})` : entry.name, {
            total: entry.figures.all.total,
            byStatus: { ...entry.figures.all.byStatus },
            overdue: entry.figures.overdue.length,
          })
        ),
        row("รวม", all, "total"),
      ],
    },
  ];
  const convert = (text: string) => (options.digits === "thai" ? toThaiDigitsKeepingCodes(text) : text);
  return {
    fiscalYear: years[years.length - 1] ?? 0,
    digits: options.digits,
    sheets: [
      {
        id: "progress-summary",
        name: "สรุปผลตามมาตรการ ITA",
        columnWidths: SUMMARY_COLUMNS,
        headerCenter: convert(`สรุปผลการดำเนินการตามมาตรการ ITA ข้อมูล ณ วันที่ ${asOf}`),
        blocks: blocks.map((block): ReportBlock => {
          switch (block.kind) {
            case "title":
            case "paragraph":
              return { ...block, text: convert(block.text) };
            case "table":
              return {
                ...block,
                header: block.header.map(convert),
                rows: block.rows.map((r) => ({
                  ...r,
                  cells: r.cells.map((cell) => (typeof cell === "string" ? convert(cell) : cell)),
                })),
              };
            default:
              return block;
          }
        }),
      },
    ],
  };
}
