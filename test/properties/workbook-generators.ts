/**
 * Generators for the workbook an officer brings: sheet names (the add-in's own among them), typed cells
 * and formulas, workbook names, protection and merges, and the areas they cover.
 */
import fc from "fast-check";
import { SUMMARY_SHEET_NAME } from "../../src/core/batch";
import { CATALOGUE_SHEET_TITLE } from "../../src/excel/catalogue-sheet";
import { cellName, quoteSheetName } from "../support/excel-host/a1";
import { SUPPORTED_YEARS, thaiPhrase, userText } from "./text-generators";

/**
 * The names the add-in gives the sheets it creates, for a fiscal year: the report's analysis and measures
 * sheets (src/core/report/build-report.ts), the temporary names a replaced report sheet passes through
 * (src/excel/report/render-sheets.ts, "ITA " + layout id), the input sheet (src/excel/input-sheet.ts), the
 * batch summary and the framework and catalogue sheets. A user's sheet holding one of them must survive.
 * report-sheets.test.ts checks the first two against what generateReport writes.
 */
export function generatedSheetNames(year: number): string[] {
  return [
    `ผลการวิเคราะห์ ITA ${year}`,
    `มาตรการ ITA ${year + 1}`,
    `ผลการวิเคราะห์ ITA ${year} (2)`,
    `มาตรการ ITA ${year + 1} (2)`,
    `ITA analysis-${year}`,
    `ITA measures-${year + 1}`,
    `ITA ${year}`,
    `ita ${year} (2)`,
    `กรอบ ITA ${year}`,
    SUMMARY_SHEET_NAME,
    `ITA batch-summary`,
    CATALOGUE_SHEET_TITLE,
  ];
}

/** Characters a sheet name may hold, the awkward ones included: quotes, "!", "&", spaces, "(", "=". */
const NAME_CHARACTERS = [..."abcXYZ019 _.-'!&()=+@#ก๑"] as const;

// ---- sheets and cells ----------------------------------------------------------------------------------

/**
 * A sheet name Excel accepts: 1–31 characters, none of []:*?/\, no apostrophe at either end, not the
 * reserved "History"; and no edge spaces, which Excel keeps but an officer would not type.
 */
function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() === name &&
    name.toLowerCase() !== "history"
  );
}

export const sheetName = fc
  .oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...SUPPORTED_YEARS).chain((y) => fc.constantFrom(...generatedSheetNames(y))),
    },
    { weight: 2, arbitrary: thaiPhrase },
    {
      weight: 2,
      arbitrary: fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 1, maxLength: 31 }),
    }
  )
  .filter(isValidSheetName);

/** Where the random cells go: A1:L30, which the score blocks and their outputs overlap. */
const GRID = { rows: 30, columns: 12 } as const;

/** A cell as the user typed it; formulas are kept structured so they can name the other sheets. */
type CellSeed =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "text"; readonly value: string }
  | {
      readonly kind: "formula";
      readonly shape: number;
      readonly sheet: number;
      readonly row: number;
      readonly column: number;
    };

const FORMULA_SHAPES = 7;

const cellSeed: fc.Arbitrary<CellSeed> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
      .map((value) => ({ kind: "number" as const, value: Object.is(value, -0) ? 0 : value })),
  },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ kind: "boolean" as const, value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!")
      .map((value) => ({ kind: "error" as const, value })),
  },
  { weight: 3, arbitrary: userText.map((value) => ({ kind: "text" as const, value })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("formula" as const),
      shape: fc.nat(FORMULA_SHAPES - 1),
      sheet: fc.nat(5),
      row: fc.nat(GRID.rows - 1),
      column: fc.nat(GRID.columns - 1),
    }),
  }
);

/** What the user would type for a cell seed; text is typed with a leading apostrophe, as Excel keeps it. */
export function typedInput(seed: CellSeed, sheetNames: readonly string[]): string | number | boolean {
  switch (seed.kind) {
    case "number":
    case "boolean":
    case "error":
      return seed.value;
    case "text":
      return `'${seed.value}`;
    case "formula": {
      const target = sheetNames[seed.sheet % sheetNames.length] ?? "Sheet1";
      // Always quoted: Excel accepts 'ข้อมูล'!A1 as well as ข้อมูล!A1, the host's formula engine only the first.
      const ref = `'${target.replace(/'/g, "''")}'!${cellName(seed.row, seed.column)}`;
      const below = `${cellName(seed.row + 2, seed.column)}`;
      switch (seed.shape) {
        case 0:
          return `=${ref}+1`;
        case 1:
          return `=SUM(${ref}:${below})`;
        case 2:
          return `=LEN(${ref})`;
        case 3:
          // A formula whose result is text starting with "=": Analyze must read it as text, not re-enter it.
          return `="=" & ${ref}`;
        case 4:
          return `=IF(ISNUMBER(${ref}),${ref}*2,"-x")`;
        case 5:
          return "=1/0";
        default:
          return `=${ref}`;
      }
    }
  }
}

interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly seed: CellSeed;
}

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetSeed {
  readonly name: string;
  readonly cells: readonly PlacedCell[];
  readonly isProtected: boolean;
  readonly merges: readonly Area[];
}

interface NameSeed {
  readonly name: string;
  readonly sheet: number;
  readonly area: Area;
  readonly comment: string;
}

export interface WorkbookSeed {
  /** "Sheet1" first (the host's own sheet), then the extra sheets. */
  readonly sheets: readonly SheetSeed[];
  readonly names: readonly NameSeed[];
  readonly activeSheet: number;
  /** A failing sync applies nothing (true) or its statements before the failure, as real Excel does. */
  readonly atomicSync: boolean;
  /**
   * Evaluate formulas with HyperFormula. Off, formula cells read as empty; on, every recalculation rebuilds
   * the engine (about 50 ms), so only a quarter of the workbooks pay for it.
   */
  readonly evaluateFormulas: boolean;
}

const placedCell = fc.record({
  row: fc.nat(GRID.rows - 1),
  column: fc.nat(GRID.columns - 1),
  seed: cellSeed,
});

const smallArea = fc.record({
  top: fc.nat(GRID.rows - 1),
  left: fc.nat(GRID.columns - 1),
  rows: fc.integer({ min: 1, max: 3 }),
  columns: fc.integer({ min: 1, max: 3 }),
});

/** Protection and merges are rare, so most cases reach the writes; they shrink away (towards 0). */
const protectedSometimes = fc.nat(19).map((n) => n === 19);
const mergesSometimes = fc.oneof(
  { weight: 11, arbitrary: fc.constant<Area[]>([]) },
  { weight: 1, arbitrary: fc.array(smallArea, { minLength: 1, maxLength: 2 }) }
);

function sheetSeed(name: string): fc.Arbitrary<SheetSeed> {
  return fc.record({
    name: fc.constant(name),
    cells: fc.array(placedCell, { maxLength: 12 }),
    isProtected: protectedSometimes,
    merges: mergesSometimes,
  });
}

/** Workbook names an officer (or a copied workbook) might hold, some of them the add-in's own spellings. */
const workbookNameText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "คะแนน",
      "Scores",
      "ข้อมูล_2565",
      "_total",
      "ITA_Scores_2565",
      "ITA_Previous_2568",
      "ITA_Items_2566"
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("ITA_Scores_2565_2", "ita_scores_2568") }
);

const nameSeed = fc.record({
  name: workbookNameText,
  sheet: fc.nat(5),
  area: smallArea,
  comment: fc.oneof(fc.constant(""), userText),
});

export const workbookSeed: fc.Arbitrary<WorkbookSeed> = fc
  .uniqueArray(sheetName, {
    maxLength: 4,
    selector: (name) => name.toLowerCase(),
  })
  .map((names) => names.filter((name) => name.toLowerCase() !== "sheet1"))
  .chain((names) =>
    fc.record({
      sheets: fc.tuple(...["Sheet1", ...names].map((name) => sheetSeed(name))),
      names: fc.uniqueArray(nameSeed, { maxLength: 3, selector: (seed) => seed.name.toLowerCase() }),
      activeSheet: fc.nat(names.length),
      // Mostly real Excel's behaviour, the stricter one for "a refusal changes nothing".
      atomicSync: fc.nat(2).map((n) => n === 2),
      evaluateFormulas: fc.nat(3).map((n) => n === 3),
    })
  );

export function areaOf(top: number, left: number, cells: readonly (readonly unknown[])[]): Area {
  return { top, left, rows: cells.length, columns: cells[0]?.length ?? 0 };
}

export function areaAddress(sheet: string, area: Area): string {
  const start = cellName(area.top, area.left);
  const end = cellName(area.top + area.rows - 1, area.left + area.columns - 1);
  return `${quoteSheetName(sheet)}!${start}:${end}`;
}
