/** The in-memory Excel host's own tests of printing: manual page breaks, page layout and page headers. */
/* eslint-disable office-addins/load-object-before-read -- these tests read unloaded properties on purpose, to prove the host throws as Office.js does */
import { createExcelHost } from "../index";
import { rejection, run } from "./excel-run";

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
