/** ExcelHost's public types: its options, the host and its test controls, the `Office` and `Excel` it installs. */

import type { OfficeExtensionError } from "./errors";
import type { CellSnapshot, WorkbookSnapshot } from "./snapshot";

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
