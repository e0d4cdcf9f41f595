/**
 * The formulas Analyze writes give exactly what the core gives: every case is written as an input block
 * plus the formula plan into a workbook, LibreOffice recalculates it, and each computed cell is compared
 * with the core's value plan as a cell would display it (15 significant digits, then 2 decimals).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  assessmentFromCells,
  cellAddress,
  exactFromNumber,
  frameworkFor,
  planOutput,
  recognizeScores,
  roundHalfUpToNumber,
  scoreAssessment,
  type OutputPlan,
} from "../../src/core";
import { sofficeConvert } from "./libreoffice";

interface FormulaCase {
  name: string;
  fiscalYear: number;
  current: number[];
  previous?: { fiscalYear: number; scores: number[] };
  /** Indicator numbers in the order of the rows (the seed's table lists them by rank). */
  order?: number[];
}

const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];

/** A small deterministic generator, so a failing case can be reproduced from its name. */
function randomScores(seed: number): number[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: 10 }, () => Math.round((55 + next() * 45) * 100) / 100);
}

const cases: FormulaCase[] = [
  {
    name: "seed 2565",
    fiscalYear: 2565,
    current: seed2565,
    previous: { fiscalYear: 2564, scores: seed2564 },
  },
  {
    name: "seed in rank order",
    fiscalYear: 2565,
    current: seed2565,
    previous: { fiscalYear: 2564, scores: seed2564 },
    order: [10, 9, 6, 1, 7, 3, 8, 2, 4, 5],
  },
  {
    name: "total 86.515 (float says 86.51)",
    fiscalYear: 2565,
    current: [93.46, 93.73, 83.96, 77.16, 86.94, 67.84, 95.88, 81.96, 95.02, 84.14],
  },
  {
    name: "total 81.725",
    fiscalYear: 2565,
    current: [77.92, 70.96, 74.74, 61.15, 76.73, 96.18, 79.27, 93.94, 79.49, 85.99],
  },
  {
    name: "EIT third, total 84.995 passes",
    fiscalYear: 2565,
    current: [85, 85, 85, 85, 85, 84.95, 85, 85, 85, 85],
  },
  { name: "AA at 95", fiscalYear: 2564, current: [95, 95, 95, 95, 95, 95, 95, 95, 95, 95] },
  { name: "2566 excellent", fiscalYear: 2566, current: [96, 96, 96, 96, 96, 95, 95, 95, 100, 100] },
  {
    name: "2566 good pass, a tool at 84.995",
    fiscalYear: 2566,
    current: [85, 85, 85, 85, 84.975, 90, 90, 90, 90, 90],
  },
  {
    name: "2566 pass, IIT below 85",
    fiscalYear: 2566,
    current: [80, 80, 80, 80, 80, 95, 95, 95, 96, 96],
    previous: { fiscalYear: 2565, scores: seed2565 },
  },
  { name: "2567 needs improvement", fiscalYear: 2567, current: [70, 72, 71, 69, 70, 75, 74, 73, 72, 71] },
  {
    name: "2568 urgent",
    fiscalYear: 2568,
    current: [50, 52, 51, 49, 50, 55, 54, 53, 52, 51],
    previous: { fiscalYear: 2567, scores: randomScores(7) },
  },
  { name: "ties everywhere", fiscalYear: 2565, current: [90, 90, 90, 80, 80, 90, 80, 90, 80, 90] },
  ...Array.from({ length: 24 }, (_, i): FormulaCase => ({
    name: `random ${i}`,
    fiscalYear: 2562 + (i % 7),
    current: randomScores(1000 + i),
    previous: i % 2 === 0 ? { fiscalYear: 2561 + (i % 7), scores: randomScores(2000 + i) } : undefined,
  })).filter((c) => c.previous === undefined || frameworkFor(c.previous.fiscalYear) !== undefined),
];

const ORIGIN = { row: 3, column: 2 };

