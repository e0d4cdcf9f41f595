import {
  exactFromDecimalString,
  exactFromNumber,
  exactMean,
  exactToNumber,
  roundHalfUpToString,
  exactAdd,
  exactCompare,
  exactHasAtMostDecimals,
} from "../../src/core/exact";

const d = (text: string) => {
  const value = exactFromDecimalString(text);
  if (!value) throw new Error(`bad test decimal ${text}`);
  return value;
};

describe("roundHalfUpToString", () => {
  // ITA.md §1: the traps that Math.round(x*100)/100 gets wrong on binary floats.
  it.each([
    ["86.685", "86.69"],
    ["69.225", "69.23"],
    ["94.995", "95.00"],
    ["84.995", "85.00"],
    ["91.9596", "91.96"],
    ["86.552", "86.55"],
    ["0.005", "0.01"],
    ["100", "100.00"],
    ["0", "0.00"],
  ])("rounds %s half-up to %s", (input, expected) => {
    expect(roundHalfUpToString(d(input), 2)).toBe(expected);
  });

  it("rounds the same traps when they arrive as JavaScript numbers", () => {
    expect(roundHalfUpToString(exactFromNumber(86.685), 2)).toBe("86.69");
    expect(roundHalfUpToString(exactFromNumber(69.225), 2)).toBe("69.23");
    expect(roundHalfUpToString(exactFromNumber(94.995), 2)).toBe("95.00");
    // The binary route really is wrong for these, which is why the core avoids it.
    expect(Math.round(69.225 * 100) / 100).toBe(69.22);
    expect((1.005).toFixed(2)).toBe("1.00");
  });

  it("rounds negative halves away from zero, as Excel's ROUND does", () => {
    expect(roundHalfUpToString(d("-2.505"), 2)).toBe("-2.51");
    expect(roundHalfUpToString(d("-2.504"), 2)).toBe("-2.50");
  });

  it("never prints a negative zero", () => {
    expect(roundHalfUpToString(d("-0.001"), 2)).toBe("0.00");
  });

  it("rounds a repeating third exactly", () => {
    const third = exactMean([d("0"), d("0"), d("1")]);
    expect(roundHalfUpToString(third, 2)).toBe("0.33");
    expect(roundHalfUpToString(exactMean([d("0"), d("1"), d("1")]), 2)).toBe("0.67");
  });
});

describe("exactFromDecimalString", () => {
  it("reads plain, signed, leading-dot and exponent forms", () => {
    expect(exactCompare(d("+.5"), d("0.5"))).toBe(0);
    expect(exactCompare(d("1e-7"), d("0.0000001"))).toBe(0);
    expect(exactCompare(d("2.5E1"), d("25"))).toBe(0);
  });

  it("refuses text that is not a decimal", () => {
    expect(exactFromDecimalString("1,000")).toBeUndefined();
    expect(exactFromDecimalString("abc")).toBeUndefined();
    expect(exactFromDecimalString("")).toBeUndefined();
    expect(exactFromDecimalString("1e999999")).toBeUndefined();
  });
});

describe("exact arithmetic", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(exactCompare(exactAdd(exactFromNumber(0.1), exactFromNumber(0.2)), d("0.3"))).toBe(0);
  });

  it("converts back to the nearest number", () => {
    expect(exactToNumber(d("91.9596"))).toBe(91.9596);
    expect(exactToNumber(exactMean([d("1"), d("1"), d("2")]))).toBeCloseTo(4 / 3, 15);
  });

  it("tells whether a value has at most n decimals", () => {
    expect(exactHasAtMostDecimals(d("85.08"), 2)).toBe(true);
    expect(exactHasAtMostDecimals(d("85.081"), 2)).toBe(false);
  });

  it("refuses non-finite numbers as a programming error", () => {
    expect(() => exactFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => exactMean([])).toThrow(RangeError);
  });
});
