import { excelErrorOf } from "./custom-functions-stub";
import { exactFromNumber, frameworkFor, ratingFor } from "../../src/core";
import {
  delta,
  grade,
  indicatorName,
  numberFromText,
  pass,
  rank,
  score,
  thaiDigits,
  toolScore,
  total,
} from "../../src/functions/functions";

const seedColumn = [[91.21], [85.08], [87.53], [84.47], [84.47], [94.31], [89.3], [86.33], [95.0], [100.0]];
const seedRow = [seedColumn.map((row) => row[0])];
const noAddresses = {} as CustomFunctions.Invocation;
const at = (scoreAddress: string, rangeAddress: string) =>
  ({ parameterAddresses: [scoreAddress, rangeAddress] }) as unknown as CustomFunctions.Invocation;

describe("ITA.GRADE", () => {
  it("rates the seed's 91.96 in 2565 as A", () => {
    expect(grade(91.96, 2565)).toBe("A");
    expect(grade("๙๑.๙๖", "๒๕๖๕")).toBe("A");
  });

  it("judges the printed total: 94.995 is AA in 2565", () => {
    expect(grade(94.995, 2565)).toBe("AA");
  });

  it("uses the tool conditions from 2566", () => {
    expect(grade(95.81, 2566, 94, 96, 97)).toBe("ผ่านดี");
    expect(grade(96, 2566, 95, 96, 97)).toBe("ผ่านดีเยี่ยม");
    expect(grade(86.78, 2566, 80, 90, 88)).toBe("ผ่าน");
    expect(grade(72, 2566)).toBe("ต้องปรับปรุง");
  });

  it("rates 2569, the default year, with the word ratings and their tool conditions, judged as printed", () => {
    // SAO 2568 pattern: a high total is only ผ่าน when one tool is below 85 (ITA.md §7).
    expect(grade(94.64, 2569, 96, 84.99, 99)).toBe("ผ่าน");
    expect(grade(94.64, null, 96, 84.99, 99)).toBe("ผ่าน");
    // Half-up on the printed tool score: 84.995 prints 85.00, so every tool reaches 85.
    expect(grade(91.2, 2569, 96, 84.995, 95)).toBe("ผ่านดี");
    expect(grade(84.995, 2569, 90, 90, 80)).toBe("ผ่าน");
    expect(grade(84.994, 2569, 90, 90, 80)).toBe("ต้องปรับปรุง");
    expect(grade(69.995, 2569)).toBe("ต้องปรับปรุง");
    expect(grade(69.994, 2569)).toBe("ต้องปรับปรุงโดยด่วน");
  });

  it("says #N/A rather than guessing a 2566 rating of 85 or more without tool scores", () => {
    expect(excelErrorOf(() => grade(91.96, 2566))).toMatch(/^#N\/A: .*needs the IIT, EIT and OIT scores/);
    expect(excelErrorOf(() => grade(91.96))).toMatch(/^#N\/A/);
  });

  it("refuses bad arguments with #VALUE! and a reason", () => {
    expect(excelErrorOf(() => grade("n/a", 2565))).toBe(
      '#VALUE!: คะแนนรวม: "n/a" ไม่ใช่คะแนน / total: "n/a" is not a score'
    );
    expect(excelErrorOf(() => grade(120, 2565))).toMatch(/^#VALUE!: .*outside 0–100/);
    expect(excelErrorOf(() => grade("", 2565))).toMatch(/^#VALUE!: .*blank/);
    expect(excelErrorOf(() => grade(90, 2565, 90))).toMatch(/^#VALUE!: .*all three tool scores/);
    expect(excelErrorOf(() => grade(90, 2022))).toMatch(/^#VALUE!: .*Buddhist-era year 2565/);
  });

  it("says #N/A for a fiscal year without a framework", () => {
    expect(excelErrorOf(() => grade(90, 2561))).toMatch(
      /^#N\/A: .*no built-in ITA framework for 2561 .*insert the framework sheet/
    );
  });
});

describe("ITA.PASS", () => {
  it("passes 85.00 as printed", () => {
    expect(pass(84.995)).toBe(true);
    expect(pass(84.994)).toBe(false);
    expect(pass("85%")).toBe(true);
  });
});

describe("ITA.TOTAL, ITA.SCORE, ITA.TOOL", () => {
  it("weights full-precision tool scores", () => {
    expect(total(86.552, 89.98, 97.5, 2565)).toBeCloseTo(91.9596, 10);
  });

  it("scores the seed's ten indicators from a column or a row", () => {
    expect(score(seedColumn, 2565)).toBeCloseTo(91.9596, 10);
    expect(score(seedRow, 2565)).toBeCloseTo(91.9596, 10);
  });

  it("gives each tool's score", () => {
    expect(toolScore(seedColumn, "IIT", 2565)).toBeCloseTo(86.552, 10);
    expect(toolScore(seedColumn, "eit", 2565)).toBeCloseTo(89.98, 10);
    expect(toolScore(seedColumn, "OIT", 2565)).toBe(97.5);
  });

  it("refuses a range of the wrong size or shape", () => {
    expect(excelErrorOf(() => score(seedColumn.slice(0, 9), 2565))).toMatch(/^#VALUE!: .*got 9 cells/);
    expect(
      excelErrorOf(() =>
        score(
          [
            [1, 2, 3, 4, 5],
            [6, 7, 8, 9, 10],
          ],
          2565
        )
      )
    ).toMatch(/^#VALUE!: .*one row or one column/);
  });

  it("names the indicator of a blank or bad cell", () => {
    const withBlank = seedColumn.map((row, i) => (i === 3 ? [""] : row));
    expect(excelErrorOf(() => score(withBlank, 2565))).toMatch(
      /^#VALUE!: ตัวชี้วัดที่ 4: .*indicator 4: the cell is blank/
    );
    const withError = seedColumn.map((row, i) => (i === 8 ? ["#N/A"] : row));
    expect(excelErrorOf(() => score(withError, 2565))).toMatch(
      /indicator 9: the cell holds the Excel error #N\/A/
    );
  });

  it("refuses an unknown tool", () => {
    expect(excelErrorOf(() => toolScore(seedColumn, "XYZ", 2565))).toMatch(/^#VALUE!: .*IIT, EIT or OIT/);
  });
});

describe("ITA.DELTA", () => {
  it("gives the change the report prints, without float noise", () => {
    expect(delta(91.21, 87.93)).toBe(3.28);
    expect(delta(95, 97.5)).toBe(-2.5);
    expect(delta(94.31, 57.81)).toBe(36.5);
  });
});

describe("ITA.RANK", () => {
  it("ranks ties in the range's order when Excel gives the addresses, as a 1×1 matrix", () => {
    expect(rank(84.47, seedColumn, at("Sheet1!B5", "Sheet1!B2:B11"))).toEqual([[9]]);
    expect(rank(84.47, seedColumn, at("Sheet1!B6", "Sheet1!$B$2:$B$11"))).toEqual([[10]]);
    expect(rank(100, seedColumn, at("Sheet1!B11", "Sheet1!B2:B11"))).toEqual([[1]]);
  });

  it("ranks a unique score without addresses", () => {
    expect(rank(91.21, seedColumn, noAddresses)).toEqual([[4]]);
  });

  it("says #N/A for a tie it cannot place", () => {
    expect(excelErrorOf(() => rank(84.47, seedColumn, noAddresses))).toMatch(/^#N\/A/);
    expect(excelErrorOf(() => rank(84.47, seedColumn, at("Sheet1!D1", "Sheet1!B2:B11")))).toMatch(/^#N\/A/);
  });
});

describe("ITA.THAIDIGITS and ITA.NUMBER", () => {
  it("writes numbers and text in Thai digits", () => {
    expect(thaiDigits(91.96)).toBe("๙๑.๙๖");
    expect(thaiDigits(97.5, 2)).toBe("๙๗.๕๐");
    expect(thaiDigits(86.685, 2)).toBe("๘๖.๖๙");
    expect(thaiDigits("ปี 2565")).toBe("ปี ๒๕๖๕");
  });

  it("refuses bad decimals", () => {
    expect(excelErrorOf(() => thaiDigits(1, 2.5))).toMatch(/^#VALUE!/);
    expect(excelErrorOf(() => thaiDigits(1, -1))).toMatch(/^#VALUE!/);
  });

  it("reads Thai, mixed and formatted digits", () => {
    expect(numberFromText("๘๕.๐๘")).toBe(85.08);
    expect(numberFromText("8๕.๐8")).toBe(85.08);
    expect(numberFromText("1,234.5")).toBe(1234.5);
    expect(numberFromText("85.08%")).toBe(85.08);
    expect(excelErrorOf(() => numberFromText("abc"))).toMatch(/^#VALUE!: .*"abc" is not a number/);
  });
});

describe("ITA.INDICATOR", () => {
  it("names indicators in Thai by default and in English on request", () => {
    expect(indicatorName(4)).toBe("การใช้ทรัพย์สินของราชการ");
    expect(indicatorName("๘", 2565)).toBe("การปรับปรุงระบบการทำงาน");
    expect(indicatorName(9, 2565, "en")).toBe("Disclosure of information");
  });

  it("refuses numbers and languages that do not exist", () => {
    expect(excelErrorOf(() => indicatorName(11))).toMatch(/^#VALUE!: .*no indicator 11/);
    expect(excelErrorOf(() => indicatorName(1, null, "fr"))).toMatch(/^#VALUE!/);
  });
});

describe("ITA.GRADE's fast path for typed two-decimal figures", () => {
  it("gives exactly what the exact core gives, on 20,000 generated cases near every cut-off", () => {
    const cutOffs = [0, 50, 55, 65, 70, 75, 85, 95, 100];
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const figure = () => {
      const near = cutOffs[Math.floor(next() * cutOffs.length)] ?? 85;
      const raw = Math.min(100, Math.max(0, near + (next() - 0.5) * 0.06));
      // Two decimals, or three (which must take the exact path and still agree).
      return next() < 0.7 ? Math.round(raw * 100) / 100 : Math.round(raw * 1000) / 1000;
    };
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i += 1) {
      const year = i % 2 === 0 ? 2565 : 2567;
      const [total, a, b, c] = [figure(), figure(), figure(), figure()];
      // A 0 may be an empty cell: refused on either path, never rated.
      if ([total, a, b, c].includes(0)) {
        const refused = excelErrorOf(() => grade(total, year, a, b, c));
        if (!refused.includes("0 or an empty cell?"))
          mismatches.push(`${year} ${total} ${a} ${b} ${c}: ${refused}`);
        continue;
      }
      const framework = frameworkFor(year);
      if (!framework) throw new Error("framework");
      const exact = ratingFor(framework.rating, exactFromNumber(total), {
        IIT: exactFromNumber(a),
        EIT: exactFromNumber(b),
        OIT: exactFromNumber(c),
      });
      const viaFunction = grade(total, year, a, b, c);
      if (viaFunction !== exact?.rating)
        mismatches.push(`${year} ${total} ${a} ${b} ${c}: ${viaFunction} vs ${exact?.rating}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("leaves text, blanks and out-of-range figures to the checked path and its messages", () => {
    expect(grade("91.96", 2565)).toBe("A");
    expect(excelErrorOf(() => grade(100.5, 2565))).toMatch(/^#VALUE!/);
    expect(excelErrorOf(() => grade(91.96, 2566, 90, "x", 90))).toMatch(/^#VALUE!/);
  });
});
