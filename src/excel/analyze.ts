/**
 * "Use the selected range" and Analyze: read the selected (or given) scores, recognise them with the core, and
 * write the output block beside them. Phases: queue every read → sync → the core → queue every write → one
 * sync. Nothing is derived from an object that may be a null object (audit B2), so a sheet named in an
 * address is looked up in a sync of its own first. Syncs: the preview 1, Analyze 2 from the selection and 3
 * from an address; one more when the workbook has a framework sheet of the year, and one more when the
 * sheet has an Excel Table (to see where it is).
 */
import {
  assessmentFromCells,
  ItemEntry,
  AssessmentResult,
  cellAddress,
  CellBlock,
  columnLetters,
  CellPosition,
  Framework,
  frameworkNotes,
  inputAddress,
  isDateNumberFormat,
  isPercentNumberFormat,
  issueAt,
  OutputPlan,
  parseRangeReference,
  planOutput,
  problem,
  quoteSheetName,
  RangeReference,
  recognizeScores,
  RecognizedScores,
  resultJson,
  roundHalfUpToNumber,
  scoreAssessment,
  sheetCellAddress,
  Validated,
  ValidationIssue,
  weakestIndicators,
  zeroScoreWarnings,
} from "../core";
import type { AnalysisOutcome, AnalyzeRequest, InputPreview } from "./actions";
import { inBlocks, ownBlocksOn, overlaps, queueOwnBlocks, queueOwnNames } from "./output-record";
import {
  FrameworkName,
  FrameworkSheetRead,
  followFrameworkName,
  queueFrameworkName,
  resolveFramework,
} from "./framework-sheet";
import { protectedSheetIssue, queueReadOnlyRead, readOnlyIssue, tableInTheWayIssue } from "./write-guards";
import { runExcel, supportsExcelApi } from "./run-excel";

/**
 * The window read in the first sync, from the input's top-left cell: an input is at most 11 lines × 4
 * fields and its output at most 4 more fields, so 11 × 11 cells hold both in either orientation. Reading
 * a window instead of the selection keeps a whole-column selection from pulling a million cells.
 */
const WINDOW = 11;
/** Excel's grid: a selection this tall is whole columns, this wide whole rows. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

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

/** A selection too large to hold the scores, said plainly for whole columns, rows or the whole sheet. */
function sizeIssue(read: ReadPhase, framework: Framework): ValidationIssue | undefined {
  const { rowCount, columnCount, address } = read.range;
  if (rowCount <= WINDOW && columnCount <= WINDOW) return undefined;
  const n = framework.indicators.length;
  const wholeRows = columnCount === SHEET_COLUMNS;
  const wholeColumns = rowCount === SHEET_ROWS;
  const [th, en] =
    wholeRows && wholeColumns
      ? [
          `เลือกไว้ทั้งแผ่นงาน โปรดเลือกเฉพาะคะแนน ${n} ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)`,
          `the whole sheet is selected: select only the ${n} indicator scores (with their header, names and earlier years' scores, if you like)`,
        ]
      : wholeColumns || wholeRows
        ? [
            `เลือกไว้ทั้ง${wholeColumns ? "คอลัมน์" : "แถว"} โปรดเลือกเฉพาะช่องคะแนน ${n} ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)`,
            `whole ${wholeColumns ? "columns" : "rows"} are selected: select only the cells of the ${n} indicator scores (with their header, names and earlier years' scores, if you like)`,
          ]
        : [
            `ช่วงที่เลือกมี ${rowCount} แถว × ${columnCount} คอลัมน์ ใหญ่เกินกว่าคะแนน ${n} ตัวชี้วัด`,
            `the selection is ${rowCount} rows × ${columnCount} columns, far more than ${n} indicator scores`,
          ];
  return issueAt(address, problem("wrong-size", th, en));
}

type LineKind = "rows" | "columns";

