/**
 * Native Excel formulas that compute what the core computes, so a workbook keeps recalculating for
 * colleagues who do not have the add-in. They are proven equal to the core on the rounding traps by
 * recalculating them in LibreOffice (test/e2e). Pure text generation: nothing here calls the spreadsheet host.
 *
 * Choices that keep formulas and core in step:
 * - Tool scores and the total stay at full precision; only the rating and pass tests use ROUND(x, 2),
 *   matching "judged on the total as printed" (ITA.md §1). Excel's and LibreOffice's ROUND round the
 *   decimal the cell shows (86.515 → 86.52), not the binary double beneath it.
 * - Every average is guarded with COUNT so a score turned into text gives #N/A instead of a silently
 *   smaller average (AVERAGE skips text).
 */
import { CellPosition, cellAddress } from "./a1";
import { RatingRule } from "./frameworks";

/** "C4:C8" when the cells are one contiguous line in order, else "C4,C6,C5". */
export function referenceList(cells: readonly CellPosition[]): string {
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last) throw new RangeError("referenceList: no cells");
  const inColumn = cells.every((cell, i) => cell.column === first.column && cell.row === first.row + i);
  const inRow = cells.every((cell, i) => cell.row === first.row && cell.column === first.column + i);
  if (cells.length > 1 && (inColumn || inRow)) return `${cellAddress(first)}:${cellAddress(last)}`;
  return cells.map(cellAddress).join(",");
}

/** The smallest rectangle holding the cells, as "C4:C13". */
export function boundingReference(cells: readonly CellPosition[]): string {
  const rows = cells.map((cell) => cell.row);
  const columns = cells.map((cell) => cell.column);
  const start = { row: Math.min(...rows), column: Math.min(...columns) };
  const end = { row: Math.max(...rows), column: Math.max(...columns) };
  return `${cellAddress(start)}:${cellAddress(end)}`;
}

/** Mean of the cells, or #N/A unless every one holds a number. */
export function meanFormula(cells: readonly CellPosition[]): string {
  const list = referenceList(cells);
  return `IF(COUNT(${list})=${cells.length},AVERAGE(${list}),NA())`;
}

/** Weighted sum, weights in percent: 0.3*A+0.3*B+0.4*C. */
export function weightedSumFormula(terms: readonly { expression: string; weightPercent: number }[]): string {
  return terms.map((term) => `${decimalText(term.weightPercent / 100)}*${term.expression}`).join("+");
}

function decimalText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The rating of a total expression by a year's rule: a LOOKUP against the bands when the rule depends
 * on the total alone (letters), nested IFs when rows also require every tool score (words from 2566).
 */
export function ratingFormula(
  rule: RatingRule,
  totalExpression: string,
  toolExpressions: readonly string[]
): string {
  const printedTotal = `ROUND(${totalExpression},2)`;
  if (rule.rows.every((row) => row.minEveryTool === undefined)) {
    const ascending = [...rule.rows].sort((a, b) => a.minTotal - b.minTotal);
    const bounds = ascending.map((row) => decimalText(row.minTotal)).join(",");
    const ratings = ascending.map((row) => textLiteral(row.rating)).join(",");
    return `LOOKUP(${printedTotal},{${bounds}},{${ratings}})`;
  }
  const lowestTool = `MIN(${toolExpressions.map((tool) => `ROUND(${tool},2)`).join(",")})`;
  const rows = [...rule.rows];
  const last = rows.pop();
  if (!last) throw new RangeError("ratingFormula: empty rating rule");
  return rows.reduceRight((otherwise, row) => {
    const totalTest = `${printedTotal}>=${decimalText(row.minTotal)}`;
    const test =
      row.minEveryTool === undefined
        ? totalTest
        : `AND(${totalTest},${lowestTool}>=${decimalText(row.minEveryTool)})`;
    return `IF(${test},${textLiteral(row.rating)},${otherwise})`;
  }, textLiteral(last.rating));
}

/** ผ่านเกณฑ์ or ไม่ผ่านเกณฑ์, judged on the printed total. */
export function passFormula(
  totalExpression: string,
  passMark: number,
  passed: string,
  failed: string
): string {
  return `IF(ROUND(${totalExpression},2)>=${decimalText(passMark)},${textLiteral(passed)},${textLiteral(failed)})`;
}

/**
 * Rank of one score among all: 1 + how many are higher + how many equal ones belong to lower-numbered
 * indicators (ITA.md §4: ties keep indicator order). #N/A unless every score is a number, because Excel
 * compares text as greater than any number.
 */
export function rankFormula(
  own: CellPosition,
  all: readonly CellPosition[],
  earlierIndicators: readonly CellPosition[]
): string {
  const range = boundingReference(all);
  const ownRef = cellAddress(own);
  const earlier = earlierIndicators.length > 0 ? referenceList(earlierIndicators) : "";
  const ties =
    earlier === ""
      ? ""
      : earlier.includes(":")
        ? `+COUNTIF(${earlier},${ownRef})`
        : earlierIndicators.map((cell) => `+(${cellAddress(cell)}=${ownRef})`).join("");
  return `IF(COUNT(${range})=${all.length},1+SUMPRODUCT(--(${range}>${ownRef}))${ties},NA())`;
}
