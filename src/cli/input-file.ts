/**
 * Reading an input file for the CLI: a missing file or an unreadable one is a validation issue that names
 * the file, like any other bad input.
 */
import { readFileSync } from "node:fs";
import { issueAt, problem, Validated } from "../core";

/** Why a file could not be read, as an issue at the file. */
function unreadable<T>(path: string, error: unknown): Validated<T> {
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

/** Reads a file ("-" for standard input) as UTF-8 text, dropping a byte-order mark. */
export function readTextFile(path: string): Validated<string> {
  try {
    const text = readFileSync(path === "-" ? 0 : path, "utf8");
    return { ok: true, value: text.replace(/^\uFEFF/, ""), warnings: [] };
  } catch (error) {
    return unreadable(path, error);
  }
}

/** Reads a file's bytes (a workbook). */
export function readBinaryFile(path: string): Validated<Buffer> {
  try {
    return { ok: true, value: readFileSync(path), warnings: [] };
  } catch (error) {
    return unreadable(path, error);
  }
}
