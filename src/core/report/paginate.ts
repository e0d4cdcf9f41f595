/**
 * Pagination of a laid-out sheet: rows are placed page by page from their heights, so the layout knows
 * every printed page. A heading never ends a page (it keeps with what follows), a unit of rows that must
 * stay together (a chart, a table row whose cells span several rows) moves whole to the next page, a table
 * that crosses a page gets its header row again, and every page after the first starts with its number.
 */
import type { CellStyle, NumberStyle } from "./layout";

/** A cell of a draft row; `column` and `columnCount` in sheet columns. */
export interface DraftCell {
  readonly column: number;
  readonly columnCount: number;
  readonly value: string | number;
  readonly numberStyle?: NumberStyle;
  readonly style?: CellStyle;
  /** Filled after pagination with the page the heading of this id is printed on (a contents entry). */
  readonly pageOf?: string;
}

export interface DraftRow {
  readonly cells: readonly DraftCell[];
  /** Cells that continue the cell above them in the same columns: a vertical merge. */
  readonly continues?: readonly { readonly column: number; readonly columnCount: number }[];
  /** Points. */
  readonly height: number;
  /** Excel may fit the row to its own font metrics (it holds no merged cell). */
  readonly autofit?: boolean;
}

/** The table a unit's rows belong to: its header row is repeated after a page break inside the table. */
export interface TableTrack {
  readonly header: DraftRow;
}

/** Rows that go on one page together. */
export interface Unit {
  readonly rows: readonly DraftRow[];
  /** Blank space between blocks: dropped at the top of a page. */
  readonly spacer?: boolean;
  /** Never the last thing on a page: a title, a heading, a table's header or group row. */
  readonly keepWithNext?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly table?: TableTrack;
  /** A heading's id, for a table of contents. */
  readonly anchor?: string;
  /** Anything else the layout hangs on the unit (a chart over its rows), handed back with its first row. */
  readonly tag?: unknown;
}

export interface PlacedRow {
  readonly row: DraftRow;
  /** 1-based printed page. */
  readonly page: number;
  /** The table the row is a body row of (repeated header rows and page numbers belong to none). */
  readonly table?: TableTrack;
  /** The unit's tag, on the unit's first row only. */
  readonly tag?: unknown;
}

export interface Pagination {
  readonly rows: readonly PlacedRow[];
  /** Indexes in `rows` of the rows that start pages 2, 3, … */
  readonly breaks: readonly number[];
  /** The page each anchored heading is printed on. */
  readonly pageOfAnchor: ReadonlyMap<string, number>;
}

export interface PageOptions {
  /** Points of rows a page holds (its printable height, less a safety margin). */
  readonly capacity: number;
  /** The row that opens a page after the first (its number). */
  readonly pageTop: (page: number) => DraftRow;
}

const heightOf = (rows: readonly DraftRow[]) => rows.reduce((sum, row) => sum + row.height, 0);

/**
 * A unit too tall for any page (below the page number and, in a table, its repeated header) is split into
 * its rows: a cell that spans them goes on, empty, on the next page. A chart, a single row, stays whole.
 */
function splitTooTall(units: readonly Unit[], fresh: number): Unit[] {
  return units.flatMap((unit) =>
    unit.rows.length > 1 &&
    unit.tag === undefined &&
    heightOf(unit.rows) > fresh - (unit.table?.header.height ?? 0)
      ? unit.rows.map((row, i) => ({ ...unit, rows: [row], anchor: i === 0 ? unit.anchor : undefined }))
      : [unit]
  );
}

/**
 * Places `units` on pages of `options.capacity` points.
 *
 * @example
 * const { rows, breaks } = paginate(units, { capacity: 690, pageTop: (page) => pageNumberRow(page) });
 */
export function paginate(input: readonly Unit[], options: PageOptions): Pagination {
  const fresh = options.capacity - options.pageTop(2).height;
  const units = splitTooTall(input, fresh);
  const rows: PlacedRow[] = [];
  const breaks: number[] = [];
  const pageOfAnchor = new Map<string, number>();
  let page = 1;
  let used = 0;

  /** What must fit with unit `index`: the unit, and while it keeps with the next, the units after it. */
  const needAt = (index: number): number => {
    const unit = units[index];
    if (!unit) return 0;
    let need = heightOf(unit.rows);
    let keep = unit.keepWithNext === true;
    for (let next = index + 1; keep && next < units.length; next += 1) {
      const following = units[next];
      if (!following || following.pageBreakBefore) break;
      need += heightOf(following.rows);
      keep = following.spacer === true || following.keepWithNext === true;
    }
    // A chain taller than a page cannot be kept together: the unit then only needs to fit itself.
    return need > fresh ? heightOf(unit.rows) : need;
  };

  const place = (row: DraftRow, table?: TableTrack, tag?: unknown) => {
    rows.push({ row, page, ...(table ? { table } : {}), ...(tag !== undefined ? { tag } : {}) });
    used += row.height;
  };

  units.forEach((unit, index) => {
    if (unit.spacer && used === 0) return;
    const overflows = used + needAt(index) > options.capacity;
    if (used > 0 && (unit.pageBreakBefore || overflows)) {
      if (unit.spacer) return;
      page += 1;
      used = 0;
      breaks.push(rows.length);
      place(options.pageTop(page));
      // The header goes again above the table's rows, unless with them it would overflow the page.
      if (unit.table && unit.table.header.height + heightOf(unit.rows) <= fresh) place(unit.table.header);
    }
    if (unit.anchor !== undefined && !pageOfAnchor.has(unit.anchor)) pageOfAnchor.set(unit.anchor, page);
    unit.rows.forEach((row, i) => place(row, unit.table, i === 0 ? unit.tag : undefined));
  });
  return { rows, breaks, pageOfAnchor };
}
