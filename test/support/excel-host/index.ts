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
import { enumObject, enums } from "./excel-enums";
import { createHyperFormulaEngine } from "./formula-engine";
import type {
  ExcelHost,
  ExcelHostExcel,
  ExcelHostOffice,
  ExcelHostOptions,
  HostAsyncResult,
  HostDownload,
  HostFile,
  HostNewWorkbook,
  HostOfficeThemeId,
  HostPdfOutput,
  HostPlatform,
} from "./host-types";
import { type CellStyle, type SheetModel, getCellRecord } from "./model";
import {
  MAX_OPEN_FILES,
  MAX_SLICE_BYTES,
  OFFICE_THEMES,
  platformApiSets,
  platformTypes,
  printedPdf,
  versionAtLeast,
} from "./office-platform";
import { installBrowser } from "./pane-browser";
import { type HostCore, createRequestContext } from "./proxies";
import { diffSnapshots, takeSnapshot } from "./snapshot";
import { addTable } from "./tables";
import { displayText, formulaText, plainValue, valueType } from "./values";
import { Workbook } from "./workbook";

export type {
  HostPlatform,
  HostOfficeThemeId,
  HostOfficeTheme,
  ExcelHostOptions,
  CellInfo,
  HostAsyncResult,
  HostFile,
  ExcelHostOffice,
  HostDownload,
  HostNewWorkbook,
  HostPdfOutput,
  ExcelHostExcel,
  ExcelHost,
} from "./host-types";
export type {
  CellSnapshot,
  ChartSnapshot,
  PageLayoutSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
export { OfficeExtensionError } from "./errors";

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
