/**
 * The catalogue of recommendations and measures as a sheet an officer can read and edit (their own unit
 * names, their own wording), and back.
 *
 * One row per measure. An entry's first row carries its catalogue id, key, title and recommendation with its
 * first measure; each further measure of the entry is a row below with columns A–D left blank, so the
 * sheet reads like the measures table it feeds and an edit lands in one place (a repeated title could be
 * edited on one row and not the other). The descriptions of the catalogues are not on the sheet: they are
 * not shown in the report and are taken from the built-in catalogue of the same id.
 *
 * The texts keep their placeholders ("{ผู้บริหาร}"), so one sheet serves any kind of agency. Below the
 * entries, a second table gives the terms the placeholders stand for, one block of rows per kind of agency
 * (its id and name on the block's first row, then one row per term): the officer can make a term their
 * own ("กองคลัง" → "กองการเงินและบัญชี") and the report uses it (agency-terms-table.ts). Both tables are
 * read back with every problem at its cell; a term or an entry left out of the sheet is the built-in one.
 *
 * Text is text: Thai digits stay as typed, and a text starting with =, +, - or @ is kept as it is (the
 * Excel side formats every cell "@" so that it never becomes a formula).
 */
import { cellAddress, CellPosition, quoteSheetName } from "../a1";
import { issueAt, problem, Problem, quoteValue, Validated, ValidationIssue } from "../issues";
import { AGENCY_KINDS, AGENCY_TERMS, AgencyKind, unknownPlaceholders } from "../agency";
import { isBlank } from "../parse";
import { toArabicDigits } from "../thai";
import { addTermsTable, readKinds, TERMS_TABLE_HEADERS, TERMS_TABLE_TITLE } from "./agency-terms-table";
import {
  CATALOGUE_SHEET_COLUMNS,
  CATALOGUE_SHEET_HEADERS,
  catalogueSheetLine,
  cellText,
  NOTE,
  PLACEHOLDER_LIST,
} from "./catalogue-sheet-cells";
import { BUILT_IN_CATALOGUES } from "./index";
import { Catalogue, CatalogueEntry, DeadlinePattern, Measure } from "./types";

export { CATALOGUE_SHEET_COLUMNS, CATALOGUE_SHEET_HEADERS } from "./catalogue-sheet-cells";
export { TERMS_TABLE_HEADERS, TERMS_TABLE_TITLE } from "./agency-terms-table";

/** The words of the กำหนดรายงาน column, one per deadline pattern. */
export const DEADLINE_WORDS: Readonly<Record<DeadlinePattern, string>> = {
  "six-month": "รอบ 6 เดือน",
  "year-end": "สิ้นปีงบประมาณ",
  "six-month-and-year-end": "รอบ 6 เดือนและสิ้นปีงบประมาณ",
  quarterly: "รายไตรมาส",
};

const COLUMN = { catalogue: 0, key: 1, title: 2, recommendation: 3, action: 4, responsible: 5, deadline: 6 };

type Row = string[];

export interface CatalogueSheetLayout {
  readonly rows: Row[];
  /** 0-based rows of the title (bold, larger) and the header (bold, filled). */
  readonly titleRow: number;
  readonly headerRow: number;
  /** 0-based first row of each entry (a line above it separates the entries). */
  readonly entryRows: number[];
  /** 0-based rows of the title and the header of the table of terms (formatted as the ones above). */
  readonly termsTitleRow: number;
  readonly termsHeaderRow: number;
  /** 0-based first row of each kind's block of terms (a line above it separates the kinds). */
  readonly kindRows: number[];
}

const deadlineList = Object.values(DEADLINE_WORDS)
  .map((word) => `"${word}"`)
  .join(", ");

/**
 * The sheet with its formatting hints; {@link catalogueSheetRows} is its `rows`. `kinds` are the kinds
 * whose terms the table of terms lists: all of them by default, or the agency's own kind with the
 * neutral one for a shorter sheet.
 */
