/**
 * "Generate report" and "Export report": read the block Analyze read (and the input sheet's items, and the
 * officer's catalogue sheet), build the report model with the core, lay it out, and either write it into
 * the workbook (three syncs: input, earlier generated sheets, writes) or render it as a standalone .xlsx
 * (one sync).
 */
import {
  agencyKindById,
  buildReport,
  isAgencyKindId,
  voiceFor,
  cellAddress,
  frameworkFor,
  issueAt,
  itemEntriesFromRows,
  layoutReportSheet,
  parseRangeReference,
  problem,
  quoteSheetName,
  SheetLayout,
  Validated,
  ValidationIssue,
} from "../core";
import type { ExportedReport, GeneratedReport, ReportRequest } from "./actions";
import { assessRead, missingSheetIssue, queueReads } from "./analyze";
import { readOnlyIssue } from "./write-guards";
import { resolveFramework } from "./framework-sheet";
import { CatalogueSheetRead, cataloguesFromRead, queueCatalogueSheetRead } from "./catalogue-sheet";
import { planReportWrites, queueReportReads, queueReportWrites } from "./report/render-sheets";
import { offerDownload } from "./download";
import { exportOffer } from "./export-offer";
import { exportWorkbookPdf } from "./pdf";
import { runExcel } from "./run-excel";

interface ItemsRead {
  readonly sheet: string;
  /** A null object when the sheet was deleted or renamed since the pane took the address. */
  readonly worksheet: Excel.Worksheet;
  readonly range: Excel.Range;
}

const badAddress = (address: string) =>
  issueAt(address, problem("bad-address", "อ่านที่อยู่ช่วงเซลล์ไม่ได้", "cannot read this range address"));

function queueItemsRead(
  context: Excel.RequestContext,
  address: string | undefined
): ItemsRead | ValidationIssue | undefined {
  if (!address) return undefined;
  const reference = parseRangeReference(address);
  if (!reference || !reference.sheet) return badAddress(address);
  const worksheet = context.workbook.worksheets.getItemOrNullObject(reference.sheet);
  worksheet.load("name");
  const range = worksheet.getRange(`${cellAddress(reference.start)}:${cellAddress(reference.end)}`);
  range.load("values,rowIndex,columnIndex");
  return { sheet: reference.sheet, worksheet, range };
}

/**
 * The item block and the indicator block must be apart: where they overlap, the same cells would be read
 * both as indicator scores and as item results. Checked on the addresses, before anything is read.
 */
function overlapIssue(request: ReportRequest): ValidationIssue | undefined {
  if (!request.itemsAddress) return undefined;
  const items = parseRangeReference(request.itemsAddress);
  const input = parseRangeReference(request.inputAddress);
  if (!items || !input || items.sheet.toLowerCase() !== input.sheet.toLowerCase()) return undefined;
  const apart =
    items.end.row < input.start.row ||
    input.end.row < items.start.row ||
    items.end.column < input.start.column ||
    input.end.column < items.start.column;
  if (apart) return undefined;
  return issueAt(
    request.itemsAddress,
    problem(
      "items-overlap-scores",
      `ช่วงคะแนนรายข้อซ้อนทับกับช่วงคะแนนตัวชี้วัด (${request.inputAddress}) เซลล์เดียวกันจะถูกอ่านเป็นทั้งสองอย่าง โปรดแยกสองช่วงออกจากกัน ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the item block overlaps the indicator scores (${request.inputAddress}), so the same cells would be read as both: keep the two blocks apart; nothing was written`
    )
  );
}

