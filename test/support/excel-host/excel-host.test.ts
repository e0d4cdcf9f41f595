/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { type ExcelHost, createExcelHost } from "./index";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

function run<T>(host: ExcelHost, batch: Batch<T>): Promise<T> {
  return host.Excel.run(batch);
}

async function rejection(
  promise: Promise<unknown>
): Promise<{ name: string; code: string; debugInfo: { code: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; code: string; debugInfo: { code: string } };
  }
  throw new Error("expected a rejection");
}

describe("the proxy rules", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await context.sync();
      expect(range.address).toBe("Sheet1!A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
    });
  });

  it("still throws for loaded values until the sync's promise has resolved", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      const pending = context.sync();
      expect(() => range.values).toThrow(/not available/);
      await pending;
      expect(range.values).toEqual([[""]]);
    });
  });

  it("accepts the load forms of Office.js: a list, an array, select, nested paths and no argument", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:B1", [[1, "x"]]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:B1").load("values, address");
      const b = sheet.getRange("A1").load(["rowCount", "columnIndex"]);
      const c = sheet.getRange("B1").load({ select: "text" });
      const d = sheet.getRange("A1").load("format/font/bold");
      const e = sheet.getRange("B1").load();
      await context.sync();
      expect([a.values, a.address]).toEqual([[[1, "x"]], "Sheet1!A1:B1"]);
      expect([b.rowCount, b.columnIndex]).toEqual([1, 0]);
      expect(c.text).toEqual([["x"]]);
      expect(d.format.font.bold).toBe(false);
      expect([e.valueTypes, e.cellCount, e.formulas]).toEqual([[["String"]], 1, [["x"]]]);
    });
  });

  it("queues writes and applies them only at the next sync", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[42]];
      expect(host.getCell("Sheet1!A1").value).toBe("");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(host.getCell("Sheet1!A1").value).toBe(42);
    });
  });

  it("answers a load with the state at its place in the queue", async () => {
    const host = createExcelHost();
    host.setCell("Sheet1!A1", 1);
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = range.load("values");
      range.values = [[2]];
      const after = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });

  it("counts every sync, plus the final flush Excel.run makes when statements are left queued", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(host.syncCount).toBe(2);
    expect(host.runCount).toBe(1);
    expect(host.getCell("Sheet1!A1").value).toBe(1);
    await run(host, async () => undefined);
    expect(host.syncCount).toBe(2);
    host.resetCounters();
    expect([host.syncCount, host.runCount]).toEqual([0, 0]);
  });

  it("refuses statements queued on a context whose Excel.run has finished", async () => {
    const host = createExcelHost();
    let leaked: Excel.Range | undefined;
    await run(host, async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => {
      if (leaked) leaked.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }) as Error);
  });

  it("says which member is not implemented instead of returning undefined", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1") as unknown as Record<string, unknown>;
      expect(() => sheet.shapes).toThrow("not implemented in ExcelHost: Worksheet.shapes");
    });
  });
});

describe("errors at sync", () => {
  it("rejects getItem of a missing sheet at sync with ItemNotFound, not at call time", async () => {
    const host = createExcelHost();
    const error = await rejection(
      run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Missing");
        sheet.load("name");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound" },
    });
    expect(error).toBeInstanceOf(host.OfficeExtension.Error);
  });

  it("answers getItemOrNullObject with a null object whose other properties cannot be read", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/not available/);
      missing.load("name");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  it("rejects a write to a protected sheet with AccessDenied and applies nothing of that sync", async () => {
    const host = createExcelHost();
    host.addSheet("Locked");
    host.protectSheet("Locked");
    const before = host.snapshot();
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["written first"]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("keeps the statements before the failure when atomicSync is off, as real Excel may", async () => {
    const host = createExcelHost({ atomicSync: false });
    host.addSheet("Locked");
    host.protectSheet("Locked");
    await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["written first"]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(host.getCell("Sheet1!A1").value).toBe("written first");
  });

  it("rejects every sync while a cell is being edited", async () => {
    const host = createExcelHost();
    host.setCellEditMode(true);
    const error = await rejection(run(host, async (context) => context.sync()));
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    const flush = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      })
    );
    expect(flush.code).toBe("InvalidOperationInCellEditMode");
    expect(host.getCell("Sheet1!A1").value).toBe("");
    host.setCellEditMode(false);
    await run(host, async (context) => context.sync());
  });

  it("rejects a sync whose queued writes exceed the request payload limit", async () => {
    const host = createExcelHost({ maxRequestBytes: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.getCell("Sheet1!A1").value).toBe("");
  });

  it("rejects a 2-D array whose shape differs from the range, and a lone value for many cells", async () => {
    const host = createExcelHost();
    const shape = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").values = [[1], [2]];
        await context.sync();
      })
    );
    expect(shape.code).toBe("InvalidArgument");
    const scalar = await rejection(
      run(host, async (context) => {
        (
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1") as unknown as { values: unknown }
        ).values = 5;
        await context.sync();
      })
    );
    expect(scalar.code).toBe("InvalidArgument");
  });

  it("throws at call time for an API of a requirement set the host does not support", async () => {
    const host = createExcelHost({ apiSets: { ExcelApi: "1.12" } });
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getMergedAreasOrNullObject()).toThrow(TypeError);
      expect(() => range.getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }) as Error
      );
    });
  });
});

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

