import ExcelJS from "exceljs";
import fs, {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { basename, join, sep } from "path";
import { run } from "../../src/cli/main";
import {
  inspectExisting,
  itaKindOf,
  OutputHeldOpenError,
  OutputRequest,
  resolveOutput,
  writeAtomically,
  writeFileAtomically,
} from "../../src/cli/output-file";
import { frameworkFor, layoutReportSheet, progressSummaryModel } from "../../src/core";
import { ZipParts } from "../../src/xlsx/zip-parts";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import { renderWorkbook } from "../../src/xlsx/render-workbook";
import { writeWorkbookPackage } from "../../src/xlsx/write-package";

const scratch = mkdtempSync(join(tmpdir(), "ita-output-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/**
 * Makes fs.renameSync act as `instead` for renames into `dir` only. Jest writes its transform cache
 * through the same fs.renameSync (write-file-atomic) when a command loads a module the cache has not
 * seen, as on a fresh clone: a mock of every rename would fail that module's load, not the write.
 */
function renamesInto(dir: string, instead: (from: fs.PathLike, to: fs.PathLike) => void): void {
  const realRename = fs.renameSync;
  jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
    if (String(to).startsWith(dir + sep)) instead(from, to);
    else realRename(from, to);
  });
}

let count = 0;
/** A fresh folder for one test. */
function folder(): string {
  count += 1;
  const dir = join(scratch, `case-${count}`);
  mkdirSync(dir);
  return dir;
}

const batch = (change: Partial<OutputRequest> = {}): OutputRequest => ({
  defaultName: "ita-batch.xlsx",
  kind: "batch",
  inputs: [],
  force: false,
  ...change,
});

/** A workbook with these sheets and no document category, as an officer or an older ita wrote it. */
async function plainWorkbook(file: string, sheets: readonly string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of sheets) workbook.addWorksheet(name).getCell("A1").value = name;
  await workbook.xlsx.writeFile(file);
}

/** The batch workbook's layouts: the summary sheet of a small batch is enough for a marked file. */
const someLayouts = () =>
  progressSummaryModel([], { asOf: { day: 30, month: 4, buddhistYear: 2566 }, digits: "arabic" }).sheets.map(
    layoutReportSheet
  );

/** The times created and modified in `file`'s document properties. */
function timesOf(file: string): { created?: string; modified?: string } {
  const core = new ZipParts(readFileSync(file)).read("docProps/core.xml") ?? "";
  return {
    created: /<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1],
    modified: /<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1],
  };
}

/** Opens `file` and saves it again as Excel would after the officer's edit: a note, the time modified later. */
async function editAndSave(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.addWorksheet("หมายเหตุ").getCell("A1").value = "ตรวจแล้ว";
  workbook.modified = new Date(workbook.created.getTime() + 60_000);
  await workbook.xlsx.writeFile(file);
}

