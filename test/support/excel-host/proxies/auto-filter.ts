/** `worksheet.autoFilter`. */

import { HostFailure } from "../errors";
import type { Workbook } from "../workbook";
import { type Bound, ClientObject, cloneInput, derive, type HostRequestContext, NULL_OBJECT } from "./base";
import { newRange, type RangeObject } from "./range";
import { checkSameContext, rangeOnSheet } from "./range-argument";

// ---- AutoFilter --------------------------------------------------------------------------------------

/** `worksheet.autoFilter` (ExcelApi 1.9): one per sheet; "Values" and "Custom" criteria are evaluated. */
export class AutoFilterObject extends ClientObject<string> {
  readonly _scalarNames = ["enabled", "isDataFiltered"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "AutoFilter", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    const filter = workbook.requireSheet(id).autoFilter;
    switch (property) {
      case "enabled":
        return filter !== undefined;
      case "isDataFiltered":
        return filter !== undefined && filter.criteria.size > 0;
    }
    return super._readScalar(workbook, id, property);
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }
  apply(range: RangeObject | string, columnIndex?: number, criteria?: unknown): void {
    checkSameContext(this.context, range, "AutoFilter.apply");
    const data = cloneInput(criteria);
    this._queue("apply", { columnIndex, criteria: data }, (wb, id) =>
      wb.applyAutoFilter(wb.requireSheet(id), rangeOnSheet(wb, id, range, "the range"), columnIndex, data)
    );
  }
  clearCriteria(): void {
    this._queue("clearCriteria", null, (wb, id) => wb.clearAutoFilterCriteria(wb.requireSheet(id)));
  }
  reapply(): void {
    this._queue("reapply", null, (wb, id) => wb.filterRows(wb.requireSheet(id)));
  }
  remove(): void {
    this._queue("remove", null, (wb, id) => wb.removeAutoFilter(wb.requireSheet(id)));
  }
  getRange(): RangeObject {
    return newRange(
      this.context,
      derive(this, (wb, id) => {
        const filter = wb.requireSheet(id).autoFilter;
        if (!filter) throw new HostFailure("ItemNotFound", "the sheet has no AutoFilter");
        return { sheetId: id, rect: filter.rect };
      })
    );
  }
  getRangeOrNullObject(): RangeObject {
    return newRange(
      this.context,
      derive(this, (wb, id) => {
        const filter = wb.requireSheet(id).autoFilter;
        return filter ? { sheetId: id, rect: filter.rect } : NULL_OBJECT;
      })
    );
  }
}
