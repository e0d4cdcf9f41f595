/**
 * "Many agencies": a table of agencies (one per row, with the header row `ita batch` accepts) analysed in
 * place. The batch core reads, scores, ranks and summarises; this file only reads the table, checks where
 * the results may go, and writes them in requests small enough for Excel on the web.
 *
 * Sync budget of one run (k = the number of write chunks, b = the row blocks beyond the first two):
 * - read 1: where the table is (the selection ∩ the sheet's used range, so a whole-column selection reads
 *   only the used rows) and its first {@link FIRST_BLOCK_ROWS} rows, the add-in's own blocks (hidden names),
 *   the sheet's protection, whether the workbook is read-only or its structure protected, and the hidden
 *   name of the summary sheet generated earlier;
 * - read 2: the cells where the results go (their place is known once the table's is), whether an Excel
 *   Table is there, the summary sheet that name leads to (if any), and the next block of the table's rows,
 *   as many as fit {@link READ_BUDGET_BYTES};
 * - read b: further blocks, only for a table too large for two answers (Excel on the web refuses an answer
 *   over 5 MB; the national file of 8,318 agencies takes two);
 * - write k = ceil(payload / MAX_REQUEST_BYTES): the result columns, a block of rows per request, since
 *   each sync is one request and no request may exceed the limit (the one place a sync per chunk is right);
 * - write 1: the summary sheet, through the report renderer.
 * A read-only workbook, a protected sheet or workbook, a single-cell or empty selection stop after read 1,
 * bad rows, occupied or merged output cells, a table in the way and an edited summary sheet after the last
 * read: nothing is written then.
 */
import {
  cellAddress,
  columnLetters,
  issueAt,
  layoutReportSheet,
  numberFormatFor,
  parseRangeReference,
  problem,
  quoteSheetName,
  RangeReference,
  roundHalfUpToNumber,
  SheetLayout,
  TEXT_FORMAT,
  Validated,
  ValidationIssue,
} from "../core";
import {
  BatchReading,
  layoutAgenciesSheet,
  NumberedRow,
  readAgencies,
  summarizeBatch,
  summaryReportSheet,
} from "../core/batch";
import { inBlocks, OwnBlock, ownBlocksOn, overlaps, queueOwnBlocks, queueOwnNames } from "./output-record";
import {
  followReportAnchors,
  planReportWrites,
  queueReportAnchors,
  queueReportWrites,
  ReportAnchors,
  ReportReads,
} from "./report/render-sheets";
import {
  protectedSheetIssue,
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
  tableInTheWayIssue,
} from "./write-guards";
import { runExcel, supportsExcelApi } from "./run-excel";

/**
 * The largest request the add-in sends: Excel on the web refuses requests over 5 MB, and the estimate of a
 * chunk (its values and formats as UTF-8 JSON) does not count Office.js's envelope, hence the margin.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * The most a read answer should carry, as JSON with non-ASCII escaped: Excel on the web refuses answers over
 * 5 MB (ResponsePayloadSizeLimitExceeded), and the envelope and the other reads of the same sync need room.
 */
export const READ_BUDGET_BYTES = 3 * 1024 * 1024;
/** The rows read with the table's place in read 1, before their size per row is known. */
export const FIRST_BLOCK_ROWS = 2_000;
/** The smallest size assumed per cell when sizing a block, so a blank first block cannot size a huge one. */
const MIN_CELL_BYTES = 12;
/** Room in each write request for what the row estimate leaves out: statement paths, the header format. */
const CHUNK_OVERHEAD_BYTES = 4 * 1024;
/** The columns of the agencies layout written beside the table: IIT … province rank. */
const FIRST_RESULT_COLUMN = 4;
const RESULT_COLUMNS = 9;
const GENERAL_FORMAT = "General";
/** The summary layout's id (`summaryReportSheet`), which names the sheet generated earlier. */
const SUMMARY_LAYOUT_ID = "batch-summary";

export interface AnalyzeAgenciesRequest {
  /** The table, e.g. "Sheet1!A1:X501" or "Sheet1!A:X"; the selection when absent. */
  readonly tableAddress?: string;
  /** Called after each write chunk with the agencies written so far and their number. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Replace the summary sheet generated earlier even if the officer edited it since. */
  readonly replaceEdited?: boolean;
}