export function catalogueSheetLayout(
  catalogues: readonly Catalogue[],
  kinds: readonly AgencyKind[] = AGENCY_KINDS
): CatalogueSheetLayout {
  const blank = (): Row => catalogueSheetLine("");
  const line = catalogueSheetLine;
  const rows: Row[] = [
    line("แคตตาล็อกข้อเสนอแนะและมาตรการ ITA"),
    line(
      `${NOTE}: แก้ไขหัวข้อ ข้อเสนอแนะ มาตรการ และชื่อหน่วยงานผู้รับผิดชอบให้ตรงกับหน่วยงานได้ ` +
        "แล้วกดสร้างแผ่นงานรายงานใหม่ ระบบจะใช้ข้อความในแผ่นงานนี้แทนข้อความในตัว " +
        "ห้ามแก้รหัสแคตตาล็อกและรหัส (ใช้จับคู่กับข้อคำถามและตัวชี้วัด)"
    ),
    line(
      `${NOTE}: หนึ่งแถวต่อหนึ่งมาตรการ มาตรการเพิ่มเติมของรายการเดียวกันให้เพิ่มแถวไว้ใต้รายการนั้น ` +
        `โดยเว้นว่างคอลัมน์ A–D กำหนดรายงานใช้คำใดคำหนึ่งต่อไปนี้: ${deadlineList}`
    ),
    line(
      `${NOTE}: ข้อความในวงเล็บปีกกา เช่น {${AGENCY_TERMS.executive.placeholder}} ` +
        `{${AGENCY_TERMS.financeUnit.placeholder}} จะแทนด้วยถ้อยคำตามประเภทของหน่วยงาน ` +
        `ซึ่งแก้ไขได้ในตาราง${TERMS_TABLE_TITLE}ท้ายแผ่นงานนี้`
    ),
    blank(),
  ];
  const headerRow = rows.length;
  rows.push([...CATALOGUE_SHEET_HEADERS]);
  const entryRows: number[] = [];
  for (const catalogue of catalogues) {
    for (const entry of catalogue.entries) {
      entryRows.push(rows.length);
      entry.measures.forEach((measure, index) => {
        const head =
          index === 0 ? [catalogue.id, entry.key, entry.title, entry.recommendation] : ["", "", "", ""];
        rows.push([...head, measure.action, measure.responsible, DEADLINE_WORDS[measure.deadline]]);
      });
    }
  }

  rows.push(blank());
  const terms = addTermsTable(rows, kinds);
  return { rows, titleRow: 0, headerRow, entryRows, ...terms };
}

/**
 * The catalogues as rows of a readable Thai sheet (columns A:G): a title, notes on how to edit, the header
 * row, then one row per measure; then the table of the kinds' terms. {@link catalogueSheetFromRows} reads
 * it back.
 *
 * @example catalogueSheetRows(BUILT_IN_CATALOGUES)[5] // ["รหัสแคตตาล็อก", "รหัส", "หัวข้อ", …]
 */
export function catalogueSheetRows(
  catalogues: readonly Catalogue[],
  kinds: readonly AgencyKind[] = AGENCY_KINDS
): string[][] {
  return catalogueSheetLayout(catalogues, kinds).rows;
}

// ---- reading ------------------------------------------------------------------------------------------

const EXCEL_ERROR =
  /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A deadline from its Thai words (spacing aside) or from its pattern name ("six-month"). */
function deadlineFrom(text: string): DeadlinePattern | undefined {
  const words = collapse(toArabicDigits(text)).toLowerCase();
  return (Object.keys(DEADLINE_WORDS) as DeadlinePattern[]).find(
    (pattern) => pattern === words || collapse(DEADLINE_WORDS[pattern]) === words
  );
}

/** The prefix every key of a built-in catalogue has: "indicator-", "i", "e", "o". */
function keyPrefix(catalogue: Catalogue): string {
  return catalogue.entries[0]?.key.replace(/\d+$/, "") ?? "";
}

/** What a catalogue sheet holds. */
export interface CatalogueSheet {
  /** The catalogues in the order their ids first appear, each entry in sheet order. */
  readonly catalogues: Catalogue[];
  /** The kinds the table of terms lists, in sheet order, each with its terms as edited. */
  readonly kinds: AgencyKind[];
}

/**
 * Reads a catalogue sheet back: the catalogues in the order their ids first appear (each entry in sheet
 * order, its description from the built-in catalogue of that id), or every problem with its cell
 * (`'แคตตาล็อกมาตรการ ITA'!G12`), the table of terms included. Entries left out of the sheet are simply
 * absent: the report then uses the built-in wording for them. {@link catalogueSheetFromRows} also gives
 * the kinds' terms.
 *
 * @param origin where `rows[0][0]` sits on the sheet (the used range need not start at A1).
 * @example cataloguesFromRows("แคตตาล็อกมาตรการ ITA", catalogueSheetRows(BUILT_IN_CATALOGUES))
 * // { ok: true, value: BUILT_IN_CATALOGUES, warnings: [] }
 */
export function cataloguesFromRows(
  sheetName: string,
  rows: readonly (readonly unknown[])[],
  origin: CellPosition = { row: 0, column: 0 }
): Validated<Catalogue[]> {
  const read = catalogueSheetFromRows(sheetName, rows, origin);
  return read.ok ? { ok: true, value: read.value.catalogues, warnings: read.warnings } : read;
}

