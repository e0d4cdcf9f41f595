/**
 * What the add-in wrote, so that a later run may overwrite (or clear) its own cells and nothing else. Each
 * block of own cells is a hidden workbook name that refers to it ("ITA_Output" → `Sheet1!$F$3:$I$13`): a
 * name travels with its sheet through renames, moves and closing and reopening the file, where a sheet's
 * id may change between sessions (office-js#1390) and the settings of a file have had persistence bugs on
 * the web (office-js#360). The report's sheets are found the same way (report/generated-sheets.ts).
 */
import { parseRangeReference, RangeReference } from "../core";
import { freeName } from "./free-names";

/** Analyze's and "Many agencies"' result blocks, and the cells Find scores highlighted. */
export type OwnCells = "output" | "found";

const PREFIX: Readonly<Record<OwnCells, string>> = { output: "ITA_Output", found: "ITA_Found" };

const COMMENT: Readonly<Record<OwnCells, string>> = {
  output: "ผลที่ส่วนเสริม ITA เขียนไว้ (ส่วนเสริมเขียนทับได้) / results the ITA add-in wrote",
  found: "เซลล์ที่ส่วนเสริม ITA ระบายสีไว้เมื่อค้นหาคะแนน / cells the ITA add-in highlighted",
};

/** A block of own cells: the hidden name that records it, and where the name refers now. */
export interface OwnBlock {
  readonly name: string;
  /** The block, with the name of its sheet as it is now. */
  readonly range: RangeReference;
}

/** Queues the read of every workbook name (never a null object), for {@link ownBlocksOn}. */
export function queueOwnNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load("items/name,items/type,items/value");
}

function isOwnName(name: string, kind: OwnCells): boolean {
  return new RegExp(`^${PREFIX[kind]}(_\\d+)?$`, "i").test(name);
}

/** Where a range name refers: "Sheet1!$F$3:$I$13" (Excel may lead with "="); undefined for anything else. */
function referenceOf(item: Excel.NamedItem): RangeReference | undefined {
  if (item.type !== "Range" || typeof item.value !== "string") return undefined;
  return parseRangeReference(item.value.replace(/^=/, ""));
}

/**
 * The blocks of own cells of a kind on a sheet, from the names loaded by {@link queueOwnNames}.
 *
 * @example ownBlocksOn(names, "output", "Sheet1"); // [{ name: "ITA_Output", range: Sheet1!F3:I13 }]
 */
export function ownBlocksOn(names: Excel.NamedItemCollection, kind: OwnCells, sheetName: string): OwnBlock[] {
  const sheet = sheetName.toLowerCase();
  return names.items.flatMap((item) => {
    if (!isOwnName(item.name, kind)) return [];
    const range = referenceOf(item);
    return range && range.sheet.toLowerCase() === sheet ? [{ name: item.name, range }] : [];
  });
}

/** Whether a cell (0-based) lies in one of the blocks. */
export function inBlocks(blocks: readonly OwnBlock[], row: number, column: number): boolean {
  return blocks.some(
    ({ range }) =>
      row >= range.start.row &&
      row <= range.end.row &&
      column >= range.start.column &&
      column <= range.end.column
  );
}

/** Whether two ranges share a cell. */
export function overlaps(a: RangeReference, b: RangeReference): boolean {
  return !(
    a.end.row < b.start.row ||
    b.end.row < a.start.row ||
    a.end.column < b.start.column ||
    b.end.column < a.start.column
  );
}

const sameCells = (a: RangeReference, b: RangeReference) =>
  a.start.row === b.start.row &&
  a.start.column === b.start.column &&
  a.end.row === b.end.row &&
  a.end.column === b.end.column;

/**
 * Queues the record of new blocks of own cells (each a range on the sheet and where it is): a replaced
 * block at the very same cells keeps its name; the names of the other blocks replaced go, and so do names
 * of this kind left referring to nothing (their sheet or cells were deleted); each new block gets a hidden
 * name of its own. Names are never reused within one request.
 */
export function queueOwnBlocks(
  context: Excel.RequestContext,
  names: Excel.NamedItemCollection,
  kind: OwnCells,
  blocks: readonly { readonly range: Excel.Range; readonly cells: RangeReference }[],
  replaced: readonly OwnBlock[]
): void {
  const kept = new Set<string>();
  const added = blocks.filter(({ cells }) => {
    const same = replaced.find((block) => !kept.has(block.name) && sameCells(block.range, cells));
    if (same) kept.add(same.name);
    return same === undefined;
  });
  const gone = new Set(
    replaced.filter((block) => !kept.has(block.name)).map((block) => block.name.toLowerCase())
  );
  for (const item of names.items) {
    if (isOwnName(item.name, kind) && (gone.has(item.name.toLowerCase()) || !referenceOf(item))) {
      item.delete();
    }
  }
  const taken = names.items.map((item) => item.name);
  for (const { range } of added) {
    const name = freeName(PREFIX[kind], taken);
    taken.push(name);
    context.workbook.names.add(name, range, COMMENT[kind]).visible = false;
  }
}