describe("workbook objects", () => {
  it("merges cells and reports the merged areas", async () => {
    const host = createExcelHost();
    host.merge("Sheet1!A1:B1");
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:C4").merge(true);
      const areas = sheet
        .getRange("A1:D10")
        .getMergedAreasOrNullObject()
        .load("address, areaCount, cellCount");
      const none = sheet.getRange("F1:F2").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual([
        "Sheet1!A1:B1,Sheet1!A3:C3,Sheet1!A4:C4",
        3,
        8,
      ]);
      expect(none.isNullObject).toBe(true);
    });
    expect(host.snapshot().sheets[0]?.mergedAreas).toEqual(["A1:B1", "A3:C3", "A4:C4"]);
  });

  it("round-trips named items", async () => {
    const host = createExcelHost();
    host.addSheet("ผล ITA");
    host.setCell("'ผล ITA'!B2", 9);
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("ผล ITA").getRange("B2:B3");
      context.workbook.names.add("ITA_Scores", range, "scores");
      context.workbook.names.add("Weight", "=0.5");
      await context.sync();
      const scores = context.workbook.names
        .getItemOrNullObject("ita_scores")
        .load("name, formula, type, value");
      const weight = context.workbook.names.getItemOrNullObject("Weight").load("type, value");
      const missing = context.workbook.names.getItemOrNullObject("Nope").load("name");
      const target = scores.getRange().load("address, values");
      const all = context.workbook.names.load("items/name");
      await context.sync();
      expect([scores.name, scores.formula, scores.type, scores.value]).toEqual([
        "ITA_Scores",
        "='ผล ITA'!$B$2:$B$3",
        "Range",
        "'ผล ITA'!$B$2:$B$3",
      ]);
      expect([weight.type, weight.value]).toEqual(["Double", 0.5]);
      expect(missing.isNullObject).toBe(true);
      expect([target.address, target.values]).toEqual(["'ผล ITA'!B2:B3", [[9], [""]]]);
      expect(all.items.map((item) => item.name)).toEqual(["ITA_Scores", "Weight"]);
      const duplicate = context.workbook.names.add("Weight", "=1");
      duplicate.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });

  it("round-trips settings as JSON", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      context.workbook.settings.add("ita.lastRun", { year: 2565, cells: ["C4"] });
      await context.sync();
      const setting = context.workbook.settings.getItemOrNullObject("ita.lastRun").load("key, value");
      const missing = context.workbook.settings.getItemOrNullObject("none").load("value");
      const all = context.workbook.settings.load("items");
      await context.sync();
      expect(setting.value).toEqual({ year: 2565, cells: ["C4"] });
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((item) => [item.key, item.value])).toEqual([
        ["ita.lastRun", { year: 2565, cells: ["C4"] }],
      ]);
      setting.delete();
    });
    expect(host.snapshot().settings).toEqual({});
  });

  it("adds, renames, lists and activates worksheets, keeping ids stable", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const added = context.workbook.worksheets.add("Report");
      added.load("id");
      await context.sync();
      const id = added.id;
      added.name = "รายงาน";
      added.activate();
      const sheets = context.workbook.worksheets.load("items/name,items/id,items/position");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const count = context.workbook.worksheets.getCount();
      const byId = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Sheet1", 0],
        ["รายงาน", 1],
      ]);
      expect([active.name, count.value, byId.name]).toEqual(["รายงาน", 2, "รายงาน"]);
      context.workbook.worksheets.add("sheet1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });

  it("reads the selection and sets formats, validation, protection and frozen rows", async () => {
    const host = createExcelHost();
    host.select("Sheet1!C4:C13");
    await run(host, async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:B1");
      header.format.font.bold = true;
      header.format.fill.color = "yellow";
      header.format.borders.getItem("EdgeBottom").style = "Continuous";
      sheet.getRange("C4:C13").dataValidation.rule = {
        decimal: { formula1: 0, formula2: 100, operator: "Between" },
      };
      sheet.freezePanes.freezeRows(1);
      sheet.protection.protect();
      const font = sheet.getRange("A1:C1").format.font.load("bold");
      const fill = header.format.fill.load("color");
      const rule = sheet.getRange("C5").dataValidation.load("type, rule");
      const protection = sheet.protection.load("protected");
      await context.sync();
      expect(selected.address).toBe("Sheet1!C4:C13");
      expect(font.bold).toBeNull();
      expect(fill.color).toBe("#FFFF00");
      expect(rule.type).toBe("Decimal");
      expect(protection.protected).toBe(true);
    });
    const sheet = host.snapshot().sheets[0];
    expect(sheet?.cells.A1?.format).toEqual({
      bold: true,
      fillColor: "#FFFF00",
      borders: { bottom: { style: "Continuous" } },
    });
    expect(sheet?.dataValidation).toEqual([
      { address: "C4:C13", rule: { decimal: { formula1: 0, formula2: 100, operator: "Between" } } },
    ]);
    expect([sheet?.frozenRows, sheet?.protected]).toEqual([1, true]);
  });

  it("adds custom conditional formats, reads them back, diffs them and clears them with the formats", async () => {
    const host = createExcelHost();
    const before = host.snapshot();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A5:L9");
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = "=$F5<TODAY()";
      format.custom.format.fill.color = "#F8D7DA";
      format.custom.format.font.color = "#9C0006";
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("B6").conditionalFormats;
      formats.load("items/type");
      const count = formats.getCount();
      const rule = format.custom.rule.load("formula");
      await context.sync();
      expect([count.value, formats.items[0]?.type, rule.formula]).toEqual([1, "Custom", "=$F5<TODAY()"]);
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats).toEqual([
      { address: "A5:L9", type: "Custom", formula: "=$F5<TODAY()", fill: "#F8D7DA", fontColor: "#9C0006" },
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet Sheet1 conditionalFormats [] → [{"address":"A5:L9","type":"Custom","formula":"=$F5<TODAY()","fill":"#F8D7DA","fontColor":"#9C0006"}]',
    ]);
    const noEquals = await rejection(
      run(host, async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.conditionalFormats.add("Custom").custom.rule.formula = "TRUE";
        await context.sync();
      })
    );
    expect(noEquals.code).toBe("InvalidArgument");
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A5:L6").clear("Formats");
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats.map((format) => format.address)).toEqual(["A7:L9"]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats.clearAll();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats).toEqual([]);
  });

  it("exposes Office with onReady, displayLanguage and requirement sets, and installs onto a global", async () => {
    const host = createExcelHost({ displayLanguage: "en-US" });
    const target: Record<string, unknown> = { Office: "previous" };
    const uninstall = host.install(target);
    expect(target.Excel).toBe(host.Excel);
    expect(await host.Office.onReady()).toEqual({ host: "Excel", platform: "PC" });
    expect(host.Office.context.displayLanguage).toBe("en-US");
    expect(host.Excel.RangeValueType.double).toBe("Double");
    uninstall();
    expect(target).toEqual({ Office: "previous" });
  });
});

