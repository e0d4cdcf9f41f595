/**
 * "Insert catalogue sheet": the recommendations and measures the report draws from, as a sheet the officer
 * can edit (their own unit names, their own wording), and the read that lets the report use it.
 *
 * As with the framework sheet, the sheet is found through a workbook name, `ITA_Catalogue`, referring to
 * its A1: the name follows the sheet through renames and moves. The report reads the name in its first sync
 * and the sheet in its second, only when the name leads to one.
 */
import {
  BUILT_IN_CATALOGUES,
  Catalogue,
  CATALOGUE_SHEET_COLUMNS,
  catalogueSheetLayout,
  cataloguesFromRows,
  issueAt,
  problem,
  quoteSheetName,
  Validated,
} from "../core";
import { freeSheetName } from "./free-names";
import { existingSheetIssue, followRecordedSheet, queueRecordedSheet } from "./settings-sheet";
import { runExcel } from "./run-excel";
import {
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "./write-guards";

/** The workbook name that leads to the catalogue sheet. */
export const CATALOGUE_SHEET_NAME = "ITA_Catalogue";

/** The sheet's name when it is free: "แคตตาล็อกมาตรการ ITA". */
export const CATALOGUE_SHEET_TITLE = "แคตตาล็อกมาตรการ ITA";

/** Column widths in points, A:G: ids and keys narrow, the texts wide enough to wrap into a few lines. */
const COLUMN_WIDTHS = [80, 55, 170, 280, 280, 150, 120];

/**
 * Inserts the built-in catalogue as a new sheet "แคตตาล็อกมาตรการ ITA" (or " (2)"… when the name is
 * taken), every cell formatted as text, and names it for the report (two syncs). Refused when the workbook
 * already has a catalogue sheet (the officer edits that one), is open read-only, or its structure is
 * protected.
 */
export function insertCatalogueSheet(): Promise<Validated<{ sheetName: string }>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const recorded = queueRecordedSheet(context, CATALOGUE_SHEET_NAME);
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();

    const blocked = readOnlyIssue(undefined, workbook) ?? protectedWorkbookIssue(structure);
    if (blocked) return { ok: false, warnings: [], issues: [blocked] };

    const exists = existingSheetIssue(recorded, "catalogue-sheet-exists", {
      th: "แผ่นงานแคตตาล็อกมาตรการ",
      en: "the catalogue sheet",
    });
    if (exists) return { ok: false, warnings: [], issues: [exists] };

    const sheetName = freeSheetName(
      CATALOGUE_SHEET_TITLE,
      sheets.items.map((sheet) => sheet.name)
    );
    const layout = catalogueSheetLayout(BUILT_IN_CATALOGUES);
    const sheet = sheets.add(sheetName);
    const all = sheet.getRangeByIndexes(0, 0, layout.rows.length, CATALOGUE_SHEET_COLUMNS);
    // Text before values: a measure typed as "- ประชุม…" or "=…" must stay text, never become a formula.
    all.numberFormat = layout.rows.map((row) => row.map(() => "@"));
    all.values = layout.rows;
    const table = sheet.getRangeByIndexes(
      layout.headerRow,
      0,
      layout.rows.length - layout.headerRow,
      CATALOGUE_SHEET_COLUMNS
    );
    table.format.wrapText = true;
    table.format.verticalAlignment = "Top";
    const title = sheet.getRangeByIndexes(layout.titleRow, 0, 1, 1);
    title.format.font.bold = true;
    title.format.font.size = 14;
    const header = sheet.getRangeByIndexes(layout.headerRow, 0, 1, CATALOGUE_SHEET_COLUMNS);
    header.format.font.bold = true;
    header.format.fill.color = "#DCE6F2";
    for (const row of layout.entryRows) {
      const line = sheet
        .getRangeByIndexes(row, 0, 1, CATALOGUE_SHEET_COLUMNS)
        .format.borders.getItem("EdgeTop");
      line.style = "Continuous";
      line.color = "#A6A6A6";
    }
    COLUMN_WIDTHS.forEach((width, column) => {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
    });
    sheet.freezePanes.freezeRows(layout.headerRow + 1);
    context.workbook.names.add(
      CATALOGUE_SHEET_NAME,
      sheet.getRange("A1"),
      "แคตตาล็อกข้อเสนอแนะและมาตรการ ITA (ส่วนเสริม ITA ใช้แผ่นงานนี้เมื่อสร้างรายงาน)"
    );
    sheet.activate();
    await context.sync();
    return { ok: true, value: { sheetName }, warnings: [] };
  });
}

/** The catalogue sheet's cells, queued for the caller's sync; no sheet when the workbook has none. */
export interface CatalogueSheetRead {
  readonly name: Excel.NamedItem;
  readonly sheet?: Excel.Worksheet;
  readonly used?: Excel.Range;
}

/** Queues the read of the name that leads to the catalogue sheet (a null object when there is none). */
export function queueCatalogueName(context: Excel.RequestContext): Excel.NamedItem {
  return queueRecordedSheet(context, CATALOGUE_SHEET_NAME);
}

/**
 * After the sync that read the name: queues the read of the catalogue sheet when the workbook has one
 * (`pending`: the caller must sync again before {@link cataloguesFromRead}); nothing is queued, and no sync
 * is needed, when it has none. Nothing is derived from a name that may be a null object (audit B2).
 *
 * @example
 * const name = queueCatalogueName(context);
 * await context.sync();
 * const { read, pending } = followCatalogueName(name);
 * if (pending) await context.sync();
 * const catalogues = cataloguesFromRead(read);
 */
export function followCatalogueName(name: Excel.NamedItem): {
  readonly read: CatalogueSheetRead;
  readonly pending: boolean;
} {
  const followed = followRecordedSheet(name);
  return { read: { name, ...followed }, pending: followed !== undefined };
}

/**
 * The catalogues of the sheet read, after the caller's sync: `undefined` when the workbook has no catalogue
 * sheet (use the built-in catalogues); the catalogues; or every problem with its cell.
 */
export function cataloguesFromRead(read: CatalogueSheetRead): Validated<Catalogue[] | undefined> {
  if (!read.sheet || !read.used) return { ok: true, value: undefined, warnings: [] };
  const sheetName = read.sheet.name;
  if (read.used.isNullObject) {
    return {
      ok: false,
      warnings: [],
      issues: [
        issueAt(
          quoteSheetName(sheetName),
          problem(
            "catalogue-sheet-empty",
            "แผ่นงานแคตตาล็อกมาตรการว่างเปล่า ลบแผ่นงานนี้หากต้องการใช้ข้อความในตัว",
            "the catalogue sheet is empty: delete it to use the built-in wording"
          )
        ),
      ],
    };
  }
  return cataloguesFromRows(sheetName, read.used.values, {
    row: read.used.rowIndex,
    column: read.used.columnIndex,
  });
}
