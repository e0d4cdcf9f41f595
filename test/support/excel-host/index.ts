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
import { ErrorCodes, OfficeExtensionError, officeError } from "./errors";
import { createHyperFormulaEngine } from "./formula-engine";
import { type CellStyle, type SheetModel, getCellRecord } from "./model";
import {
  type HostCore,
  chartTypes,
  DATA_LABEL_POSITIONS,
  FILL_PATTERNS,
  conditionalFormatTypes,
  createRequestContext,
  paperTypes,
} from "./proxies";
import { type CellSnapshot, type WorkbookSnapshot, diffSnapshots, takeSnapshot } from "./snapshot";
import { addTable } from "./tables";
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

/** `Office.context.platform`: the Office.PlatformType values. */
export type HostPlatform = "PC" | "Mac" | "OfficeOnline" | "iOS" | "Android" | "Universal";

/** Office's themes (File › Account › Office Theme), as `Office.context.officeTheme.themeId` names them. */
export type HostOfficeThemeId = "Colorful" | "DarkGray" | "Black" | "White";

/** `Office.context.officeTheme`: the theme's colours as "#RRGGBB", and whether it is dark. */
export interface HostOfficeTheme {
  readonly themeId: HostOfficeThemeId;
  readonly isDarkTheme: boolean;
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/**
 * The colours each theme reports. Microsoft documents none: Colorful, Dark Gray and White are those Office
 * reported in OfficeDev/office-ui-fabric-core#732; Black's are illustrative (a near-black body).
 */
const OFFICE_THEMES: Readonly<Record<HostOfficeThemeId, HostOfficeTheme>> = {
  Colorful: {
    themeId: "Colorful",
    isDarkTheme: false,
    bodyBackgroundColor: "#E6E6E6",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  White: {
    themeId: "White",
    isDarkTheme: false,
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  DarkGray: {
    themeId: "DarkGray",
    isDarkTheme: true,
    bodyBackgroundColor: "#6A6A6A",
    bodyForegroundColor: "#F0F0F0",
    controlBackgroundColor: "#D4D4D4",
    controlForegroundColor: "#262626",
  },
  Black: {
    themeId: "Black",
    isDarkTheme: true,
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
};

export interface ExcelHostOptions {
  /**
   * Supported requirement sets and their highest version; default `{ ExcelApi: "1.17" }`. The platform adds
   * the common sets it has (PdfFile on Windows, Mac and the web); a set named here wins.
   */
  readonly apiSets?: Readonly<Record<string, string>>;
  /**
   * Where Excel runs (`Office.context.platform`); default "PC". It decides what real Excel does there: the
   * PdfFile set, what `getFileAsync(Pdf)` returns (an empty file on the web), whether a download link in the
   * pane saves anything (not on Mac, iPad or Android), and where `Excel.createWorkbook` opens (behind the
   * current window on Mac).
   */
  readonly platform?: HostPlatform;
  /** `Office.context.displayLanguage`; default "th-TH". */
  readonly displayLanguage?: string;
  /** `Office.context.officeTheme`, the Office theme the officer chose; default "Colorful". */
  readonly officeTheme?: HostOfficeThemeId;
  /** Evaluate formulas with HyperFormula; default true. Off, a formula cell's value reads as null. */
  readonly evaluateFormulas?: boolean;
  /** A sync whose queued statements exceed this many bytes (as JSON) rejects; default 5 MB. */
  readonly maxRequestBytes?: number;
  /**
   * A sync whose loaded values exceed this many bytes (as JSON, non-ASCII escaped) rejects with
   * ResponsePayloadSizeLimitExceeded; default 5 MB, Excel on the web's limit, on every platform.
   */
  readonly maxResponseBytes?: number;
  /**
   * Loads, methods and writes on an object derived from a null object (`getItemOrNullObject("x").getRange()`):
   * "refuse" rejects them at sync, "propagate" treats the object as null too. Microsoft documents neither
   * (audit B2). Default "refuse": the add-in derives nothing from a null object.
   */
  readonly derivedNullObjects?: "refuse" | "propagate";
  /** A failing sync applies none of its statements (true, default) or keeps those before the failure. */
  readonly atomicSync?: boolean;
  /** The workbook is open read-only (`workbook.readOnly`): every write rejects with AccessDenied. */
  readonly readOnly?: boolean;
}

export interface CellInfo extends CellSnapshot {
  readonly text: string;
  readonly valueType: string;
}

/** What `Office.AsyncResult` carries back to a callback of the common API. */
export interface HostAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T | undefined;
  readonly error: { readonly code: number; readonly name: string; readonly message: string } | undefined;
  readonly asyncContext: unknown;
}

/** `Office.File`: the document as `getFileAsync` hands it over, in slices. */
export interface HostFile {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(
    index: number,
    callback: (result: HostAsyncResult<{ data: number[]; index: number; size: number }>) => void
  ): void;
  closeAsync(callback?: (result: HostAsyncResult<void>) => void): void;
}

export interface ExcelHostOffice {
  onReady(
    callback?: (info: { host: "Excel"; platform: HostPlatform }) => void
  ): Promise<{ host: "Excel"; platform: HostPlatform }>;
  readonly HostType: { readonly Excel: "Excel" };
  readonly PlatformType: { readonly [P in HostPlatform]: P };
  readonly AsyncResultStatus: { readonly Succeeded: "succeeded"; readonly Failed: "failed" };
  readonly FileType: { readonly Compressed: "compressed"; readonly Pdf: "pdf"; readonly Text: "text" };
  readonly context: {
    readonly displayLanguage: string;
    readonly officeTheme: HostOfficeTheme;
    readonly platform: HostPlatform;
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    readonly document: {
      getFileAsync(
        fileType: string,
        optionsOrCallback?:
          { sliceSize?: number; asyncContext?: unknown } | ((result: HostAsyncResult<HostFile>) => void),
        callback?: (result: HostAsyncResult<HostFile>) => void
      ): void;
    };
  };
}

/** A file the pane's browser saved from a download link (`<a download>` on a blob URL). */
export interface HostDownload {
  readonly fileName: string;
  readonly type: string;
  readonly size: number;
  readonly blob: Blob;
}

/** A workbook `Excel.createWorkbook` opened: in front of the current window, or behind it (Excel for Mac). */
export interface HostNewWorkbook {
  readonly base64: string;
  readonly window: "front" | "behind";
}

/** What the next `getFileAsync(Pdf)` gives on a platform that prints (Excel on the web always gives an empty file). */
export type HostPdfOutput =
  "printed" | "empty" | { readonly failure: string } | { readonly sliceFailure: string };

export interface ExcelHostExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** ExcelApi 1.8: opens a new workbook, a copy of the .xlsx given as base64 (recorded in `openedWorkbooks`). */
  createWorkbook(base64?: string): Promise<void>;
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
  readonly ChartAxisPosition: Readonly<Record<string, string>>;
  readonly ChartDataLabelPosition: Readonly<Record<string, string>>;
  readonly HeaderFooterState: Readonly<Record<string, string>>;
  readonly PageOrientation: Readonly<Record<string, string>>;
  readonly PaperType: Readonly<Record<string, string>>;
  readonly ConditionalFormatType: Readonly<Record<string, string>>;
  readonly FillPattern: Readonly<Record<string, string>>;
}

export interface ExcelHost {
  readonly Excel: ExcelHostExcel;
  readonly Office: ExcelHostOffice;
  readonly OfficeExtension: {
    readonly Error: typeof OfficeExtensionError;
    readonly ErrorCodes: Readonly<Record<string, string>>;
  };
  /**
   * Puts `Excel`, `Office` and `OfficeExtension` on the global object; returns the undo. Where the global
   * object has a DOM, it also stands in for the pane's browser: a click on a download link saves the file
   * (to `downloads`) only where the platform can save downloads, and never navigates.
   */
  install(globalObject?: object): () => void;
  readonly platform: HostPlatform;
  /** Files saved from download links, in order. */
  readonly downloads: readonly HostDownload[];
  /** Workbooks `Excel.createWorkbook` opened, in order. */
  readonly openedWorkbooks: readonly HostNewWorkbook[];
  /** Files from `getFileAsync` not closed yet; Office keeps at most two. */
  readonly openFileCount: number;
  /** What the next `getFileAsync(Pdf)` gives where Excel prints (default "printed"). */
  setPdfOutput(output: HostPdfOutput): void;
  /** `Excel.createWorkbook` rejects with this code (e.g. "GeneralException") until called with undefined. */
  refuseNewWorkbooks(code: string | undefined): void;
  /**
   * The officer picks another Office theme. Excel raises no event for it (OfficeThemeChanged is Outlook's):
   * `Office.context.officeTheme` simply reads differently from then on.
   */
  setOfficeTheme(themeId: HostOfficeThemeId): void;
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
  /** Protects (or unprotects) the workbook's structure (Review › Protect Workbook). */
  protectWorkbook(isProtected?: boolean): void;
  /** Formats a range as an Excel Table with headers (Insert › Table); returns the table's name. */
  addTable(address: string, name?: string): string;
  /** Closes and reopens the workbook: sheet ids change; cells, names, settings and tables stay. */
  reopen(): void;
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
  /** Selects a range, or several ("Sheet1!A1:B2,Sheet1!D4", Ctrl+click), on its sheet and activates it. */
  select(address: string): void;
  /** Selects a chart (or any shape) on a sheet instead of cells. */
  selectChart(sheetName: string): void;
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
  ChartAxisPosition: ["Automatic", "Maximum", "Minimum", "Custom"],
  FillPattern: FILL_PATTERNS,
  ChartDataLabelPosition: ["Invalid", ...DATA_LABEL_POSITIONS],
  HeaderFooterState: ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"],
  PageOrientation: ["Portrait", "Landscape"],
  PaperType: paperTypes,
  ConditionalFormatType: conditionalFormatTypes,
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

const platformTypes: { readonly [P in HostPlatform]: P } = {
  PC: "PC",
  Mac: "Mac",
  OfficeOnline: "OfficeOnline",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

/** Common requirement sets by platform (Office Common API requirement sets: PdfFile is Excel on Windows, web, Mac). */
const platformApiSets: { readonly [P in HostPlatform]: Readonly<Record<string, string>> } = {
  PC: { PdfFile: "1.1" },
  Mac: { PdfFile: "1.1" },
  OfficeOnline: { PdfFile: "1.1" },
  iOS: {},
  Android: {},
  Universal: {},
};

/**
 * Where a click on `<a download>` saves the file: Windows (WebView2) and browsers do; Excel for Mac's
 * WKWebView does nothing, silently (office-js#2700 "by design", #3385, #4681); iPad and Android are taken to
 * behave as Mac, WinRT as unknown and so no.
 */
const platformSavesDownloads: { readonly [P in HostPlatform]: boolean } = {
  PC: true,
  OfficeOnline: true,
  Mac: false,
  iOS: false,
  Android: false,
  Universal: false,
};

/** `getFileAsync` slices are at most 4 MB, the default size too (Office.Document.getFileAsync). */
const MAX_SLICE_BYTES = 4 * 1024 * 1024;
/** "No more than two documents are allowed to be in memory" (Office.Document.getFileAsync). */
const MAX_OPEN_FILES = 2;

/**
 * The host's print of the workbook: a PDF header, the number of sheets, padding to some 150 KB so that
 * 64 KB slices come in several parts, and the end-of-file marker. ASCII only, so no TextEncoder is needed.
 */
function printedPdf(sheetCount: number): Uint8Array {
  const head = `%PDF-1.7\n% ExcelHost print of ${sheetCount} sheet(s)\n`;
  const line = `%${"-".repeat(78)}\n`;
  const text = head + line.repeat(Math.ceil(150_000 / line.length)) + "%%EOF\n";
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function isXlsxBase64(base64: string): boolean {
  try {
    return atob(base64).startsWith("PK\u0003\u0004");
  } catch {
    return false;
  }
}

/** Creates a fresh host holding one empty sheet, "Sheet1". */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const platform: HostPlatform = options.platform ?? "PC";
  // Every Excel that loads this add-in has the shared runtime and custom functions the manifest requires.
  const apiSets: Record<string, string> = {
    SharedRuntime: "1.1",
    CustomFunctionsRuntime: "1.3",
    ...platformApiSets[platform],
    ...(options.apiSets ?? { ExcelApi: "1.17" }),
  };
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
    maxResponseBytes: options.maxResponseBytes ?? 5 * 1024 * 1024,
    derivedNullObjects: options.derivedNullObjects ?? "refuse",
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

  const openedWorkbooks: HostNewWorkbook[] = [];
  let newWorkbookRefusal: string | undefined;

  async function createWorkbook(base64?: string): Promise<void> {
    const where = "Excel.createWorkbook";
    if (!isSetSupported("ExcelApi", "1.8"))
      throw officeError("ApiNotFound", "createWorkbook needs ExcelApi 1.8", where);
    if (newWorkbookRefusal !== undefined) {
      throw new OfficeExtensionError(
        newWorkbookRefusal,
        newWorkbookRefusal === ErrorCodes.generalException
          ? "There was an internal error while processing the request."
          : `Excel refused to open the workbook (${newWorkbookRefusal}).`,
        where
      );
    }
    if (base64 !== undefined && !isXlsxBase64(base64)) {
      throw officeError("InvalidArgument", "the base64 string is not an .xlsx file", where);
    }
    // Excel for Mac opens the new window behind the current one (office-js#6943); elsewhere it comes to the front.
    openedWorkbooks.push({ base64: base64 ?? "", window: platform === "Mac" ? "behind" : "front" });
  }

  const Excel: ExcelHostExcel = {
    run,
    createWorkbook,
    ErrorCodes: Object.freeze({ ...ErrorCodes }),
    ...(Object.fromEntries(
      Object.entries(enums).map(([name, members]) => [name, enumObject(members)])
    ) as unknown as Omit<ExcelHostExcel, "run" | "createWorkbook" | "ErrorCodes">),
  };

  let openFileCount = 0;
  let pdfOutput: HostPdfOutput = "printed";

  /**
   * An answer of the common API: always later, never inside the call (Office calls back asynchronously).
   * Microsoft does not document which error codes `getFileAsync` and `File` give, so every failure here is
   * the general 5001 "Internal Error" with the host's own message.
   */
  function answer<T>(
    callback: ((result: HostAsyncResult<T>) => void) | undefined,
    asyncContext: unknown,
    outcome: { value: T } | { error: string }
  ): void {
    const result: HostAsyncResult<T> =
      "value" in outcome
        ? { status: "succeeded", value: outcome.value, error: undefined, asyncContext }
        : {
            status: "failed",
            value: undefined,
            error: { code: 5001, name: "Internal Error", message: outcome.error },
            asyncContext,
          };
    setTimeout(() => callback?.(result), 0);
  }

  function openFile(bytes: Uint8Array, sliceSize: number, sliceFailure: string | undefined): HostFile {
    let closed = false;
    const sliceCount = Math.ceil(bytes.length / sliceSize);
    openFileCount++;
    return {
      size: bytes.length,
      sliceCount,
      getSliceAsync(index, callback) {
        if (closed) return answer(callback, undefined, { error: "The file is closed." });
        if (!Number.isInteger(index) || index < 0 || index >= sliceCount) {
          return answer(callback, undefined, { error: `There is no slice ${index}.` });
        }
        if (sliceFailure !== undefined && index === sliceCount - 1) {
          return answer(callback, undefined, { error: sliceFailure });
        }
        const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
        answer(callback, undefined, { value: { data, index, size: data.length } });
      },
      closeAsync(callback) {
        if (closed) return answer(callback, undefined, { error: "The file is already closed." });
        closed = true;
        openFileCount--;
        answer<void>(callback, undefined, { value: undefined });
      },
    };
  }

  const getFileAsync: ExcelHostOffice["context"]["document"]["getFileAsync"] = (
    fileType,
    optionsOrCallback,
    maybeCallback
  ) => {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    const fileOptions = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    if (callback === undefined) throw new Error("ExcelHost: getFileAsync without a callback never answers");
    if (fileType !== "pdf")
      throw new Error(`ExcelHost: getFileAsync models Office.FileType.Pdf only, not "${fileType}"`);
    const context = fileOptions.asyncContext;
    if (!isSetSupported("PdfFile")) {
      return answer(callback, context, { error: "This file type is not supported here." });
    }
    const sliceSize = fileOptions.sliceSize ?? MAX_SLICE_BYTES;
    if (!Number.isInteger(sliceSize) || sliceSize <= 0 || sliceSize > MAX_SLICE_BYTES) {
      return answer(callback, context, { error: `The slice size ${sliceSize} is not 1 byte to 4 MB.` });
    }
    if (openFileCount >= MAX_OPEN_FILES) {
      return answer(callback, context, { error: "No more than two files can be open: close one first." });
    }
    const output = pdfOutput;
    if (typeof output === "object" && "failure" in output)
      return answer(callback, context, { error: output.failure });
    // Excel on the web "succeeds" with an empty PDF (office-js#5950, #5473).
    const empty = platform === "OfficeOnline" || output === "empty";
    const bytes = empty ? new Uint8Array(0) : printedPdf(workbook.model.sheets.length);
    const sliceFailure =
      typeof output === "object" && "sliceFailure" in output ? output.sliceFailure : undefined;
    answer(callback, context, { value: openFile(bytes, sliceSize, sliceFailure) });
  };

  const ready = { host: "Excel", platform } as const;
  let officeThemeId: HostOfficeThemeId = options.officeTheme ?? "Colorful";
  const Office: ExcelHostOffice = {
    onReady(callback) {
      callback?.(ready);
      return Promise.resolve(ready);
    },
    HostType: { Excel: "Excel" },
    PlatformType: platformTypes,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    context: {
      displayLanguage: options.displayLanguage ?? "th-TH",
      get officeTheme() {
        return OFFICE_THEMES[officeThemeId];
      },
      platform,
      requirements: { isSetSupported },
      document: { getFileAsync },
    },
  };
  const downloads: HostDownload[] = [];
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
    const wasStructureProtected = workbook.model.structureProtected;
    workbook.readOnly = false;
    workbook.model.structureProtected = false;
    if (sheet) sheet.protection = { protected: false };
    try {
      return change();
    } finally {
      workbook.readOnly = wasReadOnly;
      workbook.model.structureProtected = wasStructureProtected;
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
      const uninstallBrowser = installBrowser(target, platform, downloads);
      return () => {
        uninstallBrowser();
        for (const [key, had, value] of previous) {
          if (had) target[key] = value;
          else delete target[key];
        }
      };
    },
    platform,
    downloads,
    openedWorkbooks,
    get openFileCount() {
      return openFileCount;
    },
    setPdfOutput(output) {
      pdfOutput = output;
    },
    refuseNewWorkbooks(code) {
      newWorkbookRefusal = code;
    },
    setOfficeTheme(themeId) {
      officeThemeId = themeId;
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
    protectWorkbook(isProtected = true) {
      workbook.model.structureProtected = isProtected;
    },
    addTable(address, name) {
      const { sheet, rect } = resolve(address);
      const table = asOfficer(sheet, () => addTable(workbook, sheet, rect, name));
      workbook.markDirty();
      return table.name;
    },
    reopen() {
      workbook.reopen();
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
      const areas = address.split(",").map((area) => resolve(area));
      const [first] = areas;
      if (!first || areas.some((area) => area.sheet !== first.sheet))
        throw new Error(`ExcelHost: select(${address}) takes areas of one sheet`);
      workbook.activate(first.sheet);
      first.sheet.selection = first.rect;
      first.sheet.otherSelection =
        areas.length > 1 ? { kind: "areas", areas: areas.map((area) => area.rect) } : undefined;
    },
    selectChart(sheetName) {
      const sheet = sheetNamed(sheetName);
      workbook.activate(sheet);
      sheet.otherSelection = { kind: "chart" };
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

/**
 * The pane's browser, where the global object has a DOM: blob URLs are remembered, and a click on a link
 * with a `download` attribute saves its blob to `downloads` where the platform saves downloads, and does
 * nothing where it does not (Excel for Mac), as the real web views do. Other links are left alone.
 */
function installBrowser(
  target: Record<string, unknown>,
  platform: HostPlatform,
  downloads: HostDownload[]
): () => void {
  const anchorClass = target.HTMLAnchorElement as typeof HTMLAnchorElement | undefined;
  const urlClass = target.URL as Record<string, unknown> | undefined;
  if (anchorClass === undefined || urlClass === undefined) return () => undefined;
  const blobs = new Map<string, Blob>();
  let blobCount = 0;
  // `click` is usually inherited from HTMLElement: keep it to call, and any own one to put back.
  const ownClick = Object.getOwnPropertyDescriptor(anchorClass.prototype, "click");
  const inheritedClick = anchorClass.prototype.click;
  const hadCreate = Object.prototype.hasOwnProperty.call(urlClass, "createObjectURL");
  const hadRevoke = Object.prototype.hasOwnProperty.call(urlClass, "revokeObjectURL");
  const create = urlClass.createObjectURL as ((blob: Blob) => string) | undefined;
  const revoke = urlClass.revokeObjectURL as ((url: string) => void) | undefined;

  urlClass.createObjectURL = (blob: Blob) => {
    blobCount++;
    const url = typeof create === "function" ? create.call(urlClass, blob) : `blob:excel-host/${blobCount}`;
    blobs.set(url, blob);
    return url;
  };
  urlClass.revokeObjectURL = (url: string) => {
    blobs.delete(url);
    if (typeof revoke === "function") revoke.call(urlClass, url);
  };
  Object.defineProperty(anchorClass.prototype, "click", {
    configurable: true,
    writable: true,
    value(this: HTMLAnchorElement) {
      if (!this.hasAttribute("download")) {
        inheritedClick.call(this);
        return;
      }
      const blob = blobs.get(this.href);
      // A revoked or unknown blob URL saves nothing; nor does a platform whose web view cannot download.
      if (blob === undefined || !platformSavesDownloads[platform]) return;
      downloads.push({ fileName: this.download, type: blob.type, size: blob.size, blob });
    },
  });

  return () => {
    if (ownClick) Object.defineProperty(anchorClass.prototype, "click", ownClick);
    else delete (anchorClass.prototype as unknown as Record<string, unknown>).click;
    if (hadCreate) urlClass.createObjectURL = create;
    else delete urlClass.createObjectURL;
    if (hadRevoke) urlClass.revokeObjectURL = revoke;
    else delete urlClass.revokeObjectURL;
  };
}
