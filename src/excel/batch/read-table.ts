/**
 * Reading the agencies table for "Many agencies": read 1 (where the table is, its first rows, and what may
 * stop the run: protection, read-only, the add-in's hidden names, the summary sheet generated earlier) and
 * the further row blocks, each sized to fit one answer of Excel on the web.
 */
import { queueOwnNames } from "../output-record";
import { queueReportAnchors, ReportAnchors } from "../report/render-sheets";
import { queueReadOnlyRead, queueStructureProtectionRead } from "../write-guards";

/**
 * The most a read answer should carry, as JSON with non-ASCII escaped: Excel on the web refuses answers over
 * 5 MB (ResponsePayloadSizeLimitExceeded), and the envelope and the other reads of the same sync need room.
 */
export const READ_BUDGET_BYTES = 3 * 1024 * 1024;
/** The rows read with the table's place in read 1, before their size per row is known. */
export const FIRST_BLOCK_ROWS = 2_000;
/** The smallest size assumed per cell when sizing a block, so a blank first block cannot size a huge one. */
const MIN_CELL_BYTES = 12;
/** The summary layout's id (`summaryReportSheet`), which names the sheet generated earlier. */
const SUMMARY_LAYOUT_ID = "batch-summary";

export interface TableRead {
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
export function queueTableRead(context: Excel.RequestContext, tableAddress: string | undefined): TableRead {
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

/** Escaped JSON length of a value: the larger of the ways an answer may travel. */
export function answerBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** Where the table is on the sheet, 0-based. */
export interface TablePlace {
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Queues the read of the table's rows from `from` (0-based, within the table): as many as fit the budget,
 * sized by what the rows read so far weighed.
 */
export function queueRowBlock(
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
