/**
 * Large workbooks (`ita batch`: a row per agency, 8,317 of them for the whole country) written straight
 * from their `SheetLayout`s as SpreadsheetML, zipped with node's zlib: the same cells, styles, merges,
 * sizes, page setup, print names and charts as `renderWorkbook` (a test holds the two to the same
 * workbook). ExcelJS's in-memory writer kept an object per cell and took twice as long as its streaming
 * writer; the streaming writer, with styles, still took 1.4 times as long as it takes bare, mostly in
 * building an object model for each row only to print it. Here a row is printed from the layout directly.
 * Node only (zip-writer.ts); the browser's export keeps `renderWorkbook`.
 */
import { writeFile } from "node:fs/promises";
import { columnLetters } from "../core/a1";
import type { Digits, LaidOutCell, SheetLayout } from "../core/report/layout";
import officeThemeXml from "exceljs/lib/xlsx/xml/theme1";
import { addChartsAndPrintNames } from "./package-completion";
import { InvalidLayoutError } from "./invalid-layout-error";
import { ItaWorkbookKind, itaMark } from "./ita-mark";
import { headerFooterOf, marginsInInches, MAX_COLUMNS } from "./page-print";
import { StyleSheet } from "./style-sheet";
import { escapeXml } from "./xml-text";
import { ZipWriter } from "./zip-writer";

export interface WritePackageOptions {
  /** Thai or Arabic digits in the number formats; the cells stay numeric either way. */
  readonly digits: Digits;
  /** The file's author (document properties); "ITA" when absent. */
  readonly creator?: string;
  /** What ita writes, marked in the document properties so that ita knows the file as its own. */
  readonly kind: ItaWorkbookKind;
  /** The creation time in the document properties; now when absent. */
  readonly now?: Date;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A cell's text: kept exactly, surrounding spaces and line breaks included. */
function inlineString(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${preserve}>${escapeXml(text)}</t></is>`;
}

function cellXml(reference: string, style: number, value: string | number | undefined): string {
  if (value === undefined) return `<c r="${reference}" s="${style}"/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new InvalidLayoutError(`cell ${reference} holds ${value}, not a number Excel can store`);
    return `<c r="${reference}" s="${style}"><v>${value}</v></c>`;
  }
  // Always text, never a formula, even when it starts with "=".
  return `<c r="${reference}" s="${style}" t="inlineStr">${inlineString(value)}</c>`;
}

/** Columns with their widths, runs of equal widths as one `<col>`, as Excel writes them. */
function columnsXml(widths: readonly number[]): string {
  const runs: string[] = [];
  for (let first = 0; first < widths.length;) {
    let last = first;
    while (last + 1 < widths.length && widths[last + 1] === widths[first]) last += 1;
    runs.push(`<col min="${first + 1}" max="${last + 1}" width="${widths[first]}" customWidth="1"/>`);
    first = last + 1;
  }
  return runs.length > 0 ? `<cols>${runs.join("")}</cols>` : "";
}

interface SheetCell {
  readonly column: number;
  readonly style: number;
  readonly value?: string | number;
}

/**
 * The sheet's cells by row, rows ascending, each row's cells by column. The cells a merge covers other
 * than its first hold no value and the first cell's style, as Excel keeps them (borders of a merged table
 * cell are drawn by every cell under it).
 */
function rowsOf(layout: SheetLayout, styleOf: (cell: LaidOutCell) => number): Map<number, SheetCell[]> {
  const rows = new Map<number, SheetCell[]>();
  const put = (row: number, cell: SheetCell) => {
    const cells = rows.get(row);
    if (cells) cells.push(cell);
    else rows.set(row, [cell]);
  };
  const firsts = new Map<number, LaidOutCell>();
  const covered = new Set<number>();
  for (const merge of layout.merges) {
    firsts.set(merge.row * MAX_COLUMNS + merge.column, {
      row: merge.row,
      column: merge.column,
      value: "",
    });
    for (let r = merge.row; r < merge.row + merge.rowCount; r += 1) {
      for (let c = merge.column; c < merge.column + merge.columnCount; c += 1) {
        if (r !== merge.row || c !== merge.column) covered.add(r * MAX_COLUMNS + c);
      }
    }
  }
  for (const cell of layout.cells) {
    const key = cell.row * MAX_COLUMNS + cell.column;
    if (covered.has(key)) continue;
    if (firsts.has(key)) firsts.set(key, cell);
    put(cell.row, { column: cell.column, style: styleOf(cell), value: cell.value });
  }
  for (const merge of layout.merges) {
    const first = firsts.get(merge.row * MAX_COLUMNS + merge.column);
    const style = first ? styleOf(first) : 0;
    for (let r = merge.row; r < merge.row + merge.rowCount; r += 1) {
      for (let c = merge.column; c < merge.column + merge.columnCount; c += 1) {
        if (r !== merge.row || c !== merge.column) put(r, { column: c, style });
      }
    }
  }
  for (const cells of rows.values()) cells.sort((a, b) => a.column - b.column);
  return rows;
}

