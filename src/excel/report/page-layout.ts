/**
 * A layout's print setup on the sheet: A4, orientation, margins, fit to pages, print titles, header and
 * footer, page breaks and print area (ExcelApi 1.9), and the warning when this Excel cannot set them.
 */
import { issueAt, problem, ValidationIssue } from "../../core";
import { PageSetup } from "../../core/report/layout";
import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../../core/report/header-footer";
import { mergeRect, rangeOf } from "./sheet-rects";

const POINTS_PER_CM = 72 / 2.54;

export function queuePageLayout(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation =
    page.orientation === "portrait" ? Excel.PageOrientation.portrait : Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.topMargin = page.margins.top * POINTS_PER_CM;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_CM;
  layout.leftMargin = page.margins.left * POINTS_PER_CM;
  layout.rightMargin = page.margins.right * POINTS_PER_CM;
  // One page wide; 0 pages tall means "automatic", as many pages as the rows need (OOXML fitToHeight="0").
  // A paginated sheet prints at 100 %: Excel ignores manual page breaks under "Fit to".
  layout.zoom = page.fitToPagesWide
    ? { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 }
    : { scale: 100 };
  if (page.repeatRows) layout.setPrintTitleRows(`$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`);
  const headersFooters = layout.headersFooters;
  // The first page's own header stays empty: a title page carries no running header.
  if (page.headerSkipsFirstPage) headersFooters.state = Excel.HeaderFooterState.firstAndDefault;
  const headerFooter = headersFooters.defaultForAllPages;
  // Excel's 255 characters are for the assembled "&L…&C…&R…" header: "&C" takes two (audit B3), the
  // same room the .xlsx renderer leaves.
  headerFooter.centerHeader = headerFooterText(page.headerCenter, MAX_HEADER_FOOTER_LENGTH - "&C".length);
  // &P is the page number and &N the number of pages.
  if (page.footerPageNumbers) headerFooter.centerFooter = "หน้า &P จาก &N";
  for (const row of page.rowBreaks ?? [])
    sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  layout.setPrintArea(rangeOf(sheet, mergeRect(page.printArea)));
}

export function pageLayoutWarning(): ValidationIssue {
  return issueAt(
    "Excel",
    problem(
      "print-layout-unsupported",
      "Excel รุ่นนี้ไม่รองรับการตั้งค่าหน้ากระดาษผ่านส่วนเสริม (ต้องการ ExcelApi 1.9) รายงานถูกสร้างแล้ว แต่ยังไม่ได้ตั้งขนาด A4 ขอบกระดาษ หัวกระดาษ และพื้นที่พิมพ์",
      "this Excel cannot set the page layout from an add-in (it needs ExcelApi 1.9): the report was written, but A4, margins, header, footer and print area were not set"
    )
  );
}
