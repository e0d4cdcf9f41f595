/** `range.conditionalFormats` and the parts of a custom conditional format. */

import { HostFailure, propertyNotLoaded } from "../errors";
import { emptyTree, type LoadTree } from "../load";
import type { ConditionalFormatModel } from "../model";
import type { Workbook } from "../workbook";
import { color, ofType, oneOf, type RangeRef, sheetAndRect } from "./arguments";
import {
  type Bound,
  ClientObject,
  ClientResult,
  derive,
  expose,
  type HostRequestContext,
  NULL_OBJECT,
} from "./base";

// ---- conditional formats -----------------------------------------------------------------------------

/** The conditional format types (Excel.ConditionalFormatType); the host models only "Custom". */
export const conditionalFormatTypes = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

/** `range.conditionalFormats`: `add("Custom")`, `clearAll()`, `load("items/type")` and `getCount()`. */
export class ConditionalFormatCollectionObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [] as const;
  _items: ConditionalFormatObject[] | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "ConditionalFormatCollection", resolve);
  }
  get items(): ConditionalFormatObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
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
    const items = workbook.conditionalFormatsIn(...sheetAndRect(workbook, ref)).map((format) => {
      const item = newConditionalFormat(this.context, () => format.serial);
      item._preset(format.serial);
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
      location: "ConditionalFormatCollection.getCount",
      bytes: 32,
      run: (wb) => {
        this._refuseIfDerivedFromNull(wb, "getCount");
        const ref = this._bind(wb);
        const count = ref === NULL_OBJECT ? 0 : wb.conditionalFormatsIn(...sheetAndRect(wb, ref)).length;
        return () => {
          result._value = count;
          result._ready = true;
        };
      },
    });
    return result;
  }
  add(type: string): ConditionalFormatObject {
    const format = newConditionalFormat(this.context, () => {
      throw new HostFailure("ItemNotFound", "the conditional format was never added");
    });
    this._queue("add", { type }, (wb, ref) => {
      const kind = oneOf(type, conditionalFormatTypes, "conditional format type");
      if (kind !== "Custom")
        throw new HostFailure(
          "NotImplemented",
          `ExcelHost models custom conditional formats only, not ${kind}`
        );
      format._preset(wb.addConditionalFormat(...sheetAndRect(wb, ref)).serial);
    });
    return format;
  }
  clearAll(): void {
    this._queue("clearAll", null, (wb, ref) => wb.clearConditionalFormats(...sheetAndRect(wb, ref)));
  }
}

function newConditionalFormat(
  context: HostRequestContext,
  resolve: (workbook: Workbook) => Bound<number>
): ConditionalFormatObject {
  return expose(new ConditionalFormatObject(context, resolve), "ConditionalFormat");
}

/** A part of a conditional format (its rule, its fill, its font) bound to the format's serial. */
abstract class ConditionalFormatPartObject extends ClientObject<number> {
  abstract _read(format: ConditionalFormatModel, property: string): unknown;
  abstract _write(format: ConditionalFormatModel, property: string, value: unknown): ConditionalFormatModel;

