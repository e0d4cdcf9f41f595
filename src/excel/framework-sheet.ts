/**
 * "Insert framework sheet": the framework of a fiscal year as a sheet the officer can correct, and the read
 * that lets Analyze and the report use the corrected framework (the custom functions keep the built-in ones).
 *
 * The sheet is found through a workbook name, `ITA_Framework_2568`, that refers to its A1: Excel keeps a
 * name pointing at its sheet through renames and moves. The name is read in the caller's first sync and
 * followed in the next one, only when it exists ({@link queueFrameworkName}, {@link followFrameworkName}).
 */
import {
  Framework,
  frameworkFor,
  issueAt,
  problem,
  quoteSheetName,
  relabelFramework,
  SUPPORTED_FISCAL_YEARS,
  Validated,
  ValidationIssue,
} from "../core";
import {
  FRAMEWORK_SHEET_COLUMNS,
  FrameworkCellKind,
  frameworkFromRows,
  frameworkSheetLayout,
} from "../core/frameworks/framework-sheet";
import { freeSheetName } from "./free-names";
import { existingSheetIssue, followRecordedSheet, queueRecordedSheet } from "./settings-sheet";
import { runExcel } from "./run-excel";
import {
  protectedWorkbookIssue,
  queueReadOnlyRead,
  queueStructureProtectionRead,
  readOnlyIssue,
} from "./write-guards";

const NUMBER_FORMATS: Readonly<Record<FrameworkCellKind, string>> = {
  text: "@",
  number: "General",
  band: "0.00",
};

/** The workbook name that leads to the framework sheet of a year. */
export function frameworkSheetNameFor(fiscalYear: number): string {
  return `ITA_Framework_${fiscalYear}`;
}

/**
 * The framework a new sheet starts from: the built-in one, or for a year the add-in does not know (2570)
 * the latest earlier one relabelled as the new year (the same as `ita framework 2569 --as 2570`), with a
 * warning.
 */
function startingFramework(fiscalYear: number): { framework: Framework; warnings: ValidationIssue[] } {
  const builtIn = frameworkFor(fiscalYear);
  if (builtIn) return { framework: builtIn, warnings: [] };
  const earlier = SUPPORTED_FISCAL_YEARS.filter((year) => year < fiscalYear);
  const baseYear = earlier.length > 0 ? Math.max(...earlier) : Math.min(...SUPPORTED_FISCAL_YEARS);
  const base = frameworkFor(baseYear);
  if (!base) throw new RangeError(`startingFramework: no built-in framework for ${baseYear}`);
  const framework = relabelFramework(base, fiscalYear);
  const warning = issueAt(
    "ปีงบประมาณ / fiscal year",
    problem(
      "framework-from-earlier-year",
      `ยังไม่มีกรอบการประเมินในตัวของปี ${fiscalYear} แผ่นงานนี้เริ่มจากกรอบปี ${baseYear} โปรดแก้ไขให้ตรงกับที่ ป.ป.ช. ประกาศ`,
      `no built-in framework for ${fiscalYear}: the sheet starts from ${baseYear}'s; correct it to what the NACC publishes`
    )
  );
  return { framework, warnings: [warning] };
}

/**
 * Inserts the framework of a fiscal year as a new sheet "กรอบ ITA 2568" (or " (2)"… when the name is taken)
 * and names it for Analyze (two syncs). Refused when the workbook already has a framework sheet for the
 * year (the officer edits that one), is open read-only, or its structure is protected.
 */
export function insertFrameworkSheet(fiscalYear: number): Promise<Validated<{ sheetName: string }>> {
  return runExcel(async (context) => {
    const { framework, warnings } = startingFramework(fiscalYear);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const recorded = queueRecordedSheet(context, frameworkSheetNameFor(fiscalYear));
    const workbook = queueReadOnlyRead(context);
    const structure = queueStructureProtectionRead(context);
    await context.sync();

    const blocked = readOnlyIssue(undefined, workbook) ?? protectedWorkbookIssue(structure);
    if (blocked) return { ok: false, warnings: [], issues: [blocked] };
    const exists = existingSheetIssue(recorded, "framework-sheet-exists", {
      th: `แผ่นงานกรอบการประเมินปี ${fiscalYear}`,
      en: `the framework sheet of ${fiscalYear}`,
    });
    if (exists) return { ok: false, warnings: [], issues: [exists] };

    const sheetName = freeSheetName(
      `กรอบ ITA ${fiscalYear}`,
      sheets.items.map((sheet) => sheet.name)
    );
    const layout = frameworkSheetLayout(framework);
    const sheet = sheets.add(sheetName);
    const all = sheet.getRangeByIndexes(0, 0, layout.rows.length, FRAMEWORK_SHEET_COLUMNS);
    all.numberFormat = layout.kinds.map((row) => row.map((kind) => NUMBER_FORMATS[kind]));
    all.values = layout.rows;
    for (const row of layout.titleRows) {
      sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
    }
    sheet.getRange("A1").format.font.size = 14;
    for (const row of layout.headerRows) {
      const header = sheet.getRangeByIndexes(row, 0, 1, FRAMEWORK_SHEET_COLUMNS);
      header.format.font.bold = true;
      header.format.fill.color = "#DCE6F2";
    }
    sheet.getRange("A:A").format.columnWidth = 150;
    sheet.getRange("B:B").format.columnWidth = 230;
    sheet.getRange("C:C").format.columnWidth = 170;
    sheet.getRange("D:D").format.columnWidth = 110;
    sheet.getRange("E:E").format.columnWidth = 260;
    sheet.getRange("F:F").format.columnWidth = 120;
    context.workbook.names.add(
      frameworkSheetNameFor(fiscalYear),
      sheet.getRange("A1"),
      `กรอบการประเมิน ITA ปี ${fiscalYear} (ส่วนเสริม ITA ใช้แผ่นงานนี้)`
    );
    sheet.activate();
    await context.sync();
    return { ok: true, value: { sheetName }, warnings };
  });
}

