/** `Range` and `RangeAreas`: values, formulas, number formats, navigation and merges. */

import { boundingRect, columnCount, intersect, qualified, type Rect, rowCount } from "../a1";
import { ErrorCodes, HostFailure, OfficeExtensionError } from "../errors";
import { cellKey } from "../model";
import type { Workbook } from "../workbook";
import { checkedRect, ofType, type RangeRef, rectOnSheet } from "./arguments";
import {
  type Bound,
  ClientObject,
  ClientResult,
  cloneInput,
  derive,
  expose,
  type HostRequestContext,
  jsonBytes,
  NULL_OBJECT,
} from "./base";
import { ConditionalFormatCollectionObject } from "./conditional-formats";
import { DataValidationObject } from "./data-validation";
import { TableScopedCollectionObject } from "./excel-tables";
import { RangeFormatObject } from "./range-format";

// ---- range -------------------------------------------------------------------------------------------

/** One cell's fill as `getCellProperties` answers it. */
export interface CellFillProperties {
  readonly format: { readonly fill: { readonly color?: string; readonly tintAndShade?: number | null } };
}

export function newRange(
  context: HostRequestContext,
  resolve: (workbook: Workbook) => Bound<RangeRef>
): RangeObject {
  return expose(new RangeObject(context, resolve), "Range");
}

const gridProperties = ["values", "formulas", "numberFormat", "valueTypes", "text"];