  override _readScalar(workbook: Workbook, serial: number, property: string): unknown {
    if (!this._scalarNames.includes(property)) return super._readScalar(workbook, serial, property);
    return this._read(workbook.conditionalFormatBySerial(serial).format, property);
  }
  _set(property: string, value: unknown): void {
    this._queue(property, value, (wb, serial) =>
      wb.updateConditionalFormat(serial, (format) => this._write(format, property, value))
    );
  }
  _part<T extends ClientObject<number>>(
    make: new (context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) => T,
    type: string
  ): T {
    return expose(
      new make(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      type
    );
  }
}

export class ConditionalFormatObject extends ConditionalFormatPartObject {
  readonly _scalarNames = ["type", "priority"] as const;
  private _custom: CustomConditionalFormatObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ConditionalFormat", resolve);
  }
  override _readScalar(workbook: Workbook, serial: number, property: string): unknown {
    if (property === "priority") {
      const { sheet, format } = workbook.conditionalFormatBySerial(serial);
      return sheet.conditionalFormats.indexOf(format);
    }
    return super._readScalar(workbook, serial, property);
  }
  _read(format: ConditionalFormatModel): unknown {
    return format.type;
  }
  _write(): ConditionalFormatModel {
    throw new HostFailure("InvalidArgument", "ConditionalFormat.type is read-only");
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { custom: () => this.custom };
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  get custom(): CustomConditionalFormatObject {
    return (this._custom ??= this._part(CustomConditionalFormatObject, "CustomConditionalFormat"));
  }
  delete(): void {
    this._queue("delete", null, (wb, serial) => {
      const { sheet, format } = wb.conditionalFormatBySerial(serial);
      wb.assertEditable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((candidate) => candidate !== format);
    });
  }
}

export class CustomConditionalFormatObject extends ConditionalFormatPartObject {
  readonly _scalarNames = [] as const;
  private _rule: ConditionalFormatRuleObject | undefined = undefined;
  private _format: ConditionalRangeFormatObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "CustomConditionalFormat", resolve);
  }
  _read(): unknown {
    return undefined;
  }
  _write(format: ConditionalFormatModel): ConditionalFormatModel {
    return format;
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): ConditionalFormatRuleObject {
    return (this._rule ??= this._part(ConditionalFormatRuleObject, "ConditionalFormatRule"));
  }
  get format(): ConditionalRangeFormatObject {
    return (this._format ??= this._part(ConditionalRangeFormatObject, "ConditionalRangeFormat"));
  }
}

export class ConditionalFormatRuleObject extends ConditionalFormatPartObject {
  readonly _scalarNames = ["formula"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ConditionalFormatRule", resolve);
  }
  _read(format: ConditionalFormatModel): unknown {
    return format.formula ?? "";
  }
  _write(format: ConditionalFormatModel, _property: string, value: unknown): ConditionalFormatModel {
    const formula = ofType<string>(value, "string", "conditional format formula");
    // Excel takes the rule as a formula: "=AND(…)"; without "=" it would be a constant text.
    if (!formula.startsWith("=") || formula.length < 2)
      throw new HostFailure("InvalidArgument", `conditional format formula ${JSON.stringify(formula)}`);
    return { ...format, formula };
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._set("formula", value);
  }
}

export class ConditionalRangeFormatObject extends ConditionalFormatPartObject {
  readonly _scalarNames = [] as const;
  private _fill: ConditionalRangeFillObject | undefined = undefined;
  private _font: ConditionalRangeFontObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ConditionalRangeFormat", resolve);
  }
  _read(): unknown {
    return undefined;
  }
  _write(format: ConditionalFormatModel): ConditionalFormatModel {
    return format;
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): ConditionalRangeFillObject {
    return (this._fill ??= this._part(ConditionalRangeFillObject, "ConditionalRangeFill"));
  }
  get font(): ConditionalRangeFontObject {
    return (this._font ??= this._part(ConditionalRangeFontObject, "ConditionalRangeFont"));
  }
}

export class ConditionalRangeFillObject extends ConditionalFormatPartObject {
  readonly _scalarNames = ["color"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ConditionalRangeFill", resolve);
  }
  _read(format: ConditionalFormatModel): unknown {
    return format.fill ?? null;
  }
  _write(format: ConditionalFormatModel, _property: string, value: unknown): ConditionalFormatModel {
    return { ...format, fill: color(value) };
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value);
  }
}

export class ConditionalRangeFontObject extends ConditionalFormatPartObject {
  readonly _scalarNames = ["color", "bold"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ConditionalRangeFont", resolve);
  }
  _read(format: ConditionalFormatModel, property: string): unknown {
    return property === "color" ? (format.fontColor ?? null) : (format.bold ?? false);
  }
  _write(format: ConditionalFormatModel, property: string, value: unknown): ConditionalFormatModel {
    return property === "color"
      ? { ...format, fontColor: color(value) }
      : { ...format, bold: ofType<boolean>(value, "boolean", "bold") };
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._set("bold", value);
  }
}
