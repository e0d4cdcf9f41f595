/**
 * The block Analyze writes next to the input: per indicator its change and rank (aligned with the input's
 * lines), and a summary (tools, total, rating, pass, last year's total and rating, the change of the
 * total) as label/value pairs. Host-neutral: the Excel adapter only writes the cells planned here.
 */
import { CellPosition, cellAddress, quoteSheetName } from "./a1";
import { meanFormula, passFormula, ratingFormula, rankFormula, weightedSumFormula } from "./excel-formulas";
import { Exact, exactSubtract, roundHalfUpToNumber } from "./exact";
import { Framework, ToolId } from "./frameworks";
import { AssessmentResult } from "./result";
import { RecognizedScores, ScoreCells } from "./score-block";

export type AnalysisMode = "formulas" | "values";

/** One planned cell: a constant or a formula (without "="), and its number format. */
export interface PlannedCell {
  readonly value: string | number | "";
  readonly formula?: string;
  readonly numberFormat: string;
  readonly style: "header" | "label" | "figure" | "empty";
}

export interface OutputPlan {
  readonly sheet: string;
  readonly origin: CellPosition;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Row by row. */
  readonly cells: readonly (readonly PlannedCell[])[];
  /** "Sheet1!E3:H13" */
  readonly address: string;
}

export const SCORE_FORMAT = "0.00";
export const CHANGE_FORMAT = "+0.00;-0.00;0.00";
export const RANK_FORMAT = "0";
export const TEXT_FORMAT = "@";

const EMPTY: PlannedCell = { value: "", numberFormat: "General", style: "empty" };

/** How many fields (columns of a column block) the output takes: change only with a previous year. */
export function outputFieldCount(hasPrevious: boolean): number {
  return hasPrevious ? 4 : 3;
}

/** Where the output block starts: right after a column block, below a row block. */
export function outputOrigin(
  recognized: Pick<RecognizedScores, "orientation" | "origin" | "fieldCount">
): CellPosition {
  return recognized.orientation === "column"
    ? { row: recognized.origin.row, column: recognized.origin.column + recognized.fieldCount }
    : { row: recognized.origin.row + recognized.fieldCount, column: recognized.origin.column };
}

function lineOf(recognized: RecognizedScores, cell: CellPosition): number {
  return recognized.orientation === "column"
    ? cell.row - recognized.origin.row
    : cell.column - recognized.origin.column;
}

function cellsOf(scores: ScoreCells, framework: Framework, tool?: ToolId): CellPosition[] {
  return framework.indicators
    .filter((indicator) => tool === undefined || indicator.tool === tool)
    .map((indicator) => {
      const cell = scores.cells.get(indicator.number);
      if (!cell) throw new RangeError(`output plan: no cell for indicator ${indicator.number}`);
      return cell;
    });
}

const figure = (
  value: number | "",
  formula: string | undefined,
  numberFormat = SCORE_FORMAT
): PlannedCell => ({
  value,
  formula,
  numberFormat,
  style: "figure",
});
const label = (text: string): PlannedCell => ({ value: text, numberFormat: TEXT_FORMAT, style: "label" });
const header = (text: string): PlannedCell => ({ value: text, numberFormat: TEXT_FORMAT, style: "header" });
const round2 = (value: Exact) => roundHalfUpToNumber(value, 2);

/**
 * Plans the output block of an analysis. In "formulas" mode figures are live formulas over the input
 * cells; in "values" mode they are the core's results rounded half-up to 2 decimals.
 */
