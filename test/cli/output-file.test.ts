import ExcelJS from "exceljs";
import {
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
import { join, sep } from "path";
import {
  itaKindOf,
  OutputRequest,
  resolveOutput,
  writeAtomically,
  writeFileAtomically,
} from "../../src/cli/output-file";
import { frameworkFor } from "../../src/core";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import { renderWorkbook } from "../../src/xlsx/render-workbook";

const scratch = mkdtempSync(join(tmpdir(), "ita-output-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
  it("reads ita's mark, and knows the files of older versions by their sheet names alone", async () => {
    const dir = folder();
    const marked = join(dir, "marked.xlsx");
    writeFileSync(marked, await renderWorkbook([], { digits: "thai", kind: "batch" }));
    expect(await itaKindOf(marked)).toBe("batch");
    const older = join(dir, "older.xlsx");
    await plainWorkbook(older, ["ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566", "ติดตามมาตรการ ITA 2566"]);
    expect(await itaKindOf(older)).toBe("report");
    const summary = join(dir, "summary.xlsx");
    await plainWorkbook(summary, ["สรุปผลตามมาตรการ ITA"]);
    expect(await itaKindOf(summary)).toBe("progress");
  });

  it("takes a workbook with a sheet of the officer's, a text file or an empty file as not ita's", async () => {
    const dir = folder();
    const pane = join(dir, "pane.xlsx");
    await plainWorkbook(pane, ["ITA 2565", "ผลการวิเคราะห์ ITA 2565", "มาตรการ ITA 2566"]);
    expect(await itaKindOf(pane)).toBeUndefined();
    writeFileSync(join(dir, "text.xlsx"), "not a zip");
    expect(await itaKindOf(join(dir, "text.xlsx"))).toBeUndefined();
    writeFileSync(join(dir, "empty.xlsx"), "");
    expect(await itaKindOf(join(dir, "empty.xlsx"))).toBeUndefined();
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

  it("keeps the permissions of the file it writes over", async () => {
    const dir = folder();
    const target = join(dir, "shared.xlsx");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomically(target, Buffer.from("new"));
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });
});
