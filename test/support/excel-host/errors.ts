/**
 * The error objects an Excel host hands back: `OfficeExtension.Error`-like, with the code, message and
 * debugInfo shapes of Office.js (learn.microsoft.com, "Error handling with the application-specific
 * JavaScript APIs").
 */

/** Error codes the host can produce; the values are the strings Office.js uses. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidObjectPath: "InvalidObjectPath",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const defaultMessages: Record<ErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InactiveWorkbook:
    "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidObjectPath: "The object path is not valid for the current request context.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded: "The property is not available.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ValueNotLoaded: "The value of the result object has not been loaded yet.",
};

export interface DebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/** The host's `OfficeExtension.Error`: `name` "RichApi.Error", a stable `code`, and `debugInfo`. */
export class OfficeExtensionError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** An error raised while a sync runs; the request context adds the failing statement's location. */
export class HostFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string
  ) {
    super(detail === undefined ? defaultMessages[code] : `${defaultMessages[code]} ${detail}`);
  }
}

/** Builds the error a sync rejects with. */
export function officeError(code: ErrorCode, detail: string | undefined, errorLocation: string) {
  const message = detail === undefined ? defaultMessages[code] : `${defaultMessages[code]} (${detail})`;
  return new OfficeExtensionError(code, message, errorLocation);
}

/** The error Office.js throws, synchronously, when a property is read before load + sync. */
export function propertyNotLoaded(property: string, objectName: string): OfficeExtensionError {
  return new OfficeExtensionError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`
  );
}

/** Thrown, synchronously, for any part of the Excel API this host does not model. */
export function notImplemented(what: string): Error {
  const error = new Error(`not implemented in ExcelHost: ${what}`);
  return Object.assign(error, { code: ErrorCodes.notImplemented });
}
