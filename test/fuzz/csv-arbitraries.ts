/**
 * Fuzz generators for CSV input: grids of cells written with every delimiter, line end, quoting and BOM,
 * arbitrary text with CSV's special characters, and batch files of many agencies (`ita batch`).
 */
import fc from "fast-check";
import { cellText, fiscalYearValue, scoreCell } from "./cell-arbitraries";

/** A CSV cell: anything, including the delimiters, quotes and line breaks that need quoting. */
const csvCell: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: cellText, weight: 6 },
  {
    arbitrary: fc.constantFrom('"', '""', "a,b", "a;b", "a\tb", "line\nbreak", "cr\rhere", '"quoted"', " "),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom("ตัวชี้วัด", "คะแนน 2565", "คะแนน ๒๕๖๔", "ปีก่อน", "agency", "fiscalYear", "ind1"),
    weight: 1,
  }
);

/** A grid of CSV cells and how to write it: the delimiter, line ends, quoting, a BOM. */
export const csvTable = fc.record({
  rows: fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 14 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r"),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  trailingLineEnd: fc.boolean(),
});

export type CsvTable = typeof csvTable extends fc.Arbitrary<infer T> ? T : never;

/** Writes a grid as CSV; cells that need it are quoted, quotes doubled. */
export function writeCsv(table: CsvTable): string {
  const quote = (cell: string) =>
    table.quoteAll || /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const body = table.rows.map((row) => row.map(quote).join(table.delimiter)).join(table.lineEnd);
  return `${table.bom ? "\ufeff" : ""}${body}${table.trailingLineEnd ? table.lineEnd : ""}`;
}

/** CSV text: written from a grid, or arbitrary text with CSV's special characters in it. */
export const csvText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: csvTable.map(writeCsv), weight: 4 },
  {
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(",", ";", "\t", '"', "\n", "\r", "\r\n", "\ufeff", "๙๑.๒๑", "91.21"),
          fc.string({ maxLength: 6 })
        ),
        {
          maxLength: 40,
        }
      )
      .map((parts) => parts.join("")),
    weight: 2,
  }
);

const BATCH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Header names of the batch file, English and Thai, with the odd unknown or repeated one. */
const batchHeader = fc
  .record({
    thai: fc.boolean(),
    previous: fc.boolean(),
    drop: fc.array(fc.nat(25), { maxLength: 2 }),
    extra: fc.array(fc.constantFrom("note", "ind11", "ind1", "prev0", "ตัวชี้วัดที่ ๑๑"), { maxLength: 2 }),
  })
  .map(({ thai, previous, drop, extra }) => {
    const names = thai
      ? ["หน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ", ...BATCH_NUMBERS.map((n) => `ตัวชี้วัดที่ ${n}`)]
      : ["agency", "type", "province", "fiscalYear", ...BATCH_NUMBERS.map((n) => `ind${n}`)];
    const previousNames = previous
      ? thai
        ? ["ปีก่อน", ...BATCH_NUMBERS.map((n) => `ปีก่อน${n}`)]
        : ["previousFiscalYear", ...BATCH_NUMBERS.map((n) => `prev${n}`)]
      : [];
    return [...names, ...previousNames].filter((_, i) => !drop.includes(i)).concat(extra);
  });

/** What a CSV cell holds for a value: its text; objects and dates have no CSV form and leave it empty. */
function csvTextOf(value: unknown): string {
  return typeof value === "object" || value === undefined ? "" : String(value);
}

/** A batch file (`ita batch`, "many agencies"): a header and agencies with mostly valid values. */
export const batchCsvText: fc.Arbitrary<string> = fc
  .record({
    header: batchHeader,
    rows: fc.array(
      fc.record({
        agency: fc.oneof(
          fc.constantFrom("เทศบาลตำบลด่านเกวียน", "อบต. หนองบัว", ""),
          fc.string({ maxLength: 10 })
        ),
        type: fc.constantFrom("เทศบาล", "อบต.", ""),
        province: fc.constantFrom("นครราชสีมา", "ขอนแก่น", "", "  "),
        year: fiscalYearValue.map(csvTextOf),
        scores: fc.array(scoreCell.map(csvTextOf), {
          minLength: 21,
          maxLength: 21,
        }),
      }),
      { maxLength: 12 }
    ),
    table: csvTable,
  })
  .map(({ header, rows, table }) =>
    writeCsv({
      ...table,
      rows: [
        header,
        ...rows.map((row) => [
          row.agency,
          row.type,
          row.province,
          row.year,
          ...row.scores.slice(0, 10),
          String(Number(row.year) - 1),
          ...row.scores.slice(10, 20),
        ]),
      ],
    })
  );
