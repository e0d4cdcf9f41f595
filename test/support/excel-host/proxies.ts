/**
 * The Office.js object model as proxies: reads need load + sync, writes and methods queue until the next
 * sync, and every queued statement runs, in order, against the host's workbook when `context.sync()` runs.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  columnCount,
  intersect,
  isUnbounded,
  isWholeRows,
  parseAddress,
  qualified,
  rectWithinGrid,
  rowCount,
} from "./a1";
import {
  ErrorCodes,
  HostFailure,
  OfficeExtensionError,
  notImplemented,
  officeError,
  propertyNotLoaded,
} from "./errors";
import { type LoadTree, emptyTree, parseLoad } from "./load";
import {
  type BorderSide,
  cellKey,
  type CellStyle,
  type ChartAxisModel,
  type ChartModel,
  type ConditionalFormatModel,
  DEFAULT_CHART_AXIS,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  type HeaderFooterPart,
  type PageLayoutModel,
  type PageZoom,
  type SheetModel,
  type TableModel,
} from "./model";
import { addTable, tablesIn } from "./tables";
import { normalizeColor } from "./values";
import type { Workbook } from "./workbook";

export const NULL_OBJECT: unique symbol = Symbol("ExcelHost null object");
type Bound<B> = B | typeof NULL_OBJECT;

/** One queued statement. `run` applies it and may return what to deliver once the sync succeeds. */
export interface Action {
  readonly location: string;
  readonly bytes: number;
  run(workbook: Workbook): (() => void) | void;
}

/** What a request context needs from the host. */
export interface HostCore {
  readonly workbook: Workbook;
  readonly atomicSync: boolean;
  readonly maxRequestBytes: number;
  /** A sync whose loaded values exceed this many bytes (as escaped JSON) rejects, as Excel on the web does. */
  readonly maxResponseBytes: number;
  /**
   * What a statement on an object derived from a null object does at sync: "refuse" rejects it (what
   * Excel may do: Microsoft documents nothing), "propagate" treats the object as null too.
   */
  readonly derivedNullObjects: "refuse" | "propagate";
  cellEditMode: boolean;
  syncCount: number;
  isSetSupported(name: string, version?: string): boolean;
}

/** The ExcelApi version each gated member needs (learn.microsoft.com API reference remarks). */
const requiredApi: Record<string, string> = {
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.getResizedRange": "1.2",
  "Range.getTables": "1.9",
  "RangeFill.pattern": "1.9",
  "Workbook.protection": "1.7",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.dataValidation": "1.8",
  "Range.conditionalFormats": "1.6",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.autofitRows": "1.2",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.protection": "1.2",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.getCount": "1.4",
  "Workbook.settings": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItem.getRange": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "RangeFormat.useStandardWidth": "1.7",
  "RangeFormat.useStandardHeight": "1.7",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.autoFilter": "1.9",
  "Range.rowHidden": "1.2",
  "Range.getCellProperties": "1.9",
  "Range.columnHidden": "1.2",
  "Workbook.readOnly": "1.8",
  "Worksheet.horizontalPageBreaks": "1.9",
  "ChartAxis.reversePlotOrder": "1.7",
  "ChartAxis.tickLabelSpacing": "1.7",
  "ChartAxis.position": "1.8",
  "ChartAxis.numberFormat": "1.8",
  "ChartDataLabels.numberFormat": "1.8",
  "HeaderFooterGroup.state": "1.9",
};

function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  return new TextEncoder().encode(json).length;
}

/** JSON length with every non-ASCII character escaped as \uXXXX: the larger of the ways an answer travels. */
function escapedJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

function cloneInput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneInput);
  if (value && typeof value === "object") return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

const passthrough = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
]);

/** Wraps an API object so touching a member the host does not model says so, instead of yielding undefined. */
function expose<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (
        typeof property === "symbol" ||
        property in object ||
        passthrough.has(property) ||
        property.startsWith("_") ||
        property.startsWith("@@") ||
        property.startsWith("$$")
      ) {
        return Reflect.get(object, property, receiver) as unknown;
      }
      throw notImplemented(`${type}.${property}`);
    },
    set(object, property, value, receiver) {
      if (typeof property === "symbol" || property in object || property.startsWith("_")) {
        return Reflect.set(object, property, value, receiver);
      }
      throw notImplemented(`setting ${type}.${property}`);
    },
  });
}

export class HostRequestContext {
  _queue: Action[] = [];
  _closed = false;
  _bound: ClientObject<unknown>[] = [];
  /** The size of the values the running sync answers with. */
  _responseBytes = 0;
  readonly workbook: WorkbookObject;

  constructor(readonly _host: HostCore) {
    this.workbook = expose(new WorkbookObject(this), "Workbook");
  }

  _ensureOpen(): void {
    if (this._closed) {
      throw new OfficeExtensionError(
        ErrorCodes.invalidObjectPath,
        "ExcelHost: this request context's Excel.run has finished; statements queued now would never be sent.",
        "RequestContext"
      );
    }
  }

  _enqueue(action: Action): void {
    this._ensureOpen();
    this._queue.push(action);
  }

  /** Counts a loaded value into the response of the running sync. */
  _noteResponse(value: unknown): void {
    this._responseBytes += escapedJsonBytes(value);
  }

  /** A gated property loaded on a host without its set rejects at sync with ApiNotFound, as Office.js does. */
  _requireApiAtSync(member: string): void {
    const version = requiredApi[member];
    if (version === undefined || this._host.isSetSupported("ExcelApi", version)) return;
    throw new HostFailure("ApiNotFound", `${member} needs ExcelApi ${version}`);
  }

  /** Gated APIs throw at call time when the host lacks the set (real Office.js rejects at sync instead). */
  _requireApi(member: string): void {
    const version = requiredApi[member];
    if (version === undefined || this._host.isSetSupported("ExcelApi", version)) return;
    const error = new TypeError(`${member} is not a function (ExcelHost: it needs ExcelApi ${version})`);
    throw Object.assign(error, { code: ErrorCodes.apiNotFound });
  }

  sync(): Promise<void> {
    this._host.syncCount++;
    if (this._closed) {
      return Promise.reject(
        new OfficeExtensionError(
          ErrorCodes.invalidObjectPath,
          "ExcelHost: sync() after Excel.run finished.",
          "sync"
        )
      );
    }
    const actions = this._queue;
    this._queue = [];
    let deliveries: (() => void)[];
    try {
      deliveries = this._execute(actions);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    // Loaded values arrive with the resolved promise, not before: reading them without awaiting still throws.
    return Promise.resolve().then(() => deliveries.forEach((deliver) => deliver()));
  }

  private _execute(actions: Action[]): (() => void)[] {
    const host = this._host;
    if (host.cellEditMode)
      throw officeError(ErrorCodes.invalidOperationInCellEditMode, undefined, "RequestContext.sync");
    const bytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    if (bytes > host.maxRequestBytes) {
      throw officeError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        `${bytes} bytes queued, the limit is ${host.maxRequestBytes}`,
        "RequestContext.sync"
      );
    }
    const workbook = host.workbook;
    const checkpoint = host.atomicSync ? workbook.checkpoint() : undefined;
    this._bound = [];
    this._responseBytes = 0;
    const deliveries: (() => void)[] = [];
    const undo = () => {
      if (checkpoint) {
        workbook.restore(checkpoint);
        for (const object of this._bound) object._binding = undefined;
      } else {
        workbook.markDirty();
      }
    };
    for (const action of actions) {
      try {
        const deliver = action.run(workbook);
        if (deliver) deliveries.push(deliver);
      } catch (error) {
        undo();
        if (error instanceof HostFailure) throw officeError(error.code, error.detail, action.location);
        if (error instanceof OfficeExtensionError) throw error;
        throw officeError(ErrorCodes.generalException, String(error), action.location);
      }
    }
    // Excel on the web runs the request, then cannot send the answer back.
    if (this._responseBytes > host.maxResponseBytes) {
      undo();
      throw officeError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        `${this._responseBytes} bytes loaded, the limit is ${host.maxResponseBytes}`,
        "RequestContext.sync"
      );
    }
    return deliveries;
  }
}

