/** A range passed to a method as a proxy or an address: on which sheet, in which request context. */

import type { Rect } from "../a1";
import { ErrorCodes, HostFailure, OfficeExtensionError } from "../errors";
import type { Workbook } from "../workbook";
import { rectOnSheet } from "./arguments";
import { type HostRequestContext, NULL_OBJECT } from "./base";
import type { RangeObject } from "./range";

export function rangeOnSheet(
  workbook: Workbook,
  sheetId: string,
  target: RangeObject | string,
  what: string
): Rect {
  if (typeof target === "string") return rectOnSheet(workbook, workbook.requireSheet(sheetId), target);
  const bound = target._bind(workbook);
  if (bound === NULL_OBJECT) throw new HostFailure("InvalidArgument", `${what} is a null object`);
  if (bound.sheetId !== sheetId) throw new HostFailure("InvalidArgument", `${what} is on another sheet`);
  return bound.rect;
}

export function checkSameContext(
  context: HostRequestContext,
  target: RangeObject | string,
  location: string
): void {
  if (typeof target !== "string" && target.context !== context) {
    throw new OfficeExtensionError(
      ErrorCodes.invalidObjectPath,
      "ExcelHost: a range from another request context was passed.",
      location
    );
  }
}
