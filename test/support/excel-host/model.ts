/** The in-memory workbook the host's API proxies read and write. Plain data; cloned for atomic syncs. */
import { MAX_COLUMNS, type Rect } from "./a1";

export type ErrorValue = "#N/A" | "#DIV/0!" | "#REF!" | "#VALUE!" | "#NAME?" | "#NUM!" | "#NULL!" | "#SPILL!";
export const errorValues: readonly string[] = [
  "#N/A",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
];

export type CellContent =
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "text"; readonly text: string; readonly quotePrefix: boolean }
  | { readonly kind: "number"; readonly number: number }
  | { readonly kind: "boolean"; readonly boolean: boolean }
  | { readonly kind: "error"; readonly error: ErrorValue };

/** A computed (or literal) cell value as Office.js reports it. */
export type CellValue = string | number | boolean;
export type ComputedValue =
  | { readonly kind: "number"; readonly number: number }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "boolean"; readonly boolean: boolean }
  | { readonly kind: "error"; readonly error: ErrorValue };

export type BorderSide = "top" | "bottom" | "left" | "right";
export interface BorderSpec {
  readonly style?: string;
  readonly color?: string;
  readonly weight?: string;
}

/** Formatting set explicitly on a cell; an absent key is Excel's default. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly fillColor?: string;
  /** A fill pattern over the colour ("LightUp" diagonal hatching), and the pattern's colour. */
  readonly fillPattern?: string;
  readonly fillPatternColor?: string;
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  readonly wrapText?: boolean;
  readonly borders?: Readonly<Partial<Record<BorderSide, BorderSpec>>>;
}

