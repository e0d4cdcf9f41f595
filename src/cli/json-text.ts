/**
 * JSON as officers write it by hand, checked more strictly than `JSON.parse`: comments and NaN/Infinity
 * (which editors and other languages allow) are named at their line and column in words an officer can act
 * on, and a key given twice in one object is refused at its JSON path, where `JSON.parse` would silently
 * keep the last value (a score typed twice, the second time wrong, would otherwise win unseen).
 */
import { issueAt, problem, Validated, ValidationIssue } from "../core";

/** Where `position` (a character offset) falls, as 1-based line and column. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function at(file: string, text: string, position: number): string {
  const { line, column } = lineAndColumn(text, position);
  return `${file}:${line}:${column}`;
}

/** A key's step in a JSON path, as the assessment format names places: `.scores`, `.2`, `["ชื่อ"]`. */
function keySegment(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** The end of the string literal starting at `start` (the opening quote): the index after its closing quote. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === "\\" ? 2 : 1;
  return i + 1;
}

/** Comments and NaN/Infinity outside strings, which `JSON.parse` rejects with a message about a token. */
function forbiddenTokens(text: string, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') {
      i = endOfString(text, i);
      continue;
    }
    if (ch === "/" && (text.charAt(i + 1) === "/" || text.charAt(i + 1) === "*")) {
      issues.push(
        issueAt(
          at(file, text, i),
          problem(
            "json-comment",
            'ไฟล์ JSON มีหมายเหตุ (// หรือ /* */) ซึ่งรูปแบบ JSON ไม่อนุญาต โปรดลบหมายเหตุออก หรือย้ายข้อความไปไว้ในคีย์ "note"',
            'comments (// or /* */) are not allowed in JSON: remove the comment, or put its text in the "note" key'
          )
        )
      );
      const end = text.charAt(i + 1) === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2) + 2;
      i = end <= i ? text.length : end;
      continue;
    }
    const word = /^(?:NaN|Infinity)\b/.exec(text.slice(i, i + 9));
    if (word && !/[A-Za-z0-9_]/.test(text.charAt(i - 1))) {
      issues.push(
        issueAt(
          at(file, text, i),
          problem(
            "json-not-a-number",
            `${word[0]} ไม่ใช่ค่าที่รูปแบบ JSON รองรับ โปรดใส่คะแนนเป็นตัวเลข 0–100`,
            `${word[0]} is not a JSON value: write the score as a number from 0 to 100`
          )
        )
      );
      i += word[0].length;
      continue;
    }
    i += 1;
  }
  return issues;
}

/** An object or array the walk is inside, with the step that leads to it from its parent. */
type OpenContainer =
  | { readonly kind: "object"; readonly segment: string; readonly seen: Set<string> }
  | { readonly kind: "array"; readonly segment: string; index: number };

/**
 * Keys given twice in one object, each at the JSON path of its second (and later) occurrence. `text` must
 * be valid JSON (it is only walked after `JSON.parse` accepted it). The walk keeps its own stack of open
 * containers rather than recursing, so JSON nested as deep as `JSON.parse` takes cannot overflow the call
 * stack; a path is built only for a key that is reported.
 */
function duplicateKeys(text: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const open: OpenContainer[] = [];
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text.charAt(i))) i += 1;
  };
  const readString = (): string => {
    const end = endOfString(text, i);
    const value = JSON.parse(text.slice(i, end)) as string;
    i = end;
    return value;
  };
  /** Steps past the value at `i`; an object or array is opened, to be walked member by member. */
  const enterValue = (segment: string): void => {
    skipSpace();
    const ch = text.charAt(i);
    if (ch === "{") {
      i += 1;
      open.push({ kind: "object", segment, seen: new Set() });
    } else if (ch === "[") {
      i += 1;
      open.push({ kind: "array", segment, index: 0 });
    } else if (ch === '"') {
      i = endOfString(text, i);
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i += 1;
    }
  };
  /** The step to the next member of the innermost open container, closing those that end; none at the end. */
  const nextMember = (): string | undefined => {
    for (;;) {
      skipSpace();
      const container = open[open.length - 1];
      if (!container) return undefined;
      const ch = text.charAt(i);
      if (ch === ",") {
        i += 1;
      } else if (ch === "}" || ch === "]") {
        i += 1;
        open.pop();
      } else if (container.kind === "array") {
        const index = container.index;
        container.index += 1;
        return `[${index}]`;
      } else {
        const keyStart = i;
        const key = readString();
        const segment = keySegment(key);
        if (container.seen.has(key)) {
          const keyPath = `$${open.map((each) => each.segment).join("")}${segment}`;
          const { line } = lineAndColumn(text, keyStart);
          issues.push(
            issueAt(
              keyPath,
              problem(
                "json-duplicate-key",
                `คีย์ ${JSON.stringify(key)} ปรากฏซ้ำในออบเจกต์เดียวกัน (บรรทัดที่ ${line}) ซึ่ง JSON จะเก็บไว้เพียงค่าสุดท้าย จึงไม่อาจทราบว่าค่าใดถูกต้อง โปรดคงไว้เพียงค่าเดียว`,
                `the key ${JSON.stringify(key)} is given twice in the same object (line ${line}): JSON would keep only the last value, so which one is meant is unknown; keep one`
              )
            )
          );
        }
        container.seen.add(key);
        skipSpace();
        i += 1; // the colon
        return segment;
      }
    }
  };
  for (let segment: string | undefined = ""; segment !== undefined; segment = nextMember()) {
    enterValue(segment);
  }
  return issues;
}

/**
 * Parses JSON text, reporting comments, NaN/Infinity and other syntax errors at `file:line:column`, and
 * keys given twice at their JSON path.
 *
 * @example parseJsonText('{ "scores": { "1": 91.21, "1": 85 } }', "a.json")
 * // issues: [{ location: "$.scores.1", code: "json-duplicate-key", … }]
 */
export function parseJsonText(text: string, file: string): Validated<unknown> {
  const forbidden = forbiddenTokens(text, file);
  if (forbidden.length > 0) return { ok: false, issues: forbidden, warnings: [] };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? at(file, text, Number(position[1])) : file;
    return {
      ok: false,
      warnings: [],
      issues: [
        issueAt(
          where,
          problem("invalid-json", `ไม่ใช่ JSON ที่ถูกต้อง (${message})`, `not valid JSON (${message})`)
        ),
      ],
    };
  }
  const duplicates = duplicateKeys(text);
  return duplicates.length > 0
    ? { ok: false, issues: duplicates, warnings: [] }
    : { ok: true, value, warnings: [] };
}
