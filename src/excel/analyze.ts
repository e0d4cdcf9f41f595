/**
 * "Use my own range" and Analyze: read the selected (or given) scores, recognise them with the core, and
 * write the output block beside them. Phases: queue every read → one sync → the core → queue every write
 * → one sync. Preview uses one sync, Analyze two, whatever the input.
 */
import {
  assessmentFromCells,
  ItemEntry,
  AssessmentResult,
  cellAddress,
  CellBlock,
  CellPosition,
  Framework,
  inputAddress,
  issueAt,
  OutputPlan,
  parseRangeReference,
  planOutput,
  problem,
  quoteSheetName,
  recognizeScores,
  RecognizedScores,
  resultJson,
  roundHalfUpToNumber,
  scoreAssessment,
  sheetCellAddress,
  Validated,
  ValidationIssue,
  weakestIndicators,
} from "../core";
import type { AnalysisOutcome, AnalyzeRequest, InputPreview } from "./actions";
import { OUTPUT_RECORD_KEY, ownBlocksOn, parseOutputRecord, withBlock } from "./output-record";
import { FrameworkSheetRead, queueFrameworkSheetRead, resolveFramework } from "./framework-sheet";
import { runExcel, supportsExcelApi } from "./run-excel";

/**
 * The window read in the first sync, from the input's top-left cell: an input is at most 11 lines × 4
 * fields and its output at most 4 more fields, so 11 × 11 cells hold both in either orientation. Reading
 * a window instead of the selection keeps a whole-column selection from pulling a million cells.
 */
const WINDOW = 11;

export interface ReadPhase {
  /** The officer's framework sheet of the year, if the workbook has one (read in the same sync). */
  readonly frameworkSheet: FrameworkSheetRead;
  readonly range: Excel.Range;
  readonly window: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly merged?: Excel.RangeAreas;
  readonly setting: Excel.Setting;
}

/** Queues every read Analyze and the preview need; nothing is read until the caller syncs. */
export function queueReads(
  context: Excel.RequestContext,
  fiscalYear: number,
  inputAddress?: string
): ReadPhase | ValidationIssue {
  let range: Excel.Range;
  if (inputAddress) {
    const reference = parseRangeReference(inputAddress);
    if (!reference || !reference.sheet) {
      return issueAt(
        inputAddress,
        problem("bad-address", "อ่านที่อยู่ช่วงเซลล์ไม่ได้", "cannot read this range address")
      );
    }
    const end = cellAddress(reference.end);
    range = context.workbook.worksheets
      .getItem(reference.sheet)
      .getRange(`${cellAddress(reference.start)}:${end}`);
  } else {
    range = context.workbook.getSelectedRange();
  }
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  // A navigation property returns a proxy that needs no load; the rule cannot tell it from a scalar.
  // eslint-disable-next-line office-addins/load-object-before-read
  const sheet = range.worksheet;
  sheet.load("name,id");
  sheet.protection.load("protected");
  const window = range.getCell(0, 0).getResizedRange(WINDOW - 1, WINDOW - 1);
  window.load("values,formulas,valueTypes");
  // Merged areas need ExcelApi 1.13; older Excel skips this check (the write would fail loudly instead).
  const merged = supportsExcelApi("1.13") ? window.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const setting = context.workbook.settings.getItemOrNullObject(OUTPUT_RECORD_KEY);
  setting.load("value");
  const frameworkSheet = queueFrameworkSheetRead(context, fiscalYear);
  return { frameworkSheet, range, window, sheet, merged, setting };
}

interface Planned {
  readonly recognized: RecognizedScores;
  readonly result: AssessmentResult;
  readonly plan: OutputPlan;
}

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * The assessment in the cells read: recognised, checked and scored, with item results when given. Used
 * by Analyze and by the report actions, which read the same block again.
 */
export function assessRead(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  items: readonly ItemEntry[] = []
): Validated<{ recognized: RecognizedScores; result: AssessmentResult }> {
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const rows = Math.min(read.range.rowCount, WINDOW);
  const columns = Math.min(read.range.columnCount, WINDOW);
  if (read.range.rowCount > WINDOW || read.range.columnCount > WINDOW) {
    return fail([
      issueAt(
        read.range.address,
        problem(
          "wrong-size",
          `ช่วงที่เลือกมี ${read.range.rowCount} แถว × ${read.range.columnCount} คอลัมน์ ใหญ่เกินกว่าคะแนน ${framework.indicators.length} ตัวชี้วัด`,
          `the selection is ${read.range.rowCount} rows × ${read.range.columnCount} columns, far more than ${framework.indicators.length} indicator scores`
        )
      ),
    ]);
  }
  const values = read.window.values.slice(0, rows).map((row, r) =>
    row.slice(0, columns).map((value, c) =>
      // An error cell reads as its text ("#N/A"); valueTypes says it is an error, not typed text.
      String(read.window.valueTypes[r]?.[c]) === "Error" ? String(value) : value
    )
  );
  const block: CellBlock = { sheet: read.sheet.name, origin, values };
  const recognized = recognizeScores(block, framework);
  if (!recognized.ok) return fail([...recognized.issues], recognized.warnings);
  const assessment = assessmentFromCells(recognized.value, agency, items, framework);
  const warnings = [...recognized.warnings, ...assessment.warnings];
  if (!assessment.ok) return fail([...assessment.issues], warnings);
  return {
    ok: true,
    value: { recognized: recognized.value, result: scoreAssessment(assessment.value) },
    warnings,
  };
}

