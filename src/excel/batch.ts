/**
 * "Many agencies": a table of agencies (one per row, with the header row `ita batch` accepts) analysed in
 * place. The batch core reads, scores, ranks and summarises; the add-in only reads the table, checks where
 * the results may go, and writes them in requests small enough for Excel on the web. This file runs those
 * phases in one Excel.run; each lives in `./batch/`: `read-table` (read 1 and the row blocks),
 * `table-geometry` (the table inside the rows read, problems at their cells), `output-area` (read 2 and what
 * stops the results), `result-block` (the result columns as arrays) and `write-chunks` (the chunked writes).
 *
 * Sync budget of one run (k = the number of write chunks, b = the row blocks beyond the first two):
 * - read 1: where the table is (the selection ∩ the sheet's used range, so a whole-column selection reads
 *   only the used rows) and its first {@link FIRST_BLOCK_ROWS} rows, the add-in's own blocks (hidden names),
 *   the sheet's protection, whether the workbook is read-only or its structure protected, and the hidden
 *   name of the summary sheet generated earlier;
 * - read 2: the cells where the results go (their place is known once the table's is), whether an Excel
 *   Table is there, the summary sheet that name leads to (if any), and the next block of the table's rows,
 *   as many as fit {@link READ_BUDGET_BYTES};
 * - read b: further blocks, only for a table too large for two answers (Excel on the web refuses an answer
 *   over 5 MB; the national file of 8,318 agencies takes two);
 * - write k = ceil(payload / MAX_REQUEST_BYTES): the result columns, a block of rows per request, since
 *   each sync is one request and no request may exceed the limit (the one place a sync per chunk is right);
 * - write 1: the summary sheet, through the report renderer.
 * A read-only workbook, a protected sheet or workbook, a single-cell or empty selection stop after read 1,
 * bad rows, occupied or merged output cells, a table in the way and an edited summary sheet after the last
 * read: nothing is written then.
 */
import {
  issueAt,
  layoutReportSheet,
  problem,
  roundHalfUpToNumber,
  Validated,
  ValidationIssue,
} from "../core";
import { layoutAgenciesSheet, readAgencies, summarizeBatch, summaryReportSheet } from "../core/batch";
import { ownBlocksOn } from "./output-record";
import {
  followReportAnchors,
  planReportWrites,
  queueReportWrites,
  ReportReads,
} from "./report/render-sheets";
import { protectedSheetIssue, protectedWorkbookIssue, readOnlyIssue } from "./write-guards";
import { runExcel } from "./run-excel";
import { AreaReads, outputAreaIssues, queueAreaReads } from "./batch/output-area";
import {
  answerBytes,
  FIRST_BLOCK_ROWS,
  queueRowBlock,
  queueTableRead,
  READ_BUDGET_BYTES,
  TablePlace,
} from "./batch/read-table";
import { RESULT_COLUMNS, resultBlock } from "./batch/result-block";
import { rangeAddress, rowProblems, sheetLocations, tableGeometry, tableRight } from "./batch/table-geometry";
import { chunkLines, MAX_REQUEST_BYTES, writeResultChunks } from "./batch/write-chunks";

export { chunkLines, FIRST_BLOCK_ROWS, MAX_REQUEST_BYTES, READ_BUDGET_BYTES };

export interface AnalyzeAgenciesRequest {
  /** The table, e.g. "Sheet1!A1:X501" or "Sheet1!A:X"; the selection when absent. */
  readonly tableAddress?: string;
  /** Called after each write chunk with the agencies written so far and their number. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Replace the summary sheet generated earlier even if the officer edited it since. */
  readonly replaceEdited?: boolean;
}

export interface AgenciesOutcome {
  /** Agencies analysed (rows below the header). */
  readonly agencies: number;
  /** Blank rows inside the table, left without results. */
  readonly skipped: number;
  /** The result columns with their header row, e.g. "Sheet1!Y1:AG501". */
  readonly outputAddress: string;
  /** The summary sheet's name as written. */
  readonly summarySheet: string;
  /** Share of agencies at 85 or more, a fraction rounded half-up to 4 decimals (0.8123 = 81.23 %). */
  readonly shareAtLeast85: number;
  /** The mean total of the group, rounded half-up to 2 decimals. */
  readonly meanTotal: number;
  /** The national mean of the group's year (ITA.md §7), when the group holds one year whose figure is known. */
  readonly nationalMean?: { readonly fiscalYear: number; readonly mean: number };
}

