/** The in-memory Excel host's own tests of hidden rows and columns, and of the AutoFilter that hides rows. */
/* eslint-disable office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

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
