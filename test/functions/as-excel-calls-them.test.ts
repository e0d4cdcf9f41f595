/**
 * The =ITA.* functions as Excel calls them (test/support/custom-functions-host.ts): empty cells as each
 * platform passes them (0, null, ""), omitted arguments as null, RANK's parameter addresses only where the
 * generated metadata earns them, and data types where allowCustomDataForDataTypeAny lets them through.
 */
import { join } from "path";
import * as functions from "../../src/functions/functions";
import {
  BLANK_REPRESENTATIONS,
  customFunctionsHost,
  entityCell,
  EXCEL_PLATFORMS,
  formattedNumberCell,
  loadCustomFunctions,
  withBlanksAs,
  type CustomFunctionsAddIn,
  type CustomFunctionsHost,
  type ExcelPlatform,
  type FunctionsMetadata,
} from "../support/custom-functions-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

const SOURCE = join(__dirname, "../../src/functions/functions.ts");
const PLATFORMS: readonly ExcelPlatform[] = Object.values(EXCEL_PLATFORMS);

let addIn: CustomFunctionsAddIn;
beforeAll(async () => {
  addIn = await loadCustomFunctions(SOURCE, functions);
}, 60000);

/** The seed on Sheet1: 2565's ten scores in B2:B11 (indicators 4 and 5 tie at 84.47), 2564's in C2:C11. */
function seedSheet(platform: ExcelPlatform): CustomFunctionsHost {
  return customFunctionsHost(addIn, platform)
    .setCells(
      "Sheet1!B2",
      SEED_2565.map((score) => [score])
    )
    .setCells(
      "Sheet1!C2",
      SEED_2564.map((score) => [score])
    );
}

const ZERO_OR_BLANK_EN = "0 or an empty cell?";

describe("=ITA.RANK as Excel calls it", () => {
  it.each([EXCEL_PLATFORMS.desktop, EXCEL_PLATFORMS.web].map((p) => [p.name, p] as const))(
    "ranks tied scores in the range's order on %s, which passes the addresses to a matrix result",
    async (_name, platform) => {
      const sheet = seedSheet(platform);
      expect(await sheet.evaluate("=ITA.RANK(B5, B2:B11)")).toEqual({ kind: "value", value: 9 });
      expect(await sheet.evaluate("=ITA.RANK(B6, $B$2:$B$11)")).toEqual({ kind: "value", value: 10 });
      expect(await sheet.evaluate("=ITA.RANK(B11, B2:B11)")).toEqual({ kind: "value", value: 1 });
      expect(sheet.calls[0]?.invocation.parameterAddresses).toEqual(["Sheet1!B5", "Sheet1!B2:B11"]);
    }
  );

  it("ranks a unique score on CustomFunctionsRuntime 1.2, which passes no addresses, and says #N/A for a tie", async () => {
    const sheet = seedSheet(EXCEL_PLATFORMS.windowsEarly);
    expect(await sheet.evaluate("=ITA.RANK(B2, B2:B11)")).toEqual({ kind: "value", value: 4 });
    expect(sheet.calls[0]?.invocation.parameterAddresses).toBeUndefined();
    expect(await sheet.evaluate("=ITA.RANK(B5, B2:B11)")).toMatchObject({
      kind: "error",
      code: "#N/A",
      message: expect.stringContaining("refer to the score's own cell inside the range"),
    });
  });

  it("says #N/A for a tie typed as a number, which has no cell to place it by", async () => {
    expect(await seedSheet(EXCEL_PLATFORMS.web).evaluate("=ITA.RANK(84.47, B2:B11)")).toMatchObject({
      kind: "error",
      code: "#N/A",
    });
  });
});

