/**
 * Excel Tables in the host: what a write does to a table beside or under it. Two behaviours of Excel's
 * "AutoFormat As You Type" options (on by default) reach API writes too (office-js#2093, "by design";
 * #5909; #6745):
 * - **auto-expansion**: a value written in the column just right of a table, or the row just below it,
 *   makes that column or row part of the table; an empty header cell of a new column becomes "Column1"…;
 * - **calculated columns**: a formula written into a data cell of a table column whose other data cells
 *   are empty or formulas fills the whole column, row-adjusted. Written one cell after another, the last
 *   formula of the column wins (#6745: every formula in the column became the last one).
 * Excel's exact rules vary with how many rows a write covers (#5909); the host takes the widest reading,
 * the one that changes the most cells, so a test catches any write a table could spread.
 */
import { type Rect, contains, intersect } from "./a1";
import { HostFailure } from "./errors";
import { type SheetModel, type TableModel, type WorkbookModel, getCellRecord, putCell } from "./model";

/**
 * What the table rules need of the host's workbook: its model. Not the `Workbook` class itself, which
 * calls `afterWrite` here, so that the two files do not import each other.
 */
type WorkbookWithModel = { readonly model: WorkbookModel };

/** The tables on a sheet. */
export function tablesOn(workbook: WorkbookWithModel, sheet: SheetModel): TableModel[] {
  return workbook.model.tables.filter((table) => table.sheetId === sheet.id);
}

/**
 * Formats a range as a table, as the officer does with Insert › Table (headers in the first row): the
 * range's empty header cells are named "Column1"…, and the table is named "Table1"… unless a name is given.
 */
export function addTable(
  workbook: WorkbookWithModel,
  sheet: SheetModel,
  rect: Rect,
  name?: string
): TableModel {
  if (rect.bottom <= rect.top)
    throw new HostFailure("InvalidArgument", "a table needs a header row and data");
  if (tablesOn(workbook, sheet).some((table) => intersect(table.rect, rect))) {
    throw new HostFailure("InvalidOperation", "a table cannot overlap another table");
  }
  if (sheet.merges.some((merge) => intersect(merge, rect))) {
    throw new HostFailure("InvalidOperation", "a table cannot hold merged cells");
  }
  const taken = new Set(workbook.model.tables.map((table) => table.name.toLowerCase()));
  let chosen = name;
  while (chosen === undefined || taken.has(chosen.toLowerCase())) {
    if (name !== undefined && chosen === name) {
      throw new HostFailure("ItemAlreadyExists", `a table named '${name}' exists`);
    }
    chosen = `Table${workbook.model.nextTableSerial++}`;
  }
  const table: TableModel = { name: chosen, sheetId: sheet.id, rect };
  workbook.model.tables.push(table);
  nameEmptyHeaders(sheet, table, rect.left);
  return table;
}

/** An empty header cell of a table column, from `fromColumn` on, gets the next free "ColumnN". */
function nameEmptyHeaders(sheet: SheetModel, table: TableModel, fromColumn: number): void {
  const header = table.rect.top;
  const names = new Set<string>();
  for (let column = table.rect.left; column <= table.rect.right; column++) {
    const content = getCellRecord(sheet, header, column).content;
    if (content?.kind === "text") names.add(content.text.toLowerCase());
  }
  let n = 1;
  for (let column = fromColumn; column <= table.rect.right; column++) {
    const record = getCellRecord(sheet, header, column);
    if (record.content !== undefined) continue;
    while (names.has(`column${n}`)) n++;
    putCell(sheet, header, column, {
      ...record,
      content: { kind: "text", text: `Column${n}`, quotePrefix: false },
    });
    names.add(`column${n}`);
  }
}

/** Whether any cell of `rect` holds something. */
function holdsAnything(sheet: SheetModel, rect: Rect): boolean {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      if (getCellRecord(sheet, row, column).content !== undefined) return true;
    }
  }
  return false;
}

/**
 * What the tables of a sheet do after `values` or `formulas` were written to `rect` (`grid`, where null
 * leaves a cell alone): expand over the written column or row beside them, then fill calculated columns
 * from the formulas written into them.
 */
export function afterWrite(
  workbook: WorkbookWithModel,
  sheet: SheetModel,
  rect: Rect,
  grid: readonly (readonly unknown[])[]
): void {
  const model = workbook.model;
  model.tables = model.tables.map((table) => {
    if (table.sheetId !== sheet.id) return table;
    let next = table.rect;
    const right: Rect = { top: next.top, bottom: next.bottom, left: next.right + 1, right: next.right + 1 };
    const besideRight = intersect(right, rect);
    if (rect.left === next.right + 1 && besideRight && holdsAnything(sheet, besideRight)) {
      next = { ...next, right: rect.right };
    }
    const below: Rect = { top: next.bottom + 1, bottom: next.bottom + 1, left: next.left, right: next.right };
    const underneath = intersect(below, rect);
    if (rect.top === next.bottom + 1 && underneath && holdsAnything(sheet, underneath)) {
      next = { ...next, bottom: rect.bottom };
    }
    if (next === table.rect) return table;
    const grown = { ...table, rect: next };
    nameEmptyHeaders(sheet, grown, table.rect.right + 1);
    return grown;
  });
  for (const table of tablesOn(workbook, sheet)) {
    const data: Rect = { ...table.rect, top: table.rect.top + 1 };
    const area = intersect(data, rect);
    if (!area) continue;
    // The formulas as written, before any of them spreads over the others.
    const formulas: { row: number; column: number; formula: string }[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const input = grid[row - rect.top]?.[column - rect.left];
        const content = getCellRecord(sheet, row, column).content;
        if (input !== null && input !== undefined && content?.kind === "formula")
          formulas.push({ row, column, formula: content.formula });
      }
    }
    for (const { row, column, formula } of formulas) {
      if (!calculable(sheet, data, column)) continue;
      for (let target = data.top; target <= data.bottom; target++) {
        const record = getCellRecord(sheet, target, column);
        putCell(sheet, target, column, {
          ...record,
          content: { kind: "formula", formula: shiftRows(formula, target - row) },
        });
      }
    }
  }
}

/** A column becomes (or stays) a calculated column when its data cells hold nothing but formulas. */
function calculable(sheet: SheetModel, data: Rect, column: number): boolean {
  for (let row = data.top; row <= data.bottom; row++) {
    const content = getCellRecord(sheet, row, column).content;
    if (content !== undefined && content.kind !== "formula") return false;
  }
  return true;
}

const CELL_REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * The formula moved `delta` rows down, as a calculated column copies it: relative row numbers change,
 * `$`-fixed ones and anything quoted (text, sheet names) do not.
 */
export function shiftRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            CELL_REFERENCE,
            (
              _match,
              before: string,
              columnFixed: string,
              letters: string,
              rowFixed: string,
              digits: string
            ) => `${before}${columnFixed}${letters}${rowFixed}${rowFixed ? digits : Number(digits) + delta}`
          )
    )
    .join("");
}

/** The tables that overlap a range (`fullyContained`: only those inside it), as `Range.getTables` lists them. */
export function tablesIn(
  workbook: WorkbookWithModel,
  sheet: SheetModel,
  rect: Rect,
  fullyContained: boolean
): TableModel[] {
  return tablesOn(workbook, sheet).filter((table) =>
    fullyContained ? contains(rect, table.rect) : intersect(table.rect, rect) !== undefined
  );
}
