/**
 * A framework sheet split into its sections by the titles in column A, wherever they are, notes and blank
 * rows left out; and each table's data rows once its header row is checked.
 */
import { issueAt, problem } from "../issues";
import { isBlank } from "../parse";
import { cellText, FrameworkSheetCells, SheetRow } from "./framework-sheet-cells";
import {
  FRAMEWORK_SECTIONS,
  FRAMEWORK_TABLE_HEADERS,
  NOTE,
  SectionKey,
  TableKey,
} from "./framework-sheet-labels";

/** A section: the row of its title and its rows below it, up to the next title. */
export interface Section {
  readonly title: number;
  readonly rows: SheetRow[];
}

/** The sections of a sheet, every one present. */
export interface FrameworkSections {
  section(key: SectionKey): Section;
  /** The table's data rows, after checking its header row. */
  table(key: TableKey): SheetRow[];
}

function isNoteRow(row: readonly unknown[]): boolean {
  return cellText(row[0]).startsWith(NOTE);
}

function sectionOf(row: readonly unknown[]): SectionKey | undefined {
  const first = cellText(row[0]);
  return (Object.keys(FRAMEWORK_SECTIONS) as SectionKey[]).find((key) => FRAMEWORK_SECTIONS[key] === first);
}

/**
 * The sections of `rows`, or `undefined` when one is missing; a repeated or missing section is reported
 * to `reader`.
 */
export function frameworkSections(
  reader: FrameworkSheetCells,
  rows: readonly (readonly unknown[])[]
): FrameworkSections | undefined {
  const { report } = reader;
  const sections = new Map<SectionKey, Section>();
  let current: SheetRow[] | undefined;
  rows.forEach((cells, index) => {
    const key = sectionOf(cells);
    if (key) {
      if (sections.has(key)) {
        report(
          index,
          0,
          problem(
            "duplicate-section",
            `ส่วน "${FRAMEWORK_SECTIONS[key]}" ซ้ำ ใช้ได้เพียงครั้งเดียว`,
            `the section "${FRAMEWORK_SECTIONS[key]}" appears twice`
          )
        );
        current = undefined;
        return;
      }
      current = [];
      sections.set(key, { title: index, rows: current });
      return;
    }
    if (isNoteRow(cells) || cells.every((value) => isBlank(value))) return;
    current?.push({ index, cells });
  });
  const missing = (Object.keys(FRAMEWORK_SECTIONS) as SectionKey[]).filter((key) => !sections.has(key));
  if (missing.length > 0) {
    reader.issues.push(
      issueAt(
        reader.sheet,
        problem(
          "missing-section",
          `ไม่พบส่วน ${missing.map((key) => `"${FRAMEWORK_SECTIONS[key]}"`).join(", ")} ในคอลัมน์ A`,
          `no section titled ${missing.map((key) => `"${FRAMEWORK_SECTIONS[key]}"`).join(", ")} in column A`
        )
      )
    );
    return undefined;
  }
  const section = (key: SectionKey) => sections.get(key) ?? { title: 0, rows: [] };
  const table = (key: TableKey): SheetRow[] => {
    const [head, ...data] = section(key).rows;
    const expected = FRAMEWORK_TABLE_HEADERS[key][0] ?? "";
    if (!head || cellText(head.cells[0]) !== expected) {
      report(
        head?.index ?? section(key).title + 1,
        0,
        problem(
          "missing-header",
          `ตาราง "${FRAMEWORK_SECTIONS[key]}" ต้องมีแถวหัวตารางที่ขึ้นต้นด้วย "${expected}"`,
          `the table "${FRAMEWORK_SECTIONS[key]}" needs its header row, starting with "${expected}"`
        )
      );
      return head ? [head, ...data] : data;
    }
    return data;
  };
  return { section, table };
}
