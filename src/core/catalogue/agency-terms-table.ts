/**
 * The table of agency terms below the catalogue entries: one block of rows per kind of agency, its id and
 * name on the block's first row, then one row per term, so an officer can make a term their own
 * ("กองคลัง" → "กองการเงินและบัญชี") and the report uses it. Written here, and read back with every
 * problem at its cell; a term whose row was deleted is the built-in one.
 */
import {
  AGENCY_KINDS,
  AGENCY_TERM_KEYS,
  AGENCY_TERMS,
  AgencyKind,
  agencyKindById,
  AgencyTermKey,
  AgencyTerms,
  agencyTermKeyOf,
  isAgencyKindId,
} from "../agency";
import { problem, Problem, quoteValue } from "../issues";
import { isBlank } from "../parse";
import {
  CATALOGUE_SHEET_COLUMNS,
  catalogueSheetLine,
  cellText,
  NOTE,
  PLACEHOLDER_LIST,
} from "./catalogue-sheet-cells";

/** The title of the table of terms; the entries end above it. */
export const TERMS_TABLE_TITLE = "ถ้อยคำตามประเภทหน่วยงาน";

/** The header row of the table of terms; the reader finds the table by its first cell. */
export const TERMS_TABLE_HEADERS = [
  "รหัสประเภทหน่วยงาน",
  "ประเภทหน่วยงาน",
  "ข้อความแทน",
  "ความหมาย",
  "ถ้อยคำ",
  "",
  "",
] as const;

const TERM_COLUMN = { kind: 0, name: 1, placeholder: 2, meaning: 3, term: 4 };

/** Where the table of terms sits on the sheet (0-based rows). */
export interface TermsTableRows {
  /** Its title and its header (formatted as the title and header of the entries). */
  readonly termsTitleRow: number;
  readonly termsHeaderRow: number;
  /** The first row of each kind's block (a line above it separates the kinds). */
  readonly kindRows: number[];
}

/** Adds the table of terms of `kinds` below the sheet's `rows`: its title, a note, its header, the blocks. */
export function addTermsTable(rows: string[][], kinds: readonly AgencyKind[]): TermsTableRows {
  const termsTitleRow = rows.length;
  rows.push(catalogueSheetLine(TERMS_TABLE_TITLE));
  rows.push(
    catalogueSheetLine(
      `${NOTE}: ระบบเลือกประเภทหน่วยงานจากข้อมูลประเภทหน่วยงานหรือจากชื่อหน่วยงาน ` +
        "แก้ไขถ้อยคำในคอลัมน์ E ให้ตรงกับหน่วยงานได้ ห้ามแก้รหัสประเภทหน่วยงานและข้อความแทน " +
        "ถ้อยคำที่ลบออกจะใช้ถ้อยคำในตัว"
    )
  );
  const termsHeaderRow = rows.length;
  rows.push([...TERMS_TABLE_HEADERS]);
  const kindRows: number[] = [];
  for (const kind of kinds) {
    kindRows.push(rows.length);
    AGENCY_TERM_KEYS.forEach((key, index) => {
      const definition = AGENCY_TERMS[key];
      const head = index === 0 ? [kind.id, kind.nameTh] : ["", ""];
      rows.push([...head, `{${definition.placeholder}}`, definition.meaningTh, kind.terms[key], "", ""]);
    });
  }
  return { termsTitleRow, termsHeaderRow, kindRows };
}

/** A kind's block as read so far: the built-in kind, its name and the terms its rows gave. */
interface KindBlock {
  readonly builtIn: AgencyKind;
  readonly nameTh: string;
  readonly terms: Partial<Record<AgencyTermKey, string>>;
}

