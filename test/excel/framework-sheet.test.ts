import { frameworkFor, Validated } from "../../src/core";
import {
  followFrameworkName,
  frameworkFromRead,
  insertFrameworkSheet,
  queueFrameworkName,
  readFrameworkSheet,
} from "../../src/excel/framework-sheet";
import { createExcelHost, ExcelHost } from "../support/excel-host";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
});
afterEach(() => uninstall());

const lines = (outcome: Validated<unknown>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`);

/** The 1-based row whose column A holds `label` on a sheet (searching the first 200 rows). */
function rowOf(sheet: string, label: string): number {
  for (let row = 1; row <= 200; row += 1) {
    if (host.getCell(`'${sheet}'!A${row}`).value === label) return row;
  }
  throw new Error(`no ${label} on ${sheet}`);
}

describe("insertFrameworkSheet", () => {
  it("writes the framework of 2568 as a new sheet in two syncs, text cells formatted as text", async () => {
    host.resetCounters();
    const outcome = await insertFrameworkSheet(2568);
    expect(host.syncCount).toBe(2);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.value.sheetName).toBe("กรอบ ITA 2568");
    expect(host.getCell("'กรอบ ITA 2568'!A1")).toMatchObject({
      value: "กรอบการประเมิน ITA ปีงบประมาณ 2568",
      numberFormat: "@",
    });
    const oit = rowOf("กรอบ ITA 2568", "OIT");
    expect(host.getCell(`'กรอบ ITA 2568'!D${oit}`).value).toBe(40);
    const rating = rowOf("กรอบ ITA 2568", "ระดับผลการประเมิน");
    expect(host.getCell(`'กรอบ ITA 2568'!E${rating + 5}`)).toMatchObject({
      value: 84.99,
      numberFormat: "0.00",
    });
  });

  it("never writes over a sheet of the same name, and changes nothing else", async () => {
    host.addSheet("กรอบ ITA 2568");
    host.setCell("'กรอบ ITA 2568'!A1", "ของผู้ใช้");
    const before = host.snapshot();
    const outcome = await insertFrameworkSheet(2568);
    expect(outcome.ok && outcome.value.sheetName).toBe("กรอบ ITA 2568 (2)");
    expect(host.getCell("'กรอบ ITA 2568'!A1").value).toBe("ของผู้ใช้");
    const changed = host.diffSnapshots(before, host.snapshot());
    expect(
      changed.filter((line) => !line.includes("กรอบ ITA 2568 (2)") && !line.includes("ITA_Framework_2568"))
    ).toEqual([]);
  });

  it("refuses a second framework sheet for the same year", async () => {
    await insertFrameworkSheet(2565);
    const before = host.snapshot();
    const outcome = await insertFrameworkSheet(2565);
    expect(lines(outcome)).toEqual(["'กรอบ ITA 2565'!$A$1 framework-sheet-exists"]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("starts a year the add-in does not know from the latest earlier framework, with a warning", async () => {
    const outcome = await insertFrameworkSheet(2570);
    expect(outcome.ok && outcome.value.sheetName).toBe("กรอบ ITA 2570");
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(["framework-from-earlier-year"]);
    const read = await readFrameworkSheet(2570);
    expect(lines(read)).toEqual([]);
    expect(read.ok && read.value?.fiscalYear).toBe(2570);
    expect(read.ok && read.value?.basedOn).toBe(2569);
    expect(read.ok && read.value?.tools).toEqual(frameworkFor(2569)?.tools);
    expect(read.ok && read.value?.oit?.ungroupedItems?.length).toBe(26);
    expect(read.ok && read.value?.documentItems).toEqual({
      analysisAndMeasures: "o25",
      implementationReport: "o26",
      evidence: "working-rule",
    });
  });
});

describe("queueFrameworkName, followFrameworkName and frameworkFromRead", () => {
  it("give undefined when the workbook has no framework sheet for the year, in the caller's one sync", async () => {
    host.resetCounters();
    const outcome = await Excel.run(async (context) => {
      const located = queueFrameworkName(context, 2568);
      await context.sync();
      const { read, pending } = followFrameworkName(located);
      expect(pending).toBe(false);
      return frameworkFromRead(read);
    });
    expect(host.syncCount).toBe(1);
    expect(outcome).toEqual({ ok: true, value: undefined, warnings: [] });
  });

  it("read an untouched sheet back as the built-in framework", async () => {
    await insertFrameworkSheet(2566);
    const outcome = await readFrameworkSheet(2566);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.value).toEqual(frameworkFor(2566));
  });

  it("report an edited weight with its cells", async () => {
    await insertFrameworkSheet(2568);
    const oit = rowOf("กรอบ ITA 2568", "OIT");
    host.setCell(`'กรอบ ITA 2568'!D${oit}`, 45);
    const outcome = await readFrameworkSheet(2568);
    expect(lines(outcome)).toEqual([`'กรอบ ITA 2568'!D${oit - 2}:D${oit} weights-not-100`]);
  });

  it("use the officer's correction, typed with Thai digits", async () => {
    await insertFrameworkSheet(2568);
    const rating = rowOf("กรอบ ITA 2568", "ระดับผลการประเมิน");
    // ต้องปรับปรุง from 75 instead of 70: both plain bands move.
    host.setCell(`'กรอบ ITA 2568'!D${rating + 5}`, "๗๕");
    host.setCell(`'กรอบ ITA 2568'!E${rating + 6}`, "๗๔.๙๙");
    const outcome = await readFrameworkSheet(2568);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.value?.rating.rows[3]?.minTotal).toBe(75);
  });

  it("still find the sheet after the officer renames it", async () => {
    await insertFrameworkSheet(2565);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("กรอบ ITA 2565").name = "เกณฑ์ของเรา";
      await context.sync();
    });
    const oit = rowOf("เกณฑ์ของเรา", "OIT");
    host.setCell(`'เกณฑ์ของเรา'!D${oit}`, 50);
    const outcome = await readFrameworkSheet(2565);
    expect(lines(outcome)).toEqual([`'เกณฑ์ของเรา'!D${oit - 2}:D${oit} weights-not-100`]);
    host.setCell(`'เกณฑ์ของเรา'!D${oit}`, 40);
    const fixed = await readFrameworkSheet(2565);
    expect(fixed.ok && fixed.value).toEqual(frameworkFor(2565));
  });

  it("refuse a sheet that holds another year's framework", async () => {
    await insertFrameworkSheet(2565);
    const year = rowOf("กรอบ ITA 2565", "ปีงบประมาณ");
    host.setCell(`'กรอบ ITA 2565'!B${year}`, 2564);
    const outcome = await readFrameworkSheet(2565);
    expect(lines(outcome)).toEqual(["'กรอบ ITA 2565' framework-sheet-year"]);
  });
});

/** Addresses ("'sheet'!D8") of the cells of a sheet whose value matches. */
function findCells(sheetName: string, matches: (value: unknown) => boolean): string[] {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === sheetName);
  return Object.entries(sheet?.cells ?? {})
    .filter(([, cell]) => matches((cell as { value?: unknown }).value))
    .map(([address]) => `'${sheetName}'!${address}`);
}

describe("Analyze uses the officer's framework sheet", () => {
  it("weights the tools as the edited sheet says, and refuses a broken one with its cell", async () => {
    const { analyze } = await import("../../src/excel/analyze");
    const inserted = await insertFrameworkSheet(2565);
    if (!inserted.ok) throw new Error("insert");
    const scores = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
    host.setCells(
      "Sheet1!B2:B11",
      scores.map((score) => [score])
    );
    host.select("Sheet1!B2:B11");
    const builtIn = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(builtIn.ok && builtIn.value.result.total).toBe(91.96);

    const sheet = inserted.value.sheetName;
    const weights = findCells(sheet, (value) => value === 30 || value === 40);
    expect(weights.length).toBeGreaterThanOrEqual(3);
    host.setCell(weights[0] ?? "", 35);
    const broken = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.location).toContain(sheet);

    host.setCell(weights[1] ?? "", 25);
    const edited = await analyze({ fiscalYear: 2565, mode: "values" });
    // IIT 35 %, EIT 25 %, OIT 40 %: 0.35 × 86.552 + 0.25 × 89.98 + 0.4 × 97.5 = 91.7882.
    expect(edited.ok && edited.value.result.total).toBe(91.79);
  });
});
