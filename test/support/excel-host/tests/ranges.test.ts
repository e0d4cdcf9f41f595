/**
 * The in-memory Excel host's own tests of ranges and their cells: values as Excel stores them, addresses,
 * getCellProperties, selections that are not one range, merged areas, and fills.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { type ExcelHost, createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

describe("values as Excel stores them", () => {
  it("turns text that starts with = into a formula, unless the cell is formatted as text", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["=1+1"]];
      const asText = sheet.getRange("B1");
      asText.numberFormat = [["@"]];
      asText.values = [["=1+1"]];
      await context.sync();
    });
    expect(host.getCell("Sheet1!A1")).toMatchObject({ value: 2, formula: "=1+1", hasFormula: true });
    expect(host.getCell("Sheet1!B1")).toMatchObject({
      value: "=1+1",
      hasFormula: false,
      valueType: "String",
    });
  });

  it("reads +, - and @ prefixed text as a formula too, the way Excel's input parser does", () => {
    const host = createExcelHost();
    host.setCell("A1", 3);
    host.setCell("A2", "+A1*2");
    host.setCell("A3", "-5");
    expect(host.getCell("A2")).toMatchObject({ hasFormula: true, formula: "=+A1*2", value: 6 });
    expect(host.getCell("A3")).toMatchObject({ hasFormula: false, value: -5 });
  });

  it("stores a value that starts with an apostrophe as text without it, and formulas read it back bare (office-js#6687)", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["'=SUM(1)", "'123"]];
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["=SUM(1)", "123"]]);
      expect(range.formulas).toEqual([["=SUM(1)", "123"]]);
      expect(range.valueTypes).toEqual([["String", "String"]]);
      // Writing what formulas read straight back turns the text into a formula, as in Excel.
      const read = range.formulas;
      range.formulas = read;
      const after = range.getCell(0, 0).load("values");
      await context.sync();
      expect(after.values).toEqual([[1]]);
    });
  });

  it("reads numbers, text, booleans, errors and empty cells with their value types", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:E1", [[1.5, "ก", true, "=1/0", ""]]);
    await run(host, async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:E1")
        .load("values, valueTypes, text");
      await context.sync();
      expect(range.values).toEqual([[1.5, "ก", true, "#DIV/0!", ""]]);
      expect(range.valueTypes).toEqual([["Double", "String", "Boolean", "Error", "Empty"]]);
      expect(range.text).toEqual([["1.5", "ก", "TRUE", "#DIV/0!", ""]]);
    });
  });

  it("evaluates formulas after each sync's writes", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A4").formulas = [[1], [2], [6], ["=AVERAGE(A1:A3)"]];
      const result = sheet.getRange("A4").load("values, formulas");
      await context.sync();
      expect(result.values).toEqual([[3]]);
      expect(result.formulas).toEqual([["=AVERAGE(A1:A3)"]]);
      sheet.getRange("A1").values = [[4]];
      result.load("values");
      await context.sync();
      expect(result.values).toEqual([[4]]);
    });
  });

  it("rejects a formula Excel could not parse", async () => {
    const host = createExcelHost();
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM("]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("formats text by the number format, rounding half away from zero on the shown digits", async () => {
    const host = createExcelHost();
    host.setCells("A1:A3", [[1.005], [0.8512], [1234.5]]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").numberFormat = [
        ["0.00"],
        ["0.0%"],
        ["#,##0.00"],
      ];
    });
    expect(["A1", "A2", "A3"].map((address) => host.getCell(address).text)).toEqual([
      "1.01",
      "85.1%",
      "1,234.50",
    ]);
  });
});

describe("addresses and ranges", () => {
  it("quotes sheet names in addresses the way Excel does", async () => {
    const host = createExcelHost();
    host.addSheet("ผล ITA 2565");
    host.addSheet("ผล");
    host.setCell("'ผล ITA 2565'!C4", 7);
    await run(host, async (context) => {
      const quoted = context.workbook.worksheets.getItem("ผล ITA 2565").getRange("C4:C13").load("address");
      const plain = context.workbook.worksheets.getItem("ผล").getRange("A1").load("address");
      const same = context.workbook.worksheets
        .getItem("ผล ITA 2565")
        .getRange("'ผล ITA 2565'!C4")
        .load("values");
      await context.sync();
      expect(quoted.address).toBe("'ผล ITA 2565'!C4:C13");
      expect(plain.address).toBe("ผล!A1");
      expect(same.values).toEqual([[7]]);
    });
  });

  it("resolves whole columns and rows against the grid, and intersects them with the used range", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const column = sheet.getRange("C:C").load("address, rowCount, values");
      const row = sheet.getRange("3:3").load("address, columnCount");
      const used = sheet.getUsedRange().load("address");
      const inColumn = sheet
        .getRange("C:C")
        .getIntersectionOrNullObject(sheet.getUsedRange())
        .load("address, values");
      const none = sheet.getRange("Z:Z").getIntersectionOrNullObject(sheet.getUsedRange()).load("address");
      await context.sync();
      expect([column.address, column.rowCount, column.values]).toEqual(["Sheet1!C:C", 1_048_576, null]);
      expect([row.address, row.columnCount]).toEqual(["Sheet1!3:3", 16_384]);
      expect(used.address).toBe("Sheet1!B2:C3");
      expect([inColumn.address, inColumn.values]).toEqual(["Sheet1!C2:C3", [[2], [4]]]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("answers getUsedRange with A1 and getUsedRangeOrNullObject with a null object on an empty sheet", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("derives ranges by cell, offset, resize, indexes and bounding rectangle", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:C3");
      const ranges = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 2),
        base.getResizedRange(2, -1),
        sheet.getRangeByIndexes(3, 2, 10, 1),
        base.getBoundingRect("E5"),
      ].map((range) => range.load("address"));
      await context.sync();
      expect(ranges.map((range) => range.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!D3:E4",
        "Sheet1!B2:B5",
        "Sheet1!C4:C13",
        "Sheet1!B2:E5",
      ]);
    });
  });

  it("rejects writing values to a whole column", async () => {
    const host = createExcelHost();
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C:C").values = [[1]];
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("getCellProperties", () => {
  it("answers each cell's fill colour after the sync, white for no fill, and nothing else it cannot model", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.fill.color = "#00B050";
      const result = sheet.getRange("A1:B2").getCellProperties({ format: { fill: { color: true } } });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }) as Error);
      await context.sync();
      expect(result.value.map((row) => row.map((cell) => cell.format?.fill?.color))).toEqual([
        ["#FFFFFF", "#FFFFFF"],
        ["#FFFFFF", "#00B050"],
      ]);
    });
    const other = run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ address: true });
      await context.sync();
    });
    expect((await rejection(other)).code).toBe("NotImplemented");
  });
});

describe("selections that are not one range (audit C10)", () => {
  it.each([
    ["several areas", (host: ExcelHost) => host.select("Sheet1!A1:B2,Sheet1!D4")],
    ["a chart", (host: ExcelHost) => host.selectChart("Sheet1")],
  ])("make getSelectedRange reject with InvalidSelection at sync: %s", async (_what, select) => {
    const host = createExcelHost();
    select(host);
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidSelection");
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Sheet1!C3");
    });
  });
});

describe("merged areas (audit C11)", () => {
  it("refuses a write into part of a merged area, or a value into one of its hidden cells", async () => {
    const host = createExcelHost();
    host.merge("Sheet1!B2:C2");
    const writes: [string, string[][]][] = [
      ["C2", [["x"]]],
      ["A2:B2", [["x", "y"]]],
      ["B2:C2", [["x", "y"]]],
    ];
    const errors = await Promise.all(
      writes.map(([address, values]) =>
        rejection(
          run(host, async (context) => {
            context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
            await context.sync();
          })
        )
      )
    );
    expect(errors.map((error) => error.code)).toEqual(writes.map(() => "InvalidOperation"));
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:C2").values = [["a", "b", ""]];
      await context.sync();
    });
    expect(host.getCell("Sheet1!B2").value).toBe("b");
  });
});

describe("fills and no fill (audit C15)", () => {
  it("reads tintAndShade null for a cell without a fill and a number for a white one", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.getCell(0, 1).format.fill.color = "#FFFFFF";
      const fills = range.getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      await context.sync();
      expect(fills.value[0]?.map((cell) => cell.format?.fill)).toEqual([
        { color: "#FFFFFF", tintAndShade: null },
        { color: "#FFFFFF", tintAndShade: 0 },
      ]);
    });
  });
});
