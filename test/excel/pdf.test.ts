/** @jest-environment jsdom */
import { canExportPdf, exportWorkbookPdf } from "../../src/excel/pdf";

interface FakeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: unknown) => void): void;
  closeAsync(callback: (result: unknown) => void): void;
}

function installOffice(pdf: number[] | "fail", supported = true) {
  const closed: boolean[] = [];
  const slices = pdf === "fail" ? [] : [pdf.slice(0, 3), pdf.slice(3)];
  const ok = (value: unknown) => ({ status: "succeeded", value });
  const file: FakeFile = {
    size: pdf === "fail" ? 0 : pdf.length,
    sliceCount: slices.length,
    getSliceAsync: (index, callback) =>
      callback(ok({ data: slices[index], index, size: slices[index]?.length })),
    closeAsync: (callback) => {
      closed.push(true);
      callback(ok(undefined));
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Pdf: "pdf" },
    context: {
      requirements: { isSetSupported: (name: string) => supported && name === "PdfFile" },
      document: {
        getFileAsync: (_type: string, _options: unknown, callback: (result: unknown) => void) =>
          callback(pdf === "fail" ? { status: "failed", error: { message: "print failed" } } : ok(file)),
      },
    },
  };
  return closed;
}

const downloads: string[] = [];
beforeAll(() => {
  URL.createObjectURL = () => "blob:pdf";
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    downloads.push(this.download);
  };
});
afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  downloads.length = 0;
});

const pdfBytes = [...Buffer.from("%PDF-1.7 test")];

describe("exportWorkbookPdf", () => {
  it("reads every slice, closes the file and offers the PDF", async () => {
    const closed = installOffice(pdfBytes);
    expect(canExportPdf()).toBe(true);
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome).toEqual({
      ok: true,
      value: { fileName: "ITA-2565-report.pdf", delivery: "download" },
      warnings: [],
    });
    expect(closed).toEqual([true]);
    expect(downloads).toEqual(["ITA-2565-report.pdf"]);
  });

  it("refuses an empty file rather than handing it over", async () => {
    installOffice([]);
    const outcome = await exportWorkbookPdf(2565);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]?.code).toBe("pdf-empty");
    expect(downloads).toEqual([]);
  });

  it("says so where Excel cannot give the add-in a PDF, or fails to", async () => {
    installOffice(pdfBytes, false);
    expect(canExportPdf()).toBe(false);
    const unsupported = await exportWorkbookPdf(2565);
    expect(!unsupported.ok && unsupported.issues[0]?.code).toBe("pdf-unsupported");
    installOffice("fail");
    const failed = await exportWorkbookPdf(2565);
    expect(!failed.ok && failed.issues[0]?.messageEn).toContain("print failed");
  });
});
