import { Validated } from "../../src/core";
import { insertCatalogueSheet } from "../../src/excel/catalogue-sheet";
import { insertFrameworkSheet, readFrameworkSheet } from "../../src/excel/framework-sheet";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { createExcelHost, ExcelHost, ExcelHostOptions } from "../support/excel-host";

let host: ExcelHost;
let uninstall: () => void;

/** These actions derive nothing from a null object, so their host refuses what Microsoft leaves undocumented. */
function useHost(options: ExcelHostOptions = {}): void {
  uninstall?.();
  host = createExcelHost({ derivedNullObjects: "refuse", ...options });
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
}

beforeEach(() => useHost());
afterEach(() => uninstall());

const messages = (outcome: Validated<unknown>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location}: ${issue.messageEn}`);

const inserts: [string, () => Promise<Validated<unknown>>][] = [
  ["the input sheet", () => insertInputSheet({ fiscalYear: 2568 })],
  ["the framework sheet", () => insertFrameworkSheet(2568)],
  ["the catalogue sheet", () => insertCatalogueSheet()],
];

describe("the actions that add a sheet", () => {
  it.each(inserts)(
    "refuse to insert %s where the workbook's structure is protected, after one sync, writing nothing (audit B13)",
    async (_what, insert) => {
      host.protectWorkbook();
      const before = host.snapshot();
      host.resetCounters();
      const outcome = await insert();
      expect(messages(outcome)).toEqual([
        "สมุดงาน / workbook: the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written",
      ]);
      expect(host.syncCount).toBe(1);
      expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    }
  );

  it.each(inserts)(
    "refuse to insert %s in a workbook open read-only, in the house's words (audit B14)",
    async (_what, insert) => {
      useHost({ readOnly: true });
      const before = host.snapshot();
      const outcome = await insert();
      expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
        "สมุดงาน / workbook read-only-workbook",
      ]);
      expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    }
  );

  it.each(inserts)(
    "insert %s at ExcelApi 1.10, with its data validation and frozen header",
    async (_what, insert) => {
      useHost({ apiSets: { ExcelApi: "1.10" } });
      const outcome = await insert();
      expect(messages(outcome)).toEqual([]);
      expect(outcome.ok && outcome.warnings.map((warning) => warning.code)).toEqual([]);
    }
  );
});

describe("readFrameworkSheet", () => {
  it("looks the name up first and reads the sheet in a second sync only when there is one (audit B2)", async () => {
    host.resetCounters();
    const none = await readFrameworkSheet(2568);
    expect(none).toEqual({ ok: true, value: undefined, warnings: [] });
    expect(host.syncCount).toBe(1);
    expect((await insertFrameworkSheet(2568)).ok).toBe(true);
    host.resetCounters();
    const read = await readFrameworkSheet(2568);
    expect(read.ok && read.value?.fiscalYear).toBe(2568);
    expect(host.syncCount).toBe(2);
    host.deleteSheet("กรอบ ITA 2568");
    expect(await readFrameworkSheet(2568)).toEqual({ ok: true, value: undefined, warnings: [] });
  });
});
