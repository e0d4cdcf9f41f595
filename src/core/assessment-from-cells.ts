/**
 * From recognised cells to an assessment: the scores a selection holds, each year with its own framework,
 * and the item results typed into the input sheet's rows, every problem at its cell.
 */
import { CellPosition } from "./a1";
import { Assessment } from "./assessment";
import { Framework, FrameworkLookup, frameworkLookup } from "./frameworks";
import { issueAt, problem, Validated, ValidationIssue } from "./issues";
import { ItemEntry, readItemEntries } from "./item-results";
import { isBlank } from "./parse";
import { reconcileOit, ScoreSource } from "./reconcile-oit";
import { RecognizedScores, sheetCellAddress } from "./score-block";
import { YearScores } from "./year-scores";

/**
 * The assessment the recognised cells describe, ready for `scoreAssessment`, with item results when the
 * sheet has them (the input sheet's item block). The previous year needs a framework of its own (its
 * rating rule may differ), so a year the add-in does not know is a problem.
 */
export function assessmentFromCells(
  recognized: RecognizedScores,
  agency?: string,
  items: readonly ItemEntry[] = [],
  /** The framework in use (an officer's edited framework sheet) when it is of the recognised year. */
  inUse?: Framework,
  /** Where the frameworks of the other years are found: the built-in ones by default. */
  frameworks: FrameworkLookup = frameworkLookup()
): Validated<Assessment> {
  const framework =
    inUse?.fiscalYear === recognized.current.fiscalYear
      ? inUse
      : frameworks.find(recognized.current.fiscalYear);
  if (!framework)
    throw new RangeError(`no framework for ${recognized.current.fiscalYear}: recognizeScores checks it`);
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const previous = recognized.previous;
  let previousYear: YearScores | undefined;
  if (previous) {
    const previousFramework = frameworks.find(previous.fiscalYear);
    if (!previousFramework) {
      const first = [...previous.cells.values()][0] ?? recognized.origin;
      issues.push(
        issueAt(
          sheetCellAddress(recognized.sheet, first),
          problem(
            "unsupported-year",
            `ยังไม่มีกรอบการประเมินของปีงบประมาณ ${previous.fiscalYear}`,
            `there is no ITA framework for fiscal year ${previous.fiscalYear}`
          )
        )
      );
    } else {
      previousYear = {
        fiscalYear: previous.fiscalYear,
        framework: previousFramework,
        scores: previous.scores,
      };
    }
  }
  const history = recognized.history.flatMap((year): YearScores[] => {
    const yearFramework = frameworks.find(year.fiscalYear);
    if (!yearFramework) {
      const first = [...year.cells.values()][0] ?? recognized.origin;
      issues.push(
        issueAt(
          sheetCellAddress(recognized.sheet, first),
          problem(
            "unsupported-year",
            `ยังไม่มีกรอบการประเมินของปีงบประมาณ ${year.fiscalYear}`,
            `there is no ITA framework for fiscal year ${year.fiscalYear}`
          )
        )
      );
      return [];
    }
    return [{ fiscalYear: year.fiscalYear, framework: yearFramework, scores: year.scores }];
  });
  const read = readItemEntries(items, framework, issues);
  const scores = new Map(recognized.current.scores);
  const sources = new Map<number, ScoreSource>([...scores.keys()].map((number) => [number, "input"]));
  reconcileOit(framework, scores, sources, read.oit, warnings, (indicator) => {
    const cell = recognized.current.cells.get(indicator);
    return cell ? sheetCellAddress(recognized.sheet, cell) : recognized.sheet;
  });
  if (issues.length > 0) return { ok: false, issues, warnings };
  return {
    ok: true,
    warnings,
    value: {
      agency: agency?.trim() || undefined,
      fiscalYear: framework.fiscalYear,
      framework,
      scores,
      scoreSources: sources,
      perceptionItems: read.perception,
      oitResults: read.oit,
      previous: previousYear,
      history,
    },
  };
}

/**
 * Item results typed into rows (the input sheet's item block: code, tool, name, value). Rows whose value
 * is blank are skipped: items are optional, and an officer fills only the ones the NACC reported.
 */
export function itemEntriesFromRows(
  sheet: string,
  origin: CellPosition,
  rows: readonly (readonly unknown[])[],
  codeColumn = 0,
  valueColumn = 3
): ItemEntry[] {
  return rows.flatMap((row, r) => {
    const value = row[valueColumn];
    if (isBlank(value)) return [];
    const at = (column: number) =>
      sheetCellAddress(sheet, { row: origin.row + r, column: origin.column + column });
    return [
      {
        key: String(row[codeColumn] ?? ""),
        value,
        keyLocation: at(codeColumn),
        valueLocation: at(valueColumn),
      },
    ];
  });
}
