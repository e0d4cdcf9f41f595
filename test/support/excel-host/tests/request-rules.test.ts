/**
 * The in-memory Excel host's own tests of how it answers requests as Office.js does: the proxy rules,
 * errors at sync, the requirement sets, the size of an answer, and objects derived from a null object.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

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
