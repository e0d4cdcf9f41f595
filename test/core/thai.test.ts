import { exactFromNumber } from "../../src/core/exact";
import {
  fiscalYearMilestones,
  formatDecimal,
  formatThaiDate,
  THAI_MONTHS,
  toArabicDigits,
  toThaiDigits,
} from "../../src/core/thai";

describe("Thai digits", () => {
  it("converts both ways and keeps other characters", () => {
    expect(toThaiDigits("91.96 คะแนน")).toBe("๙๑.๙๖ คะแนน");
    expect(toArabicDigits("๙๑.๙๖ คะแนน")).toBe("91.96 คะแนน");
    expect(toArabicDigits("8๕.๐8")).toBe("85.08");
  });

  it("formats a score with fixed decimals in Thai digits, rounding half-up", () => {
    expect(formatDecimal(exactFromNumber(86.685), 2, "thai")).toBe("๘๖.๖๙");
    expect(formatDecimal(exactFromNumber(97.5), 2)).toBe("97.50");
  });
});

describe("Thai dates", () => {
  it("has twelve months starting with มกราคม", () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[0]).toBe("มกราคม");
    expect(THAI_MONTHS[8]).toBe("กันยายน");
  });

  it("writes a date as official documents do", () => {
    expect(formatThaiDate({ day: 31, month: 3, buddhistYear: 2566 })).toBe("๓๑ มีนาคม ๒๕๖๖");
    expect(formatThaiDate({ day: 30, month: 9, buddhistYear: 2566 }, "arabic")).toBe("30 กันยายน 2566");
  });

  it("refuses an impossible date", () => {
    expect(() => formatThaiDate({ day: 1, month: 13, buddhistYear: 2566 })).toThrow(RangeError);
  });

  it("places fiscal year 2566 from 1 ตุลาคม 2565 to 30 กันยายน 2566 with the six-month report on 31 มีนาคม 2566", () => {
    const m = fiscalYearMilestones(2566);
    expect(formatThaiDate(m.start, "arabic")).toBe("1 ตุลาคม 2565");
    expect(formatThaiDate(m.sixMonthReport, "arabic")).toBe("31 มีนาคม 2566");
    expect(formatThaiDate(m.end, "arabic")).toBe("30 กันยายน 2566");
  });
});
