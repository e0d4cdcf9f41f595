/**
 * How many lines a wrapped cell takes: the text is broken where a spreadsheet breaks it (between Thai
 * words, after spaces, never inside a number or before closing punctuation) and filled greedily, line by
 * line, with the widths of TH Sarabun New.
 */
import { textWidthEm } from "./text-width";

interface Segmenter {
  segment(text: string): Iterable<{ readonly segment: string }>;
}
type SegmenterConstructor = new (locale: string, options: { granularity: "word" }) => Segmenter;

/**
 * Thai words found by the platform's dictionary (ICU, as LibreOffice uses; Excel's Thai breaker finds the
 * same words). Intl.Segmenter is ES2022: where it is missing, text breaks at any character, which
 * underestimates a line's waste a little.
 */
const segmenter: Segmenter | undefined = (() => {
  const constructor = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
  return constructor ? new constructor("th", { granularity: "word" }) : undefined;
})();

/** Nothing may break before these (closing brackets and quotes, punctuation, Thai repetition marks). */
const NO_BREAK_BEFORE = /^[)\]}”’,.:;!?%/ๆฯ]/;
/** Nothing may break after these (opening brackets and quotes). */
const NO_BREAK_AFTER = /[([{“‘]$/;

interface Piece {
  /** Width in ems of the visible text. */
  readonly width: number;
  /** Width in ems of the spaces after it, which hang past the line end when the line breaks there. */
  readonly space: number;
}

function segmentsOf(text: string): string[] {
  if (segmenter) return [...segmenter.segment(text)].map((part) => part.segment);
  return [...text.matchAll(/\s+|\S/gu)].map((match) => match[0]);
}

/** The text as unbreakable pieces, each with the spaces that follow it. */
function piecesOf(text: string, bold: boolean): Piece[] {
  const words: { text: string; space: string }[] = [];
  for (const segment of segmentsOf(text)) {
    const last = words[words.length - 1];
    if (/^\s+$/.test(segment)) {
      if (last) last.space += segment;
      continue;
    }
    if (last && last.space === "" && (NO_BREAK_BEFORE.test(segment) || NO_BREAK_AFTER.test(last.text))) {
      last.text += segment;
    } else {
      words.push({ text: segment, space: "" });
    }
  }
  return words.map((word) => ({
    width: textWidthEm(word.text, { bold }),
    space: textWidthEm(word.space, { bold }),
  }));
}

function linesOfParagraph(text: string, lineEm: number, bold: boolean): number {
  let lines = 1;
  let used = 0;
  for (const piece of piecesOf(text, bold)) {
    if (used > 0 && used + piece.width > lineEm) {
      lines += 1;
      used = 0;
    }
    if (piece.width > lineEm) {
      // A word longer than the line is cut where it reaches the edge.
      lines += Math.ceil(piece.width / lineEm) - 1;
      used = piece.width % lineEm;
    } else {
      used += piece.width;
    }
    used += piece.space;
  }
  return lines;
}

/**
 * Lines `text` takes in a wrapped cell whose text area is `widthPoints` wide, at `fontSize` points; each
 * "\n" starts a new line.
 *
 * @example
 * wrappedLineCount("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", 200, { fontSize: 16 }); // 1
 */
export function wrappedLineCount(
  text: string,
  widthPoints: number,
  options: { readonly fontSize: number; readonly bold?: boolean }
): number {
  const lineEm = Math.max(widthPoints / options.fontSize, 0.5);
  return text
    .split("\n")
    .reduce((lines, part) => lines + linesOfParagraph(part, lineEm, options.bold === true), 0);
}
