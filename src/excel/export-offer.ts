/**
 * What this Excel can deliver of the exported report, by platform (`Office.context.platform`) and
 * requirement sets; for what it cannot, what the officer does in Excel instead. The pane shows only the
 * exports offered, and the actions refuse the others with the same words.
 */
import { problem } from "../core";
import type { ExcelPlatform, ExportAvailability, ExportOffer } from "./actions";
import { supportsExcelApi } from "./run-excel";

/** Where Excel runs; "other" for iPad, Android, WinRT and outside Office. */
export function excelPlatform(): ExcelPlatform {
  if (typeof Office === "undefined") return "other";
  switch (String(Office.context?.platform)) {
    case "PC":
      return "windows";
    case "Mac":
      return "mac";
    case "OfficeOnline":
      return "web";
    default:
      return "other";
  }
}

/**
 * Whether a download link in the pane saves a file. Windows (WebView2) and browsers do; Excel for Mac's
 * WKWebView ignores it without an error (office-js#2700, closed "by design"; #3385). iPad and Android are
 * taken to behave as Mac.
 */
function savesDownloads(platform: ExcelPlatform): boolean {
  return platform === "windows" || platform === "web";
}

const PDF_ON_THE_WEB = problem(
  "pdf-web",
  "Excel บนเว็บส่งไฟล์ PDF ว่างเปล่าให้ส่วนเสริม จึงไม่มีปุ่ม PDF ที่นี่ โปรดใช้คำสั่ง ไฟล์ (File) › ส่งออก (Export) › ดาวน์โหลดเป็น PDF ของ Excel",
  "Excel on the web gives add-ins an empty PDF, so this pane offers none: use Excel's File › Export › Download as PDF"
);

const PDF_ON_MAC = problem(
  "pdf-mac",
  "Excel for Mac ไม่ให้บานหน้าต่างของส่วนเสริมบันทึกไฟล์ จึงไม่มีปุ่ม PDF ที่นี่ โปรดใช้คำสั่ง ไฟล์ (File) › บันทึกเป็น (Save As) แล้วเลือกรูปแบบไฟล์ PDF",
  "Excel for Mac does not let an add-in's pane save files, so this pane offers no PDF: use Excel's File › Save As and choose PDF as the file format"
);

const PDF_UNSUPPORTED = problem(
  "pdf-unsupported",
  "Excel รุ่นนี้พิมพ์สมุดงานเป็น PDF ให้ส่วนเสริมไม่ได้ โปรดใช้คำสั่ง ไฟล์ (File) › บันทึกเป็น (Save As) แล้วเลือกรูปแบบไฟล์ PDF",
  "this Excel cannot print the workbook to PDF for an add-in: use Excel's File › Save As and choose PDF as the file format"
);

const XLSX_UNAVAILABLE = problem(
  "xlsx-unavailable",
  "Excel รุ่นนี้เปิดสมุดงานใหม่ให้ส่วนเสริมไม่ได้ และบานหน้าต่างนี้บันทึกไฟล์ไม่ได้ โปรดกดสร้างแผ่นงานรายงาน แล้วใช้คำสั่ง ไฟล์ (File) › บันทึกเป็น (Save As) ของ Excel เพื่อเก็บสำเนา",
  "this Excel cannot open a new workbook for an add-in and this pane cannot save files: use Generate report sheets, then Excel's File › Save As to keep a copy"
);

/** Printing the workbook to PDF: only on Windows, where Excel prints it (PdfFile) and the pane can save it. */
function pdfAvailability(platform: ExcelPlatform): ExportAvailability {
  if (platform === "web") return { offered: false, instead: PDF_ON_THE_WEB };
  if (platform === "mac") return { offered: false, instead: PDF_ON_MAC };
  // The PDF reaches the officer as a download, so only where the pane can save one.
  const printsPdf =
    savesDownloads(platform) && Office.context.requirements?.isSetSupported("PdfFile") === true;
  return printsPdf ? { offered: true, delivery: "download" } : { offered: false, instead: PDF_UNSUPPORTED };
}

/**
 * The .xlsx: opened as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8, always there under the
 * manifest's SharedRuntime floor of ExcelApi 1.10); nothing outside Excel.
 */
function xlsxAvailability(platform: ExcelPlatform): ExportAvailability {
  if (!supportsExcelApi("1.10")) return { offered: false, instead: XLSX_UNAVAILABLE };
  // Excel for Mac opens the new window behind the current one (office-js#6943).
  return { offered: true, delivery: platform === "mac" ? "new-workbook-behind" : "new-workbook" };
}

/**
 * The exports this Excel can deliver, and for the others what to do instead.
 *
 * @example
 * exportOffer() // on Excel for Mac:
 * // { platform: "mac", xlsx: { offered: true, delivery: "new-workbook-behind" },
 * //   pdf: { offered: false, instead: { code: "pdf-mac", … } } }
 */
export function exportOffer(): ExportOffer {
  const platform = excelPlatform();
  return { platform, xlsx: xlsxAvailability(platform), pdf: pdfAvailability(platform) };
}
