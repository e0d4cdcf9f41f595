/**
 * The parts of a framework an issue can be about, and where each is when nothing better is known: a
 * framework read from a sheet locates them at its cells, any other at a JSON-like path.
 */

/**
 * A part of a framework that an issue is about. `occurrence` counts repeats (0 = first) in the order the
 * framework lists them: indicators, tools, then items (perception groups, then OIT sub-indicators).
 */
export type FrameworkPart =
  | { readonly kind: "fiscal-year" }
  | { readonly kind: "pass-mark" }
  | { readonly kind: "tools" }
  | { readonly kind: "tool"; readonly id: string; readonly occurrence?: number; readonly field?: "weight" }
  | { readonly kind: "indicator"; readonly number: number; readonly occurrence?: number }
  | { readonly kind: "rating" }
  | { readonly kind: "rating-row"; readonly index: number }
  | { readonly kind: "sub-indicator"; readonly id: string; readonly occurrence?: number }
  | { readonly kind: "item"; readonly code: string; readonly occurrence?: number }
  | { readonly kind: "document-item"; readonly field: "analysisAndMeasures" | "implementationReport" }
  | { readonly kind: "national"; readonly field: "agencies" | "mean" | "sharePassing" };

/** Where a part is when nothing better is known: a JSON-like path such as `rating.rows[2]`. */
export function defaultFrameworkLocation(part: FrameworkPart): string {
  switch (part.kind) {
    case "fiscal-year":
      return "fiscalYear";
    case "pass-mark":
      return "passMark";
    case "tools":
      return "tools";
    case "tool":
      return `tools[${part.id}]`;
    case "indicator":
      return `indicators[${part.number}]`;
    case "rating":
      return "rating.rows";
    case "rating-row":
      return `rating.rows[${part.index}]`;
    case "sub-indicator":
      return `oit.subIndicators[${part.id}]`;
    case "item":
      return `items[${part.code}]`;
    case "document-item":
      return `documentItems.${part.field}`;
    case "national":
      return `national.${part.field}`;
  }
}
