/**
 * Fuzz generators for text pasted from a report: the comparison table as markdown, tab-separated or spaced
 * lines among other lines, or CSV-like text of anything.
 */
import fc from "fast-check";
import { cellText, framework } from "./cell-arbitraries";
import { findScoresGrid } from "./sheet-arbitraries";
import { csvText } from "./csv-arbitraries";

/** One row of pasted text as a report's table gives it: markdown, tab-separated or spaced columns. */
function pastedLine(cells: readonly unknown[], style: "markdown" | "tabs" | "spaces"): string {
  const texts = cells.map((cell) => (typeof cell === "object" || cell === undefined ? "" : String(cell)));
  if (style === "markdown") return `| ${texts.map((text) => text.replace(/\|/g, "\\|")).join(" | ")} |`;
  return texts.join(style === "tabs" ? "\t" : "   ");
}

/**
 * Text an officer pastes from a report into a file or the pane: the comparison table of
 * `findScoresGrid` written as markdown (with its `|---|` row), tab-separated or spaced lines, among other
 * lines, with CRLF or LF and a BOM; or text of anything.
 */
export const pastedText = fc.oneof(
  {
    arbitrary: fc
      .record({
        grid: findScoresGrid,
        style: fc.constantFrom<"markdown" | "tabs" | "spaces">("markdown", "tabs", "spaces"),
        lineEnd: fc.constantFrom("\n", "\r\n"),
        bom: fc.boolean(),
        before: fc.array(cellText, { maxLength: 3 }),
        after: fc.array(cellText, { maxLength: 3 }),
      })
      .map(({ grid, style, lineEnd, bom, before, after }) => {
        const table = grid.values.map((row) => pastedLine(row, style));
        if (style === "markdown" && table.length > 1) table.splice(1, 0, "|---|---|---|");
        const text = [...before, "", ...table, "", ...after].join(lineEnd);
        return { framework: grid.framework, text: `${bom ? "\ufeff" : ""}${text}` };
      }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ framework, text: csvText }),
    weight: 1,
  }
);