function plansFor(testCase: FormulaCase) {
  const framework = frameworkFor(testCase.fiscalYear);
  if (!framework) throw new Error(testCase.name);
  const order = testCase.order ?? framework.indicators.map((indicator) => indicator.number);
  const header = testCase.previous
    ? ["ตัวชี้วัด", `คะแนนปี ${testCase.previous.fiscalYear}`, `คะแนนปี ${testCase.fiscalYear}`]
    : ["ตัวชี้วัด", `คะแนนปี ${testCase.fiscalYear}`];
  const values: unknown[][] = [
    header,
    ...order.map((number) => {
      const name = framework.indicators[number - 1]?.nameTh ?? "";
      const current = testCase.current[number - 1];
      return testCase.previous ? [name, testCase.previous.scores[number - 1], current] : [name, current];
    }),
  ];
  const recognized = recognizeScores({ sheet: "S", origin: ORIGIN, values }, framework);
  if (!recognized.ok) throw new Error(`${testCase.name}: ${JSON.stringify(recognized.issues)}`);
  const assessment = assessmentFromCells(recognized.value);
  if (!assessment.ok) throw new Error(testCase.name);
  const result = scoreAssessment(assessment.value);
  return {
    values,
    formulas: planOutput(recognized.value, result, "formulas"),
    expected: planOutput(recognized.value, result, "values"),
  };
}

/** A number as a cell displays it with two decimals: 15 significant digits, then half-up. */
function displayed(value: number): number {
  return roundHalfUpToNumber(exactFromNumber(Number(value.toPrecision(15))), 2);
}

function cellsOf(plan: OutputPlan) {
  return plan.cells.flatMap((row, r) =>
    row.map((cell, c) => ({
      cell,
      address: cellAddress({ row: plan.origin.row + r, column: plan.origin.column + c }),
    }))
  );
}

describe("Analyze's formulas, recalculated by LibreOffice, equal the core", () => {
  const sheets = cases.map((testCase) => ({ testCase, ...plansFor(testCase) }));
  let results: Map<string, Map<string, unknown>>;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    sheets.forEach(({ values, formulas }, index) => {
      const sheet = workbook.addWorksheet(`case${index}`);
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          sheet.getCell(ORIGIN.row + r + 1, ORIGIN.column + c + 1).value = value as ExcelJS.CellValue;
        })
      );
      for (const { cell, address } of cellsOf(formulas)) {
        sheet.getCell(address).value = cell.formula
          ? { formula: cell.formula, date1904: false }
          : (cell.value as ExcelJS.CellValue);
      }
    });
    const dir = mkdtempSync(join(tmpdir(), "ita-formulas-"));
    const file = join(dir, "formulas.xlsx");
    await workbook.xlsx.writeFile(file);
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(sofficeConvert(file, "xlsx", "Calc MS Excel 2007 XML"));
    results = new Map(
      sheets.map((_, index) => {
        const sheet = recalculated.getWorksheet(`case${index}`);
        const cells = new Map<string, unknown>();
        sheet?.eachRow((row) =>
          row.eachCell((cell) => {
            const value = cell.value as { result?: unknown } | unknown;
            cells.set(
              cell.address,
              typeof value === "object" && value !== null && "result" in value ? value.result : value
            );
          })
        );
        return [`case${index}`, cells];
      })
    );
  });

  it.each(sheets.map((sheet, index) => [sheet.testCase.name, index] as const))("%s", (_name, index) => {
    const sheet = sheets[index];
    const computed = results.get(`case${index}`);
    if (!sheet || !computed) throw new Error("missing case");
    const expectedCells = cellsOf(sheet.expected);
    const mismatches: string[] = [];
    for (const { cell, address } of cellsOf(sheet.formulas)) {
      if (!cell.formula) continue;
      const expected = expectedCells.find((other) => other.address === address)?.cell.value;
      const actual = computed.get(address);
      const same = typeof actual === "number" ? displayed(actual) === expected : actual === expected;
      if (!same)
        mismatches.push(
          `${address}: =${cell.formula} gave ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`
        );
    }
    expect(mismatches).toEqual([]);
  });
});
