/**
 * "สร้างแผ่นงานติดตามมาตรการ": the tracking sheet of the measures the report's measures sheet prints, written
 * into the workbook from the same request as the report (the analysed block, its items, the year, the agency
 * and its details). Regenerating keeps what the officer typed: the sheet the add-in wrote before is found by
 * its hidden name and read first, and every entry goes back into the row of its measure (or below the
 * summary, when the plan dropped the measure). Three syncs: look up, follow what exists, write.
 */
import {
  AgencyKindId,
  columnLetters,
  identityText,
  isAgencyKindId,
  issueAt,
  measureLabel,
  mergeTracking,
  PreviousTracking,
  previousTrackingFromRows,
  problem,
  quoteSheetName,
  SUPPORTED_FISCAL_YEARS,
  ThaiDate,
  TrackingAgency,
  TrackingPlan,
  trackingPlanFor,
  TrackingRule,
  trackingSheetLayout,
  TrackingSheetLayout,
  trackingSheetName,
  Validated,
  ValidationIssue,
} from "../core";
import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../core/report/header-footer";
import type { ReportRequest, TrackingSheetOutcome } from "./actions";
import { missingSheetIssue, queueFollowingReads, queueLookups, reportInputsFrom } from "./report";
import { columnWidthPoints, effectiveStyles, freeReportSheetName, queueStyles } from "./report/render-sheets";
import { runsOf } from "./report/sheet-rects";
import { runExcel, supportsExcelApi } from "./run-excel";
import {
  gridFrom,
  holdsValues,
  sameAgencyName,
  trackingAnchorName,
  TrackingLink,
  trackingLinks,
} from "./tracking-link";
import {
  protectedSheetIssue,
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "./write-guards";

const NOTHING_WRITTEN_TH = "ระบบยังไม่ได้เขียนข้อมูลใด ๆ";
const POINTS_PER_CM = 72 / 2.54;
const TEXT_FORMAT = "@";

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/** A sheet that may hold an earlier tracking sheet, followed in the second sync. */
interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Followed through the add-in's hidden name, or found by the plan's sheet name. */
  readonly via: "link" | "name";
}

/** Where the tracking sheet goes, decided after the second sync. */
type Target =
  | { readonly kind: "new"; readonly name: string; readonly staleAnchors: readonly string[] }
  | {
      readonly kind: "replace";
      readonly sheetId: string;
      readonly name: string;
      /** The sheet was found by its name, not by the add-in's hidden name: the name is added. */
      readonly addAnchor: boolean;
    };

/** The agency as the tracking sheet records it: the report's name, kind and place. */
function trackingAgencyOf(agency: string | undefined, request: ReportRequest): TrackingAgency {
  const kindId: AgencyKindId | undefined =
    request.agencyKind !== undefined && isAgencyKindId(request.agencyKind) ? request.agencyKind : undefined;
  return {
    ...(agency !== undefined ? { agency } : {}),
    ...(kindId !== undefined ? { kindId } : {}),
    ...(request.district !== undefined ? { district: request.district } : {}),
    ...(request.province !== undefined ? { province: request.province } : {}),
  };
}

function otherPlanIssue(sheetName: string, previous: PreviousTracking, plan: TrackingPlan): ValidationIssue {
  const theirs = `${previous.agency?.agency ?? "หน่วยงาน"} ปีงบประมาณ ${previous.fiscalYear ?? "?"}`;
  const ours = `${plan.agency.agency ?? "หน่วยงาน"} ปีงบประมาณ ${plan.fiscalYear}`;
  const theirsEn = `${previous.agency?.agency ?? "the agency"} (fiscal year ${previous.fiscalYear ?? "?"})`;
  const oursEn = `${plan.agency.agency ?? "the agency"} (fiscal year ${plan.fiscalYear})`;
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "tracking-other-plan",
      `แผ่นงาน ${quoteSheetName(sheetName)} เป็นแผ่นงานติดตามมาตรการของ${theirs} แต่มาตรการที่จะติดตามเป็นของ${ours} สมุดงานหนึ่งเล่มติดตามมาตรการของหน่วยงานเดียวในปีเดียว จึงไม่ได้เขียนทับ โปรดใช้สมุดงานเล่มใหม่ หรือย้ายแผ่นงานนั้นออกจากสมุดงานนี้ ${NOTHING_WRITTEN_TH}`,
      `the sheet ${quoteSheetName(sheetName)} is the tracking sheet of ${theirsEn}, but the measures to track are those of ${oursEn}; a workbook follows one agency's measures of one year, so it was not overwritten: use another workbook, or move that sheet out of this one; nothing was written`
    )
  );
}