/** The table of terms below `headerIndex`: one block per kind, its id and name on its first row. */
export function readKinds(
  rows: readonly (readonly unknown[])[],
  headerIndex: number,
  text: (cells: readonly unknown[], index: number, column: number) => string,
  report: (index: number, column: number, what: Problem) => void
): AgencyKind[] {
  const blocks: KindBlock[] = [];
  const seen = new Set<string>();
  let current: KindBlock | undefined;
  let kindAbove = false;
  const kindIds = AGENCY_KINDS.map((kind) => kind.id).join(", ");

  rows.forEach((cells, index) => {
    if (index <= headerIndex) return;
    if (cellText(cells[0]).startsWith(NOTE)) return;
    if (cells.slice(0, CATALOGUE_SHEET_COLUMNS).every((value) => isBlank(value))) return;

    const id = cellText(cells[TERM_COLUMN.kind]).toLowerCase();
    if (id !== "") {
      kindAbove = true;
      current = undefined;
      if (!isAgencyKindId(id)) {
        report(
          index,
          TERM_COLUMN.kind,
          problem(
            "unknown-agency-kind",
            `${quoteValue(cells[TERM_COLUMN.kind])} ไม่ใช่รหัสประเภทหน่วยงาน ใช้ได้: ${kindIds}`,
            `${quoteValue(cells[TERM_COLUMN.kind])} is not a kind of agency; use one of ${kindIds}`
          )
        );
      } else if (seen.has(id)) {
        report(
          index,
          TERM_COLUMN.kind,
          problem(
            "duplicate-agency-kind",
            `ประเภทหน่วยงาน ${id} ซ้ำกับตารางก่อนหน้า ถ้อยคำเพิ่มเติมให้เว้นว่างคอลัมน์ A–B`,
            `the kind ${id} appears twice; for a further term leave columns A–B blank`
          )
        );
      } else {
        seen.add(id);
        const builtIn = agencyKindById(id);
        current = { builtIn, nameTh: text(cells, index, TERM_COLUMN.name) || builtIn.nameTh, terms: {} };
        blocks.push(current);
      }
    } else if (!kindAbove) {
      report(
        index,
        TERM_COLUMN.kind,
        problem(
          "term-without-kind",
          "แถวถ้อยคำนี้ไม่มีรหัสประเภทหน่วยงานอยู่ด้านบน",
          "this term's row has no kind of agency above it"
        )
      );
    }

    const placeholder = text(cells, index, TERM_COLUMN.placeholder);
    const term = text(cells, index, TERM_COLUMN.term);
    if (placeholder === "" && term === "" && id === "") return;
    const key = agencyTermKeyOf(placeholder);
    if (key === undefined) {
      report(
        index,
        TERM_COLUMN.placeholder,
        placeholder === ""
          ? problem("blank", "ต้องกรอกข้อความแทน", "the placeholder is missing")
          : problem(
              "unknown-placeholder",
              `${quoteValue(cells[TERM_COLUMN.placeholder])} ไม่ใช่ข้อความแทน ใช้ได้: ${PLACEHOLDER_LIST}`,
              `${quoteValue(cells[TERM_COLUMN.placeholder])} is not a placeholder; use one of ${PLACEHOLDER_LIST}`
            )
      );
    } else if (current && current.terms[key] !== undefined) {
      report(
        index,
        TERM_COLUMN.placeholder,
        problem(
          "duplicate-term",
          `ข้อความแทน {${AGENCY_TERMS[key].placeholder}} ซ้ำในประเภทหน่วยงานเดียวกัน`,
          `the placeholder {${AGENCY_TERMS[key].placeholder}} is given twice for the same kind`
        )
      );
    }
    if (term === "" && isBlank(cells[TERM_COLUMN.term])) {
      report(index, TERM_COLUMN.term, problem("blank", "ต้องกรอกถ้อยคำ", "the term is missing"));
    } else if (/[{}]/.test(term)) {
      report(
        index,
        TERM_COLUMN.term,
        problem(
          "placeholder-in-term",
          "ถ้อยคำต้องไม่มีวงเล็บปีกกา { } (ข้อความแทนไม่แทนซ้อนกัน)",
          "a term may not hold braces { } (placeholders are not nested)"
        )
      );
    } else if (key !== undefined && current && current.terms[key] === undefined && term !== "") {
      current.terms[key] = term;
    }
  });

  return blocks.map(({ builtIn, nameTh, terms }) => {
    const merged: AgencyTerms = { ...builtIn.terms, ...terms };
    return { ...builtIn, nameTh, terms: merged };
  });
}
