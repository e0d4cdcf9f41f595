/**
 * What the add-in wrote, kept in the workbook's settings so that re-running Analyze may overwrite its own
 * earlier output and nothing else. Sheets are identified by id, which survives renaming.
 */
import { parseRangeReference, RangeReference } from "../core";

export const OUTPUT_RECORD_KEY = "ita.outputBlocks";

export interface OutputBlockRecord {
  readonly sheetId: string;
  /** A1 range without the sheet, e.g. "F4:I14". */
  readonly output: string;
  readonly input: string;
  readonly fiscalYear: number;
}

export interface OutputRecord {
  readonly version: 1;
  readonly blocks: readonly OutputBlockRecord[];
}

const EMPTY_RECORD: OutputRecord = { version: 1, blocks: [] };

/** Reads the setting's value; an unknown or damaged value counts as no record (never as permission). */
export function parseOutputRecord(value: unknown): OutputRecord {
  const text = typeof value === "string" ? value : undefined;
  let data: unknown = value;
  if (text !== undefined) {
    try {
      data = JSON.parse(text);
    } catch {
      return EMPTY_RECORD;
    }
  }
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== 1)
    return EMPTY_RECORD;
  const blocks = (data as { blocks?: unknown }).blocks;
  if (!Array.isArray(blocks)) return EMPTY_RECORD;
  return {
    version: 1,
    blocks: blocks.filter(
      (block): block is OutputBlockRecord =>
        typeof block === "object" &&
        block !== null &&
        typeof block.sheetId === "string" &&
        typeof block.output === "string" &&
        typeof block.input === "string" &&
        typeof block.fiscalYear === "number"
    ),
  };
}

/** The earlier output blocks on a sheet, as ranges. */
export function ownBlocksOn(record: OutputRecord, sheetId: string): RangeReference[] {
  return record.blocks
    .filter((block) => block.sheetId === sheetId)
    .map((block) => parseRangeReference(block.output))
    .filter((range): range is RangeReference => range !== undefined);
}

function overlaps(a: RangeReference, b: RangeReference): boolean {
  return !(
    a.end.row < b.start.row ||
    b.end.row < a.start.row ||
    a.end.column < b.start.column ||
    b.end.column < a.start.column
  );
}

/** The record with this block added, replacing earlier blocks on the same sheet that it overlaps. */
export function withBlock(record: OutputRecord, block: OutputBlockRecord): OutputRecord {
  const range = parseRangeReference(block.output);
  const kept = record.blocks.filter((other) => {
    if (other.sheetId !== block.sheetId) return true;
    const otherRange = parseRangeReference(other.output);
    return !(range && otherRange && overlaps(range, otherRange)) && other.input !== block.input;
  });
  return { version: 1, blocks: [...kept, block] };
}
