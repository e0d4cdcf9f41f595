/**
 * Reading an input file for the CLI: a missing file, unreadable text or broken JSON is a validation issue
 * that names the file (and the line and column), like any other bad input.
 */
import { readFileSync } from "node:fs";
import { issueAt, problem, Validated } from "../core";

/** Where `position` (a character offset) falls, as 1-based line and column. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split("\n");
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Reads a file ("-" for standard input) as UTF-8 text, dropping a byte-order mark. */
export function readTextFile(path: string): Validated<string> {
  try {
    const text = readFileSync(path === "-" ? 0 : path, "utf8");
    return { ok: true, value: text.replace(/^\uFEFF/, ""), warnings: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === "ENOENT"
        ? problem("file-not-found", "ไม่พบไฟล์", "file not found")
        : code === "EISDIR"
          ? problem("not-a-file", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a directory, not a file")
          : problem(
              "unreadable-file",
              `อ่านไฟล์ไม่ได้ (${code ?? String(error)})`,
              `cannot read the file (${code ?? String(error)})`
            );
    return { ok: false, issues: [issueAt(path, what)], warnings: [] };
  }
}

/** Parses JSON text, reporting a syntax error at `file:line:column`. */
export function parseJsonText(text: string, file: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? `${file}:${lineAndColumn(text, Number(position[1]))}` : file;
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
}