describe("snapshots", () => {
  it("are JSON-serialisable and diff into readable places", async () => {
    const host = createExcelHost();
    host.setCell("Sheet1!C4", 1);
    const before = host.snapshot();
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C4").values = [[2]];
      sheet.getRange("D4").formulas = [["=C4*2"]];
      sheet.name = "ผล ITA";
    });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet \'ผล ITA\' name "Sheet1" → "ผล ITA"',
      "'ผล ITA'!C4 value 1 → 2",
      "'ผล ITA'!D4 formula (none) → \"=C4*2\"",
      "'ผล ITA'!D4 value (none) → 4",
    ]);
  });
});

describe("charts", () => {
  it("adds a chart from a source range, with title, axis titles, legend and position, and lists it", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:C3", [
      ["ตัวชี้วัด", "2564", "2565"],
      ["IIT", 80, 90],
      ["EIT", 70, 85],
    ]);
    host.setCells("Sheet1!B1:C1", [["ปี 2564", "ปี 2565"]]);
    const before = host.snapshot();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C3"), "Columns");
      chart.name = "ITA";
      chart.title.text = "คะแนน";
      chart.axes.categoryAxis.title.text = "ตัวชี้วัด";
      chart.axes.valueAxis.title.text = "คะแนน";
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "J15");
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      sheet.charts.load("items/name,count");
      chart.series.load("items/name");
      await context.sync();
      expect(sheet.charts.items.map((item) => item.name)).toEqual(["ITA"]);
      expect(sheet.charts.count).toBe(1);
      expect(chart.series.items.map((series) => series.name)).toEqual(["ปี 2564", "ปี 2565"]);
    });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet Sheet1 chart "ITA" added',
      'sheet Sheet1 chart "ITA" categoryAxisTitle (none) → "ตัวชี้วัด"',
      'sheet Sheet1 chart "ITA" chartType (none) → "BarClustered"',
      'sheet Sheet1 chart "ITA" dataLabels (none) → null',
      'sheet Sheet1 chart "ITA" font.name (none) → "Calibri"',
      'sheet Sheet1 chart "ITA" font.size (none) → 10',
      'sheet Sheet1 chart "ITA" legend (none) → "Bottom"',
      'sheet Sheet1 chart "ITA" position (none) → "E2:J15"',
      'sheet Sheet1 chart "ITA" series (none) → ["ปี 2564","ปี 2565"]',
      'sheet Sheet1 chart "ITA" seriesBy (none) → "Columns"',
      'sheet Sheet1 chart "ITA" source (none) → "A1:C3"',
      'sheet Sheet1 chart "ITA" title (none) → "คะแนน"',
      'sheet Sheet1 chart "ITA" valueAxisTitle (none) → "คะแนน"',
    ]);
  });

  it("sets axis scales and labels, data labels and the chart font, each on the axis Excel has it on", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:C3", [
      ["ตัวชี้วัด", "ปี 2564", "ปี 2565"],
      ["IIT", 80, 90],
      ["EIT", 70, 85],
    ]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C3"), "Columns");
      chart.name = "ITA";
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
      chart.axes.categoryAxis.tickLabelSpacing = 1;
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = 100;
      chart.axes.valueAxis.majorUnit = 10;
      chart.axes.valueAxis.numberFormat = "[$-D00041E]0";
      chart.dataLabels.showValue = true;
      chart.dataLabels.numberFormat = "[$-D00041E]0.00";
      chart.dataLabels.position = "OutsideEnd";
      chart.format.font.name = "TH Sarabun New";
      chart.format.font.size = 14;
      chart.axes.valueAxis.load("maximum,majorUnit");
      await context.sync();
      expect(chart.axes.valueAxis.maximum).toBe(100);
    });
    const [chart] = host.snapshot().sheets[0]?.charts ?? [];
    expect(chart).toMatchObject({
      categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelSpacing: 1 },
      valueAxis: { minimum: 0, maximum: 100, majorUnit: 10, numberFormat: "[$-D00041E]0" },
      dataLabels: { numberFormat: "[$-D00041E]0.00", position: "OutsideEnd" },
      font: { name: "TH Sarabun New", size: 14 },
    });
    const refusals = await Promise.all(
      [
        (axes: Excel.ChartAxes) => (axes.categoryAxis.maximum = 100),
        (axes: Excel.ChartAxes) => (axes.valueAxis.tickLabelSpacing = 1),
        (axes: Excel.ChartAxes) => (axes.valueAxis.majorUnit = 0),
        (axes: Excel.ChartAxes) => (axes.categoryAxis.position = "Middle" as Excel.ChartAxisPosition),
      ].map((write) =>
        rejection(
          run(host, async (context) => {
            write(context.workbook.worksheets.getItem("Sheet1").charts.getItem("ITA").axes);
            await context.sync();
          })
        )
      )
    );
    expect(refusals.map((error) => error.code)).toEqual(Array(4).fill("InvalidArgument"));
  });

  it("needs ExcelApi 1.8 for an axis's crossing position and number format", async () => {
    const host = createExcelHost({ apiSets: { ExcelApi: "1.7" } });
    host.setCells("Sheet1!A1:B2", [
      ["a", 1],
      ["b", 2],
    ]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B2"));
      chart.axes.categoryAxis.reversePlotOrder = true;
      expect(() => (chart.axes.categoryAxis.position = "Maximum")).toThrow(TypeError);
      expect(() => (chart.axes.valueAxis.numberFormat = "0")).toThrow(TypeError);
      await context.sync();
    });
  });

  it("rejects an unknown chart type at sync, and deletes a chart by name", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:B2", [
      ["a", 1],
      ["b", 2],
    ]);
    const error = await rejection(
      run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("Bars" as Excel.ChartType, sheet.getRange("A1:B2"));
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("Line", sheet.getRange("A1:B2")).name = "trend";
      await context.sync();
      sheet.charts.getItem("trend").delete();
      sheet.charts.load("items/name");
      await context.sync();
      expect(sheet.charts.items).toEqual([]);
    });
  });
});