describe("resolveOutput", () => {
  it("writes out/<default name> under the working folder when -o is not given", async () => {
    expect(await resolveOutput(undefined, batch())).toEqual({
      ok: true,
      value: join(process.cwd(), "out", "ita-batch.xlsx"),
      warnings: [],
    });
  });

  it("puts the default name inside a folder -o names, existing or ending in a separator", async () => {
    const dir = folder();
    expect(await resolveOutput(dir, batch())).toMatchObject({ ok: true, value: join(dir, "ita-batch.xlsx") });
    const fresh = join(dir, "ใหม่");
    expect(await resolveOutput(`${fresh}${sep}`, batch())).toMatchObject({
      ok: true,
      value: join(fresh, "ita-batch.xlsx"),
    });
    expect(existsSync(fresh)).toBe(false);
  });

  it("refuses a name that is neither a folder nor an .xlsx file, at the path", async () => {
    const dir = folder();
    const resolved = await resolveOutput(join(dir, "รายงาน"), batch());
    expect(resolved).toMatchObject({
      ok: false,
      issues: [{ code: "not-xlsx-output", location: join(dir, "รายงาน") }],
    });
  });

  it("refuses a file the command reads, however it is spelled, even with --force", async () => {
    const dir = folder();
    const input = join(dir, "agencies.xlsx");
    writeFileSync(input, "agencies");
    for (const force of [false, true]) {
      const resolved = await resolveOutput(
        join(dir, "sub", "..", "agencies.xlsx"),
        batch({ inputs: [input], force })
      );
      expect(resolved).toMatchObject({ ok: false, issues: [{ code: "output-is-input", location: input }] });
    }
  });

  it("refuses an existing file ita did not write unless --force, which is then a warning", async () => {
    const dir = folder();
    const own = join(dir, "own.xlsx");
    await plainWorkbook(own, ["ITA 2565", "ผลการวิเคราะห์ ITA 2565"]);
    expect(await resolveOutput(own, batch())).toMatchObject({
      ok: false,
      issues: [{ code: "output-not-ita", location: own }],
    });
    expect(await resolveOutput(own, batch({ force: true }))).toMatchObject({
      ok: true,
      value: own,
      warnings: [{ code: "output-forced", location: own }],
    });
  });

  it("writes over ita's batch and progress files, a report only with ita report, a framework sheet only with --force", async () => {
    const dir = folder();
    const report = join(dir, "report.xlsx");
    writeFileSync(report, await renderWorkbook([], { digits: "thai" }));
    const framework = join(dir, "framework.xlsx");
    const fy2569 = frameworkFor(2569);
    if (!fy2569) throw new Error("no built-in 2569");
    writeFileSync(framework, await frameworkWorkbook(fy2569));
    const summary = join(dir, "summary.xlsx");
    writeFileSync(summary, await renderWorkbook([], { digits: "thai", kind: "progress" }));

    expect(await resolveOutput(summary, batch())).toMatchObject({ ok: true, warnings: [] });
    expect(await resolveOutput(report, batch({ kind: "report" }))).toMatchObject({ ok: true, warnings: [] });
    expect(await resolveOutput(report, batch({ kind: "progress" }))).toMatchObject({
      ok: false,
      issues: [{ code: "output-may-hold-edits", location: report }],
    });
    expect(await resolveOutput(framework, batch({ kind: "framework" }))).toMatchObject({
      ok: false,
      issues: [{ code: "output-may-hold-edits", location: framework }],
    });
    expect(await resolveOutput(framework, batch({ kind: "framework", force: true }))).toMatchObject({
      ok: true,
    });
  });

  it("never writes over an unmarked workbook without --force, even one whose sheets have ita's old names", async () => {
    const dir = folder();
    const officers = join(dir, "สรุป.xlsx");
    await plainWorkbook(officers, ["สรุปภาพรวม"]);
    const before = readFileSync(officers);
    for (const kind of ["report", "batch", "progress"] as const) {
      expect(await resolveOutput(officers, batch({ kind }))).toMatchObject({
        ok: false,
        issues: [{ code: "output-older-ita", location: officers }],
      });
    }
    expect(await resolveOutput(officers, batch({ force: true }))).toMatchObject({
      ok: true,
      warnings: [{ code: "output-forced", location: officers }],
    });
    expect(readFileSync(officers).equals(before)).toBe(true);
  });

  it("writes over a batch file or implementation report only while it is as ita wrote it", async () => {
    const dir = folder();
    const file = join(dir, "ita-batch.xlsx");
    await writeWorkbookPackage(someLayouts(), file, { digits: "arabic", kind: "batch" });
    expect(await resolveOutput(file, batch())).toMatchObject({ ok: true, warnings: [] });
    await editAndSave(file);
    for (const kind of ["batch", "progress", "report"] as const) {
      expect(await resolveOutput(file, batch({ kind }))).toMatchObject({
        ok: false,
        issues: [{ code: "output-edited", location: file }],
      });
    }
    expect(await resolveOutput(file, batch({ force: true }))).toMatchObject({
      ok: true,
      warnings: [{ code: "output-forced", location: file }],
    });
    const summary = join(dir, "summary.xlsx");
    writeFileSync(summary, await renderWorkbook(someLayouts(), { digits: "thai", kind: "progress" }));
    await editAndSave(summary);
    expect(await resolveOutput(summary, batch({ kind: "progress" }))).toMatchObject({
      ok: false,
      issues: [{ code: "output-edited", location: summary }],
    });
  });

  it("lets ita report write again over its own report, edited or not (the tracking sheet is kept)", async () => {
    const dir = folder();
    const report = join(dir, "report.xlsx");
    writeFileSync(report, await renderWorkbook(someLayouts(), { digits: "thai" }));
    await editAndSave(report);
    expect(await resolveOutput(report, batch({ kind: "report" }))).toMatchObject({ ok: true, warnings: [] });
  });

  it("refuses a folder in the place of the file", async () => {
    const dir = folder();
    mkdirSync(join(dir, "ita-batch.xlsx"));
    expect(await resolveOutput(dir, batch())).toMatchObject({
      ok: false,
      issues: [{ code: "output-is-folder", location: join(dir, "ita-batch.xlsx") }],
    });
  });
});

