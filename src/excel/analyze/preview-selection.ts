/**
 * The preview of "Use the selected range": what Analyze would read and where it would write, read and
 * planned exactly as Analyze does, with nothing written.
 */
import { inputAddress, roundHalfUpToNumber, sheetCellAddress, Validated } from "../../core";
import type { InputPreview } from "../actions";
import { resolveFramework } from "../framework-sheet";
import { runExcel } from "../run-excel";
import { fail } from "./assess-read";
import { lineAddress, Planned, planAnalysis, tableIssue } from "./plan-analysis";
import { readInput } from "./read-input";

function previewOf(planned: Planned): InputPreview {
  const { recognized, plan, result } = planned;
  const previous = recognized.previous;
  return {
    blockAddress: inputAddress(recognized),
    inputAddress: lineAddress(recognized, recognized.current.cells),
    previousAddress: previous ? lineAddress(recognized, previous.cells) : undefined,
    orientation: recognized.orientation,
    outputAddress: plan.address,
    indicators: result.indicators.map((row) => {
      const cell = recognized.current.cells.get(row.indicator.number);
      const previousCell = previous?.cells.get(row.indicator.number);
      return {
        number: row.indicator.number,
        nameTh: row.indicator.nameTh,
        cell: cell ? sheetCellAddress(recognized.sheet, cell) : "",
        value: roundHalfUpToNumber(row.score, 2),
        previousCell: previousCell ? sheetCellAddress(recognized.sheet, previousCell) : undefined,
        previous: row.previous === undefined ? undefined : roundHalfUpToNumber(row.previous, 2),
      };
    }),
  };
}

/**
 * Shows what Analyze would read and where it would write; writes nothing. One sync (more with a framework
 * sheet, or a table on the sheet).
 */
export function previewSelection(fiscalYear: number): Promise<Validated<InputPreview>> {
  return runExcel(async (context) => {
    const read = await readInput(context, fiscalYear);
    if ("code" in read) return fail([read]);
    const framework = resolveFramework(read.frameworkSheet, fiscalYear);
    if (!framework.ok) return framework;
    const planned = planAnalysis(read, framework.value, undefined, "values");
    if (!planned.ok) return planned;
    const table = await tableIssue(context, read, planned.value.plan);
    if (table) return fail([table], planned.warnings);
    return { ok: true, value: previewOf(planned.value), warnings: planned.warnings };
  });
}
