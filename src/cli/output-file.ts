/**
 * The file a command writes (issue 15: the CLI never loses a file). `resolveOutput` settles `-o` before any
 * work: a folder takes the command's default name, the files the command reads are never written over, and
 * an existing file is refused unless `--force` when ita did not mark it as its own or it has been saved
 * since ita wrote it. `writeAtomically` then writes through a temporary file in the same folder, flushed to
 * the disk and renamed over the target, so an interrupted run leaves the old file whole and no temporary
 * file behind.
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  type Stats,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { formatIssue, issueAt, problem, Validated, ValidationIssue } from "../core";
import { AGENCIES_SHEET_NAME, SUMMARY_SHEET_NAME } from "../core/batch/layout-batch";
import { categoryOfCoreXml, isEditedCoreXml, ItaWorkbookKind, markedKind } from "../xlsx/ita-mark";
import { unescapeXml } from "../xlsx/xml-text";
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
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [first, second] = [stateOf(a), stateOf(b)];
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}

/**
 * The sheet names each command of older ita versions wrote, from before the mark. They only word a refusal
 * ("this looks like a file an older ita wrote"), never allow a write: `สรุปภาพรวม` and the like are common
 * names in an officer's own workbooks.
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

/** An existing file, as far as writing over it goes. */
export interface ExistingFile {
  /** What ita's mark says ita wrote it as; `undefined` when it bears no mark (or is no workbook). */
  readonly kind: ItaWorkbookKind | undefined;
  /** Saved since it was written: its time modified differs from its time created (or either is missing). */
  readonly edited: boolean;
  /** Unmarked, but every sheet has a name an older ita gave this kind: for the wording of a refusal only. */
  readonly olderKind: ItaWorkbookKind | undefined;
}

/**
 * What `file` is: ita's mark, whether it was saved since, and (unmarked) whether it looks like an older
 * ita's. Reads only the package's directory, its document properties and its list of sheets, never the
 * whole workbook: a batch file can hold a hundred thousand cells.
 *
 * @example await inspectExisting("out/ita-batch.xlsx") // { kind: "batch", edited: false, olderKind: undefined }
 */
