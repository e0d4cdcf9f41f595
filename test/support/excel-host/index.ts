/**
 * ExcelHost: an in-memory stand-in for the Excel JavaScript API (the subset the add-in uses), strict about
 * Office.js's proxy rules. Runs in jest (node) and in a browser bundle; it imports nothing from node.
 *
 * @example
 * const host = createExcelHost();
 * host.setCells("Sheet1!A1:A3", [[1], [2], [3]]);
 * const uninstall = host.install();
 * await Excel.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem("Sheet1").getRange("A4");
 *   range.formulas = [["=AVERAGE(A1:A3)"]];
 *   range.load("values");
 *   await context.sync();
 *   range.values; // [[2]]
 * });
 * uninstall();
 */
import { columnCount, isWholeColumns, isWholeRows, rowCount } from "./a1";
import { ErrorCodes, OfficeExtensionError } from "./errors";
import { createHyperFormulaEngine } from "./formula-engine";
import { type CellStyle, type SheetModel, getCellRecord } from "./model";
import { type HostCore, chartTypes, createRequestContext, paperTypes } from "./proxies";
import { type CellSnapshot, type WorkbookSnapshot, diffSnapshots, takeSnapshot } from "./snapshot";
import { displayText, formulaText, plainValue, valueType } from "./values";
import { Workbook } from "./workbook";

export type {
  CellSnapshot,
  ChartSnapshot,
  PageLayoutSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
export { OfficeExtensionError } from "./errors";

export interface ExcelHostOptions {
  /** Supported requirement sets and their highest version; default `{ ExcelApi: "1.17" }`. */
  readonly apiSets?: Readonly<Record<string, string>>;
  /** `Office.context.displayLanguage`; default "th-TH". */
  readonly displayLanguage?: string;
  /** Evaluate formulas with HyperFormula; default true. Off, a formula cell's value reads as null. */
  readonly evaluateFormulas?: boolean;
  /** A sync whose queued statements exceed this many bytes (as JSON) rejects; default 5 MB. */
  readonly maxRequestBytes?: number;
  /** A failing sync applies none of its statements (true, default) or keeps those before the failure. */
  readonly atomicSync?: boolean;
  /** The workbook is open read-only (`workbook.readOnly`): every write rejects with AccessDenied. */
  readonly readOnly?: boolean;
}

export interface CellInfo extends CellSnapshot {
  readonly text: string;
  readonly valueType: string;
}

export interface ExcelHostOffice {
  onReady(
    callback?: (info: { host: "Excel"; platform: "PC" }) => void
  ): Promise<{ host: "Excel"; platform: "PC" }>;
  readonly HostType: { readonly Excel: "Excel" };
  readonly PlatformType: { readonly PC: "PC" };
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
  };
}

export interface ExcelHostExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly ErrorCodes: Readonly<Record<string, string>>;
  readonly RangeValueType: Readonly<Record<string, string>>;
  readonly DataValidationType: Readonly<Record<string, string>>;
  readonly DataValidationOperator: Readonly<Record<string, string>>;
  readonly ClearApplyTo: Readonly<Record<string, string>>;
  readonly HorizontalAlignment: Readonly<Record<string, string>>;
  readonly VerticalAlignment: Readonly<Record<string, string>>;
  readonly BorderIndex: Readonly<Record<string, string>>;
  readonly BorderLineStyle: Readonly<Record<string, string>>;
  readonly BorderWeight: Readonly<Record<string, string>>;
  readonly SheetVisibility: Readonly<Record<string, string>>;
  readonly CalculationMode: Readonly<Record<string, string>>;
  readonly NamedItemType: Readonly<Record<string, string>>;
  readonly ChartType: Readonly<Record<string, string>>;
  readonly ChartSeriesBy: Readonly<Record<string, string>>;
  readonly ChartLegendPosition: Readonly<Record<string, string>>;
  readonly PageOrientation: Readonly<Record<string, string>>;
  readonly PaperType: Readonly<Record<string, string>>;
}

