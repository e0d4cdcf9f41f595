/**
 * Generators for the many-agencies table: a header in English or Thai, agencies with their scores and last
 * year's, and cells typed where the results would go.
 */
import fc from "fast-check";
import { formulaLikeText, thaiPhrase, userText } from "./text-generators";
import { scoreInput, ScoreSeed, yearOfScores } from "./score-block-generators";

// ---- many agencies -----------------------------------------------------------------------------------

const BATCH_HEADER_EN = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...Array.from({ length: 10 }, (_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...Array.from({ length: 10 }, (_, i) => `prev${i + 1}`),
];
const BATCH_HEADER_TH = [
  "หน่วยงาน",
  "ประเภท",
  "จังหวัด",
  "ปีงบประมาณ",
  ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
  "ปีก่อน",
  ...Array.from({ length: 10 }, (_, i) => `ปีก่อน ${i + 1}`),
];

interface AgencyRowSeed {
  readonly agency: string;
  readonly province: string;
  readonly year: number;
  readonly scores: readonly ScoreSeed[];
  readonly previous?: readonly ScoreSeed[];
}

export interface AgencyTableSeed {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly thaiHeader: boolean;
  readonly rows: readonly AgencyRowSeed[];
  /** Cells typed where the results would go (the add-in must refuse to write over them). */
  readonly obstacles: readonly { readonly row: number; readonly column: number; readonly text: string }[];
}

const agencyRow: fc.Arbitrary<AgencyRowSeed> = fc.record(
  {
    agency: fc.oneof(formulaLikeText, thaiPhrase),
    province: fc.constantFrom("นครราชสีมา", "ขอนแก่น", "=จังหวัด", "-"),
    year: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(2565, 2566, 2568) },
      { weight: 1, arbitrary: fc.constant(2561) }
    ),
    scores: yearOfScores,
    previous: yearOfScores,
  },
  { requiredKeys: ["agency", "province", "year", "scores"] }
);

export const agencyTable: fc.Arbitrary<AgencyTableSeed> = fc.record({
  sheet: fc.nat(5),
  top: fc.nat(5),
  left: fc.nat(3),
  thaiHeader: fc.boolean(),
  rows: fc.array(agencyRow, { minLength: 1, maxLength: 5 }),
  obstacles: fc.oneof(
    { weight: 2, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.record({ row: fc.nat(5), column: fc.nat(8), text: userText }), {
        minLength: 1,
        maxLength: 2,
      }),
    }
  ),
});

/** The table as typed input rows, header first. */
export function agencyTableCells(table: AgencyTableSeed): (string | number | boolean)[][] {
  const header = (table.thaiHeader ? BATCH_HEADER_TH : BATCH_HEADER_EN).map((text) => `'${text}`);
  return [
    header,
    ...table.rows.map((row) => [
      `'${row.agency}`,
      "'เทศบาลตำบล",
      `'${row.province}`,
      row.year,
      ...row.scores.map(scoreInput),
      row.previous ? row.year - 1 : "",
      ...(row.previous ? row.previous.map(scoreInput) : Array.from({ length: 10 }, () => "")),
    ]),
  ];
}