export interface CellRecord {
  readonly content?: CellContent;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface DataValidationRuleModel {
  readonly [type: string]: unknown;
}

export interface ValidationArea {
  readonly rect: Rect;
  readonly rule?: DataValidationRuleModel;
  readonly prompt?: Readonly<Record<string, unknown>>;
  readonly errorAlert?: Readonly<Record<string, unknown>>;
  readonly ignoreBlanks?: boolean;
}

/**
 * A conditional format (`Range.conditionalFormats`, ExcelApi 1.6). Only the custom kind is modelled: a
 * formula relative to the range's top-left cell and the fill, font colour and bold it applies. Immutable:
 * an update replaces the object. The host stores the rule; it does not evaluate it.
 */
export interface ConditionalFormatModel {
  /** Stable within the session, so the proxies can follow a format after it is added. */
  readonly serial: number;
  readonly rect: Rect;
  readonly type: "Custom";
  readonly formula?: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** A native chart on a sheet. Immutable: an update replaces the object. */
export interface ChartModel {
  /** Host-internal identity (a chart's name can change). */
  readonly serial: number;
  readonly name: string;
  readonly chartType: string;
  readonly seriesBy: string;
  /** The source data, on the chart's own sheet. */
  readonly source: Rect;
  readonly title: string;
  readonly titleVisible: boolean;
  readonly categoryAxisTitle: string;
  readonly categoryAxisTitleVisible: boolean;
  readonly valueAxisTitle: string;
  readonly valueAxisTitleVisible: boolean;
  readonly legendPosition: string;
  readonly legendVisible: boolean;
  readonly categoryAxis: ChartAxisModel;
  readonly valueAxis: ChartAxisModel;
  readonly dataLabels: ChartDataLabelsModel;
  /** The chart area's font (ChartAreaFormat.font). */
  readonly font: { readonly name: string; readonly size: number };
  /** The cells the chart covers, from `setPosition(start, end)`; the start cell alone when no end was given. */
  readonly position: Rect;
}

/** A chart axis's scale and labels (ExcelApi 1.7, 1.8); null stands for Excel's automatic value. */
export interface ChartAxisModel {
  readonly reversePlotOrder: boolean;
  /** Where the other axis crosses this one (Excel.ChartAxisPosition). */
  readonly position: string;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly majorUnit: number | null;
  readonly numberFormat: string;
  readonly tickLabelSpacing: number | null;
}

export const DEFAULT_CHART_AXIS: ChartAxisModel = {
  reversePlotOrder: false,
  position: "Automatic",
  minimum: null,
  maximum: null,
  majorUnit: null,
  numberFormat: "General",
  tickLabelSpacing: null,
};

/** The chart-wide data labels (Chart.dataLabels). */
export interface ChartDataLabelsModel {
  readonly showValue: boolean;
  readonly numberFormat: string;
  readonly position: string;
}

export interface PageZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

/** Print settings of a sheet (ExcelApi 1.9). Margins in points. */
export interface PageLayoutModel {
  readonly orientation: string;
  readonly paperSize: string;
  readonly topMargin: number;
  readonly bottomMargin: number;
  readonly leftMargin: number;
  readonly rightMargin: number;
  readonly headerMargin: number;
  readonly footerMargin: number;
  readonly zoom: PageZoom;
  readonly printTitleRows?: Rect;
  readonly printArea?: readonly Rect[];
  readonly headersFooters: Readonly<Record<HeaderFooterPart, string>>;
  /** Which header/footer variants print (Excel.HeaderFooterState), and the first page's own. */
  readonly headerFooterState: string;
  readonly firstPageHeadersFooters: Readonly<Record<HeaderFooterPart, string>>;
}

/**
 * One column's filter of an AutoFilter (Excel.FilterCriteria, the two kinds the host evaluates): the shown
 * values to keep, or one or two comparisons such as ">=85".
 */
export type FilterCriteriaModel =
  | { readonly filterOn: "Values"; readonly values: readonly string[] }
  | {
      readonly filterOn: "Custom";
      readonly criterion1: string;
      readonly criterion2?: string;
      readonly operator?: "And" | "Or";
    };

/** A sheet's AutoFilter: its range (header row first) and the criteria by column offset in that range. */
export interface AutoFilterModel {
  readonly rect: Rect;
  readonly criteria: ReadonlyMap<number, FilterCriteriaModel>;
}

export type HeaderFooterPart =
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

const NO_HEADERS_FOOTERS: Readonly<Record<HeaderFooterPart, string>> = {
  leftHeader: "",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  centerFooter: "",
  rightFooter: "",
};

/** Excel's "Normal" margins (0.75 in top/bottom, 0.7 in sides, 0.3 in header/footer), portrait Letter. */
export const DEFAULT_PAGE_LAYOUT: PageLayoutModel = {
  orientation: "Portrait",
  paperSize: "Letter",
  topMargin: 54,
  bottomMargin: 54,
  leftMargin: 50.4,
  rightMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
  zoom: { scale: 100 },
  headersFooters: NO_HEADERS_FOOTERS,
  headerFooterState: "Default",
  firstPageHeadersFooters: NO_HEADERS_FOOTERS,
};

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: string;
  tabColor: string;
  cells: Map<number, CellRecord>;
  merges: Rect[];
  validations: ValidationArea[];
  /** In the order they were added (the first has the highest priority). */
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Rows and columns hidden by the officer (`rowHidden`, a height or width of 0). */
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Rows the AutoFilter hides; kept apart so clearing the filter shows only these again. */
  filteredRows: Set<number>;
  autoFilter?: AutoFilterModel;
  protection: { protected: boolean; password?: string };
  frozenRows: number;
  selection: Rect;
  /**
   * A selection that is not one range: several areas (Ctrl+click) or a chart. `getSelectedRange` refuses
   * it; `selection` keeps the first area.
   */
  otherSelection?: { readonly kind: "areas"; readonly areas: readonly Rect[] } | { readonly kind: "chart" };
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
  /** Manual page breaks (Worksheet.horizontalPageBreaks): the 0-based rows that start a new page. */
  rowBreaks: Set<number>;
}

export type NamedReference =
  | { readonly kind: "range"; readonly sheetId: string; readonly rect: Rect }
  | { readonly kind: "formula"; readonly formula: string };

export interface NamedItemModel {
  readonly name: string;
  readonly reference: NamedReference;
  readonly comment: string;
  /** Hidden names (`visible = false`) stay out of the Name Manager but work the same. */
  readonly visible?: boolean;
}

/** An Excel Table (ListObject): a header row and the data rows below it, named workbook-wide ("Table1"). */
export interface TableModel {
  readonly name: string;
  readonly sheetId: string;
  /** The header row and the data rows. */
  readonly rect: Rect;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  names: NamedItemModel[];
  settings: Map<string, unknown>;
  /** Excel Tables, in the order they were made. */
  tables: TableModel[];
  /** Workbook (structure) protection: sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected: boolean;
  nextSheetSerial: number;
  nextChartSerial: number;
  nextConditionalFormatSerial: number;
  nextTableSerial: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" } as const;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyColumn(key: number): number {
  return key % MAX_COLUMNS;
}

export function sheetId(serial: number): string {
  return `{00000000-${String(serial).padStart(4, "0")}-0000-C000-000000000046}`;
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    filteredRows: new Set(),
    protection: { protected: false },
    frozenRows: 0,
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    charts: [],
    pageLayout: DEFAULT_PAGE_LAYOUT,
    rowBreaks: new Set(),
  };
}

export function newWorkbook(): WorkbookModel {
  const first = newSheet(sheetId(1), "Sheet1");
  return {
    sheets: [first],
    activeSheetId: first.id,
    names: [],
    settings: new Map(),
    tables: [],
    structureProtected: false,
    nextSheetSerial: 2,
    nextChartSerial: 1,
    nextConditionalFormatSerial: 1,
    nextTableSerial: 1,
  };
}

/** A copy that shares only immutable records (cells, styles, rules are replaced, never mutated). */
export function cloneWorkbook(model: WorkbookModel): WorkbookModel {
  return {
    sheets: model.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map(sheet.cells),
      merges: [...sheet.merges],
      validations: [...sheet.validations],
      conditionalFormats: [...sheet.conditionalFormats],
      columnWidths: new Map(sheet.columnWidths),
      rowHeights: new Map(sheet.rowHeights),
      hiddenRows: new Set(sheet.hiddenRows),
      hiddenColumns: new Set(sheet.hiddenColumns),
      filteredRows: new Set(sheet.filteredRows),
      protection: { ...sheet.protection },
      charts: [...sheet.charts],
      rowBreaks: new Set(sheet.rowBreaks),
    })),
    activeSheetId: model.activeSheetId,
    names: [...model.names],
    settings: new Map(model.settings),
    tables: [...model.tables],
    structureProtected: model.structureProtected,
    nextSheetSerial: model.nextSheetSerial,
    nextChartSerial: model.nextChartSerial,
    nextConditionalFormatSerial: model.nextConditionalFormatSerial,
    nextTableSerial: model.nextTableSerial,
  };
}

/** Replaces a cell record, dropping it when nothing is left in it. */
export function putCell(sheet: SheetModel, row: number, column: number, record: CellRecord): void {
  const key = cellKey(row, column);
  const empty =
    record.content === undefined &&
    (record.numberFormat === undefined || record.numberFormat === "General") &&
    (record.style === undefined || Object.keys(record.style).length === 0);
  if (empty) sheet.cells.delete(key);
  else sheet.cells.set(key, record);
}

export function getCellRecord(sheet: SheetModel, row: number, column: number): CellRecord {
  return sheet.cells.get(cellKey(row, column)) ?? {};
}

/** Cell keys inside `rect`, scanning whichever is smaller: the rect or the sheet's stored cells. */
export function storedKeysIn(sheet: SheetModel, rect: Rect): number[] {
  const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  const keys: number[] = [];
  if (area <= sheet.cells.size) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const key = cellKey(row, column);
        if (sheet.cells.has(key)) keys.push(key);
      }
    }
    return keys;
  }
  for (const key of sheet.cells.keys()) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) keys.push(key);
  }
  return keys.sort((a, b) => a - b);
}