/** "7", "D": a row or column as Excel labels it. */
const lineLabel = (index: number, kind: LineKind) =>
  kind === "rows" ? String(index + 1) : columnLetters(index);

/** "Sheet1!7:8,Sheet1!10:10": whole rows (or columns) in runs, as Excel writes a multi-area address. */
function linesAddress(sheet: string, indexes: readonly number[], kind: LineKind): string {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs
    .map(([from, to]) => `${quoteSheetName(sheet)}!${lineLabel(from, kind)}:${lineLabel(to, kind)}`)
    .join(",");
}

interface HiddenCause {
  readonly code: string;
  /** "ถูกซ่อนไว้" / "hidden". */
  readonly th: string;
  readonly en: string;
  readonly remedyTh: string;
  /** The remedy, given "it" or "them". */
  readonly remedyEn: (them: string) => string;
}

/** One issue for hidden rows or columns, worded for one line or several. */
function hiddenIssue(
  sheet: string,
  indexes: readonly number[],
  kind: LineKind,
  cause: HiddenCause
): ValidationIssue {
  const list = indexes.map((index) => lineLabel(index, kind)).join(", ");
  const one = indexes.length === 1;
  const noun = kind === "rows" ? (one ? "row" : "rows") : one ? "column" : "columns";
  return issueAt(
    linesAddress(sheet, indexes, kind),
    problem(
      cause.code,
      `${kind === "rows" ? "แถว" : "คอลัมน์"} ${list} ในช่วงที่เลือก${cause.th} ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ ${cause.remedyTh} ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `${noun} ${list} of the selection ${one ? "is" : "are"} ${cause.en}, so not every value that would be analysed is in view: ${cause.remedyEn(one ? "it" : "them")}; nothing was written`
    )
  );
}

const unhideFirst = (them: string) => `unhide ${them} and check the values first`;

/**
 * Rows or columns of the input that are hidden, by the officer or by a filter: the officer would analyse
 * (and publish) values they cannot see, so they are refused, each kind with its own remedy.
 */
function hiddenLineIssues(read: ReadPhase, rows: number, columns: number): ValidationIssue[] {
  if (!read.lines) return [];
  const sheet = read.sheet.name;
  const top = read.range.rowIndex;
  const left = read.range.columnIndex;
  const hiddenRows = read.lines.rows.slice(0, rows).flatMap((cell, r) => (cell.rowHidden ? [top + r] : []));
  const hiddenColumns = read.lines.columns
    .slice(0, columns)
    .flatMap((cell, c) => (cell.columnHidden ? [left + c] : []));
  const filterRange = read.filter?.autoFilter.isDataFiltered ? read.filter.range : undefined;
  const byFilter = (row: number) =>
    filterRange !== undefined &&
    !filterRange.isNullObject &&
    row >= filterRange.rowIndex &&
    row < filterRange.rowIndex + filterRange.rowCount;
  const filtered = hiddenRows.filter(byFilter);
  const byHand = hiddenRows.filter((row) => !byFilter(row));
  const issues: ValidationIssue[] = [];
  if (filtered.length > 0) {
    issues.push(
      hiddenIssue(sheet, filtered, "rows", {
        code: "filtered-rows",
        th: "ถูกซ่อนโดยตัวกรอง (AutoFilter)",
        en: "hidden by a filter",
        remedyTh: "โปรดล้างตัวกรองก่อน",
        remedyEn: () => "clear the filter first",
      })
    );
  }
  if (byHand.length > 0) {
    issues.push(
      hiddenIssue(sheet, byHand, "rows", {
        code: "hidden-rows",
        th: "ถูกซ่อนไว้",
        en: "hidden",
        remedyTh: "โปรดยกเลิกการซ่อนแถวและตรวจสอบค่าก่อน",
        remedyEn: unhideFirst,
      })
    );
  }
  if (hiddenColumns.length > 0) {
    issues.push(
      hiddenIssue(sheet, hiddenColumns, "columns", {
        code: "hidden-columns",
        th: "ถูกซ่อนไว้",
        en: "hidden",
        remedyTh: "โปรดยกเลิกการซ่อนคอลัมน์และตรวจสอบค่าก่อน",
        remedyEn: unhideFirst,
      })
    );
  }
  return issues;
}

/**
 * The selection takes in cells of the add-in's own earlier output (say the change column beside last
 * Analyze): those would be read as scores. Cleared output cells do not count.
 */
function ownOutputIssue(read: ReadPhase, rows: number, columns: number): ValidationIssue | undefined {
  const blocks = ownBlocksOn(read.names, "output", read.sheet.name);
  const top = read.range.rowIndex;
  const left = read.range.columnIndex;
  const overlapping = blocks.filter((block) => {
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < columns; c += 1) {
        const formula = read.window.formulas[r]?.[c];
        if (
          inBlocks([block], top + r, left + c) &&
          formula !== "" &&
          formula !== undefined &&
          formula !== null
        )
          return true;
      }
    }
    return false;
  });
  const first = overlapping[0]?.range;
  if (!first) return undefined;
  const output = `${quoteSheetName(read.sheet.name)}!${cellAddress(first.start)}:${cellAddress(first.end)}`;
  return issueAt(
    read.range.address,
    problem(
      "input-includes-output",
      `ช่วงที่เลือกรวมผลการวิเคราะห์ที่ส่วนเสริมเขียนไว้ (${output}) โปรดเลือกเฉพาะคะแนน ชื่อตัวชี้วัด และหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the selection takes in the results the add-in wrote earlier (${output}): select only the scores, their names and header; nothing was written`
    )
  );
}

/** Excel's serial day 0 is 30 December 1899 (1900 date system). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * The values as the core should see them: an error cell as its text ("#N/A"), and a number in a cell
 * formatted as a date as the date the officer sees (a score typed into a date cell shows "25/3/1900").
 */
function cellValuesOf(read: ReadPhase, rows: number, columns: number): unknown[][] {
  return read.window.values.slice(0, rows).map((row, r) =>
    row.slice(0, columns).map((value, c) => {
      if (String(read.window.valueTypes[r]?.[c]) === "Error") return String(value);
      const format = read.window.numberFormat[r]?.[c];
      if (typeof value === "number" && typeof format === "string" && isDateNumberFormat(format)) {
        return new Date(SERIAL_EPOCH + value * DAY);
      }
      return value;
    })
  );
}

interface Planned {
  readonly recognized: RecognizedScores;
  readonly result: AssessmentResult;
  readonly plan: OutputPlan;
}

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * The assessment in the cells read: recognised, checked and scored, with item results when given. Used
 * by Analyze and by the report actions, which read the same block again.
 */
export function assessRead(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  items: readonly ItemEntry[] = []
): Validated<{ recognized: RecognizedScores; result: AssessmentResult }> {
  const tooLarge = sizeIssue(read, framework);
  if (tooLarge) return fail([tooLarge]);
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const rows = read.range.rowCount;
  const columns = read.range.columnCount;
  const own = ownOutputIssue(read, rows, columns);
  const layoutIssues = [...(own ? [own] : []), ...hiddenLineIssues(read, rows, columns)];
  const block: CellBlock = { sheet: read.sheet.name, origin, values: cellValuesOf(read, rows, columns) };
  const recognized = recognizeScores(block, framework);
  if (!recognized.ok) {
    return fail([...layoutIssues, ...recognized.issues.map(explainDateCell)], recognized.warnings);
  }
  const percent = percentCellIssues(read, recognized.value);
  if (layoutIssues.length > 0 || percent.length > 0) {
    return fail([...layoutIssues, ...percent], recognized.warnings);
  }
  const assessment = assessmentFromCells(recognized.value, agency, items, framework);
  const warnings = [...recognized.warnings, ...zeroScoreWarnings(recognized.value), ...assessment.warnings];
  if (!assessment.ok) return fail([...assessment.issues], warnings);
  return {
    ok: true,
    value: { recognized: recognized.value, result: scoreAssessment(assessment.value) },
    warnings,
  };
}

/** The core's "a date is not a number" said for a cell: what the officer sees there, and what to do. */
function explainDateCell(issue: ValidationIssue): ValidationIssue {
  if (issue.code !== "date") return issue;
  return issueAt(
    issue.location,
    problem(
      "date",
      "ช่องนี้จัดรูปแบบเป็นวันที่ จึงแสดงวันที่แทนคะแนน โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วตรวจสอบคะแนน",
      "the cell is formatted as a date, so it shows a date, not a score: format it as a number and check the score"
    )
  );
}

/**
 * Score cells formatted as percentages hold a fraction (0.8508 shown as 85.08%), which would be read as a
 * score below 1: refused, rather than guessing whether the officer meant 85.08 or 0.85.
 */
function percentCellIssues(read: ReadPhase, recognized: RecognizedScores): ValidationIssue[] {
  const years = [
    recognized.current,
    ...(recognized.previous ? [recognized.previous] : []),
    ...recognized.history,
  ];
  return years.flatMap((year) =>
    [...year.cells.values()].flatMap((cell) => {
      const r = cell.row - read.range.rowIndex;
      const c = cell.column - read.range.columnIndex;
      const format = read.window.numberFormat[r]?.[c];
      const value = read.window.values[r]?.[c];
      if (typeof value !== "number" || typeof format !== "string" || !isPercentNumberFormat(format))
        return [];
      return [
        issueAt(
          sheetCellAddress(recognized.sheet, cell),
          problem(
            "percent-format",
            `ช่องนี้จัดรูปแบบเป็นร้อยละ ค่าที่เก็บจริงคือ ${value} ไม่ใช่คะแนน 0–100 ที่แสดง โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนโดยไม่มีเครื่องหมาย %`,
            `the cell is formatted as a percentage: it holds ${value}, not the 0–100 score it shows; format it as a number and type the score without %`
          )
        ),
      ];
    })
  );
}

/** Everything between the two syncs: recognise, score, plan, and check the output cells are ours to write. */
function planAnalysis(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  mode: AnalyzeRequest["mode"]
): Validated<Planned> {
  const sheetName = read.sheet.name;
  const blocked =
    readOnlyIssue(sheetName, read.workbook) ??
    protectedSheetIssue(sheetName, read.sheet.protection.protected);
  if (blocked) return fail([blocked]);
  const assessed = assessRead(read, framework, agency);
  if (!assessed.ok) return assessed;
  const { recognized, result } = assessed.value;
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const plan = planOutput(recognized, result, mode);

  const issues: ValidationIssue[] = [];
  if (read.merged && !read.merged.isNullObject) {
    issues.push(
      issueAt(
        read.merged.address,
        problem(
          "merged-cells",
          "มีเซลล์ที่ผสานไว้ในช่วงข้อมูลหรือช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน",
          "merged cells in the input or where the results go: unmerge them first"
        )
      )
    );
  }
  const ownBlocks = ownBlocksOn(read.names, "output", sheetName);
  const isOwn = (cell: CellPosition) => inBlocks(ownBlocks, cell.row, cell.column);
  const occupied: string[] = [];
  for (let r = 0; r < plan.rowCount; r += 1) {
    for (let c = 0; c < plan.columnCount; c += 1) {
      const cell = { row: plan.origin.row + r, column: plan.origin.column + c };
      const formula = read.window.formulas[cell.row - origin.row]?.[cell.column - origin.column];
      if (formula !== "" && formula !== undefined && !isOwn(cell))
        occupied.push(sheetCellAddress(sheetName, cell));
    }
  }
  if (occupied.length > 0) {
    const shown = occupied.slice(0, 5).join(", ") + (occupied.length > 5 ? ` … (${occupied.length})` : "");
    issues.push(
      issueAt(
        plan.address,
        problem(
          "output-not-empty",
          `ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (${shown}) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ`,
          `the cells for the results are not empty (${shown}); the add-in writes only into empty cells or its own earlier output, so nothing was written`
        )
      )
    );
  }
  if (issues.length > 0) return fail(issues, assessed.warnings);
  return { ok: true, value: { recognized, result, plan }, warnings: assessed.warnings };
}

function lineAddress(recognized: RecognizedScores, cells: ReadonlyMap<number, CellPosition>): string {
  const positions = [...cells.values()];
  const rows = positions.map((cell) => cell.row);
  const columns = positions.map((cell) => cell.column);
  const start = { row: Math.min(...rows), column: Math.min(...columns) };
  const end = { row: Math.max(...rows), column: Math.max(...columns) };
  return `${quoteSheetName(recognized.sheet)}!${cellAddress(start)}:${cellAddress(end)}`;
}

function previewOf(planned: Planned): InputPreview {
  const { recognized, plan, result } = planned;
  const previous = recognized.previous;
  return {
    blockAddress: inputAddress(recognized),
    inputAddress: lineAddress(recognized, recognized.current.cells),
    previousAddress: previous ? lineAddress(recognized, previous.cells) : undefined,
    orientation: recognized.orientation,
    outputAddress: plan.address,
    indicators: result.indicators.map((row) => {
      const cell = recognized.current.cells.get(row.indicator.number);
      const previousCell = previous?.cells.get(row.indicator.number);
      return {
        number: row.indicator.number,
        nameTh: row.indicator.nameTh,
        cell: cell ? sheetCellAddress(recognized.sheet, cell) : "",
        value: roundHalfUpToNumber(row.score, 2),
        previousCell: previousCell ? sheetCellAddress(recognized.sheet, previousCell) : undefined,
        previous: row.previous === undefined ? undefined : roundHalfUpToNumber(row.previous, 2),
      };
    }),
  };
}

/** A rectangle of cells, 0-based and inclusive. */
interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A table in the way of the output: the output lies in it, or just right of or below it, where Excel
 * would spread the table over the results. One more sync, only when the sheet has tables, reads where they
 * are.
 */
async function tableIssue(
  context: Excel.RequestContext,
  read: ReadPhase,
  plan: OutputPlan
): Promise<ValidationIssue | undefined> {
  const tables = read.tables.items;
  if (tables.length === 0) return undefined;
  const ranges = tables.map((table) => table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  await context.sync();
  const output: CellRect = {
    top: plan.origin.row,
    left: plan.origin.column,
    bottom: plan.origin.row + plan.rowCount - 1,
    right: plan.origin.column + plan.columnCount - 1,
  };
  const inTheWay = tables.filter((_, i) => {
    const range = ranges[i];
    if (!range) return false;
    const table: CellRect = {
      top: range.rowIndex,
      left: range.columnIndex,
      bottom: range.rowIndex + range.rowCount - 1,
      right: range.columnIndex + range.columnCount - 1,
    };
    const rowsMeet = table.top <= output.bottom && table.bottom >= output.top;
    const columnsMeet = table.left <= output.right && table.right >= output.left;
    const inside = rowsMeet && columnsMeet;
    const leftOf = rowsMeet && table.right === output.left - 1;
    const above = columnsMeet && table.bottom === output.top - 1;
    return inside || leftOf || above;
  });
  return inTheWay.length > 0
    ? tableInTheWayIssue(
        plan.address,
        inTheWay.map((table) => table.name)
      )
    : undefined;
}

/**
 * Shows what Analyze would read and where it would write; writes nothing. One sync (more with a framework
 * sheet, or a table on the sheet).
 */
export function previewSelection(fiscalYear: number): Promise<Validated<InputPreview>> {
  return runExcel(async (context) => {
    const read = await readInput(context, fiscalYear);
    if ("code" in read) return fail([read]);
    const framework = resolveFramework(read.frameworkSheet, fiscalYear);
    if (!framework.ok) return framework;
    const planned = planAnalysis(read, framework.value, undefined, "values");
    if (!planned.ok) return planned;
    const table = await tableIssue(context, read, planned.value.plan);
    if (table) return fail([table], planned.warnings);
    return { ok: true, value: previewOf(planned.value), warnings: planned.warnings };
  });
}

/** Queues the writes of a planned output block: number formats first, so text can never become a formula. */
function queueWrites(sheet: Excel.Worksheet, plan: OutputPlan): Excel.Range {
  const target = sheet.getRangeByIndexes(
    plan.origin.row,
    plan.origin.column,
    plan.rowCount,
    plan.columnCount
  );
  target.numberFormat = plan.cells.map((row) => row.map((cell) => cell.numberFormat));
  target.formulas = plan.cells.map((row) =>
    row.map((cell) => (cell.formula ? `=${cell.formula}` : cell.value))
  );
  target.format.font.bold = false;
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.style === "header") {
        const headerCell = target.getCell(r, c);
        headerCell.format.font.bold = true;
        headerCell.format.fill.color = "#DCE6F2";
      }
    })
  );
  // No autofit: column widths belong to the officer's layout, and the columns hold their other cells too.
  return target;
}

/**
 * Analyze: read, compute with the core, write the output block and record it as the add-in's own (a
 * hidden name). Syncs: see the top of this file.
 */
export function analyze(request: AnalyzeRequest): Promise<Validated<AnalysisOutcome>> {
  return runExcel(async (context) => {
    const read = await readInput(context, request.fiscalYear, request.inputAddress);
    if ("code" in read) return fail([read]);
    const resolved = resolveFramework(read.frameworkSheet, request.fiscalYear);
    if (!resolved.ok) return resolved;
    const framework = resolved.value;

    const wantsFormulas = request.mode === "formulas";
    const first = planAnalysis(read, framework, request.agency, request.mode);
    if (!first.ok) return first;
    // Formulas cannot compute with text such as "๘๕.๐๘": write values and say so, rather than formulas
    // that would show #N/A until the officer retypes the cells.
    const hasText = [
      ...first.value.recognized.current.raw.values(),
      ...(first.value.recognized.previous?.raw.values() ?? []),
    ].some((value) => typeof value !== "number");
    const mode = wantsFormulas && hasText ? "values" : request.mode;
    const planned = mode === request.mode ? first : planAnalysis(read, framework, request.agency, mode);
    if (!planned.ok) return planned;
    const { plan, result, recognized } = planned.value;
    const table = await tableIssue(context, read, plan);
    if (table) return fail([table], planned.warnings);

    const target = queueWrites(read.sheet, plan);
    const output = parseRangeReference(plan.address);
    const replaced = ownBlocksOn(read.names, "output", read.sheet.name).filter(
      (block) => output !== undefined && overlaps(block.range, output)
    );
    if (output) queueOwnBlocks(context, read.names, "output", [{ range: target, cells: output }], replaced);
    await context.sync();

    const warnings = [...planned.warnings];
    if (wantsFormulas && mode === "values") {
      warnings.push(
        issueAt(
          lineAddress(recognized, recognized.current.cells),
          problem(
            "formulas-need-numbers",
            "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
            "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
          )
        )
      );
    }
    const json = resultJson(result);
    return {
      ok: true,
      warnings,
      value: {
        outputAddress: plan.address,
        mode,
        result: json,
        weakest: weakestIndicators(result).map((row) => ({
          number: row.indicator.number,
          nameTh: row.indicator.nameTh,
          tool: row.indicator.tool,
          score: roundHalfUpToNumber(row.score, 2),
        })),
        framework: frameworkNotes(framework),
      },
    };
  });
}