// ---- the base proxy ----------------------------------------------------------------------------------

export abstract class ClientObject<B> {
  _loaded = new Map<string, unknown>();
  _nullLoaded: boolean | undefined = undefined;
  _binding: Bound<B> | undefined = undefined;
  /** Null because the object it was derived from is null (not because its own `*OrNullObject` found nothing). */
  _derivedFromNull = false;

  constructor(
    readonly context: HostRequestContext,
    readonly _type: string,
    readonly _resolve: (workbook: Workbook) => Bound<B>
  ) {}

  abstract readonly _scalarNames: readonly string[];
  _readScalar(_workbook: Workbook, _binding: B, property: string): unknown {
    throw new HostFailure("InvalidArgument", `${this._type} has no property '${property}'`);
  }
  _navigation(name: string): ClientObject<unknown> | undefined {
    return this._navigations()[name]?.();
  }
  _navigations(): Record<string, () => ClientObject<unknown>> {
    return {};
  }

  /** Instantiates the object on first use in a sync, as Office.js does with object paths. */
  _bind(workbook: Workbook): Bound<B> {
    if (this._binding === undefined) {
      this._binding = this._resolve(workbook);
      const parent = (this._resolve as Partial<Derived>).derivedFrom;
      this._derivedFromNull =
        this._binding === NULL_OBJECT && parent !== undefined && parent._bind(workbook) === NULL_OBJECT;
      this.context._bound.push(this as ClientObject<unknown>);
    }
    return this._binding;
  }

  /**
   * Microsoft documents what a `*OrNullObject` member returns, not what happens to methods and loads on an
   * object derived from it: a strict host refuses them at sync (`derivedNullObjects: "refuse"`).
   */
  _refuseIfDerivedFromNull(workbook: Workbook, what: string): void {
    this._bind(workbook);
    if (this._derivedFromNull && this.context._host.derivedNullObjects === "refuse") {
      throw new HostFailure(
        "InvalidObjectPath",
        `${what} on a ${this._type} derived from a null object (Microsoft does not document what Excel does)`
      );
    }
  }

  _preset(binding: B): void {
    this._binding = binding;
    this.context._bound.push(this as ClientObject<unknown>);
  }

  get isNullObject(): boolean {
    if (this._nullLoaded === undefined) throw propertyNotLoaded("isNullObject", this._type);
    return this._nullLoaded;
  }

  load(propertyNames?: unknown): this {
    const tree = parseLoad(propertyNames);
    this.context._enqueue({
      location: `${this._type}.load`,
      bytes: jsonBytes(propertyNames ?? ""),
      run: (wb) => this._readInto(wb, tree),
    });
    return this;
  }

  _readInto(workbook: Workbook, tree: LoadTree): () => void {
    this._refuseIfDerivedFromNull(workbook, "load");
    const binding = this._bind(workbook);
    if (binding === NULL_OBJECT) {
      return () => {
        this._nullLoaded = true;
        this._loaded.clear();
      };
    }
    const names = tree.all ? this._scalarNames : [...tree.scalars].filter((name) => name !== "isNullObject");
    const entries = names.map((name) => {
      if (!this._scalarNames.includes(name)) {
        const child = this._navigation(name);
        if (child) return [name, child._readInto(workbook, emptyTree(true))] as const;
        throw new HostFailure("InvalidArgument", `${this._type} has no property '${name}'`);
      }
      const value = this._readScalar(workbook, binding, name);
      this.context._noteResponse(value);
      return [name, value] as const;
    });
    const children = [...tree.nav].map(([name, subtree]) => {
      const child = this._navigation(name);
      if (!child)
        throw new HostFailure("InvalidArgument", `${this._type} has no navigation property '${name}'`);
      return child._readInto(workbook, subtree);
    });
    return () => {
      this._nullLoaded = false;
      for (const [name, value] of entries) {
        if (typeof value === "function") value();
        else this._loaded.set(name, value);
      }
      children.forEach((deliver) => deliver());
    };
  }

  _get<T>(property: string): T {
    if (this._nullLoaded === true) {
      throw new OfficeExtensionError(
        ErrorCodes.propertyNotLoaded,
        `The property '${property}' is not available: this ${this._type} is a null object (check isNullObject first).`,
        `${this._type}.${property}`
      );
    }
    if (!this._loaded.has(property)) throw propertyNotLoaded(property, this._type);
    return this._loaded.get(property) as T;
  }

  /** Queues a property write or a method; statements on a null object are ignored, as in Office.js. */
  _queue(location: string, payload: unknown, apply: (workbook: Workbook, binding: B) => void): void {
    this.context._enqueue({
      location: `${this._type}.${location}`,
      bytes: jsonBytes({ location, payload }),
      run: (wb) => {
        this._refuseIfDerivedFromNull(wb, location);
        const binding = this._bind(wb);
        if (binding !== NULL_OBJECT) apply(wb, binding);
      },
    });
  }
}

/** A resolver that names the object it derives from, so that `_bind` can tell a derived null object. */
interface Derived {
  readonly derivedFrom: ClientObject<unknown>;
}

function derive<P, B>(parent: ClientObject<P>, resolve: (workbook: Workbook, parent: P) => Bound<B>) {
  const resolver = (workbook: Workbook): Bound<B> => {
    const binding = parent._bind(workbook);
    return binding === NULL_OBJECT ? NULL_OBJECT : resolve(workbook, binding);
  };
  return Object.assign(resolver, { derivedFrom: parent as ClientObject<unknown> }) satisfies Derived;
}

class ClientResult<T> {
  _value: T | undefined = undefined;
  _ready = false;
  get value(): T {
    if (!this._ready) {
      throw new OfficeExtensionError(
        ErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value"
      );
    }
    return this._value as T;
  }
}

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

/** A collection proxy: `load("items/name")` (or `load("name")`) loads those properties of every item. */
abstract class CollectionObject<Item extends ClientObject<K>, K> extends ClientObject<true> {
  readonly _scalarNames = [] as const;
  _items: Item[] | undefined = undefined;

  abstract _keys(workbook: Workbook): K[];
  abstract _item(key: K): Item;

  get items(): Item[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }

  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    const itemTree = tree.nav.get("items") ?? emptyTree();
    for (const name of tree.scalars) {
      if (name === "items") itemTree.all = true;
      else if (name !== "isNullObject") itemTree.scalars.add(name);
    }
    for (const [name, subtree] of tree.nav) if (name !== "items") itemTree.nav.set(name, subtree);
    if (tree.all) itemTree.all = true;
    const items = this._keys(workbook).map((key) => {
      const item = this._item(key);
      item._preset(key);
      return item;
    });
    const deliveries = items.map((item) => item._readInto(workbook, itemTree));
    return () => {
      this._nullLoaded = false;
      this._items = items;
      deliveries.forEach((deliver) => deliver());
    };
  }
}

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

