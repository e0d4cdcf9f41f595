/** The in-memory Excel host's own tests of Excel Tables. */
/* eslint-disable office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { run } from "./excel-run";

describe("Excel Tables (audit C7)", () => {
  it("lists the tables that overlap a range, or only those inside it", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!B2:C4", [
      ["a", "b"],
      [1, 2],
      [3, 4],
    ]);
    expect(host.addTable("Sheet1!B2:C4")).toBe("Table1");
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const overlapping = sheet.getRange("C3:D9").getTables(false).load("items/name");
      const inside = sheet.getRange("C3:D9").getTables(true).load("items/name");
      const count = sheet.getRange("A1:Z99").getTables(true).getCount();
      await context.sync();
      expect(overlapping.items.map((table) => table.name)).toEqual(["Table1"]);
      expect(inside.items).toEqual([]);
      expect(count.value).toBe(1);
      const place = overlapping.items[0]?.getRange().load("address");
      await context.sync();
      expect(place?.address).toBe("Sheet1!B2:C4");
    });
  });

  it("grows over a value written just right of it or just below it, naming an empty header Column1", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!B2:C4", [
      ["a", "b"],
      [1, 2],
      [3, 4],
    ]);
    host.addTable("Sheet1!B2:C4");
    const before = host.snapshot();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D3:D4").values = [[5], [6]];
      sheet.getRange("B5:D5").values = [[7, 8, 9]];
      sheet.getRange("F2").values = [["apart"]];
      await context.sync();
    });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'Sheet1!D2 value (none) → "Column1"',
      'Sheet1!F2 value (none) → "apart"',
      "Sheet1!D3 value (none) → 5",
      "Sheet1!D4 value (none) → 6",
      "Sheet1!B5 value (none) → 7",
      "Sheet1!C5 value (none) → 8",
      "Sheet1!D5 value (none) → 9",
      'table Table1 "Sheet1!B2:C4" → "Sheet1!B2:D5"',
    ]);
  });

  it("fills a formula written into an empty table column down the whole column, the last one winning, row by row", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!B2:C5", [
      ["score", "double"],
      [1, ""],
      [2, ""],
      [3, ""],
    ]);
    host.addTable("Sheet1!B2:C5");
    await run(host, async (context) => {
      // Different formulas, written at once: Excel makes a calculated column of them (office-js#6745).
      context.workbook.worksheets.getItem("Sheet1").getRange("C3:C4").formulas = [["=B3*2"], ["=B4*3"]];
      await context.sync();
    });
    expect(["C3", "C4", "C5"].map((cell) => host.getCell(`Sheet1!${cell}`).formula)).toEqual([
      "=B3*3",
      "=B4*3",
      "=B5*3",
    ]);
  });

  it("leaves a column that holds values alone, and spreads into the column a formula beside the table makes", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!B2:C4", [
      ["score", "note"],
      [1, "x"],
      [2, ""],
    ]);
    host.addTable("Sheet1!B2:C4");
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C4").formulas = [["=B4"]];
      sheet.getRange("D3").formulas = [["=$B$3+B3"]];
      await context.sync();
    });
    expect(host.getCell("Sheet1!C3").value).toBe("x");
    expect(host.getCell("Sheet1!C4").formula).toBe("=B4");
    expect(host.getCell("Sheet1!D4").formula).toBe("=$B$3+B4");
    expect(host.snapshot().tables).toEqual({ Table1: "Sheet1!B2:D4" });
  });

  it("moves row references but not fixed ones, text or quoted sheet names", async () => {
    const { shiftRows } = await import("../tables");
    expect(shiftRows(`=A1+$A$1+A$1+'Sheet 1'!B2&"C3"+LOG10(D4)`, 2)).toBe(
      `=A3+$A$1+A$1+'Sheet 1'!B4&"C3"+LOG10(D6)`
    );
  });
});