/** Formulas whose result would change if the empty cell counted as 0, with the cell left empty. */
const FORMULAS_OVER_A_MISSING_SCORE: readonly (readonly [
  string,
  string,
  (sheet: CustomFunctionsHost) => void,
])[] = [
  ["=ITA.SCORE(B2:B11, 2565)", "B5 (indicator 4)", (sheet) => sheet.setCell("Sheet1!B5", null)],
  ['=ITA.TOOL(B2:B11, "IIT", 2565)', "B2 (indicator 1)", (sheet) => sheet.setCell("Sheet1!B2", null)],
  ['=ITA.TOOL(B2:B11, "OIT", 2565)', "B11 (indicator 10)", (sheet) => sheet.setCell("Sheet1!B11", null)],
  ["=ITA.RANK(B2, B2:B11)", "B3 in the range", (sheet) => sheet.setCell("Sheet1!B3", null)],
  ["=ITA.RANK(B4, B2:B11)", "B4, the score ranked", (sheet) => sheet.setCell("Sheet1!B4", null)],
  ["=ITA.TOTAL(A1, 89.98, 97.5, 2565)", "A1 (IIT)", () => undefined],
  ["=ITA.DELTA(B2, C2)", "C2 (the previous year)", (sheet) => sheet.setCell("Sheet1!C2", null)],
  ["=ITA.DELTA(B2, C2)", "B2 (this year)", (sheet) => sheet.setCell("Sheet1!B2", null)],
  ["=ITA.GRADE(A1, 2565)", "A1 (the total)", () => undefined],
  ["=ITA.PASS(A1)", "A1 (the total)", () => undefined],
  [
    "=ITA.GRADE(95.81, 2566, G1, G2, G3)",
    "G2 (EIT)",
    (sheet) => sheet.setCells("Sheet1!G1", [[94], [null], [97]]),
  ],
];

describe("an empty cell where a score belongs never counts as 0", () => {
  const cases = BLANK_REPRESENTATIONS.flatMap((blank) =>
    FORMULAS_OVER_A_MISSING_SCORE.map(
      ([formula, empty, prepare]) => [formula, empty, JSON.stringify(blank), blank, prepare] as const
    )
  );

  it.each(cases)(
    "%s with %s empty, passed as %s: refused",
    async (formula, _empty, _shown, blank, prepare) => {
      const sheet = seedSheet(withBlanksAs(blank));
      prepare(sheet);
      const shown = await sheet.evaluate(formula);
      expect(shown.kind).toBe("error");
      if (blank === 0) {
        expect(shown).toMatchObject({ code: "#N/A", message: expect.stringContaining(ZERO_OR_BLANK_EN) });
      }
    }
  );

  it("names the indicator and says how to enter a real 0", async () => {
    const sheet = seedSheet(EXCEL_PLATFORMS.desktop).setCell("Sheet1!B5", null);
    expect(await sheet.evaluate("=ITA.SCORE(B2:B11, 2565)")).toEqual({
      kind: "error",
      code: "#N/A",
      called: true,
      message:
        "ตัวชี้วัดที่ 4: 0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0 จึงไม่นับ 0 เป็นคะแนน หากคะแนนเป็น 0 จริงให้พิมพ์ '0 / " +
        "indicator 4: 0 or an empty cell? Some versions of Excel pass an empty cell as 0, so a 0 is not taken as a score; if the score really is 0, type it as '0",
    });
  });

  it("takes a real 0 typed as text ('0, ๐), which no empty cell becomes", async () => {
    const expected = functions.score(
      SEED_2565.map((score, i) => [i === 3 ? "0" : score]),
      2565
    );
    for (const text of ["0", "๐", "0.00"]) {
      const sheet = seedSheet(EXCEL_PLATFORMS.desktop).setCell("Sheet1!B5", text);
      expect(await sheet.evaluate("=ITA.SCORE(B2:B11, 2565)")).toEqual({ kind: "value", value: expected });
    }
  });
});