function missingItemsSheetIssue(items: ItemsRead): ValidationIssue | undefined {
  if (!items.worksheet.isNullObject) return undefined;
  const missing = quoteSheetName(items.sheet);
  return issueAt(
    missing,
    problem(
      "sheet-missing",
      `ไม่พบแผ่นงาน ${missing} ของคะแนนรายข้อในสมุดงาน (อาจถูกลบหรือเปลี่ยนชื่อ) ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `there is no sheet ${missing} with the item scores in the workbook (deleted or renamed?); nothing was written`
    )
  );
}

/** Everything the first sync reads: the assessment's block, its items and the officer's catalogue sheet. */
interface FirstReads {
  readonly read: ReturnType<typeof queueReads>;
  readonly items: ItemsRead | undefined;
  readonly catalogueSheet: CatalogueSheetRead | undefined;
}

function queueFirstReads(
  context: Excel.RequestContext,
  request: ReportRequest
): FirstReads | ValidationIssue {
  const overlap = overlapIssue(request);
  if (overlap) return overlap;
  const read = queueReads(context, request.fiscalYear, request.inputAddress);
  const items = queueItemsRead(context, request.itemsAddress);
  if (items && "code" in items) return items;
  const catalogueSheet = request.useCatalogueSheet === false ? undefined : queueCatalogueSheetRead(context);
  return { read, items, catalogueSheet };
}

/** The report's sheet layouts from what the first sync read. */
function layoutsFrom(
  { read, items, catalogueSheet }: FirstReads,
  request: ReportRequest
): Validated<SheetLayout[]> {
  if ("code" in read) return { ok: false, issues: [read], warnings: [] };
  const resolved = resolveFramework(read.frameworkSheet, request.fiscalYear);
  if (!resolved.ok) return resolved;
  const catalogues = catalogueSheet ? cataloguesFromRead(catalogueSheet) : undefined;
  if (catalogues && !catalogues.ok) return catalogues;
  const framework = resolved.value;
  const missing = missingSheetIssue(read, request.fiscalYear) ?? (items && missingItemsSheetIssue(items));
  if (missing) return { ok: false, issues: [missing], warnings: [] };
  const entries = items
    ? itemEntriesFromRows(
        items.sheet,
        { row: items.range.rowIndex, column: items.range.columnIndex },
        items.range.values
      )
    : [];
  const assessed = assessRead(read, framework, request.agency, entries, request.fiscalYear);
  if (!assessed.ok) return assessed;
  const officers = catalogues?.value;
  const kind =
    request.agencyKind !== undefined && isAgencyKindId(request.agencyKind)
      ? agencyKindById(request.agencyKind)
      : undefined;
  const model = buildReport(assessed.value.result, {
    digits: request.digits,
    chart: request.chart,
    ...(officers ? { catalogues: officers } : {}),
    voice: voiceFor({
      agency: assessed.value.result.assessment.agency,
      ...(kind ? { kind } : {}),
      district: request.district,
      province: request.province,
    }),
    ...(request.scoresAsOf ? { scoresAsOf: request.scoresAsOf } : {}),
  });
  const used =
    officers && catalogueSheet
      ? [
          issueAt(
            quoteSheetName(catalogueSheet.sheet.name),
            problem(
              "catalogue-sheet-used",
              "ใช้ข้อเสนอแนะและมาตรการจากแผ่นงานแคตตาล็อกของหน่วยงาน (รายการที่ไม่มีในแผ่นงานใช้ข้อความในตัว)",
              "the recommendations and measures come from the workbook's catalogue sheet (entries it lacks use the built-in wording)"
            )
          ),
        ]
      : [];
  return {
    ok: true,
    value: model.sheets.map(layoutReportSheet),
    warnings: [...resolved.warnings, ...assessed.warnings, ...used],
  };
}

/** Writes the analysis and measures sheets and their charts into the workbook (three syncs). */
export function generateReport(request: ReportRequest): Promise<Validated<GeneratedReport>> {
  return runExcel<GeneratedReport>(async (context) => {
    const reads = queueFirstReads(context, request);
    if ("code" in reads) return { ok: false, issues: [reads], warnings: [] };
    await context.sync();
    const layouts = layoutsFrom(reads, request);
    if (!layouts.ok) return layouts;
    const readOnly =
      "code" in reads.read ? undefined : readOnlyIssue(reads.read.sheet.name, reads.read.workbook);
    if (readOnly) return { ok: false, issues: [readOnly], warnings: layouts.warnings };

    const earlier = queueReportReads(
      context,
      layouts.value.map((layout) => layout.id)
    );
    await context.sync();
    const plan = planReportWrites(earlier, layouts.value, { replaceEdited: request.replaceEdited === true });
    if (!plan.ok)
      return { ok: false, issues: plan.issues, warnings: [...layouts.warnings, ...plan.warnings] };
    const writeWarnings = queueReportWrites(context, plan.value, layouts.value, request.digits);
    await context.sync();
    return {
      ok: true,
      value: { sheets: plan.value.sheets.map((sheet) => ({ id: sheet.layoutId, name: sheet.name })) },
      warnings: [...layouts.warnings, ...plan.warnings, ...writeWarnings],
    };
  });
}

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Opens the .xlsx as a new workbook; Excel's GeneralException (policy, web glitch) becomes what to do instead. */
async function openAsNewWorkbook(bytes: Uint8Array): Promise<ValidationIssue | undefined> {
  try {
    await Excel.createWorkbook(base64Of(bytes));
    return undefined;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "GeneralException") throw error;
    return issueAt(
      "Excel",
      problem(
        "new-workbook-failed",
        "Excel เปิดรายงานเป็นสมุดงานใหม่ไม่ได้ (GeneralException) โปรดลองอีกครั้ง หากยังไม่ได้ ให้กดสร้างแผ่นงานรายงานเพื่อเขียนรายงานลงในสมุดงานนี้ แล้วใช้คำสั่ง ไฟล์ (File) › บันทึกเป็น (Save As) ของ Excel เพื่อเก็บสำเนา",
        "Excel could not open the report as a new workbook (GeneralException): try again; if it fails again, use Generate report sheets to write the report into this workbook, then Excel's File › Save As to keep a copy"
      )
    );
  }
}

/**
 * A standalone .xlsx with just the report sheets, drawn by ExcelJS from the same layouts (loaded only
 * now, so the pane starts small), delivered as `exportOffer` says this Excel can: opened as a new workbook
 * (ExcelApi 1.8; on Mac perhaps behind this window) or saved to the downloads where the pane can save.
 */
export function exportReport(request: ReportRequest): Promise<Validated<ExportedReport>> {
  if (request.format === "pdf") return exportWorkbookPdf(request.fiscalYear);
  const offer = exportOffer().xlsx;
  if (!offer.offered)
    return Promise.resolve({ ok: false, issues: [issueAt("Excel", offer.instead)], warnings: [] });
  const { delivery } = offer;
  return runExcel<ExportedReport>(async (context) => {
    const reads = queueFirstReads(context, request);
    if ("code" in reads) return { ok: false, issues: [reads], warnings: [] };
    await context.sync();
    const layouts = layoutsFrom(reads, request);
    if (!layouts.ok) return layouts;
    const { renderWorkbook } = await import(/* webpackChunkName: "xlsx-export" */ "../xlsx/render-workbook");
    const bytes = await renderWorkbook(layouts.value, { digits: request.digits, creator: request.agency });
    const year = frameworkFor(request.fiscalYear)?.fiscalYear ?? request.fiscalYear;
    const fileName = `ITA-${year}-report.xlsx`;
    if (delivery === "download") {
      offerDownload(bytes, fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else {
      const refused = await openAsNewWorkbook(bytes);
      if (refused) return { ok: false, issues: [refused], warnings: layouts.warnings };
    }
    return { ok: true, value: { fileName, delivery }, warnings: layouts.warnings };
  });
}