describe("manual page breaks", () => {
  it("adds a break above a range's top row, lists them in the snapshot, counts and removes them", async () => {
    const host = createExcelHost();
    const before = host.snapshot();
    await run(host, async (context) => {
      const breaks = context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
      breaks.add("A12");
      breaks.add(context.workbook.worksheets.getItem("Sheet1").getRange("B40:C41"));
      breaks.add("A12");
      const count = breaks.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet Sheet1 pageLayout pageBreaks [] → ["12","40"]',
    ]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.pageLayout.pageBreaks).toEqual([]);
  });

  it("refuses a break above row 1, and needs ExcelApi 1.9", async () => {
    const host = createExcelHost();
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A1");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    const old = createExcelHost({ apiSets: { ExcelApi: "1.8" } });
    await run(old, async (context) => {
      expect(() => context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks).toThrow(TypeError);
      await context.sync();
    });
  });
});

describe("page layout", () => {
  it("sets paper, orientation, margins, zoom, title rows, print area and header/footer", async () => {
    const host = createExcelHost();
    const before = host.snapshot();
    await run(host, async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.paperSize = "A4";
      layout.orientation = "Landscape";
      layout.topMargin = 72;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$2");
      layout.setPrintArea("A1:F40");
      layout.headersFooters.defaultForAllPages.centerFooter = "หน้า &P จาก &N";
      layout.headersFooters.state = "FirstAndDefault";
      layout.headersFooters.firstPage.centerHeader = "ปก";
      layout.load("paperSize,zoom");
      await context.sync();
      expect(layout.paperSize).toBe("A4");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet Sheet1 pageLayout firstPageHeadersFooters.centerHeader "" → "ปก"',
      'sheet Sheet1 pageLayout headerFooterState "Default" → "FirstAndDefault"',
      'sheet Sheet1 pageLayout headersFooters.centerFooter "" → "หน้า &P จาก &N"',
      "sheet Sheet1 pageLayout margins.top 54 → 72",
      'sheet Sheet1 pageLayout orientation "Portrait" → "Landscape"',
      'sheet Sheet1 pageLayout paperSize "Letter" → "A4"',
      'sheet Sheet1 pageLayout printArea null → "A1:F40"',
      'sheet Sheet1 pageLayout printTitleRows null → "1:2"',
      "sheet Sheet1 pageLayout zoom.horizontalFitToPages (none) → 1",
      "sheet Sheet1 pageLayout zoom.scale 100 → (none)",
      "sheet Sheet1 pageLayout zoom.verticalFitToPages (none) → 0",
    ]);
  });

  it.each([
    ["title rows that are not whole rows", (layout: Excel.PageLayout) => layout.setPrintTitleRows("A1:B2")],
    [
      "a scale with a fit to pages",
      (layout: Excel.PageLayout) => (layout.zoom = { scale: 90, horizontalFitToPages: 1 }),
    ],
    ["a scale below 10 %", (layout: Excel.PageLayout) => (layout.zoom = { scale: 5 })],
  ])("rejects %s with InvalidArgument", async (_case, write) => {
    const host = createExcelHost();
    const error = await rejection(
      run(host, async (context) => {
        write(context.workbook.worksheets.getItem("Sheet1").pageLayout);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("names that follow their sheet", () => {
  it("hides a name, and answers getRangeOrNullObject with a null object once its sheet is gone", async () => {
    const host = createExcelHost();
    host.addSheet("Report");
    await run(host, async (context) => {
      context.workbook.names.add(
        "Anchor",
        context.workbook.worksheets.getItem("Report").getRange("A1")
      ).visible = false;
      context.workbook.worksheets.getItem("Report").name = "รายงาน";
      const sheet = context.workbook.names.getItemOrNullObject("Anchor").getRangeOrNullObject().worksheet;
      sheet.load("name");
      const item = context.workbook.names.getItemOrNullObject("Anchor");
      item.load("visible");
      await context.sync();
      expect(sheet.name).toBe("รายงาน");
      expect(item.visible).toBe(false);
    });
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("รายงาน").delete();
      await context.sync();
      const range = context.workbook.names.getItemOrNullObject("Anchor").getRangeOrNullObject();
      range.load("address");
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
  });

  it("puts column widths and row heights back to standard with useStandardWidth/useStandardHeight", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.columnWidth = 100;
      sheet.getRange("B2").format.rowHeight = 40;
      await context.sync();
      sheet.getRange().format.useStandardWidth = true;
      sheet.getRange().format.useStandardHeight = true;
      const format = sheet.getRange("B2").format;
      format.load("useStandardWidth,columnWidth,rowHeight");
      await context.sync();
      expect(format.useStandardWidth).toBe(true);
      expect([format.columnWidth, format.rowHeight]).toEqual([48, 15]);
    });
  });
});

describe("hidden rows and columns", () => {
  it("hides rows with rowHidden or a height of 0, and reads true, false or null (mixed) like Office.js", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:A4").rowHidden = true;
      sheet.getRange("B6").format.rowHeight = 0;
      sheet.getRange("C:C").columnHidden = true;
      const all = sheet.getRange("A3:A4").load("rowHidden");
      const mixed = sheet.getRange("A2:A6").load("rowHidden,columnHidden");
      const none = sheet.getRange("A7").load("rowHidden");
      const column = sheet.getRange("C1").load("columnHidden");
      const height = sheet.getRange("A6").format.load("rowHeight");
      await context.sync();
      expect([all.rowHidden, mixed.rowHidden, none.rowHidden]).toEqual([true, null, false]);
      expect([mixed.columnHidden, column.columnHidden]).toEqual([false, true]);
      expect(height.rowHeight).toBe(0);
      sheet.getRange("A6").format.rowHeight = 20;
      sheet.getRange("3:4").rowHidden = false;
      const shown = sheet.getRange("A1:A10").load("rowHidden");
      await context.sync();
      expect(shown.rowHidden).toBe(false);
    });
    expect(host.snapshot().sheets[0]).toMatchObject({ hiddenRows: [], hiddenColumns: ["C"] });
  });

  it("lists hidden rows in snapshots and diffs, and hides them only on an unprotected sheet", async () => {
    const host = createExcelHost();
    const before = host.snapshot();
    host.setHidden("Sheet1!7:8");
    expect(host.diffSnapshots(before, host.snapshot())).toEqual(['sheet Sheet1 hiddenRows [] → ["7","8"]']);
    host.protectSheet("Sheet1");
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("9:9").rowHidden = true;
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });
});

