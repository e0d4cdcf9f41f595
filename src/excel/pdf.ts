/**
 * The workbook printed to PDF by Excel itself (Office.context.document.getFileAsync with FileType.Pdf, the
 * PdfFile requirement set): the report sheets as Excel lays them out for print, A4 with their headers and
 * footers. Offered only where the pane can deliver it (`exportOffer`): not on the web, where Excel hands
 * add-ins an empty file, nor on Mac, where the pane cannot save one. An empty file is refused all the same.
 */
import { issueAt, problem, Validated } from "../core";
import type { ExportedReport } from "./actions";
import { offerDownload } from "./download";
import { exportOffer } from "./export-offer";

function pdfIssue(th: string, en: string, code = "pdf-failed"): Validated<ExportedReport> {
  return { ok: false, warnings: [], issues: [issueAt("PDF", problem(code, th, en))] };
}

/** Promise form of Office's callback APIs. */
function whenDone<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error)
    )
  );
}

/** Reads every slice of the file, then closes it (Office keeps at most two files open). */
async function fileBytes(file: Office.File): Promise<Uint8Array> {
  try {
    const parts: number[][] = [];
    for (let index = 0; index < file.sliceCount; index += 1) {
      const slice = await whenDone<Office.Slice>((callback) => file.getSliceAsync(index, callback));
      parts.push(slice.data as number[]);
    }
    const bytes = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return bytes;
  } finally {
    await whenDone<void>((callback) => file.closeAsync(callback));
  }
}

/** Prints the workbook to PDF and saves it to the downloads, where this Excel can deliver it. */
export async function exportWorkbookPdf(fiscalYear: number): Promise<Validated<ExportedReport>> {
  const offer = exportOffer().pdf;
  if (!offer.offered) return { ok: false, warnings: [], issues: [issueAt("PDF", offer.instead)] };
  try {
    const file = await whenDone<Office.File>((callback) =>
      Office.context.document.getFileAsync(Office.FileType.Pdf, { sliceSize: 65536 }, callback)
    );
    const bytes = await fileBytes(file);
    // A PDF starts with "%PDF"; anything shorter or else would be an empty or broken file.
    if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 4)) !== "%PDF") {
      return pdfIssue(
        "Excel ส่งไฟล์ PDF ว่างเปล่ากลับมา จึงไม่ได้ส่งออก โปรดใช้คำสั่ง ไฟล์ (File) › บันทึกเป็น (Save As) แล้วเลือกรูปแบบไฟล์ PDF",
        "Excel returned an empty PDF, so nothing was exported: use Excel's File › Save As and choose PDF as the file format",
        "pdf-empty"
      );
    }
    const fileName = `ITA-${fiscalYear}-report.pdf`;
    offerDownload(bytes, fileName, "application/pdf");
    return { ok: true, value: { fileName, delivery: offer.delivery }, warnings: [] };
  } catch (error) {
    const message =
      error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
    return pdfIssue(`Excel ส่งออกเป็น PDF ไม่สำเร็จ: ${message}`, `Excel could not export the PDF: ${message}`);
  }
}