function pageXml(layout: SheetLayout): string {
  const { page } = layout;
  const margins = marginsInInches(page);
  const fit = page.fitToPagesWide
    ? ` fitToWidth="${page.fitToPagesWide}" fitToHeight="0"`
    : // Excel ignores manual page breaks under "Fit to": a paginated sheet prints at 100 %.
      ' scale="100"';
  const { differentFirst, oddHeader, oddFooter } = headerFooterOf(page, layout.fontName);
  const breaks = page.rowBreaks ?? [];
  return (
    `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" ` +
    `header="${margins.header}" footer="${margins.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}"${fit}/>` +
    `<headerFooter${differentFirst ? ' differentFirst="1"' : ""}><oddHeader>${escapeXml(oddHeader)}</oddHeader>` +
    `${oddFooter === undefined ? "" : `<oddFooter>${escapeXml(oddFooter)}</oddFooter>`}</headerFooter>` +
    (breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((row) => `<brk id="${row}" max="${MAX_COLUMNS - 1}" man="1"/>`).join("") +
        "</rowBreaks>"
      : "")
  );
}

/** Rows printed per piece of a sheet: enough to keep the compressor busy, few enough to stay small. */
const ROWS_PER_PIECE = 512;

/** A worksheet part in pieces, printed row by row from the layout. */
function* sheetXml(layout: SheetLayout, styles: StyleSheet, digits: Digits): Generator<string> {
  const styleOf = styles.styleOf(layout.fontName, digits);
  const rows = rowsOf(layout, styleOf);
  const heights = new Map((layout.rowHeights ?? []).map(({ row, points }) => [row, points]));
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const letters = layout.columnWidths.map((_, column) => columnLetters(column));
  yield (
    `${XML_HEADER}<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    (layout.page.fitToPagesWide ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(layout.columnWidths) +
    "<sheetData>"
  );
  let piece = "";
  for (const [i, row] of rowNumbers.entries()) {
    const number = row + 1;
    const height = heights.get(row);
    piece += `<row r="${number}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}`;
    const cells = rows.get(row);
    if (!cells) {
      piece += "/>";
    } else {
      piece += ">";
      for (const cell of cells) {
        const letter = letters[cell.column] ?? columnLetters(cell.column);
        piece += cellXml(`${letter}${number}`, cell.style, cell.value);
      }
      piece += "</row>";
    }
    if ((i + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield piece;
  let tail = "</sheetData>";
  if (layout.merges.length > 0) {
    const refs = layout.merges.map((merge) => {
      const first = `${columnLetters(merge.column)}${merge.row + 1}`;
      const last = `${columnLetters(merge.column + merge.columnCount - 1)}${merge.row + merge.rowCount}`;
      return `<mergeCell ref="${first}:${last}"/>`;
    });
    tail += `<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>`;
  }
  yield `${tail}${pageXml(layout)}</worksheet>`;
}

/** The package's other parts: content types, relationships, workbook and document properties. */
function packageParts(layouts: readonly SheetLayout[], options: WritePackageOptions): Map<string, string> {
  const now = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const sheets = layouts.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const contentTypes =
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map(
        (path) =>
          `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("") +
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>";
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const creator = escapeXml(options.creator ?? "ITA");
  return new Map([
    ["[Content_Types].xml", contentTypes],
    [
      "_rels/.rels",
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        relationship("rId1", `${officeDocument}/officeDocument`, "xl/workbook.xml") +
        relationship(
          "rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml"
        ) +
        relationship("rId3", `${officeDocument}/extended-properties`, "docProps/app.xml") +
        "</Relationships>",
    ],
    [
      "docProps/core.xml",
      `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${creator}</dc:creator><cp:category>${itaMark(options.kind)}</cp:category>` +
        `<cp:lastModifiedBy>${creator}</cp:lastModifiedBy>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      "docProps/app.xml",
      `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
        "<Application>ita</Application></Properties>",
    ],
    [
      "xl/workbook.xml",
      `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        layouts
          .map(
            (layout, i) => `<sheet name="${escapeXml(layout.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
          )
          .join("") +
        '</sheets><calcPr calcId="171027"/></workbook>',
    ],
    // The default Office theme, as ExcelJS writes it: a chart's series take their colours from the theme's
    // accents, and without a theme LibreOffice draws the bars in no colour at all.
    ["xl/theme/theme1.xml", officeThemeXml],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        sheets
          .map((path, i) =>
            relationship(`rId${i + 1}`, `${officeDocument}/worksheet`, path.slice("xl/".length))
          )
          .join("") +
        relationship(`rId${sheets.length + 1}`, `${officeDocument}/styles`, "styles.xml") +
        relationship(`rId${sheets.length + 2}`, `${officeDocument}/theme`, "theme/theme1.xml") +
        "</Relationships>",
    ],
  ]);
}

/**
 * Writes `layouts` to `filename` as one .xlsx, with their charts and print names. Give a temporary path and
 * rename it afterwards for an atomic result.
 *
 * @example
 * await writeWorkbookPackage(batchSheetLayouts(summary), ".ita-batch.xlsx.tmp", { digits: "arabic", kind: "batch" });
 *
 * @throws InvalidLayoutError when there is no sheet, a cell holds a number Excel cannot store, or a chart
 * does not fit its data.
 */
export async function writeWorkbookPackage(
  layouts: readonly SheetLayout[],
  filename: string,
  options: WritePackageOptions
): Promise<void> {
  if (layouts.length === 0)
    throw new InvalidLayoutError("a workbook needs at least one sheet; Excel opens none without");
  const parts = new ZipWriter();
  for (const [path, xml] of packageParts(layouts, options)) parts.write(path, xml);
  const styles = new StyleSheet();
  for (const [i, layout] of layouts.entries()) {
    await parts.writePieces(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(layout, styles, options.digits));
  }
  parts.write("xl/styles.xml", styles.xml());
  await addChartsAndPrintNames(parts, layouts, options.digits);
  await writeFile(filename, parts.toBuffer(options.now));
}