export interface AnalyzeAgenciesOptions {
  /** The request size limit to chunk under; {@link MAX_REQUEST_BYTES} unless a test wants it lower. */
  readonly maxRequestBytes?: number;
  /** The answer size to read blocks under; {@link READ_BUDGET_BYTES} unless a test wants it lower. */
  readonly readBudgetBytes?: number;
}

const fail = <T>(issues: ValidationIssue[], warnings: readonly ValidationIssue[] = []): Validated<T> => ({
  ok: false,
  issues,
  warnings,
});

/**
 * Analyses a table of agencies in place: per agency the tools, total, rating, pass, change, national and
 * province rank in nine columns right of the table, and the summary sheet "สรุปภาพรวม". Bad rows are
 * returned with their cells and nothing is written; so too when a result cell holds the officer's data,
 * the workbook is read-only, the sheet protected, or the selection a single cell or empty.
 * Syncs: 2 reads + one per write chunk (under {@link MAX_REQUEST_BYTES} each) + 1 for the summary sheet.
 *
 * @example
 * const outcome = await analyzeAgencies({ onProgress: (done, total) => setProgress(done / total) });
 * if (outcome.ok) outcome.value.outputAddress; // "Sheet1!Y1:AG8318"
 */
export function analyzeAgencies(
  request: AnalyzeAgenciesRequest,
  options: AnalyzeAgenciesOptions = {}
): Promise<Validated<AgenciesOutcome>> {
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  return runExcel(async (context) => {
    const read = queueTableRead(context, request.tableAddress);
    await context.sync();

    const sheetName = read.sheet.name;
    // A read-only workbook, a protected sheet or a workbook that takes no new sheet (the summary sheet may be
    // added) take no results: say so before anything is planned.
    const blocked =
      readOnlyIssue(sheetName, read.workbook) ??
      protectedSheetIssue(sheetName, read.sheet.protection.protected) ??
      protectedWorkbookIssue(read.structure);
    if (blocked) return fail([blocked]);
    // A table of agencies needs a header and a row at least: one cell is a click inside the table, not it.
    if (read.selection.rowCount === 1 && read.selection.columnCount === 1) {
      return fail([
        issueAt(
          read.selection.address,
          problem(
            "single-cell",
            "เลือกไว้เพียงเซลล์เดียว โปรดเลือกทั้งตารางหน่วยงานตั้งแต่แถวหัวตารางถึงหน่วยงานสุดท้าย (เช่น คลิกในตารางแล้วกด Ctrl+A) ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
            "only one cell is selected: select the whole table of agencies, from its header row to the last agency (e.g. click in the table and press Ctrl+A); nothing was written"
          )
        ),
      ]);
    }
    const noTable = () =>
      fail<AgenciesOutcome>([
        issueAt(
          read.selection.address,
          problem(
            "no-table",
            "ช่วงที่เลือกไม่มีข้อมูล โปรดเลือกตารางหน่วยงานพร้อมแถวหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
            "the selection holds no data: select the table of agencies with its header row; nothing was written"
          )
        ),
      ]);
    if (read.table.isNullObject) return noTable();
    const ownBlocks = ownBlocksOn(read.names, "output", sheetName);
    const place: TablePlace = {
      top: read.table.rowIndex,
      left: read.table.columnIndex,
      rowCount: read.table.rowCount,
      columnCount: read.table.columnCount,
    };
    const right = tableRight(place, ownBlocks);
    const outputLeft = right + 1;

    // The rows beyond the first block, each block in an answer of its own (one for the national file), and
    // where the results may go: every row of the table, and of an earlier output starting there.
    const values: unknown[][] =
      read.firstBlock.isNullObject || read.firstBlock.rowIndex !== place.top
        ? []
        : [...read.firstBlock.values];
    const bytesPerRow = values.length > 0 ? answerBytes(values) / values.length : 0;
    const earlierOutputs = ownBlocks.filter(
      ({ range: block }) =>
        block.start.column === outputLeft &&
        block.start.row >= place.top &&
        block.start.row <= place.top + place.rowCount - 1
    );
    const areaBottom = earlierOutputs.reduce(
      (bottom, { range: block }) => Math.max(bottom, block.end.row),
      place.top + place.rowCount - 1
    );
    let area: (AreaReads & { readonly summary: ReportReads }) | undefined;
    const queueSecondRead = () => ({
      ...queueAreaReads(read.sheet, place.top, areaBottom, outputLeft),
      // Followed only now that read 1 told whether its name leads to a sheet (audit B2).
      summary: followReportAnchors(read.report).reads,
    });
    const budget = options.readBudgetBytes ?? READ_BUDGET_BYTES;
    while (values.length < place.rowCount) {
      area ??= queueSecondRead();
      const { block } = queueRowBlock(read.sheet, place, values.length, bytesPerRow, budget);
      // One answer may carry no more than the limit: a sync per block of rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      values.push(...block.values);
    }

    const geometry = tableGeometry(place, right, values);
    if (!geometry) return noTable();
    const reading = readAgencies(geometry.rows);
    const warnings = sheetLocations(reading.warnings, sheetName, geometry);
    if (reading.issues.length > 0 || reading.agencies.length === 0)
      return fail(rowProblems(reading, sheetName, geometry), warnings);
    if (!area) {
      // Every row came with read 1: the place of the results is read now.
      area = queueSecondRead();
      await context.sync();
    }
    const { summary: summaryReads } = area;

    const summary = summarizeBatch(reading.agencies);
    const summaryLayout = layoutReportSheet(summaryReportSheet(summary));
    const summaryPlan = planReportWrites(summaryReads, [summaryLayout], {
      replaceEdited: request.replaceEdited === true,
    });

    // A taller earlier output at the same place is rewritten whole, so no stale row is left unrecorded.
    const earlierBottom = earlierOutputs
      .filter(({ range: block }) => block.start.row === geometry.headerRow)
      .reduce((bottom, { range: block }) => Math.max(bottom, block.end.row), geometry.lastRow);
    const lineCount = earlierBottom - geometry.headerRow + 1;
    const outputRect = {
      top: geometry.headerRow,
      left: outputLeft,
      bottom: earlierBottom,
      right: outputLeft + RESULT_COLUMNS - 1,
    };
    const outputAddress = rangeAddress(
      sheetName,
      outputRect.top,
      outputRect.left,
      outputRect.bottom,
      outputRect.right
    );
    const issues = outputAreaIssues(area, place.top, outputRect, outputAddress, sheetName, ownBlocks);
    if (!summaryPlan.ok) issues.push(...summaryPlan.issues);
    if (issues.length > 0 || !summaryPlan.ok) return fail(issues, warnings);

    const block = resultBlock(layoutAgenciesSheet(summary), reading, geometry.headerRow, lineCount);
    const total = reading.agencies.length;
    await writeResultChunks(context, {
      sheet: read.sheet,
      names: read.names,
      block,
      outputRect,
      ownBlocks,
      total,
      onProgress: request.onProgress,
      maxRequestBytes,
    });

    const summaryWarnings = queueReportWrites(context, summaryPlan.value, [summaryLayout], "arabic");
    // The renderer shows the sheet it wrote; the table's sheet stays in front so the officer can run again.
    read.sheet.activate();
    await context.sync();

    return {
      ok: true,
      warnings: [...warnings, ...summaryPlan.warnings, ...summaryWarnings],
      value: {
        agencies: total,
        skipped: geometry.skipped,
        outputAddress,
        summarySheet: summaryPlan.value.sheets[0]?.name ?? summaryLayout.name,
        shareAtLeast85: roundHalfUpToNumber(summary.passingShare, 4),
        meanTotal: roundHalfUpToNumber(summary.meanTotal, 2),
        ...(summary.national
          ? { nationalMean: { fiscalYear: summary.national.fiscalYear, mean: summary.national.figures.mean } }
          : {}),
      },
    };
  });
}