export interface ExcelHost {
  readonly Excel: ExcelHostExcel;
  readonly Office: ExcelHostOffice;
  readonly OfficeExtension: {
    readonly Error: typeof OfficeExtensionError;
    readonly ErrorCodes: Readonly<Record<string, string>>;
  };
  /** Puts `Excel`, `Office` and `OfficeExtension` on the global object; returns the undo. */
  install(globalObject?: object): () => void;
  /** `context.sync()` calls, plus the final flush Excel.run makes when statements are still queued. */
  readonly syncCount: number;
  readonly runCount: number;
  resetCounters(): void;
  /** Test-side writes bypass protection, edit mode and counters; a string is parsed as typed input. */
  setCell(address: string, valueOrFormula: unknown): void;
  setCells(address: string, values: readonly (readonly unknown[])[]): void;
  getCell(address: string): CellInfo;
  addSheet(name: string): void;
  protectSheet(name: string, isProtected?: boolean): void;
  renameSheet(name: string, newName: string): void;
  deleteSheet(name: string): void;
  merge(address: string): void;
  /** A number format on every cell of the range, e.g. "d/m/yyyy". */
  setNumberFormat(address: string, numberFormat: string): void;
  /** Hides (or shows) whole rows ("Sheet1!7:8") or whole columns ("Sheet1!D:E"), as the officer would. */
  setHidden(address: string, hidden?: boolean): void;
  /** Turns the sheet's AutoFilter on for the range (header row first), filtering a column when criteria are given. */
  applyAutoFilter(address: string, columnIndex?: number, criteria?: Excel.FilterCriteria): void;
  /** Opens the workbook read-only (or for editing again). */
  setReadOnly(on: boolean): void;
  setCellEditMode(on: boolean): void;
  select(address: string): void;
  setActiveSheet(name: string): void;
  snapshot(): WorkbookSnapshot;
  diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): string[];
}

const enums = {
  RangeValueType: ["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"],
  DataValidationType: [
    "None",
    "WholeNumber",
    "Decimal",
    "List",
    "Date",
    "Time",
    "TextLength",
    "Custom",
    "Inconsistent",
    "MixedCriteria",
  ],
  DataValidationOperator: [
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqualTo",
    "LessThanOrEqualTo",
  ],
  ClearApplyTo: ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"],
  HorizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  VerticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  BorderIndex: [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
    "DiagonalDown",
    "DiagonalUp",
  ],
  BorderLineStyle: ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
  BorderWeight: ["Hairline", "Thin", "Medium", "Thick"],
  SheetVisibility: ["Visible", "Hidden", "VeryHidden"],
  CalculationMode: ["Automatic", "AutomaticExceptTables", "Manual"],
  NamedItemType: ["String", "Integer", "Double", "Boolean", "Range", "Error", "Array"],
  ChartType: chartTypes,
  ChartSeriesBy: ["Auto", "Columns", "Rows"],
  ChartLegendPosition: ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"],
  PageOrientation: ["Portrait", "Landscape"],
  PaperType: paperTypes,
};

