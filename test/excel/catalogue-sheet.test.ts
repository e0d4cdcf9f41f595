import { BUILT_IN_CATALOGUES, IIT_CATALOGUE, INDICATOR_CATALOGUE, Validated } from "../../src/core";
import {
  cataloguesFromRead,
  followCatalogueName,
  insertCatalogueSheet,
  queueCatalogueName,
} from "../../src/excel/catalogue-sheet";
import { exportReport, generateReport } from "../../src/excel/report";
import { createExcelHost, ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

const SHEET = "แคตตาล็อกมาตรการ ITA";
const request = { fiscalYear: 2565, inputAddress: "Sheet1!C3:E13", digits: "thai" as const, chart: true };

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
});
afterEach(() => uninstall());

const lines = (outcome: Validated<unknown>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`);

/** The 1-based row of an entry's first row on the catalogue sheet. */
function rowOf(catalogueId: string, key: string, sheet = SHEET): number {
  for (let row = 1; row <= 1000; row += 1) {
    if (
      host.getCell(`'${sheet}'!A${row}`).value === catalogueId &&
      host.getCell(`'${sheet}'!B${row}`).value === key
    )
      return row;
  }
  throw new Error(`no ${catalogueId} ${key} on ${sheet}`);
}

function readCatalogueSheet(): Promise<Validated<unknown>> {
  return Excel.run(async (context) => {
    const name = queueCatalogueName(context);
    await context.sync();
    const { read, pending } = followCatalogueName(name);
    if (pending) await context.sync();
    return cataloguesFromRead(read);
  });
}

function allValues(sheetName: string): unknown[] {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === sheetName);
  return Object.values(sheet?.cells ?? {}).map((cell) => (cell as { value?: unknown }).value);
}

describe("insertCatalogueSheet", () => {
  it("writes the built-in catalogue as a new text-formatted sheet in two syncs, and reads back the same", async () => {
    host.resetCounters();
    const outcome = await insertCatalogueSheet();
    expect(host.syncCount).toBe(2);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.value.sheetName).toBe(SHEET);
    const i1 = rowOf("iit", "i1");
    expect(host.getCell(`'${SHEET}'!F${i1}`)).toMatchObject({
      value: IIT_CATALOGUE.entries[0]?.measures[0]?.responsible,
      numberFormat: "@",
    });
    expect(host.getCell(`'${SHEET}'!G${i1 + 1}`).value).toBe("รายไตรมาส");
    expect(host.getCell(`'${SHEET}'!A${i1 + 1}`).value ?? "").toBe("");
    expect(await readCatalogueSheet()).toEqual({ ok: true, value: BUILT_IN_CATALOGUES, warnings: [] });
  });

  it("never writes over a sheet of the same name, and changes nothing else", async () => {
    host.addSheet(SHEET);
    host.setCell(`'${SHEET}'!A1`, "ของผู้ใช้");
    const before = host.snapshot();
    const outcome = await insertCatalogueSheet();
    expect(outcome.ok && outcome.value.sheetName).toBe(`${SHEET} (2)`);
    expect(host.getCell(`'${SHEET}'!A1`).value).toBe("ของผู้ใช้");
    const changed = host.diffSnapshots(before, host.snapshot());
    expect(
      changed.filter((line) => !line.includes(`${SHEET} (2)`) && !line.includes("ITA_Catalogue"))
    ).toEqual([]);
  });

  it("refuses a second catalogue sheet and writes nothing", async () => {
    await insertCatalogueSheet();
    const before = host.snapshot();
    const outcome = await insertCatalogueSheet();
    expect(lines(outcome)).toEqual([`'${SHEET}'!$A$1 catalogue-sheet-exists`]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("keeps text the officer types with a leading - or = as text", async () => {
    await insertCatalogueSheet();
    const i28 = rowOf("iit", "i28");
    host.setCell(`'${SHEET}'!E${i28}`, "- ประชุมชี้แจงบุคลากร");
    host.setCell(`'${SHEET}'!F${i28}`, "=กองคลัง");
    const read = await readCatalogueSheet();
    expect(lines(read)).toEqual([]);
    const catalogues = read.ok ? (read.value as typeof BUILT_IN_CATALOGUES) : [];
    const i28Entry = catalogues.find((c) => c.id === "iit")?.entries.find((e) => e.key === "i28");
    expect(i28Entry?.measures[0]).toMatchObject({ action: "- ประชุมชี้แจงบุคลากร", responsible: "=กองคลัง" });
  });

  it("finds the sheet after a rename, and forgets it once deleted", async () => {
    await insertCatalogueSheet();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).name = "มาตรการของเรา";
      await context.sync();
    });
    expect((await readCatalogueSheet()).ok).toBe(true);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("มาตรการของเรา").delete();
      await context.sync();
    });
    expect(await readCatalogueSheet()).toEqual({ ok: true, value: undefined, warnings: [] });
    expect((await insertCatalogueSheet()).ok).toBe(true);
  });
});

describe("the report with a catalogue sheet", () => {
  it("uses the officer's edited unit in the measures sheet, still in three syncs, and says so", async () => {
    await insertCatalogueSheet();
    // Without item scores the measures come from the indicator catalogue; indicator 5 is to improve.
    const row = rowOf(INDICATOR_CATALOGUE.id, "indicator-5");
    host.setCell(`'${SHEET}'!F${row}`, "กองยุทธศาสตร์และงบประมาณ เทศบาลตำบลด่านเกวียน");
    host.resetCounters();
    const outcome = await generateReport({ ...request, agency: "เทศบาลตำบลด่านเกวียน" });
    expect(host.syncCount).toBe(3);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.warnings.map((warning) => `${warning.location} ${warning.code}`)).toContain(
      `'${SHEET}' catalogue-sheet-used`
    );
    expect(allValues("มาตรการ ITA 2566")).toContain("กองยุทธศาสตร์และงบประมาณ เทศบาลตำบลด่านเกวียน");
  });

  it("refuses a broken catalogue sheet with the cell and writes nothing", async () => {
    await insertCatalogueSheet();
    const row = rowOf("iit", "i28");
    host.setCell(`'${SHEET}'!G${row}`, "ทุกเดือน");
    const before = host.snapshot();
    const outcome = await generateReport(request);
    expect(lines(outcome)).toEqual([`'${SHEET}'!G${row} unknown-deadline`]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("checks the sheet for the export too, in its two syncs (look up, then follow)", async () => {
    await insertCatalogueSheet();
    host.setCell(`'${SHEET}'!F${rowOf("eit", "e11")}`, "");
    host.resetCounters();
    const outcome = await exportReport(request);
    expect(host.syncCount).toBe(2);
    expect(lines(outcome)).toEqual([`'${SHEET}'!F${rowOf("eit", "e11")} blank`]);
  });

  it("uses the built-in wording when asked to, whatever the sheet holds", async () => {
    await insertCatalogueSheet();
    host.setCell(`'${SHEET}'!G${rowOf("iit", "i28")}`, "ทุกเดือน");
    const outcome = await generateReport({ ...request, useCatalogueSheet: false });
    expect(lines(outcome)).toEqual([]);
    expect(outcome.warnings.map((warning) => warning.code)).not.toContain("catalogue-sheet-used");
  });
});
