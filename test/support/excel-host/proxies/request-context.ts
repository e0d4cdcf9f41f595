/** The request context `Excel.run` hands out, and the one place that knows every proxy. */

import type { Workbook } from "../workbook";
import type { RangeRef } from "./arguments";
import { type Bound, expose, type HostCore, HostRequestContext } from "./base";
import { newRange, type RangeObject } from "./range";
import { WorkbookObject } from "./workbook-object";
import { newWorksheet, type WorksheetObject } from "./worksheets";

/** Excel.RequestContext: the base context with the workbook, and the maker of worksheets and ranges. */
export class ExcelRequestContext extends HostRequestContext {
  readonly workbook: WorkbookObject;

  constructor(host: HostCore) {
    super(host);
    this.workbook = expose(new WorkbookObject(this), "Workbook");
  }

  override _newWorksheet(resolve: (workbook: Workbook) => Bound<string>): WorksheetObject {
    return newWorksheet(this, resolve);
  }
  override _newRange(resolve: (workbook: Workbook) => Bound<RangeRef>): RangeObject {
    return newRange(this, resolve);
  }
}

/** Creates a request context, wrapped so unmodelled members say so. */
export function createRequestContext(host: HostCore): ExcelRequestContext {
  return expose(new ExcelRequestContext(host), "RequestContext");
}
