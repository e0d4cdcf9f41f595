/**
 * How wide Thai text is: the marks above and below the line (vowels, tone marks) take no column of their
 * own, so widths are counted without them. Used for terminal tables ({@link displayWidthOfText}) and, in
 * the printed report's font, for wrapped-row heights ({@link textWidthEm}).
 */

// Thai marks above and below the line, and zero-width joiners. U+FE0F (a variation selector) is left out:
// in a character class it would combine with the previous range and match more than intended.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

/** Columns a string takes in a monospaced terminal, or characters of width in a cell. */
export function displayWidthOfText(text: string): number {
  return [...text.replace(ZERO_WIDTH, "")].length;
}

/**
 * Advance widths in thousandths of an em of TH Sarabun New's metric twin Laksaman (fonts-thai-tlwg, the
 * font LibreOffice prints TH Sarabun New with on Linux), regular weight: U+0E01–U+0E5B, then U+0020–U+007E.
 * Marks above and below the line are 0.
 */
const THAI_ADVANCES = [
  580, 568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639, 515, 693, 800, 816, 588, 588,
  568, 646, 503, 631, 643, 643, 573, 573, 672, 672, 639, 601, 564, 484, 568, 573, 639, 503, 591, 658, 573,
  642, 682, 582, 559, 588, 536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 618, 305, 567, 356, 364, 367,
  308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676, 675, 675, 675, 675, 675, 675, 675, 675, 675, 675, 785, 1048,
];
const ASCII_ADVANCES = [
  324, 221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406, 544, 544, 544, 544, 544,
  544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425, 806, 601, 568, 610, 648, 527, 527, 639, 663, 221,
  397, 565, 530, 824, 663, 731, 568, 732, 570, 529, 570, 700, 586, 884, 628, 550, 637, 294, 394, 294, 619,
  529, 306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475, 300, 904, 586, 598, 603, 603, 326, 424,
  357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625,
];
/** Bold glyphs of the family are about 5 % wider (Laksaman Bold's consonants average 1.053 × regular). */
const BOLD_FACTOR = 1.06;
/** A character outside both tables: most are Latin punctuation; ideographs and emoji take a full em. */
const OTHER_ADVANCE = 600;
const WIDE_ADVANCE = 1000;

function advanceOf(code: number): number {
  if (code >= 0x0e01 && code <= 0x0e5b) return THAI_ADVANCES[code - 0x0e01] ?? OTHER_ADVANCE;
  if (code >= 0x20 && code <= 0x7e) return ASCII_ADVANCES[code - 0x20] ?? OTHER_ADVANCE;
  if (code === 0xa0) return ASCII_ADVANCES[0] ?? OTHER_ADVANCE;
  if ((code >= 0x200b && code <= 0x200d) || code === 0xfe0f) return 0;
  return code >= 0x1100 ? WIDE_ADVANCE : OTHER_ADVANCE;
}

/**
 * The printed width of `text` in ems of TH Sarabun New (multiply by the font size for points).
 *
 * @example
 * textWidthEm("คะแนน") * 16; // ≈ 46.5 points at 16 pt
 */
export function textWidthEm(text: string, options: { readonly bold?: boolean } = {}): number {
  let thousandths = 0;
  for (const character of text) thousandths += advanceOf(character.codePointAt(0) ?? 0);
  return (thousandths / 1000) * (options.bold ? BOLD_FACTOR : 1);
}
