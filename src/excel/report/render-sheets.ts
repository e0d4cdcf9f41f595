/**
 * Renders report sheet layouts into the live workbook, in the house phases: {@link queueReportAnchors} (no
 * sync) → the caller syncs → {@link followReportAnchors} (no sync) → the caller syncs, when anything was
 * queued → {@link planReportWrites} (pure) → {@link queueReportWrites} (no sync) → the caller syncs. Sheets the add-in generated are cleared and rewritten in place (so their id, position and any
 * formula that points at them survive); a sheet the add-in did not generate is never deleted, renamed or
 * written.
 */
import { issueAt, problem, quoteSheetName, TEXT_FORMAT, Validated, ValidationIssue } from "../../core";
import {
  CellStyle,
  ChartPlacement,
  Digits,
  Merge,
  numberFormatFor,
  PageSetup,
  SheetLayout,
} from "../../core/report/layout";
import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../../core/report/header-footer";
import { supportsExcelApi } from "../run-excel";
import { protectedWorkbookIssue } from "../write-guards";
import {
  anchorName,
  GENERATED_SHEETS_KEY,
  GeneratedSheetRecord,
  GeneratedSheets,
  layoutFingerprint,
  parseGeneratedSheets,
  valuesFingerprint,
  writtenCells,
} from "./generated-sheets";

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;
/** The layout's default font size (TH Sarabun New 16 pt). */
const DEFAULT_FONT_SIZE = 16;
/** The chart's text: TH Sarabun New is small for its size, 14 pt reads as 11 pt of Calibri. */
const CHART_FONT_SIZE = 14;

/** The earlier generated sheet of one layout, followed from its hidden workbook name. */
interface GeneratedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
}

/** What the first sync loads: every sheet, the record, and the hidden name of each layout's earlier sheet. */
export interface ReportAnchors {
  readonly worksheets: Excel.WorksheetCollection;
  readonly setting: Excel.Setting;
  /** Per layout id, its hidden name (a null object when the layout was never generated). */
  readonly anchors: ReadonlyMap<string, Excel.NamedItem>;
}

/** One layout's hidden name, and the sheet it leads to when it refers to a range (`undefined` otherwise). */
interface GeneratedSheetRead {
  readonly anchor: Excel.NamedItem;
  readonly followed: GeneratedSheet | undefined;
}

/** What the plan reads: the first sync's loads, and the earlier generated sheets read in the next one. */
export interface ReportReads {
  readonly worksheets: Excel.WorksheetCollection;
  readonly setting: Excel.Setting;
  readonly generated: ReadonlyMap<string, GeneratedSheetRead>;
}

/**
 * Queues the first reads a report needs, nothing that hangs from a name that may not exist: every sheet,
 * the record, and each layout's hidden name with its type. Pair with {@link followReportAnchors} after the
 * caller's sync.
 *
 * @example
 * const anchors = queueReportAnchors(context, layouts.map((layout) => layout.id));
 * await context.sync();
 * const { reads, pending } = followReportAnchors(anchors);
 * if (pending) await context.sync();
 * const plan = planReportWrites(reads, layouts, { replaceEdited: false });
 */
export function queueReportAnchors(
  context: Excel.RequestContext,
  layoutIds: readonly string[]
): ReportAnchors {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position");
  const setting = context.workbook.settings.getItemOrNullObject(GENERATED_SHEETS_KEY);
  setting.load("value");
  const anchors = new Map<string, Excel.NamedItem>();
  for (const layoutId of layoutIds) {
    const anchor = context.workbook.names.getItemOrNullObject(anchorName(layoutId));
    anchor.load("name,type");
    anchors.set(layoutId, anchor);
  }
  return { worksheets, setting, anchors };
}

/** After the first sync: whether a layout's hidden name leads to a sheet (a name left at #REF! does not). */
const leadsToSheet = (anchor: Excel.NamedItem) => !anchor.isNullObject && anchor.type === "Range";

/**
 * After the sync of {@link queueReportAnchors}: whether the report will add a sheet, as far as the names tell
 * (a layout never generated, or whose sheet was deleted). Two names leading to one sheet are found only by
 * the plan.
 */
export function addsReportSheet(anchors: ReportAnchors, layoutIds?: readonly string[]): boolean {
  return [...anchors.anchors]
    .filter(([layoutId]) => layoutIds === undefined || layoutIds.includes(layoutId))
    .some(([, anchor]) => !leadsToSheet(anchor));
}

