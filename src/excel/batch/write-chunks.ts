/**
 * Writing the result columns of "Many agencies" in chunks: each chunk a block of rows in one request, under
 * the 5 MB request limit of Excel on the web, with the add-in's record of its output sent with the first and
 * the progress reported after each.
 */
import { OwnBlock, overlaps, queueOwnBlocks } from "../output-record";
import { CellRect, referenceOf } from "./output-area";
import { RESULT_COLUMNS, ResultBlock } from "./result-block";

/**
 * The largest request the add-in sends: Excel on the web refuses requests over 5 MB, and the estimate of a
 * chunk (its values and formats as UTF-8 JSON) does not count Office.js's envelope, hence the margin.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** Room in each write request for what the row estimate leaves out: statement paths, the header format. */
const CHUNK_OVERHEAD_BYTES = 4 * 1024;

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

/** What {@link writeResultChunks} writes, and where. */
export interface ResultWrites {
  readonly sheet: Excel.Worksheet;
  readonly names: Excel.NamedItemCollection;
  readonly block: ResultBlock;
  /** The result columns with their header line, on the sheet (0-based); `top` is the table's header row. */
  readonly outputRect: CellRect;
  /** The add-in's earlier output on the sheet: the blocks the new record replaces are among them. */
  readonly ownBlocks: readonly OwnBlock[];
  /** The agencies in the block, for the progress. */
  readonly total: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly maxRequestBytes: number;
}

/**
 * Writes the result block a chunk per sync, each chunk's request under `maxRequestBytes`, and reports the
 * agencies written so far after each. Syncs: one per chunk.
 */
export async function writeResultChunks(context: Excel.RequestContext, writes: ResultWrites): Promise<void> {
  const { sheet, names, block, outputRect, ownBlocks, total } = writes;
  const headerRow = outputRect.top;
  const outputLeft = outputRect.left;
  const lineCount = outputRect.bottom - outputRect.top + 1;
  const lineBytes = block.values.map(
    (line, i) => utf8Length(JSON.stringify(line)) + utf8Length(JSON.stringify(block.formats[i])) + 2
  );
  const chunks = chunkLines(lineBytes, writes.maxRequestBytes - CHUNK_OVERHEAD_BYTES);
  let done = 0;
  for (const [index, chunk] of chunks.entries()) {
    const target = sheet.getRangeByIndexes(
      headerRow + chunk.start,
      outputLeft,
      chunk.end - chunk.start,
      RESULT_COLUMNS
    );
    // Formats before values, so text can never become a formula.
    target.numberFormat = block.formats.slice(chunk.start, chunk.end);
    target.values = block.values.slice(chunk.start, chunk.end);
    if (index === 0) {
      const header = sheet.getRangeByIndexes(headerRow, outputLeft, 1, RESULT_COLUMNS);
      header.format.font.bold = true;
      header.format.fill.color = "#DCE6F2";
      // The record goes with the first chunk: should a later request fail, the rows already written are
      // still the add-in's own and a second run may overwrite them.
      const output = sheet.getRangeByIndexes(outputRect.top, outputLeft, lineCount, RESULT_COLUMNS);
      const replaced = ownBlocks.filter(({ range }) => overlaps(range, referenceOf(outputRect)));
      queueOwnBlocks(context, names, "output", [{ range: output, cells: referenceOf(outputRect) }], replaced);
    }
    // Each sync is one request, and one request may not carry more than the limit: a sync per chunk.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (let line = chunk.start; line < chunk.end; line += 1) if (block.isAgency[line]) done += 1;
    writes.onProgress?.(done, total);
  }
}
