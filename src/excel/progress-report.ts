/**
 * "รายงานผลการดำเนินการตามมาตรการ": the implementation report, written as a generated sheet beside the
 * analysis report, from the tracking sheet the add-in wrote (followed through its hidden name) as the
 * officer filled it in. Every problem of the sheet is refused at its cell by the core, with nothing written;
 * regenerating replaces only the report's own sheet. Three syncs: look up, follow what exists, write.
 */
import {
  asOfProblem,
  buildProgressReport,
  issueAt,
  layoutReportSheet,
  locateTrackingSheet,
  measuresToMatch,
  problem,
  progressFigures,
  quoteSheetName,
  SheetCells,
  trackingFromRows,
  TrackingReadOptions,
  Validated,
  ValidationIssue,
} from "../core";
import type { ProgressReportOutcome, ProgressRequest } from "./actions";
import { anchorName } from "./report/generated-sheets";
import {
  followReportAnchors,
  planReportWrites,
  queueReportAnchors,
  queueReportWrites,
  ReportReads,
} from "./report/render-sheets";
import { runExcel } from "./run-excel";
import {
  gridFrom,
  lookalikeSheets,
  TrackingLink,
  trackingLinks,
  twoTrackingSheetsIssue,
  WORKBOOK_PLACE,
} from "./tracking-link";
import { queueReadOnlyRead, queueStructureProtectionRead, readOnlyIssue } from "./write-guards";

const NOTHING_WRITTEN_TH = "ระบบยังไม่ได้เขียนข้อมูลใด ๆ";

/** Where a problem with the pane's as-of date is shown. */
export const AS_OF_PLACE = "วันที่ของข้อมูล / as-of date";

/** The fiscal year of the report's measures sheet a workbook name points at, if it is one of those names. */
function measuresYearOf(name: string): number | undefined {
  const year = /(\d{4})$/.exec(name)?.[1];
  return year !== undefined && name === anchorName(`measures-${year}`) ? Number(year) : undefined;
}

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/** The layout id of the implementation report of a fiscal year's measures, as the core names it. */
const progressLayoutId = (fiscalYear: number) => `progress-${fiscalYear}`;

function noTrackingSheetIssue(lookalikes: readonly string[]): ValidationIssue {
  const list = lookalikes.map(quoteSheetName).join(", ");
  const hintTh =
    lookalikes.length > 0
      ? ` แผ่นงาน ${list} ไม่ได้เชื่อมกับส่วนเสริม (อาจสร้างด้วยคำสั่ง ita หรือคัดลอกมา) หากเป็นแผ่นงานติดตาม ให้กดสร้างแผ่นงานติดตามมาตรการเพื่อเชื่อมแผ่นงาน (ข้อมูลที่กรอกไว้จะคงอยู่)`
      : " โปรดวิเคราะห์แล้วกดสร้างแผ่นงานติดตามมาตรการก่อน";
  const hintEn =
    lookalikes.length > 0
      ? `; the sheet(s) ${list} are not linked to the add-in (written by the ita command, or copied): if one is the tracking sheet, use Generate the tracking sheet to link it (what was typed is kept)`
      : ": analyse, then generate the tracking sheet first";
  return issueAt(
    WORKBOOK_PLACE,
    problem(
      "tracking-sheet-missing",
      `สมุดงานนี้ยังไม่มีแผ่นงานติดตามมาตรการที่ส่วนเสริมสร้างไว้${hintTh} ${NOTHING_WRITTEN_TH}`,
      `this workbook holds no tracking sheet the add-in wrote${hintEn}; nothing was written`
    )
  );
}

function trackingDeletedIssue(link: TrackingLink, lookalikes: readonly string[]): ValidationIssue {
  const gone = quoteSheetName(link.writtenAs || `ติดตามมาตรการ ITA ${link.fiscalYear}`);
  const list = lookalikes.map(quoteSheetName).join(", ");
  const whereTh =
    lookalikes.length > 0
      ? ` แผ่นงาน ${list} อาจเป็นสำเนาของแผ่นงานนั้น หากใช่ ให้กดสร้างแผ่นงานติดตามมาตรการเพื่อเชื่อมแผ่นงาน (ข้อมูลที่กรอกไว้จะคงอยู่)`
      : "";
  const whereEn =
    lookalikes.length > 0
      ? `; the sheet(s) ${list} may be a copy of it: if so, use Generate the tracking sheet to link it (what was typed is kept)`
      : "";
  return issueAt(
    gone,
    problem(
      "tracking-sheet-deleted",
      `แผ่นงานติดตามมาตรการ ${gone} ปีงบประมาณ ${link.fiscalYear} ถูกลบออกจากสมุดงานแล้ว จึงไม่มีผลการดำเนินการให้รายงาน โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่แล้วกรอกอีกครั้ง${whereTh} ${NOTHING_WRITTEN_TH}`,
      `the tracking sheet ${gone} of fiscal year ${link.fiscalYear} was deleted from the workbook, so there is nothing to report: undo the deletion, or generate the tracking sheet again and fill it in${whereEn}; nothing was written`
    )
  );
}

