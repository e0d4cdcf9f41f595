import { isDateNumberFormat, isPercentNumberFormat } from "../../src/core";

describe("isDateNumberFormat", () => {
  it.each([
    "d/m/yyyy",
    "dd/mm/yy",
    "[$-th-TH]d mmmm yyyy",
    "[$-D07041E]d/m/bbbb",
    "h:mm",
    "[h]:mm:ss",
    "mmm-yy",
    "h:mm AM/PM",
  ])("reads %s as a date or time", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each([
    "General",
    "",
    "0.00",
    "#,##0.00",
    "[$-D00041E]0.00",
    "+0.00;-0.00;0.00",
    "0.00E+00",
    "0%",
    "@",
    '0.00 "days"',
    "[Red]0.00",
    "_(* #,##0.00_)",
  ])("does not read %s as a date", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});

describe("isPercentNumberFormat", () => {
  it("is true for a percent format, not for a quoted or escaped percent sign", () => {
    expect(isPercentNumberFormat("0.00%")).toBe(true);
    expect(isPercentNumberFormat("0%;-0%")).toBe(true);
    expect(isPercentNumberFormat('0.00" %"')).toBe(false);
    expect(isPercentNumberFormat("0.00\\%")).toBe(false);
    expect(isPercentNumberFormat("0.00")).toBe(false);
  });
});
