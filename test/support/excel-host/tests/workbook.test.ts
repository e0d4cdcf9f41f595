/**
 * The in-memory Excel host's own tests of the workbook: its objects, snapshots, names that follow their
 * sheet, a workbook open read-only, structure protection, and closing and reopening.
 */
/* eslint-disable office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

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
