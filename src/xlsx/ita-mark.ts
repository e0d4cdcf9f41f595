/**
 * The mark ita leaves in the document properties of every workbook it writes, so that it can tell its own
 * files from an officer's before writing over one: a file without the mark only with `--force`
 * (src/cli/output-file.ts).
 *
 * The mark is the core property "category" (`cp:category` in docProps/core.xml; Excel shows it under
 * File › Info › Categories). Excel keeps the core properties when it opens and saves a file, so the mark
 * survives the officer's edits; the creator cannot serve, as it holds the agency's name. Whether the file
 * was saved since ita wrote it is told by its times created and modified (`isEditedCoreXml`).
 */

import { unescapeXml } from "./xml-text";

/** What ita wrote: `ita report` (and the pane's export), `ita batch`, `ita progress`, `ita framework`. */
export type ItaWorkbookKind = "report" | "batch" | "progress" | "framework";

const KINDS: readonly ItaWorkbookKind[] = ["report", "batch", "progress", "framework"];

/** The prefix of the mark: the category of a workbook ita wrote is `ita:<kind>`, such as `ita:report`. */
export const ITA_MARK = "ita";

/** The category that marks a workbook of `kind`: "ita:batch". */
export function itaMark(kind: ItaWorkbookKind): string {
  return `${ITA_MARK}:${kind}`;
}

/**
 * Marks a workbook as one ita wrote, as ita wrote it: an ExcelJS `Workbook`, or the streaming
 * `WorkbookWriter` before its `commit` (both have ExcelJS's document property fields). The category takes
 * the mark, and the time modified is set to the time created: Excel and LibreOffice change the time
 * modified when they save, so a file whose two times differ has been edited since (`isEditedCoreXml`).
 * Call it after setting `created`.
 *
 * @example
 * const workbook = new ExcelJS.Workbook();
 * markWorkbook(workbook, "batch"); // workbook.category === "ita:batch", workbook.modified === workbook.created
 */
export function markWorkbook(
  properties: { category: string; created?: Date; modified?: Date },
  kind: ItaWorkbookKind
): void {
  properties.category = itaMark(kind);
  if (properties.created !== undefined) properties.modified = properties.created;
}

/** The kind a category marks, or `undefined` when it is not ita's mark. */
export function markedKind(category: string | undefined): ItaWorkbookKind | undefined {
  const kind = category?.trim().match(/^ita:([a-z]+)$/)?.[1];
  return KINDS.find((known) => known === kind);
}

/**
 * The category in a package's docProps/core.xml, or `undefined` when it has none.
 *
 * @example categoryOfCoreXml('<cp:coreProperties …><cp:category>ita:report</cp:category>…') // "ita:report"
 */
export function categoryOfCoreXml(coreXml: string): string | undefined {
  const found = /<cp:category>([^<]*)<\/cp:category>/.exec(coreXml)?.[1];
  return found === undefined ? undefined : unescapeXml(found);
}

/** The text of one element of a package's docProps/core.xml (`dcterms:created`), or `undefined`. */
function coreElement(coreXml: string, tag: string): string | undefined {
  const found = new RegExp(`<${tag}\\b[^>]*>([^<]*)</${tag}>`).exec(coreXml)?.[1];
  return found === undefined ? undefined : unescapeXml(found).trim();
}

/**
 * Whether a package's docProps/core.xml says the file was saved after it was written: its time modified
 * (`dcterms:modified`) differs from its time created (`dcterms:created`), or either is missing or unreadable.
 * ita writes the two the same (`markWorkbook`, write-package.ts); Excel and LibreOffice set the time
 * modified when they save.
 *
 * @example
 * isEditedCoreXml("…<dcterms:created …>2024-05-01T08:00:00Z</dcterms:created><dcterms:modified …>2024-05-01T08:00:00Z</dcterms:modified>…") // false
 */
export function isEditedCoreXml(coreXml: string): boolean {
  const timeOf = (tag: string): number => {
    const text = coreElement(coreXml, tag);
    return text === undefined ? Number.NaN : Date.parse(text);
  };
  const created = timeOf("dcterms:created");
  return Number.isNaN(created) || created !== timeOf("dcterms:modified");
}
