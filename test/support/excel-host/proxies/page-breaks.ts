/** `worksheet.horizontalPageBreaks`. */

import { HostFailure } from "../errors";
import type { Workbook } from "../workbook";
import {
  type Bound,
  ClientObject,
  ClientResult,
  derive,
  expose,
  type HostRequestContext,
  NULL_OBJECT,
} from "./base";
import type { RangeObject } from "./range";
import { checkSameContext, rangeOnSheet } from "./range-argument";

// ---- manual page breaks (ExcelApi 1.9) ---------------------------------------------------------------

/**
 * A sheet's manual horizontal page breaks. `add(range)` breaks above the range's top row; a break above
 * row 1 is refused (nothing precedes it); adding one that exists leaves one.
 */
export class PageBreakCollectionObject extends ClientObject<string> {
  readonly _scalarNames = [] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "PageBreakCollection", resolve);
  }
  add(pageBreakRange: RangeObject | string): PageBreakObject {
    checkSameContext(this.context, pageBreakRange, "PageBreakCollection.add");
    let row = -1;
    const pageBreak = expose(
      new PageBreakObject(
        this.context,
        derive(this, (_wb, id) => ({ sheetId: id, row }))
      ),
      "PageBreak"
    );
    this._queue("add", typeof pageBreakRange === "string" ? pageBreakRange : "(Range)", (wb, id) => {
      const rect = rangeOnSheet(wb, id, pageBreakRange, "the page break range");
      if (rect.top === 0) throw new HostFailure("InvalidArgument", "no page break can go above row 1");
      const sheet = wb.requireSheet(id);
      wb.assertEditable(sheet);
      sheet.rowBreaks.add(rect.top);
      row = rect.top;
    });
    return pageBreak;
  }
  removePageBreaks(): void {
    this._queue("removePageBreaks", null, (wb, id) => {
      const sheet = wb.requireSheet(id);
      wb.assertEditable(sheet);
      sheet.rowBreaks.clear();
    });
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context._enqueue({
      location: "PageBreakCollection.getCount",
      bytes: 32,
      run: (wb) => {
        const id = this._bind(wb);
        const count = id === NULL_OBJECT ? 0 : wb.requireSheet(id).rowBreaks.size;
        return () => {
          result._value = count;
          result._ready = true;
        };
      },
    });
    return result;
  }
}

export class PageBreakObject extends ClientObject<{ sheetId: string; row: number }> {
  readonly _scalarNames = ["rowIndex", "columnIndex"] as const;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<{ sheetId: string; row: number }>
  ) {
    super(context, "PageBreak", resolve);
  }
  override _readScalar(
    workbook: Workbook,
    binding: { sheetId: string; row: number },
    property: string
  ): unknown {
    if (property === "rowIndex") return binding.row;
    if (property === "columnIndex") return 0;
    return super._readScalar(workbook, binding, property);
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  delete(): void {
    this._queue("delete", null, (wb, binding) => {
      const sheet = wb.requireSheet(binding.sheetId);
      wb.assertEditable(sheet);
      sheet.rowBreaks.delete(binding.row);
    });
  }
}