export class RangeObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "text",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "rowHidden",
    "columnHidden",
  ] as const;
  private _format: RangeFormatObject | undefined = undefined;
  private _dataValidation: DataValidationObject | undefined = undefined;
  private _conditionalFormats: ConditionalFormatCollectionObject | undefined = undefined;
  private _worksheet: ClientObject<string> | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "Range", resolve);
  }

  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const sheet = workbook.requireSheet(ref.sheetId);
    const rect = ref.rect;
    if (gridProperties.includes(property)) {
      return workbook.readGrid(sheet, rect, property as "values");
    }
    switch (property) {
      case "address":
      case "addressLocal":
        return qualified(sheet.name, rect);
      case "rowCount":
        return rowCount(rect);
      case "columnCount":
        return columnCount(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "cellCount":
        return rowCount(rect) * columnCount(rect);
      case "rowHidden":
        this.context._requireApiAtSync("Range.rowHidden");
        return workbook.hiddenState(sheet, "rows", rect.top, rect.bottom);
      case "columnHidden":
        this.context._requireApiAtSync("Range.columnHidden");
        return workbook.hiddenState(sheet, "columns", rect.left, rect.right);
    }
    return super._readScalar(workbook, ref, property);
  }

  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      format: () => this.format,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
      worksheet: () => this.worksheet,
    };
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    const data = cloneInput(values);
    this._queue("values", data, (wb, ref) =>
      wb.writeGrid(wb.requireSheet(ref.sheetId), ref.rect, "values", data)
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    const data = cloneInput(formulas);
    this._queue("formulas", data, (wb, ref) =>
      wb.writeGrid(wb.requireSheet(ref.sheetId), ref.rect, "formulas", data)
    );
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    const data = cloneInput(formats);
    this._queue("numberFormat", data, (wb, ref) =>
      wb.writeGrid(wb.requireSheet(ref.sheetId), ref.rect, "numberFormat", data)
    );
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  /** ExcelApi 1.2: true when every row of the range is hidden (by the officer or a filter), null when some are. */
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.context._requireApi("Range.rowHidden");
    this._queue("rowHidden", value, (wb, ref) =>
      wb.setHidden(
        wb.requireSheet(ref.sheetId),
        "rows",
        ref.rect.top,
        ref.rect.bottom,
        ofType<boolean>(value, "boolean", "rowHidden")
      )
    );
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.context._requireApi("Range.columnHidden");
    this._queue("columnHidden", value, (wb, ref) =>
      wb.setHidden(
        wb.requireSheet(ref.sheetId),
        "columns",
        ref.rect.left,
        ref.rect.right,
        ofType<boolean>(value, "boolean", "columnHidden")
      )
    );
  }

  get worksheet(): ClientObject<string> {
    return (this._worksheet ??= this.context._newWorksheet(
      derive(this, (wb, ref) => wb.requireSheet(ref.sheetId).id)
    ));
  }
  get format(): RangeFormatObject {
    return (this._format ??= expose(
      new RangeFormatObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeFormat"
    ));
  }
  get dataValidation(): DataValidationObject {
    this.context._requireApi("Range.dataValidation");
    return (this._dataValidation ??= expose(
      new DataValidationObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "DataValidation"
    ));
  }

  get conditionalFormats(): ConditionalFormatCollectionObject {
    this.context._requireApi("Range.conditionalFormats");
    return (this._conditionalFormats ??= expose(
      new ConditionalFormatCollectionObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "ConditionalFormatCollection"
    ));
  }

  private _derived(resolve: (workbook: Workbook, ref: RangeRef) => Bound<RangeRef>): RangeObject {
    return newRange(this.context, derive(this, resolve));
  }

  private _other(workbook: Workbook, ref: RangeRef, other: RangeObject | string): RangeRef {
    if (typeof other === "string") {
      const sheet = workbook.requireSheet(ref.sheetId);
      return { sheetId: ref.sheetId, rect: rectOnSheet(workbook, sheet, other) };
    }
    const bound = other._bind(workbook);
    if (bound === NULL_OBJECT) throw new HostFailure("InvalidArgument", "the other range is a null object");
    if (bound.sheetId !== ref.sheetId)
      throw new HostFailure("InvalidArgument", "the ranges are on different sheets");
    return bound;
  }

  private _sameContext(other: RangeObject | string): void {
    if (typeof other !== "string" && other.context !== this.context) {
      throw new OfficeExtensionError(
        ErrorCodes.invalidObjectPath,
        "ExcelHost: a range from another request context was passed.",
        "Range"
      );
    }
  }

  getCell(row: number, column: number): RangeObject {
    return this._derived((_wb, ref) => {
      const top = ref.rect.top + row;
      const left = ref.rect.left + column;
      return { sheetId: ref.sheetId, rect: checkedRect({ top, left, bottom: top, right: left }) };
    });
  }

  /** One row of the range (0-based), as wide as the range; a row outside it rejects at sync. */
  getRow(row: number): RangeObject {
    return this._derived((_wb, ref) => {
      const top = ref.rect.top + row;
      if (!Number.isInteger(row) || row < 0 || top > ref.rect.bottom)
        throw new HostFailure("InvalidArgument", `getRow(${row})`);
      return { sheetId: ref.sheetId, rect: { ...ref.rect, top, bottom: top } };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeObject {
    return this._derived((_wb, ref) => ({
      sheetId: ref.sheetId,
      rect: checkedRect({
        top: ref.rect.top + rowOffset,
        bottom: ref.rect.bottom + rowOffset,
        left: ref.rect.left + columnOffset,
        right: ref.rect.right + columnOffset,
      }),
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeObject {
    this.context._requireApi("Range.getResizedRange");
    return this._derived((_wb, ref) => ({
      sheetId: ref.sheetId,
      rect: checkedRect({
        ...ref.rect,
        bottom: ref.rect.bottom + deltaRows,
        right: ref.rect.right + deltaColumns,
      }),
    }));
  }

  getBoundingRect(other: RangeObject | string): RangeObject {
    this._sameContext(other);
    return this._derived((wb, ref) => ({
      sheetId: ref.sheetId,
      rect: boundingRect(ref.rect, this._other(wb, ref, other).rect),
    }));
  }

  getIntersectionOrNullObject(other: RangeObject | string): RangeObject {
    this.context._requireApi("Range.getIntersectionOrNullObject");
    this._sameContext(other);
    return this._derived((wb, ref) => {
      const rect = intersect(ref.rect, this._other(wb, ref, other).rect);
      return rect ? { sheetId: ref.sheetId, rect } : NULL_OBJECT;
    });
  }

  /**
   * Per-cell properties (ExcelApi 1.9). Only the fill is modelled, `{ format: { fill: { color, tintAndShade } } }`
   * (either or both): any other option rejects at sync with NotImplemented rather than answering something
   * Excel would not. A cell without a fill reads color "#FFFFFF", as in Excel, and tintAndShade null, which
   * is how Excel tells "no fill" from a white fill (Microsoft in office-js#4900); a fill reads 0.
   */
  getCellProperties(options: unknown): ClientResult<CellFillProperties[][]> {
    this.context._requireApi("Range.getCellProperties");
    const result = new ClientResult<CellFillProperties[][]>();
    const fill = (options as { format?: { fill?: Record<string, unknown> } } | undefined)?.format?.fill;
    const keys = fill ? Object.keys(fill) : [];
    const fillOnly =
      JSON.stringify(Object.keys(options ?? {})) === JSON.stringify(["format"]) &&
      JSON.stringify(Object.keys((options as { format: object }).format)) === JSON.stringify(["fill"]) &&
      keys.length > 0 &&
      keys.every((key) => (key === "color" || key === "tintAndShade") && fill?.[key] === true);
    this.context._enqueue({
      location: "Range.getCellProperties",
      bytes: jsonBytes(options ?? null),
      run: (wb) => {
        if (!fillOnly) {
          throw new HostFailure(
            "NotImplemented",
            "ExcelHost models getCellProperties({ format: { fill: { color, tintAndShade } } }) only"
          );
        }
        this._refuseIfDerivedFromNull(wb, "getCellProperties");
        const ref = this._bind(wb);
        // On a null object a method is a no-op: the result holds nothing, and the caller must not use it.
        if (ref === NULL_OBJECT) {
          return () => {
            result._value = [];
            result._ready = true;
          };
        }
        const sheet = wb.requireSheet(ref.sheetId);
        const rows: CellFillProperties[][] = [];
        for (let row = ref.rect.top; row <= ref.rect.bottom; row++) {
          const line: CellFillProperties[] = [];
          for (let column = ref.rect.left; column <= ref.rect.right; column++) {
            const color = sheet.cells.get(cellKey(row, column))?.style?.fillColor;
            line.push({
              format: {
                fill: {
                  ...(fill?.color ? { color: color ?? "#FFFFFF" } : {}),
                  ...(fill?.tintAndShade ? { tintAndShade: color === undefined ? null : 0 } : {}),
                },
              },
            });
          }
          rows.push(line);
        }
        this.context._noteResponse(rows);
        return () => {
          result._value = rows;
          result._ready = true;
        };
      },
    });
    return result;
  }

  /** ExcelApi 1.9: the Excel Tables that overlap the range (`fullyContained`: only those inside it). */
  getTables(fullyContained = false): TableScopedCollectionObject {
    this.context._requireApi("Range.getTables");
    return expose(
      new TableScopedCollectionObject(
        this.context,
        derive(this, (_wb, ref) => ref),
        fullyContained
      ),
      "TableScopedCollection"
    );
  }

  getMergedAreasOrNullObject(): RangeAreasObject {
    this.context._requireApi("Range.getMergedAreasOrNullObject");
    return expose(
      new RangeAreasObject(
        this.context,
        derive(this, (wb, ref) => {
          const merges = wb.requireSheet(ref.sheetId).merges.filter((merge) => intersect(merge, ref.rect));
          return merges.length === 0 ? NULL_OBJECT : { sheetId: ref.sheetId, rects: merges };
        })
      ),
      "RangeAreas"
    );
  }

  merge(across = false): void {
    this.context._requireApi("Range.merge");
    this._queue("merge", across, (wb, ref) => wb.merge(wb.requireSheet(ref.sheetId), ref.rect, across));
  }

  unmerge(): void {
    this.context._requireApi("Range.unmerge");
    this._queue("unmerge", null, (wb, ref) => wb.unmerge(wb.requireSheet(ref.sheetId), ref.rect));
  }

  select(): void {
    this._queue("select", null, (wb, ref) => {
      const sheet = wb.requireSheet(ref.sheetId);
      wb.activate(sheet);
      sheet.selection = ref.rect;
      sheet.otherSelection = undefined;
    });
  }

  clear(applyTo: string = "All"): void {
    this._queue("clear", applyTo, (wb, ref) => wb.clear(wb.requireSheet(ref.sheetId), ref.rect, applyTo));
  }
}

export class RangeAreasObject extends ClientObject<{ sheetId: string; rects: Rect[] }> {
  readonly _scalarNames = ["address", "addressLocal", "areaCount", "cellCount"] as const;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<{ sheetId: string; rects: Rect[] }>
  ) {
    super(context, "RangeAreas", resolve);
  }
  override _readScalar(
    workbook: Workbook,
    areas: { sheetId: string; rects: Rect[] },
    property: string
  ): unknown {
    const sheet = workbook.requireSheet(areas.sheetId);
    switch (property) {
      case "address":
      case "addressLocal":
        return areas.rects.map((rect) => qualified(sheet.name, rect)).join(",");
      case "areaCount":
        return areas.rects.length;
      case "cellCount":
        return areas.rects.reduce((sum, rect) => sum + rowCount(rect) * columnCount(rect), 0);
    }
    return super._readScalar(workbook, areas, property);
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
}
