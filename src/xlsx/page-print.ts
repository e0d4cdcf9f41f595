/**
 * A layout's page setup in the units and codes of an .xlsx: margins in inches, and the header and footer
 * with Excel's codes (&C centre, &"font,style", &P page, &N pages). Shared by the in-memory writer
 * (render-workbook.ts) and the package writer (write-package.ts), so both print the same page.
 */
import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../core/report/header-footer";
import type { PageSetup } from "../core/report/layout";

const CM_PER_INCH = 2.54;
/** Header and footer distance from the page edge: Excel's default, which the layout leaves open. */
const HEADER_FOOTER_MARGIN_INCHES = 0.3;
/** Excel's column count: a row break spans them all. */
export const MAX_COLUMNS = 16384;

export interface PrintMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

/** The page's margins in inches, as the sheet's page margins hold them. */
export function marginsInInches(page: PageSetup): PrintMargins {
  const inches = (cm: number) => cm / CM_PER_INCH;
  return {
    top: inches(page.margins.top),
    bottom: inches(page.margins.bottom),
    left: inches(page.margins.left),
    right: inches(page.margins.right),
    header: HEADER_FOOTER_MARGIN_INCHES,
    footer: HEADER_FOOTER_MARGIN_INCHES,
  };
}

export interface PageHeaderFooter {
  /** Without a first-page header of its own, a different first page prints none. */
  readonly differentFirst: boolean;
  readonly oddHeader: string;
  readonly oddFooter?: string;
}

/** The header (shortened to Excel's 255 characters, codes included) and the page-x-of-y footer. */
export function headerFooterOf(page: PageSetup, fontName: string): PageHeaderFooter {
  const font = `&"${fontName.replace(/"/g, "")},Regular"`;
  const header = `&C${font}`;
  return {
    differentFirst: page.headerSkipsFirstPage === true,
    oddHeader: `${header}${headerFooterText(page.headerCenter, MAX_HEADER_FOOTER_LENGTH - header.length)}`,
    ...(page.footerPageNumbers ? { oddFooter: `&C${font}หน้า &P จาก &N` } : {}),
  };
}
