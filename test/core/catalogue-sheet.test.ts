import {
  BUILT_IN_CATALOGUES,
  CATALOGUE_SHEET_COLUMNS,
  CATALOGUE_SHEET_HEADERS,
  Catalogue,
  catalogueSheetLayout,
  catalogueSheetRows,
  cataloguesFromRows,
  DEADLINE_WORDS,
  IIT_CATALOGUE,
  Validated,
} from "../../src/core";

const SHEET = "แคตตาล็อกมาตรการ ITA";

const lines = (outcome: Validated<unknown>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`);

/** The sheet's rows, editable. */
function sheet(catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES): string[][] {
  return catalogueSheetRows(catalogues).map((row) => [...row]);
}

/** The 0-based row of an entry's first row. */
function rowOf(rows: readonly (readonly unknown[])[], catalogueId: string, key: string): number {
  const index = rows.findIndex((row) => row[0] === catalogueId && row[1] === key);
  if (index < 0) throw new Error(`no ${catalogueId} ${key}`);
  return index;
}

function entry(catalogues: readonly Catalogue[], id: string, key: string) {
  return catalogues
    .find((catalogue) => catalogue.id === id)
    ?.entries.find((candidate) => candidate.key === key);
}

describe("catalogueSheetRows", () => {
  it("starts with a title, notes and the header row, seven columns wide", () => {
    const layout = catalogueSheetLayout(BUILT_IN_CATALOGUES);
    expect(layout.rows[0]?.[0]).toBe("แคตตาล็อกข้อเสนอแนะและมาตรการ ITA");
    expect(layout.rows[layout.headerRow]).toEqual([...CATALOGUE_SHEET_HEADERS]);
    expect(layout.rows.every((row) => row.length === CATALOGUE_SHEET_COLUMNS)).toBe(true);
  });

  it("writes one row per measure: the entry on its first row, columns A–D blank below", () => {
    const rows = sheet();
    const first = rowOf(rows, "iit", "i1");
    const i1 = IIT_CATALOGUE.entries[0];
    expect(i1?.measures).toHaveLength(2);
    expect(rows[first]).toEqual([
      "iit",
      "i1",
      i1?.title,
      i1?.recommendation,
      i1?.measures[0]?.action,
      i1?.measures[0]?.responsible,
      "รอบ 6 เดือน",
    ]);
    expect(rows[first + 1]).toEqual(["", "", "", "", i1?.measures[1]?.action, "ทุกส่วนราชการ", "รายไตรมาส"]);
    const measures = BUILT_IN_CATALOGUES.flatMap((catalogue) => catalogue.entries).flatMap((e) => e.measures);
    expect(rows.length - catalogueSheetLayout(BUILT_IN_CATALOGUES).headerRow - 1).toBe(measures.length);
  });

  it("names every deadline pattern in Thai words", () => {
    expect(Object.values(DEADLINE_WORDS)).toEqual([
      "รอบ 6 เดือน",
      "สิ้นปีงบประมาณ",
      "รอบ 6 เดือนและสิ้นปีงบประมาณ",
      "รายไตรมาส",
    ]);
  });
});

describe("cataloguesFromRows", () => {
  it("reads the built-in catalogues back exactly", () => {
    expect(cataloguesFromRows(SHEET, sheet())).toEqual({
      ok: true,
      value: BUILT_IN_CATALOGUES,
      warnings: [],
    });
  });

  it("takes the officer's edits: a unit name, a further measure, Thai digits and text that looks like a formula", () => {
    const rows = sheet();
    const i28 = rowOf(rows, "iit", "i28");
    (rows[i28] as string[])[5] = "กองยุทธศาสตร์ฯ ๑";
    (rows[i28] as string[])[3] = "=ข้อเสนอแนะของหน่วยงาน";
    rows.splice(i28 + 1, 0, ["", "", "", "", "- ประชุมชี้แจง @ห้องประชุม", "+ งานนิติการ", "รอบ ๖ เดือน"]);
    const read = cataloguesFromRows(SHEET, rows);
    if (!read.ok) throw new Error(lines(read).join("\n"));
    const edited = entry(read.value, "iit", "i28");
    expect(edited?.recommendation).toBe("=ข้อเสนอแนะของหน่วยงาน");
    expect(edited?.measures[0]?.responsible).toBe("กองยุทธศาสตร์ฯ ๑");
    expect(edited?.measures[1]).toEqual({
      action: "- ประชุมชี้แจง @ห้องประชุม",
      responsible: "+ งานนิติการ",
      deadline: "six-month",
    });
    expect(edited?.measures).toHaveLength(
      (entry(BUILT_IN_CATALOGUES, "iit", "i28")?.measures.length ?? 0) + 1
    );
  });

  it("reads a sheet whose used range starts elsewhere, and a part of the catalogues", () => {
    const rows = sheet([IIT_CATALOGUE]).slice(4);
    const read = cataloguesFromRows(SHEET, rows, { row: 4, column: 0 });
    expect(read.ok && read.value).toEqual([IIT_CATALOGUE]);
  });

  it("refuses an unknown deadline word at its cell, 1-based as Excel shows it", () => {
    const rows = sheet();
    const i28 = rowOf(rows, "iit", "i28");
    (rows[i28] as string[])[6] = "ทุกเดือน";
    expect(lines(cataloguesFromRows(SHEET, rows))).toEqual([`'${SHEET}'!G${i28 + 1} unknown-deadline`]);
  });

  it("collects every problem: blank action and unit, a measure with no entry, unknown ids and keys", () => {
    const rows = sheet([IIT_CATALOGUE]);
    const header = catalogueSheetLayout([IIT_CATALOGUE]).headerRow;
    rows.splice(header + 1, 0, ["", "", "", "", "ขั้นตอน", "กองคลัง", "สิ้นปีงบประมาณ"]);
    const i2 = rowOf(rows, "iit", "i2");
    (rows[i2] as string[])[4] = "";
    (rows[i2] as string[])[5] = "  ";
    const i3 = rowOf(rows, "iit", "i3");
    (rows[i3] as string[])[0] = "iit-2569";
    const i4 = rowOf(rows, "iit", "i4");
    (rows[i4] as string[])[1] = "e4";
    const i5 = rowOf(rows, "iit", "i5");
    (rows[i5] as string[])[1] = "";
    const i6 = rowOf(rows, "iit", "i6");
    (rows[i6] as string[])[1] = "i1";
    const at = (row: number, column: string) => `'${SHEET}'!${column}${row + 1}`;
    expect(lines(cataloguesFromRows(SHEET, rows))).toEqual([
      `${at(header + 1, "B")} measure-without-entry`,
      `${at(i2, "E")} blank`,
      `${at(i2, "F")} blank`,
      `${at(i3, "A")} unknown-catalogue`,
      `${at(i4, "B")} key-not-in-catalogue`,
      `${at(i5, "B")} missing-key`,
      `${at(i6, "B")} duplicate-entry`,
    ]);
  });

  it("does not blame the further measures of an entry whose first row is refused", () => {
    const rows = sheet([IIT_CATALOGUE]);
    const i1 = rowOf(rows, "iit", "i1");
    (rows[i1] as string[])[0] = "unknown";
    expect(lines(cataloguesFromRows(SHEET, rows))).toEqual([`'${SHEET}'!A${i1 + 1} unknown-catalogue`]);
  });

  it("refuses an Excel error in a text cell: text typed without ' that became a formula", () => {
    const rows = sheet([IIT_CATALOGUE]);
    const i1 = rowOf(rows, "iit", "i1");
    (rows[i1] as unknown[])[4] = "#NAME?";
    expect(lines(cataloguesFromRows(SHEET, rows))).toEqual([`'${SHEET}'!E${i1 + 1} error-value`]);
  });

  it("keys may be typed in capitals or Thai digits; deadlines by their pattern name", () => {
    const rows = sheet([IIT_CATALOGUE]);
    const i28 = rowOf(rows, "iit", "i28");
    (rows[i28] as string[])[0] = " IIT ";
    (rows[i28] as string[])[1] = "I๒๘";
    (rows[i28] as string[])[6] = "year-end";
    const read = cataloguesFromRows(SHEET, rows);
    expect(read.ok && entry(read.value, "iit", "i28")?.measures[0]?.deadline).toBe("year-end");
  });

  it("refuses a sheet without its header row", () => {
    expect(lines(cataloguesFromRows(SHEET, [["อื่น ๆ"]]))).toEqual([`'${SHEET}' missing-header`]);
  });
});