function identityLostIssue(sheetName: string): ValidationIssue {
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "tracking-identity-lost",
      `แผ่นงาน ${quoteSheetName(sheetName)} ที่ส่วนเสริมสร้างไว้เป็นแผ่นงานติดตามมาตรการไม่มีรหัสประจำแผ่นงานแล้ว (คอลัมน์ที่ซ่อนไว้ถูกลบหรือล้าง) จึงจับคู่ข้อมูลที่กรอกไว้กับมาตรการไม่ได้และไม่ได้เขียนทับ โปรดเลิกทำ (Undo) การลบนั้น หรือคัดลอกข้อมูลที่กรอกไว้ออกแล้วลบแผ่นงานนี้ก่อนสร้างใหม่ ${NOTHING_WRITTEN_TH}`,
      `the sheet ${quoteSheetName(sheetName)} the add-in wrote as the tracking sheet no longer carries its identity (its hidden column was deleted or cleared), so what was typed cannot be matched to the measures and it was not overwritten: undo that deletion, or copy what was typed elsewhere and delete the sheet before generating it again; nothing was written`
    )
  );
}

function pageLayoutWarning(): ValidationIssue {
  return issueAt(
    "Excel",
    problem(
      "print-layout-unsupported",
      "Excel รุ่นนี้ไม่รองรับการตั้งค่าหน้ากระดาษผ่านส่วนเสริม (ต้องการ ExcelApi 1.9) แผ่นงานติดตามถูกสร้างแล้ว แต่ยังไม่ได้ตั้งขนาด A4 แนวนอน ขอบกระดาษ และหัวกระดาษ",
      "this Excel cannot set the page layout from an add-in (it needs ExcelApi 1.9): the tracking sheet was written, but A4 landscape, margins and header were not set"
    )
  );
}

/**
 * After the second sync: the earlier tracking sheet to keep entries from and where the new one goes, or why
 * nothing may be written (another agency's or year's sheet, a sheet that lost its identity, a protected
 * sheet, a protected structure when a sheet must be added).
 */
function decideTarget(
  linked: readonly SheetRead[],
  byName: readonly SheetRead[],
  plan: TrackingPlan,
  structure: Excel.WorkbookProtection,
  takenNames: readonly string[],
  staleAnchors: readonly string[]
): Validated<{ target: Target; previous: PreviousTracking | undefined }> {
  const issues: ValidationIssue[] = [];
  const earlier = linked.length > 0 ? linked : byName;
  let found: { read: SheetRead; previous: PreviousTracking | undefined } | undefined;
  for (const read of earlier) {
    const rows = gridFrom(read.used);
    const previous = previousTrackingFromRows(rows);
    const name = read.sheet.name;
    if (!previous) {
      // A sheet of the plan's name that is no tracking sheet is the officer's: the new one takes another name.
      if (read.via === "name") continue;
      if (holdsValues(rows)) issues.push(identityLostIssue(name));
      else found = { read, previous: undefined };
      continue;
    }
    if (
      previous.fiscalYear !== plan.fiscalYear ||
      !sameAgencyName(previous.agency?.agency, plan.agency.agency)
    ) {
      issues.push(otherPlanIssue(name, previous, plan));
      continue;
    }
    found = { read, previous };
  }
  if (found) {
    const blocked = protectedSheetIssue(found.read.sheet.name, found.read.sheet.protection.protected);
    if (blocked) issues.push(blocked);
  } else {
    const blocked = protectedWorkbookIssue(structure);
    if (blocked) issues.push(blocked);
  }
  if (issues.length > 0) return fail(issues);
  if (found) {
    return {
      ok: true,
      value: {
        target: {
          kind: "replace",
          sheetId: found.read.sheet.id,
          name: found.read.sheet.name,
          addAnchor: found.read.via === "name",
        },
        previous: found.previous,
      },
      warnings: [],
    };
  }
  const taken = new Set(takenNames.map((name) => name.toLowerCase()));
  return {
    ok: true,
    value: {
      target: {
        kind: "new",
        name: freeReportSheetName(trackingSheetName(plan.fiscalYear), taken),
        staleAnchors,
      },
      previous: undefined,
    },
    warnings: [],
  };
}

/** The layout with its identity naming the sheet as it is written (a free variant, or the officer's rename). */
function withSheetName(layout: TrackingSheetLayout, plan: TrackingPlan, name: string): TrackingSheetLayout {
  if (layout.name === name) return layout;
  const identity = identityText({
    agency: plan.agency,
    fiscalYear: plan.fiscalYear,
    sheetName: name,
    measures: plan.measures.map((measure) => measure.key),
    labels: plan.measures.map(measureLabel),
  });
  const key = layout.hiddenColumns[0];
  return {
    ...layout,
    name,
    cells: layout.cells.map((cell) =>
      cell.row === 0 && cell.column === key ? { ...cell, value: identity } : cell
    ),
  };
}

