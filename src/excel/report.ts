/**
 * "Generate report" and "Export report": read the block Analyze read (and the input sheet's items, and the
 * officer's catalogue and framework sheets), build the report model with the core, lay it out, and either
 * write it into the workbook or render it as a standalone .xlsx. Nothing is read on an object derived from
 * a look-up that may find nothing (audit B2): every sheet is looked up in a first sync and followed in the
 * second only when it exists. Generating takes three syncs (look up, follow, write), exporting two.
 */
import {
  agencyKindById,
  AgencyVoice,
  AssessmentResult,
  buildReport,
  Catalogue,
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
  RangeReference,
  SheetLayout,
  SUPPORTED_FISCAL_YEARS,
  Validated,
  ValidationIssue,
} from "../core";
import type { ExportedReport, GeneratedReport, ReportRequest } from "./actions";
import {
  assessRead,
  InputSheetLookup,
  missingInputSheetIssue,
  queueInputBlockReads,
  queueInputSheetLookup,
  ReadPhase,
} from "./analyze";
import {
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "./write-guards";
import { followFrameworkName, FrameworkName, queueFrameworkName, resolveFramework } from "./framework-sheet";
import {
  CatalogueSheetRead,
  cataloguesFromRead,
  followCatalogueName,
  queueCatalogueName,
} from "./catalogue-sheet";
import {
  addsReportSheet,
  followReportAnchors,
  planReportWrites,
  queueReportAnchors,
  queueReportWrites,
} from "./report/render-sheets";
import { offerDownload } from "./download";
import { exportOffer } from "./export-offer";
import { exportWorkbookPdf } from "./pdf";
import { runExcel } from "./run-excel";

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * The ids of the report's sheet layouts for a fiscal year, as the core names them (build-report.ts:
 * `analysis-2568`; measures-sheet.ts: `measures-2569`, the next year's measures). Their hidden names are
 * read in the first sync, before the layouts exist; {@link planReportWrites} throws should they differ.
 */
const reportLayoutIds = (fiscalYear: number) => [`analysis-${fiscalYear}`, `measures-${fiscalYear + 1}`];

/**
 * The layout ids of every year the report may turn out to be for: the input's header may name a year other
 * than the pane's (the seed's "คะแนน 2565" with the pane at 2569), which is known only once the input is
 * read in the second sync. Names are cheap to look up; only those that lead to a sheet are followed.
 */
const candidateLayoutIds = (fiscalYear: number) =>
  [...new Set([fiscalYear, ...SUPPORTED_FISCAL_YEARS])].flatMap(reportLayoutIds);

const badAddress = (address: string) =>
  issueAt(address, problem("bad-address", "อ่านที่อยู่ช่วงเซลล์ไม่ได้", "cannot read this range address"));

/** The sheet of the item block, looked up in the first sync (a null object when it is gone). */
interface ItemsLookup {
  readonly reference: RangeReference;
  readonly sheet: Excel.Worksheet;
}

/** The item block, read in the second sync on a sheet known to exist. */
interface ItemsRead {
  readonly sheet: string;
  readonly range: Excel.Range;
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

function missingItemsSheetIssue(items: ItemsLookup): ValidationIssue | undefined {
  if (!items.sheet.isNullObject) return undefined;
  const missing = quoteSheetName(items.reference.sheet);
  return issueAt(
    missing,
    problem(
      "sheet-missing",
      `ไม่พบแผ่นงาน ${missing} ของคะแนนรายข้อในสมุดงาน (อาจถูกลบหรือเปลี่ยนชื่อ) ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `there is no sheet ${missing} with the item scores in the workbook (deleted or renamed?); nothing was written`
    )
  );
}

/** What the first sync looks up: the sheets the addresses name, and the names of the officer's sheets. */
export interface Lookups {
  readonly input: InputSheetLookup;
  readonly items: ItemsLookup | undefined;
  readonly frameworkName: FrameworkName;
  readonly catalogueName: Excel.NamedItem | undefined;
}

/** Queues the first sync's look-ups, or says why the addresses cannot be read (nothing queued then). */
export function queueLookups(
  context: Excel.RequestContext,
  request: ReportRequest
): Lookups | ValidationIssue {
  const overlap = overlapIssue(request);
  if (overlap) return overlap;
  const itemsReference = request.itemsAddress ? parseRangeReference(request.itemsAddress) : undefined;
  if (request.itemsAddress && !itemsReference?.sheet) return badAddress(request.itemsAddress);
  const input = queueInputSheetLookup(context, request.fiscalYear, request.inputAddress);
  if ("code" in input) return input;
  let items: ItemsLookup | undefined;
  if (itemsReference) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(itemsReference.sheet);
    sheet.load("name");
    items = { reference: itemsReference, sheet };
  }
  const frameworkName = queueFrameworkName(context, request.fiscalYear);
  const catalogueName = request.useCatalogueSheet === false ? undefined : queueCatalogueName(context);
  return { input, items, frameworkName, catalogueName };
}

/** After the first sync: a sheet an address names is gone. */
export function missingSheetIssue(lookups: Lookups, fiscalYear: number): ValidationIssue | undefined {
  return (
    missingInputSheetIssue(lookups.input, fiscalYear) ??
    (lookups.items && missingItemsSheetIssue(lookups.items))
  );
}

/** What the second sync reads: the assessment's block, its items and the officer's sheets that exist. */
export interface Reads {
  readonly read: ReadPhase;
  readonly items: ItemsRead | undefined;
  readonly catalogueSheet: CatalogueSheetRead | undefined;
}

/** Queues the second sync, following only what the first showed exists (check {@link missingSheetIssue} first). */
export function queueFollowingReads(context: Excel.RequestContext, lookups: Lookups): Reads {
  const block = queueInputBlockReads(context, lookups.input);
  const { read: frameworkSheet } = followFrameworkName(lookups.frameworkName);
  let items: ItemsRead | undefined;
  if (lookups.items) {
    const { reference, sheet } = lookups.items;
    const range = sheet.getRange(`${cellAddress(reference.start)}:${cellAddress(reference.end)}`);
    range.load("values,rowIndex,columnIndex");
    items = { sheet: reference.sheet, range };
  }
  const catalogueSheet = lookups.catalogueName && followCatalogueName(lookups.catalogueName).read;
  return { read: { ...block, frameworkSheet }, items, catalogueSheet };
}

/**
 * What the report is drawn from, and the tracking sheet too (so its measures are the measures sheet's): the
 * scored assessment, the officer's catalogues when the workbook has them, and the agency's voice.
 */
export interface ReportInputs {
  readonly result: AssessmentResult;
  readonly catalogues?: readonly Catalogue[];
  readonly voice: AgencyVoice;
}

/** The report's inputs from what the second sync read, or every problem found in them. */
export function reportInputsFrom(
  { read, items, catalogueSheet }: Reads,
  request: ReportRequest
): Validated<ReportInputs> {
  const resolved = resolveFramework(read.frameworkSheet, request.fiscalYear);
  if (!resolved.ok) return resolved;
  const catalogues = catalogueSheet ? cataloguesFromRead(catalogueSheet) : undefined;
  if (catalogues && !catalogues.ok) return catalogues;
  const framework = resolved.value;
  const entries = items
    ? itemEntriesFromRows(
        items.sheet,
        { row: items.range.rowIndex, column: items.range.columnIndex },
        items.range.values
      )
    : [];
  const assessed = assessRead(read, framework, request.agency, entries);
  if (!assessed.ok) return assessed;
  const officers = catalogues?.value;
  const kind =
    request.agencyKind !== undefined && isAgencyKindId(request.agencyKind)
      ? agencyKindById(request.agencyKind)
      : undefined;
  const result = assessed.value.result;
  const voice = voiceFor({
    agency: result.assessment.agency,
    ...(kind ? { kind } : {}),
    district: request.district,
    province: request.province,
  });
  const catalogueSheetName = catalogueSheet?.sheet?.name;
  const used =
    officers && catalogueSheetName !== undefined
      ? [
          issueAt(
            quoteSheetName(catalogueSheetName),
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
    value: { result, ...(officers ? { catalogues: officers } : {}), voice },
    warnings: [...resolved.warnings, ...assessed.warnings, ...used],
  };
}

/** The report's sheet layouts from what the second sync read. */
function layoutsFrom(reads: Reads, request: ReportRequest): Validated<SheetLayout[]> {
  const inputs = reportInputsFrom(reads, request);
  if (!inputs.ok) return inputs;
  const { result, catalogues, voice } = inputs.value;
  const model = buildReport(result, {
    digits: request.digits,
    chart: request.chart,
    ...(catalogues ? { catalogues } : {}),
    voice,
    ...(request.scoresAsOf ? { scoresAsOf: request.scoresAsOf } : {}),
  });
  return { ok: true, value: model.sheets.map(layoutReportSheet), warnings: inputs.warnings };
}

/**
 * Writes the analysis and measures sheets and their charts into the workbook, in three syncs:
 * 1. look up, following nothing: the sheets the addresses name, the names of the framework and catalogue
 *    sheets and of the report's earlier sheets (with their type), every sheet's name, the record,
 *    read-only and structure protection. A missing sheet, a read-only workbook, or a protected structure
 *    when a sheet would be added stop here;
 * 2. follow what exists: the input block, the items, the framework and catalogue sheets, the earlier
 *    generated sheets (values, protection, charts);
 * 3. write.
 */
export function generateReport(request: ReportRequest): Promise<Validated<GeneratedReport>> {
  return runExcel<GeneratedReport>(async (context) => {
    const lookups = queueLookups(context, request);
    if ("code" in lookups) return fail([lookups]);
    const anchors = queueReportAnchors(context, candidateLayoutIds(request.fiscalYear));
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();
    const blocked =
      missingSheetIssue(lookups, request.fiscalYear) ??
      readOnlyIssue(lookups.input.sheet.name, workbook) ??
      (addsReportSheet(anchors, reportLayoutIds(request.fiscalYear))
        ? protectedWorkbookIssue(structure)
        : undefined);
    if (blocked) return fail([blocked]);

    const reads = queueFollowingReads(context, lookups);
    const { reads: earlier } = followReportAnchors(anchors);
    await context.sync();
    const layouts = layoutsFrom(reads, request);
    if (!layouts.ok) return layouts;
    const plan = planReportWrites(earlier, layouts.value, {
      replaceEdited: request.replaceEdited === true,
      structure,
    });
    if (!plan.ok) return fail([...plan.issues], [...layouts.warnings, ...plan.warnings]);

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
 * now, so the pane starts small), after two syncs (look up, follow: those of {@link generateReport}),
 * delivered as `exportOffer` says this Excel can: opened as a new workbook
 * (ExcelApi 1.8; on Mac perhaps behind this window) or saved to the downloads where the pane can save.
 */
export function exportReport(request: ReportRequest): Promise<Validated<ExportedReport>> {
  if (request.format === "pdf") return exportWorkbookPdf(request.fiscalYear);
  const offer = exportOffer().xlsx;
  if (!offer.offered)
    return Promise.resolve({ ok: false, issues: [issueAt("Excel", offer.instead)], warnings: [] });
  const { delivery } = offer;
  return runExcel<ExportedReport>(async (context) => {
    const lookups = queueLookups(context, request);
    if ("code" in lookups) return fail([lookups]);
    await context.sync();
    const missing = missingSheetIssue(lookups, request.fiscalYear);
    if (missing) return fail([missing]);
    const reads = queueFollowingReads(context, lookups);
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
