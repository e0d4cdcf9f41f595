/**
 * What the fuzzer (npm run fuzz, test/fuzz/) found the custom functions doing wrong, each kept as a case:
 * Excel data types (the generated functions.json allows them: allowCustomDataForDataTypeAny) quoted as
 * "[object Object]" where a tool name, indicator number or language was expected; ITA.NUMBER returning
 * Infinity for a long run of digits, and 0 for a number with more than 20 leading zeros; a range that is
 * not rows of cells (only code can pass one) throwing a TypeError instead of #VALUE!.
 */
import { excelErrorOf } from "./custom-functions-stub";
import { indicatorName, numberFromText, toolScore } from "../../src/functions/functions";

const seedColumn = [[91.21], [85.08], [87.53], [84.47], [84.47], [94.31], [89.3], [86.33], [95.0], [100.0]];
const entity = { type: "Entity", text: "IIT", properties: {} };

describe("messages about an argument that is not text or a number", () => {
  it("quote a data type as {…}, never [object Object]", () => {
    expect(excelErrorOf(() => toolScore(seedColumn, entity as unknown as string, 2565))).toBe(
      "#VALUE!: เครื่องมือต้องเป็น IIT, EIT หรือ OIT (ได้ {…}) / the tool must be IIT, EIT or OIT (got {…})"
    );
    expect(excelErrorOf(() => indicatorName(entity))).toBe(
      "#VALUE!: ไม่มีตัวชี้วัดที่ {…} (มี 1–10) / there is no indicator {…} (1–10)"
    );
  });

  it("quote text as typed", () => {
    expect(excelErrorOf(() => toolScore(seedColumn, "XYZ", 2565))).toBe(
      '#VALUE!: เครื่องมือต้องเป็น IIT, EIT หรือ OIT (ได้ "XYZ") / the tool must be IIT, EIT or OIT (got "XYZ")'
    );
    expect(excelErrorOf(() => indicatorName(1, 2565, "fr"))).toBe(
      '#VALUE!: ภาษาต้องเป็น "th" หรือ "en" (ได้ "fr") / language must be "th" or "en" (got "fr")'
    );
  });
});

describe("ITA.NUMBER at the edges of what a number can be", () => {
  it("refuses a number too large for Excel rather than returning Infinity", () => {
    expect(excelErrorOf(() => numberFromText("๙".repeat(400)))).toMatch(
      /^#VALUE!: ข้อความ: "๙+… เป็นตัวเลขที่ใหญ่เกินกว่าที่ Excel เก็บได้ \/ text: "๙+… is a number too large for Excel$/
    );
  });

  it("reads a tiny number exactly rather than as 0", () => {
    expect(numberFromText(`0.${"0".repeat(21)}1`)).toBe(1e-22);
    expect(numberFromText("0.0000012345678901234567")).toBe(0.0000012345678901234567);
  });
});

describe("a range argument that is not rows of cells", () => {
  it("is refused as the wrong shape, not with a TypeError", () => {
    expect(excelErrorOf(() => toolScore([null, "n/a"] as unknown as unknown[][], "IIT", 2562))).toBe(
      "#VALUE!: ต้องเลือกคะแนน 10 ตัวชี้วัดเรียงเป็นแถวเดียวหรือคอลัมน์เดียว (ได้ 2 ช่อง) / select the 10 indicator scores as one row or one column (got 2 cells)"
    );
  });
});