/** "2565-10-01": a date as Excel's data validation takes it (ISO 8601, Common Era). */
function isoDate(date: ThaiDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.buddhistYear - 543}-${pad(date.month)}-${pad(date.day)}`;
}

function ruleOf(rule: TrackingRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "decimal":
      return {
        decimal: { formula1: rule.min, formula2: rule.max, operator: Excel.DataValidationOperator.between },
      };
    case "date":
      return {
        date: {
          formula1: isoDate(rule.from),
          formula2: isoDate(rule.to),
          operator: Excel.DataValidationOperator.between,
        },
      };
    case "textLength":
      return {
        textLength: { formula1: rule.max, operator: Excel.DataValidationOperator.lessThanOrEqualTo },
      };
  }
}

/**
 * Cell values and number formats as one block each, formats first: text stays text in its "@" cells; a
 * text an officer left in a number or date cell is written with Excel's quote prefix, so it can never become
 * a formula or a different number.
 */
function queueCells(sheet: Excel.Worksheet, layout: TrackingSheetLayout): number {
  const rows = Math.max(...layout.cells.map((cell) => cell.row)) + 1;
  const columns = layout.columnWidths.length;
  const formats = Array.from({ length: rows }, () => Array.from({ length: columns }, () => "General"));
  const values: (string | number)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, (): string | number => "")
  );
  for (const cell of layout.cells) {
    const format = cell.numberFormat ?? "General";
    const formatRow = formats[cell.row];
    const valueRow = values[cell.row];
    if (!formatRow || !valueRow) continue;
    formatRow[cell.column] = format;
    if (cell.formula !== undefined) valueRow[cell.column] = cell.formula;
    else if (typeof cell.value === "string" && format !== TEXT_FORMAT)
      valueRow[cell.column] = `'${cell.value}`;
    else if (cell.value !== undefined) valueRow[cell.column] = cell.value;
  }
  const block = sheet.getRangeByIndexes(0, 0, rows, columns);
  block.numberFormat = formats;
  block.values = values;
  block.format.font.name = layout.fontName;
  block.format.font.size = layout.fontSize;
  return rows;
}

function queuePage(sheet: Excel.Worksheet, page: TrackingSheetLayout["page"]): void {
  const layout = sheet.pageLayout;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.topMargin = page.margins.top * POINTS_PER_CM;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_CM;
  layout.leftMargin = page.margins.left * POINTS_PER_CM;
  layout.rightMargin = page.margins.right * POINTS_PER_CM;
  // One page wide, as many pages tall as the rows need (OOXML fitToHeight="0").
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 };
  const headerFooter = layout.headersFooters.defaultForAllPages;
  headerFooter.centerHeader = headerFooterText(page.headerCenter, MAX_HEADER_FOOTER_LENGTH - "&C".length);
  if (page.footerPageNumbers) headerFooter.centerFooter = "หน้า &P จาก &N";
}

/** Everything the tracking sheet's layout writes on its (new or cleared) sheet. */
function queueLayout(sheet: Excel.Worksheet, layout: TrackingSheetLayout, pageLayout: boolean): void {
  const rows = queueCells(sheet, layout);
  queueStyles(sheet, effectiveStyles(layout), layout.fontSize);
  for (const merge of layout.merges)
    sheet.getRangeByIndexes(merge.row, merge.column, merge.rowCount, merge.columnCount).merge(false);
  layout.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  for (const { row, points } of layout.rowHeights)
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
  const visible = layout.columnWidths.length - layout.hiddenColumns.length;
  for (const run of runsOf(layout.autofitRows))
    sheet.getRangeByIndexes(run.first, 0, run.count, visible).format.autofitRows();
  for (const column of layout.hiddenColumns) {
    const letter = columnLetters(column);
    sheet.getRange(`${letter}:${letter}`).columnHidden = true;
  }
  for (const validation of layout.validations) {
    const { row, column, rowCount, columnCount } = validation.range;
    const target = sheet.getRangeByIndexes(row, column, rowCount, columnCount).dataValidation;
    target.rule = ruleOf(validation.rule);
    target.ignoreBlanks = true;
    target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
    target.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: validation.error.title,
      message: validation.error.message,
    };
  }
  for (const rule of layout.conditionalFormats) {
    const { row, column, rowCount, columnCount } = rule.range;
    const format = sheet
      .getRangeByIndexes(row, column, rowCount, columnCount)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
  sheet.freezePanes.freezeRows(layout.frozenRows);
  if (pageLayout) {
    queuePage(sheet, layout.page);
    sheet.pageLayout.setPrintArea(sheet.getRangeByIndexes(0, 0, rows, visible));
  }
}