function newWorksheet(
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

function checkedRect(rect: Rect): Rect {
  if (!rectWithinGrid(rect)) throw new HostFailure("InvalidArgument", "the range falls outside the grid");
  return rect;
}

/** An address on a given sheet: "A1:B2", "C:C", "3:3", "Sheet1!A1" (same sheet only) or a workbook name. */
function rectOnSheet(workbook: Workbook, sheet: SheetModel, address: string): Rect {
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

// ---- range -------------------------------------------------------------------------------------------

/** One cell's fill as `getCellProperties` answers it. */
export interface CellFillProperties {
  readonly format: { readonly fill: { readonly color?: string; readonly tintAndShade?: number | null } };
}

export interface RangeRef {
  readonly sheetId: string;
  readonly rect: Rect;
}

function newRange(
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
  private _worksheet: WorksheetObject | undefined = undefined;

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

  get worksheet(): WorksheetObject {
    return (this._worksheet ??= newWorksheet(
      this.context,
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
  getRange(): RangeObject {
    return newRange(
      this.context,
      derive(this, (wb, name) => {
        const table = this._model(wb, name);
        return { sheetId: table.sheetId, rect: table.rect };
      })
    );
  }
}

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

// ---- formats -----------------------------------------------------------------------------------------

const horizontalAlignments = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const verticalAlignments = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function sheetAndRect(workbook: Workbook, ref: RangeRef): [SheetModel, Rect] {
  return [workbook.requireSheet(ref.sheetId), ref.rect];
}

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(value)}`);
  }
  return value;
}

function ofType<T>(value: unknown, type: "boolean" | "number" | "string", what: string): T {
  if (typeof value !== type || (type === "number" && !Number.isFinite(value))) {
    throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(value)}`);
  }
  return value as T;
}

function color(value: unknown): string {
  const normalized = normalizeColor(value);
  if (normalized === undefined) throw new HostFailure("InvalidArgument", `color ${JSON.stringify(value)}`);
  return normalized;
}

export class RangeFormatObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "columnWidth",
    "rowHeight",
    "useStandardWidth",
    "useStandardHeight",
  ] as const;
  private _font: RangeFontObject | undefined = undefined;
  private _fill: RangeFillObject | undefined = undefined;
  private _borders: RangeBorderCollectionObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFormat", resolve);
  }

  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const [sheet, rect] = sheetAndRect(workbook, ref);
    switch (property) {
      case "horizontalAlignment":
        return workbook.uniformStyle(sheet, rect, (s) => s.horizontalAlignment, "General");
      case "verticalAlignment":
        return workbook.uniformStyle(sheet, rect, (s) => s.verticalAlignment, "Bottom");
      case "wrapText":
        return workbook.uniformStyle(sheet, rect, (s) => s.wrapText, false);
      case "columnWidth":
        return workbook.shownSize(sheet, "columns", rect.left, rect.right);
      case "rowHeight":
        return workbook.shownSize(sheet, "rows", rect.top, rect.bottom);
      case "useStandardWidth":
      case "useStandardHeight": {
        const columns = property === "useStandardWidth";
        const sizes = columns ? sheet.columnWidths : sheet.rowHeights;
        const [from, to] = columns ? [rect.left, rect.right] : [rect.top, rect.bottom];
        const custom = [...sizes.keys()].filter((index) => index >= from && index <= to).length;
        if (custom === 0) return true;
        return custom === to - from + 1 && workbook.uniformSize(sizes, from, to, 0) !== null ? false : null;
      }
    }
    return super._readScalar(workbook, ref, property);
  }

  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      font: () => this.font,
      fill: () => this.fill,
      borders: () => this.borders,
    };
  }

  private _style(location: string, value: unknown, patch: (style: CellStyle) => CellStyle): void {
    this._queue(location, value, (wb, ref) => wb.updateStyle(...sheetAndRect(wb, ref), patch));
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._style("horizontalAlignment", value, (s) => ({
      ...s,
      horizontalAlignment: oneOf(value, horizontalAlignments, "horizontalAlignment"),
    }));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._style("verticalAlignment", value, (s) => ({
      ...s,
      verticalAlignment: oneOf(value, verticalAlignments, "verticalAlignment"),
    }));
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._style("wrapText", value, (s) => ({
      ...s,
      wrapText: ofType<boolean>(value, "boolean", "wrapText"),
    }));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._queue("columnWidth", value, (wb, ref) =>
      wb.setSizes(wb.requireSheet(ref.sheetId), "columns", ref.rect.left, ref.rect.right, value)
    );
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._queue("rowHeight", value, (wb, ref) =>
      wb.setSizes(wb.requireSheet(ref.sheetId), "rows", ref.rect.top, ref.rect.bottom, value)
    );
  }

  get useStandardWidth(): boolean {
    this.context._requireApi("RangeFormat.useStandardWidth");
    return this._get("useStandardWidth");
  }
  /** Only `true` does anything (Office.js: "setting it to false has no effect"): the columns go back to standard. */
  set useStandardWidth(value: boolean) {
    this.context._requireApi("RangeFormat.useStandardWidth");
    this._queue("useStandardWidth", value, (wb, ref) => {
      if (ofType<boolean>(value, "boolean", "useStandardWidth"))
        wb.setSizes(
          wb.requireSheet(ref.sheetId),
          "columns",
          ref.rect.left,
          ref.rect.right,
          DEFAULT_COLUMN_WIDTH
        );
    });
  }
  get useStandardHeight(): boolean {
    this.context._requireApi("RangeFormat.useStandardHeight");
    return this._get("useStandardHeight");
  }
  set useStandardHeight(value: boolean) {
    this.context._requireApi("RangeFormat.useStandardHeight");
    this._queue("useStandardHeight", value, (wb, ref) => {
      if (ofType<boolean>(value, "boolean", "useStandardHeight"))
        wb.setSizes(wb.requireSheet(ref.sheetId), "rows", ref.rect.top, ref.rect.bottom, DEFAULT_ROW_HEIGHT);
    });
  }

  get font(): RangeFontObject {
    return (this._font ??= expose(
      new RangeFontObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeFont"
    ));
  }
  get fill(): RangeFillObject {
    return (this._fill ??= expose(
      new RangeFillObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeFill"
    ));
  }
  get borders(): RangeBorderCollectionObject {
    return (this._borders ??= expose(
      new RangeBorderCollectionObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeBorderCollection"
    ));
  }

  autofitColumns(): void {
    this.context._requireApi("RangeFormat.autofitColumns");
    this._queue("autofitColumns", null, (wb, ref) => wb.autofit(...sheetAndRect(wb, ref), "columns"));
  }
  autofitRows(): void {
    this.context._requireApi("RangeFormat.autofitRows");
    this._queue("autofitRows", null, (wb, ref) => wb.autofit(...sheetAndRect(wb, ref), "rows"));
  }
}

