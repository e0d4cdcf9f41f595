import { hundredthsOf, scoreBatchYear, scoreBatchYearExactly } from "../../../src/core/batch";
import { BUILT_IN_FRAMEWORKS, exactFraction, parseScore } from "../../../src/core";

/** mulberry32, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("hundredthsOf", () => {
  it("reads scores with at most two decimals as whole hundredths", () => {
    expect(hundredthsOf("91.21")).toBe(9121);
    expect(hundredthsOf(" 89.3 ")).toBe(8930);
    expect(hundredthsOf(100)).toBe(10000);
    expect(hundredthsOf(0)).toBe(0);
    expect(hundredthsOf(86.685)).toBeUndefined();
  });

  it("leaves everything else to parseScore", () => {
    for (const value of ["๙๑.๒๑", "91.21%", "100.01", "-1", "1e2", "91.", ".5", "", "n/a", null, true, NaN]) {
      expect(hundredthsOf(value)).toBeUndefined();
    }
  });

  it("agrees with parseScore wherever it answers", () => {
    const next = random(7);
    for (let i = 0; i < 5000; i += 1) {
      const value =
        next() < 0.5 ? Math.round(next() * 10000) / 100 : (next() * 110).toFixed(Math.floor(next() * 4));
      const fast = hundredthsOf(value);
      if (fast === undefined) continue;
      const parsed = parseScore(value);
      expect(parsed).toEqual({ ok: true, value: exactFraction(BigInt(fast), BigInt(100)) });
    }
  });
});

describe("scoreBatchYear", () => {
  it("scores in hundredths exactly as the core's exact path does, on random scores of every year", () => {
    const next = random(2568);
    for (let i = 0; i < 3000; i += 1) {
      const framework = BUILT_IN_FRAMEWORKS[i % BUILT_IN_FRAMEWORKS.length];
      if (!framework) throw new Error("no framework");
      // Near the cuts (84.99/85.00, 94.99/95.00) as often as anywhere else.
      const around = [8500, 9500, 7000, 7500, 5000][Math.floor(next() * 5)] ?? 8500;
      const scores = framework.indicators.map(() =>
        next() < 0.5
          ? Math.round(next() * 10000)
          : Math.min(10000, Math.max(0, around + Math.round((next() - 0.5) * 40)))
      );
      const fast = scoreBatchYear(framework, scores);
      const exact = scoreBatchYearExactly(framework, scores);
      expect(fast).toEqual(exact);
    }
  });

  it("takes the exact path for a score with three decimals", () => {
    const framework = BUILT_IN_FRAMEWORKS[0];
    if (!framework) throw new Error("no framework");
    const scores = [
      exactFraction(BigInt(84995), BigInt(1000)),
      8500,
      8500,
      8500,
      8500,
      8500,
      8500,
      8500,
      8500,
      8500,
    ];
    expect(scoreBatchYear(framework, scores)).toEqual(scoreBatchYearExactly(framework, scores));
  });
});