describe("the AutoFilter", () => {
  it("hides the data rows that fail the criteria, never the header, and shows them again when cleared", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:B5", [
      ["name", "score"],
      ["a", 91],
      ["b", 72],
      ["c", 85],
      ["d", 60],
    ]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.autoFilter.apply(sheet.getRange("A1:B5"), 1, { filterOn: "Custom", criterion1: ">=85" });
      sheet.autoFilter.load("enabled,isDataFiltered");
      const range = sheet.autoFilter.getRangeOrNullObject().load("address");
      const rows = [1, 2, 3, 4, 5].map((row) => sheet.getRange(`A${row}`).load("rowHidden"));
      await context.sync();
      expect([sheet.autoFilter.enabled, sheet.autoFilter.isDataFiltered]).toEqual([true, true]);
      expect(range.address).toBe("Sheet1!A1:B5");
      expect(rows.map((row) => row.rowHidden)).toEqual([false, false, true, false, true]);
      sheet.autoFilter.apply("A1:B5", 0, { filterOn: "Values", values: ["a"] });
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.hiddenRows).toEqual(["3", "4", "5"]);
    await run(host, async (context) => {
      const filter = context.workbook.worksheets.getItem("Sheet1").autoFilter;
      filter.clearCriteria();
      filter.load("enabled,isDataFiltered");
      await context.sync();
      expect([filter.enabled, filter.isDataFiltered]).toEqual([true, false]);
      filter.remove();
      const range = filter.getRangeOrNullObject().load("address");
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    expect(host.snapshot().sheets[0]).toMatchObject({ hiddenRows: [], autoFilter: null });
  });

  it("decides every data row of its range, as Excel does: a row hidden by hand there is shown if it passes", () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:A4", [["score"], [90], [70], [95]]);
    host.setHidden("Sheet1!4:4");
    host.setHidden("Sheet1!6:6");
    host.applyAutoFilter("Sheet1!A1:A4", 0, { filterOn: "Custom", criterion1: ">=85" });
    expect(host.snapshot().sheets[0]?.hiddenRows).toEqual(["3", "6"]);
  });

  it("rejects a column outside the range, and criteria kinds the host does not evaluate", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:A3", [["h"], [1], [2]]);
    const outside = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").autoFilter.apply("A1:A3", 1, {
          filterOn: "Values",
          values: ["1"],
        });
        await context.sync();
      })
    );
    expect(outside.code).toBe("InvalidArgument");
    const icons = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").autoFilter.apply("A1:A3", 0, { filterOn: "Icon" });
        await context.sync();
      })
    );
    expect(icons.code).toBe("NotImplemented");
  });
});