export class RangeFontObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["bold", "italic", "color", "name", "size"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFont", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const [sheet, rect] = sheetAndRect(workbook, ref);
    switch (property) {
      case "bold":
        return workbook.uniformStyle(sheet, rect, (s) => s.bold, false);
      case "italic":
        return workbook.uniformStyle(sheet, rect, (s) => s.italic, false);
      case "color":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontColor, DEFAULT_FONT.color);
      case "name":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontName, DEFAULT_FONT.name);
      case "size":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontSize, DEFAULT_FONT.size);
    }
    return super._readScalar(workbook, ref, property);
  }
  private _style(location: string, value: unknown, patch: (style: CellStyle) => CellStyle): void {
    this._queue(location, value, (wb, ref) => wb.updateStyle(...sheetAndRect(wb, ref), patch));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (s) => ({ ...s, bold: ofType<boolean>(value, "boolean", "bold") }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (s) => ({ ...s, italic: ofType<boolean>(value, "boolean", "italic") }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => ({ ...s, fontColor: color(value) }));
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._style("name", value, (s) => ({ ...s, fontName: ofType<string>(value, "string", "font name") }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._style("size", value, (s) => {
      const size = ofType<number>(value, "number", "font size");
      if (size < 1 || size > 409) throw new HostFailure("InvalidArgument", `font size ${size}`);
      return { ...s, fontSize: size };
    });
  }
}

/** Excel.FillPattern, in Excel's order: the names a fill pattern may have. */
export const FILL_PATTERNS: readonly string[] = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];

export class RangeFillObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["color", "pattern", "patternColor"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFill", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    // Office.js reads a cell without fill as white.
    if (property === "color")
      return workbook.uniformStyle(...sheetAndRect(workbook, ref), (s) => s.fillColor, "#FFFFFF");
    if (property === "pattern")
      return workbook.uniformStyle(
        ...sheetAndRect(workbook, ref),
        (s) => s.fillPattern ?? (s.fillColor ? "Solid" : "None"),
        "None"
      );
    if (property === "patternColor")
      return workbook.uniformStyle(...sheetAndRect(workbook, ref), (s) => s.fillPatternColor, null);
    return super._readScalar(workbook, ref, property);
  }
  get color(): string {
    return this._get("color");
  }
  get pattern(): string {
    return this._get("pattern");
  }
  /** ExcelApi 1.9: a pattern over the fill; the host knows Excel's pattern names only. */
  set pattern(value: string) {
    this.context._requireApi("RangeFill.pattern");
    if (!FILL_PATTERNS.includes(value))
      throw new HostFailure("InvalidArgument", `'${value}' is not a fill pattern`);
    this._queue("pattern", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillPattern: value }))
    );
  }
  get patternColor(): string {
    return this._get("patternColor");
  }
  set patternColor(value: string) {
    this.context._requireApi("RangeFill.pattern");
    this._queue("patternColor", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillPatternColor: color(value) }))
    );
  }
  set color(value: string) {
    this._queue("color", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillColor: color(value) }))
    );
  }
  clear(): void {
    this._queue("clear", null, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({
        ...s,
        fillColor: undefined,
        fillPattern: undefined,
        fillPatternColor: undefined,
      }))
    );
  }
}

const borderEdges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
const borderStyles = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const borderWeights = ["Hairline", "Thin", "Medium", "Thick"];
type BorderRef = { ref: RangeRef; edge: string };

export class RangeBorderCollectionObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeBorderCollection", resolve);
  }
  getItem(index: string): RangeBorderObject {
    return expose(
      new RangeBorderObject(
        this.context,
        derive(this, (_wb, ref) => {
          if (!borderEdges.includes(index)) {
            if (index === "DiagonalDown" || index === "DiagonalUp")
              throw new HostFailure("NotImplemented", `border ${index}`);
            throw new HostFailure("InvalidArgument", `border ${JSON.stringify(index)}`);
          }
          return { ref, edge: index };
        })
      ),
      "RangeBorder"
    );
  }
}

/** The cell sides an edge of a range stands for. */
function borderCells(rect: Rect, edge: string): { row: number; column: number; side: BorderSide }[] {
  const cells: { row: number; column: number; side: BorderSide }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      if (edge === "EdgeTop" && row === rect.top) cells.push({ row, column, side: "top" });
      if (edge === "EdgeBottom" && row === rect.bottom) cells.push({ row, column, side: "bottom" });
      if (edge === "EdgeLeft" && column === rect.left) cells.push({ row, column, side: "left" });
      if (edge === "EdgeRight" && column === rect.right) cells.push({ row, column, side: "right" });
      if (edge === "InsideHorizontal" && row < rect.bottom) cells.push({ row, column, side: "bottom" });
      if (edge === "InsideVertical" && column < rect.right) cells.push({ row, column, side: "right" });
    }
  }
  return cells;
}

export class RangeBorderObject extends ClientObject<BorderRef> {
  readonly _scalarNames = ["style", "color", "weight", "sideIndex"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<BorderRef>) {
    super(context, "RangeBorder", resolve);
  }
  override _readScalar(workbook: Workbook, border: BorderRef, property: string): unknown {
    if (property === "sideIndex") return border.edge;
    const [sheet] = sheetAndRect(workbook, border.ref);
    const fallback: Record<string, string> = { style: "None", color: "#000000", weight: "Thin" };
    const seen = new Set<string>();
    for (const { row, column, side } of borderCells(border.ref.rect, border.edge)) {
      const spec = sheet.cells.get(row * MAX_COLUMNS + column)?.style?.borders?.[side];
      seen.add((spec as Record<string, string> | undefined)?.[property] ?? fallback[property] ?? "");
    }
    return seen.size === 1 ? [...seen][0] : null;
  }
  private _set(property: "style" | "color" | "weight", value: unknown): void {
    this._queue(property, value, (wb, border) => {
      const normalized =
        property === "color"
          ? color(value)
          : oneOf(value, property === "style" ? borderStyles : borderWeights, `border ${property}`);
      const [sheet, rect] = sheetAndRect(wb, border.ref);
      if (isUnbounded(rect)) {
        throw new HostFailure("NotImplemented", "ExcelHost does not draw borders on whole rows or columns");
      }
      const targets = borderCells(rect, border.edge);
      for (const { row, column, side } of targets) {
        wb.updateStyle(sheet, { top: row, bottom: row, left: column, right: column }, (s) => ({
          ...s,
          borders: { ...s.borders, [side]: { ...s.borders?.[side], [property]: normalized } },
        }));
      }
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._set("style", value);
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(value: string) {
    this._set("weight", value);
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
}

// ---- data validation ---------------------------------------------------------------------------------

const validationTypes: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const validationOperators = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object")
    throw new HostFailure("InvalidArgument", "a data validation rule object");
  const keys = Object.keys(rule).filter((key) => (rule as Record<string, unknown>)[key] !== undefined);
  const [type] = keys;
  if (keys.length !== 1 || type === undefined || !(type in validationTypes)) {
    throw new HostFailure(
      "InvalidArgument",
      `a rule has exactly one of ${Object.keys(validationTypes).join(", ")}`
    );
  }
  const criteria = (rule as Record<string, Record<string, unknown> | undefined>)[type] ?? {};
  if (type === "list") {
    if (typeof criteria.source !== "string" || criteria.source === "") {
      throw new HostFailure("InvalidArgument", "list validation needs a source");
    }
  } else if (type === "custom") {
    if (typeof criteria.formula !== "string")
      throw new HostFailure("InvalidArgument", "custom validation needs a formula");
  } else {
    const operator = criteria.operator;
    if (typeof operator !== "string" || !validationOperators.includes(operator)) {
      throw new HostFailure("InvalidArgument", `validation operator ${JSON.stringify(operator)}`);
    }
    if (criteria.formula1 === undefined)
      throw new HostFailure("InvalidArgument", "validation needs formula1");
    if ((operator === "Between" || operator === "NotBetween") && criteria.formula2 === undefined) {
      throw new HostFailure("InvalidArgument", `${operator} validation needs formula2`);
    }
  }
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

export class DataValidationObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["rule", "type", "prompt", "errorAlert", "ignoreBlanks"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "DataValidation", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const area = workbook.validationOf(...sheetAndRect(workbook, ref));
    const ruleType = area?.rule ? (validationTypes[Object.keys(area.rule)[0] ?? ""] ?? "None") : "None";
    switch (property) {
      case "rule":
        return area === null ? null : (JSON.parse(JSON.stringify(area?.rule ?? {})) as unknown);
      case "type":
        return area === null ? "Inconsistent" : ruleType;
      case "prompt":
        return area === null ? null : { showPrompt: true, title: "", message: "", ...area?.prompt };
      case "errorAlert":
        return area === null
          ? null
          : { showAlert: true, style: "Stop", title: "", message: "", ...area?.errorAlert };
      case "ignoreBlanks":
        return area === null ? null : (area?.ignoreBlanks ?? true);
    }
    return super._readScalar(workbook, ref, property);
  }
  get rule(): unknown {
    return this._get("rule");
  }
  set rule(value: unknown) {
    const data = cloneInput(value);
    this._queue("rule", data, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), { rule: checkRule(data) })
    );
  }
  get type(): string {
    return this._get("type");
  }
  get prompt(): unknown {
    return this._get("prompt");
  }
  set prompt(value: unknown) {
    const data = cloneInput(value) as Record<string, unknown>;
    this._queue("prompt", data, (wb, ref) => wb.setValidation(...sheetAndRect(wb, ref), { prompt: data }));
  }
  get errorAlert(): unknown {
    return this._get("errorAlert");
  }
  set errorAlert(value: unknown) {
    const data = cloneInput(value) as Record<string, unknown>;
    this._queue("errorAlert", data, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), { errorAlert: data })
    );
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._queue("ignoreBlanks", value, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), {
        ignoreBlanks: ofType<boolean>(value, "boolean", "ignoreBlanks"),
      })
    );
  }
  clear(): void {
    this._queue("clear", null, (wb, ref) => wb.clearValidation(...sheetAndRect(wb, ref)));
  }
}

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