/** After the first sync: the tracking sheet to report from, or why there is none. */
function chooseLink(
  links: readonly TrackingLink[],
  sheetNames: readonly string[]
): TrackingLink | ValidationIssue {
  const linked = links.filter((link) => link.linked);
  const [only] = linked;
  if (linked.length === 1 && only) return only;
  if (linked.length > 1) return twoTrackingSheetsIssue(linked.map((link) => link.writtenAs));
  const lookalikes = lookalikeSheets(sheetNames);
  const deleted = links[links.length - 1];
  return deleted ? trackingDeletedIssue(deleted, lookalikes) : noTrackingSheetIssue(lookalikes);
}

/**
 * What the tracking sheet is held to: the workbook's measures sheet (the report's, followed through its
 * hidden name), as `ita progress` holds a file's tracking sheet to the measures sheet beside it.
 */
function expectedOf(
  measures: readonly { fiscalYear: number; title: Excel.Range }[],
  tracking: SheetCells
): TrackingReadOptions["expected"] {
  const sheets = measures.map(({ fiscalYear, title }) => ({
    // The core knows a measures sheet by the name the report gives it; the hidden name says which year it is.
    name: `มาตรการ ITA ${fiscalYear}`,
    rows: title.values,
  }));
  const found = measuresToMatch(sheets, tracking);
  return found
    ? { fiscalYear: found.fiscalYear, ...(found.agency !== undefined ? { agency: found.agency } : {}) }
    : undefined;
}

/**
 * Writes the implementation report as of `request.asOf`, in three syncs:
 * 1. look up, following nothing: the workbook's names (the tracking sheet's, the measures sheets' and the
 *    earlier reports'), every sheet, the record of generated sheets, the read-only mode and the structure
 *    protection. No tracking sheet, a deleted one, or a read-only workbook stop here;
 * 2. follow what exists: the tracking sheet's values, the measures sheets' titles, the earlier report sheet;
 * 3. write the report sheet (replacing only its own earlier sheet) and its chart.
 */
export function generateProgressReport(request: ProgressRequest): Promise<Validated<ProgressReportOutcome>> {
  return runExcel<ProgressReportOutcome>(async (context) => {
    const names = context.workbook.names.load("items/name,items/type,items/comment");
    const { worksheets, setting } = queueReportAnchors(context, []);
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();
    const blocked = readOnlyIssue(undefined, workbook);
    if (blocked) return fail([blocked]);
    const chosen = chooseLink(
      trackingLinks(names),
      worksheets.items.map((sheet) => sheet.name)
    );
    if ("code" in chosen) return fail([chosen]);

    const trackingSheet = chosen.anchor.getRange().worksheet;
    trackingSheet.load("name");
    const used = trackingSheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    const measures = names.items.flatMap((item) => {
      const fiscalYear = measuresYearOf(item.name);
      if (fiscalYear === undefined || item.type !== "Range") return [];
      // The report's hidden name points at its measures sheet's A1, which holds the announcement's title.
      return [{ fiscalYear, title: item.getRange().load("values") }];
    });
    const layoutId = progressLayoutId(chosen.fiscalYear);
    const earlier = names.items.find((item) => item.name === anchorName(layoutId));
    const followedEarlier = earlier
      ? followReportAnchors({ worksheets, setting, anchors: new Map([[layoutId, earlier]]) }).reads
      : undefined;
    const neverWritten = earlier
      ? undefined
      : context.workbook.names.getItemOrNullObject(anchorName(layoutId)).load("name,type");
    await context.sync();

    const reads: ReportReads =
      followedEarlier ??
      followReportAnchors({
        worksheets,
        setting,
        anchors: new Map(neverWritten ? [[layoutId, neverWritten]] : []),
      }).reads;
    const tracking: SheetCells = { name: trackingSheet.name, rows: gridFrom(used) };
    // A date before the measures' year is the officer's slip, not every date done "after" it.
    const year = locateTrackingSheet(tracking.rows)?.identity.fiscalYear;
    const early = year === undefined ? undefined : asOfProblem(request.asOf, year);
    if (early) return fail([issueAt(AS_OF_PLACE, early)]);
    const read = trackingFromRows(tracking.name, tracking.rows, {
      asOf: request.asOf,
      expected: expectedOf(measures, tracking),
    });
    if (!read.ok) return read;
    const model = buildProgressReport(read.value, {
      asOf: request.asOf,
      digits: request.digits,
      chart: request.chart,
    });
    const layouts = model.sheets.map(layoutReportSheet);
    const plan = planReportWrites(reads, layouts, {
      replaceEdited: request.replaceEdited === true,
      structure,
    });
    if (!plan.ok) return fail([...plan.issues], read.warnings);
    const writeWarnings = queueReportWrites(context, plan.value, layouts, request.digits);
    await context.sync();
    const figures = progressFigures(read.value, request.asOf);
    return {
      ok: true,
      value: {
        sheetName: plan.value.sheets[0]?.name ?? "",
        trackingSheet: tracking.name,
        fiscalYear: read.value.fiscalYear,
        round: figures.round,
        asOf: request.asOf,
        measures: figures.all.total,
        done: figures.all.byStatus.done,
        overdue: figures.overdue.length,
      },
      warnings: [...read.warnings, ...plan.warnings, ...writeWarnings],
    };
  });
}