/**
 * After the sync of {@link queueReportAnchors}: queues, for each name that refers to a range, the read of
 * the sheet it leads to (even if the officer renamed it) with its used values, protection and charts.
 * `pending`: the caller must sync before {@link planReportWrites}; nothing is queued, and no sync is
 * needed, when no layout was generated before. Nothing is derived from a name that is a null object or
 * refers to #REF!: what Excel does then is not documented (audit B2).
 */
export function followReportAnchors(anchors: ReportAnchors): {
  readonly reads: ReportReads;
  readonly pending: boolean;
} {
  const generated = new Map<string, GeneratedSheetRead>();
  for (const [layoutId, anchor] of anchors.anchors) {
    if (!leadsToSheet(anchor)) {
      generated.set(layoutId, { anchor, followed: undefined });
      continue;
    }
    const sheet = anchor.getRange().worksheet;
    sheet.load("id,name");
    sheet.protection.load("protected");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    const charts = sheet.charts;
    charts.load("items/name");
    generated.set(layoutId, { anchor, followed: { sheet, used, charts } });
  }
  const pending = [...generated.values()].some((read) => read.followed !== undefined);
  return { reads: { worksheets: anchors.worksheets, setting: anchors.setting, generated }, pending };
}

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

// ---- writing -----------------------------------------------------------------------------------------

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Column width in points from a layout width. Excel's unit is the maximum digit width of the default font
 * (Calibri 11: 7 px of 0.75 pt); the .xlsx renderer stores the layout's width as is, which Excel draws
 * w × 7 px wide, so both renderers give a column the same width and the layout's pages fit in both.
 *
 * @example
 * columnWidthPoints(10); // 52.5
 */
export function columnWidthPoints(characters: number): number {
  return characters * 7 * 0.75;
}

/** Each cell's style, with a merged area's cells taking its top-left cell's style (its borders, its fill). */
export function effectiveStyles(layout: {
  readonly cells: readonly { readonly row: number; readonly column: number; readonly style?: CellStyle }[];
  readonly merges: readonly Merge[];
}): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const cell of layout.cells) if (cell.style) styles.set(`${cell.row},${cell.column}`, cell.style);
  for (const merge of layout.merges) {
    const style = styles.get(`${merge.row},${merge.column}`);
    if (!style) continue;
    for (let r = 0; r < merge.rowCount; r += 1) {
      for (let c = 0; c < merge.columnCount; c += 1) {
        const key = `${merge.row + r},${merge.column + c}`;
        if (!styles.has(key)) styles.set(key, style);
      }
    }
  }
  return styles;
}

/** Cells ("row,column") grouped into few rectangles: runs along each row, stacked while they line up. */
export function rectanglesOf(cells: Iterable<string>): Rect[] {
  const positions = [...cells]
    .map((key) => key.split(",").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Rect[] = [];
  for (const [row, column] of positions) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === column - 1)
      runs[runs.length - 1] = { ...last, right: column };
    else runs.push({ top: row, bottom: row, left: column, right: column });
  }
  const rects: Rect[] = [];
  const open = new Map<string, number>();
  for (const run of runs) {
    const key = `${run.left},${run.right}`;
    const index = open.get(key);
    const previous = index === undefined ? undefined : rects[index];
    if (index !== undefined && previous && previous.bottom === run.top - 1) {
      rects[index] = { ...previous, bottom: run.top };
    } else {
      open.set(key, rects.length);
      rects.push(run);
    }
  }
  return rects;
}

type StyleAttribute =
  "bold" | "fontSize" | "fill" | "fontColor" | "horizontal" | "vertical" | "wrap" | "border";

