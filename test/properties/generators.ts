/**
 * fast-check generators for the workbook-safety properties: the workbooks an officer brings (extra sheets
 * with Thai names or the names the add-in would give its own sheets, typed values, text that looks like a
 * formula, real formulas, workbook names, protection, merges) and what the pane asks of them (scores valid
 * or not, fiscal years, agency names starting with "=", "+", "-" or "@").
 *
 * A generated workbook is plain data that {@link buildWorkbook} types into a fresh ExcelHost, so a failing
 * case prints as something a reader can rebuild by hand, and fast-check can shrink it.
 */
import fc from "fast-check";
import { SUMMARY_SHEET_NAME } from "../../src/core/batch";
import { CATALOGUE_SHEET_TITLE } from "../../src/excel/catalogue-sheet";
import { createExcelHost, type ExcelHost } from "../support/excel-host";
import { cellName, quoteSheetName } from "../support/excel-host/a1";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

/** Fiscal years with a built-in framework (2562–2568), and years the add-in must refuse. */
export const SUPPORTED_YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568] as const;
const UNSUPPORTED_YEARS = [2561, 2569, 2600, 0, -2565, 2565.5] as const;

/**
 * The names the add-in gives the sheets it creates, for a fiscal year: the report's analysis and measures
 * sheets (src/core/report/build-report.ts), the temporary names a replaced report sheet passes through
 * (src/excel/report/render-sheets.ts, "ITA " + layout id), the input sheet (src/excel/input-sheet.ts), the
 * batch summary and the framework and catalogue sheets. A user's sheet holding one of them must survive.
 * workbook-safety.test.ts checks the first two against what generateReport writes.
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

// ---- text --------------------------------------------------------------------------------------------

const THAI_WORDS = [
  "ข้อมูล",
  "คะแนน",
  "สรุป",
  "งบประมาณ",
  "ผล",
  "ITA",
  "ปี",
  "๒๕๖๕",
  "2565",
  "รายงาน",
  "มาตรการ",
  "เทศบาลตำบลด่านเกวียน",
  "อบต.",
  "กองคลัง",
  "สำนักปลัด",
] as const;

/** Characters a sheet name may hold, the awkward ones included: quotes, "!", "&", spaces, "(", "=". */
const NAME_CHARACTERS = [..."abcXYZ019 _.-'!&()=+@#ก๑"] as const;

const thaiPhrase = fc
  .array(fc.constantFrom(...THAI_WORDS), { minLength: 1, maxLength: 4 })
  .map((words) => words.join(" "));

/** Text a user or a pasted document puts where a formula could start. */
const FORMULA_LIKE_BODIES = [
  'HYPERLINK("http://example.org","x")',
  "1+1",
  "SUM(A1:A3)",
  "A1",
  " ประชุมคณะทำงาน",
  "cmd|' /C calc'!A0",
  "",
  "๘๕.๐๘",
  "การปฏิบัติหน้าที่",
] as const;

export const formulaLikeText = fc
  .tuple(fc.constantFrom("=", "+", "-", "@"), fc.constantFrom(...FORMULA_LIKE_BODIES))
  .map(([lead, body]) => lead + body);

const plainText = fc.oneof(
  thaiPhrase,
  fc.string({ maxLength: 12 }),
  fc.constantFrom("n/a", "ไม่มีข้อมูล", "  ", "ก\u00a0ข", "บรรทัด\nใหม่", "'quoted", "TRUE", "#N/A")
);

/** Any user text: plain, Thai, or starting with a formula character. */
export const userText = fc.oneof(
  { weight: 2, arbitrary: plainText },
  { weight: 1, arbitrary: formulaLikeText }
);

/**
 * Agency names as an officer types them into the pane: Thai names, names that start like a formula, blank,
 * absent, and names long enough to strain the page header (Excel caps a header section at 255 characters).
 */
export const agencyName: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("เทศบาลตำบลด่านเกวียน", "อบต. หนองระเวียง", "กองคลัง & พัสดุ") },
  { weight: 3, arbitrary: formulaLikeText },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "   ") },
  // Text Excel's input parser would turn into an error, a boolean or the number 123 in a "General" cell.
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "TRUE", "0123", "'ในเครื่องหมาย", "1/2") },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("=", "องค์การบริหารส่วนตำบล", "A&B "), fc.integer({ min: 180, max: 300 }))
      .map(([start, length]) => (start + "ก".repeat(length)).slice(0, length)),
  }
);

