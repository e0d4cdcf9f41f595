/**
 * Find scores: scan the active sheet for the indicator scores an officer pasted there (a Word report's
 * tables, the NACC's result page), highlight what was found, and hand it to the pane to confirm. One
 * `Excel.run`, two syncs (three when the workbook has a framework sheet of the year): read the used range
 * (capped), then the core, then the highlights. Values are never written; the highlighted cells are
 * recorded as hidden workbook names so that the next run clears its own highlights and nothing else.
 */
import {
  cellAddress,
  exactToNumber,
  Framework,
  frameworkFor,
  issueAt,
  parseRangeReference,
  problem,
  quoteSheetName,
  RangeReference,
  Validated,
  ValidationIssue,
} from "../core";
import type { FoundScores } from "../core/find-scores";
import { assessmentFromFound, findScoresNamingYear } from "../core/found-assessment";
import type { FoundScoresOnSheet, FoundScoresUse } from "./actions";
import { queueFrameworkName, resolveFrameworkName } from "./framework-sheet";
import { OwnBlock, ownBlocksOn, queueOwnBlocks, queueOwnNames } from "./output-record";
import { rectanglesOf } from "./report/render-sheets";
import { runExcel } from "./run-excel";

/**
 * The largest block scanned, from the used range's top-left cell: a pasted report fits many times over,
 * and a sheet whose used range reaches row 1,048,576 (one stray format) is not pulled whole.
 */
export const SCAN_LIMIT = { rows: 500, columns: 40 } as const;

/** Found scores and their names. */
export const FOUND_FILL = "#FFF2CC";
/** Stated changes, tool scores or totals that disagree with the scores found. */
export const MISMATCH_FILL = "#F8CBAD";
/** The hatching over a disagreeing figure's fill. */
export const MISMATCH_PATTERN = "#C00000";

/** The ranges covering A1 cells ("C4", "C5", "D4"…), contiguous cells merged into rectangles. */
function blocksOf(
  sheet: Excel.Worksheet,
  cells: Iterable<string>
): { readonly range: Excel.Range; readonly cells: RangeReference }[] {
  const keys = [...cells].flatMap((cell) => {
    const reference = parseRangeReference(cell);
    return reference ? [`${reference.start.row},${reference.start.column}`] : [];
  });
  return rectanglesOf(keys).map((rect) => ({
    range: sheet.getRangeByIndexes(
      rect.top,
      rect.left,
      rect.bottom - rect.top + 1,
      rect.right - rect.left + 1
    ),
    cells: {
      sheet: "",
      start: { row: rect.top, column: rect.left },
      end: { row: rect.bottom, column: rect.right },
    },
  }));
}

const OUR_FILLS = new Set([FOUND_FILL, MISMATCH_FILL].map((color) => color.toUpperCase()));
/**
 * What {@link planHighlights} is told for a cell without a fill. Excel reads such a cell's colour as white,
 * like a white fill; its `tintAndShade` is null only without a fill (Microsoft in office-js#4900).
 */
export const NO_FILL = "none";

/** What to paint and clear, decided from the cells' own fills: the officer's colours are never touched. */
export interface HighlightPlan {
  readonly clear: readonly string[];
  readonly paintFound: readonly string[];
  readonly paintMismatched: readonly string[];
  /** Cells found that keep the officer's own fill. */
  readonly kept: readonly string[];
  /** The cells that carry our fill after this run (to clear next time). */
  readonly record: readonly string[];
}

/**
 * Plans the highlights of one run. A cell takes our colour only when it has no fill ({@link NO_FILL}; an
 * officer's white fill is a fill) or still has ours from an earlier run; an earlier highlight is cleared
 * only while it still has our colour (the officer may have coloured it since). An earlier highlight outside
 * the scanned block (`fillOf` undefined) stays recorded until a later run can see it.
 *
 * @example planHighlights({ earlier: ["B2"], found: new Set(["B3"]), mismatched: new Set(), fillOf })
 */
