/**
 * A model of how Excel calls the add-in's custom functions, for the tests of src/functions/: a formula such as
 * `=ITA.SCORE(B2:B11, 2565)` is evaluated against cells the test sets, and every argument reaches the
 * function the way the chosen platform passes it. What it models, and where each rule comes from:
 *
 * - **Empty cells** arrive as 0 on desktop builds (scalar arguments: OfficeDev/office-js#4702; inside `any`
 *   ranges: #1951, #5262), as `null` on the web (#4702); no report has one arrive as `""`, which is what a
 *   cell holding the formula `=""` passes. No requirement set tells the builds apart (Microsoft in #4702), so
 *   a platform names its representation and tests try each one (`BLANK_REPRESENTATIONS`). Which build does
 *   what has not been checked on a device.
 * - **Omitted optional arguments** are `null` ("Custom functions parameter options", Microsoft Learn); an
 *   omitted required argument is a formula Excel does not accept, so the model throws.
 * - **The invocation object** is passed after the declared parameters, always. `parameterAddresses` is set
 *   only when the metadata asks for it *and* declares a matrix result ("Manually create JSON metadata",
 *   options.requiresParameterAddresses) *and* the client has CustomFunctionsRuntime 1.3. The address of an
 *   argument that is not a reference is undocumented; the model passes "".
 * - **Data types** (entities, formatted numbers) reach an `any` parameter as objects when the metadata has
 *   `allowCustomDataForDataTypeAny` (custom-functions-metadata always adds it) and the client has
 *   CustomFunctionsRuntime 1.4; otherwise the function gets the basic value, and an entity's basic value is the
 *   error #VALUE!.
 * - **Error values in cells** are answered by Excel itself without calling the function: the generated
 *   metadata does not set `allowErrorForDataTypeAny`.
 * - **Results**: a function declared with a matrix result must return rows of values (a 1×1 matrix shows as
 *   its one value); a scalar result must be a value of the declared type. Anything else, and any exception
 *   other than a `CustomFunctions.Error`, is thrown to the test as the bug it is.
 *
 * Not modelled (the model throws rather than guess): a multi-cell range given to a scalar parameter (Excel
 * lifts the function over the range), nested formulas, names, whole columns, repeating parameters, streaming.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { cellAddress, parseRangeReference, quoteSheetName, type RangeReference } from "../../src/core";
import { StubCustomFunctionError } from "../functions/custom-functions-stub";

/** An Excel error value held by a cell, such as #N/A from a lookup. */
export interface ErrorCell {
  readonly type: "Error";
  readonly basicValue: string;
}

/** A data type held by a cell, in the shape of Excel's CellValue JSON (ExcelApi 1.16+). */
export type DataTypeCell =
  | {
      readonly type: "Double" | "FormattedNumber";
      readonly basicType: "Double";
      readonly basicValue: number;
      readonly numberFormat: string;
    }
  | {
      readonly type: "Entity";
      readonly basicType: "Error";
      readonly basicValue: "#VALUE!";
      readonly text: string;
      readonly properties: Readonly<Record<string, unknown>>;
    };

/** What a cell holds; an empty cell is simply not set (or set to `null`). */
export type CellContent = number | string | boolean | ErrorCell | DataTypeCell;

/** A cell holding an Excel error value. */
export const errorCell = (code: string): ErrorCell => ({ type: "Error", basicValue: code });

/** A formatted number data type ("Double" with a number format since ExcelApi 1.19; "FormattedNumber" before). */
export function formattedNumberCell(
  value: number,
  numberFormat: string,
  type: "Double" | "FormattedNumber" = "Double"
): DataTypeCell {
  return { type, basicType: "Double", basicValue: value, numberFormat };
}

/** An entity data type (a card): its basic value, what older clients and Range.values see, is #VALUE!. */
export function entityCell(text: string, properties: Readonly<Record<string, unknown>> = {}): DataTypeCell {
  return { type: "Entity", basicType: "Error", basicValue: "#VALUE!", text, properties };
}

/** What an empty cell arrives as. */
export type BlankRepresentation = 0 | null | "";

/** Every representation of an empty cell a custom function may be handed. */
export const BLANK_REPRESENTATIONS: readonly BlankRepresentation[] = [0, null, ""];

export type CustomFunctionsRuntimeVersion = "1.1" | "1.2" | "1.3" | "1.4";

export interface ExcelPlatform {
  readonly name: string;
  /** An empty cell given to a scalar parameter. */
  readonly blankScalar: BlankRepresentation;
  /** An empty cell inside a range given to a matrix parameter. */
  readonly blankInRange: BlankRepresentation;
  readonly customFunctionsRuntime: CustomFunctionsRuntimeVersion;
}