export interface AgenciesOutcome {
  /** Agencies analysed (rows below the header). */
  readonly agencies: number;
  /** Blank rows inside the table, left without results. */
  readonly skipped: number;
  /** The result columns with their header row, e.g. "Sheet1!Y1:AG501". */
  readonly outputAddress: string;
  /** The summary sheet's name as written. */
  readonly summarySheet: string;
  /** Share of agencies at 85 or more, a fraction rounded half-up to 4 decimals (0.8123 = 81.23 %). */
  readonly shareAtLeast85: number;
  /** The mean total of the group, rounded half-up to 2 decimals. */
  readonly meanTotal: number;
  /** The national mean of the group's year (ITA.md §7), when the group holds one year whose figure is known. */
  readonly nationalMean?: { readonly fiscalYear: number; readonly mean: number };
}

export interface AnalyzeAgenciesOptions {
  /** The request size limit to chunk under; {@link MAX_REQUEST_BYTES} unless a test wants it lower. */
  readonly maxRequestBytes?: number;
  /** The answer size to read blocks under; {@link READ_BUDGET_BYTES} unless a test wants it lower. */
  readonly readBudgetBytes?: number;
}

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

interface TableRead {
  readonly selection: Excel.Range;
  readonly sheet: Excel.Worksheet;
  /** Where the table is (no values: those come in blocks). */
  readonly table: Excel.Range;
  /** The table's first rows, with their values (a null object when the table starts far below them). */
  readonly firstBlock: Excel.Range;
  readonly names: Excel.NamedItemCollection;
  readonly report: ReportAnchors;
  readonly workbook: Excel.Workbook;
  readonly structure: Excel.WorkbookProtection;
}