export const fiscalYear = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SUPPORTED_YEARS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNSUPPORTED_YEARS) }
);

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
function typedInput(seed: CellSeed, sheetNames: readonly string[]): string | number | boolean {
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

// ---- scores ------------------------------------------------------------------------------------------

/** One score cell: mostly valid, else each kind of mistake the add-in must refuse or read as text. */
type ScoreSeed =
  | { readonly kind: "valid"; readonly value: number }
  | { readonly kind: "thai-digits"; readonly value: number }
  | { readonly kind: "bad"; readonly input: string | number | boolean };

const validScore = fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100);

const badScore = fc.constantFrom<string | number | boolean>(
  "'n/a",
  "",
  101,
  -0.01,
  1000,
  "#N/A",
  true,
  "=1/0",
  "'=85",
  "'-",
  "'@90"
);

const scoreSeed: fc.Arbitrary<ScoreSeed> = fc.oneof(
  { weight: 12, arbitrary: validScore.map((value) => ({ kind: "valid" as const, value })) },
  { weight: 1, arbitrary: validScore.map((value) => ({ kind: "thai-digits" as const, value })) },
  { weight: 1, arbitrary: badScore.map((input) => ({ kind: "bad" as const, input })) }
);

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

function scoreInput(seed: ScoreSeed): string | number | boolean {
  switch (seed.kind) {
    case "valid":
      return seed.value;
    case "thai-digits":
      return `'${String(seed.value).replace(/\d/g, (d) => THAI_DIGITS[Number(d)] ?? d)}`;
    case "bad":
      return seed.input;
  }
}

const tenScores = (scores: fc.Arbitrary<ScoreSeed>) => fc.array(scores, { minLength: 10, maxLength: 10 });

/** Either all ten valid (most cases, so the writes are reached) or with mistakes mixed in. */
const yearOfScores = fc.oneof(
  { weight: 3, arbitrary: tenScores(validScore.map((value) => ({ kind: "valid" as const, value }))) },
  { weight: 1, arbitrary: tenScores(scoreSeed) }
);

/** The indicator labels beside the scores: the framework's names, numbers, or pasted labels. */
const labelStyle = fc.constantFrom("names", "numbers", "pasted", "none");

export interface ScoreBlockSeed {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly orientation: "column" | "row";
  readonly header: boolean;
  readonly labels: "names" | "numbers" | "pasted" | "none";
  readonly current: readonly ScoreSeed[];
  readonly previous?: readonly ScoreSeed[];
  /** The year the header names for the current scores (the header wins over the pane's year). */
  readonly headerYear: number;
}

export const scoreBlock: fc.Arbitrary<ScoreBlockSeed> = fc.record(
  {
    sheet: fc.nat(5),
    top: fc.nat(18),
    left: fc.nat(6),
    orientation: fc.constantFrom("column" as const, "column" as const, "row" as const),
    // Without a header two columns of scores are ambiguous (refused): headers are the common case.
    header: fc.nat(3).map((n) => n > 0),
    labels: labelStyle,
    current: yearOfScores,
    previous: yearOfScores,
    headerYear: fc.constantFrom(...SUPPORTED_YEARS),
  },
  { requiredKeys: ["sheet", "top", "left", "orientation", "header", "labels", "current", "headerYear"] }
);

/** The seed case as a block, for properties that need the success path every time. */
export function seedScoreBlock(sheet: number, top: number, left: number): ScoreBlockSeed {
  return {
    sheet,
    top,
    left,
    orientation: "column",
    header: true,
    labels: "names",
    current: SEED_2565.map((value) => ({ kind: "valid", value })),
    previous: SEED_2564.map((value) => ({ kind: "valid", value })),
    headerYear: 2565,
  };
}

function labelFor(style: ScoreBlockSeed["labels"], index: number): string | number {
  const name = INDICATOR_NAMES[index] ?? "";
  switch (style) {
    case "names":
      return `'${name}`;
    case "numbers":
      return index + 1;
    case "pasted":
      // As pasted from a Word list: a dash or "=" bullet before the name.
      return `'${index % 2 === 0 ? "- " : "="}${name}`;
    case "none":
      return "";
  }
}