/** `{ Visible: "Visible" }` and the camelCase alias Office.js enums also carry (`visible`). */
function enumObject(members: readonly string[]): Readonly<Record<string, string>> {
  return Object.freeze(
    Object.fromEntries(
      members.flatMap((m) => [
        [m, m],
        [m.charAt(0).toLowerCase() + m.slice(1), m],
      ])
    )
  );
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Creates a fresh host holding one empty sheet, "Sheet1". */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const apiSets: Record<string, string> = { ...(options.apiSets ?? { ExcelApi: "1.17" }) };
  const workbook = new Workbook(options.evaluateFormulas === false ? undefined : createHyperFormulaEngine());
  workbook.readOnly = options.readOnly ?? false;
  const isSetSupported = (name: string, version?: string): boolean => {
    const have = apiSets[name];
    return have !== undefined && (version === undefined || versionAtLeast(have, version));
  };
  const core: HostCore = {
    workbook,
    atomicSync: options.atomicSync ?? true,
    maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
    cellEditMode: false,
    syncCount: 0,
    isSetSupported,
  };
  let runCount = 0;

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    runCount++;
    if (typeof batch !== "function") {
      throw new OfficeExtensionError(
        ErrorCodes.invalidArgument,
        "ExcelHost: Excel.run(batch) takes one function.",
        "Excel.run"
      );
    }
    const context = createRequestContext(core);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run syncs whatever the batch left queued before it resolves.
      if (context._queue.length > 0) await context.sync();
      return result;
    } finally {
      context._closed = true;
    }
  }

  const Excel: ExcelHostExcel = {
    run,
    ErrorCodes: Object.freeze({ ...ErrorCodes }),
    ...(Object.fromEntries(
      Object.entries(enums).map(([name, members]) => [name, enumObject(members)])
    ) as Omit<ExcelHostExcel, "run" | "ErrorCodes">),
  };

  const ready = { host: "Excel", platform: "PC" } as const;
  const Office: ExcelHostOffice = {
    onReady(callback) {
      callback?.(ready);
      return Promise.resolve(ready);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    context: { displayLanguage: options.displayLanguage ?? "th-TH", requirements: { isSetSupported } },
  };
  const OfficeExtension = { Error: OfficeExtensionError, ErrorCodes: Object.freeze({ ...ErrorCodes }) };

  const resolve = (address: string) => workbook.resolveAddress(address);
  const single = (address: string) => {
    const { sheet, rect } = resolve(address);
    if (rowCount(rect) !== 1 || columnCount(rect) !== 1)
      throw new Error(`ExcelHost: ${address} is not one cell`);
    return { sheet, row: rect.top, column: rect.left };
  };
  const sheetNamed = (name: string) => {
    const sheet = workbook.sheetByName(name);
    if (!sheet) throw new Error(`ExcelHost: no sheet named '${name}'`);
    return sheet;
  };
  /** Test controls act as the officer at the keyboard: protection and read-only mode do not stop them. */
  const asOfficer = <T>(sheet: SheetModel | undefined, change: () => T): T => {
    const wasReadOnly = workbook.readOnly;
    const wasProtected = sheet?.protection;
    workbook.readOnly = false;
    if (sheet) sheet.protection = { protected: false };
    try {
      return change();
    } finally {
      workbook.readOnly = wasReadOnly;
      if (sheet && wasProtected) sheet.protection = wasProtected;
    }
  };

  return {
    Excel,
    Office,
    OfficeExtension,
    install(globalObject: object = globalThis) {
      const target = globalObject as Record<string, unknown>;
      const keys = ["Excel", "Office", "OfficeExtension"] as const;
      const previous = keys.map((key) => [key, key in target, target[key]] as const);
      target.Excel = Excel;
      target.Office = Office;
      target.OfficeExtension = OfficeExtension;
      return () => {
        for (const [key, had, value] of previous) {
          if (had) target[key] = value;
          else delete target[key];
        }
      };
    },
    get syncCount() {
      return core.syncCount;
    },
    get runCount() {
      return runCount;
    },
    resetCounters() {
      core.syncCount = 0;
      runCount = 0;
    },
    setCell(address, valueOrFormula) {
      const { sheet, row, column } = single(address);
      workbook.writeCell(sheet, row, column, "values", valueOrFormula);
      workbook.markDirty();
    },
    setCells(address, values) {
      const { sheet, rect } = resolve(address);
      const fits =
        values.length === rowCount(rect) && values.every((line) => line.length === columnCount(rect));
      if (!fits)
        throw new Error(
          `ExcelHost: setCells(${address}) needs a ${rowCount(rect)}×${columnCount(rect)} array`
        );
      values.forEach((line, r) =>
        line.forEach((value, c) => workbook.writeCell(sheet, rect.top + r, rect.left + c, "values", value))
      );
      workbook.markDirty();
    },
    getCell(address) {
      const { sheet, row, column } = single(address);
      const record = getCellRecord(sheet, row, column);
      const value = workbook.cellValue(sheet, row, column);
      const numberFormat = record.numberFormat ?? "General";
      return {
        value: value === null ? null : plainValue(value),
        formula: formulaText(record.content),
        hasFormula: record.content?.kind === "formula",
        numberFormat,
        format: JSON.parse(JSON.stringify(record.style ?? {})) as CellStyle,
        text: value === null ? "" : displayText(value, numberFormat),
        valueType: value === null ? "Empty" : valueType(value),
      };
    },
    addSheet(name) {
      asOfficer(undefined, () => workbook.addSheet(name));
    },
    renameSheet(name, newName) {
      asOfficer(undefined, () => workbook.renameSheet(sheetNamed(name), newName));
    },
    deleteSheet(name) {
      asOfficer(undefined, () => workbook.deleteSheet(sheetNamed(name)));
    },
    protectSheet(name, isProtected = true) {
      sheetNamed(name).protection = { protected: isProtected };
    },
    merge(address) {
      const { sheet, rect } = resolve(address);
      asOfficer(sheet, () => workbook.merge(sheet, rect, false));
    },
    setNumberFormat(address, numberFormat) {
      const { sheet, rect } = resolve(address);
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let column = rect.left; column <= rect.right; column++) {
          workbook.writeCell(sheet, row, column, "numberFormat", numberFormat);
        }
      }
      workbook.markDirty();
    },
    setHidden(address, hidden = true) {
      const { sheet, rect } = resolve(address);
      if (isWholeRows(rect)) {
        asOfficer(sheet, () => workbook.setHidden(sheet, "rows", rect.top, rect.bottom, hidden));
      } else if (isWholeColumns(rect)) {
        asOfficer(sheet, () => workbook.setHidden(sheet, "columns", rect.left, rect.right, hidden));
      } else {
        throw new Error(`ExcelHost: setHidden(${address}) takes whole rows ("7:8") or columns ("D:E")`);
      }
    },
    applyAutoFilter(address, columnIndex, criteria) {
      const { sheet, rect } = resolve(address);
      asOfficer(sheet, () => workbook.applyAutoFilter(sheet, rect, columnIndex, criteria));
    },
    setReadOnly(on) {
      workbook.readOnly = on;
    },
    setCellEditMode(on) {
      core.cellEditMode = on;
    },
    select(address) {
      const { sheet, rect } = resolve(address);
      workbook.activate(sheet);
      sheet.selection = rect;
    },
    setActiveSheet(name) {
      workbook.activate(sheetNamed(name));
    },
    snapshot() {
      return takeSnapshot(workbook);
    },
    diffSnapshots,
  };
}
