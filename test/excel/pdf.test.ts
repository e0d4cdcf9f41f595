/** @jest-environment jsdom */
import { offerDownload } from "../../src/excel/download";
import { exportWorkbookPdf } from "../../src/excel/pdf";
import { createExcelHost, type ExcelHost, type HostPlatform } from "../support/excel-host";

let host: ExcelHost;
let uninstall: () => void = () => undefined;

function openExcel(platform: HostPlatform): ExcelHost {
  uninstall();
  host = createExcelHost({ platform });
  uninstall = host.install();
  return host;
}

afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("exportWorkbookPdf on Excel for Windows", () => {
  it("reads every slice, closes the file and saves the PDF to the downloads", async () => {
    openExcel("PC");
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome).toEqual({
      ok: true,
      value: { fileName: "ITA-2565-report.pdf", delivery: "download" },
      warnings: [],
    });
    expect(host.openFileCount).toBe(0);
    expect(host.downloads.map(({ fileName, type }) => ({ fileName, type }))).toEqual([
      { fileName: "ITA-2565-report.pdf", type: "application/pdf" },
    ]);
    // The host's print is some 150 KB: three 64 KB slices, all of them in the file saved.
    const saved = host.downloads[0];
    expect(saved?.size).toBeGreaterThan(2 * 65536);
    const text = await blobText(saved?.blob ?? new Blob());
    expect(text.startsWith("%PDF-1.7")).toBe(true);
    expect(text.endsWith("%%EOF\n")).toBe(true);
  });

  it("closes each file, so that exporting again and again stays under Office's two open files", async () => {
    openExcel("PC");
    for (let attempt = 0; attempt < 3; attempt++) expect((await exportWorkbookPdf(2565)).ok).toBe(true);
    expect(host.downloads).toHaveLength(3);
  });

  it("refuses an empty file rather than handing it over, and says what to do instead", async () => {
    openExcel("PC").setPdfOutput("empty");
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["pdf-empty"]);
    if (!outcome.ok) expect(outcome.issues[0]?.messageEn).toContain("File › Save As");
    expect(host.downloads).toEqual([]);
    expect(host.openFileCount).toBe(0);
  });

  it("closes the file when a slice fails, and says what Excel said", async () => {
    openExcel("PC").setPdfOutput({ sliceFailure: "slice lost" });
    const outcome = await exportWorkbookPdf(2565);
    expect(!outcome.ok && outcome.issues[0]?.messageEn).toContain("slice lost");
    expect(host.openFileCount).toBe(0);
    expect(host.downloads).toEqual([]);
  });

  it("says what Excel said when it cannot print", async () => {
    openExcel("PC").setPdfOutput({ failure: "print failed" });
    const outcome = await exportWorkbookPdf(2565);
    expect(!outcome.ok && outcome.issues[0]?.messageEn).toContain("print failed");
  });
});

describe("exportWorkbookPdf where the pane cannot deliver a PDF", () => {
  it("on Excel for Mac, never says the PDF was offered as a download: it says to use File › Save As › PDF", async () => {
    openExcel("Mac");
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["pdf-mac"]);
    if (!outcome.ok) {
      expect(outcome.issues[0]?.messageEn).toContain("File › Save As");
      expect(outcome.issues[0]?.messageTh).toContain("PDF");
    }
    expect(host.downloads).toEqual([]);
    expect(host.openFileCount).toBe(0);
  });

  it("on Excel on the web, does not ask for the empty PDF Excel would give: it says to use File › Export", async () => {
    openExcel("OfficeOnline");
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["pdf-web"]);
    if (!outcome.ok) expect(outcome.issues[0]?.messageEn).toContain("File › Export");
    expect(host.downloads).toEqual([]);
    expect(host.openFileCount).toBe(0);
  });

  it("on an Excel without the PdfFile set (iPad), says to use Excel's own Save As", async () => {
    openExcel("iOS");
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["pdf-unsupported"]);
  });
});

describe("the host's platforms, as strict as real Excel", () => {
  it("Excel for Mac saves nothing from a download link, silently; Windows and the web save it", () => {
    for (const [platform, saved] of [
      ["Mac", 0],
      ["PC", 1],
      ["OfficeOnline", 1],
    ] as const) {
      openExcel(platform);
      offerDownload(new Uint8Array([37, 80, 68, 70, 45]), "a.pdf", "application/pdf");
      expect([platform, host.downloads.length]).toEqual([platform, saved]);
    }
  });

  it("lets a click on a plain link through, and puts the browser back when uninstalled", () => {
    openExcel("Mac");
    const link = document.createElement("a");
    const clicked = jest.fn();
    link.addEventListener("click", (event) => {
      event.preventDefault();
      clicked();
    });
    link.click();
    uninstall();
    uninstall = () => undefined;
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(Object.prototype.hasOwnProperty.call(HTMLAnchorElement.prototype, "click")).toBe(false);
    expect(typeof Office).toBe("undefined");
  });

  it("Excel on the web hands the add-in an empty PDF and says it succeeded", async () => {
    openExcel("OfficeOnline");
    const file = await new Promise<{ size: number; sliceCount: number }>((resolve) =>
      Office.context.document.getFileAsync(Office.FileType.Pdf, { sliceSize: 65536 }, (result) =>
        resolve(result.value)
      )
    );
    expect(Office.context.platform).toBe(Office.PlatformType.OfficeOnline);
    expect([file.size, file.sliceCount]).toEqual([0, 0]);
    expect(host.openFileCount).toBe(1);
  });

  it("keeps at most two files open, as Office does", async () => {
    openExcel("PC");
    const statuses: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push(
        await new Promise<string>((resolve) =>
          Office.context.document.getFileAsync(Office.FileType.Pdf, {}, (result) =>
            resolve(String(result.status))
          )
        )
      );
    }
    expect(statuses).toEqual(["succeeded", "succeeded", "failed"]);
  });
});