/** The block as rows of typed input, in sheet orientation, and its address on its sheet. */
export function scoreBlockCells(block: ScoreBlockSeed): (string | number | boolean)[][] {
  const fields: (string | number | boolean)[][] = [];
  if (block.labels !== "none") {
    fields.push([
      ...(block.header ? ["'ตัวชี้วัด"] : []),
      ...Array.from({ length: 10 }, (_, i) => labelFor(block.labels, i)),
    ]);
  }
  if (block.previous) {
    fields.push([
      ...(block.header ? [`'คะแนน ${block.headerYear - 1}`] : []),
      ...block.previous.map(scoreInput),
    ]);
  }
  fields.push([...(block.header ? [`'คะแนน ${block.headerYear}`] : []), ...block.current.map(scoreInput)]);
  const lines = fields[0]?.length ?? 0;
  if (block.orientation === "row") return fields;
  return Array.from({ length: lines }, (_, line) => fields.map((field) => field[line] ?? ""));
}

export function areaOf(top: number, left: number, cells: readonly (readonly unknown[])[]): Area {
  return { top, left, rows: cells.length, columns: cells[0]?.length ?? 0 };
}

export function areaAddress(sheet: string, area: Area): string {
  const start = cellName(area.top, area.left);
  const end = cellName(area.top + area.rows - 1, area.left + area.columns - 1);
  return `${quoteSheetName(sheet)}!${start}:${end}`;
}

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

// ---- building --------------------------------------------------------------------------------------------

/** The sheet a seed's index points at (indexes wrap, so any index names an existing sheet). */
export function sheetAt(seed: WorkbookSeed, index: number): SheetSeed {
  const sheet = seed.sheets[index % seed.sheets.length];
  if (!sheet) throw new RangeError("a workbook seed always has Sheet1");
  return sheet;
}

function typeCells(
  host: ExcelHost,
  sheet: string,
  top: number,
  left: number,
  rows: readonly (readonly unknown[])[]
) {
  if (rows.length === 0) return;
  host.setCells(areaAddress(sheet, areaOf(top, left, rows)), rows);
}

/** What else to type into the workbook before protection and merges are applied. */
export interface Extras {
  readonly scoreBlock?: ScoreBlockSeed;
  readonly agencyTable?: AgencyTableSeed;
}

/**
 * A fresh ExcelHost holding the seed's workbook (and any score block or agency table typed over its cells).
 * Names are added through the API, so `host.Excel.run` is used; nothing needs to be installed yet.
 */
export async function buildWorkbook(seed: WorkbookSeed, extras: Extras = {}): Promise<ExcelHost> {
  const host = createExcelHost({ atomicSync: seed.atomicSync, evaluateFormulas: seed.evaluateFormulas });
  const names = seed.sheets.map((sheet) => sheet.name);
  for (const sheet of seed.sheets.slice(1)) host.addSheet(sheet.name);
  for (const sheet of seed.sheets) {
    for (const cell of sheet.cells) {
      host.setCell(
        `${quoteSheetName(sheet.name)}!${cellName(cell.row, cell.column)}`,
        typedInput(cell.seed, names)
      );
    }
  }
  const block = extras.scoreBlock;
  if (block) typeCells(host, sheetAt(seed, block.sheet).name, block.top, block.left, scoreBlockCells(block));
  const table = extras.agencyTable;
  if (table) {
    const sheet = sheetAt(seed, table.sheet).name;
    const cells = agencyTableCells(table);
    typeCells(host, sheet, table.top, table.left, cells);
    const outputLeft = table.left + (cells[0]?.length ?? 0);
    for (const obstacle of table.obstacles) {
      host.setCell(
        `${quoteSheetName(sheet)}!${cellName(table.top + obstacle.row, outputLeft + obstacle.column)}`,
        `'${obstacle.text}`
      );
    }
  }
  await host.Excel.run(async (context) => {
    for (const name of seed.names) {
      const sheet = sheetAt(seed, name.sheet);
      const range = context.workbook.worksheets
        .getItem(sheet.name)
        .getRangeByIndexes(name.area.top, name.area.left, name.area.rows, name.area.columns);
      context.workbook.names.add(name.name, range, name.comment);
    }
    await context.sync();
  });
  for (const sheet of seed.sheets) {
    for (const merge of sheet.merges) {
      const address = areaAddress(sheet.name, merge);
      try {
        host.merge(address);
      } catch {
        // Two generated merges may overlap; Excel refuses the second, and so does the host. Keep the first.
      }
    }
    if (sheet.isProtected) host.protectSheet(sheet.name);
  }
  host.setActiveSheet(sheetAt(seed, seed.activeSheet).name);
  return host;
}
