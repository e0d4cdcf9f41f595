/**
 * The request context and the base proxies: reads need load + sync, writes and methods queue until the next
 * sync, and every queued statement runs, in order, against the host's workbook when `context.sync()` runs.
 */

import {
  ErrorCodes,
  HostFailure,
  notImplemented,
  officeError,
  OfficeExtensionError,
  propertyNotLoaded,
} from "../errors";
import { emptyTree, type LoadTree, parseLoad } from "../load";
import type { Workbook } from "../workbook";
import type { RangeRef } from "./arguments";

export const NULL_OBJECT: unique symbol = Symbol("ExcelHost null object");
export type Bound<B> = B | typeof NULL_OBJECT;

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

export function jsonBytes(value: unknown): number {
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

export function cloneInput(value: unknown): unknown {
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
export function expose<T extends object>(target: T, type: string): T {
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

/**
 * What every proxy holds as its `context`. Abstract so that this file imports no proxy: the workbook, and
 * the worksheet or range that a proxy below them hands out (`range.worksheet`, `table.getRange()`), come
 * from ExcelRequestContext in request-context.ts, the one file that imports them all. A range then needs
 * no import of worksheets.ts, which imports range.ts, and the proxy files form no cycle.
 */
export abstract class HostRequestContext {
  _queue: Action[] = [];
  _closed = false;
  _bound: ClientObject<unknown>[] = [];
  /** The size of the values the running sync answers with. */
  _responseBytes = 0;

  constructor(readonly _host: HostCore) {}

  /** A worksheet proxy, for a proxy below worksheets.ts (a range's `worksheet`). */
  abstract _newWorksheet(resolve: (workbook: Workbook) => Bound<string>): ClientObject<string>;
  /** A range proxy, for a proxy below range.ts (a table's `getRange()`). */
  abstract _newRange(resolve: (workbook: Workbook) => Bound<RangeRef>): ClientObject<RangeRef>;

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

export function derive<P, B>(parent: ClientObject<P>, resolve: (workbook: Workbook, parent: P) => Bound<B>) {
  const resolver = (workbook: Workbook): Bound<B> => {
    const binding = parent._bind(workbook);
    return binding === NULL_OBJECT ? NULL_OBJECT : resolve(workbook, binding);
  };
  return Object.assign(resolver, { derivedFrom: parent as ClientObject<unknown> }) satisfies Derived;
}

export class ClientResult<T> {
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

/** A collection proxy: `load("items/name")` (or `load("name")`) loads those properties of every item. */
export abstract class CollectionObject<Item extends ClientObject<K>, K> extends ClientObject<true> {
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