function applyStyle(range: Excel.Range, attribute: StyleAttribute, value: string, rect: Rect): void {
  const format = range.format;
  switch (attribute) {
    case "bold":
      format.font.bold = true;
      return;
    case "fontSize":
      format.font.size = Number(value);
      return;
    case "fill":
      format.fill.color = value;
      return;
    case "fontColor":
      format.font.color = value;
      return;
    case "horizontal":
      format.horizontalAlignment = value as Excel.HorizontalAlignment;
      return;
    case "vertical":
      format.verticalAlignment = value as Excel.VerticalAlignment;
      return;
    case "wrap":
      format.wrapText = true;
      return;
    case "border": {
      const edges: Excel.BorderIndex[] = [
        Excel.BorderIndex.edgeTop,
        Excel.BorderIndex.edgeBottom,
        Excel.BorderIndex.edgeLeft,
        Excel.BorderIndex.edgeRight,
      ];
      if (rect.bottom > rect.top) edges.push(Excel.BorderIndex.insideHorizontal);
      if (rect.right > rect.left) edges.push(Excel.BorderIndex.insideVertical);
      for (const edge of edges) {
        const border = format.borders.getItem(edge);
        border.style = Excel.BorderLineStyle.continuous;
        border.weight = Excel.BorderWeight.thin;
        border.color = "#000000";
      }
    }
  }
}

/** The non-default attributes of a style (the font size of the written block is the default), as the values Office.js takes. */
function styleAttributes(style: CellStyle, baseFontSize: number): [StyleAttribute, string][] {
  const attributes: [StyleAttribute, string][] = [];
  const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  if (style.bold) attributes.push(["bold", "true"]);
  if (style.fontSize !== undefined && style.fontSize !== baseFontSize)
    attributes.push(["fontSize", String(style.fontSize)]);
  if (style.fill) attributes.push(["fill", style.fill]);
  if (style.fontColor) attributes.push(["fontColor", style.fontColor]);
  if (style.horizontal) attributes.push(["horizontal", capitalized(style.horizontal)]);
  if (style.vertical) attributes.push(["vertical", capitalized(style.vertical)]);
  if (style.wrap) attributes.push(["wrap", "true"]);
  if (style.border) attributes.push(["border", "true"]);
  return attributes;
}

function boundsOf(layout: SheetLayout): Rect | undefined {
  const rects: Rect[] = [
    ...layout.cells.map((cell) => ({
      top: cell.row,
      left: cell.column,
      bottom: cell.row,
      right: cell.column,
    })),
    ...layout.merges.map(mergeRect),
  ];
  if (rects.length === 0) return undefined;
  return {
    top: Math.min(...rects.map((rect) => rect.top)),
    left: Math.min(...rects.map((rect) => rect.left)),
    bottom: Math.max(...rects.map((rect) => rect.bottom)),
    right: Math.max(...rects.map((rect) => rect.right)),
  };
}

function mergeRect(merge: Merge): Rect {
  return {
    top: merge.row,
    left: merge.column,
    bottom: merge.row + merge.rowCount - 1,
    right: merge.column + merge.columnCount - 1,
  };
}

function rangeOf(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

/** Cell values and number formats as one block each: formats first, so text can never become a formula. */
function queueCells(sheet: Excel.Worksheet, layout: SheetLayout, digits: Digits, bounds: Rect): void {
  const cells = writtenCells(layout);
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row += 1) {
    const formatLine: string[] = [];
    const valueLine: (string | number)[] = [];
    for (let column = bounds.left; column <= bounds.right; column += 1) {
      const cell = cells.get(`${row},${column}`);
      if (cell === undefined) {
        formatLine.push("General");
        valueLine.push("");
      } else if (typeof cell.value === "string") {
        formatLine.push(TEXT_FORMAT);
        valueLine.push(cell.value);
      } else {
        formatLine.push(cell.numberStyle ? numberFormatFor(cell.numberStyle, digits) : "General");
        valueLine.push(cell.value);
      }
    }
    formats.push(formatLine);
    values.push(valueLine);
  }
  const block = rangeOf(sheet, bounds);
  block.numberFormat = formats;
  block.values = values;
  block.format.font.name = layout.fontName;
  block.format.font.size = DEFAULT_FONT_SIZE;
}

/**
 * Queues every cell's style, cells of equal attributes grouped into few rectangles. `baseFontSize` is the
 * size the caller gave the whole block: only other sizes are set.
 */
