/** The in-memory Excel host's own tests of charts. */
/* eslint-disable office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

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
