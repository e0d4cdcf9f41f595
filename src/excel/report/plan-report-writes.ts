/**
 * The report's plan: where each layout goes (a new sheet, or the add-in's earlier sheet cleared and
 * rewritten), under which name, and the record to store. Pure: it reads only proxies the read syncs loaded,
 * and refuses, with issues, an edited or protected generated sheet.
 */
import { issueAt, problem, quoteSheetName, Validated, ValidationIssue } from "../../core";
import { SheetLayout } from "../../core/report/layout";
import { protectedWorkbookIssue } from "../write-guards";
import {
  GeneratedSheetRecord,
  GeneratedSheets,
  layoutFingerprint,
  parseGeneratedSheets,
  valuesFingerprint,
} from "./generated-sheets";
import { ReportReads } from "./report-anchors";

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** Where one layout goes: a new sheet, or the add-in's earlier sheet, cleared and rewritten. */
export type SheetTarget =
  | { readonly kind: "new"; readonly staleAnchor: boolean }
  | {
      readonly kind: "replace";
      readonly sheetId: string;
      readonly currentName: string;
      readonly chartNames: readonly string[];
    };

export interface SheetWrite {
  readonly layoutId: string;
  /** The sheet's name once written: the layout's name, or a free variant when a user sheet holds it. */
  readonly name: string;
  readonly target: SheetTarget;
}

export interface ReportWritePlan {
  /** One per layout, in the layouts' order. */
  readonly sheets: readonly SheetWrite[];
  /** Replaced sheets whose names change go through these first, so two renames can never collide. */
  readonly temporaryNames: ReadonlyMap<string, string>;
  /** The record to store: these layouts' entries, and any other layout's entries as they were. */
  readonly record: GeneratedSheets;
}

const fail = <T>(issues: ValidationIssue[]): Validated<T> => ({ ok: false, issues, warnings: [] });

/**
 * "ผลการวิเคราะห์ ITA", or the first "ผลการวิเคราะห์ ITA (n)" not taken (names compare case-insensitively),
 * shortening the base so the name stays within Excel's 31 characters.
 */
export function freeReportSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function editedIssue(sheetName: string): ValidationIssue {
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "generated-sheet-edited",
      `แผ่นงาน "${sheetName}" ที่ส่วนเสริมสร้างไว้ถูกแก้ไขหลังจากสร้าง ระบบจะเขียนทับแผ่นงานนี้เมื่อท่านยืนยันเท่านั้น จึงยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the sheet "${sheetName}" that the add-in generated was edited since; it will be replaced only if you confirm, so nothing was written`
    )
  );
}

