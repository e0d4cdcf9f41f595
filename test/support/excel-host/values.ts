/** How typed input becomes cell content, and how cell content reads back (values, formulas, text). */
import type { CellContent, ComputedValue, ErrorValue } from "./model";
import { errorValues } from "./model";

/** Excel's cap on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

export type InputResult =
  | { readonly kind: "skip" }
  | { readonly kind: "clear" }
  | { readonly kind: "content"; readonly content: CellContent }
  | { readonly kind: "invalid"; readonly reason: string };

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Interprets one element written to `values` or `formulas` as Excel's input parser would. A string that
 * starts with "=" is a formula; so is one that starts with "+", "-" or "@" and is not a number (Excel turns
 * "+A1" into "=+A1"). A cell formatted as text ("@") keeps every string as text; a leading apostrophe
 * stores the rest as text. `null` leaves the cell alone; "" clears its content.
 */
export function interpretInput(input: unknown, numberFormat: string): InputResult {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "content", content: { kind: "number", number: input } }
      : { kind: "invalid", reason: `${input} is not a finite number` };
  }
  if (typeof input === "boolean") return { kind: "content", content: { kind: "boolean", boolean: input } };
  if (typeof input !== "string") return { kind: "invalid", reason: `${typeof input} is not a cell value` };
  if (input.length > MAX_CELL_TEXT)
    return { kind: "invalid", reason: `text longer than ${MAX_CELL_TEXT} characters` };
  if (input === "") return { kind: "clear" };
  if (numberFormat === "@")
    return { kind: "content", content: { kind: "text", text: input, quotePrefix: false } };
  if (input.startsWith("'")) {
    return { kind: "content", content: { kind: "text", text: input.slice(1), quotePrefix: true } };
  }
  const trimmed = input.trim();
  if (numberPattern.test(trimmed))
    return { kind: "content", content: { kind: "number", number: Number(trimmed) } };
  if (input.length > 1 && input.startsWith("="))
    return { kind: "content", content: { kind: "formula", formula: input } };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-") || input.startsWith("@"))) {
    const body = input.startsWith("@") ? input.slice(1) : input;
    return { kind: "content", content: { kind: "formula", formula: `=${body}` } };
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    return { kind: "content", content: { kind: "boolean", boolean: upper === "TRUE" } };
  }
  if (errorValues.includes(upper))
    return { kind: "content", content: { kind: "error", error: upper as ErrorValue } };
  return { kind: "content", content: { kind: "text", text: input, quotePrefix: false } };
}

/** The literal value of non-formula content. */
export function literalValue(content: CellContent): ComputedValue | undefined {
  switch (content.kind) {
    case "number":
      return { kind: "number", number: content.number };
    case "text":
      return { kind: "text", text: content.text };
    case "boolean":
      return { kind: "boolean", boolean: content.boolean };
    case "error":
      return { kind: "error", error: content.error };
    case "formula":
      return undefined;
  }
}

export function plainValue(value: ComputedValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  switch (value.kind) {
    case "number":
      return value.number;
    case "text":
      return value.text;
    case "boolean":
      return value.boolean;
    case "error":
      return value.error;
  }
}

export function valueType(value: ComputedValue | undefined): string {
  if (value === undefined) return "Empty";
  switch (value.kind) {
    case "number":
      return "Double";
    case "text":
      return "String";
    case "boolean":
      return "Boolean";
    case "error":
      return "Error";
  }
}

/**
 * What `formulas` reads for a cell: the formula, or the value. Text typed behind an apostrophe reads back
 * without it (office-js#6687): `'=AVERAGE(A1:A3)` reads `=AVERAGE(A1:A3)`, so writing `formulas` back
 * would turn the text into a formula.
 */
export function formulaText(content: CellContent | undefined): string | number | boolean {
  if (content === undefined) return "";
  switch (content.kind) {
    case "formula":
      return content.formula;
    case "text":
      return content.text;
    case "number":
      return content.number;
    case "boolean":
      return content.boolean;
    case "error":
      return content.error;
  }
}

/** Rounds half away from zero on the decimal digits Excel shows (15 significant), not on the binary value. */
export function roundForDisplay(value: number, decimals: number): number {
  const magnitude = Number(Math.abs(value).toPrecision(15));
  const rounded = Number(`${Math.round(Number(`${magnitude}e${decimals}`))}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatFixed(value: number, decimals: number, thousands: boolean): string {
  const rounded = roundForDisplay(value, decimals);
  const fixed = Math.abs(rounded).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const body = (thousands ? groupThousands(whole) : whole) + (fraction === undefined ? "" : `.${fraction}`);
  return rounded < 0 ? `-${body}` : body;
}

function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = "0", exponent = "0"] = value.toExponential(5).split("e");
    const power = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, "")}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(10)));
}

const fixedFormat = /^(#,##)?0(?:\.(0+))?(%)?$/;

/**
 * The text Excel would display for a value under a number format. Supported: General, "@", and "0",
 * "0.00", "#,##0", "#,##0.00", "0%", "0.0%" shapes; any other format falls back to General.
 */
export function displayText(value: ComputedValue | undefined, numberFormat: string): string {
  if (value === undefined) return "";
  switch (value.kind) {
    case "text":
      return value.text;
    case "boolean":
      return value.boolean ? "TRUE" : "FALSE";
    case "error":
      return value.error;
    case "number": {
      const match = fixedFormat.exec(numberFormat);
      if (!match) return formatGeneral(value.number);
      const decimals = match[2]?.length ?? 0;
      const percent = match[3] !== undefined;
      const text = formatFixed(percent ? value.number * 100 : value.number, decimals, match[1] !== undefined);
      return percent ? `${text}%` : text;
    }
  }
}

const namedColors: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightyellow: "#FFFFE0",
  darkgreen: "#006400",
  darkred: "#8B0000",
  darkblue: "#00008B",
};

/** "#ff0" → undefined; "#fffF00" → "#FFFF00"; "yellow" → "#FFFF00"; unknown names → undefined. */
export function normalizeColor(color: unknown): string | undefined {
  if (typeof color !== "string") return undefined;
  if (/^#[0-9A-Fa-f]{6}$/.test(color)) return color.toUpperCase();
  return namedColors[color.toLowerCase()];
}
