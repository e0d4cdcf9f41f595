/**
 * Dates in cells, whichever host hands them over: serial numbers (Office.js), Dates (ExcelJS), text typed
 * in the Buddhist or the Common Era; and the fiscal year's span.
 */
import {
  compareDates,
  dateFromSerial,
  dateSerial,
  daysBetween,
  fiscalYearSpan,
  parseCellDate,
  parseStatus,
} from "../../../src/core";

describe("date serial numbers", () => {
  it("are Excel's: 31 มีนาคม 2566 is 45016", () => {
    expect(dateSerial({ day: 31, month: 3, buddhistYear: 2566 })).toBe(45016);
    expect(dateFromSerial(45016)).toEqual({ day: 31, month: 3, buddhistYear: 2566 });
    expect(dateFromSerial(45016.75)).toEqual({ day: 31, month: 3, buddhistYear: 2566 });
  });

  it("count days and compare", () => {
    const march = { day: 31, month: 3, buddhistYear: 2566 };
    const april = { day: 30, month: 4, buddhistYear: 2566 };
    expect(daysBetween(march, april)).toBe(30);
    expect(compareDates(march, april)).toBe(-1);
    expect(compareDates(april, april)).toBe(0);
  });

  it("span a fiscal year from 1 ตุลาคม to 30 กันยายน", () => {
    expect(fiscalYearSpan(2570)).toEqual({
      from: { day: 1, month: 10, buddhistYear: 2569 },
      to: { day: 30, month: 9, buddhistYear: 2570 },
    });
  });
});

describe("reading a date from a cell", () => {
  const march31 = { ok: true, value: { day: 31, month: 3, buddhistYear: 2566 } };

  it.each<[string, unknown]>([
    ["a serial number", 45016],
    ["a Date at midnight UTC", new Date(Date.UTC(2023, 2, 31))],
    ["YYYY-MM-DD in the Common Era", "2023-03-31"],
    ["YYYY-MM-DD in the Buddhist Era", "2566-03-31"],
    ["D/M/YYYY in the Buddhist Era", "31/3/2566"],
    ["D/M/YYYY in Thai digits", "๓๑/๓/๒๕๖๖"],
    ["D.M.YYYY in the Common Era", "31.03.2023"],
    ["a Thai date", "31 มีนาคม 2566"],
    ["a Thai date with พ.ศ.", "๓๑ มีนาคม พ.ศ. ๒๕๖๖"],
  ])("reads %s", (_, value) => {
    expect(parseCellDate(value)).toEqual(march31);
  });

  it.each<[string, unknown, string]>([
    ["a day the month does not have", "31/2/2566", "no-such-date"],
    ["a month name that is not one", "31 มีนา 2566", "not-a-date"],
    ["a serial before 1 March 1900", 12, "not-a-date"],
    ["text", "เมื่อวาน", "not-a-date"],
    ["a blank cell", "", "not-a-date"],
    ["an invalid Date", new Date(Number.NaN), "not-a-date"],
    ["a boolean", true, "not-a-date"],
  ])("refuses %s", (_, value, code) => {
    const parsed = parseCellDate(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });
});

describe("reading a status", () => {
  it("reads the four words, spaces ignored, and a blank cell as not started", () => {
    expect(parseStatus("ดำเนินการ แล้วเสร็จ")).toEqual({ ok: true, value: "done" });
    expect(parseStatus("ยกเลิก/ปรับแผน")).toEqual({ ok: true, value: "cancelled" });
    expect(parseStatus("")).toEqual({ ok: true, value: "not-started" });
    expect(parseStatus(null)).toEqual({ ok: true, value: "not-started" });
  });

  it("refuses any other word, and a number", () => {
    expect(parseStatus("เสร็จ").ok).toBe(false);
    expect(parseStatus(1).ok).toBe(false);
  });
});
