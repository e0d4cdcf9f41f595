/**
 * The tables of tools, indicators and rating bands of a framework sheet read back, row by row, each row's
 * problems at its cells; with each row's index, for the problems found in the framework as a whole.
 */
import { problem, quoteValue } from "../issues";
import { isBlank } from "../parse";
import { cellText, FrameworkSheetCells, SheetRow } from "./framework-sheet-cells";
import { Indicator, Tool, TOOL_IDS, ToolId } from "./types";
import { RatingBand } from "./validate-framework";

/** The tools in sheet order, and the row of each. */
export interface ToolRows {
  readonly tools: Tool[];
  readonly toolRows: number[];
}

/** The tools, in sheet order. */
export function readTools(reader: FrameworkSheetCells, rows: readonly SheetRow[]): ToolRows {
  const { report, required, number } = reader;
  const tools: Tool[] = [];
  const toolRows: number[] = [];
  for (const row of rows) {
    const id = cellText(row.cells[0]).toUpperCase();
    if (!(TOOL_IDS as readonly string[]).includes(id)) {
      report(
        row.index,
        0,
        problem(
          "unknown-tool",
          `${quoteValue(row.cells[0])} ไม่ใช่รหัสเครื่องมือ (${TOOL_IDS.join(", ")})`,
          `${quoteValue(row.cells[0])} is not a tool code (${TOOL_IDS.join(", ")})`
        )
      );
      continue;
    }
    const nameTh = required(row, 1, "ชื่อเครื่องมือ", "tool name");
    const weightPercent = number(row, 3);
    if (weightPercent === undefined) continue;
    tools.push({ id: id as ToolId, nameTh, nameEn: cellText(row.cells[2]), weightPercent });
    toolRows.push(row.index);
  }
  return { tools, toolRows };
}

/** An indicator read from the row at `index`. */
export interface IndicatorRow {
  readonly indicator: Indicator;
  readonly index: number;
}

/** The indicators in number order (a stable sort keeps repeats in sheet order). */
export function readIndicators(reader: FrameworkSheetCells, rows: readonly SheetRow[]): IndicatorRow[] {
  const { wholeNumber, required } = reader;
  const indicatorRows: IndicatorRow[] = [];
  for (const row of rows) {
    const indicatorNumber = wholeNumber(row, 0, "ตัวชี้วัดที่", "indicator number");
    const tool = cellText(row.cells[1]).toUpperCase();
    const nameTh = required(row, 2, "ชื่อตัวชี้วัด", "indicator name");
    if (indicatorNumber === undefined) continue;
    indicatorRows.push({
      indicator: { number: indicatorNumber, tool: tool as ToolId, nameTh, nameEn: cellText(row.cells[3]) },
      index: row.index,
    });
  }
  indicatorRows.sort((a, b) => a.indicator.number - b.indicator.number);
  return indicatorRows;
}

/** A rating band read from the row at `index`, with its place in the ลำดับ column. */
export interface BandRow {
  readonly band: RatingBand;
  readonly order: number;
  readonly index: number;
}

/** The rating bands in the order of the ลำดับ column. */
export function readRatingBands(reader: FrameworkSheetCells, rows: readonly SheetRow[]): BandRow[] {
  const { wholeNumber, required, number, report } = reader;
  const bandRows: BandRow[] = [];
  for (const row of rows) {
    const order = wholeNumber(row, 0, "ลำดับ", "order");
    const rating = required(row, 1, "ชื่อระดับ", "rating");
    const min = number(row, 3);
    const max = number(row, 4);
    const minEveryTool = isBlank(row.cells[5]) ? undefined : number(row, 5);
    if (order === undefined || min === undefined || max === undefined) continue;
    if (!isBlank(row.cells[5]) && minEveryTool === undefined) continue;
    if (bandRows.some((other) => other.order === order)) {
      report(
        row.index,
        0,
        problem("duplicate-order", `ลำดับ ${order} ซ้ำ`, `the order ${order} is used twice`)
      );
    }
    bandRows.push({
      band: {
        rating,
        ratingEn: cellText(row.cells[2]),
        min,
        max,
        ...(minEveryTool === undefined ? {} : { minEveryTool }),
      },
      order,
      index: row.index,
    });
  }
  bandRows.sort((a, b) => a.order - b.order);
  return bandRows;
}
