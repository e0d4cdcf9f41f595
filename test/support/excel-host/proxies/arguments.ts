/**
 * How the proxies check what they are given: a range's binding, addresses on a sheet, enumerations, typed
 * values, colours.
 */

import { parseAddress, type Rect, rectWithinGrid } from "../a1";
import { HostFailure } from "../errors";
import type { SheetModel } from "../model";
import { normalizeColor } from "../values";
import type { Workbook } from "../workbook";

export interface RangeRef {
  readonly sheetId: string;
  readonly rect: Rect;
}
export function checkedRect(rect: Rect): Rect {
  if (!rectWithinGrid(rect)) throw new HostFailure("InvalidArgument", "the range falls outside the grid");
  return rect;
}

/** An address on a given sheet: "A1:B2", "C:C", "3:3", "Sheet1!A1" (same sheet only) or a workbook name. */
export function rectOnSheet(workbook: Workbook, sheet: SheetModel, address: string): Rect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
      throw new HostFailure("InvalidArgument", `${address} is not on sheet '${sheet.name}'`);
    }
    return parsed.rect;
  }
  const named = workbook.nameByName(address);
  if (named?.reference.kind === "range" && named.reference.sheetId === sheet.id) return named.reference.rect;
  throw new HostFailure("InvalidArgument", `'${address}' is not a valid address`);
}

export function sheetAndRect(workbook: Workbook, ref: RangeRef): [SheetModel, Rect] {
  return [workbook.requireSheet(ref.sheetId), ref.rect];
}

export function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(value)}`);
  }
  return value;
}

export function ofType<T>(value: unknown, type: "boolean" | "number" | "string", what: string): T {
  if (typeof value !== type || (type === "number" && !Number.isFinite(value))) {
    throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(value)}`);
  }
  return value as T;
}

export function color(value: unknown): string {
  const normalized = normalizeColor(value);
  if (normalized === undefined) throw new HostFailure("InvalidArgument", `color ${JSON.stringify(value)}`);
  return normalized;
}
