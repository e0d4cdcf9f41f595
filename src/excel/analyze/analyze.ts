/**
 * Analyze: read the selected (or given) scores, recognise and score them with the core, and write the output
 * block beside them. Phases: queue every read → sync → the core → queue every write → one sync. Syncs: 2
 * from the selection and 3 from an address (the sheet it names is looked up in a sync of its own first); one
 * more when the workbook has a framework sheet of the year, and one more when the sheet has an Excel Table
 * (to see where it is).
 */
import {
  frameworkNotes,
  issueAt,
  OutputPlan,
  parseRangeReference,
  problem,
  resultJson,
  roundHalfUpToNumber,
  Validated,
  weakestIndicators,
} from "../../core";
import type { AnalysisOutcome, AnalyzeRequest } from "../actions";
import { ownBlocksOn, overlaps, queueOwnBlocks } from "../output-record";
import { resolveFramework } from "../framework-sheet";
import { runExcel } from "../run-excel";
import { fail } from "./assess-read";
import { lineAddress, planAnalysis, tableIssue } from "./plan-analysis";
import { readInput } from "./read-input";

/** Queues the writes of a planned output block: number formats first, so text can never become a formula. */
function queueWrites(sheet: Excel.Worksheet, plan: OutputPlan): Excel.Range {
  const target = sheet.getRangeByIndexes(
    plan.origin.row,
    plan.origin.column,
    plan.rowCount,
    plan.columnCount
  );
  target.numberFormat = plan.cells.map((row) => row.map((cell) => cell.numberFormat));
  target.formulas = plan.cells.map((row) =>
    row.map((cell) => (cell.formula ? `=${cell.formula}` : cell.value))
  );
  target.format.font.bold = false;
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.style === "header") {
        const headerCell = target.getCell(r, c);
        headerCell.format.font.bold = true;
        headerCell.format.fill.color = "#DCE6F2";
      }
    })
  );
  // No autofit: column widths belong to the officer's layout, and the columns hold their other cells too.
  return target;
}

/**
 * Analyze: read, compute with the core, write the output block and record it as the add-in's own (a
 * hidden name). Syncs: see the top of this file.
 */
export function analyze(request: AnalyzeRequest): Promise<Validated<AnalysisOutcome>> {
  return runExcel(async (context) => {
    const read = await readInput(context, request.fiscalYear, request.inputAddress);
    if ("code" in read) return fail([read]);
    const resolved = resolveFramework(read.frameworkSheet, request.fiscalYear);
    if (!resolved.ok) return resolved;
    const framework = resolved.value;

    const wantsFormulas = request.mode === "formulas";
    const first = planAnalysis(read, framework, request.agency, request.mode);
    if (!first.ok) return first;
    // Formulas cannot compute with text such as "๘๕.๐๘": write values and say so, rather than formulas
    // that would show #N/A until the officer retypes the cells.
    const hasText = [
      ...first.value.recognized.current.raw.values(),
      ...(first.value.recognized.previous?.raw.values() ?? []),
    ].some((value) => typeof value !== "number");
    const mode = wantsFormulas && hasText ? "values" : request.mode;
    const planned = mode === request.mode ? first : planAnalysis(read, framework, request.agency, mode);
    if (!planned.ok) return planned;
    const { plan, result, recognized } = planned.value;
    const table = await tableIssue(context, read, plan);
    if (table) return fail([table], planned.warnings);

    const target = queueWrites(read.sheet, plan);
    const output = parseRangeReference(plan.address);
    const replaced = ownBlocksOn(read.names, "output", read.sheet.name).filter(
      (block) => output !== undefined && overlaps(block.range, output)
    );
    if (output) queueOwnBlocks(context, read.names, "output", [{ range: target, cells: output }], replaced);
    await context.sync();

    const warnings = [...planned.warnings];
    if (wantsFormulas && mode === "values") {
      warnings.push(
        issueAt(
          lineAddress(recognized, recognized.current.cells),
          problem(
            "formulas-need-numbers",
            "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
            "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
          )
        )
      );
    }
    const json = resultJson(result);
    return {
      ok: true,
      warnings,
      value: {
        outputAddress: plan.address,
        mode,
        result: json,
        weakest: weakestIndicators(result).map((row) => ({
          number: row.indicator.number,
          nameTh: row.indicator.nameTh,
          tool: row.indicator.tool,
          score: roundHalfUpToNumber(row.score, 2),
        })),
        framework: frameworkNotes(framework),
      },
    };
  });
}
