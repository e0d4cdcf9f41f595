/** Excel Tables: `worksheet.tables`, `Range.getTables` and a table. */

import { HostFailure, propertyNotLoaded } from "../errors";
import { emptyTree, type LoadTree } from "../load";
import type { TableModel } from "../model";
import { addTable, tablesIn } from "../tables";
import type { Workbook } from "../workbook";
import { type RangeRef, rectOnSheet } from "./arguments";
import {
  type Bound,
  ClientObject,
  ClientResult,
  derive,
  expose,
  type HostRequestContext,
  NULL_OBJECT,
} from "./base";

// ---- tables ------------------------------------------------------------------------------------------

/** `Range.getTables(fullyContained)`: `load("items/name")`, `items`, `getCount()`. */
export class TableScopedCollectionObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [] as const;
  _items: TableObject[] | undefined = undefined;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<RangeRef>,
    private readonly _fullyContained: boolean
  ) {
    super(context, "TableScopedCollection", resolve);
  }
  get items(): TableObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }
  private _tables(workbook: Workbook, ref: RangeRef): TableModel[] {
    return tablesIn(workbook, workbook.requireSheet(ref.sheetId), ref.rect, this._fullyContained);
  }
  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    this._refuseIfDerivedFromNull(workbook, "load");
    const ref = this._bind(workbook);
    if (ref === NULL_OBJECT) return super._readInto(workbook, tree);
    const itemTree = tree.nav.get("items") ?? emptyTree();
    for (const name of tree.scalars) {
      if (name === "items") itemTree.all = true;
      else if (name !== "isNullObject") itemTree.scalars.add(name);
    }
    if (tree.all) itemTree.all = true;
    const items = this._tables(workbook, ref).map((table) => {
      const item = expose(new TableObject(this.context, () => table.name), "Table");
      item._preset(table.name);
      return item;
    });
    const deliveries = items.map((item) => item._readInto(workbook, itemTree));
    return () => {
      this._nullLoaded = false;
      this._items = items;
      deliveries.forEach((deliver) => deliver());
    };
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context._enqueue({
      location: "TableScopedCollection.getCount",
      bytes: 32,
      run: (wb) => {
        this._refuseIfDerivedFromNull(wb, "getCount");
        const ref = this._bind(wb);
        const count = ref === NULL_OBJECT ? 0 : this._tables(wb, ref).length;
        return () => {
          result._value = count;
          result._ready = true;
        };
      },
    });
    return result;
  }
}

/**
 * `worksheet.tables` (ExcelApi 1.1): `add(address, hasHeaders)` makes a Table on the sheet, with the rules of
 * `addTable` (a header row and data, no overlap with another table or a merged area).
 */
export class TableCollectionObject extends ClientObject<string> {
  readonly _scalarNames = [] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "TableCollection", resolve);
  }
  add(address: string, hasHeaders: boolean): TableObject {
    const table = expose(
      new TableObject(this.context, () => {
        throw new HostFailure("ItemNotFound", "the table was never added");
      }),
      "Table"
    );
    this._queue("add", { address, hasHeaders }, (wb, sheetId) => {
      const sheet = wb.requireSheet(sheetId);
      table._preset(addTable(wb, sheet, rectOnSheet(wb, sheet, address)).name);
    });
    return table;
  }
}

/** An Excel Table, bound to its name: `name` and `getRange()` (header row and data). */
export class TableObject extends ClientObject<string> {
  readonly _scalarNames = ["name"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "Table", resolve);
  }
  private _model(workbook: Workbook, name: string): TableModel {
    const table = workbook.model.tables.find((candidate) => candidate.name === name);
    if (!table) throw new HostFailure("ItemNotFound", `no table '${name}'`);
    return table;
  }
  override _readScalar(workbook: Workbook, name: string, property: string): unknown {
    if (property === "name") return this._model(workbook, name).name;
    return super._readScalar(workbook, name, property);
  }
  get name(): string {
    return this._get("name");
  }
  getRange(): ClientObject<RangeRef> {
    return this.context._newRange(
      derive(this, (wb, name) => {
        const table = this._model(wb, name);
        return { sheetId: table.sheetId, rect: table.rect };
      })
    );
  }
}