function protectedIssue(sheetName: string): ValidationIssue {
  return issueAt(
    quoteSheetName(sheetName),
    problem(
      "protected-sheet",
      `แผ่นงาน "${sheetName}" ถูกป้องกัน โปรดยกเลิกการป้องกันก่อนสร้างรายงานใหม่ ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
      `the sheet "${sheetName}" is protected: unprotect it before generating the report again; nothing was written`
    )
  );
}

/** Options of {@link planReportWrites}. */
export interface ReportPlanOptions {
  /** Replace a generated sheet even if the officer edited it. */
  readonly replaceEdited: boolean;
  /**
   * The workbook's structure protection, loaded. When protected, no sheet can be added or renamed: earlier
   * sheets keep the names they have now, and a layout that needs a new sheet is refused.
   */
  readonly structure?: Excel.WorkbookProtection;
}

/**
 * Decides, after the read syncs, where each layout goes. Pure: reads only loaded proxies. A generated sheet
 * whose values no longer match what was written (or whose record is missing) counts as edited: without
 * `replaceEdited`, that is an issue and nothing is to be written.
 *
 * @throws RangeError when two layouts share an id, or a layout's name was not read (programming errors,
 * not data problems).
 */
export function planReportWrites(
  reads: ReportReads,
  layouts: readonly SheetLayout[],
  options: ReportPlanOptions
): Validated<ReportWritePlan> {
  const ids = new Set(layouts.map((layout) => layout.id));
  if (ids.size !== layouts.length) throw new RangeError("planReportWrites: two layouts share an id");
  const unread = layouts.find((layout) => !reads.generated.has(layout.id));
  if (unread) throw new RangeError(`planReportWrites: the name of layout "${unread.id}" was not read`);
  const record = parseGeneratedSheets(reads.setting.isNullObject ? undefined : reads.setting.value);
  const recorded = new Map(record.sheets.map((entry) => [entry.layoutId, entry]));

  const issues: ValidationIssue[] = [];
  const targets = new Map<string, SheetTarget>();
  const claimed = new Set<string>();
  for (const layout of layouts) {
    const read = reads.generated.get(layout.id);
    const followed = read?.followed;
    if (!read || !followed || claimed.has(followed.sheet.id)) {
      targets.set(layout.id, { kind: "new", staleAnchor: read !== undefined && !read.anchor.isNullObject });
      continue;
    }
    const { sheet, used, charts } = followed;
    claimed.add(sheet.id);
    const current = valuesFingerprint(used.isNullObject ? undefined : used);
    if (sheet.protection.protected) issues.push(protectedIssue(sheet.name));
    else if (current !== recorded.get(layout.id)?.fingerprint && !options.replaceEdited)
      issues.push(editedIssue(sheet.name));
    targets.set(layout.id, {
      kind: "replace",
      sheetId: sheet.id,
      currentName: sheet.name,
      chartNames: charts.items.map((chart) => chart.name),
    });
  }
  const structureBlock = options.structure && protectedWorkbookIssue(options.structure);
  const structureProtected = structureBlock !== undefined;
  if (structureBlock && [...targets.values()].some((target) => target.kind === "new"))
    issues.push(structureBlock);
  if (issues.length > 0) return fail(issues);

  const taken = new Set(
    reads.worksheets.items.filter((sheet) => !claimed.has(sheet.id)).map((sheet) => sheet.name.toLowerCase())
  );
  const sheets: SheetWrite[] = layouts.map((layout) => {
    const target = targets.get(layout.id) ?? { kind: "new", staleAnchor: false };
    const name =
      structureProtected && target.kind === "replace"
        ? target.currentName
        : freeReportSheetName(layout.name, taken);
    taken.add(name.toLowerCase());
    return { layoutId: layout.id, name, target };
  });

  const allNames = new Set([
    ...reads.worksheets.items.map((sheet) => sheet.name.toLowerCase()),
    ...sheets.map((sheet) => sheet.name.toLowerCase()),
  ]);
  const temporaryNames = new Map<string, string>();
  for (const sheet of sheets) {
    if (sheet.target.kind !== "replace" || sheet.target.currentName === sheet.name) continue;
    const temporary = freeReportSheetName(`ITA ${sheet.layoutId}`.slice(0, 20), allNames);
    allNames.add(temporary.toLowerCase());
    temporaryNames.set(sheet.target.sheetId, temporary);
  }

  const fingerprints = new Map(layouts.map((layout) => [layout.id, layoutFingerprint(layout)]));
  const entryFor = (sheet: SheetWrite): GeneratedSheetRecord => ({
    layoutId: sheet.layoutId,
    name: sheet.name,
    fingerprint: fingerprints.get(sheet.layoutId) ?? "",
  });
  const written = new Map(sheets.map((sheet) => [sheet.layoutId, entryFor(sheet)]));
  const entries = [
    ...record.sheets.map((entry) => written.get(entry.layoutId) ?? entry),
    ...sheets.filter((sheet) => !recorded.has(sheet.layoutId)).map(entryFor),
  ];
  return {
    ok: true,
    value: { sheets, temporaryNames, record: { version: 1, sheets: entries } },
    warnings: [],
  };
}
