/** `workbook.worksheets`, a worksheet, its protection and its freeze panes. */

import { MAX_COLUMNS, MAX_ROWS } from "../a1";
import { HostFailure } from "../errors";
import { normalizeColor } from "../values";
import type { Workbook } from "../workbook";
import { checkedRect, rectOnSheet } from "./arguments";
import { AutoFilterObject } from "./auto-filter";
import {
  type Bound,
  ClientObject,
  ClientResult,
  CollectionObject,
  derive,
  expose,
  type HostRequestContext,
  NULL_OBJECT,
} from "./base";
import { ChartCollectionObject } from "./charts";
import { TableCollectionObject } from "./excel-tables";
import { PageBreakCollectionObject } from "./page-breaks";
import { PageLayoutObject } from "./page-layout";
import { newRange, type RangeObject } from "./range";

export class WorksheetCollectionObject extends CollectionObject<WorksheetObject, string> {
  constructor(context: HostRequestContext) {
    super(context, "WorksheetCollection", () => true);
  }
  _keys(workbook: Workbook): string[] {
    return workbook.model.sheets.map((sheet) => sheet.id);
  }
  _item(): WorksheetObject {
    return newWorksheet(this.context, () => {
      throw new HostFailure("ItemNotFound");
    });
  }

  getItem(key: string): WorksheetObject {
    return newWorksheet(this.context, (wb) => {
      const sheet = wb.sheetByNameOrId(key);
      if (!sheet) throw new HostFailure("ItemNotFound", `no worksheet '${key}'`);
      return sheet.id;
    });
  }

  getItemOrNullObject(key: string): WorksheetObject {
    this.context._requireApi("WorksheetCollection.getItemOrNullObject");
    return newWorksheet(this.context, (wb) => wb.sheetByNameOrId(key)?.id ?? NULL_OBJECT);
  }

  getActiveWorksheet(): WorksheetObject {
    return newWorksheet(this.context, (wb) => wb.activeSheet().id);
  }

  add(name?: string): WorksheetObject {
    const sheet = newWorksheet(this.context, () => {
      throw new HostFailure("ItemNotFound", "the worksheet was never added");
    });
    this._queue("add", name ?? null, (wb) => sheet._preset(wb.addSheet(name).id));
    return sheet;
  }

  getCount(): ClientResult<number> {
    this.context._requireApi("WorksheetCollection.getCount");
    const result = new ClientResult<number>();
    this.context._enqueue({
      location: "WorksheetCollection.getCount",
      bytes: 32,
      run: (wb) => {
        const count = wb.model.sheets.length;
        return () => {
          result._value = count;
          result._ready = true;
        };
      },
    });
    return result;
  }
}

// ---- worksheet ---------------------------------------------------------------------------------------

export function newWorksheet(
  context: HostRequestContext,
  resolve: (workbook: Workbook) => Bound<string>
): WorksheetObject {
  return expose(new WorksheetObject(context, resolve), "Worksheet");
}

