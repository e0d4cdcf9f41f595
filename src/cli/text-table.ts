/**
 * Plain-text tables for the terminal. Thai combining marks (vowels above and below, tone marks) take no
 * column of their own, so widths are counted without them; otherwise Thai rows would not line up.
 */

// Thai marks above and below the line, and zero-width joiners. U+FE0F (a variation selector) is left out:
// in a character class it would combine with the previous range and match more than intended.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

/** Terminal columns a string takes. */
export function displayWidth(text: string): number {
  return [...text.replace(ZERO_WIDTH, "")].length;
}

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