/**
 * Platforms as the requirement-set tables and the issue threads describe them (research/officejs-audit.md,
 * "The manifest and the real API floor").
 */
export const EXCEL_PLATFORMS = {
  /** Windows, Microsoft 365 Version 2002–2007: the shared runtime, CustomFunctionsRuntime 1.2 only. */
  windowsEarly: {
    name: "Excel on Windows, Microsoft 365 Version 2002–2007",
    blankScalar: 0,
    blankInRange: 0,
    customFunctionsRuntime: "1.2",
  },
  /** A desktop build (Windows or Mac) that passes empty cells as 0, with data types. */
  desktop: {
    name: "Excel on Windows or Mac, a build that passes empty cells as 0",
    blankScalar: 0,
    blankInRange: 0,
    customFunctionsRuntime: "1.4",
  },
  web: {
    name: "Excel on the web",
    blankScalar: null,
    blankInRange: null,
    customFunctionsRuntime: "1.4",
  },
} as const satisfies Record<string, ExcelPlatform>;

/** A platform that is `base` except for how it passes empty cells. */
export function withBlanksAs(
  blank: BlankRepresentation,
  base: ExcelPlatform = EXCEL_PLATFORMS.web
): ExcelPlatform {
  return {
    ...base,
    name: `${base.name}, empty cells as ${JSON.stringify(blank)}`,
    blankScalar: blank,
    blankInRange: blank,
  };
}

interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
  readonly options?: {
    readonly requiresAddress?: boolean;
    readonly requiresParameterAddresses?: boolean;
    readonly stream?: boolean;
  };
}

export interface FunctionsMetadata {
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
}

type Implementation = (...parameters: unknown[]) => unknown;

/** The add-in's functions as Excel registers them: the generated metadata, and the code behind each id. */
export interface CustomFunctionsAddIn {
  readonly namespace: string;
  readonly metadata: FunctionsMetadata;
  readonly implementations: ReadonlyMap<string, Implementation>;
}

/**
 * Generates the metadata from `source` as the build does (custom-functions-metadata, the library behind
 * custom-functions-metadata-plugin) and binds each id to the export of `module` the build associates with it.
 */
export async function loadCustomFunctions(
  source: string,
  module: Readonly<Record<string, unknown>>,
  namespace = "ITA"
): Promise<CustomFunctionsAddIn> {
  const generated = await generateCustomFunctionsMetadata(source, false);
  if (generated.errors.length > 0) throw new Error(`metadata errors:\n${generated.errors.join("\n")}`);
  const metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  const implementations = new Map<string, Implementation>();
  for (const { id, functionName } of generated.associate) {
    const implementation = module[functionName];
    if (typeof implementation !== "function")
      throw new Error(`${id}: the module has no function ${functionName}`);
    implementations.set(id, implementation as Implementation);
  }
  return { namespace, metadata, implementations };
}

/** What the formula's cell shows. */
export type Shown =
  /** A value; a 1×1 matrix result shows as its one value. */
  | { readonly kind: "value"; readonly value: unknown }
  /** A matrix result larger than one cell. */
  | { readonly kind: "spill"; readonly values: readonly (readonly unknown[])[] }
  /**
   * An error: thrown by the function as a CustomFunctions.Error (`called`), or Excel's own answer without
   * calling it (an error value or an entity in an argument).
   */
  | { readonly kind: "error"; readonly code: string; readonly message?: string; readonly called: boolean };

/** One call Excel made: the arguments exactly as the function received them, then the invocation object. */
export interface RecordedCall {
  readonly functionId: string;
  readonly args: readonly unknown[];
  readonly invocation: Readonly<Record<string, unknown>>;
}

type Argument =
  | { readonly kind: "omitted" }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "reference"; readonly range: RangeReference; readonly address: string };

/** Excel's answer without a call: an argument holds an error value. */
class ExcelAnswers extends Error {
  constructor(readonly code: string) {
    super(`Excel answers ${code} without calling the function`);
  }
}

const versionNumber = (version: string) => Number(version.replace(/^1\./, ""));

function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === ")")) throw new Error(`the model reads no nested formulas: ${text}`);
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