describe("a workbook open read-only", () => {
  it("says so through workbook.readOnly and rejects every write with AccessDenied, writing nothing", async () => {
    const host = createExcelHost({ readOnly: true });
    host.setCell("Sheet1!A1", "the officer's");
    const before = host.snapshot();
    const readOnly = await run(host, async (context) => {
      context.workbook.load("readOnly");
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      expect(range.values).toEqual([["the officer's"]]);
      return context.workbook.readOnly;
    });
    expect(readOnly).toBe(true);
    const writes: ((context: Excel.RequestContext) => void)[] = [
      (context) => (context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[1]]),
      (context) => void context.workbook.worksheets.add("New"),
      (context) => void context.workbook.settings.add("key", "value"),
      (context) => (context.workbook.worksheets.getItem("Sheet1").name = "Renamed"),
      (context) => void context.workbook.names.add("Anchor", "=Sheet1!$A$1"),
    ];
    const errors = await Promise.all(
      writes.map((write) =>
        rejection(
          run(host, async (context) => {
            write(context);
            await context.sync();
          })
        )
      )
    );
    expect(errors.map((error) => error.code)).toEqual(writes.map(() => "AccessDenied"));
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    host.setReadOnly(false);
    await run(host, async (context) => {
      context.workbook.load("readOnly");
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[1]];
      await context.sync();
      expect(context.workbook.readOnly).toBe(false);
    });
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

describe("the requirement sets the manifest allows (issue 13)", () => {
  it.each(["1.10", "1.11", "1.12"])(
    "at ExcelApi %s has every member the add-in uses below 1.10, and not the merged-area check of 1.13",
    async (version) => {
      const host = createExcelHost({ apiSets: { ExcelApi: version } });
      await run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const range = sheet.getRange("A1:B2");
        context.workbook.load("readOnly");
        context.workbook.protection.load("protected");
        sheet.pageLayout.load("orientation");
        sheet.autoFilter.load("enabled");
        range.load("rowHidden,columnHidden");
        range.getResizedRange(1, 1).load("address");
        range.getTables(false).load("items/name");
        range.dataValidation.load("type");
        const fills = range.getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
        sheet.freezePanes.freezeRows(1);
        await context.sync();
        expect(fills.value).toHaveLength(2);
        expect(() => range.getMergedAreasOrNullObject()).toThrow(
          expect.objectContaining({ code: "ApiNotFound" }) as Error
        );
      });
    }
  );

  it("gates getResizedRange at ExcelApi 1.2, where the reference puts it (audit C13)", async () => {
    const host = createExcelHost({ apiSets: { ExcelApi: "1.2" } });
    await run(host, async (context) => {
      const resized = context.workbook.worksheets.getItem("Sheet1").getRange("A1").getResizedRange(1, 2);
      resized.load("address");
      await context.sync();
      expect(resized.address).toBe("Sheet1!A1:C2");
    });
  });
});

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
    const { shiftRows } = await import("./tables");
    expect(shiftRows(`=A1+$A$1+A$1+'Sheet 1'!B2&"C3"+LOG10(D4)`, 2)).toBe(
      `=A3+$A$1+A$1+'Sheet 1'!B4&"C3"+LOG10(D6)`
    );
  });
});

