/**
 * Plain-text tables for the terminal. Thai combining marks (vowels above and below, tone marks) take no
 * column of their own, so widths are counted without them; otherwise Thai rows would not line up.
 */
import { displayWidthOfText } from "../core/report/text-width";

/** Terminal columns a string takes. */
export const displayWidth = displayWidthOfText;

export type Align = "left" | "right";

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** Renders rows as aligned columns separated by two spaces; the first row is the header. */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? "left"))
        .join("  ")
        .trimEnd()
    )
    .join("\n");
}