function readArgument(token: string, sheet: string): Argument {
  if (token === "") return { kind: "omitted" };
  if (/^"(?:[^"]|"")*"$/.test(token))
    return { kind: "literal", value: token.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(token))
    return { kind: "literal", value: Number(token) };
  if (/^(TRUE|FALSE)$/i.test(token)) return { kind: "literal", value: token.toUpperCase() === "TRUE" };
  const parsed = parseRangeReference(token);
  if (!parsed) throw new Error(`the model cannot read the argument ${token}`);
  const range = { ...parsed, sheet: parsed.sheet || sheet };
  return { kind: "reference", range, address: addressOf(range) };
}

function addressOf(range: RangeReference): string {
  const start = cellAddress(range.start);
  const end = cellAddress(range.end);
  return `${quoteSheetName(range.sheet)}!${start}${start === end ? "" : `:${end}`}`;
}

function isErrorCell(content: CellContent): content is ErrorCell {
  return typeof content === "object" && content.type === "Error";
}

/** The model of Excel calling the functions of one add-in on one platform, over cells the test sets. */
export class CustomFunctionsHost {
  private readonly cells = new Map<string, CellContent>();
  /** Every call made, in order. */
  readonly calls: RecordedCall[] = [];

  constructor(
    readonly addIn: CustomFunctionsAddIn,
    readonly platform: ExcelPlatform
  ) {}

  private static key(sheet: string, row: number, column: number): string {
    return `${sheet.toLowerCase()}!${row},${column}`;
  }

  /** Sets a block of cells from its top-left address ("Sheet1!B2"); `null` empties a cell. */
  setCells(topLeft: string, rows: readonly (readonly (CellContent | null)[])[]): this {
    const at = parseRangeReference(topLeft);
    if (!at) throw new Error(`not a cell address: ${topLeft}`);
    const sheet = at.sheet || "Sheet1";
    rows.forEach((row, r) =>
      row.forEach((content, c) => {
        const key = CustomFunctionsHost.key(sheet, at.start.row + r, at.start.column + c);
        if (content === null) this.cells.delete(key);
        else this.cells.set(key, content);
      })
    );
    return this;
  }

  /** Sets one cell; `null` empties it. */
  setCell(address: string, content: CellContent | null): this {
    return this.setCells(address, [[content]]);
  }

  private content(sheet: string, row: number, column: number): CellContent | undefined {
    return this.cells.get(CustomFunctionsHost.key(sheet, row, column));
  }

  private supportsDataTypes(): boolean {
    return (
      this.addIn.metadata.allowCustomDataForDataTypeAny === true &&
      versionNumber(this.platform.customFunctionsRuntime) >= 4
    );
  }

  /** A cell's content as the function receives it for a parameter of `type`. */
  private passed(content: CellContent | undefined, blank: BlankRepresentation, type: string): unknown {
    if (content === undefined) return blank;
    if (typeof content !== "object") {
      if (type === "string" && typeof content !== "string")
        return typeof content === "boolean" ? String(content).toUpperCase() : String(content);
      return content;
    }
    if (isErrorCell(content)) throw new ExcelAnswers(content.basicValue);
    if (type === "any" && this.supportsDataTypes()) return { ...content };
    if (content.basicType === "Error") throw new ExcelAnswers(content.basicValue);
    return this.passed(content.basicValue, blank, type);
  }

  private argumentValue(argument: Argument, parameter: ParameterMetadata, functionId: string): unknown {
    const type = parameter.type ?? "any";
    if (type !== "any" && type !== "string")
      throw new Error(`${functionId}: parameters of type ${type} are not modelled`);
    const matrix = parameter.dimensionality === "matrix";
    switch (argument.kind) {
      case "omitted":
        if (!parameter.optional)
          throw new Error(`${functionId}: Excel does not accept a formula without ${parameter.name}`);
        return null;
      case "literal":
        return matrix
          ? [[this.passed(argument.value, this.platform.blankInRange, type)]]
          : this.passed(argument.value, this.platform.blankScalar, type);
      case "reference": {
        const { sheet, start, end } = argument.range;
        if (!matrix) {
          if (start.row !== end.row || start.column !== end.column)
            throw new Error(
              `${functionId}: a range for the scalar ${parameter.name} (Excel lifts the call) is not modelled`
            );
          return this.passed(this.content(sheet, start.row, start.column), this.platform.blankScalar, type);
        }
        const rows: unknown[][] = [];
        for (let row = start.row; row <= end.row; row += 1) {
          const values: unknown[] = [];
          for (let column = start.column; column <= end.column; column += 1)
            values.push(this.passed(this.content(sheet, row, column), this.platform.blankInRange, type));
          rows.push(values);
        }
        return rows;
      }
    }
  }

