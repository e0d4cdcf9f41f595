/**
 * A table block as units for the paginator: the header row, repeated after a page break; group rows, kept
 * with what follows; body rows, each as tall as its tallest cell, with a cell that continues down the rows
 * below it (a null cell) kept with them on one page.
 */
import { CellStyle } from "./layout";
import { cellHeight, ONE_LINE_POINTS, SheetGrid, snap } from "./cell-metrics";
import { TableBlock, TableValue } from "./model";
import { DraftCell, DraftRow, TableTrack, Unit } from "./paginate";

const HEADER_FILL = "#DCE6F2";
const GROUP_FILL = "#F2F2F2";

/** The units of a table block laid across `grid`. */
export function tableUnits(table: TableBlock, { columns, widthOf }: SheetGrid): Unit[] {
  const starts = table.spans.map((_, i) => table.spans.slice(0, i).reduce((sum, span) => sum + span, 0));
  const cellsOf = (values: readonly (TableValue | null)[], style: CellStyle): (DraftCell | null)[] =>
    values.map((value, i) => {
      if (value === null) return null;
      const column = starts[i] ?? 0;
      const columnCount = table.spans[i] ?? 1;
      const cellStyle: CellStyle = {
        border: true,
        wrap: true,
        vertical: "top",
        horizontal: table.align?.[i] ?? (typeof value === "string" ? "left" : "right"),
        ...style,
      };
      return typeof value === "string"
        ? { column, columnCount, value, style: cellStyle }
        : { column, columnCount, value: value.number, numberStyle: value.style, style: cellStyle };
    });
  const rowOf = (cells: readonly (DraftCell | null)[], height: number): DraftRow => {
    const continues = cells.flatMap((cell, i) =>
      cell === null ? [{ column: starts[i] ?? 0, columnCount: table.spans[i] ?? 1 }] : []
    );
    const present = cells.filter((cell): cell is DraftCell => cell !== null);
    return {
      cells: present,
      ...(continues.length > 0 ? { continues } : {}),
      height,
    };
  };
  const singleRowHeight = (cells: readonly DraftCell[]) =>
    snap(
      Math.max(
        ONE_LINE_POINTS,
        ...cells.map((cell) => cellHeight(cell, widthOf(cell.column, cell.columnCount)))
      )
    );

  const headerCells = cellsOf(table.header, {
    bold: true,
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "center",
  }).filter((cell): cell is DraftCell => cell !== null);
  const header: DraftRow = {
    cells: headerCells,
    height: singleRowHeight(headerCells),
    autofit: table.spans.every((span) => span === 1),
  };
  const track: TableTrack = { header };
  const units: Unit[] = [{ rows: [header], keepWithNext: true }];

  // Body rows, grouped so that a cell continued by the rows below (null cells) stays on one page.
  const groups: (readonly (DraftCell | null)[])[][] = [];
  for (const row of table.rows) {
    if (row.kind === "group") {
      const text = typeof row.cells[0] === "string" ? row.cells[0] : "";
      const cell: DraftCell = {
        column: 0,
        columnCount: columns,
        value: text,
        style: { bold: true, fill: GROUP_FILL, border: true, wrap: true, vertical: "top" },
      };
      units.push(...groups.splice(0).map((group) => bodyUnit(group)));
      units.push({
        rows: [
          { cells: [cell], height: snap(Math.max(ONE_LINE_POINTS, cellHeight(cell, widthOf(0, columns)))) },
        ],
        keepWithNext: true,
        table: track,
      });
      continue;
    }
    const cells = cellsOf(row.cells, row.kind === "total" ? { bold: true } : {});
    const last = groups[groups.length - 1];
    if (last && cells.some((cell) => cell === null)) last.push(cells);
    else groups.push([cells]);
  }
  units.push(...groups.map((group) => bodyUnit(group)));
  return units;

  function bodyUnit(group: readonly (readonly (DraftCell | null)[])[]): Unit {
    // A cell's rows: itself and the null cells below it in its column.
    const spanDown = (rowIndex: number, columnIndex: number) => {
      let count = 1;
      while (group[rowIndex + count]?.[columnIndex] === null) count += 1;
      return count;
    };
    const heights = group.map((cells, r) =>
      Math.max(
        ONE_LINE_POINTS,
        ...cells.map((cell, c) =>
          cell && spanDown(r, c) === 1 ? cellHeight(cell, widthOf(cell.column, cell.columnCount)) : 0
        )
      )
    );
    // A cell spanning rows takes what its text needs beyond them on its first row, so that it still
    // holds its text when a page break falls below that row.
    group.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const down = spanDown(r, c);
        if (!cell || down === 1) return;
        const need = cellHeight(cell, widthOf(cell.column, cell.columnCount));
        const have = heights.slice(r, r + down).reduce((sum, height) => sum + height, 0);
        if (need > have) heights[r] = (heights[r] ?? 0) + need - have;
      })
    );
    const merged = group.length > 1 || table.spans.some((span) => span > 1);
    return {
      rows: group.map((cells, r) => ({
        ...rowOf(cells, snap(heights[r] ?? ONE_LINE_POINTS)),
        ...(merged ? {} : { autofit: true }),
      })),
      table: track,
    };
  }
}