/**
 * Reads a catalogue sheet back whole: its catalogues (as {@link cataloguesFromRows}) and the kinds its
 * table of terms lists, each kind's terms as the officer left them (a term whose row was deleted is the
 * built-in one), or every problem with its cell. A sheet without a table of terms gives no kinds.
 *
 * @example catalogueSheetFromRows("แคตตาล็อกมาตรการ ITA", catalogueSheetRows(BUILT_IN_CATALOGUES))
 * // { ok: true, value: { catalogues: BUILT_IN_CATALOGUES, kinds: AGENCY_KINDS }, warnings: [] }
 */
export function catalogueSheetFromRows(
  sheetName: string,
  rows: readonly (readonly unknown[])[],
  origin: CellPosition = { row: 0, column: 0 }
): Validated<CatalogueSheet> {
  const issues: ValidationIssue[] = [];
  const sheet = quoteSheetName(sheetName);
  const cell = (index: number, column: number) =>
    `${sheet}!${cellAddress({ row: origin.row + index, column: origin.column + column })}`;
  const report = (index: number, column: number, what: Problem) =>
    issues.push(issueAt(cell(index, column), what));

  const headerIndex = rows.findIndex((row) => cellText(row[0]) === CATALOGUE_SHEET_HEADERS[0]);
  if (headerIndex < 0) {
    const what = problem(
      "missing-header",
      `ไม่พบแถวหัวตารางที่ขึ้นต้นด้วย "${CATALOGUE_SHEET_HEADERS[0]}" ในคอลัมน์ A`,
      `no header row starting with "${CATALOGUE_SHEET_HEADERS[0]}" in column A`
    );
    return { ok: false, issues: [issueAt(sheet, what)], warnings: [] };
  }
  const below = (index: number, first: string) =>
    rows.findIndex((row, at) => at > index && cellText(row[0]) === first);
  const termsHeader = below(headerIndex, TERMS_TABLE_HEADERS[0]);
  const termsTitle = below(headerIndex, TERMS_TABLE_TITLE);
  const entriesEnd = Math.min(...[termsTitle, termsHeader, rows.length].filter((index) => index >= 0));

  /** A text cell: an Excel error in it is a problem (a formula that failed), anything else is kept. */
  const text = (cells: readonly unknown[], index: number, column: number): string => {
    const value = cellText(cells[column]);
    if (EXCEL_ERROR.test(value)) {
      report(
        index,
        column,
        problem(
          "error-value",
          `ช่องมีค่าผิดพลาด ${value} ของ Excel ข้อความที่ขึ้นต้นด้วย = + - หรือ @ ให้พิมพ์ ' นำหน้า หรือจัดรูปแบบเซลล์เป็นข้อความ`,
          `the cell holds the Excel error ${value}; type ' before text starting with = + - or @, or format the cell as text`
        )
      );
      return "";
    }
    return value;
  };
  const required = (
    cells: readonly unknown[],
    index: number,
    column: number,
    what: string,
    whatEn: string
  ) => {
    const value = text(cells, index, column);
    if (value === "" && isBlank(cells[column])) {
      report(index, column, problem("blank", `ต้องกรอก${what}`, `the ${whatEn} is missing`));
    }
    return value;
  };
  /** A catalogue text: required, and every placeholder in it one that names a term. */
  const wording = (
    cells: readonly unknown[],
    index: number,
    column: number,
    what: string,
    whatEn: string
  ) => {
    const value = required(cells, index, column, what, whatEn);
    const unknown = unknownPlaceholders(value);
    if (unknown.length > 0) {
      report(
        index,
        column,
        problem(
          "unknown-placeholder",
          `ไม่รู้จักข้อความแทน ${unknown.join(" ")} ข้อความแทนที่ใช้ได้: ${PLACEHOLDER_LIST}`,
          `unknown placeholder ${unknown.join(" ")}; the placeholders are ${PLACEHOLDER_LIST}`
        )
      );
    }
    return value;
  };
  const measureOf = (cells: readonly unknown[], index: number): Measure | undefined => {
    const action = wording(cells, index, COLUMN.action, "มาตรการ/ขั้นตอน", "measure");
    const responsible = wording(cells, index, COLUMN.responsible, "ผู้รับผิดชอบ", "responsible unit");
    const deadlineText = required(cells, index, COLUMN.deadline, "กำหนดรายงาน", "reporting deadline");
    const deadline = deadlineFrom(deadlineText);
    if (deadline === undefined && deadlineText !== "") {
      report(
        index,
        COLUMN.deadline,
        problem(
          "unknown-deadline",
          `${quoteValue(cells[COLUMN.deadline])} ไม่ใช่กำหนดรายงาน ใช้ได้: ${deadlineList}`,
          `${quoteValue(cells[COLUMN.deadline])} is not a reporting deadline; use one of ${deadlineList}`
        )
      );
    }
    if (action === "" || responsible === "" || deadline === undefined) return undefined;
    return { action, responsible, deadline };
  };

  const known = new Map(BUILT_IN_CATALOGUES.map((catalogue) => [catalogue.id, catalogue]));
  const knownIds = [...known.keys()].join(", ");
  const entries = new Map<string, CatalogueEntry[]>();
  const seen = new Set<string>();
  /** The entry a row with a blank key adds a measure to: undefined before any entry or after a broken one. */
  let current: Measure[] | undefined;
  let entryAbove = false;

  rows.forEach((cells, index) => {
    if (index <= headerIndex || index >= entriesEnd) return;
    if (cellText(cells[0]).startsWith(NOTE)) return;
    if (cells.slice(0, CATALOGUE_SHEET_COLUMNS).every((value) => isBlank(value))) return;

    const key = toArabicDigits(cellText(cells[COLUMN.key])).toLowerCase();
    if (key === "") {
      const stray = [COLUMN.catalogue, COLUMN.title, COLUMN.recommendation].find(
        (column) => !isBlank(cells[column])
      );
      if (stray !== undefined) {
        report(
          index,
          COLUMN.key,
          problem(
            "missing-key",
            "ต้องกรอกรหัส (เช่น i28) หรือถ้าเป็นมาตรการเพิ่มเติมของรายการด้านบน ให้เว้นว่างคอลัมน์ A–D",
            "the key (e.g. i28) is missing; for a further measure of the entry above, leave columns A–D blank"
          )
        );
        current = undefined;
        entryAbove = true;
        return;
      }
      if (!entryAbove) {
        report(
          index,
          COLUMN.key,
          problem(
            "measure-without-entry",
            "แถวมาตรการนี้ไม่มีรายการ (รหัส หัวข้อ ข้อเสนอแนะ) อยู่ด้านบน",
            "this measure row has no entry (key, title, recommendation) above it"
          )
        );
      }
      const measure = measureOf(cells, index);
      if (measure) current?.push(measure);
      return;
    }

    const before = issues.length;
    entryAbove = true;
    current = undefined;
    const catalogueId = cellText(cells[COLUMN.catalogue]).toLowerCase();
    const catalogue = known.get(catalogueId);
    if (catalogue === undefined) {
      report(
        index,
        COLUMN.catalogue,
        catalogueId === ""
          ? problem("blank", "ต้องกรอกรหัสแคตตาล็อก", "the catalogue id is missing")
          : problem(
              "unknown-catalogue",
              `${quoteValue(cells[COLUMN.catalogue])} ไม่ใช่รหัสแคตตาล็อก ใช้ได้: ${knownIds}`,
              `${quoteValue(cells[COLUMN.catalogue])} is not a catalogue id; use one of ${knownIds}`
            )
      );
    } else if (!new RegExp(`^${keyPrefix(catalogue)}\\d+$`).test(key)) {
      report(
        index,
        COLUMN.key,
        problem(
          "key-not-in-catalogue",
          `รหัส ${quoteValue(cells[COLUMN.key])} ไม่ใช่รหัสของแคตตาล็อก ${catalogue.id} (เช่น ${catalogue.entries[0]?.key ?? ""})`,
          `${quoteValue(cells[COLUMN.key])} is not a key of the catalogue ${catalogue.id} (e.g. ${catalogue.entries[0]?.key ?? ""})`
        )
      );
    } else if (seen.has(`${catalogue.id}/${key}`)) {
      report(
        index,
        COLUMN.key,
        problem(
          "duplicate-entry",
          `รหัส ${key} ของแคตตาล็อก ${catalogue.id} ซ้ำกับแถวก่อนหน้า มาตรการเพิ่มเติมให้เว้นว่างคอลัมน์ A–D`,
          `the key ${key} of the catalogue ${catalogue.id} appears twice; for a further measure leave columns A–D blank`
        )
      );
    }
    const title = wording(cells, index, COLUMN.title, "หัวข้อ", "title");
    const recommendation = wording(cells, index, COLUMN.recommendation, "ข้อเสนอแนะ", "recommendation");
    const measure = measureOf(cells, index);
    if (catalogue === undefined || measure === undefined || issues.length > before) return;
    seen.add(`${catalogue.id}/${key}`);
    current = [measure];
    const list = entries.get(catalogue.id) ?? [];
    entries.set(catalogue.id, list);
    list.push({ key, title, recommendation, measures: current });
  });

  const kinds = termsHeader < 0 ? [] : readKinds(rows, termsHeader, text, report);

  if (issues.length > 0) return { ok: false, issues, warnings: [] };
  const catalogues = [...entries].map(([id, list]) => ({
    id,
    description: known.get(id)?.description ?? "",
    entries: list,
  }));
  return { ok: true, value: { catalogues, kinds }, warnings: [] };
}