export async function inspectExisting(file: string): Promise<ExistingFile> {
  try {
    const zip = new ZipParts(readFileSync(file));
    const core = zip.read("docProps/core.xml");
    const kind = markedKind(core === undefined ? undefined : categoryOfCoreXml(core));
    const edited = core === undefined || isEditedCoreXml(core);
    if (kind) return { kind, edited, olderKind: undefined };
    const workbook = zip.read("xl/workbook.xml") ?? "";
    const names = [...workbook.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((found) =>
      unescapeXml(found[1] ?? "")
    );
    return { kind: undefined, edited, olderKind: kindBySheetNames(names) };
  } catch {
    // Not a zip at all (a text file, a renamed .xls): not ita's.
    return { kind: undefined, edited: true, olderKind: undefined };
  }
}

/** What ita's mark says ita wrote `file` as, or `undefined` when it bears no mark (or is no workbook). */
export async function itaKindOf(file: string): Promise<ItaWorkbookKind | undefined> {
  return (await inspectExisting(file)).kind;
}

/**
 * Whether an existing file may be written over by a command writing `writing` without --force. Only a file
 * bearing ita's mark ever may. Batch files and implementation reports hold only what ita computed, so
 * writing them again loses nothing while they are as ita wrote them (not saved since); a report may hold a
 * tracking sheet the officer filled in, which only `ita report` knows how to keep (report-command.ts); a
 * framework sheet is there to be edited by the officer.
 */
function mayWriteOver(existing: ExistingFile, writing: ItaWorkbookKind): boolean {
  if (existing.kind === "batch" || existing.kind === "progress") return !existing.edited;
  return existing.kind === "report" && writing === "report";
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

/** Why `path`, an existing file, is not written over without --force. */
function existingFileProblem(path: string, existing: ExistingFile): ValidationIssue {
  const { kind } = existing;
  if (kind === undefined && existing.olderKind !== undefined) {
    return issueAt(
      path,
      problem(
        "output-older-ita",
        `มีไฟล์นี้อยู่แล้ว และดูเหมือนเป็นไฟล์ที่ ita รุ่นก่อนเขียนไว้ แต่ไม่มีเครื่องหมายของ ita จึงอาจเป็นสมุดงานของเจ้าหน้าที่เอง และไม่ได้เขียนทับ ${USE_ANOTHER_NAME.th}`,
        `the file exists and looks like a file an older ita wrote, but it bears no ita mark and may be the officer's own, so it was not overwritten: ${USE_ANOTHER_NAME.en}`
      )
    );
  }
  if (kind === undefined) {
    return issueAt(
      path,
      problem(
        "output-not-ita",
        `มีไฟล์นี้อยู่แล้วและไม่ใช่ไฟล์ที่ ita เขียน จึงไม่ได้เขียนทับ ${USE_ANOTHER_NAME.th}`,
        `the file exists and ita did not write it, so it was not overwritten: ${USE_ANOTHER_NAME.en}`
      )
    );
  }
  if (kind === "batch" || kind === "progress") {
    return issueAt(
      path,
      problem(
        "output-edited",
        `มีไฟล์นี้อยู่แล้ว เป็นไฟล์ที่ ita เขียน แต่มีการแก้ไขและบันทึกภายหลัง (เช่น ใน Excel) จึงไม่ได้เขียนทับ เพื่อมิให้สิ่งที่แก้ไขไว้สูญหาย ${USE_ANOTHER_NAME.th}`,
        `the file exists: ita wrote it, but it was changed and saved after ita wrote it (in Excel, for instance), so it was not overwritten, lest the changes be lost: ${USE_ANOTHER_NAME.en}`
      )
    );
  }
  const what = WHAT_ITA_WROTE[kind];
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
 * The absolute path `-o` (as typed; `undefined`: not given) names for a command whose default name is
 * `defaultName`: not given, `out/<defaultName>`; an existing folder, or a name ending in "/" (a folder to
 * create), `<defaultName>` inside it; anything else must be an .xlsx file name. Nothing is created or read
 * but the path's state.
 *
 * @example outputPathFor("รายงาน/", "ita-batch.xlsx") // { ok: true, value: "/home/officer/รายงาน/ita-batch.xlsx", warnings: [] }
 */
export function outputPathFor(requested: string | undefined, defaultName: string): Validated<string> {
  if (requested === undefined) {
    return { ok: true, value: resolve(DEFAULT_OUTPUT_FOLDER, defaultName), warnings: [] };
  }
  if (stateOf(requested)?.isDirectory() || endsWithSeparator(requested)) {
    return { ok: true, value: resolve(requested, defaultName), warnings: [] };
  }
  if (extname(requested).toLowerCase() === ".xlsx")
    return { ok: true, value: resolve(requested), warnings: [] };
  return {
    ok: false,
    issues: [
      issueAt(
        resolve(requested),
        problem(
          "not-xlsx-output",
          "ไม่มีโฟลเดอร์ชื่อนี้ และชื่อนี้ไม่ใช่ชื่อไฟล์ .xlsx จึงไม่ได้เขียนไฟล์ หากต้องการให้สร้างโฟลเดอร์ใหม่ ให้ลงท้ายชื่อด้วย /",
          "no folder has this name and it is not the name of an .xlsx file, so nothing was written: to have a new folder made, end the name with /"
        )
      ),
    ],
    warnings: [],
  };
}

/**
 * The absolute path a command writes, from `-o` as typed (`undefined`: not given), or why it must not:
 * - the path is `outputPathFor`'s;
 * - a file the command reads is refused, even with --force;
 * - an existing file is refused unless --force (which is then a warning), but for a file bearing ita's mark
 *   that writing again loses nothing (see `mayWriteOver`): a batch file or implementation report not saved
 *   since ita wrote it, or a report that `ita report` writes again.
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
  const resolved = outputPathFor(requested, request.defaultName);
  if (!resolved.ok) return resolved;
  const path = resolved.value;
  if (request.inputs.some((input) => input !== "-" && isSameFile(path, input))) {
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
  const file = await inspectExisting(path);
  if (mayWriteOver(file, request.kind)) return { ok: true, value: path, warnings: [] };
  if (!request.force) return refuse(existingFileProblem(path, file));
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

/** The codes of a rename refused because another program holds the file (Excel on Windows locks it). */
const HELD_OPEN_CODES: ReadonlySet<string> = new Set(["EPERM", "EBUSY", "EACCES"]);

/**
 * The file at `path` could not be replaced: the system refused the rename (`code`), most likely because
 * the file is open in Excel. Nothing was written; the old file is as it was.
 */
export class OutputHeldOpenError extends Error {
  constructor(
    readonly path: string,
    readonly code: string
  ) {
    super(`${code}: the file could not be replaced: ${path}`);
    this.name = "OutputHeldOpenError";
  }

  /** The refusal, at the path, in Thai and English. */
  get issue(): ValidationIssue {
    return issueAt(
      this.path,
      problem(
        "output-held-open",
        `แทนที่ไฟล์นี้ไม่ได้ (${this.code}) ไฟล์อาจเปิดอยู่ใน Excel หรือโปรแกรมอื่น โปรดปิดไฟล์แล้วสั่งคำสั่งอีกครั้ง ไฟล์เดิมยังอยู่ครบ`,
        `the file could not be replaced (${this.code}): it may be open in Excel or another program: close it and run the command again; the old file is as it was`
      )
    );
  }
}

/**
 * The lines an officer sees when a write was refused by the system in a way a command can name (the file
 * held open), or `undefined` for any other error.
 */
export function refusedWriteText(error: unknown): string | undefined {
  if (!(error instanceof OutputHeldOpenError)) return undefined;
  return `${formatIssue(error.issue)}\nไม่ได้เขียนไฟล์ / nothing was written\n`;
}

/** Exit codes of a run ended by a signal: 128 + the signal's number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Flushes `file`'s bytes to the disk, so a power cut after the rename cannot leave it empty. */
function flushToDisk(file: string): void {
  // "r+", not "r": Windows flushes only a file opened for writing.
  const descriptor = openSync(file, "r+");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Flushes the entries of `folders` to the disk, so that the rename itself survives a power cut: until then
 * a folder may still name the old file, or none, and a folder just made may not be in its parent yet.
 * Best effort, and it never throws: Windows opens a folder but refuses to flush it (EPERM; NTFS journals
 * the rename itself), and by now the file is written, so a refusal here must neither fail the command nor
 * make the caller remove what it has just written.
 */
function flushFoldersToDisk(folders: readonly string[]): void {
  for (const folder of folders) {
    let descriptor: number | undefined;
    try {
      descriptor = openSync(folder, "r");
      fsyncSync(descriptor);
    } catch {
      // Nothing to do: see above.
    }
    try {
      if (descriptor !== undefined) closeSync(descriptor);
    } catch {
      // The same: the file is written whatever closing the folder says.
    }
  }
}

/**
 * The folders whose entries change when `folder` receives a file: the folder, and when this call made it
 * (`created`, the first folder `mkdirSync` made), each new folder's parent up to the one that was there.
 */
function foldersToFlush(folder: string, created: string | undefined): string[] {
  const folders = [folder];
  if (created === undefined) return folders;
  // Up to the parent of the first folder made; the root's own parent is the root, where it stops anyway.
  for (let current = folder; current !== dirname(created) && current !== dirname(current);) {
    current = dirname(current);
    folders.push(current);
  }
  return folders;
}

/**
 * Writes `path` atomically: `write` writes a hidden temporary file in the same folder (so the rename stays
 * on one disk), which is flushed to the disk and then renamed over `path`. Whatever fails — `write`
 * throwing midway, a full disk, the rename — the temporary file is removed, the old file at `path` is left
 * as it was, and the folders this call created are removed again; the error is rethrown, an
 * `OutputHeldOpenError` when the system refused to replace the file (open in Excel on Windows). Ctrl-C
 * (SIGINT) or SIGTERM during the write removes them too and ends the process (exit 130 or 143). A file
 * written over keeps its permissions. The folder is flushed after the rename (and the parents of the
 * folders it made), so the new name is on the disk too.
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
  const removeTemporary = () => {
    rmSync(temp, { force: true });
    if (createdFolder !== undefined) rmSync(createdFolder, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      removeTemporary();
    } finally {
      process.exit(signal === "SIGINT" ? SIGNAL_EXIT_CODES.SIGINT : SIGNAL_EXIT_CODES.SIGTERM);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    await write(temp);
    flushToDisk(temp);
    const old = stateOf(path);
    if (old) chmodSync(temp, old.mode & 0o7777);
    try {
      renameSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw code !== undefined && HELD_OPEN_CODES.has(code) ? new OutputHeldOpenError(path, code) : error;
    }
  } catch (error) {
    removeTemporary();
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  // Past the catch above: whatever happens here, the file is written and stays.
  flushFoldersToDisk(foldersToFlush(folder, createdFolder));
}

/** Writes `bytes` to `path` atomically (`writeAtomically`). */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeAtomically(path, (temp) => writeFile(temp, bytes));
}
