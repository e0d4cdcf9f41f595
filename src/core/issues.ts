/**
 * Validation results. Data problems are returned, never thrown (ARCHITECTURE.md, after HyperFormula): every
 * problem of an input is collected, each with where it is and what is wrong, in Thai and English.
 */

/** What is wrong with one value, before we know where the value came from. */
export interface Problem {
  readonly code: string;
  readonly messageTh: string;
  readonly messageEn: string;
}

/** A problem at a place: `Sheet1!C9`, `$.scores.2`, `row 14`. */
export interface ValidationIssue extends Problem {
  readonly location: string;
}

export type Validated<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly ValidationIssue[];
      readonly warnings: readonly ValidationIssue[];
    };

/** The outcome of reading one value: the value, or the problem with it. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function problem(code: string, messageTh: string, messageEn: string): Problem {
  return { code, messageTh, messageEn };
}

export function issueAt(location: string, what: Problem): ValidationIssue {
  return { location, code: what.code, messageTh: what.messageTh, messageEn: what.messageEn };
}

/** One line per issue, as users see it: `Sheet1!C9: "n/a" ไม่ใช่คะแนน / "n/a" is not a score`. */
export function formatIssue(issue: ValidationIssue, language: "th" | "en" | "both" = "both"): string {
  const text =
    language === "th"
      ? issue.messageTh
      : language === "en"
        ? issue.messageEn
        : `${issue.messageTh} / ${issue.messageEn}`;
  return issue.location ? `${issue.location}: ${text}` : text;
}

/** Shows a value in a message the way the user typed it, shortened so one bad cell cannot flood the pane. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  else if (value === undefined) text = "undefined";
  else if (typeof value === "object" && value !== null) text = Array.isArray(value) ? "[…]" : "{…}";
  else text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