// ---- charts ------------------------------------------------------------------------------------------

/** The chart types the host accepts (Excel.ChartType values); any other string rejects with InvalidArgument. */
export const chartTypes = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
  "Radar",
];
const seriesByValues = ["Auto", "Columns", "Rows"];
const legendPositions = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

function rangeOnSheet(workbook: Workbook, sheetId: string, target: RangeObject | string, what: string): Rect {
  if (typeof target === "string") return rectOnSheet(workbook, workbook.requireSheet(sheetId), target);
  const bound = target._bind(workbook);
  if (bound === NULL_OBJECT) throw new HostFailure("InvalidArgument", `${what} is a null object`);
  if (bound.sheetId !== sheetId) throw new HostFailure("InvalidArgument", `${what} is on another sheet`);
  return bound.rect;
}

function checkSameContext(context: HostRequestContext, target: RangeObject | string, location: string): void {
  if (typeof target !== "string" && target.context !== context) {
    throw new OfficeExtensionError(
      ErrorCodes.invalidObjectPath,
      "ExcelHost: a range from another request context was passed.",
      location
    );
  }
}

export class ChartCollectionObject extends ClientObject<string> {
  readonly _scalarNames = ["count"] as const;
  _items: ChartObject[] | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "ChartCollection", resolve);
  }

  get items(): ChartObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }
  get count(): number {
    return this._get("count");
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (property === "count") return workbook.requireSheet(id).charts.length;
    return super._readScalar(workbook, id, property);
  }

  /** `load("items/name")`, `load("name")` (every item's name) and `load("count")`, like the other collections. */
  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    const id = this._bind(workbook);
    if (id === NULL_OBJECT) return super._readInto(workbook, tree);
    const itemTree = tree.nav.get("items") ?? emptyTree();
    let wantsItems = tree.nav.has("items") || tree.all;
    for (const name of tree.scalars) {
      if (name === "items") {
        itemTree.all = true;
        wantsItems = true;
      } else if (name !== "count" && name !== "isNullObject") {
        itemTree.scalars.add(name);
        wantsItems = true;
      }
    }
    for (const [name, subtree] of tree.nav) if (name !== "items") itemTree.nav.set(name, subtree);
    const count = workbook.requireSheet(id).charts.length;
    const items = wantsItems
      ? workbook.requireSheet(id).charts.map((chart) => {
          const item = newChart(this.context, () => chart.serial);
          item._preset(chart.serial);
          return item;
        })
      : undefined;
    const deliveries = (items ?? []).map((item) => item._readInto(workbook, itemTree));
    return () => {
      this._nullLoaded = false;
      if (tree.all || tree.scalars.has("count")) this._loaded.set("count", count);
      if (items) this._items = items;
      deliveries.forEach((deliver) => deliver());
    };
  }

  add(type: string, sourceData: RangeObject, seriesBy: string = "Auto"): ChartObject {
    checkSameContext(this.context, sourceData, "ChartCollection.add");
    const chart = newChart(this.context, () => {
      throw new HostFailure("ItemNotFound", "the chart was never added");
    });
    this._queue("add", { type, seriesBy }, (wb, id) => {
      const chartType = oneOf(type, chartTypes, "chart type");
      const by = oneOf(seriesBy, seriesByValues, "seriesBy");
      const source = rangeOnSheet(wb, id, sourceData, "the source data");
      const model = wb.addChart(wb.requireSheet(id), {
        chartType,
        // Excel on the web reads "Auto" as columns (ChartSeriesBy docs); the host does the same everywhere.
        seriesBy: by === "Auto" ? "Columns" : by,
        source,
        title: "",
        titleVisible: false,
        categoryAxisTitle: "",
        categoryAxisTitleVisible: false,
        valueAxisTitle: "",
        valueAxisTitleVisible: false,
        legendPosition: "Right",
        legendVisible: true,
        categoryAxis: DEFAULT_CHART_AXIS,
        valueAxis: DEFAULT_CHART_AXIS,
        dataLabels: { showValue: false, numberFormat: "General", position: "BestFit" },
        font: { name: "Calibri", size: 10 },
      });
      chart._preset(model.serial);
    });
    return chart;
  }

  getItem(name: string): ChartObject {
    return newChart(this.context, (wb) => {
      const sheetId = this._bind(wb);
      if (sheetId === NULL_OBJECT) return NULL_OBJECT;
      const chart = wb.requireSheet(sheetId).charts.find((candidate) => candidate.name === name);
      if (!chart) throw new HostFailure("ItemNotFound", `no chart '${name}'`);
      return chart.serial;
    });
  }
}

function newChart(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>): ChartObject {
  return expose(new ChartObject(context, resolve), "Chart");
}

/** A chart part (title, axis title, legend) bound to its chart's serial, with one reader and one writer. */
abstract class ChartPartObject extends ClientObject<number> {
  abstract _read(chart: ChartModel, property: string): unknown;
  abstract _write(chart: ChartModel, property: string, value: unknown): ChartModel;

  override _readScalar(workbook: Workbook, serial: number, property: string): unknown {
    if (!this._scalarNames.includes(property)) return super._readScalar(workbook, serial, property);
    return this._read(workbook.chartBySerial(serial).chart, property);
  }
  _set(property: string, value: unknown): void {
    this._queue(property, value, (wb, serial) =>
      wb.updateChart(serial, (chart) => this._write(chart, property, value))
    );
  }
}