/** Queues the writes: the earlier sheet cleared (or a new one added with its hidden name), then the layout. */
function queueTrackingWrites(
  context: Excel.RequestContext,
  target: Target,
  layout: TrackingSheetLayout,
  fiscalYear: number
): ValidationIssue[] {
  const pageLayout = supportsExcelApi("1.9");
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const anchor = trackingAnchorName(fiscalYear);
  let sheet: Excel.Worksheet;
  if (target.kind === "replace") {
    sheet = worksheets.getItem(target.sheetId);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear(Excel.ClearApplyTo.all);
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    if (target.addAnchor) names.add(anchor, sheet.getRange("A1"), target.name).visible = false;
  } else {
    for (const stale of target.staleAnchors) names.getItemOrNullObject(stale).delete();
    sheet = worksheets.add(target.name);
    names.add(anchor, sheet.getRange("A1"), target.name).visible = false;
  }
  queueLayout(sheet, layout, pageLayout);
  sheet.activate();
  return pageLayout ? [] : [pageLayoutWarning()];
}

/**
 * Writes the tracking sheet of the report's measures, in three syncs:
 * 1. look up, following nothing: the sheets the report reads, the officer's framework and catalogue sheets,
 *    the workbook's names (the tracking sheet's hidden name among them), the sheet of the plan's name, the
 *    read-only mode and the structure protection;
 * 2. follow what exists: the report's data, and the earlier tracking sheet's values and protection;
 * 3. write.
 * Refused, with nothing written: a read-only workbook, a tracking sheet of another agency or year, one that
 * lost its identity, a protected sheet, a protected structure when the sheet must be added, and anything the
 * report itself refuses.
 */
export function generateTrackingSheet(request: ReportRequest): Promise<Validated<TrackingSheetOutcome>> {
  return runExcel<TrackingSheetOutcome>(async (context) => {
    const lookups = queueLookups(context, request);
    if ("code" in lookups) return fail([lookups]);
    const names = context.workbook.names.load("items/name,items/type,items/comment");
    const worksheets = context.workbook.worksheets.load("items/name");
    // The measures' year is known only once the input is read (its header may name another year than the
    // pane's): the sheet of each year it may turn out to be is looked up.
    const byName = [...new Set([request.fiscalYear, ...SUPPORTED_FISCAL_YEARS])].map((year) =>
      context.workbook.worksheets.getItemOrNullObject(trackingSheetName(year + 1)).load("name")
    );
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();
    const links = trackingLinks(names);
    const linked = links.filter((link) => link.linked);
    const adoptable = linked.length === 0 ? byName.filter((sheet) => !sheet.isNullObject) : [];
    const mayAdopt = adoptable.length > 0;
    const blocked =
      missingSheetIssue(lookups, request.fiscalYear) ??
      readOnlyIssue(lookups.input.sheet.name, workbook) ??
      (linked.length === 0 && !mayAdopt ? protectedWorkbookIssue(structure) : undefined);
    if (blocked) return fail([blocked]);

    const reads = queueFollowingReads(context, lookups);
    const follow = (sheet: Excel.Worksheet, via: SheetRead["via"]): SheetRead => {
      sheet.load("id,name");
      sheet.protection.load("protected");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      return { sheet, used, via };
    };
    const linkedReads = linked.map((link: TrackingLink) => follow(link.anchor.getRange().worksheet, "link"));
    const byNameReads = adoptable.map((sheet) => follow(sheet, "name"));
    await context.sync();

    const inputs = reportInputsFrom(reads, request);
    if (!inputs.ok) return inputs;
    const { result, catalogues, voice } = inputs.value;
    const plan = trackingPlanFor(result, {
      ...(catalogues ? { catalogues } : {}),
      voice,
      agency: trackingAgencyOf(result.assessment.agency, request),
    });
    const decided = decideTarget(
      linkedReads,
      byNameReads,
      plan,
      structure,
      worksheets.items.map((sheet) => sheet.name),
      links
        .filter((link) => !link.linked && link.fiscalYear === plan.fiscalYear)
        .map((link) => link.anchor.name)
    );
    if (!decided.ok) return fail([...decided.issues], inputs.warnings);
    const { target, previous } = decided.value;
    const merge = mergeTracking(previous, plan);
    const layout = withSheetName(
      trackingSheetLayout(plan, { digits: request.digits, entries: merge.entries, retired: merge.retired }),
      plan,
      target.name
    );
    const writeWarnings = queueTrackingWrites(context, target, layout, plan.fiscalYear);
    await context.sync();
    return {
      ok: true,
      value: {
        sheetName: target.name,
        fiscalYear: plan.fiscalYear,
        measures: plan.measures.length,
        kept: merge.kept.length,
        added: previous ? merge.added.length : 0,
        retired: merge.retired.length,
        regenerated: previous !== undefined,
      },
      warnings: [...inputs.warnings, ...writeWarnings],
    };
  });
}