describe("optional arguments and empty cells where 0 is an ordinary value", () => {
  it("passes an omitted optional argument as null, which keeps its meaning: the latest year, no tools", async () => {
    const sheet = seedSheet(EXCEL_PLATFORMS.desktop);
    expect(await sheet.evaluate("=ITA.GRADE(72)")).toEqual({ kind: "value", value: "ต้องปรับปรุง" });
    expect(await sheet.evaluate("=ITA.GRADE(72, , , , )")).toEqual({ kind: "value", value: "ต้องปรับปรุง" });
    expect(sheet.calls[0]?.args).toEqual([72, null, null, null, null]);
  });

  it("takes an empty fiscal-year cell as the latest year on the web (null: as if left out), and refuses its 0 on the desktop", async () => {
    const web = seedSheet(EXCEL_PLATFORMS.web);
    expect(await web.evaluate("=ITA.GRADE(72, H1)")).toEqual({ kind: "value", value: "ต้องปรับปรุง" });
    const desktop = seedSheet(EXCEL_PLATFORMS.desktop);
    expect(await desktop.evaluate("=ITA.GRADE(72, H1)")).toEqual({
      kind: "error",
      code: "#N/A",
      called: true,
      message:
        "ปีงบประมาณ: 0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0 โปรดระบุปีงบประมาณ (พ.ศ.) หรือเว้นอาร์กิวเมนต์นี้เพื่อใช้ปีล่าสุด / " +
        "fiscal year: 0 or an empty cell? Some versions of Excel pass an empty cell as 0; give the Buddhist-era year, or leave the argument out for the latest year",
    });
  });

  it("writes 0 in Thai digits and takes 0 decimals: there a 0 is a value, not a missing score", async () => {
    const sheet = seedSheet(EXCEL_PLATFORMS.desktop).setCell("Sheet1!A1", 0);
    expect(await sheet.evaluate("=ITA.THAIDIGITS(A1)")).toEqual({ kind: "value", value: "๐" });
    expect(await sheet.evaluate("=ITA.THAIDIGITS(97.5, A2)")).toEqual({ kind: "value", value: "๙๘" });
    expect(await sheet.evaluate("=ITA.NUMBER(A1)")).toEqual({ kind: "value", value: 0 });
  });
});

describe("data types in a cell (allowCustomDataForDataTypeAny)", () => {
  it.each(PLATFORMS.map((p) => [p.name, p] as const))(
    "reads a formatted number as its number on %s",
    async (_name, platform) => {
      const sheet = seedSheet(platform)
        .setCell("Sheet1!A1", formattedNumberCell(91.96, "0.00"))
        .setCell("Sheet1!B5", formattedNumberCell(84.47, "0.00", "FormattedNumber"));
      expect(await sheet.evaluate("=ITA.GRADE(A1, 2565)")).toEqual({ kind: "value", value: "A" });
      expect(await sheet.evaluate("=ITA.SCORE(B2:B11, 2565)")).toEqual({
        kind: "value",
        value: functions.score(
          SEED_2565.map((score) => [score]),
          2565
        ),
      });
      expect(await sheet.evaluate("=ITA.THAIDIGITS(A1)")).toEqual({ kind: "value", value: "๙๑.๙๖" });
    }
  );

  it("refuses an entity where a score belongs with #VALUE! and a reason; before data types Excel answers #VALUE! itself", async () => {
    const web = seedSheet(EXCEL_PLATFORMS.web).setCell("Sheet1!A1", entityCell("เทศบาลตำบลด่านเกวียน"));
    expect(await web.evaluate("=ITA.GRADE(A1, 2565)")).toEqual({
      kind: "error",
      code: "#VALUE!",
      called: true,
      message:
        "คะแนนรวม: ช่องเก็บชนิดข้อมูลของ Excel (เช่น ระเบียนที่ลิงก์หรือการ์ด) ไม่ใช่ตัวเลข / " +
        "total: the cell holds an Excel data type (such as a linked record or a card), not a number",
    });
    const early = seedSheet(EXCEL_PLATFORMS.windowsEarly).setCell("Sheet1!A1", entityCell("ด่านเกวียน"));
    expect(await early.evaluate("=ITA.GRADE(A1, 2565)")).toEqual({
      kind: "error",
      code: "#VALUE!",
      called: false,
    });
  });
});

