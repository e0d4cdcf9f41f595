/**
 * The agencies table inside the rows read: where its header and last agency are, which columns are the
 * table's rather than the add-in's earlier results, and the core's problems with the rows placed at the
 * sheet's cells ("Sheet1!G17") with a closing "nothing was written".
 */
import { cellAddress, columnLetters, issueAt, problem, quoteSheetName, ValidationIssue } from "../../core";
import { BatchReading, NumberedRow } from "../../core/batch";
import { OwnBlock } from "../output-record";
import { TablePlace } from "./read-table";

const isBlankCell = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Where the agencies are on the sheet, once read. Rows and columns are 0-based sheet indexes. */
export interface TableGeometry {
  readonly headerRow: number;
  readonly left: number;
  /** Last column of the table, left of any earlier output of the add-in that the selection took in. */
  readonly right: number;
  readonly lastRow: number;
  /** The header and every non-blank row below it, numbered as the sheet numbers rows. */
  readonly rows: readonly NumberedRow[];
  readonly skipped: number;
}

/**
 * The table's last column: the selection's, or left of the add-in's own earlier results when the selection
 * took them in (Ctrl+A after a first run does).
 */
export function tableRight(place: TablePlace, ownBlocks: readonly OwnBlock[]): number {
  const bottom = place.top + place.rowCount - 1;
  let right = place.left + place.columnCount - 1;
  for (const { range: block } of ownBlocks) {
    const overlapsRows = block.start.row <= bottom && block.end.row >= place.top;
    if (overlapsRows && block.start.column > place.left && block.start.column <= right)
      right = block.start.column - 1;
  }
  return right;
}

/** The table inside the values read: from its first non-blank row (the header) to its last non-blank row. */
export function tableGeometry(
  place: TablePlace,
  right: number,
  values: readonly (readonly unknown[])[]
): TableGeometry | undefined {
  const width = right - place.left + 1;
  const numbered: NumberedRow[] = [];
  values.forEach((line, r) => {
    const cells = line.slice(0, width);
    if (!cells.every(isBlankCell)) numbered.push({ number: place.top + r + 1, cells });
  });
  const header = numbered[0];
  const last = numbered[numbered.length - 1];
  if (!header || !last) return undefined;
  const inside = last.number - header.number + 1;
  return {
    headerRow: header.number - 1,
    left: place.left,
    right,
    lastRow: last.number - 1,
    rows: numbered,
    skipped: inside - numbered.length,
  };
}

const CORE_LOCATION = /^แถว (\d+) \(row \d+\)(?:, ([\s\S]*))?$/;

/**
 * The core's "แถว 17 (row 17), ind3" as the cell "Sheet1!G17", or "Sheet1!17:17" when the problem is the
 * whole row; anything else keeps the core's wording.
 */
export function sheetLocations(
  issues: readonly ValidationIssue[],
  sheetName: string,
  geometry: TableGeometry
): ValidationIssue[] {
  const headers = (geometry.rows[0]?.cells ?? []).map((cell) =>
    typeof cell === "string" ? cell.trim() : isBlankCell(cell) ? "" : String(cell)
  );
  const sheet = quoteSheetName(sheetName);
  return issues.map((issue) => {
    const match = CORE_LOCATION.exec(issue.location);
    if (!match) return issue;
    const row = Number(match[1]);
    const header = match[2];
    const index =
      header === undefined
        ? -1
        : issue.code === "duplicate-column"
          ? headers.lastIndexOf(header)
          : headers.indexOf(header);
    const location =
      index < 0 ? `${sheet}!${row}:${row}` : `${sheet}!${columnLetters(geometry.left + index)}${row}`;
    return { ...issue, location };
  });
}

/** The core's verdict on the rows, with every problem at its cell and a closing "nothing was written". */
export function rowProblems(
  reading: BatchReading,
  sheetName: string,
  geometry: TableGeometry
): ValidationIssue[] {
  const issues = sheetLocations(reading.issues, sheetName, geometry);
  const bad = reading.invalidRows.length;
  const closing = !reading.headerOk
    ? problem(
        "invalid-header",
        "แถวแรกของตารางต้องเป็นหัวตาราง (หน่วยงาน, ปีงบประมาณ, ตัวชี้วัดที่ 1…10) ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
        "the table's first row must be its header (agency, fiscalYear, ind1…ind10); nothing was written"
      )
    : bad > 0
      ? problem(
          "invalid-rows",
          `ข้อมูลไม่ถูกต้อง ${bad} แถว โปรดแก้ไขช่องที่ระบุแล้ววิเคราะห์อีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ`,
          `${bad} row(s) have problems: correct the cells listed and analyse again; nothing was written`
        )
      : undefined;
  if (closing) issues.push(issueAt(tableAddress(sheetName, geometry), closing));
  return issues;
}

/** The address of a rectangle on the sheet (0-based bounds), e.g. "Sheet1!Y1:AG501"; one cell alone, "Sheet1!Y1". */
export function rangeAddress(
  sheetName: string,
  top: number,
  left: number,
  bottom: number,
  right: number
): string {
  const start = cellAddress({ row: top, column: left });
  const end = cellAddress({ row: bottom, column: right });
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

function tableAddress(sheetName: string, geometry: TableGeometry): string {
  return rangeAddress(sheetName, geometry.headerRow, geometry.left, geometry.lastRow, geometry.right);
}
