/** `context.workbook` and what hangs from it directly: its protection, the application, names and settings. */

import { ErrorCodes, HostFailure, OfficeExtensionError } from "../errors";
import type { Workbook } from "../workbook";
import { ofType } from "./arguments";
import {
  type Bound,
  ClientObject,
  cloneInput,
  CollectionObject,
  derive,
  expose,
  type HostRequestContext,
  NULL_OBJECT,
} from "./base";
import { newRange, type RangeObject } from "./range";
import { WorksheetCollectionObject } from "./worksheets";

// ---- workbook and collections ------------------------------------------------------------------------

export class WorkbookObject extends ClientObject<true> {
  readonly _scalarNames = ["readOnly"] as const;
  private _protection: WorkbookProtectionObject | undefined = undefined;
  private _worksheets: WorksheetCollectionObject | undefined = undefined;
  private _names: NamedItemCollectionObject | undefined = undefined;
  private _settings: SettingCollectionObject | undefined = undefined;
  private _application: ApplicationObject | undefined = undefined;

  constructor(context: HostRequestContext) {
    super(context, "Workbook", () => true);
  }

  get worksheets(): WorksheetCollectionObject {
    return (this._worksheets ??= expose(new WorksheetCollectionObject(this.context), "WorksheetCollection"));
  }
  get names(): NamedItemCollectionObject {
    return (this._names ??= expose(new NamedItemCollectionObject(this.context), "NamedItemCollection"));
  }
  get settings(): SettingCollectionObject {
    this.context._requireApi("Workbook.settings");
    return (this._settings ??= expose(new SettingCollectionObject(this.context), "SettingCollection"));
  }
  get application(): ApplicationObject {
    return (this._application ??= expose(new ApplicationObject(this.context), "Application"));
  }
  /** ExcelApi 1.7: the workbook's (structure) protection. */
  get protection(): WorkbookProtectionObject {
    this.context._requireApi("Workbook.protection");
    return (this._protection ??= expose(new WorkbookProtectionObject(this.context), "WorkbookProtection"));
  }

  override _readScalar(workbook: Workbook, binding: true, property: string): unknown {
    if (property === "readOnly") {
      this.context._requireApiAtSync("Workbook.readOnly");
      return workbook.readOnly;
    }
    return super._readScalar(workbook, binding, property);
  }
  /** ExcelApi 1.8: `true` when the workbook is open read-only. */
  get readOnly(): boolean {
    return this._get("readOnly");
  }

  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      worksheets: () => this.worksheets,
      names: () => this.names,
      settings: () => this.settings,
      application: () => this.application,
      protection: () => this.protection,
    };
  }

  /**
   * "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange);
   * with a chart selected it throws InvalidSelection "by design" (office-js#2268). The host answers both
   * with InvalidSelection at sync.
   */
  getSelectedRange(): RangeObject {
    return newRange(this.context, (wb) => {
      const sheet = wb.activeSheet();
      if (sheet.otherSelection) {
        const what =
          sheet.otherSelection.kind === "chart" ? "a chart is selected" : "several ranges are selected";
        throw new HostFailure("InvalidSelection", what);
      }
      return { sheetId: sheet.id, rect: sheet.selection };
    });
  }
}

/**
 * Workbook (structure) protection: while on, sheets cannot be added, deleted, renamed, hidden or shown.
 * Which error Excel gives then is not documented; the host rejects with AccessDenied.
 */
export class WorkbookProtectionObject extends ClientObject<true> {
  readonly _scalarNames = ["protected"] as const;
  constructor(context: HostRequestContext) {
    super(context, "WorkbookProtection", () => true);
  }
  override _readScalar(workbook: Workbook, binding: true, property: string): unknown {
    if (property === "protected") return workbook.model.structureProtected;
    return super._readScalar(workbook, binding, property);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  /** "Protects the workbook. Fails if the workbook has been protected." */
  protect(): void {
    this._queue("protect", null, (wb) => {
      wb.assertWritable();
      if (wb.model.structureProtected)
        throw new HostFailure("InvalidOperation", "the workbook is already protected");
      wb.model.structureProtected = true;
    });
  }
  unprotect(): void {
    this._queue("unprotect", null, (wb) => {
      wb.assertWritable();
      wb.model.structureProtected = false;
    });
  }
}

export class ApplicationObject extends ClientObject<true> {
  readonly _scalarNames = ["calculationMode"] as const;
  constructor(context: HostRequestContext) {
    super(context, "Application", () => true);
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  override _readScalar(): unknown {
    return "Automatic";
  }
}

// ---- names -------------------------------------------------------------------------------------------

export class NamedItemCollectionObject extends CollectionObject<NamedItemObject, string> {
  constructor(context: HostRequestContext) {
    super(context, "NamedItemCollection", () => true);
  }
  _keys(workbook: Workbook): string[] {
    return workbook.model.names.map((item) => item.name);
  }
  _item(): NamedItemObject {
    return expose(new NamedItemObject(this.context, () => NULL_OBJECT), "NamedItem");
  }

  add(name: string, reference: RangeObject | string, comment?: string): NamedItemObject {
    this.context._requireApi("NamedItemCollection.add");
    if (typeof reference !== "string" && reference.context !== this.context) {
      throw new OfficeExtensionError(
        ErrorCodes.invalidObjectPath,
        "ExcelHost: a range from another context.",
        "names.add"
      );
    }
    const item = expose(
      new NamedItemObject(this.context, () => {
        throw new HostFailure("ItemNotFound", `the name '${name}' was never added`);
      }),
      "NamedItem"
    );
    this._queue(
      "add",
      { name, reference: typeof reference === "string" ? reference : "(Range)", comment },
      (wb) => {
        let target;
        if (typeof reference === "string") {
          target = wb.parseNameReference(reference);
        } else {
          const bound = reference._bind(wb);
          if (bound === NULL_OBJECT)
            throw new HostFailure("InvalidArgument", "the reference is a null object");
          target = { kind: "range" as const, sheetId: bound.sheetId, rect: bound.rect };
        }
        item._preset(wb.addName(name, target, comment).name);
      }
    );
    return item;
  }

