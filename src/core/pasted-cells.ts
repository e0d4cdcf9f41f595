/**
 * Reading cells as an officer pasted them: blanks, markdown pipes and `|---|` separator dashes hold nothing;
 * text loses the pipes around it; numbers are read with Thai digits, signs and a typographic minus.
 */
import { Exact } from "./exact";
import { isBlank, parseNumber, trimPasted } from "./parse";

/** What a paste leaves that holds nothing: blanks, markdown pipes, and `|---|` separator dashes. */
export function isFiller(value: unknown): boolean {
  if (isBlank(value)) return true;
  return typeof value === "string" && /^[\s|:\-–—]*$/.test(value);
}

/**
 * The text without the pipes of a pasted markdown row around it ("| 91.21 |"). Scanned by hand: the
 * regular expression `\|+\s*$` retries from every pipe of a run in the middle of the text, which takes
 * seconds on a long cell.
 */
function withoutPipes(value: string): string {
  let start = 0;
  while (start < value.length && /\s/.test(value.charAt(start))) start += 1;
  const leadingPipes = start;
  while (start < value.length && value.charAt(start) === "|") start += 1;
  if (start === leadingPipes) start = 0;
  let end = value.length;
  while (end > start && /\s/.test(value.charAt(end - 1))) end -= 1;
  const trailingSpaces = end;
  while (end > start && value.charAt(end - 1) === "|") end -= 1;
  if (end === trailingSpaces) end = value.length;
  return value.slice(start, end);
}

/**
 * A cell's text as pasted, without stray pipes and trimmed of spaces and invisible marks; `undefined` for
 * a number or filler.
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== "string" || isFiller(value)) return undefined;
  return trimPasted(withoutPipes(value));
}

/** A value as pasted, without stray pipes and with a typographic minus ("−2.50") read as "-". */
export function cleaned(value: unknown): unknown {
  return typeof value === "string" ? trimPasted(withoutPipes(value)).replace(/^[−–]/, "-") : value;
}

/** A number as pasted: "+๑๘.๗๕", "−2.50", "85.08%". */
export function numberIn(value: unknown): Exact | undefined {
  if (isFiller(value)) return undefined;
  const parsed = parseNumber(cleaned(value));
  return parsed.ok ? parsed.value : undefined;
}