export function queueStyles(
  sheet: Excel.Worksheet,
  styles: ReadonlyMap<string, CellStyle>,
  baseFontSize = DEFAULT_FONT_SIZE
): void {
  const groups = new Map<string, Set<string>>();
  for (const [cell, style] of styles) {
    for (const [attribute, value] of styleAttributes(style, baseFontSize)) {
      const key = `${attribute}\u0000${value}`;
      const group = groups.get(key) ?? new Set<string>();
      group.add(cell);
      groups.set(key, group);
    }
  }
  for (const [key, cells] of groups) {
    const [attribute, value] = key.split("\u0000") as [StyleAttribute, string];
    for (const rect of rectanglesOf(cells)) applyStyle(rangeOf(sheet, rect), attribute, value, rect);
  }
}

/** Column widths, and the layout's row heights (runs of equal heights set as one range). */
function queueSizes(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  const heights = [...(layout.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let start = 0; start < heights.length;) {
    const first = heights[start];
    if (!first) break;
    let end = start + 1;
    while (heights[end]?.points === first.points && heights[end]?.row === first.row + (end - start)) end += 1;
    sheet.getRangeByIndexes(first.row, 0, end - start, 1).format.rowHeight = first.points;
    start = end;
  }
  // Rows without merged cells are fitted by Excel to its own metrics of the font, after the heights above.
  const columns = layout.page.printArea.columnCount;
  for (const run of runsOf(layout.autofitRows ?? [])) {
    sheet.getRangeByIndexes(run.first, 0, run.count, columns).format.autofitRows();
  }
}

/** Ascending rows as runs of consecutive rows. */
function runsOf(rows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count += 1;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

function queueChart(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  placement: ChartPlacement,
  index: number,
  digits: Digits,
  formatting: boolean
): void {
  const type = placement.kind === "clusteredBar" ? Excel.ChartType.barClustered : Excel.ChartType.line;
  const chart = sheet.charts.add(
    type,
    rangeOf(sheet, mergeRect(placement.dataRange)),
    Excel.ChartSeriesBy.columns
  );
  chart.name = `${layout.id} ${index + 1}`;
  chart.title.text = placement.title;
  chart.axes.categoryAxis.title.text = placement.categoryAxisTitle;
  chart.axes.valueAxis.title.text = placement.valueAxisTitle;
  chart.legend.visible = true;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  chart.format.font.name = layout.fontName;
  chart.format.font.size = CHART_FONT_SIZE;
  if (formatting) {
    const { categoryAxis, valueAxis } = chart.axes;
    if (placement.firstCategoryOnTop) {
      // Categories from the top; the value axis then crosses at the last category, below the bars.
      categoryAxis.reversePlotOrder = true;
      categoryAxis.position = Excel.ChartAxisPosition.maximum;
    }
    categoryAxis.tickLabelSpacing = 1;
    if (placement.valueAxis) {
      valueAxis.minimum = placement.valueAxis.min;
      valueAxis.maximum = placement.valueAxis.max;
      valueAxis.majorUnit = placement.valueAxis.majorUnit;
    }
    if (digits === "thai") valueAxis.numberFormat = numberFormatFor("integer", digits);
    if (placement.dataLabels) {
      chart.dataLabels.showValue = true;
      chart.dataLabels.numberFormat = numberFormatFor("score", digits);
      chart.dataLabels.position =
        placement.kind === "clusteredBar"
          ? Excel.ChartDataLabelPosition.outsideEnd
          : Excel.ChartDataLabelPosition.top;
    }
  }
  const anchor = mergeRect(placement.anchor);
  chart.setPosition(
    sheet.getRangeByIndexes(anchor.top, anchor.left, 1, 1),
    sheet.getRangeByIndexes(anchor.bottom, anchor.right, 1, 1)
  );
}

const POINTS_PER_CM = 72 / 2.54;

function queuePageLayout(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation =
    page.orientation === "portrait" ? Excel.PageOrientation.portrait : Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.topMargin = page.margins.top * POINTS_PER_CM;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_CM;
  layout.leftMargin = page.margins.left * POINTS_PER_CM;
  layout.rightMargin = page.margins.right * POINTS_PER_CM;
  // One page wide; 0 pages tall means "automatic", as many pages as the rows need (OOXML fitToHeight="0").
  // A paginated sheet prints at 100 %: Excel ignores manual page breaks under "Fit to".
  layout.zoom = page.fitToPagesWide
    ? { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 }
    : { scale: 100 };
  if (page.repeatRows) layout.setPrintTitleRows(`$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`);
  const headersFooters = layout.headersFooters;
  // The first page's own header stays empty: a title page carries no running header.
  if (page.headerSkipsFirstPage) headersFooters.state = Excel.HeaderFooterState.firstAndDefault;
  const headerFooter = headersFooters.defaultForAllPages;
  // Excel's 255 characters are for the assembled "&L…&C…&R…" header: "&C" takes two (audit B3), the
  // same room the .xlsx renderer leaves.
  headerFooter.centerHeader = headerFooterText(page.headerCenter, MAX_HEADER_FOOTER_LENGTH - "&C".length);
  // &P is the page number and &N the number of pages.
  if (page.footerPageNumbers) headerFooter.centerFooter = "หน้า &P จาก &N";
  for (const row of page.rowBreaks ?? [])
    sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  layout.setPrintArea(rangeOf(sheet, mergeRect(page.printArea)));
}

function pageLayoutWarning(): ValidationIssue {
  return issueAt(
    "Excel",
    problem(
      "print-layout-unsupported",
      "Excel รุ่นนี้ไม่รองรับการตั้งค่าหน้ากระดาษผ่านส่วนเสริม (ต้องการ ExcelApi 1.9) รายงานถูกสร้างแล้ว แต่ยังไม่ได้ตั้งขนาด A4 ขอบกระดาษ หัวกระดาษ และพื้นที่พิมพ์",
      "this Excel cannot set the page layout from an add-in (it needs ExcelApi 1.9): the report was written, but A4, margins, header, footer and print area were not set"
    )
  );
}

/** Everything one layout writes on its (new or cleared) sheet. */
function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout, digits: Digits, pageLayout: boolean): void {
  const styles = effectiveStyles(layout);
  const bounds = boundsOf(layout);
  if (bounds) queueCells(sheet, layout, digits, bounds);
  queueStyles(sheet, styles);
  for (const merge of layout.merges) rangeOf(sheet, mergeRect(merge)).merge(false);
  queueSizes(sheet, layout);
  // Axis order, scale and label formats need ExcelApi 1.8, within the 1.9 of the page layout.
  const chartFormatting = pageLayout || supportsExcelApi("1.8");
  layout.charts.forEach((placement, index) =>
    queueChart(sheet, layout, placement, index, digits, chartFormatting)
  );
  if (pageLayout) queuePageLayout(sheet, layout.page);
}

/**
 * Queues every write of a plan: earlier generated sheets are renamed if needed, their charts deleted and
 * their cells, formats, merges and sizes cleared; new sheets are added with a hidden name pointing at them;
 * then each layout is written and the record stored. Returns warnings (the page layout needs ExcelApi 1.9).
 */
export function queueReportWrites(
  context: Excel.RequestContext,
  plan: ReportWritePlan,
  layouts: readonly SheetLayout[],
  digits: Digits
): ValidationIssue[] {
  const pageLayout = supportsExcelApi("1.9");
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const byId = new Map(layouts.map((layout) => [layout.id, layout]));

  for (const [sheetId, temporary] of plan.temporaryNames) worksheets.getItem(sheetId).name = temporary;
  const sheets = plan.sheets.map((write) => {
    if (write.target.kind === "replace") {
      const sheet = worksheets.getItem(write.target.sheetId);
      if (write.target.currentName !== write.name) sheet.name = write.name;
      for (const chartName of write.target.chartNames) sheet.charts.getItem(chartName).delete();
      const all = sheet.getRange();
      all.clear(Excel.ClearApplyTo.all);
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      // Clearing the cells keeps the sheet's manual page breaks: the new layout places its own.
      if (pageLayout) sheet.horizontalPageBreaks.removePageBreaks();
      return sheet;
    }
    const anchor = anchorName(write.layoutId);
    if (write.target.staleAnchor) names.getItemOrNullObject(anchor).delete();
    const sheet = worksheets.add(write.name);
    names.add(anchor, sheet.getRange("A1")).visible = false;
    return sheet;
  });

  plan.sheets.forEach((write, index) => {
    const layout = byId.get(write.layoutId);
    const sheet = sheets[index];
    if (layout && sheet) queueLayout(sheet, layout, digits, pageLayout);
  });
  sheets[0]?.activate();
  context.workbook.settings.add(GENERATED_SHEETS_KEY, JSON.stringify(plan.record));
  return pageLayout || plan.sheets.length === 0 ? [] : [pageLayoutWarning()];
}
