/**
 * Inputs the fuzzer (npm run fuzz, test/fuzz/) found the core mishandling, each kept as a focused case:
 * invisible characters around a pasted score, cells long enough to make a backtracking regular expression
 * take seconds, a run of digits too long for a year, and a tiny exact value turned into 0.
 */
import { performance } from "node:perf_hooks";
import {
  exactFromDecimalString,
  exactToNumber,
  findScores,
  frameworkFor,
  parseFiscalYear,
  parseItemCode,
  parseScore,
  recognizeScores,
  roundHalfUpToString,
  trimPasted,
} from "../../src/core";

const FY2565 = frameworkFor(2565);
if (!FY2565) throw new Error("no framework for 2565");

/** Excel's limit on the text of one cell. */
const CELL_LIMIT = 32767;

/**
 * Expects `run` to take less than `limitMs`, in the best of up to three tries (it stops at the first under
 * the limit). The cases below took 0.7 s to 77 s before their fixes, on every try, and take a few ms now;
 * one try on a loaded CI machine can still be stalled past the limit by a garbage collection or by other
 * jobs, three in a row not.
 */
function expectWithin(limitMs: number, run: () => unknown): void {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= limitMs; attempt += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  expect(best).toBeLessThan(limitMs);
}

describe("a score pasted with invisible characters around it", () => {
  it.each([
    ["a left-to-right mark (Windows number formatting)", "\u200e91.21"],
    ["a right-to-left mark", "91.21\u200f"],
    ["a pop-directional-formatting mark", "91.21\u202c"],
    ["bidi isolates", "\u206691.21\u2069"],
    ["zero-width joiners", "\u200d91.21\u200c"],
    ["a word joiner", "\u206091.21"],
    ["a soft hyphen", "91.21\u00ad"],
    ["Thai digits between direction marks", "\u200e๙๑.๒๑\u200f"],
  ])("reads 91.21 through %s", (_what, text) => {
    const score = parseScore(text);
    expect(score.ok && roundHalfUpToString(score.value, 2)).toBe("91.21");
  });

  it("still refuses an invisible character inside the number", () => {
    expect(parseScore("91\u200e.21").ok).toBe(false);
  });

  it("trims the marks from labels too", () => {
    expect(trimPasted("\u200e การใช้อำนาจ \u202c")).toBe("การใช้อำนาจ");
  });
});

describe("cells as long as Excel allows take linear time", () => {
  const spaces = " ".repeat(CELL_LIMIT - 2);

  it("trims and refuses a cell of two digits 32,765 spaces apart at once (was 2.5 s)", () => {
    expectWithin(250, () => expect(parseScore(`1${spaces}1`).ok).toBe(false));
  });

  it("recognises ten such labels at once (was 77 s)", () => {
    const values = Array.from({ length: 10 }, (_, i) => [`ก${spaces}ก`, 80 + i]);
    expectWithin(500, () =>
      expect(recognizeScores({ sheet: "Sheet1", origin: { row: 0, column: 0 }, values }, FY2565).ok).toBe(
        false
      )
    );
  });

  it("refuses an item code followed by 32,000 spaces at once (was 0.7 s)", () => {
    expectWithin(250, () => expect(parseItemCode(`i${spaces}x`).ok).toBe(false));
    expect(parseItemCode("I - ๒๘")).toEqual({ ok: true, value: "i28" });
  });

  it("scans a sheet cell of text and 32,000 pipes at once (was 1.5 s), and still strips a markdown row's pipes", () => {
    const pipes = `x${"|".repeat(CELL_LIMIT - 2)}ก`;
    expectWithin(250, () => findScores("Sheet1", { row: 0, column: 0 }, [[pipes, 1]], FY2565));
    expectWithin(250, () => findScores("Sheet1", { row: 0, column: 0 }, [[`i${spaces}ก`, 1]], FY2565));
    const found = findScores("Sheet1", { row: 0, column: 0 }, [["| การใช้อำนาจ |", "| 87.53 |"]], FY2565);
    expect(found.ok && found.value.found.map((entry) => [entry.indicator, entry.values[0]?.cell])).toEqual([
      [3, "Sheet1!B1"],
    ]);
  });
});

describe("a fiscal year too long for a number", () => {
  it("is not a fiscal year (it was read as Infinity)", () => {
    const year = parseFiscalYear("9".repeat(400));
    expect(year.ok ? year.value : year.problem.code).toBe("not-a-year");
  });

  it("leaves real years alone", () => {
    expect(parseFiscalYear("๒๕๖๕")).toEqual({ ok: true, value: 2565 });
  });
});

describe("an exact value as a JavaScript number", () => {
  const numberOf = (text: string) => {
    const exact = exactFromDecimalString(text);
    if (!exact) throw new Error(`not a decimal: ${text}`);
    return exactToNumber(exact);
  };

  it("keeps its significant digits however small it is (20 decimals flat made these 0)", () => {
    expect(numberOf(`0.${"0".repeat(21)}1`)).toBe(1e-22);
    expect(numberOf("-0.000000000000000000000123")).toBe(-1.23e-22);
  });

  it("is unchanged for the figures the ITA deals in", () => {
    expect(numberOf("91.9596")).toBe(91.9596);
    expect(exactToNumber({ numerator: BigInt(1), denominator: BigInt(3) })).toBe(1 / 3);
    expect(numberOf("0")).toBe(0);
  });
});