describe("the model of Excel's calls", () => {
  const echo = (...args: unknown[]) => [[JSON.stringify(args)]];
  const fakeAddIn = (result: { type: string; dimensionality?: string }): CustomFunctionsAddIn => {
    const metadata: FunctionsMetadata = {
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "ECHO",
          name: "ECHO",
          parameters: [
            { name: "a", type: "any" },
            { name: "b", type: "any", dimensionality: "matrix" },
            { name: "c", type: "any", optional: true },
          ],
          result,
          options: { requiresParameterAddresses: true },
        },
      ],
    };
    const implementation =
      result.dimensionality === "matrix" ? echo : (...args: unknown[]) => JSON.stringify(args);
    return { namespace: "T", metadata, implementations: new Map([["ECHO", implementation]]) };
  };

  it("passes parameterAddresses only to a matrix result, and only from CustomFunctionsRuntime 1.3", async () => {
    const scalar = customFunctionsHost(fakeAddIn({ type: "string" }), EXCEL_PLATFORMS.web);
    await scalar.evaluate("=T.ECHO(A1, B1:B2)");
    expect(scalar.calls[0]?.invocation.parameterAddresses).toBeUndefined();

    const matrix = customFunctionsHost(
      fakeAddIn({ type: "string", dimensionality: "matrix" }),
      EXCEL_PLATFORMS.web
    );
    await matrix.evaluate("=T.ECHO('ITA 2565'!A1, B1:B2, 5)", "Sheet1!D4");
    expect(matrix.calls[0]?.invocation.parameterAddresses).toEqual(["'ITA 2565'!A1", "Sheet1!B1:B2", ""]);

    const early = customFunctionsHost(
      fakeAddIn({ type: "string", dimensionality: "matrix" }),
      EXCEL_PLATFORMS.windowsEarly
    );
    await early.evaluate("=T.ECHO(A1, B1:B2)");
    expect(early.calls[0]?.invocation.parameterAddresses).toBeUndefined();
  });

  it("passes empty cells as the platform does and an omitted optional argument as null", async () => {
    for (const [platform, blank] of [
      [EXCEL_PLATFORMS.desktop, 0],
      [EXCEL_PLATFORMS.web, null],
      [withBlanksAs(""), ""],
    ] as const) {
      const host = customFunctionsHost(fakeAddIn({ type: "string" }), platform).setCell("Sheet1!B2", 7);
      await host.evaluate("=T.ECHO(A1, B1:B2)");
      expect(host.calls[0]?.args).toEqual([blank, [[blank], [7]], null]);
    }
  });

  it("answers an error value in an argument without calling the function, and refuses what Excel would not accept", async () => {
    const host = customFunctionsHost(fakeAddIn({ type: "string" }), EXCEL_PLATFORMS.web).setCell(
      "Sheet1!A1",
      {
        type: "Error",
        basicValue: "#N/A",
      }
    );
    expect(await host.evaluate("=T.ECHO(A1, B1)")).toEqual({ kind: "error", code: "#N/A", called: false });
    expect(host.calls).toEqual([]);
    await expect(host.evaluate("=T.ECHO(, B1)")).rejects.toThrow(/without a/);
    await expect(host.evaluate("=T.ECHO(B1:B2, B1)")).rejects.toThrow(/not modelled/);
    await expect(host.evaluate("=T.NOPE(1)")).rejects.toThrow(/#NAME\?/);
  });

  it("holds results to the declared shape: a scalar result returning an array is a bug", async () => {
    const addInWithWrongShape: CustomFunctionsAddIn = {
      ...fakeAddIn({ type: "string" }),
      implementations: new Map([["ECHO", echo]]),
    };
    await expect(
      customFunctionsHost(addInWithWrongShape, EXCEL_PLATFORMS.web).evaluate("=T.ECHO(1, 2)")
    ).rejects.toThrow(/array for a scalar result/);
  });
});
