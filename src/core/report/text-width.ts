/**
 * How wide Thai text is: the marks above and below the line (vowels, tone marks) take no column of their
 * own, so widths are counted without them. Used for terminal tables and for wrapped-row heights.
 */

// Thai marks above and below the line, and zero-width joiners. U+FE0F (a variation selector) is left out:
// in a character class it would combine with the previous range and match more than intended.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

/** Columns a string takes in a monospaced terminal, or characters of width in a cell. */
export function displayWidthOfText(text: string): number {
  return [...text.replace(ZERO_WIDTH, "")].length;
}
