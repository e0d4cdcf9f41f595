/**
 * A report sheet in Thai digits (ITA.md §5: customary in running text): every text of every block, the
 * item codes excepted (review M5: "o๑๑" reads as "๐๑๑"); numbers keep their number formats, which show
 * Thai digits themselves. Both the analysis and the implementation report go through here.
 */
import { Digits } from "./layout";
import { ReportBlock, ReportSheet, TableValue } from "./model";
import { toThaiDigitsKeepingCodes } from "./report-context";

/** Thai digits in every text of a sheet, when asked, item codes kept (numbers keep their number formats). */
export function withDigits(sheet: ReportSheet, digits: Digits): ReportSheet {
  if (digits === "arabic") return sheet;
  const text = toThaiDigitsKeepingCodes;
  const cell = (value: TableValue | null): TableValue | null =>
    typeof value === "string" ? text(value) : value;
  return {
    ...sheet,
    headerCenter: text(sheet.headerCenter),
    blocks: sheet.blocks.map((block): ReportBlock => {
      switch (block.kind) {
        case "title":
        case "heading":
        case "paragraph":
          return { ...block, text: text(block.text) };
        case "table":
          return {
            ...block,
            header: block.header.map(text),
            rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(cell) })),
          };
        case "chart":
          return {
            ...block,
            title: text(block.title),
            categories: block.categories.map(text),
            series: block.series.map((series) => ({ ...series, name: text(series.name) })),
          };
        case "contents":
          return { ...block, entries: block.entries.map((entry) => ({ ...entry, text: text(entry.text) })) };
      }
    }),
  };
}