export function planHighlights(input: {
  readonly earlier: readonly string[];
  readonly found: ReadonlySet<string>;
  readonly mismatched: ReadonlySet<string>;
  readonly fillOf: (cell: string) => string | undefined;
}): HighlightPlan {
  const earlier = new Set(input.earlier);
  const ours = (cell: string) => OUR_FILLS.has((input.fillOf(cell) ?? "").toUpperCase());
  const paintable = (cell: string) => {
    return input.fillOf(cell) === NO_FILL || (earlier.has(cell) && ours(cell));
  };
  const kept = [...input.found, ...input.mismatched].filter((cell) => !paintable(cell));
  const paintFound = [...input.found].filter(paintable);
  const paintMismatched = [...input.mismatched].filter(paintable);
  const stale = input.earlier.filter((cell) => !input.found.has(cell) && !input.mismatched.has(cell));
  const clear = stale.filter((cell) => ours(cell));
  const unseen = stale.filter((cell) => input.fillOf(cell) === undefined);
  return { clear, paintFound, paintMismatched, kept, record: [...paintFound, ...paintMismatched, ...unseen] };
}

/** The cells ("B2", "C4"…) of the blocks an earlier run highlighted. */
function cellsOf(blocks: readonly OwnBlock[]): string[] {
  const cells: string[] = [];
  for (const { range } of blocks) {
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let column = range.start.column; column <= range.end.column; column++) {
        cells.push(cellAddress({ row, column }));
      }
    }
  }
  return cells;
}

/**
 * Whether found scores can be used, decided by the core exactly as for `ita report`, and the prefill of the
 * new input sheet when they can: the latest year's scores and each complete earlier year. Stated figures
 * that disagree are the officer's to accept (the pane lists them); the warnings worth showing besides the
 * found table (a year assumed, an earlier year left out) come back with it.
 */
export function foundScoresUse(
  found: FoundScores,
  framework: Framework,
  source: string
): { readonly use: FoundScoresUse; readonly warnings: readonly ValidationIssue[] } {
  const assessed = assessmentFromFound(found, framework, undefined, { acceptMismatches: true });
  // The unmatched cells and the mismatches are listed by the pane already; the rest are worth a line.
  const listed = new Set<ValidationIssue>(found.mismatches);
  const warnings = assessed.warnings.filter(
    (warning) => !listed.has(warning) && !warning.code.startsWith("not-read")
  );
  if (!assessed.ok) return { use: { ready: false, issues: assessed.issues }, warnings };
  const { fiscalYear, scores, previous, history } = assessed.value;
  const years = [{ fiscalYear, scores }, ...(previous ? [previous] : []), ...(history ?? [])];
  return {
    use: {
      ready: true,
      fiscalYear,
      prefill: {
        source,
        scores: years.flatMap((year) =>
          [...year.scores].map(([indicator, score]) => ({
            indicator,
            year: year.fiscalYear,
            value: exactToNumber(score),
          }))
        ),
        items: found.items,
      },
    },
    warnings,
  };
}

