/**
 * Reading the input: the selected range, or the range an address names, and everything Analyze, the preview
 * and the report actions check about it, queued for one sync. Nothing is derived from an object that may be a
 * null object (audit B2), so a sheet named in an address is looked up in a sync of its own first, and so is
 * the framework sheet of the year.
 */
import {
  cellAddress,
  issueAt,
  parseRangeReference,
  problem,
  quoteSheetName,
  RangeReference,
  ValidationIssue,
} from "../../core";
import { queueOwnNames } from "../output-record";
import {
  FrameworkName,
  FrameworkSheetRead,
  followFrameworkName,
  queueFrameworkName,
} from "../framework-sheet";
import { queueReadOnlyRead } from "../write-guards";
import { supportsExcelApi } from "../run-excel";

/**
 * The window read in the first sync, from the input's top-left cell: an input is at most 11 lines × 4
 * fields and its output at most 4 more fields, so 11 × 11 cells hold both in either orientation. Reading
 * a window instead of the selection keeps a whole-column selection from pulling a million cells.
 */
export const WINDOW = 11;

export interface ReadPhase {
  /** The officer's framework sheet of the year, if the workbook has one. */
  readonly frameworkSheet: FrameworkSheetRead;
  readonly range: Excel.Range;
  readonly window: Excel.Range;
  /** The input's sheet, known to exist. */
  readonly sheet: Excel.Worksheet;
  readonly merged?: Excel.RangeAreas;
  /** Every workbook name: the add-in's own output blocks are hidden names (output-record.ts). */
  readonly names: Excel.NamedItemCollection;
  /** The workbook, with `readOnly` loaded. */
  readonly workbook: Excel.Workbook;
  /** One cell per window row with `rowHidden`, and per window column with `columnHidden`. */
  readonly lines: { readonly rows: readonly Excel.Range[]; readonly columns: readonly Excel.Range[] };
  /** The sheet's AutoFilter and its range, to tell rows a filter hides from hidden rows. */
  readonly filter: { readonly autoFilter: Excel.AutoFilter; readonly range: Excel.Range };
  /** The Excel Tables on the input's sheet (their places are read only when there are any). */
  readonly tables: Excel.TableScopedCollection;
}

/**
 * The workbook name that the input sheet gives its scores (input-sheet.ts: `ITA_Scores_2568`); a workbook
 * name follows its sheet through a rename, so it finds the sheet under its new name.
 */
const inputScoresName = (fiscalYear: number) => `ITA_Scores_${fiscalYear}`;

/** Queues the reads of an input block on a sheet known to exist. */
function queueBlockReads(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: Excel.Range
): Omit<ReadPhase, "frameworkSheet"> {
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name,id");
  sheet.protection.load("protected");
  const window = range.getCell(0, 0).getResizedRange(WINDOW - 1, WINDOW - 1);
  window.load("values,formulas,valueTypes,numberFormat");
  // Merged areas need ExcelApi 1.13; older Excel skips this check (the write fails loudly instead).
  const merged = supportsExcelApi("1.13") ? window.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const names = queueOwnNames(context);
  const workbook = queueReadOnlyRead(context);
  // Hidden rows and columns are asked line by line: a range's rowHidden is null when only some are hidden,
  // and the message must name them. All in this same sync.
  const lines = {
    rows: Array.from({ length: WINDOW }, (_, row) => window.getCell(row, 0).load("rowHidden")),
    columns: Array.from({ length: WINDOW }, (_, column) => window.getCell(0, column).load("columnHidden")),
  };
  const autoFilter = sheet.autoFilter.load("isDataFiltered");
  const filter = { autoFilter, range: autoFilter.getRangeOrNullObject().load("rowIndex,rowCount") };
  // A table beside or above the output would spread over it; which tables, and where, is asked only then.
  const tables = sheet.getRange().getTables(false).load("items/name");
  return { range, window, sheet, merged, names, workbook, lines, filter, tables };
}

const badAddressIssue = (address: string) =>
  issueAt(address, problem("bad-address", "อ่านที่อยู่ช่วงเซลล์ไม่ได้", "cannot read this range address"));

const localAddress = (reference: RangeReference) =>
  `${cellAddress(reference.start)}:${cellAddress(reference.end)}`;

/** The sheet an address names, looked up before anything is read on it (nothing derives from it yet). */
export interface InputSheetLookup {
  readonly reference: RangeReference;
  /** A null object when the sheet is gone (deleted, or renamed). */
  readonly sheet: Excel.Worksheet;
  /** The add-in's name of the input sheet of the year, to say where that sheet went when this one is gone. */
  readonly scoresName: Excel.NamedItem;
}

/**
 * Queues the look-up of the sheet an address names (and of the input sheet of the year's name) for the
 * caller's sync; pair with {@link missingInputSheetIssue} and {@link queueInputBlockReads}.
 *
 * @example
 * const lookup = queueInputSheetLookup(context, 2568, "'ITA 2568'!C4:E13");
 * if ("code" in lookup) return fail([lookup]);
 * await context.sync();
 * const missing = missingInputSheetIssue(lookup, 2568);
 * if (missing) return fail([missing]);
 * const block = queueInputBlockReads(context, lookup);
 * await context.sync();
 */