export class ChartObject extends ChartPartObject {
  readonly _scalarNames = ["name", "chartType"] as const;
  private _title: ChartTitleObject | undefined = undefined;
  private _axes: ChartAxesObject | undefined = undefined;
  private _legend: ChartLegendObject | undefined = undefined;
  private _series: ChartSeriesCollectionObject | undefined = undefined;
  private _dataLabels: ChartDataLabelsObject | undefined = undefined;
  private _format: ChartAreaFormatObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "Chart", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "name" ? chart.name : chart.chartType;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "name") return { ...chart, name: ofType<string>(value, "string", "chart name") };
    return { ...chart, chartType: oneOf(value, chartTypes, "chart type") };
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      title: () => this.title,
      axes: () => this.axes,
      legend: () => this.legend,
      series: () => this.series,
      dataLabels: () => this.dataLabels,
      format: () => this.format,
    };
  }
  get dataLabels(): ChartDataLabelsObject {
    return (this._dataLabels ??= expose(
      new ChartDataLabelsObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartDataLabels"
    ));
  }
  get format(): ChartAreaFormatObject {
    return (this._format ??= expose(
      new ChartAreaFormatObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartAreaFormat"
    ));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(value: string) {
    this._set("chartType", value);
  }
  get title(): ChartTitleObject {
    return (this._title ??= expose(
      new ChartTitleObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartTitle"
    ));
  }
  get axes(): ChartAxesObject {
    return (this._axes ??= expose(
      new ChartAxesObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartAxes"
    ));
  }
  get legend(): ChartLegendObject {
    return (this._legend ??= expose(
      new ChartLegendObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartLegend"
    ));
  }
  get series(): ChartSeriesCollectionObject {
    return (this._series ??= expose(
      new ChartSeriesCollectionObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartSeriesCollection"
    ));
  }

  /** Covers the cells from `startCell` to `endCell` (or moves the top left to `startCell` alone). */
  setPosition(startCell: RangeObject | string, endCell?: RangeObject | string): void {
    checkSameContext(this.context, startCell, "Chart.setPosition");
    if (endCell !== undefined) checkSameContext(this.context, endCell, "Chart.setPosition");
    this._queue("setPosition", null, (wb, serial) => {
      const { sheet } = wb.chartBySerial(serial);
      const start = rangeOnSheet(wb, sheet.id, startCell, "the start cell");
      const end = endCell === undefined ? undefined : rangeOnSheet(wb, sheet.id, endCell, "the end cell");
      if (isUnbounded(start) || (end && isUnbounded(end)))
        throw new HostFailure("InvalidArgument", "a chart is placed over cells, not whole rows or columns");
      wb.updateChart(serial, (chart) => ({
        ...chart,
        position: end
          ? boundingRect(start, end)
          : { top: start.top, left: start.left, bottom: start.top, right: start.left },
      }));
    });
  }

  delete(): void {
    this._queue("delete", null, (wb, serial) => wb.deleteChart(serial));
  }
}

export class ChartTitleObject extends ChartPartObject {
  readonly _scalarNames = ["text", "visible"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartTitle", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "text" ? chart.title : chart.titleVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    // Setting a title's text shows it, as in Excel.
    if (property === "text")
      return { ...chart, title: ofType<string>(value, "string", "chart title"), titleVisible: true };
    return { ...chart, titleVisible: ofType<boolean>(value, "boolean", "title visible") };
  }
  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

export class ChartAxesObject extends ClientObject<number> {
  readonly _scalarNames = [] as const;
  private _category: ChartAxisObject | undefined = undefined;
  private _value: ChartAxisObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartAxes", resolve);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
  }
  get categoryAxis(): ChartAxisObject {
    return (this._category ??= expose(
      new ChartAxisObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        "category"
      ),
      "ChartAxis"
    ));
  }
  get valueAxis(): ChartAxisObject {
    return (this._value ??= expose(
      new ChartAxisObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        "value"
      ),
      "ChartAxis"
    ));
  }
}

const axisPositions = ["Automatic", "Maximum", "Minimum", "Custom"];
const axisProperties = [
  "reversePlotOrder",
  "position",
  "minimum",
  "maximum",
  "majorUnit",
  "numberFormat",
  "tickLabelSpacing",
] as const;
type AxisProperty = (typeof axisProperties)[number];

/** A number, or "" for Excel's automatic value (null in the model). */
function automaticOrNumber(value: unknown, what: string): number | null {
  if (value === "") return null;
  return ofType<number>(value, "number", what);
}

/**
 * A chart axis: its title, and its scale and labels. Minimum, maximum and major unit belong to a value
 * axis, label spacing to a category axis: the other axis refuses them (Excel has no such scale there).
 */
export class ChartAxisObject extends ChartPartObject {
  readonly _scalarNames = axisProperties;
  private _title: ChartAxisTitleObject | undefined = undefined;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<number>,
    readonly _axis: "category" | "value"
  ) {
    super(context, "ChartAxis", resolve);
  }
  private get _key(): "categoryAxis" | "valueAxis" {
    return this._axis === "category" ? "categoryAxis" : "valueAxis";
  }
  _read(chart: ChartModel, property: string): unknown {
    const value = chart[this._key][property as AxisProperty];
    // Office.js returns a number for an automatic scale; the host reads back what Excel would compute as 0.
    return value === null ? 0 : value;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const axis = chart[this._key];
    const valueOnly = property === "minimum" || property === "maximum" || property === "majorUnit";
    if (
      (valueOnly && this._axis !== "value") ||
      (property === "tickLabelSpacing" && this._axis !== "category")
    )
      throw new HostFailure("InvalidArgument", `a ${this._axis} axis has no ${property}`);
    let next: ChartAxisModel;
    switch (property as AxisProperty) {
      case "reversePlotOrder":
        next = { ...axis, reversePlotOrder: ofType<boolean>(value, "boolean", property) };
        break;
      case "position":
        next = { ...axis, position: oneOf(value, axisPositions, "axis position") };
        break;
      case "numberFormat":
        next = { ...axis, numberFormat: ofType<string>(value, "string", property) };
        break;
      case "majorUnit": {
        const unit = automaticOrNumber(value, property);
        if (unit !== null && unit <= 0) throw new HostFailure("InvalidArgument", `majorUnit ${unit}`);
        next = { ...axis, majorUnit: unit };
        break;
      }
      case "tickLabelSpacing": {
        const spacing = automaticOrNumber(value, property);
        if (spacing !== null && (!Number.isInteger(spacing) || spacing < 1 || spacing > 31999))
          throw new HostFailure("InvalidArgument", `tickLabelSpacing ${spacing}`);
        next = { ...axis, tickLabelSpacing: spacing };
        break;
      }
      default:
        next = { ...axis, [property]: automaticOrNumber(value, property) };
    }
    return { ...chart, [this._key]: next };
  }
  private _setGated(property: AxisProperty, value: unknown, api?: string): void {
    if (api) this.context._requireApi(api);
    this._set(property, value);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { title: () => this.title };
  }
  get title(): ChartAxisTitleObject {
    return (this._title ??= expose(
      new ChartAxisTitleObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        this._axis
      ),
      "ChartAxisTitle"
    ));
  }
  get reversePlotOrder(): boolean {
    return this._get("reversePlotOrder");
  }
  set reversePlotOrder(value: boolean) {
    this._setGated("reversePlotOrder", value, "ChartAxis.reversePlotOrder");
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._setGated("position", value, "ChartAxis.position");
  }
  get minimum(): number {
    return this._get("minimum");
  }
  set minimum(value: number) {
    this._setGated("minimum", value);
  }
  get maximum(): number {
    return this._get("maximum");
  }
  set maximum(value: number) {
    this._setGated("maximum", value);
  }
  get majorUnit(): number {
    return this._get("majorUnit");
  }
  set majorUnit(value: number) {
    this._setGated("majorUnit", value);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(value: string) {
    this._setGated("numberFormat", value, "ChartAxis.numberFormat");
  }
  get tickLabelSpacing(): number {
    return this._get("tickLabelSpacing");
  }
  set tickLabelSpacing(value: number) {
    this._setGated("tickLabelSpacing", value, "ChartAxis.tickLabelSpacing");
  }
}

