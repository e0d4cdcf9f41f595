/**
 * The report's read phase: each layout's hidden workbook name, and the earlier generated sheet it leads to.
 * {@link queueReportAnchors} queues the names (no sync), {@link followReportAnchors} follows them to their
 * sheets after the caller's sync; what they load is what {@link planReportWrites} decides from.
 */
import { anchorName, GENERATED_SHEETS_KEY } from "./generated-sheets";

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