export function queueInputSheetLookup(
  context: Excel.RequestContext,
  fiscalYear: number,
  inputAddress: string
): InputSheetLookup | ValidationIssue {
  const reference = parseRangeReference(inputAddress);
  if (!reference || !reference.sheet) return badAddressIssue(inputAddress);
  const sheet = context.workbook.worksheets.getItemOrNullObject(reference.sheet);
  sheet.load("name");
  const scoresName = context.workbook.names.getItemOrNullObject(inputScoresName(fiscalYear));
  scoresName.load("type,value");
  return { reference, sheet, scoresName };
}

/**
 * After the look-up's sync: the issue when the sheet the address named is gone, saying where the input
 * sheet of the year is now when the officer renamed it.
 */
export function missingInputSheetIssue(
  lookup: InputSheetLookup,
  fiscalYear: number
): ValidationIssue | undefined {
  if (!lookup.sheet.isNullObject) return undefined;
  const now = lookup.scoresName.isNullObject ? undefined : rangeNameSheet(lookup.scoresName);
  return missingSheetProblem(lookup.reference.sheet, fiscalYear, now);
}

/**
 * After the look-up's sync showed the sheet exists: queues the reads of the input block on it.
 *
 * @throws RangeError when the sheet is gone (check {@link missingInputSheetIssue} first).
 */
export function queueInputBlockReads(
  context: Excel.RequestContext,
  lookup: InputSheetLookup
): Omit<ReadPhase, "frameworkSheet"> {
  if (lookup.sheet.isNullObject) throw new RangeError("queueInputBlockReads: the sheet is gone");
  return queueBlockReads(context, lookup.sheet, lookup.sheet.getRange(localAddress(lookup.reference)));
}

/**
 * Reads what Analyze and the preview need, never deriving from an object that may be a null object: the
 * sheet an address names is looked up first (its own sync), and so is the framework sheet of the year
 * (read in the next sync, only when the workbook has one). Returns the reads, synced, or why not.
 */
export async function readInput(
  context: Excel.RequestContext,
  fiscalYear: number,
  inputAddress?: string
): Promise<ReadPhase | ValidationIssue> {
  const frameworkName = queueFrameworkName(context, fiscalYear);
  if (!inputAddress) {
    const range = context.workbook.getSelectedRange();
    // A navigation property returns a proxy that needs no load; the rule cannot tell it from a scalar.
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
    const sheet = range.worksheet;
    const block = queueBlockReads(context, sheet, range);
    await context.sync();
    return { ...block, frameworkSheet: await followFramework(context, frameworkName) };
  }
  const lookup = queueInputSheetLookup(context, fiscalYear, inputAddress);
  if ("code" in lookup) return lookup;
  await context.sync();
  const missing = missingInputSheetIssue(lookup, fiscalYear);
  if (missing) return missing;
  const block = queueInputBlockReads(context, lookup);
  const { read: frameworkSheet } = followFrameworkName(frameworkName);
  await context.sync();
  return { ...block, frameworkSheet };
}

/** The framework sheet, read in one more sync only when the workbook has one. */
async function followFramework(
  context: Excel.RequestContext,
  located: FrameworkName
): Promise<FrameworkSheetRead> {
  const { read, pending } = followFrameworkName(located);
  if (pending) await context.sync();
  return read;
}

/** The sheet a range name refers to now ("'ITA 2565 (2)'!$D$5:$D$14" → "ITA 2565 (2)"). */
function rangeNameSheet(name: Excel.NamedItem): string | undefined {
  if (name.type !== "Range" || typeof name.value !== "string") return undefined;
  return parseRangeReference(name.value.replace(/^=/, ""))?.sheet || undefined;
}

/** The sheet the address named is gone: deleted, or renamed (then `now` is where the input sheet went). */
function missingSheetProblem(
  requested: string,
  fiscalYear: number,
  now: string | undefined
): ValidationIssue {
  const missing = quoteSheetName(requested);
  if (now) {
    const renamed = quoteSheetName(now);
    return issueAt(
      missing,
      problem(
        "sheet-renamed",
        `ไม่พบแผ่นงาน ${missing} ในสมุดงาน แผ่นงานกรอกคะแนนปี ${fiscalYear} ขณะนี้ชื่อ ${renamed} (อาจถูกเปลี่ยนชื่อ) โปรดเลือกช่วงคะแนนบนแผ่นงานนั้นแล้วใช้ "ใช้ช่วงที่เลือก" ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
        `there is no sheet ${missing} in the workbook; the input sheet of ${fiscalYear} is now named ${renamed} (renamed?): select the scores on it and use "Use the selected range"; nothing was written`
      )
    );
  }
  return issueAt(
    missing,
    problem(
      "sheet-missing",
      `ไม่พบแผ่นงาน ${missing} ในสมุดงาน (อาจถูกลบหรือเปลี่ยนชื่อ) โปรดแทรกแผ่นงานกรอกคะแนนหรือเลือกช่วงคะแนนใหม่ ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `there is no sheet ${missing} in the workbook (deleted or renamed?): insert an input sheet or select the scores again; nothing was written`
    )
  );
}
