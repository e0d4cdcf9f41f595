/**
 * The results of "Many agencies" as they go beside the table: the agencies layout's nine result columns
 * (IIT … province rank) as 2-D arrays of values and number formats, one line per sheet row from the header.
 */
import { numberFormatFor, SheetLayout, TEXT_FORMAT } from "../../core";
import { BatchReading } from "../../core/batch";

/** The columns of the agencies layout written beside the table: IIT … province rank. */
const FIRST_RESULT_COLUMN = 4;
export const RESULT_COLUMNS = 9;
const GENERAL_FORMAT = "General";

/** The result columns as 2-D arrays (header first, one line per sheet row), and which lines hold agencies. */
export interface ResultBlock {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  readonly isAgency: boolean[];
}

/**
 * The agencies layout's result columns (IIT … province rank), placed on the rows the agencies came from.
 * Lines with no agency (blank rows, or rows of a taller earlier output) are written empty, "General".
 */
export function resultBlock(
  layout: SheetLayout,
  reading: BatchReading,
  headerRow: number,
  lineCount: number
) {
  const values: (string | number)[][] = Array.from({ length: lineCount }, () =>
    new Array<string | number>(RESULT_COLUMNS).fill("")
  );
  const formats: string[][] = Array.from({ length: lineCount }, () =>
    new Array<string>(RESULT_COLUMNS).fill(GENERAL_FORMAT)
  );
  const isAgency = new Array<boolean>(lineCount).fill(false);
  // Layout row 0 is the header; layout row i is the i-th agency, in table order.
  const lineOfLayoutRow = [0, ...reading.agencies.map((agency) => agency.row - 1 - headerRow)];
  for (const line of lineOfLayoutRow.slice(1)) isAgency[line] = true;
  for (const cell of layout.cells) {
    const column = cell.column - FIRST_RESULT_COLUMN;
    const line = lineOfLayoutRow[cell.row];
    const valueLine = line === undefined ? undefined : values[line];
    const formatLine = line === undefined ? undefined : formats[line];
    if (column < 0 || column >= RESULT_COLUMNS || !valueLine || !formatLine) continue;
    valueLine[column] = cell.value;
    formatLine[column] =
      typeof cell.value === "string"
        ? TEXT_FORMAT
        : cell.numberStyle
          ? numberFormatFor(cell.numberStyle, "arabic")
          : GENERAL_FORMAT;
  }
  // Header cells with no layout value stay text, so a later value typed there cannot become a formula.
  formats[0]?.fill(TEXT_FORMAT);
  return { values, formats, isAgency } satisfies ResultBlock;
}