/** The framework sheet's cells, queued for the caller's sync; no sheet when the workbook has none. */
export interface FrameworkSheetRead {
  readonly fiscalYear: number;
  readonly name: Excel.NamedItem;
  readonly sheet?: Excel.Worksheet;
  readonly used?: Excel.Range;
}

/** The workbook name of a year's framework sheet, queued for the caller's first sync. */
export interface FrameworkName {
  readonly fiscalYear: number;
  readonly name: Excel.NamedItem;
}

/** Queues the read of the name that leads to the framework sheet of a year (a null object when none). */
export function queueFrameworkName(context: Excel.RequestContext, fiscalYear: number): FrameworkName {
  return { fiscalYear, name: queueRecordedSheet(context, frameworkSheetNameFor(fiscalYear)) };
}

/**
 * After the sync that read the name: queues the read of the framework sheet when the workbook has one
 * (`pending`: the caller must sync again before {@link resolveFramework}); nothing is queued, and no sync
 * is needed, when it has none.
 */
export function followFrameworkName(located: FrameworkName): {
  readonly read: FrameworkSheetRead;
  readonly pending: boolean;
} {
  const followed = followRecordedSheet(located.name);
  return { read: { ...located, ...followed }, pending: followed !== undefined };
}

/**
 * The framework of the year once the name is read: one more sync only when the workbook has a framework
 * sheet. Pair with {@link queueFrameworkName}.
 */
export async function resolveFrameworkName(
  context: Excel.RequestContext,
  located: FrameworkName
): Promise<Validated<Framework>> {
  const { read, pending } = followFrameworkName(located);
  if (pending) await context.sync();
  return resolveFramework(read, located.fiscalYear);
}

/**
 * The framework of the sheet read, after the caller's sync: `undefined` when the workbook has no framework
 * sheet for the year (use the built-in one); the framework (also for a year the add-in does not know, such
 * as 2569); or every problem with its cell.
 */
export function frameworkFromRead(read: FrameworkSheetRead): Validated<Framework | undefined> {
  if (!read.sheet || !read.used) return { ok: true, value: undefined, warnings: [] };
  const sheetName = read.sheet.name;
  if (read.used.isNullObject) {
    return {
      ok: false,
      warnings: [],
      issues: [
        issueAt(
          quoteSheetName(sheetName),
          problem(
            "framework-sheet-empty",
            `แผ่นงานกรอบการประเมินปี ${read.fiscalYear} ว่างเปล่า`,
            `the framework sheet of ${read.fiscalYear} is empty`
          )
        ),
      ],
    };
  }
  const outcome = frameworkFromRows(sheetName, read.used.values, {
    row: read.used.rowIndex,
    column: read.used.columnIndex,
  });
  if (!outcome.ok || outcome.value.fiscalYear === read.fiscalYear) return outcome;
  return {
    ok: false,
    warnings: outcome.warnings,
    issues: [
      issueAt(
        quoteSheetName(sheetName),
        problem(
          "framework-sheet-year",
          `แผ่นงานนี้เป็นกรอบของปี ${outcome.value.fiscalYear} ไม่ใช่ปี ${read.fiscalYear}`,
          `this sheet holds the framework of ${outcome.value.fiscalYear}, not ${read.fiscalYear}`
        )
      ),
    ],
  };
}

/**
 * Reads the framework sheet of a year on its own, e.g. for the pane to say which is in use: one sync, two
 * when the workbook has the sheet.
 */
export function readFrameworkSheet(fiscalYear: number): Promise<Validated<Framework | undefined>> {
  return runExcel(async (context) => {
    const located = queueFrameworkName(context, fiscalYear);
    await context.sync();
    const { read, pending } = followFrameworkName(located);
    if (pending) await context.sync();
    return frameworkFromRead(read);
  });
}

/**
 * The framework to use once the reads are in: the officer's framework sheet of the year when the workbook
 * has one (it may correct the built-in one, or be a year the add-in does not know, such as 2569), else the
 * built-in framework; or the problems of an edited sheet, each at its cell.
 */
export function resolveFramework(read: FrameworkSheetRead, fiscalYear: number): Validated<Framework> {
  const fromSheet = frameworkFromRead(read);
  if (!fromSheet.ok) return fromSheet;
  const framework = fromSheet.value ?? frameworkFor(fiscalYear);
  if (framework) return { ok: true, value: framework, warnings: fromSheet.warnings };
  return { ok: false, warnings: [], issues: [unsupportedYearIssue(fiscalYear)] };
}

/** The pane's fiscal year has no framework (built in, or on a framework sheet): say how to make one. */
export function unsupportedYearIssue(fiscalYear: number): ValidationIssue {
  return issueAt(
    "ปีงบประมาณ / fiscal year",
    problem(
      "unsupported-year",
      `ยังไม่มีกรอบการประเมินของปี ${fiscalYear} แทรกแผ่นงานกรอบ ITA ${fiscalYear} (ปุ่มใต้ช่องปีงบประมาณ) ตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วลองอีกครั้ง`,
      `no ITA framework for ${fiscalYear}: insert the framework sheet ITA ${fiscalYear} (the button under the fiscal year), correct it to what the NACC publishes, and try again`
    )
  );
}