describe("workbook (structure) protection (audit C12)", () => {
  it("refuses adding, deleting, renaming and hiding sheets while on, and says so through workbook.protection", async () => {
    const host = createExcelHost();
    host.addSheet("Other");
    host.protectWorkbook();
    const changes: ((context: Excel.RequestContext) => void)[] = [
      (context) => void context.workbook.worksheets.add("New"),
      (context) => context.workbook.worksheets.getItem("Other").delete(),
      (context) => (context.workbook.worksheets.getItem("Other").name = "Renamed"),
      (context) => (context.workbook.worksheets.getItem("Other").visibility = "Hidden"),
    ];
    const errors = await Promise.all(
      changes.map((change) =>
        rejection(
          run(host, async (context) => {
            change(context);
            await context.sync();
          })
        )
      )
    );
    expect(errors.map((error) => error.code)).toEqual(changes.map(() => "AccessDenied"));
    await run(host, async (context) => {
      const protection = context.workbook.protection.load("protected");
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["cells still change"]];
      await context.sync();
      expect(protection.protected).toBe(true);
      protection.unprotect();
      context.workbook.worksheets.add("New");
      await context.sync();
    });
    expect(host.snapshot().sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Other", "New"]);
    expect(host.snapshot().structureProtected).toBe(false);
  });
});

