import {
  cellAddress,
  columnLetters,
  indexInRange,
  parseRangeReference,
  quoteSheetName,
} from "../../src/core/a1";

describe("A1 references", () => {
  it("parses sheet-qualified ranges and normalises their corners", () => {
    expect(parseRangeReference("Sheet1!C13:C4")).toEqual({
      sheet: "Sheet1",
      start: { row: 3, column: 2 },
      end: { row: 12, column: 2 },
    });
    expect(parseRangeReference("'งบ 2565'!$B$2")?.sheet).toBe("งบ 2565");
    expect(parseRangeReference("'it''s'!A1")?.sheet).toBe("it's");
    expect(parseRangeReference("[Book1.xlsx]Sheet1!A1")?.sheet).toBe("Sheet1");
    expect(parseRangeReference("'[Book 1.xlsx]My Sheet'!A1")?.sheet).toBe("My Sheet");
  });

  it("refuses what it cannot read", () => {
    expect(parseRangeReference("Sheet1!C:C")).toBeUndefined();
    expect(parseRangeReference("MyName")).toBeUndefined();
    expect(parseRangeReference("A1:B2:C3")).toBeUndefined();
  });

  it("writes column letters and addresses", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(cellAddress({ row: 8, column: 2 })).toBe("C9");
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("ผล ITA")).toBe("'ผล ITA'");
  });

  it("finds a cell's row-major index inside a range", () => {
    const range = parseRangeReference("Sheet1!B2:C3");
    const cell = (text: string) => parseRangeReference(text);
    if (!range) throw new Error("range");
    expect(indexInRange(cell("Sheet1!C3") ?? range, range)).toBe(3);
    expect(indexInRange(cell("sheet1!B2") ?? range, range)).toBe(0);
    expect(indexInRange(cell("Sheet2!B2") ?? range, range)).toBeUndefined();
    expect(indexInRange(cell("Sheet1!D2") ?? range, range)).toBeUndefined();
  });
});
