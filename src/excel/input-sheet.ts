/**
 * "Insert input sheet": a new, well-formed sheet for typing a year's scores (Thai headers, the ten
 * indicators with tool and name, this year's and last year's columns, item scores, data validation and
 * named ranges). Never overwrites: a taken name gets " (2)", " (3)"… Two syncs: read names, write all (three
 * when the workbook has a framework sheet of the year, which is read in between).
 */
import {
  cellAddress,
  exactToNumber,
  Framework,
  frameworkFor,
  issueAt,
  oitItemsOf,
  printedItemCode,
  parseItemCode,
  problem,
  quoteSheetName,
  readItemEntries,
  TEXT_FORMAT,
  SCORE_FORMAT,
  Validated,
  ValidationIssue,
} from "../core";
import type { InputSheetPrefill, InputSheetRequest, InsertedInputSheet } from "./actions";
import { queueFrameworkName, resolveFrameworkName } from "./framework-sheet";
import { freeName, freeSheetName } from "./free-names";
import { runExcel } from "./run-excel";
import {
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "./write-guards";

/** The sheet's layout, fixed so Analyze and later issues can find their way around it. */
export const INPUT_SHEET_LAYOUT = {
  headerRow: 3, // 0-based: row 4
  firstIndicatorRow: 4, // row 5
  itemsTitleRow: 15, // row 16
  itemsHeaderRow: 16, // row 17
  firstItemRow: 17, // row 18
  columns: 7, // A:G: number, tool, name, this year, last year, two older years
} as const;

type Row = (string | number)[];

/** The rows of the sheet as text and numbers (no formulas: nothing here is user text turned formula). */
export function inputSheetRows(
  fiscalYear: number,
  agency: string | undefined,
  framework: Framework | undefined = frameworkFor(fiscalYear)
): { rows: Row[]; itemKinds: ("score" | "pass")[] } {
  if (!framework) throw new RangeError(`inputSheetRows: no framework for ${fiscalYear}`);
  const pad = (row: Row): Row => [
    ...row,
    ...Array.from({ length: INPUT_SHEET_LAYOUT.columns - row.length }, () => ""),
  ];
  const rows: Row[] = [
    [`แบบกรอกคะแนน ITA ปีงบประมาณ ${fiscalYear}`],
    ["หน่วยงาน", agency ?? ""],
    ["กรอกคะแนนที่ได้รับจาก ป.ป.ช. (0–100) ในคอลัมน์ D คะแนนปีก่อนในคอลัมน์ E และปีก่อนหน้านั้นในคอลัมน์ F–G (ถ้ามี)"],
    ["ตัวชี้วัดที่", "เครื่องมือ", "ตัวชี้วัด", ...[0, 1, 2, 3].map((back) => `คะแนนปี ${fiscalYear - back}`)],
    ...framework.indicators.map((indicator): Row => [indicator.number, indicator.tool, indicator.nameTh]),
    [],
    ["คะแนนรายข้อ (ไม่บังคับ ใช้วิเคราะห์จุดอ่อนรายข้อ)"],
    ["รหัสข้อ", "เครื่องมือ", "ตัวชี้วัด / ตัวชี้วัดย่อย", "คะแนน หรือ ผ่าน/ไม่ผ่าน"],
  ];
  const itemKinds: ("score" | "pass")[] = [];
  for (const group of framework.perceptionItems?.groups ?? []) {
    const indicator = framework.indicators.find((candidate) => candidate.number === group.indicator);
    for (const code of group.codes) {
      rows.push([code, indicator?.tool ?? "", `${group.indicator} ${indicator?.nameTh ?? ""}`]);
      itemKinds.push("score");
    }
  }
  // OIT items, grouped or not (ITA.md §7: the 2569 list has no published sub-indicators), with their
  // codes as the NACC prints them that year (O25 from 2568).
  for (const item of oitItemsOf(framework)) {
    const indicator = framework.indicators.find((candidate) => candidate.number === item.indicator);
    const place = item.subIndicator
      ? `${item.subIndicator.id} ${item.subIndicator.nameTh}`
      : indicator
        ? `${indicator.number} ${indicator.nameTh}`
        : "OIT";
    rows.push([
      printedItemCode(framework, item.code),
      "OIT",
      item.nameTh ? `${place}: ${item.nameTh}` : place,
    ]);
    itemKinds.push("pass");
  }
  if (itemKinds.length === 0) {
    rows.push(["ยังไม่มีรายการข้อคำถามของปีนี้ กรอกเฉพาะคะแนนรายตัวชี้วัด"]);
  }
  return { rows: rows.map(pad), itemKinds };
}

/**
 * The rows with the scores "Find scores" found filled in: each indicator's score in its year's column
 * (this year and the three before it), each item's result beside its code, and the instruction line
 * saying where they came from. Item results are read by the core's rules first, so a value the input
 * sheet would refuse is refused here, with the cell it was found in, before anything is written.
 */
export function prefilledRows(
  rows: readonly Row[],
  framework: Framework,
  prefill: InputSheetPrefill
): Validated<Row[]> {
  const layout = INPUT_SHEET_LAYOUT;
  const filled = rows.map((row) => [...row]);
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const items = readItemEntries(prefill.items, framework, issues);
  if (issues.length > 0) return { ok: false, issues, warnings };
  const yearColumns = layout.columns - 3;
  const dropped = new Set<number>();
  for (const { indicator, year, value } of prefill.scores) {
    const back = framework.fiscalYear - year;
    const index = framework.indicators.findIndex((candidate) => candidate.number === indicator);
    const row = filled[layout.firstIndicatorRow + index];
    if (back < 0 || back >= yearColumns || index < 0 || row === undefined) {
      dropped.add(year);
      continue;
    }
    row[3 + back] = value;
  }
  for (const year of [...dropped].sort()) {
    warnings.push(
      issueAt(
        prefill.source,
        problem(
          "year-not-copied",
          `ไม่ได้นำคะแนนปี ${year} มาใส่ เพราะแผ่นงานกรอกคะแนนปี ${framework.fiscalYear} มีคอลัมน์สำหรับปี ${framework.fiscalYear - yearColumns + 1}–${framework.fiscalYear} เท่านั้น`,
          `the scores of ${year} were not copied: the ${framework.fiscalYear} input sheet has columns for ${framework.fiscalYear - yearColumns + 1}–${framework.fiscalYear} only`
        )
      )
    );
  }
  for (const row of filled.slice(layout.firstItemRow)) {
    const code = parseItemCode(row[0]);
    if (!code.ok) continue;
    const score = items.perception.get(code.value);
    const passed = items.oit.get(code.value);
    if (score !== undefined) row[3] = exactToNumber(score);
    else if (passed !== undefined) row[3] = passed ? "ผ่าน" : "ไม่ผ่าน";
  }
  filled[2] = [
    `คะแนนในแผ่นงานนี้คัดลอกจาก ${prefill.source} โดยการค้นหาคะแนนอัตโนมัติ โปรดตรวจทานกับต้นฉบับก่อนวิเคราะห์`,
    ...Array.from({ length: layout.columns - 1 }, () => ""),
  ];
  return { ok: true, value: filled, warnings };
}

/**
 * Inserts the input sheet of a fiscal year, empty or filled with scores found on a sheet. Refused when the
 * workbook is open read-only or its structure is protected.
 */
export function insertInputSheet(request: InputSheetRequest): Promise<Validated<InsertedInputSheet>> {
  return runExcel(async (context) => {
    // The framework sheet of the year, when the officer has one: it may be a year the add-in does not know
    // (2570) or correct the built-in one.
    const frameworkName = queueFrameworkName(context, request.fiscalYear);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name");
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();
    const blocked = readOnlyIssue(undefined, workbook) ?? protectedWorkbookIssue(structure);
    if (blocked) return { ok: false, issues: [blocked], warnings: [] };
    const resolved = await resolveFrameworkName(context, frameworkName);
    if (!resolved.ok) return resolved;
    const framework = resolved.value;

    const sheetName = freeSheetName(
      `ITA ${request.fiscalYear}`,
      sheets.items.map((sheet) => sheet.name)
    );
    const takenNames = names.items.map((item) => item.name);
    const form = inputSheetRows(request.fiscalYear, request.agency, framework);
    const { itemKinds } = form;
    let rows = form.rows;
    const warnings: ValidationIssue[] = [];
    if (request.prefill) {
      const prefilled = prefilledRows(rows, framework, request.prefill);
      if (!prefilled.ok) return prefilled;
      rows = prefilled.value;
      warnings.push(...prefilled.warnings);
    }
    const layout = INPUT_SHEET_LAYOUT;
    const sheet = sheets.add(sheetName);
    const all = sheet.getRangeByIndexes(0, 0, rows.length, layout.columns);
    // Everything is text except the score columns: the agency name and labels can never become formulas.
    all.numberFormat = rows.map((row, r) =>
      row.map((_, c) => (c >= 3 && r >= layout.firstIndicatorRow ? SCORE_FORMAT : TEXT_FORMAT))
    );
    all.values = rows;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 16;
    for (const headerRow of [layout.headerRow, layout.itemsHeaderRow]) {
      const header = sheet.getRangeByIndexes(headerRow, 0, 1, layout.columns);
      header.format.font.bold = true;
      header.format.fill.color = "#DCE6F2";
    }
    sheet.getRangeByIndexes(layout.itemsTitleRow, 0, 1, 1).format.font.bold = true;
    const count = framework.indicators.length;
    const scores = sheet.getRangeByIndexes(layout.firstIndicatorRow, 3, count, 1);
    const previous = sheet.getRangeByIndexes(layout.firstIndicatorRow, 4, count, 1);
    const yearColumns = layout.columns - 3;
    sheet.getRangeByIndexes(layout.firstIndicatorRow, 3, count, yearColumns).format.fill.color = "#FFF2CC";

    const scoreRule = { decimal: { formula1: 0, formula2: 100, operator: "Between" as const } };
    sheet.getRangeByIndexes(layout.firstIndicatorRow, 3, count, yearColumns).dataValidation.rule = scoreRule;
    itemKinds.forEach((kind, i) => {
      const cell = sheet.getRangeByIndexes(layout.firstItemRow + i, 3, 1, 1);
      cell.dataValidation.rule =
        kind === "score" ? scoreRule : { list: { inCellDropDown: true, source: "ผ่าน,ไม่ผ่าน" } };
    });

    const items =
      itemKinds.length > 0 ? sheet.getRangeByIndexes(layout.firstItemRow, 3, itemKinds.length, 1) : undefined;
    const scoresName = freeName(`ITA_Scores_${request.fiscalYear}`, takenNames);
    const previousName = freeName(`ITA_Previous_${request.fiscalYear}`, takenNames);
    context.workbook.names.add(scoresName, scores, `คะแนนปี ${request.fiscalYear}`);
    context.workbook.names.add(previousName, previous, `คะแนนปี ${request.fiscalYear - 1}`);
    if (items)
      context.workbook.names.add(
        freeName(`ITA_Items_${request.fiscalYear}`, takenNames),
        items,
        "คะแนนรายข้อ"
      );
    sheet.getRange("A:A").format.columnWidth = 60;
    sheet.getRange("B:B").format.columnWidth = 60;
    sheet.getRange("C:C").format.columnWidth = 260;
    sheet.getRange("D:G").format.columnWidth = 90;
    sheet.freezePanes.freezeRows(layout.headerRow + 1);
    sheet.activate();
    scores.getCell(0, 0).select();
    await context.sync();

    const quoted = quoteSheetName(sheetName);
    const first = layout.firstIndicatorRow;
    const last = first + count - 1;
    return {
      ok: true,
      warnings,
      value: {
        sheetName,
        scoresAddress: `${quoted}!${cellAddress({ row: first, column: 3 })}:${cellAddress({ row: last, column: 3 })}`,
        previousAddress: `${quoted}!${cellAddress({ row: first, column: 4 })}:${cellAddress({ row: last, column: 4 })}`,
        analysisAddress: `${quoted}!${cellAddress({ row: layout.headerRow, column: 2 })}:${cellAddress({ row: last, column: layout.columns - 1 })}`,
        itemsAddress:
          itemKinds.length > 0
            ? `${quoted}!${cellAddress({ row: layout.firstItemRow, column: 0 })}:${cellAddress({ row: layout.firstItemRow + itemKinds.length - 1, column: 3 })}`
            : undefined,
      },
    };
  });
}