describe("closing and reopening the workbook (audit C6)", () => {
  it("gives every sheet a new id, and keeps cells, names, settings, tables and the selection", async () => {
    const host = createExcelHost();
    host.setCells("Sheet1!A1:B2", [
      ["a", "b"],
      [1, 2],
    ]);
    host.addTable("Sheet1!A1:B2");
    host.select("Sheet1!B2");
    const oldId = await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("id");
      context.workbook.names.add("Mark", sheet.getRange("B2"));
      context.workbook.settings.add("key", "value");
      await context.sync();
      return sheet.id;
    });
    host.reopen();
    const error = await rejection(
      run(host, async (context) => {
        context.workbook.worksheets.getItem(oldId).load("name");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    const snapshot = host.snapshot();
    expect(snapshot.sheets[0]?.id).not.toBe(oldId);
    expect(snapshot.names.map((name) => name.formula)).toEqual(["=Sheet1!$B$2"]);
    expect(snapshot.settings).toEqual({ key: "value" });
    expect(snapshot.tables).toEqual({ Table1: "Sheet1!A1:B2" });
    expect(snapshot.sheets[0]?.selection).toBe("B2");
  });
});

describe("the size of an answer (audit C4)", () => {
  it("rejects a sync whose loaded values exceed the response limit, and undoes its writes", async () => {
    const host = createExcelHost({ maxResponseBytes: 2_000 });
    host.setCells(
      "Sheet1!A1:A100",
      Array.from({ length: 100 }, () => ["ตัวชี้วัด"])
    );
    const before = host.snapshot();
    const error = await rejection(
      run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("C1").values = [["written"]];
        sheet.getRange("A1:A100").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    await run(host, async (context) => {
      const half = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A20").load("values");
      await context.sync();
      expect(half.values).toHaveLength(20);
    });
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

describe("objects derived from a null object (audit C3)", () => {
  it("refuses loads and methods on them at sync by default, and lets the null object itself be loaded", async () => {
    const host = createExcelHost();
    const derived: ((context: Excel.RequestContext) => void)[] = [
      (context) =>
        void context.workbook.worksheets.getItemOrNullObject("Gone").getRange("A1").load("address"),
      (context) => void context.workbook.worksheets.getItemOrNullObject("Gone").protection.load("protected"),
      (context) =>
        void context.workbook.names.getItemOrNullObject("Gone").getRangeOrNullObject().worksheet.load("name"),
      (context) => (context.workbook.worksheets.getItemOrNullObject("Gone").getRange("A1").values = [[1]]),
    ];
    const errors = await Promise.all(
      derived.map((statement) =>
        rejection(
          run(host, async (context) => {
            statement(context);
            await context.sync();
          })
        )
      )
    );
    expect(errors.map((error) => error.code)).toEqual(derived.map(() => "InvalidObjectPath"));
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Gone").load("name");
      context.workbook.names.getItemOrNullObject("Gone").delete();
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it("answers them as null objects when propagating", async () => {
    const host = createExcelHost({ derivedNullObjects: "propagate" });
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("Gone").getRange("A1");
      range.load("address");
      const sheet = context.workbook.names.getItemOrNullObject("Gone").getRangeOrNullObject().worksheet;
      sheet.load("id");
      await context.sync();
      expect(range.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it.each(["propagate", "refuse"] as const)(
    "refuses a null object passed as an argument (derivedNullObjects: %s)",
    async (derivedNullObjects) => {
      const host = createExcelHost({ derivedNullObjects });
      const error = await rejection(
        run(host, async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          const empty = sheet.getUsedRangeOrNullObject(true);
          sheet.getRange("A1:B2").getIntersectionOrNullObject(empty).load("address");
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
    }
  );
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

describe("page headers (audit B3, C5)", () => {
  it("limit the assembled '&L…&C…&R…' string to 255 characters, codes counted, not each section", async () => {
    const host = createExcelHost();
    await run(host, async (context) => {
      const headers =
        context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      headers.centerHeader = "ก".repeat(253);
      await context.sync();
    });
    const refused = await rejection(
      run(host, async (context) => {
        const headers =
          context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
        headers.centerHeader = "ก".repeat(254);
        await context.sync();
      })
    );
    expect(refused.code).toBe("InvalidArgument");
    const both = await rejection(
      run(host, async (context) => {
        const headers =
          context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
        headers.centerHeader = "ก".repeat(200);
        headers.leftHeader = "ข".repeat(60);
        await context.sync();
      })
    );
    expect(both.code).toBe("InvalidArgument");
  });
});
