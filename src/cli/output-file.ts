/**
 * The file a command writes (issue 15: the CLI never loses a file). `resolveOutput` settles `-o` before any
 * work: a folder takes the command's default name, the files the command reads are never written over, and
 * an existing file ita did not write is refused unless `--force`. `writeAtomically` then writes through a
 * temporary file in the same folder renamed over the target, so an interrupted run leaves the old file
 * whole and no temporary file behind.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, type Stats } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { issueAt, problem, Validated, ValidationIssue } from "../core";
import { AGENCIES_SHEET_NAME, SUMMARY_SHEET_NAME } from "../core/batch/layout-batch";
import { categoryOfCoreXml, ItaWorkbookKind, markedKind, xmlText } from "../xlsx/ita-mark";
import { ZipParts } from "../xlsx/zip-parts";

/** Where a command writes when `-o` is not given: `out/<default name>` under the working folder. */
export const DEFAULT_OUTPUT_FOLDER = "out";

export interface OutputRequest {
  /** The file name used when `-o` is absent or names a folder: "ita-report-2565.xlsx". */
  readonly defaultName: string;
  /** What the command writes, for the rule on which of ita's files it may write over. */
  readonly kind: ItaWorkbookKind;
  /** Every file the command reads (the input, `--framework`): never written over, not even with --force. */
  readonly inputs: readonly string[];
  /** `--force`: write over an existing file ita did not write, or one the officer may have edited. */
  readonly force: boolean;
}

/** A path's state; a path under a file (`notes.txt/out`) counts as missing, as the system reports it. */
function stateOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Whether two paths are one file: the same path, or (case-insensitive disks, links) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [first, second] = [stateOf(a), stateOf(b)];
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}

/**
 * The sheet names each command of older ita versions wrote, from before the mark: a workbook whose every
 * sheet has one of its kind's names is taken as written by that command (the pane's own workbooks always
 * hold the input sheet too, so they never pass).
 */
const SHEETS_OF_OLDER_VERSIONS: Readonly<Record<ItaWorkbookKind, readonly RegExp[]>> = {
  report: [/^ผลการวิเคราะห์ ITA \d{4}$/, /^มาตรการ ITA \d{4}$/, /^ติดตามมาตรการ ITA \d{4}$/],
  batch: [new RegExp(`^${AGENCIES_SHEET_NAME}$`), new RegExp(`^${SUMMARY_SHEET_NAME}$`)],
  progress: [/^ผลตามมาตรการ ITA \d{4}$/, /^สรุปผลตามมาตรการ ITA$/],
  framework: [/^กรอบ ITA \d{4}$/],
};

function kindBySheetNames(names: readonly string[]): ItaWorkbookKind | undefined {
  if (names.length === 0) return undefined;
  const kinds = Object.keys(SHEETS_OF_OLDER_VERSIONS) as ItaWorkbookKind[];
  return kinds.find((kind) =>
    names.every((name) => SHEETS_OF_OLDER_VERSIONS[kind].some((pattern) => pattern.test(name)))
  );
}

/**
 * What ita wrote `file` as, or `undefined` when ita did not write it (or it is no workbook). Reads only the
 * package's directory, its document properties and its list of sheets, never the whole workbook: a batch
 * file can hold a hundred thousand cells.
 */