/** Excel.ChartDataLabelPosition, without "Invalid" (which cannot be set). */
export const DATA_LABEL_POSITIONS: readonly string[] = [
  "None",
  "Center",
  "InsideEnd",
  "InsideBase",
  "OutsideEnd",
  "Left",
  "Right",
  "Top",
  "Bottom",
  "BestFit",
  "Callout",
];

/** The chart's data labels: whether values show, their number format and position. */
export class ChartDataLabelsObject extends ChartPartObject {
  readonly _scalarNames = ["showValue", "numberFormat", "position"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartDataLabels", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return chart.dataLabels[property as keyof ChartModel["dataLabels"]];
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const labels = chart.dataLabels;
    if (property === "showValue")
      return { ...chart, dataLabels: { ...labels, showValue: ofType<boolean>(value, "boolean", property) } };
    if (property === "numberFormat")
      return { ...chart, dataLabels: { ...labels, numberFormat: ofType<string>(value, "string", property) } };
    return {
      ...chart,
      dataLabels: { ...labels, position: oneOf(value, DATA_LABEL_POSITIONS, "label position") },
    };
  }
  get showValue(): boolean {
    return this._get("showValue");
  }
  set showValue(value: boolean) {
    this._set("showValue", value);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(value: string) {
    this.context._requireApi("ChartDataLabels.numberFormat");
    this._set("numberFormat", value);
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._set("position", value);
  }
}

/** The chart area's format: only its font is modelled. */
export class ChartAreaFormatObject extends ClientObject<number> {
  readonly _scalarNames = [] as const;
  private _font: ChartFontObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartAreaFormat", resolve);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { font: () => this.font };
  }
  get font(): ChartFontObject {
    return (this._font ??= expose(
      new ChartFontObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartFont"
    ));
  }
}

export class ChartFontObject extends ChartPartObject {
  readonly _scalarNames = ["name", "size"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartFont", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "name" ? chart.font.name : chart.font.size;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "name")
      return { ...chart, font: { ...chart.font, name: ofType<string>(value, "string", "font name") } };
    const size = ofType<number>(value, "number", "font size");
    if (size < 1 || size > 409) throw new HostFailure("InvalidArgument", `font size ${size}`);
    return { ...chart, font: { ...chart.font, size } };
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value);
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._set("size", value);
  }
}

export class ChartAxisTitleObject extends ChartPartObject {
  readonly _scalarNames = ["text", "visible"] as const;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<number>,
    readonly _axis: "category" | "value"
  ) {
    super(context, "ChartAxisTitle", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    if (this._axis === "category")
      return property === "text" ? chart.categoryAxisTitle : chart.categoryAxisTitleVisible;
    return property === "text" ? chart.valueAxisTitle : chart.valueAxisTitleVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const key = this._axis === "category" ? "categoryAxisTitle" : "valueAxisTitle";
    if (property === "text")
      return { ...chart, [key]: ofType<string>(value, "string", "axis title"), [`${key}Visible`]: true };
    return { ...chart, [`${key}Visible`]: ofType<boolean>(value, "boolean", "axis title visible") };
  }
  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

export class ChartLegendObject extends ChartPartObject {
  readonly _scalarNames = ["position", "visible"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartLegend", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "position" ? chart.legendPosition : chart.legendVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "position")
      return { ...chart, legendPosition: oneOf(value, legendPositions, "legend position") };
    return { ...chart, legendVisible: ofType<boolean>(value, "boolean", "legend visible") };
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._set("position", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

/** The series Excel derived from the source data; read-only in the host (`count`, `items/name`). */
export class ChartSeriesCollectionObject extends ClientObject<number> {
  readonly _scalarNames = ["count"] as const;
  _items: ChartSeriesObject[] | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartSeriesCollection", resolve);
  }
  get items(): ChartSeriesObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }
  get count(): number {
    return this._get("count");
  }
  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    const serial = this._bind(workbook);
    if (serial === NULL_OBJECT) return super._readInto(workbook, tree);
    const { sheet, chart } = workbook.chartBySerial(serial);
    const names = workbook.chartSeriesNames(sheet, chart);
    return () => {
      this._nullLoaded = false;
      this._loaded.set("count", names.length);
      this._items = names.map((name) => {
        const item = expose(new ChartSeriesObject(this.context, () => NULL_OBJECT), "ChartSeries");
        item._nullLoaded = false;
        item._loaded.set("name", name);
        return item;
      });
    };
  }
}

export class ChartSeriesObject extends ClientObject<never> {
  readonly _scalarNames = ["name"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<never>) {
    super(context, "ChartSeries", resolve);
  }
  get name(): string {
    return this._get("name");
  }
}

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

// ---- page layout (ExcelApi 1.9) ---------------------------------------------------------------------

const orientations = ["Portrait", "Landscape"];
/** Excel.PaperType values the host accepts. */
export const paperTypes = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
];
const marginNames = [
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
] as const;
type MarginName = (typeof marginNames)[number];

function margin(value: unknown, what: string): number {
  const points = ofType<number>(value, "number", what);
  if (points < 0) throw new HostFailure("InvalidArgument", `${what} ${points}`);
  return points;
}

/**
 * Zoom is either a scale (10–400 %) or a fit to pages. A fit of 0 pages in one direction means "automatic"
 * (as many pages as needed), as in Excel's page setup and OOXML's fitToHeight="0".
 */