describe("itaKindOf", () => {
  it("reads ita's mark, and takes no file without it as ita's, whatever its sheets are named", async () => {
    const dir = folder();
    const marked = join(dir, "marked.xlsx");
    writeFileSync(marked, await renderWorkbook([], { digits: "thai", kind: "batch" }));
    expect(await itaKindOf(marked)).toBe("batch");
    const older = join(dir, "older.xlsx");
    await plainWorkbook(older, ["ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566", "ติดตามมาตรการ ITA 2566"]);
    expect(await itaKindOf(older)).toBeUndefined();
    expect(await inspectExisting(older)).toMatchObject({ kind: undefined, olderKind: "report" });
    const summary = join(dir, "summary.xlsx");
    await plainWorkbook(summary, ["สรุปผลตามมาตรการ ITA"]);
    expect(await inspectExisting(summary)).toMatchObject({ kind: undefined, olderKind: "progress" });
  });

  it("takes a workbook with a sheet of the officer's, a text file or an empty file as not ita's", async () => {
    const dir = folder();
    const pane = join(dir, "pane.xlsx");
    await plainWorkbook(pane, ["ITA 2565", "ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
    expect(await inspectExisting(pane)).toMatchObject({ kind: undefined, olderKind: undefined });
    writeFileSync(join(dir, "text.xlsx"), "not a zip");
    expect(await itaKindOf(join(dir, "text.xlsx"))).toBeUndefined();
    writeFileSync(join(dir, "empty.xlsx"), "");
    expect(await itaKindOf(join(dir, "empty.xlsx"))).toBeUndefined();
  });
});

describe("a file as ita wrote it, and one edited since", () => {
  it("has the same times created and modified from each of ita's writers", async () => {
    const dir = folder();
    const rendered = join(dir, "rendered.xlsx");
    writeFileSync(rendered, await renderWorkbook(someLayouts(), { digits: "thai", kind: "progress" }));
    const packaged = join(dir, "packaged.xlsx");
    await writeWorkbookPackage(someLayouts(), packaged, { digits: "arabic", kind: "batch" });
    for (const file of [rendered, packaged]) {
      const { created, modified } = timesOf(file);
      expect(created).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(modified).toBe(created);
      expect((await inspectExisting(file)).edited).toBe(false);
    }
  });

  it("counts a file saved again with a later time modified as edited", async () => {
    const dir = folder();
    const file = join(dir, "batch.xlsx");
    await writeWorkbookPackage(someLayouts(), file, { digits: "arabic", kind: "batch" });
    await editAndSave(file);
    expect(timesOf(file).modified).not.toBe(timesOf(file).created);
    expect(await inspectExisting(file)).toMatchObject({ kind: "batch", edited: true });
  });
});

describe("writeAtomically", () => {
  it("writes the file, creating its missing folders, and leaves no temporary file", async () => {
    const dir = folder();
    const target = join(dir, "a", "b", "report.xlsx");
    await writeFileAtomically(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["report.xlsx"]);
  });

  it("leaves the old file byte for byte and no temporary file when the write fails midway", async () => {
    const dir = folder();
    const target = join(dir, "report.xlsx");
    const old = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    writeFileSync(target, old);
    let temporary = "";
    await expect(
      writeAtomically(target, (temp) => {
        temporary = temp;
        writeFileSync(temp, "half a workbook");
        throw new Error("interrupted");
      })
    ).rejects.toThrow("interrupted");
    expect(temporary.startsWith(join(dir, "."))).toBe(true);
    expect(readFileSync(target).equals(old)).toBe(true);
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("removes the folders it created when the write fails", async () => {
    const dir = folder();
    await expect(
      writeAtomically(join(dir, "new", "deeper", "report.xlsx"), () => {
        throw new Error("interrupted");
      })
    ).rejects.toThrow("interrupted");
    expect(readdirSync(dir)).toEqual([]);
  });

  /** What the file system was asked to flush under `dir`, in order: "file", or the folder's name. */
  function recordFlushes(dir: string): string[] {
    const flushed: string[] = [];
    const realFsync = fs.fsyncSync;
    jest.spyOn(fs, "fsyncSync").mockImplementation((descriptor) => {
      // Only this test's folders and files count, told by device and inode: jest flushes its cache too.
      const what = fs.fstatSync(descriptor);
      const folder = [
        dir,
        ...readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))),
      ].find((path) => {
        const there = statSync(path);
        return there.dev === what.dev && there.ino === what.ino;
      });
      if (folder !== undefined)
        flushed.push(what.isDirectory() ? (folder === dir ? "." : basename(folder)) : "file");
      realFsync(descriptor);
    });
    return flushed;
  }

  it("flushes the temporary file to the disk before renaming it over the old one, then the folder", async () => {
    const dir = folder();
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "old");
    const calls = recordFlushes(dir);
    const realRename = fs.renameSync;
    renamesInto(dir, (from, to) => {
      calls.push(
        `rename ${String(from).startsWith(join(dir, ".report.xlsx.")) ? "temporary" : String(from)}`
      );
      realRename(from, to);
    });
    await writeFileAtomically(target, Buffer.from("new"));
    expect(calls).toEqual(["file", "rename temporary", "."]);
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  it("flushes the folders it made, each in its parent, up to the folder that was there", async () => {
    const dir = folder();
    const flushed = recordFlushes(dir);
    await writeFileAtomically(join(dir, "new", "deeper", "report.xlsx"), Buffer.from("new"));
    expect(flushed).toEqual(["file", "deeper", "new", "."]);
  });

  it("keeps the written file when the folder cannot be flushed (Windows: EPERM) or closed", async () => {
    const dir = folder();
    const target = join(dir, "new", "report.xlsx");
    const [realFsync, realClose] = [fs.fsyncSync, fs.closeSync];
    jest.spyOn(fs, "fsyncSync").mockImplementation((descriptor) => {
      if (fs.fstatSync(descriptor).isDirectory()) {
        throw Object.assign(new Error("EPERM: operation not permitted, fsync"), { code: "EPERM" });
      }
      realFsync(descriptor);
    });
    jest.spyOn(fs, "closeSync").mockImplementation((descriptor) => {
      const folderHandle = fs.fstatSync(descriptor).isDirectory();
      realClose(descriptor);
      if (folderHandle) throw Object.assign(new Error("EIO: i/o error, close"), { code: "EIO" });
    });
    await writeFileAtomically(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(join(dir, "new"))).toEqual(["report.xlsx"]);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("removes the temporary file on %s during the write and ends with %i", async (signal, code) => {
    const dir = folder();
    const target = join(dir, "new", "report.xlsx");
    const exits: unknown[] = [];
    jest.spyOn(process, "exit").mockImplementation((exitCode) => {
      exits.push(exitCode);
      return undefined as never;
    });
    const before = process.listeners(signal);
    let added: NodeJS.SignalsListener[] = [];
    await expect(
      writeAtomically(target, (temp) => {
        writeFileSync(temp, "half a workbook");
        added = process.listeners(signal).filter((listener) => !before.includes(listener));
        // Only the listener writeAtomically added is called: the test runner's own are left alone.
        for (const listener of added) listener(signal);
      })
    ).rejects.toThrow();
    expect(added).toHaveLength(1);
    expect(exits).toEqual([code]);
    expect(process.listeners(signal)).toEqual(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(["EPERM", "EBUSY", "EACCES"])(
    "names a file another program holds open (%s), leaving it as it was and no temporary file",
    async (code) => {
      const dir = folder();
      const target = join(dir, "report.xlsx");
      writeFileSync(target, "old");
      renamesInto(dir, () => {
        throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
      });
      const written = writeFileAtomically(target, Buffer.from("new"));
      await expect(written).rejects.toBeInstanceOf(OutputHeldOpenError);
      await expect(written).rejects.toMatchObject({ path: target, code });
      expect(readFileSync(target, "utf8")).toBe("old");
      expect(readdirSync(dir)).toEqual(["report.xlsx"]);
    }
  );

  it("makes ita refuse with the path and exit 2 when the file is open in Excel", async () => {
    const dir = folder();
    const target = join(dir, "report.xlsx");
    writeFileSync(target, await renderWorkbook(someLayouts(), { digits: "thai" }));
    const before = readFileSync(target);
    renamesInto(dir, () => {
      throw Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" });
    });
    let stderr = "";
    const code = await run(["report", "-o", target], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${target}: แทนที่ไฟล์นี้ไม่ได้ (EBUSY) ไฟล์อาจเปิดอยู่ใน Excel หรือโปรแกรมอื่น โปรดปิดไฟล์แล้วสั่งคำสั่งอีกครั้ง ไฟล์เดิมยังอยู่ครบ / ` +
        "the file could not be replaced (EBUSY): it may be open in Excel or another program: close it and run the command again; the old file is as it was\n" +
        "ไม่ได้เขียนไฟล์ / nothing was written\n"
    );
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("keeps the permissions of the file it writes over", async () => {
    const dir = folder();
    const target = join(dir, "shared.xlsx");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomically(target, Buffer.from("new"));
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });
});