function unquoteSheetName(sheet: string): string {
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The selection, or the range at `tableAddress` ("Sheet1!A:X"; the active sheet when it names none). */
function tableRange(context: Excel.RequestContext, tableAddress: string | undefined): Excel.Range {
  if (tableAddress === undefined) return context.workbook.getSelectedRange();
  const bang = tableAddress.lastIndexOf("!");
  const worksheets = context.workbook.worksheets;
  const sheet =
    bang < 0
      ? worksheets.getActiveWorksheet()
      : worksheets.getItem(unquoteSheetName(tableAddress.slice(0, bang)));
  return sheet.getRange(tableAddress.slice(bang + 1));
}

/** Queues read 1; nothing is read until the caller syncs. */
function queueTableRead(context: Excel.RequestContext, tableAddress: string | undefined): TableRead {
  const selection = tableRange(context, tableAddress);
  const sheet = selection.worksheet;
  selection.load("address,rowCount,columnCount");
  sheet.load("name,id");
  sheet.protection.load("protected");
  // An empty sheet's used range is A1, so the intersections below always have two ranges to work on.
  const used = sheet.getUsedRange(true);
  const table = selection.getIntersectionOrNullObject(used);
  table.load("address,rowIndex,columnIndex,rowCount,columnCount");
  // The used range's first rows, within the selection: the table's first rows (the table starts there).
  const firstBlock = used
    .getRow(0)
    .getResizedRange(FIRST_BLOCK_ROWS - 1, 0)
    .getIntersectionOrNullObject(selection);
  firstBlock.load("rowIndex,rowCount,values");
  const names = queueOwnNames(context);
  const report = queueReportAnchors(context, [SUMMARY_LAYOUT_ID]);
  const workbook = queueReadOnlyRead(context);
  const structure = queueStructureProtectionRead(context);
  return { selection, sheet, table, firstBlock, names, report, workbook, structure };
}

/** A rectangle of cells, 0-based and inclusive. */
interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const referenceOf = (rect: CellRect): RangeReference => ({
  sheet: "",
  start: { row: rect.top, column: rect.left },
  end: { row: rect.bottom, column: rect.right },
});

/** The areas of a multi-area address ("Sheet1!Z3:AA3,Sheet1!Z9:AA9") that meet a rectangle. */
function mergedAreasIn(address: string, rect: CellRect): string[] {
  return address.split(",").filter((area) => {
    const reference = parseRangeReference(area);
    return reference !== undefined && overlaps(reference, referenceOf(rect));
  });
}

/** What read 2 asks about the place of the results (rows `top`…`bottom`, from column `left`). */
interface AreaReads {
  readonly formulas: Excel.Range;
  readonly merged?: Excel.RangeAreas;
  /** Tables there, or ending just left of or above it, where Excel would spread them over the results. */
  readonly tables: readonly Excel.TableScopedCollection[];
}

function queueAreaReads(sheet: Excel.Worksheet, top: number, bottom: number, left: number): AreaReads {
  const formulas = sheet.getRangeByIndexes(top, left, bottom - top + 1, RESULT_COLUMNS);
  formulas.load("formulas");
  // Merged areas need ExcelApi 1.13; older Excel skips this check (the write fails loudly instead).
  const merged = supportsExcelApi("1.13") ? formulas.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const tables = [
    formulas,
    sheet.getRangeByIndexes(top, left - 1, bottom - top + 1, 1),
    ...(top > 0 ? [sheet.getRangeByIndexes(top - 1, left, 1, RESULT_COLUMNS)] : []),
  ].map((range) => range.getTables(false).load("items/name"));
  return { formulas, merged, tables };
}

/** Escaped JSON length of a value: the larger of the ways an answer may travel. */
function answerBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** Where the table is on the sheet, 0-based. */
interface TablePlace {
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Queues the read of the table's rows from `from` (0-based, within the table): as many as fit the budget,
 * sized by what the rows read so far weighed.
 */
function queueRowBlock(
  sheet: Excel.Worksheet,
  place: TablePlace,
  from: number,
  bytesPerRow: number,
  budget: number
): { readonly block: Excel.Range } {
  const perRow = Math.max(bytesPerRow, place.columnCount * MIN_CELL_BYTES);
  const rows = Math.max(1, Math.min(place.rowCount - from, Math.floor(budget / perRow)));
  const block = sheet.getRangeByIndexes(place.top + from, place.left, rows, place.columnCount);
  block.load("values");
  return { block };
}

const isBlankCell = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Where the agencies are on the sheet, once read. Rows and columns are 0-based sheet indexes. */
interface TableGeometry {
  readonly headerRow: number;
  readonly left: number;
  /** Last column of the table, left of any earlier output of the add-in that the selection took in. */
  readonly right: number;
  readonly lastRow: number;
  /** The header and every non-blank row below it, numbered as the sheet numbers rows. */
  readonly rows: readonly NumberedRow[];
  readonly skipped: number;
}

/**
 * The table's last column: the selection's, or left of the add-in's own earlier results when the selection
 * took them in (Ctrl+A after a first run does).
 */
function tableRight(place: TablePlace, ownBlocks: readonly OwnBlock[]): number {
  const bottom = place.top + place.rowCount - 1;
  let right = place.left + place.columnCount - 1;
  for (const { range: block } of ownBlocks) {
    const overlapsRows = block.start.row <= bottom && block.end.row >= place.top;
    if (overlapsRows && block.start.column > place.left && block.start.column <= right)
      right = block.start.column - 1;
  }
  return right;
}

/** The table inside the values read: from its first non-blank row (the header) to its last non-blank row. */
function tableGeometry(
  place: TablePlace,
  right: number,
  values: readonly (readonly unknown[])[]
): TableGeometry | undefined {
  const width = right - place.left + 1;
  const numbered: NumberedRow[] = [];
  values.forEach((line, r) => {
    const cells = line.slice(0, width);
    if (!cells.every(isBlankCell)) numbered.push({ number: place.top + r + 1, cells });
  });
  const header = numbered[0];
  const last = numbered[numbered.length - 1];
  if (!header || !last) return undefined;
  const inside = last.number - header.number + 1;
  return {
    headerRow: header.number - 1,
    left: place.left,
    right,
    lastRow: last.number - 1,
    rows: numbered,
    skipped: inside - numbered.length,
  };
}

const CORE_LOCATION = /^แถว (\d+) \(row \d+\)(?:, ([\s\S]*))?$/;

/**
 * The core's "แถว 17 (row 17), ind3" as the cell "Sheet1!G17", or "Sheet1!17:17" when the problem is the
 * whole row; anything else keeps the core's wording.
 */
function sheetLocations(
  issues: readonly ValidationIssue[],
  sheetName: string,
  geometry: TableGeometry
): ValidationIssue[] {
  const headers = (geometry.rows[0]?.cells ?? []).map((cell) =>
    typeof cell === "string" ? cell.trim() : isBlankCell(cell) ? "" : String(cell)
  );
  const sheet = quoteSheetName(sheetName);
  return issues.map((issue) => {
    const match = CORE_LOCATION.exec(issue.location);
    if (!match) return issue;
    const row = Number(match[1]);
    const header = match[2];
    const index =
      header === undefined
        ? -1
        : issue.code === "duplicate-column"
          ? headers.lastIndexOf(header)
          : headers.indexOf(header);
    const location =
      index < 0 ? `${sheet}!${row}:${row}` : `${sheet}!${columnLetters(geometry.left + index)}${row}`;
    return { ...issue, location };
  });
}

/** The core's verdict on the rows, with every problem at its cell and a closing "nothing was written". */
function rowProblems(reading: BatchReading, sheetName: string, geometry: TableGeometry): ValidationIssue[] {
  const issues = sheetLocations(reading.issues, sheetName, geometry);
  const bad = reading.invalidRows.length;
  const closing = !reading.headerOk
    ? problem(
        "invalid-header",
        "แถวแรกของตารางต้องเป็นหัวตาราง (หน่วยงาน, ปีงบประมาณ, ตัวชี้วัดที่ 1…10) ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
        "the table's first row must be its header (agency, fiscalYear, ind1…ind10); nothing was written"
      )
    : bad > 0
      ? problem(
          "invalid-rows",
          `ข้อมูลไม่ถูกต้อง ${bad} แถว โปรดแก้ไขช่องที่ระบุแล้ววิเคราะห์อีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
          `${bad} row(s) have problems: correct the cells listed and analyse again; nothing was written`
        )
      : undefined;
  if (closing) issues.push(issueAt(tableAddress(sheetName, geometry), closing));
  return issues;
}

function rangeAddress(sheetName: string, top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress({ row: top, column: left });
  const end = cellAddress({ row: bottom, column: right });
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

function tableAddress(sheetName: string, geometry: TableGeometry): string {
  return rangeAddress(sheetName, geometry.headerRow, geometry.left, geometry.lastRow, geometry.right);
}

/** The result columns as 2-D arrays (header first, one line per sheet row), and which lines hold agencies. */
interface ResultBlock {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  readonly isAgency: boolean[];
}

/**
 * The agencies layout's result columns (IIT … province rank), placed on the rows the agencies came from.
 * Lines with no agency (blank rows, or rows of a taller earlier output) are written empty, "General".
 */
function resultBlock(layout: SheetLayout, reading: BatchReading, headerRow: number, lineCount: number) {
  const values: (string | number)[][] = Array.from({ length: lineCount }, () =>
    new Array<string | number>(RESULT_COLUMNS).fill("")
  );
  const formats: string[][] = Array.from({ length: lineCount }, () =>
    new Array<string>(RESULT_COLUMNS).fill(GENERAL_FORMAT)
  );
  const isAgency = new Array<boolean>(lineCount).fill(false);
  // Layout row 0 is the header; layout row i is the i-th agency, in table order.
  const lineOfLayoutRow = [0, ...reading.agencies.map((agency) => agency.row - 1 - headerRow)];
  for (const line of lineOfLayoutRow.slice(1)) isAgency[line] = true;
  for (const cell of layout.cells) {
    const column = cell.column - FIRST_RESULT_COLUMN;
    const line = lineOfLayoutRow[cell.row];
    const valueLine = line === undefined ? undefined : values[line];
    const formatLine = line === undefined ? undefined : formats[line];
    if (column < 0 || column >= RESULT_COLUMNS || !valueLine || !formatLine) continue;
    valueLine[column] = cell.value;
    formatLine[column] =
      typeof cell.value === "string"
        ? TEXT_FORMAT
        : cell.numberStyle
          ? numberFormatFor(cell.numberStyle, "arabic")
          : GENERAL_FORMAT;
  }
  // Header cells with no layout value stay text, so a later value typed there cannot become a formula.
  formats[0]?.fill(TEXT_FORMAT);
  return { values, formats, isAgency } satisfies ResultBlock;
}

/** UTF-8 length of a string, counting each half of a surrogate pair as 3 bytes (4 really): an upper bound. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/**
 * Lines [start, end) per write request: each chunk's values and formats, as the UTF-8 JSON a request
 * carries them in, stay under `budget` bytes (the first chunk also carries `firstExtra`). A single line
 * over the budget still gets a chunk of its own (nine cells cannot come near it).
 */
export function chunkLines(
  lineBytes: readonly number[],
  budget: number,
  firstExtra = 0
): { readonly start: number; readonly end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  let used = firstExtra;
  lineBytes.forEach((bytes, line) => {
    if (line > start && used + bytes > budget) {
      chunks.push({ start, end: line });
      start = line;
      used = 0;
    }
    used += bytes;
  });
  if (start < lineBytes.length) chunks.push({ start, end: lineBytes.length });
  return chunks;
}

/** The cells of read 2 that are neither empty nor the add-in's own earlier output. */
function occupiedCells(
  formulas: readonly (readonly unknown[])[],
  top: number,
  left: number,
  ownBlocks: readonly OwnBlock[]
): CellAt[] {
  const occupied: CellAt[] = [];
  formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (formula === "" || formula === null || formula === undefined) return;
      const row = top + r;
      const column = left + c;
      if (!inBlocks(ownBlocks, row, column)) occupied.push({ row, column });
    })
  );
  return occupied;
}

interface CellAt {
  readonly row: number;
  readonly column: number;
}

function occupiedIssue(sheetName: string, address: string, occupied: readonly CellAt[]): ValidationIssue {
  const sheet = quoteSheetName(sheetName);
  const shown =
    occupied
      .slice(0, 5)
      .map((cell) => `${sheet}!${cellAddress(cell)}`)
      .join(", ") + (occupied.length > 5 ? ` … (${occupied.length})` : "");
  return issueAt(
    address,
    problem(
      "output-not-empty",
      `ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (${shown}) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the cells for the results are not empty (${shown}); the add-in writes only into empty cells or its own earlier output, so nothing was written`
    )
  );
}

/**
 * Analyses a table of agencies in place: per agency the tools, total, rating, pass, change, national and
 * province rank in nine columns right of the table, and the summary sheet "สรุปภาพรวม". Bad rows are
 * returned with their cells and nothing is written; so too when a result cell holds the officer's data,
 * the workbook is read-only, the sheet protected, or the selection a single cell or empty.
 * Syncs: 2 reads + one per write chunk (under {@link MAX_REQUEST_BYTES} each) + 1 for the summary sheet.
 *
 * @example
 * const outcome = await analyzeAgencies({ onProgress: (done, total) => setProgress(done / total) });
 * if (outcome.ok) outcome.value.outputAddress; // "Sheet1!Y1:AG8318"
 */
export function analyzeAgencies(
  request: AnalyzeAgenciesRequest,
  options: AnalyzeAgenciesOptions = {}
): Promise<Validated<AgenciesOutcome>> {
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  return runExcel(async (context) => {
    const read = queueTableRead(context, request.tableAddress);
    await context.sync();

    const sheetName = read.sheet.name;
    // A read-only workbook, a protected sheet or a workbook that takes no new sheet (the summary sheet may be
    // added) take no results: say so before anything is planned.
    const blocked =
      readOnlyIssue(sheetName, read.workbook) ??
      protectedSheetIssue(sheetName, read.sheet.protection.protected) ??
      protectedWorkbookIssue(read.structure);
    if (blocked) return fail([blocked]);
    // A table of agencies needs a header and a row at least: one cell is a click inside the table, not it.
    if (read.selection.rowCount === 1 && read.selection.columnCount === 1) {
      return fail([
        issueAt(
          read.selection.address,
          problem(
            "single-cell",
            "เลือกไว้เพียงเซลล์เดียว โปรดเลือกทั้งตารางหน่วยงานตั้งแต่แถวหัวตารางถึงหน่วยงานสุดท้าย (เช่น คลิกในตารางแล้วกด Ctrl+A) ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
            "only one cell is selected: select the whole table of agencies, from its header row to the last agency (e.g. click in the table and press Ctrl+A); nothing was written"
          )
        ),
      ]);
    }
    const noTable = () =>
      fail<AgenciesOutcome>([
        issueAt(
          read.selection.address,
          problem(
            "no-table",
            "ช่วงที่เลือกไม่มีข้อมูล โปรดเลือกตารางหน่วยงานพร้อมแถวหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
            "the selection holds no data: select the table of agencies with its header row; nothing was written"
          )
        ),
      ]);
    if (read.table.isNullObject) return noTable();
    const ownBlocks = ownBlocksOn(read.names, "output", sheetName);
    const place: TablePlace = {
      top: read.table.rowIndex,
      left: read.table.columnIndex,
      rowCount: read.table.rowCount,
      columnCount: read.table.columnCount,
    };
    const right = tableRight(place, ownBlocks);
    const outputLeft = right + 1;

    // The rows beyond the first block, each block in an answer of its own (one for the national file), and
    // where the results may go: every row of the table, and of an earlier output starting there.
    const values: unknown[][] =
      read.firstBlock.isNullObject || read.firstBlock.rowIndex !== place.top
        ? []
        : [...read.firstBlock.values];
    const bytesPerRow = values.length > 0 ? answerBytes(values) / values.length : 0;
    const earlierOutputs = ownBlocks.filter(
      ({ range: block }) =>
        block.start.column === outputLeft &&
        block.start.row >= place.top &&
        block.start.row <= place.top + place.rowCount - 1
    );
    const areaBottom = earlierOutputs.reduce(
      (bottom, { range: block }) => Math.max(bottom, block.end.row),
      place.top + place.rowCount - 1
    );
    let area: (AreaReads & { readonly summary: ReportReads }) | undefined;
    const queueSecondRead = () => ({
      ...queueAreaReads(read.sheet, place.top, areaBottom, outputLeft),
      // Followed only now that read 1 told whether its name leads to a sheet (audit B2).
      summary: followReportAnchors(read.report).reads,
    });
    const budget = options.readBudgetBytes ?? READ_BUDGET_BYTES;
    while (values.length < place.rowCount) {
      area ??= queueSecondRead();
      const { block } = queueRowBlock(read.sheet, place, values.length, bytesPerRow, budget);
      // One answer may carry no more than the limit: a sync per block of rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      values.push(...block.values);
    }

    const geometry = tableGeometry(place, right, values);
    if (!geometry) return noTable();
    const reading = readAgencies(geometry.rows);
    const warnings = sheetLocations(reading.warnings, sheetName, geometry);
    if (reading.issues.length > 0 || reading.agencies.length === 0)
      return fail(rowProblems(reading, sheetName, geometry), warnings);
    if (!area) {
      // Every row came with read 1: the place of the results is read now.
      area = queueSecondRead();
      await context.sync();
    }
    const { formulas: areaRange, merged, tables, summary: summaryReads } = area;

    const summary = summarizeBatch(reading.agencies);
    const summaryLayout = layoutReportSheet(summaryReportSheet(summary));
    const summaryPlan = planReportWrites(summaryReads, [summaryLayout], {
      replaceEdited: request.replaceEdited === true,
    });

    // A taller earlier output at the same place is rewritten whole, so no stale row is left unrecorded.
    const earlierBottom = earlierOutputs
      .filter(({ range: block }) => block.start.row === geometry.headerRow)
      .reduce((bottom, { range: block }) => Math.max(bottom, block.end.row), geometry.lastRow);
    const lineCount = earlierBottom - geometry.headerRow + 1;
    const outputRect = {
      top: geometry.headerRow,
      left: outputLeft,
      bottom: earlierBottom,
      right: outputLeft + RESULT_COLUMNS - 1,
    };
    const outputAddress = rangeAddress(
      sheetName,
      outputRect.top,
      outputRect.left,
      outputRect.bottom,
      outputRect.right
    );
    const issues: ValidationIssue[] = [];
    const formulas = areaRange.formulas.slice(outputRect.top - place.top, outputRect.bottom - place.top + 1);
    const occupied = occupiedCells(formulas, outputRect.top, outputLeft, ownBlocks);
    if (occupied.length > 0) issues.push(occupiedIssue(sheetName, outputAddress, occupied));
    const mergedHere = merged && !merged.isNullObject ? mergedAreasIn(merged.address, outputRect) : [];
    if (mergedHere.length > 0) {
      issues.push(
        issueAt(
          mergedHere.join(","),
          problem(
            "merged-cells",
            "มีเซลล์ที่ผสานไว้ในช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
            "merged cells where the results go: unmerge them first; nothing was written"
          )
        )
      );
    }
    const tableNames = [...new Set(tables.flatMap((found) => found.items.map((table) => table.name)))];
    if (tableNames.length > 0) issues.push(tableInTheWayIssue(outputAddress, tableNames));
    if (!summaryPlan.ok) issues.push(...summaryPlan.issues);
    if (issues.length > 0 || !summaryPlan.ok) return fail(issues, warnings);

    const block = resultBlock(layoutAgenciesSheet(summary), reading, geometry.headerRow, lineCount);
    const lineBytes = block.values.map(
      (line, i) => utf8Length(JSON.stringify(line)) + utf8Length(JSON.stringify(block.formats[i])) + 2
    );
    const chunks = chunkLines(lineBytes, maxRequestBytes - CHUNK_OVERHEAD_BYTES);
    const total = reading.agencies.length;
    let done = 0;
    for (const [index, chunk] of chunks.entries()) {
      const target = read.sheet.getRangeByIndexes(
        geometry.headerRow + chunk.start,
        outputLeft,
        chunk.end - chunk.start,
        RESULT_COLUMNS
      );
      // Formats before values, so text can never become a formula.
      target.numberFormat = block.formats.slice(chunk.start, chunk.end);
      target.values = block.values.slice(chunk.start, chunk.end);
      if (index === 0) {
        const header = read.sheet.getRangeByIndexes(geometry.headerRow, outputLeft, 1, RESULT_COLUMNS);
        header.format.font.bold = true;
        header.format.fill.color = "#DCE6F2";
        // The record goes with the first chunk: should a later request fail, the rows already written are
        // still the add-in's own and a second run may overwrite them.
        const output = read.sheet.getRangeByIndexes(outputRect.top, outputLeft, lineCount, RESULT_COLUMNS);
        const replaced = ownBlocks.filter(({ range }) => overlaps(range, referenceOf(outputRect)));
        queueOwnBlocks(
          context,
          read.names,
          "output",
          [{ range: output, cells: referenceOf(outputRect) }],
          replaced
        );
      }
      // Each sync is one request, and one request may not carry more than the limit: a sync per chunk.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (let line = chunk.start; line < chunk.end; line += 1) if (block.isAgency[line]) done += 1;
      request.onProgress?.(done, total);
    }

    const summaryWarnings = queueReportWrites(context, summaryPlan.value, [summaryLayout], "arabic");
    // The renderer shows the sheet it wrote; the table's sheet stays in front so the officer can run again.
    read.sheet.activate();
    await context.sync();

    return {
      ok: true,
      warnings: [...warnings, ...summaryPlan.warnings, ...summaryWarnings],
      value: {
        agencies: total,
        skipped: geometry.skipped,
        outputAddress,
        summarySheet: summaryPlan.value.sheets[0]?.name ?? summaryLayout.name,
        shareAtLeast85: roundHalfUpToNumber(summary.passingShare, 4),
        meanTotal: roundHalfUpToNumber(summary.meanTotal, 2),
        ...(summary.national
          ? { nationalMean: { fiscalYear: summary.national.fiscalYear, mean: summary.national.figures.mean } }
          : {}),
      },
    };
  });
}