  getItemOrNullObject(name: string): NamedItemObject {
    this.context._requireApi("NamedItemCollection.getItemOrNullObject");
    return expose(
      new NamedItemObject(this.context, (wb) => wb.nameByName(name)?.name ?? NULL_OBJECT),
      "NamedItem"
    );
  }
}

function literalType(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "").trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  return { type: "Error", value: "#VALUE!" };
}

export class NamedItemObject extends ClientObject<string> {
  readonly _scalarNames = ["name", "formula", "type", "value", "comment", "visible"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "NamedItem", resolve);
  }
  private _model(workbook: Workbook, name: string) {
    const item = workbook.nameByName(name);
    if (!item) throw new HostFailure("ItemNotFound", `no name '${name}'`);
    return item;
  }
  override _readScalar(workbook: Workbook, name: string, property: string): unknown {
    const item = this._model(workbook, name);
    const formula = workbook.nameFormula(item);
    switch (property) {
      case "name":
        return item.name;
      case "formula":
        return formula;
      case "comment":
        return item.comment;
      case "visible":
        return item.visible ?? true;
      case "type":
        if (formula === "=#REF!") return "Error";
        return item.reference.kind === "range" ? "Range" : literalType(formula).type;
      case "value":
        if (formula === "=#REF!") return "#REF!";
        return item.reference.kind === "range" ? formula.slice(1) : literalType(formula).value;
    }
    return super._readScalar(workbook, name, property);
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get comment(): string {
    return this._get("comment");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._queue("visible", value, (wb, name) =>
      wb.setNameVisible(this._model(wb, name), ofType<boolean>(value, "boolean", "visible"))
    );
  }
  getRangeOrNullObject(): RangeObject {
    this.context._requireApi("NamedItem.getRangeOrNullObject");
    return newRange(
      this.context,
      derive(this, (wb, name) => {
        const item = this._model(wb, name);
        if (item.reference.kind !== "range" || !wb.sheetById(item.reference.sheetId)) return NULL_OBJECT;
        return { sheetId: item.reference.sheetId, rect: item.reference.rect };
      })
    );
  }
  getRange(): RangeObject {
    this.context._requireApi("NamedItem.getRange");
    return newRange(
      this.context,
      derive(this, (wb, name) => {
        const item = this._model(wb, name);
        if (item.reference.kind !== "range" || !wb.sheetById(item.reference.sheetId)) {
          throw new HostFailure("InvalidReference", `the name '${item.name}' does not refer to a range`);
        }
        return { sheetId: item.reference.sheetId, rect: item.reference.rect };
      })
    );
  }
  delete(): void {
    this.context._requireApi("NamedItem.delete");
    this._queue("delete", null, (wb, name) => wb.deleteName(this._model(wb, name)));
  }
}

// ---- settings ----------------------------------------------------------------------------------------

function jsonCopy(value: unknown): unknown {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    throw new HostFailure("InvalidArgument", "a setting value must be JSON");
  }
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export class SettingCollectionObject extends CollectionObject<SettingObject, string> {
  constructor(context: HostRequestContext) {
    super(context, "SettingCollection", () => true);
  }
  _keys(workbook: Workbook): string[] {
    return [...workbook.model.settings.keys()];
  }
  _item(): SettingObject {
    return expose(new SettingObject(this.context, () => NULL_OBJECT), "Setting");
  }
  add(key: string, value: unknown): SettingObject {
    const data = cloneInput(value);
    const setting = expose(
      new SettingObject(this.context, () => {
        throw new HostFailure("ItemNotFound", `the setting '${key}' was never added`);
      }),
      "Setting"
    );
    this._queue("add", { key, value: data }, (wb) => {
      if (typeof key !== "string" || key === "") throw new HostFailure("InvalidArgument", "a setting key");
      wb.assertWritable();
      wb.model.settings.set(key, jsonCopy(data));
      setting._preset(key);
    });
    return setting;
  }
  getItemOrNullObject(key: string): SettingObject {
    return expose(
      new SettingObject(this.context, (wb) => (wb.model.settings.has(key) ? key : NULL_OBJECT)),
      "Setting"
    );
  }
}

export class SettingObject extends ClientObject<string> {
  readonly _scalarNames = ["key", "value"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "Setting", resolve);
  }
  override _readScalar(workbook: Workbook, key: string, property: string): unknown {
    if (!workbook.model.settings.has(key)) throw new HostFailure("ItemNotFound", `no setting '${key}'`);
    if (property === "key") return key;
    if (property === "value") return jsonCopy(workbook.model.settings.get(key));
    return super._readScalar(workbook, key, property);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    const data = cloneInput(value);
    this._queue("value", data, (wb, key) => {
      if (!wb.model.settings.has(key)) throw new HostFailure("ItemNotFound", `no setting '${key}'`);
      wb.assertWritable();
      wb.model.settings.set(key, jsonCopy(data));
    });
  }
  delete(): void {
    this._queue("delete", null, (wb, key) => {
      wb.assertWritable();
      if (!wb.model.settings.delete(key)) throw new HostFailure("ItemNotFound", `no setting '${key}'`);
    });
  }
}
