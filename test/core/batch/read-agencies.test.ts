import { csvRows, readAgencies } from "../../../src/core/batch";
import { formatIssue } from "../../../src/core";

const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];
const englishHeader = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...seed2565.map((_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...seed2565.map((_, i) => `prev${i + 1}`),
];

const read = (lines: string[]) => readAgencies(csvRows(lines.join("\n")));

describe("readAgencies", () => {
  it("reads English headers and scores the seed agency with its previous year", () => {
    const reading = read([
      englishHeader.join(","),
      ["เทศบาลตำบลด่านเกวียน", "เทศบาลตำบล", "นครราชสีมา", 2565, ...seed2565, 2564, ...seed2564].join(","),
    ]);
    expect(reading.issues).toEqual([]);
    const [agency] = reading.agencies;
    expect(agency?.row).toBe(2);
    expect(agency?.province).toBe("นครราชสีมา");
    expect(agency?.current.printedTotal).toBe(91.96);
    expect(agency?.current.printedTools).toEqual({ IIT: 86.55, EIT: 89.98, OIT: 97.5 });
    expect(agency?.current.rating.rating).toBe("A");
    expect(agency?.previous?.printedTotal).toBe(78.2);
    expect(agency?.previous?.rating.rating).toBe("B");
  });

  it("reads Thai headers in any spacing, with a byte-order mark and Thai digits in the cells", () => {
    const header = [
      "\uFEFFหน่วยงาน",
      "จังหวัด",
      " ปีงบประมาณ ",
      ...seed2565.map((_, i) => (i % 2 === 0 ? `ตัวชี้วัดที่ ${i + 1}` : `ตัวชี้วัด${i + 1}`)),
      "ปีก่อน",
      ...seed2565.map((_, i) => `ปีก่อน ${i + 1}`),
    ];
    const reading = read([
      header.join(";"),
      ["ด่านเกวียน", "นครราชสีมา", "๒๕๖๕", "๙๑.๒๑", ...seed2565.slice(1), "", ...seed2564].join(";"),
    ]);
    expect(reading.issues).toEqual([]);
    expect(reading.agencies[0]?.current.printedTotal).toBe(91.96);
    // A blank previous year with previous scores is the year before.
    expect(reading.agencies[0]?.previous?.fiscalYear).toBe(2564);
  });

  it("accepts a file without type, province and previous-year columns", () => {
    const reading = read([
      ["Agency", "Fiscal Year", ...seed2565.map((_, i) => `IND ${i + 1}`)].join(","),
      ["ด่านเกวียน", 2565, ...seed2565].join(","),
    ]);
    expect(reading.issues).toEqual([]);
    expect(reading.agencies[0]).toMatchObject({ agency: "ด่านเกวียน", type: undefined, province: undefined });
    expect(reading.agencies[0]?.previous).toBeUndefined();
  });

  it("reports every problem of a bad row with its row number as in the file and its column", () => {
    const reading = read([
      englishHeader.join(","),
      ["ดี", "", "", 2565, ...seed2565, "", ...seed2565.map(() => "")].join(","),
      "",
      ["", "", "", 2022, "n/a", ...seed2565.slice(1), "", ...seed2565.map(() => "")].join(","),
      ["ย้อนปี", "", "", 2565, ...seed2565, 2566, ...seed2564].join(","),
    ]);
    expect(reading.agencies.map((agency) => agency.agency)).toEqual(["ดี"]);
    expect(reading.invalidRows).toEqual([4, 5]);
    expect(reading.issues.map((issue) => formatIssue(issue))).toEqual([
      "แถว 4 (row 4), agency: ไม่มีชื่อหน่วยงาน / the agency name is missing",
      "แถว 4 (row 4), fiscalYear: 2022 เป็นปีคริสต์ศักราช โปรดใช้ปีพุทธศักราช 2565 / 2022 is a Common-Era year; use the Buddhist-era year 2565",
      "แถว 5 (row 5), previousFiscalYear: ปีก่อน 2566 ต้องมาก่อนปีงบประมาณ 2565 / the previous year 2566 must be earlier than 2565",
    ]);
  });

  it("locates a bad score at its row and the column's header", () => {
    const reading = read([
      englishHeader.join(","),
      ["x", "", "", 2565, "n/a", ...seed2565.slice(1)].join(","),
    ]);
    expect(reading.issues.map((issue) => formatIssue(issue))).toEqual([
      'แถว 2 (row 2), ind1: "n/a" ไม่ใช่คะแนน / "n/a" is not a score',
    ]);
  });

  it("refuses a header without the indicator columns and reads no row", () => {
    const reading = read(["agency,fiscalYear,ind1", "x,2565,90"]);
    expect(reading.headerOk).toBe(false);
    expect(reading.agencies).toEqual([]);
    expect(reading.issues[0]?.location).toBe("แถว 1 (row 1)");
    expect(reading.issues).toHaveLength(9);
  });

  it("warns about a column it does not know and ignores it", () => {
    const reading = read([
      ["agency", "fiscalYear", "note", ...seed2565.map((_, i) => `ind${i + 1}`)].join(","),
      ["x", 2565, "ดี", ...seed2565].join(","),
    ]);
    expect(reading.issues).toEqual([]);
    expect(reading.warnings.map((w) => w.code)).toEqual(["unknown-column"]);
  });
});

describe("csvRows", () => {
  it("numbers rows as a spreadsheet does: blank lines count, quoted line breaks do not", () => {
    expect(csvRows('a,b\r\n\r\n"x\ny",2\n"q""uote",\n')).toEqual([
      { number: 1, cells: ["a", "b"] },
      { number: 3, cells: ["x\ny", "2"] },
      { number: 4, cells: ['q"uote', ""] },
    ]);
  });
});