export async function itaKindOf(file: string): Promise<ItaWorkbookKind | undefined> {
  try {
    const zip = new ZipParts(readFileSync(file));
    const core = zip.read("docProps/core.xml");
    const marked = markedKind(core === undefined ? undefined : categoryOfCoreXml(core));
    if (marked) return marked;
    const workbook = zip.read("xl/workbook.xml") ?? "";
    const names = [...workbook.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((found) =>
      xmlText(found[1] ?? "")
    );
    return kindBySheetNames(names);
  } catch {
    // Not a zip at all (a text file, a renamed .xls): not ita's.
    return undefined;
  }
}

/**
 * Whether an existing file ita wrote as `existing` may be written over by a command writing `writing`
 * without --force. Batch files and implementation reports hold only what ita computed, so writing them
 * again loses nothing; a report may hold a tracking sheet the officer filled in, which only `ita report`
 * knows how to keep (report-command.ts); a framework sheet is there to be edited by the officer.
 */
function mayWriteOver(existing: ItaWorkbookKind | undefined, writing: ItaWorkbookKind): boolean {
  if (existing === "batch" || existing === "progress") return true;
  return existing === "report" && writing === "report";
}

const WHAT_ITA_WROTE: Readonly<Record<"report" | "framework", { th: string; en: string }>> = {
  report: {
    th: "รายงาน ITA (ซึ่งอาจมีแผ่นงานติดตามมาตรการที่กรอกไว้)",
    en: "an ITA report (perhaps with a filled-in tracking sheet)",
  },
  framework: { th: "แผ่นงานกรอบการประเมิน", en: "a framework sheet" },
};

const USE_ANOTHER_NAME = {
  th: "โปรดระบุชื่อไฟล์อื่นด้วย -o หรือเพิ่ม --force หากต้องการเขียนทับไฟล์นี้จริง",
  en: "give another name with -o, or add --force to overwrite it",
};

/** Why `path`, an existing file ita wrote as `existing` or did not write, is not written over. */
function existingFileProblem(path: string, existing: ItaWorkbookKind | undefined): ValidationIssue {
  if (existing !== "report" && existing !== "framework") {
    return issueAt(
      path,
      problem(
        "output-not-ita",
        `มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ ${USE_ANOTHER_NAME.th}`,
        `the file exists and ita did not write it, so it was not overwritten: ${USE_ANOTHER_NAME.en}`
      )
    );
  }
  const what = WHAT_ITA_WROTE[existing];
  return issueAt(
    path,
    problem(
      "output-may-hold-edits",
      `มีไฟล์นี้อยู่แล้ว เป็น${what.th}ที่ ita เขียนและเจ้าหน้าที่อาจแก้ไขหรือกรอกข้อมูลไว้ จึงไม่ได้เขียนทับ ${USE_ANOTHER_NAME.th}`,
      `the file exists: it is ${what.en} ita wrote, which the officer may have edited, so it was not overwritten: ${USE_ANOTHER_NAME.en}`
    )
  );
}

/** Whether `-o` names a folder by its spelling: "รายงาน/" (a folder that may not exist yet). */
function endsWithSeparator(requested: string): boolean {
  return requested.endsWith("/") || requested.endsWith(sep);
}

/**
 * The absolute path a command writes, from `-o` as typed (`undefined`: not given), or why it must not:
 * - not given: `out/<defaultName>`; an existing folder, or a name ending in "/" (a folder to create):
 *   `<defaultName>` inside it; anything else must be an .xlsx file name, its missing folders created;
 * - a file the command reads is refused, even with --force;
 * - an existing file is refused unless ita wrote it and writing it again loses nothing (see
 *   `mayWriteOver`) or --force is given, which is then a warning.
 * Every issue is at the path. Nothing is created here: a refusal later leaves no folder behind.
 *
 * @example await resolveOutput("รายงาน/", { defaultName: "ita-batch.xlsx", kind: "batch", inputs: ["a.csv"], force: false })
 * // { ok: true, value: "/home/officer/รายงาน/ita-batch.xlsx", warnings: [] }
 */
export async function resolveOutput(
  requested: string | undefined,
  request: OutputRequest
): Promise<Validated<string>> {
  const refuse = (issue: ValidationIssue): Validated<string> => ({
    ok: false,
    issues: [issue],
    warnings: [],
  });
  let path: string;
  if (requested === undefined) {
    path = resolve(DEFAULT_OUTPUT_FOLDER, request.defaultName);
  } else if (stateOf(requested)?.isDirectory() || endsWithSeparator(requested)) {
    path = resolve(requested, request.defaultName);
  } else if (extname(requested).toLowerCase() !== ".xlsx") {
    return refuse(
      issueAt(
        resolve(requested),
        problem(
          "not-xlsx-output",
          "ไม่มีโฟลเดอร์ชื่อนี้ และชื่อนี้ไม่ใช่ชื่อไฟล์ .xlsx จึงไม่ได้เขียนไฟล์ หากต้องการให้สร้างโฟลเดอร์ใหม่ ให้ลงท้ายชื่อด้วย /",
          "no folder has this name and it is not the name of an .xlsx file, so nothing was written: to have a new folder made, end the name with /"
        )
      )
    );
  } else {
    path = resolve(requested);
  }
  if (request.inputs.some((input) => input !== "-" && sameFile(path, input))) {
    return refuse(
      issueAt(
        path,
        problem(
          "output-is-input",
          "ไฟล์นี้เป็นไฟล์ที่คำสั่งกำลังอ่าน จึงไม่เขียนทับ (แม้ใช้ --force) โปรดระบุชื่อไฟล์อื่นด้วย -o",
          "the command reads this file, so it is never overwritten (not even with --force): give another name with -o"
        )
      )
    );
  }
  const existing = stateOf(path);
  if (existing === undefined) return { ok: true, value: path, warnings: [] };
  if (existing.isDirectory()) {
    return refuse(
      issueAt(
        path,
        problem(
          "output-is-folder",
          "มีโฟลเดอร์ชื่อนี้อยู่แล้ว จึงเขียนไฟล์ชื่อนี้ไม่ได้ โปรดระบุชื่อไฟล์อื่นด้วย -o",
          "a folder has this name, so no file can be written there: give another name with -o"
        )
      )
    );
  }
  const kind = await itaKindOf(path);
  if (mayWriteOver(kind, request.kind)) return { ok: true, value: path, warnings: [] };
  if (!request.force) return refuse(existingFileProblem(path, kind));
  const forced = issueAt(
    path,
    problem(
      "output-forced",
      "เขียนทับไฟล์เดิมซึ่ง ita ไม่ได้เขียนหรืออาจถูกแก้ไขแล้ว ตามที่สั่งด้วย --force",
      "the existing file, which ita did not write or which may have been edited, is overwritten as --force asks"
    )
  );
  return { ok: true, value: path, warnings: [forced] };
}

/**
 * Writes `path` atomically: `write` writes a hidden temporary file in the same folder (so the rename stays
 * on one disk), which is then renamed over `path`. Whatever fails — `write` throwing midway, a full disk,
 * the rename — the temporary file is removed, the old file at `path` is left as it was, and the folders
 * this call created are removed again; the error is rethrown. A file written over keeps its permissions.
 *
 * @example await writeAtomically(output, (temp) => workbookWriterTo(temp).commit())
 */
export async function writeAtomically(
  path: string,
  write: (tempPath: string) => Promise<void> | void
): Promise<void> {
  const folder = dirname(path);
  const createdFolder = mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temp);
    const old = stateOf(path);
    if (old) chmodSync(temp, old.mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    if (createdFolder !== undefined) rmSync(createdFolder, { recursive: true, force: true });
    throw error;
  }
}

/** Writes `bytes` to `path` atomically (`writeAtomically`). */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeAtomically(path, (temp) => writeFile(temp, bytes));
}
