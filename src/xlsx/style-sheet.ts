/**
 * The styles part (xl/styles.xml) of a package written from layouts: each distinct cell style once, as an
 * index cells refer to by `s`. Fonts, fills, borders and number formats are shared the same way. The
 * same styles as `renderWorkbook`'s (render-workbook.ts styleCache): the layout's font and size, bold,
 * colour, solid fill, thin borders, alignment and wrapping, and the number format in the chosen digits.
 */
import { numberFormatFor, type CellStyle, type Digits, type LaidOutCell } from "../core/report/layout";
import { escapeXml } from "./xml-text";

/** Points: a cell's font size when its style gives none (TH Sarabun New 16 pt, official documents). */
const DEFAULT_FONT_SIZE = 16;
/** Custom number formats are numbered from 164; lower numbers are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** A table of distinct XML entries, each with its index. */
class Indexed {
  private readonly ids = new Map<string, number>();
  constructor(private readonly entries: string[]) {
    entries.forEach((entry, i) => this.ids.set(entry, i));
  }
  idOf(entry: string): number {
    let id = this.ids.get(entry);
    if (id === undefined) {
      id = this.entries.length;
      this.entries.push(entry);
      this.ids.set(entry, id);
    }
    return id;
  }
  get all(): readonly string[] {
    return this.entries;
  }
}

export class StyleSheet {
  // Index 0 of each table is Excel's default; fills 0 and 1 are reserved ("none" and "gray125").
  private readonly fonts = new Indexed(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Indexed([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Indexed(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /**
   * The style index of a sheet's cells, in its font and digits. Looked up by the layout's style object
   * first (layouts share one object among many cells) and by content only for an object not seen before.
   */
  styleOf(fontName: string, digits: Digits): (cell: LaidOutCell) => number {
    const byObject = new Map<CellStyle | undefined, Map<string, number>>();
    return (cell) => {
      const numberStyle = cell.numberStyle ?? "";
      let formats = byObject.get(cell.style);
      const known = formats?.get(numberStyle);
      if (known !== undefined) return known;
      const id = this.xfId(
        cell.style ?? {},
        cell.numberStyle ? numberFormatFor(cell.numberStyle, digits) : undefined,
        fontName
      );
      if (!formats) byObject.set(cell.style, (formats = new Map()));
      formats.set(numberStyle, id);
      return id;
    };
  }

  private xfId(style: CellStyle, format: string | undefined, fontName: string): number {
    const font = this.fonts.idOf(
      `<font>${style.bold ? "<b/>" : ""}<sz val="${style.fontSize ?? DEFAULT_FONT_SIZE}"/>` +
        `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}<name val="${escapeXml(fontName)}"/></font>`
    );
    const fill = style.fill
      ? this.fills.idOf(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
        )
      : 0;
    const border = style.border
      ? this.borders.idOf(
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
        )
      : 0;
    let numberFormat = 0;
    if (format !== undefined) {
      numberFormat = this.formats.get(format) ?? FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(format, numberFormat);
    }
    const alignment = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.vertical ? ` vertical="${style.vertical}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applies = [
      ' applyFont="1"',
      fill ? ' applyFill="1"' : "",
      border ? ' applyBorder="1"' : "",
      numberFormat ? ' applyNumberFormat="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const open = `<xf numFmtId="${numberFormat}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    return this.xfs.idOf(alignment ? `${open}><alignment${alignment}/></xf>` : `${open}/>`);
  }

  /** The styles part. */
  xml(): string {
    const list = (tag: string, entries: readonly string[]) =>
      `<${tag} count="${entries.length}">${entries.join("")}</${tag}>`;
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.all) +
      list("fills", this.fills.all) +
      list("borders", this.borders.all) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.all) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