/** Everything between the two syncs: recognise, score, plan, and check the output cells are ours to write. */
function planAnalysis(
  read: ReadPhase,
  framework: Framework,
  agency: string | undefined,
  mode: AnalyzeRequest["mode"]
): Validated<Planned> {
  const sheetName = read.sheet.name;
  if (read.sheet.protection.protected) {
    return fail([
      issueAt(
        quoteSheetName(sheetName),
        problem(
          "protected-sheet",
          "แผ่นงานนี้ถูกป้องกัน โปรดยกเลิกการป้องกันแผ่นงานก่อน ไม่ได้เขียนข้อมูลใด",
          "the sheet is protected: unprotect it first; nothing was written"
        )
      ),
    ]);
  }
  const assessed = assessRead(read, framework, agency);
  if (!assessed.ok) return assessed;
  const { recognized, result } = assessed.value;
  const origin: CellPosition = { row: read.range.rowIndex, column: read.range.columnIndex };
  const plan = planOutput(recognized, result, mode);

  const issues: ValidationIssue[] = [];
  if (read.merged && !read.merged.isNullObject) {
    issues.push(
      issueAt(
        read.merged.address,
        problem(
          "merged-cells",
          "มีเซลล์ที่ผสานไว้ในช่วงข้อมูลหรือช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน",
          "merged cells in the input or where the results go: unmerge them first"
        )
      )
    );
  }
  const ownBlocks = ownBlocksOn(
    parseOutputRecord(read.setting.isNullObject ? undefined : read.setting.value),
    read.sheet.id
  );
  const isOwn = (cell: CellPosition) =>
    ownBlocks.some(
      (range) =>
        cell.row >= range.start.row &&
        cell.row <= range.end.row &&
        cell.column >= range.start.column &&
        cell.column <= range.end.column
    );
  const occupied: string[] = [];
  for (let r = 0; r < plan.rowCount; r += 1) {
    for (let c = 0; c < plan.columnCount; c += 1) {
      const cell = { row: plan.origin.row + r, column: plan.origin.column + c };
      const formula = read.window.formulas[cell.row - origin.row]?.[cell.column - origin.column];
      if (formula !== "" && formula !== undefined && !isOwn(cell))
        occupied.push(sheetCellAddress(sheetName, cell));
    }
  }
  if (occupied.length > 0) {
    const shown = occupied.slice(0, 5).join(", ") + (occupied.length > 5 ? ` … (${occupied.length})` : "");
    issues.push(
      issueAt(
        plan.address,
        problem(
          "output-not-empty",
          `ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (${shown}) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงไม่ได้เขียนข้อมูลใด`,
          `the cells for the results are not empty (${shown}); the add-in writes only into empty cells or its own earlier output, so nothing was written`
        )
      )
    );
  }
  if (issues.length > 0) return fail(issues, assessed.warnings);
  return { ok: true, value: { recognized, result, plan }, warnings: assessed.warnings };
}

function lineAddress(recognized: RecognizedScores, cells: ReadonlyMap<number, CellPosition>): string {
  const positions = [...cells.values()];
  const rows = positions.map((cell) => cell.row);
  const columns = positions.map((cell) => cell.column);
  const start = { row: Math.min(...rows), column: Math.min(...columns) };
  const end = { row: Math.max(...rows), column: Math.max(...columns) };
  return `${quoteSheetName(recognized.sheet)}!${cellAddress(start)}:${cellAddress(end)}`;
}

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

/** Shows what Analyze would read and where it would write; writes nothing (one sync). */
export function previewSelection(fiscalYear: number): Promise<Validated<InputPreview>> {
  return runExcel(async (context) => {
    const read = queueReads(context, fiscalYear);
    if ("code" in read) return fail([read]);
    await context.sync();
    const framework = resolveFramework(read.frameworkSheet, fiscalYear);
    if (!framework.ok) return framework;
    const planned = planAnalysis(read, framework.value, undefined, "values");
    if (!planned.ok) return planned;
    return { ok: true, value: previewOf(planned.value), warnings: planned.warnings };
  });
}

/** Queues the writes of a planned output block: number formats first, so text can never become a formula. */
function queueWrites(sheet: Excel.Worksheet, plan: OutputPlan): void {
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
}

/** Analyze: read, compute with the core, write the output block and remember it (two syncs). */
export function analyze(request: AnalyzeRequest): Promise<Validated<AnalysisOutcome>> {
  return runExcel(async (context) => {
    const read = queueReads(context, request.fiscalYear, request.inputAddress);
    if ("code" in read) return fail([read]);
    await context.sync();
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

    queueWrites(read.sheet, plan);
    const record = withBlock(parseOutputRecord(read.setting.isNullObject ? undefined : read.setting.value), {
      sheetId: read.sheet.id,
      output: plan.address.slice(plan.address.lastIndexOf("!") + 1),
      input: read.range.address.slice(read.range.address.lastIndexOf("!") + 1),
      fiscalYear: result.current.fiscalYear,
    });
    context.workbook.settings.add(OUTPUT_RECORD_KEY, JSON.stringify(record));
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
      },
    };
  });
}