const sheetVisibilities = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetObject extends ClientObject<string> {
  readonly _scalarNames = ["name", "id", "position", "visibility", "tabColor"] as const;
  private _protection: WorksheetProtectionObject | undefined = undefined;
  private _freezePanes: FreezePanesObject | undefined = undefined;
  private _charts: ChartCollectionObject | undefined = undefined;
  private _pageLayout: PageLayoutObject | undefined = undefined;
  private _autoFilter: AutoFilterObject | undefined = undefined;
  private _horizontalPageBreaks: PageBreakCollectionObject | undefined = undefined;
  private _tables: TableCollectionObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "Worksheet", resolve);
  }

  get tables(): TableCollectionObject {
    this._tables ??= expose(
      new TableCollectionObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "TableCollection"
    );
    return this._tables;
  }

  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    const sheet = workbook.requireSheet(id);
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return workbook.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
    }
    return super._readScalar(workbook, id, property);
  }

  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      protection: () => this.protection,
      freezePanes: () => this.freezePanes,
      charts: () => this.charts,
      pageLayout: () => this.pageLayout,
      autoFilter: () => this.autoFilter,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
  }

  get horizontalPageBreaks(): PageBreakCollectionObject {
    this.context._requireApi("Worksheet.horizontalPageBreaks");
    return (this._horizontalPageBreaks ??= expose(
      new PageBreakCollectionObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "PageBreakCollection"
    ));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._queue("name", value, (wb, id) => wb.renameSheet(wb.requireSheet(id), value));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._queue("visibility", value, (wb, id) => {
      const sheet = wb.requireSheet(id);
      wb.assertStructureEditable();
      if (!sheetVisibilities.includes(value))
        throw new HostFailure("InvalidArgument", `visibility ${String(value)}`);
      const othersVisible = wb.model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && !othersVisible) {
        throw new HostFailure("InvalidOperation", "a workbook must keep at least one visible sheet");
      }
      sheet.visibility = value;
      if (value !== "Visible" && wb.model.activeSheetId === id) {
        const next = wb.model.sheets.find((s) => s.visibility === "Visible");
        if (next) wb.model.activeSheetId = next.id;
      }
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this._queue("tabColor", value, (wb, id) => {
      const color = value === "" ? "" : normalizeColor(value);
      if (color === undefined) throw new HostFailure("InvalidArgument", `color ${String(value)}`);
      wb.assertWritable();
      wb.requireSheet(id).tabColor = color;
    });
  }

  get protection(): WorksheetProtectionObject {
    this.context._requireApi("Worksheet.protection");
    return (this._protection ??= expose(
      new WorksheetProtectionObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "WorksheetProtection"
    ));
  }
  get freezePanes(): FreezePanesObject {
    this.context._requireApi("Worksheet.freezePanes");
    return (this._freezePanes ??= expose(
      new FreezePanesObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "WorksheetFreezePanes"
    ));
  }

  get charts(): ChartCollectionObject {
    return (this._charts ??= expose(
      new ChartCollectionObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "ChartCollection"
    ));
  }
  get pageLayout(): PageLayoutObject {
    this.context._requireApi("Worksheet.pageLayout");
    return (this._pageLayout ??= expose(
      new PageLayoutObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "PageLayout"
    ));
  }

  get autoFilter(): AutoFilterObject {
    this.context._requireApi("Worksheet.autoFilter");
    return (this._autoFilter ??= expose(
      new AutoFilterObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "AutoFilter"
    ));
  }

  getRange(address?: string): RangeObject {
    return newRange(
      this.context,
      derive(this, (wb, id) => {
        const sheet = wb.requireSheet(id);
        if (address === undefined)
          return { sheetId: id, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
        return { sheetId: id, rect: rectOnSheet(wb, sheet, address) };
      })
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeObject {
    this.context._requireApi("Worksheet.getRangeByIndexes");
    return newRange(
      this.context,
      derive(this, (wb, id) => {
        wb.requireSheet(id);
        const numbers = [startRow, startColumn, rowCount, columnCount];
        if (!numbers.every((n) => Number.isInteger(n)) || rowCount < 1 || columnCount < 1) {
          throw new HostFailure("InvalidArgument", `getRangeByIndexes(${numbers.join(", ")})`);
        }
        const rect = {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
        return { sheetId: id, rect: checkedRect(rect) };
      })
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeObject {
    return newRange(
      this.context,
      derive(this, (wb, id) => ({
        sheetId: id,
        rect: wb.usedRect(wb.requireSheet(id), valuesOnly === true) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        },
      }))
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject {
    this.context._requireApi("Worksheet.getUsedRangeOrNullObject");
    return newRange(
      this.context,
      derive(this, (wb, id) => {
        const rect = wb.usedRect(wb.requireSheet(id), valuesOnly === true);
        return rect ? { sheetId: id, rect } : NULL_OBJECT;
      })
    );
  }

  activate(): void {
    this._queue("activate", null, (wb, id) => wb.activate(wb.requireSheet(id)));
  }

  delete(): void {
    this._queue("delete", null, (wb, id) => wb.deleteSheet(wb.requireSheet(id)));
  }
}

export class WorksheetProtectionObject extends ClientObject<string> {
  readonly _scalarNames = ["protected"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "WorksheetProtection", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (property === "protected") return workbook.requireSheet(id).protection.protected;
    return super._readScalar(workbook, id, property);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(_options?: unknown, password?: string): void {
    this._queue("protect", null, (wb, id) => {
      const sheet = wb.requireSheet(id);
      wb.assertWritable();
      // The API reference: "Protects a worksheet. Fails if the worksheet has already been protected."
      if (sheet.protection.protected)
        throw new HostFailure("InvalidOperation", `'${sheet.name}' is already protected`);
      sheet.protection = password === undefined ? { protected: true } : { protected: true, password };
    });
  }
  unprotect(password?: string): void {
    this._queue("unprotect", null, (wb, id) => {
      const sheet = wb.requireSheet(id);
      wb.assertWritable();
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new HostFailure("InvalidArgument", "the password is wrong");
      }
      sheet.protection = { protected: false };
    });
  }
}

export class FreezePanesObject extends ClientObject<string> {
  readonly _scalarNames = [] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "WorksheetFreezePanes", resolve);
  }
  freezeRows(count = 1): void {
    this._queue("freezeRows", count, (wb, id) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) {
        throw new HostFailure("InvalidArgument", `freezeRows(${count})`);
      }
      wb.assertWritable();
      wb.requireSheet(id).frozenRows = count;
    });
  }
}