const fail = <T>(issues: ValidationIssue[], warnings: ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * Scans the active sheet's used range (at most {@link SCAN_LIMIT}) for the indicator scores of a fiscal
 * year, highlights the cells found, and returns them for the officer to confirm. Two syncs; values are
 * never changed.
 *
 * @example const outcome = await findScoresOnSheet(2565); // outcome.value.found[0].values → 2564, 2565
 */
export async function findScoresOnSheet(fiscalYear: number): Promise<Validated<FoundScoresOnSheet>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    // A navigation property returns a proxy that needs no load; the rule cannot tell it from a scalar.
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
    const protection = sheet.protection;
    protection.load("protected");
    // getUsedRange, not getUsedRangeOrNullObject: it is never a null object ("the top left cell" of a blank
    // sheet), so nothing below derives from a null object, which Microsoft leaves undocumented (audit B2).
    const used = sheet.getUsedRange(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    // The used range, cut to the scan limit from its top-left cell: never a million rows for one stray value.
    const scanned = used
      .getCell(0, 0)
      .getResizedRange(SCAN_LIMIT.rows - 1, SCAN_LIMIT.columns - 1)
      .getIntersectionOrNullObject(used);
    scanned.load("values");
    // The cells' own fills, so that a highlight never paints over (and so loses) the officer's: those of the
    // block scanned, where the cells found are, and those of the formatted used range, where the highlights
    // of an earlier run are even after the officer emptied their cells. The tint tells "no fill" from white.
    const formatted = sheet.getUsedRange(false);
    const formattedBlock = formatted
      .getCell(0, 0)
      .getResizedRange(SCAN_LIMIT.rows - 1, SCAN_LIMIT.columns - 1)
      .getIntersectionOrNullObject(formatted);
    formattedBlock.load("rowIndex,columnIndex");
    const fillOptions = { format: { fill: { color: true, tintAndShade: true } } };
    const fills = scanned.getCellProperties(fillOptions);
    const formattedFills = formattedBlock.getCellProperties(fillOptions);
    const names = queueOwnNames(context);
    const frameworkName = queueFrameworkName(context, fiscalYear);
    await context.sync();

    const resolved = await resolveFrameworkName(context, frameworkName);
    if (!resolved.ok) return fail([...resolved.issues]);
    const framework = resolved.value;
    const sheetName = sheet.name;
    const blank = (value: unknown) => value === "" || value === null || value === undefined;
    if (used.rowCount === 1 && used.columnCount === 1 && blank(scanned.values[0]?.[0])) {
      return fail([
        issueAt(quoteSheetName(sheetName), problem("empty-sheet", "แผ่นงานนี้ว่างเปล่า", "the sheet is empty")),
      ]);
    }
    const origin = { row: used.rowIndex, column: used.columnIndex };
    const rows = Math.min(used.rowCount, SCAN_LIMIT.rows);
    const columns = Math.min(used.columnCount, SCAN_LIMIT.columns);
    const truncated = used.rowCount > rows || used.columnCount > columns;
    const values = scanned.values;
    const scannedAddress = `${quoteSheetName(sheetName)}!${cellAddress(origin)}:${cellAddress({
      row: origin.row + rows - 1,
      column: origin.column + columns - 1,
    })}`;
    const warnings: ValidationIssue[] = [...resolved.warnings];
    if (truncated) {
      warnings.push(
        issueAt(
          used.address,
          problem(
            "scan-truncated",
            `ช่วงที่ใช้งานของแผ่นงานใหญ่เกินไป (${used.rowCount} แถว × ${used.columnCount} คอลัมน์) จึงค้นหาเฉพาะ ${scannedAddress}`,
            `the sheet's used range is too large (${used.rowCount} rows × ${used.columnCount} columns): only ${scannedAddress} was searched`
          )
        )
      );
    }

    // The year rule of the CLI: a year named in a header wins, so the seed's per-tool tables ("ผลคะแนน")
    // join its comparison table's 2565 rather than standing alone as the pane's year.
    const result = findScoresNamingYear(sheetName, origin, values, framework);
    if (!result.ok) return fail([...result.issues], [...warnings, ...result.warnings]);
    const { found, years, checks, unmatched, mismatches, items } = result.value;
    const usable = foundScoresUse(result.value, framework, scannedAddress);
    warnings.push(...usable.warnings);
    const latest = years.length > 0 ? Math.max(...years) : framework.fiscalYear;
    const named = latest === framework.fiscalYear ? framework : (frameworkFor(latest) ?? framework);

    const foundCells = new Set<string>();
    for (const entry of found) {
      foundCells.add(cellAddress(entry.labelPosition));
      for (const value of entry.values) foundCells.add(cellAddress(value.position));
    }
    for (const check of checks) if (check.agrees) foundCells.add(cellAddress(check.position));
    const mismatchCells = new Set(
      checks.filter((check) => !check.agrees).map((c) => cellAddress(c.position))
    );
    for (const issue of mismatches) {
      const reference = parseRangeReference(issue.location);
      if (reference) mismatchCells.add(cellAddress(reference.start));
    }
    for (const cell of mismatchCells) foundCells.delete(cell);

    let highlighted: string[] = [];
    if (protection.protected) {
      warnings.push(
        issueAt(
          quoteSheetName(sheetName),
          problem(
            "protected-sheet",
            "แผ่นงานนี้ถูกป้องกัน จึงไม่ได้ระบายสีเซลล์ที่พบ",
            "the sheet is protected, so the cells found were not highlighted"
          )
        )
      );
    } else {
      const earlier = ownBlocksOn(names, "found", sheetName);
      const formattedOrigin = formattedBlock.isNullObject
        ? undefined
        : { row: formattedBlock.rowIndex, column: formattedBlock.columnIndex };
      const fillIn = (properties: Excel.CellProperties | undefined): string | undefined => {
        const fill = properties?.format?.fill;
        if (fill === undefined) return undefined;
        return fill.tintAndShade === null ? NO_FILL : fill.color;
      };
      // getCellProperties answers a ClientResult, read after the sync; the rule takes `value` for a property.
      // eslint-disable-next-line office-addins/load-object-before-read
      const scannedFills = fills.value;
      // eslint-disable-next-line office-addins/load-object-before-read
      const formattedBlockFills = formattedFills.value;
      const fillOf = (cell: string): string | undefined => {
        const reference = parseRangeReference(cell);
        if (!reference) return undefined;
        const { row, column } = reference.start;
        const inScanned = fillIn(scannedFills[row - origin.row]?.[column - origin.column]);
        if (inScanned !== undefined || formattedOrigin === undefined) return inScanned;
        return fillIn(formattedBlockFills[row - formattedOrigin.row]?.[column - formattedOrigin.column]);
      };
      const plan = planHighlights({
        earlier: cellsOf(earlier),
        found: foundCells,
        mismatched: mismatchCells,
        fillOf,
      });
      // Contiguous cells share one range: a pasted table is a few blocks, not a write per cell.
      for (const { range } of blocksOf(sheet, plan.clear)) range.format.fill.clear();
      for (const { range } of blocksOf(sheet, plan.paintFound)) range.format.fill.color = FOUND_FILL;
      for (const { range } of blocksOf(sheet, plan.paintMismatched)) {
        range.format.fill.color = MISMATCH_FILL;
        // Told apart from a found cell without colour too (WCAG 1.4.1): thin diagonal hatching, which also
        // survives greyscale printing. ExcelApi 1.9, under the manifest's floor.
        range.format.fill.pattern = Excel.FillPattern.lightUp;
        range.format.fill.patternColor = MISMATCH_PATTERN;
      }
      highlighted = [...plan.paintFound, ...plan.paintMismatched];
      if (plan.kept.length > 0) {
        warnings.push(
          issueAt(
            `${quoteSheetName(sheetName)}!${plan.kept[0]}`,
            problem(
              "own-fill-kept",
              `เซลล์ที่พบ ${plan.kept.length} เซลล์มีสีพื้นที่ท่านกำหนดไว้แล้ว จึงไม่ได้ระบายสีทับ (ดูตำแหน่งได้ในตาราง)`,
              `${plan.kept.length} of the cells found already have a fill of yours, so they were not highlighted (the table gives their places)`
            )
          )
        );
      }
      queueOwnBlocks(context, names, "found", blocksOf(sheet, plan.record), earlier);
      await context.sync();
    }

    return {
      ok: true,
      warnings: [...warnings, ...result.warnings],
      value: {
        sheet: sheetName,
        scannedAddress,
        truncated,
        found: found.map((entry) => ({
          indicator: entry.indicator,
          nameTh: named.indicators.find((i) => i.number === entry.indicator)?.nameTh ?? "",
          labelCell: entry.labelCell,
          values: entry.values.map((value) => ({
            year: value.year,
            cell: value.cell,
            value: exactToNumber(value.score),
          })),
        })),
        indicators: named.indicators.map(({ number, nameTh }) => ({ number, nameTh })),
        years,
        checks: checks.map((check) => ({
          kind: check.kind,
          subject: check.subject,
          cell: check.cell,
          stated: exactToNumber(check.stated),
          computed: exactToNumber(check.computed),
          agrees: check.agrees,
        })),
        unmatched,
        mismatches,
        items,
        use: usable.use,
        highlighted,
      },
    };
  });
}
