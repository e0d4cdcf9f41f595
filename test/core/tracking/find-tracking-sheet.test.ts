/**
 * Which sheet of a workbook is the tracking sheet (by its identity, whatever its name), refused when there
 * is none or two; and the agency and year of the measures sheet beside it.
 */
import {
  findTrackingSheet,
  measuresSheetIdentity,
  measuresToMatch,
  TRACKING_COLUMN_INDEX,
} from "../../../src/core";
import { seedGrid, SHEET } from "./helpers";

const measuresSheet = (year: number, agency = "เทศบาลตำบลด่านเกวียน") => ({
  name: `มาตรการ ITA ${year}`,
  rows: [[`ประกาศ${agency}\nเรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖`]],
});

describe("finding the tracking sheet", () => {
  const tracking = { name: SHEET, rows: seedGrid() };
  const analysis = { name: "ผลการวิเคราะห์ ITA 2565", rows: [["รายงาน"]] };

  it("finds it by its identity, renamed or not", () => {
    expect(findTrackingSheet([analysis, tracking], "book.xlsx")).toMatchObject({
      ok: true,
      value: { name: SHEET },
    });
    const renamed = { ...tracking, name: "ติดตามผล" };
    expect(findTrackingSheet([renamed], "book.xlsx")).toMatchObject({ ok: true, value: { name: "ติดตามผล" } });
  });

  it("refuses a workbook without one, naming its sheets", () => {
    const result = findTrackingSheet([analysis, measuresSheet(2566)], "book.xlsx");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ location: "book.xlsx", code: "tracking-sheet-missing" });
      expect(result.issues[0]?.messageEn).toBe(
        "no tracking sheet in this workbook (its sheets: 'ผลการวิเคราะห์ ITA 2565', 'มาตรการ ITA 2566'); make one with ita report --tracking or the pane's tracking sheet button"
      );
    }
  });

  it("says so when a sheet named as one lost its identity", () => {
    const cleared = seedGrid();
    (cleared[0] as unknown[])[TRACKING_COLUMN_INDEX.key] = "";
    const result = findTrackingSheet([{ name: SHEET, rows: cleared }], "book.xlsx");
    expect(!result.ok && result.issues[0]?.messageTh).toMatch(
      /^แผ่นงาน 'ติดตามมาตรการ ITA 2566' ไม่มีรหัสประจำแผ่นงานติดตาม/
    );
  });

  it("refuses two", () => {
    const result = findTrackingSheet(
      [tracking, { ...tracking, name: "ติดตามมาตรการ ITA 2566 (2)" }],
      "book.xlsx"
    );
    expect(!result.ok && result.issues[0]?.code).toBe("tracking-sheet-twice");
  });
});

describe("the measures a tracking sheet is held to", () => {
  it("reads the year from the sheet's name and the agency from its announcement", () => {
    expect(measuresSheetIdentity(measuresSheet(2566))).toEqual({
      sheetName: "มาตรการ ITA 2566",
      fiscalYear: 2566,
      agency: "เทศบาลตำบลด่านเกวียน",
    });
    expect(measuresSheetIdentity({ name: "Sheet1", rows: [] })).toBeUndefined();
  });

  it("prefers the measures of the tracking sheet's year, else the workbook's only ones", () => {
    const tracking = { name: SHEET, rows: seedGrid() };
    expect(measuresToMatch([measuresSheet(2567), measuresSheet(2566), tracking], tracking)?.fiscalYear).toBe(
      2566
    );
    expect(measuresToMatch([measuresSheet(2567), tracking], tracking)?.fiscalYear).toBe(2567);
    expect(measuresToMatch([tracking], tracking)).toBeUndefined();
  });
});