function zoomOptions(value: unknown): PageZoom {
  if (!value || typeof value !== "object") throw new HostFailure("InvalidArgument", "zoom must be an object");
  const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw new HostFailure("InvalidArgument", `zoom has no ${Object.keys(rest).join(", ")}`);
  const pages = (n: unknown, what: string) => {
    if (n === undefined || n === null) return undefined;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(n)}`);
    return n;
  };
  const horizontal = pages(horizontalFitToPages, "horizontalFitToPages");
  const vertical = pages(verticalFitToPages, "verticalFitToPages");
  if (scale !== undefined && scale !== null) {
    if (horizontal !== undefined || vertical !== undefined)
      throw new HostFailure("InvalidArgument", "zoom takes a scale or a fit to pages, not both");
    if (typeof scale !== "number" || scale < 10 || scale > 400)
      throw new HostFailure("InvalidArgument", `zoom scale ${JSON.stringify(scale)}`);
    return { scale };
  }
  if (horizontal === undefined && vertical === undefined)
    throw new HostFailure("InvalidArgument", "zoom needs a scale or a fit to pages");
  return { horizontalFitToPages: horizontal ?? 0, verticalFitToPages: vertical ?? 0 };
}

export class PageLayoutObject extends ClientObject<string> {
  readonly _scalarNames = ["orientation", "paperSize", ...marginNames, "zoom"] as const;
  private _headersFooters: HeaderFooterGroupObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "PageLayout", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    const layout = workbook.requireSheet(id).pageLayout;
    if (property === "zoom") return { ...layout.zoom };
    if ((this._scalarNames as readonly string[]).includes(property))
      return layout[property as keyof PageLayoutModel];
    return super._readScalar(workbook, id, property);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { headersFooters: () => this.headersFooters };
  }
  private _update(
    location: string,
    value: unknown,
    patch: (layout: PageLayoutModel) => PageLayoutModel
  ): void {
    this._queue(location, value, (wb, id) => wb.updatePageLayout(wb.requireSheet(id), patch));
  }
  private _margin(name: MarginName, value: number): void {
    this._update(name, value, (layout) => ({ ...layout, [name]: margin(value, name) }));
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(value: string) {
    this._update("orientation", value, (layout) => ({
      ...layout,
      orientation: oneOf(value, orientations, "orientation"),
    }));
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(value: string) {
    this._update("paperSize", value, (layout) => ({
      ...layout,
      paperSize: oneOf(value, paperTypes, "paperSize"),
    }));
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(value: number) {
    this._margin("topMargin", value);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this._margin("bottomMargin", value);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(value: number) {
    this._margin("leftMargin", value);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(value: number) {
    this._margin("rightMargin", value);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(value: number) {
    this._margin("headerMargin", value);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(value: number) {
    this._margin("footerMargin", value);
  }
  get zoom(): PageZoom {
    return this._get("zoom");
  }
  /** Set as a whole object (`zoom = {...}`), as the API reference requires. */
  set zoom(value: PageZoom) {
    const data = cloneInput(value);
    this._update("zoom", data, (layout) => ({ ...layout, zoom: zoomOptions(data) }));
  }

  get headersFooters(): HeaderFooterGroupObject {
    return (this._headersFooters ??= expose(
      new HeaderFooterGroupObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "HeaderFooterGroup"
    ));
  }

  /** The rows repeated on every printed page; the range must be whole rows ("$1:$3"). */
  setPrintTitleRows(printTitleRows: RangeObject | string): void {
    checkSameContext(this.context, printTitleRows, "PageLayout.setPrintTitleRows");
    this._queue(
      "setPrintTitleRows",
      typeof printTitleRows === "string" ? printTitleRows : "(Range)",
      (wb, id) => {
        const rect = rangeOnSheet(wb, id, printTitleRows, "the print title rows");
        if (!isWholeRows(rect))
          throw new HostFailure("InvalidArgument", "print title rows must be whole rows");
        wb.updatePageLayout(wb.requireSheet(id), (layout) => ({ ...layout, printTitleRows: rect }));
      }
    );
  }

  setPrintArea(printArea: RangeObject | string): void {
    checkSameContext(this.context, printArea, "PageLayout.setPrintArea");
    this._queue("setPrintArea", typeof printArea === "string" ? printArea : "(Range)", (wb, id) => {
      const rects =
        typeof printArea === "string"
          ? printArea.split(",").map((part) => rangeOnSheet(wb, id, part.trim(), "the print area"))
          : [rangeOnSheet(wb, id, printArea, "the print area")];
      wb.updatePageLayout(wb.requireSheet(id), (layout) => ({ ...layout, printArea: rects }));
    });
  }

  setPrintMargins(
    unit: string,
    options: Partial<Record<"top" | "bottom" | "left" | "right" | "header" | "footer", number>>
  ): void {
    const data = cloneInput(options) as Record<string, unknown>;
    this._update("setPrintMargins", { unit, options: data }, (layout) => {
      const factor: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
      const scale = factor[oneOf(unit, Object.keys(factor), "margin unit")] ?? 1;
      const next: Record<string, unknown> = { ...layout };
      for (const [key, value] of Object.entries(data)) {
        const name = `${key}Margin`;
        if (!(marginNames as readonly string[]).includes(name))
          throw new HostFailure("InvalidArgument", `margin '${key}'`);
        next[name] = margin(value, name) * scale;
      }
      return next as unknown as PageLayoutModel;
    });
  }
}

const headerFooterStates = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];

/** The default header/footer, the first page's own, and which of them print (`state`); odd/even are not modelled. */
export class HeaderFooterGroupObject extends ClientObject<string> {
  readonly _scalarNames = ["state"] as const;
  private _default: HeaderFooterObject | undefined = undefined;
  private _first: HeaderFooterObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "HeaderFooterGroup", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (property === "state") return workbook.requireSheet(id).pageLayout.headerFooterState;
    return super._readScalar(workbook, id, property);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { defaultForAllPages: () => this.defaultForAllPages, firstPage: () => this.firstPage };
  }
  get state(): string {
    return this._get("state");
  }
  set state(value: string) {
    this.context._requireApi("HeaderFooterGroup.state");
    this._queue("state", value, (wb, id) =>
      wb.updatePageLayout(wb.requireSheet(id), (layout) => ({
        ...layout,
        headerFooterState: oneOf(value, headerFooterStates, "header/footer state"),
      }))
    );
  }
  get defaultForAllPages(): HeaderFooterObject {
    return (this._default ??= expose(
      new HeaderFooterObject(
        this.context,
        derive(this, (_wb, id) => id),
        "headersFooters"
      ),
      "HeaderFooter"
    ));
  }
  get firstPage(): HeaderFooterObject {
    return (this._first ??= expose(
      new HeaderFooterObject(
        this.context,
        derive(this, (_wb, id) => id),
        "firstPageHeadersFooters"
      ),
      "HeaderFooter"
    ));
  }
}

const headerFooterParts: readonly HeaderFooterPart[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

export class HeaderFooterObject extends ClientObject<string> {
  readonly _scalarNames = headerFooterParts;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<string>,
    readonly _which: "headersFooters" | "firstPageHeadersFooters"
  ) {
    super(context, "HeaderFooter", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (headerFooterParts.includes(property as HeaderFooterPart))
      return workbook.requireSheet(id).pageLayout[this._which][property as HeaderFooterPart];
    return super._readScalar(workbook, id, property);
  }
  private _part(part: HeaderFooterPart, value: unknown): void {
    this._queue(part, value, (wb, id) =>
      wb.updatePageLayout(wb.requireSheet(id), (layout) => {
        const text = ofType<string>(value, "string", part);
        const sections = { ...layout[this._which], [part]: text };
        // Excel stores a page's header (and its footer) as one "&L…&C…&R…" string of at most 255
        // characters ([MS-OI29500] 2.1.651, [MS-XLSB] 2.5.73; audit B3): the limit is on the assembled
        // string, codes counted, not on each section.
        const side = part.endsWith("Header") ? "Header" : "Footer";
        const assembled = (["left", "center", "right"] as const)
          .map((where) => {
            const section = (sections as Record<string, string | undefined>)[`${where}${side}`] ?? "";
            return section === "" ? "" : `&${where[0]?.toUpperCase() ?? ""}${section}`;
          })
          .join("");
        if (assembled.length > 255) {
          throw new HostFailure(
            "InvalidArgument",
            `the assembled page ${side.toLowerCase()} is longer than 255 characters`
          );
        }
        return { ...layout, [this._which]: sections };
      })
    );
  }
  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(value: string) {
    this._part("leftHeader", value);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(value: string) {
    this._part("centerHeader", value);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(value: string) {
    this._part("rightHeader", value);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(value: string) {
    this._part("leftFooter", value);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(value: string) {
    this._part("centerFooter", value);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(value: string) {
    this._part("rightFooter", value);
  }
}

/** Creates a request context, wrapped so unmodelled members say so. */
export function createRequestContext(host: HostCore): HostRequestContext {
  return expose(new HostRequestContext(host), "RequestContext");
}