  /** The invocation object Excel passes after the arguments. */
  private invocationFor(f: FunctionMetadata, args: readonly Argument[], at: string): Record<string, unknown> {
    const invocation: Record<string, unknown> = {
      functionName: `${this.addIn.namespace}.${f.name}`,
      isInValuePreview: false,
    };
    if (f.options?.requiresAddress) invocation.address = at;
    if (
      f.options?.requiresParameterAddresses &&
      f.result.dimensionality === "matrix" &&
      versionNumber(this.platform.customFunctionsRuntime) >= 3
    )
      invocation.parameterAddresses = args.map((argument) =>
        argument.kind === "reference" ? argument.address : ""
      );
    return invocation;
  }

  /**
   * Evaluates `=NAMESPACE.NAME(arg, …)` in the cell `at`: arguments are references (`B5`, `B2:B11`,
   * `'ITA 2565'!$B$2`), numbers, "text", TRUE/FALSE, or nothing (omitted). References without a sheet are on
   * the sheet of `at`.
   */
  async evaluate(formula: string, at = "Sheet1!Z1"): Promise<Shown> {
    const match = /^=\s*([A-Za-z_][\w]*)\.([A-Za-z_][\w]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
    if (!match) throw new Error(`the model reads =NAMESPACE.NAME(…) formulas only: ${formula}`);
    const [, namespace = "", name = "", argumentText = ""] = match;
    if (namespace.toUpperCase() !== this.addIn.namespace.toUpperCase())
      throw new Error(`${namespace} is not the add-in's namespace ${this.addIn.namespace}`);
    const f = this.addIn.metadata.functions.find(
      (candidate) => candidate.name.toUpperCase() === name.toUpperCase()
    );
    const implementation = f && this.addIn.implementations.get(f.id);
    if (!f || !implementation) throw new Error(`Excel shows #NAME? for ${namespace}.${name}`);
    if (f.options?.stream || f.parameters.some((p) => p.repeating)) throw new Error(`${f.id}: not modelled`);

    const cell = parseRangeReference(at);
    if (!cell?.sheet) throw new Error(`at must be a cell with its sheet: ${at}`);
    const tokens = argumentText.trim() === "" ? [] : splitArguments(argumentText);
    if (tokens.length > f.parameters.length) throw new Error(`${f.id}: too many arguments`);
    const args = f.parameters.map((_, i) => readArgument(tokens[i] ?? "", cell.sheet));

    let values: unknown[];
    try {
      values = f.parameters.map((parameter, i) =>
        this.argumentValue(args[i] ?? { kind: "omitted" }, parameter, f.id)
      );
    } catch (answer) {
      if (answer instanceof ExcelAnswers) return { kind: "error", code: answer.code, called: false };
      throw answer;
    }
    const invocation = this.invocationFor(f, args, addressOf(cell));
    this.calls.push({ functionId: f.id, args: values, invocation });

    let result: unknown;
    try {
      result = await implementation(...values, invocation);
    } catch (error) {
      if (error instanceof StubCustomFunctionError)
        return { kind: "error", code: error.code, message: error.message, called: true };
      throw error;
    }
    return shownResult(f, result);
  }
}

function checkType(f: FunctionMetadata, value: unknown): void {
  const type = f.result.type ?? "any";
  const ok =
    type === "any"
      ? value !== undefined
      : type === "number"
        ? typeof value === "number" && Number.isFinite(value)
        : typeof value === type;
  if (!ok) throw new Error(`${f.id} returned ${String(value)} for a result of type ${type}`);
}

function shownResult(f: FunctionMetadata, result: unknown): Shown {
  if (f.result.dimensionality !== "matrix") {
    if (Array.isArray(result)) throw new Error(`${f.id} returned an array for a scalar result`);
    checkType(f, result);
    return { kind: "value", value: result };
  }
  const width = Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]).length : 0;
  if (
    !Array.isArray(result) ||
    width === 0 ||
    !result.every((row) => Array.isArray(row) && row.length === width)
  )
    throw new Error(
      `${f.id} returned ${JSON.stringify(result)} for a matrix result: rows of values expected`
    );
  const rows = result as unknown[][];
  rows.forEach((row) => row.forEach((value) => checkType(f, value)));
  return rows.length === 1 && width === 1
    ? { kind: "value", value: rows[0]?.[0] }
    : { kind: "spill", values: rows };
}

/** A model of Excel on `platform` calling `addIn`'s functions. */
export function customFunctionsHost(
  addIn: CustomFunctionsAddIn,
  platform: ExcelPlatform
): CustomFunctionsHost {
  return new CustomFunctionsHost(addIn, platform);
}