export function planOutput(
  recognized: RecognizedScores,
  result: AssessmentResult,
  mode: AnalysisMode
): OutputPlan {
  const framework = result.assessment.framework;
  const previous = recognized.previous;
  const fields = outputFieldCount(previous !== undefined);
  const lines = recognized.lineCount;
  const grid: PlannedCell[][] = Array.from({ length: lines }, () =>
    Array.from({ length: fields }, () => EMPTY)
  );
  const origin = outputOrigin(recognized);
  const at = (line: number, field: number): CellPosition =>
    recognized.orientation === "column"
      ? { row: origin.row + line, column: origin.column + field }
      : { row: origin.row + field, column: origin.column + line };
  const set = (line: number, field: number, cell: PlannedCell) => {
    const row = grid[line];
    if (row) row[field] = cell;
  };
  const formulas = mode === "formulas";
  const changeField = previous ? 0 : -1;
  const rankField = fields - 3;
  const labelField = fields - 2;
  const valueField = fields - 1;

  if (recognized.hasHeader) {
    if (previous) set(0, changeField, header("การเปลี่ยนแปลง"));
    set(0, rankField, header("อันดับ"));
    set(0, labelField, header("รายการ"));
    set(0, valueField, header(`ผล ITA ${framework.fiscalYear}`));
  }

  // Per indicator: change and rank, on the indicator's own line.
  const allCurrent = cellsOf(recognized.current, framework);
  for (const row of result.indicators) {
    const number = row.indicator.number;
    const own = recognized.current.cells.get(number);
    if (!own) continue;
    const line = lineOf(recognized, own);
    if (previous) {
      const before = previous.cells.get(number);
      const change = row.delta === undefined ? "" : round2(row.delta);
      set(
        line,
        changeField,
        figure(
          change,
          formulas && before ? `${cellAddress(own)}-${cellAddress(before)}` : undefined,
          CHANGE_FORMAT
        )
      );
    }
    const earlier = framework.indicators
      .filter((indicator) => indicator.number < number)
      .map((indicator) => recognized.current.cells.get(indicator.number))
      .filter((cell): cell is CellPosition => cell !== undefined);
    set(
      line,
      rankField,
      figure(row.rank, formulas ? rankFormula(own, allCurrent, earlier) : undefined, RANK_FORMAT)
    );
  }

  // Summary pairs on the data lines, in order.
  const firstLine = recognized.hasHeader ? 1 : 0;
  let nextLine = firstLine;
  const place = (text: string, cell: PlannedCell): CellPosition => {
    const line = nextLine;
    nextLine += 1;
    set(line, labelField, label(text));
    set(line, valueField, cell);
    return at(line, valueField);
  };
  const toolCells = new Map<ToolId, CellPosition>();
  for (const tool of framework.tools) {
    const cell = place(
      `คะแนน ${tool.id}`,
      figure(
        round2(result.current.tools[tool.id]),
        formulas ? meanFormula(cellsOf(recognized.current, framework, tool.id)) : undefined
      )
    );
    toolCells.set(tool.id, cell);
  }
  const toolRefs = framework.tools.map((tool) => cellAddress(toolCells.get(tool.id) ?? origin));
  const totalFormula = weightedSumFormula(
    framework.tools.map((tool, i) => ({ expression: toolRefs[i] ?? "", weightPercent: tool.weightPercent }))
  );
  const totalCell = place(
    "คะแนนรวม",
    figure(round2(result.current.total), formulas ? totalFormula : undefined)
  );
  const totalRef = cellAddress(totalCell);
  place("ระดับผลการประเมิน", {
    ...label(result.current.rating.rating),
    formula: formulas ? ratingFormula(framework.rating, totalRef, toolRefs) : undefined,
    numberFormat: formulas ? "General" : TEXT_FORMAT,
    style: "figure",
  });
  const passed = "ผ่านเกณฑ์";
  const failed = "ไม่ผ่านเกณฑ์";
  place(`ผลเทียบเกณฑ์ ${framework.passMark} คะแนน`, {
    ...label(result.current.passed ? passed : failed),
    formula: formulas ? passFormula(totalRef, framework.passMark, passed, failed) : undefined,
    numberFormat: formulas ? "General" : TEXT_FORMAT,
    style: "figure",
  });

  if (previous && result.previous) {
    const previousFramework = result.assessment.previous?.framework ?? framework;
    const previousTools = previousFramework.tools.map((tool) =>
      meanFormula(cellsOf(previous, previousFramework, tool.id))
    );
    const previousTotal = weightedSumFormula(
      previousFramework.tools.map((tool, i) => ({
        expression: previousTools[i] ?? "",
        weightPercent: tool.weightPercent,
      }))
    );
    const previousCell = place(
      `คะแนนรวมปี ${result.previous.fiscalYear}`,
      figure(round2(result.previous.total), formulas ? previousTotal : undefined)
    );
    place(`ระดับปี ${result.previous.fiscalYear}`, {
      ...label(result.previous.rating.rating),
      formula: formulas
        ? ratingFormula(previousFramework.rating, cellAddress(previousCell), previousTools)
        : undefined,
      numberFormat: formulas ? "General" : TEXT_FORMAT,
      style: "figure",
    });
    place(
      "การเปลี่ยนแปลงคะแนนรวม",
      figure(
        round2(exactSubtract(result.current.total, result.previous.total)),
        formulas ? `${totalRef}-${cellAddress(previousCell)}` : undefined,
        CHANGE_FORMAT
      )
    );
  }

  const rowCount = recognized.orientation === "column" ? lines : fields;
  const columnCount = recognized.orientation === "column" ? fields : lines;
  const cells =
    recognized.orientation === "column"
      ? grid
      : Array.from({ length: fields }, (_, field) => grid.map((line) => line[field] ?? EMPTY));
  const end = { row: origin.row + rowCount - 1, column: origin.column + columnCount - 1 };
  return {
    sheet: recognized.sheet,
    origin,
    rowCount,
    columnCount,
    cells,
    address: `${quoteSheetName(recognized.sheet)}!${cellAddress(origin)}:${cellAddress(end)}`,
  };
}

/** The address of the whole input (for records and messages). */
export function inputAddress(recognized: RecognizedScores): string {
  const rows = recognized.orientation === "column" ? recognized.lineCount : recognized.fieldCount;
  const columns = recognized.orientation === "column" ? recognized.fieldCount : recognized.lineCount;
  const end = { row: recognized.origin.row + rows - 1, column: recognized.origin.column + columns - 1 };
  return `${quoteSheetName(recognized.sheet)}!${cellAddress(recognized.origin)}:${cellAddress(end)}`;
}
