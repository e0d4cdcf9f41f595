import { BUILT_IN_FRAMEWORKS, frameworkFor, toThaiDigits } from "../../src/core";
import { frameworkFromRows, frameworkSheetRows } from "../../src/core/frameworks/framework-sheet";
import {
  RatingBand,
  validateFramework,
  validateRatingBands,
} from "../../src/core/frameworks/validate-framework";
import { Framework, Validated } from "../../src/core";

const SHEET = "กรอบ ITA 2568";

function fy(year: number): Framework {
  const framework = frameworkFor(year);
  if (!framework) throw new Error(`no ${year}`);
  return framework;
}

const lines = (outcome: Validated<unknown>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}: ${issue.messageEn}`);

/** The 0-based row whose column A is `label` (after `from`). */
function rowOf(rows: readonly (readonly unknown[])[], label: unknown, from = 0): number {
  const index = rows.findIndex((row, i) => i >= from && row[0] === label);
  if (index < 0) throw new Error(`no row ${String(label)}`);
  return index;
}

describe("validateFramework", () => {
  it.each(BUILT_IN_FRAMEWORKS.map((f) => [f.fiscalYear, f] as const))(
    "finds nothing wrong with the built-in framework of %i",
    (_year, framework) => {
      expect(validateFramework(framework)).toEqual([]);
    }
  );

  it("refuses the seed's own rating table: two rows AA, and E overlapping F", () => {
    const seed: RatingBand[] = [
      { rating: "AA", ratingEn: "AA", min: 95, max: 100 },
      { rating: "AA", ratingEn: "AA", min: 85, max: 94.99 },
      { rating: "B", ratingEn: "B", min: 75, max: 84.99 },
      { rating: "C", ratingEn: "C", min: 65, max: 74.99 },
      { rating: "D", ratingEn: "D", min: 55, max: 64.99 },
      { rating: "E", ratingEn: "E", min: 40, max: 54.99 },
      { rating: "F", ratingEn: "F", min: 0, max: 49.99 },
    ];
    const issues = validateRatingBands(seed);
    expect(issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "rating.rows[1] duplicate-rating",
      "rating.rows[5] rating-overlap",
    ]);
    expect(issues[1]?.messageEn).toBe('the band of "E" (40.00–54.99) overlaps "F" (0.00–49.99)');
    expect(issues[1]?.messageTh).toContain("ซ้อนกับระดับ");
  });

  it("reports a gap between bands and one at the top", () => {
    const issues = validateRatingBands([
      { rating: "A", ratingEn: "A", min: 85, max: 99 },
      { rating: "B", ratingEn: "B", min: 0, max: 80 },
    ]);
    expect(issues.map((issue) => issue.messageEn)).toEqual([
      "no rating covers the totals 80.01–84.99",
      "no rating covers the totals 99.01–100.00",
    ]);
  });

  it("reports bands out of order, and a tool condition placed where it can never apply", () => {
    const issues = validateRatingBands([
      { rating: "low", ratingEn: "", min: 0, max: 84.99 },
      { rating: "high", ratingEn: "", min: 85, max: 100 },
      { rating: "best", ratingEn: "", min: 95, max: 100, minEveryTool: 95 },
      { rating: "odd", ratingEn: "", min: 90, max: 120, minEveryTool: 90 },
    ]);
    expect(issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "rating.rows[3] rating-band-outside",
      "rating.rows[1] rating-order",
      "rating.rows[2] rating-unreachable",
    ]);
  });

  it("finds weights, tools, indicators and items that cannot be right, each at its place", () => {
    const base = fy(2565);
    const broken: Framework = {
      ...base,
      passMark: 120,
      tools: base.tools.map((tool) => (tool.id === "OIT" ? { ...tool, weightPercent: 45 } : tool)),
      indicators: [
        ...base.indicators.filter((indicator) => indicator.tool !== "EIT"),
        { number: 3, tool: "IIT", nameTh: "ซ้ำ", nameEn: "again" },
      ],
      perceptionItems: {
        evidence: "verified",
        groups: [
          { indicator: 1, codes: ["i1", "e2"] },
          { indicator: 2, codes: ["i1"] },
        ],
      },
      oit: {
        evidence: "verified",
        subIndicators: [
          { id: "9.1", indicator: 9, nameTh: "ข้อมูลพื้นฐาน", items: [{ code: "o1", nameTh: "โครงสร้าง" }] },
          { id: "9.2", indicator: 9, nameTh: "การบริหารงาน", items: [{ code: "o1", nameTh: "ซ้ำ" }] },
          { id: "1.1", indicator: 1, nameTh: "ผิดที่", items: [{ code: "o50", nameTh: "" }] },
        ],
      },
    };
    const issues = validateFramework(broken).map((issue) => `${issue.location} ${issue.code}`);
    expect(issues).toEqual([
      "passMark pass-mark-outside",
      "tools weights-not-100",
      "indicators[3] duplicate-indicator",
      "tools[EIT] tool-without-indicators",
      "items[e2] wrong-item-letter",
      "items[i1] duplicate-item",
      "items[o1] duplicate-item",
      "oit.subIndicators[1.1] sub-indicator-not-oit",
      "items[o50] wrong-item-letter",
      "documentItems.analysisAndMeasures unknown-document-item",
      "documentItems.implementationReport unknown-document-item",
    ]);
  });
});

describe("frameworkSheetRows and frameworkFromRows", () => {
  it.each(BUILT_IN_FRAMEWORKS.map((f) => [f.fiscalYear, f] as const))(
    "read back the framework of %i exactly, evidence included",
    (_year, framework) => {
      const outcome = frameworkFromRows(SHEET, frameworkSheetRows(framework));
      expect(lines(outcome)).toEqual([]);
      expect(outcome.ok && outcome.value).toEqual(framework);
    }
  );

  it("lays the sheet out in labelled Thai sections, six columns wide", () => {
    const rows = frameworkSheetRows(fy(2565));
    expect(rows.every((row) => row.length === 6)).toBe(true);
    expect(rows[0]?.[0]).toBe("กรอบการประเมิน ITA ปีงบประมาณ 2565");
    expect(rows[rowOf(rows, "ปีงบประมาณ")]).toEqual(["ปีงบประมาณ", 2565, "", "", "", ""]);
    expect(rows[rowOf(rows, "เกณฑ์ผ่าน (คะแนนรวมอย่างน้อย)")]?.[1]).toBe(85);
    const tools = rowOf(rows, "เครื่องมือการประเมิน");
    expect(rows[tools + 1]).toEqual(["รหัส", "ชื่อเครื่องมือ (ไทย)", "ชื่อเครื่องมือ (อังกฤษ)", "น้ำหนัก (%)", "", ""]);
    expect(rows[tools + 4]?.[3]).toBe(40);
    const rating = rowOf(rows, "ระดับผลการประเมิน");
    expect(rows[rating + 1]).toEqual([
      "ลำดับ",
      "ระดับ",
      "ชื่อระดับ (อังกฤษ)",
      "คะแนนต่ำสุด",
      "คะแนนสูงสุด",
      "ทุกเครื่องมืออย่างน้อย",
    ]);
    expect(rows[rating + 3]).toEqual([2, "A", "A", 85, 94.99, ""]);
    expect(rows[rating + 8]).toEqual([7, "F", "F", 0, 49.99, ""]);
    const items = rowOf(rows, "ข้อคำถาม");
    expect(rows[items + 1]?.[0]).toBe("รหัสข้อ");
    expect(rows[rowOf(rows, "o11")]).toEqual([
      "o11",
      9,
      "9.2",
      "การบริหารงาน",
      "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน",
      "",
    ]);
  });

  it("shows the 2566 word ratings with their tool conditions, and says which parts are working rules", () => {
    const rows = frameworkSheetRows(fy(2566));
    const rating = rowOf(rows, "ระดับผลการประเมิน");
    expect(rows[rating + 2]).toEqual([1, "ผ่านดีเยี่ยม", "Excellent pass", 95, 100, 95]);
    expect(rows[rating + 4]).toEqual([3, "ผ่าน", "Pass", 85, 100, ""]);
    expect(rows[rating + 5]).toEqual([4, "ต้องปรับปรุง", "Needs improvement", 70, 84.99, ""]);
    expect(String(rows[1]?.[0])).toContain("ส่วนที่ยังไม่ได้ยืนยัน");
    expect(String(rows[1]?.[0])).toContain("เกณฑ์ระดับผลการประเมิน");
  });

  it("accepts numbers typed as text with Thai digits", () => {
    const rows = frameworkSheetRows(fy(2565)).map((row) =>
      row.map((value) => (typeof value === "number" ? toThaiDigits(String(value)) : value))
    );
    const outcome = frameworkFromRows(SHEET, rows);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.value).toEqual(fy(2565));
  });

  it("catches a changed weight at the weight cells", () => {
    const rows = frameworkSheetRows(fy(2568));
    const oit = rowOf(rows, "OIT");
    rows[oit] = ["OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "", 45, "", ""];
    const outcome = frameworkFromRows(SHEET, rows);
    const first = oit - 2 + 1;
    expect(lines(outcome)).toEqual([
      `'กรอบ ITA 2568'!D${first}:D${oit + 1} weights-not-100: the tool weights add up to 105 %, not 100 %`,
    ]);
  });

  it("locates every problem at its cell, shifted by the origin of the rows read", () => {
    const rows = frameworkSheetRows(fy(2565)).map((row) => [...row]) as unknown[][];
    const rating = rowOf(rows, "ระดับผลการประเมิน");
    rows[rating + 3] = [2, "AA", "AA", 85, 94.99, ""];
    rows[rating + 7] = [6, "E", "E", 40, 54.99, ""];
    const o12 = rowOf(rows, "o12");
    rows[o12] = ["o11", 9, "9.2", "การบริหารงาน", "ซ้ำ", ""];
    const outcome = frameworkFromRows("กรอบ", rows, { row: 2, column: 1 });
    expect(lines(outcome)).toEqual([
      `'กรอบ'!C${rating + 3 + 3} duplicate-rating: the rating "AA" repeats row 1 of the rating table`,
      `'กรอบ'!C${rating + 7 + 3} rating-overlap: the band of "E" (40.00–54.99) overlaps "F" (0.00–49.99)`,
      `'กรอบ'!B${o12 + 3} duplicate-item: the item o11 is listed twice in sub-indicator 9.2`,
    ]);
  });

  it("reports unreadable cells with their addresses and stops before validating", () => {
    const rows = frameworkSheetRows(fy(2565)).map((row) => [...row]) as unknown[][];
    rows[rowOf(rows, "ปีงบประมาณ")] = ["ปีงบประมาณ", 2022];
    rows[rowOf(rows, "IIT")] = ["XIT", "?", "", 30];
    rows[rowOf(rows, "i5")] = ["1๕", 1];
    const outcome = frameworkFromRows(SHEET, rows);
    expect(lines(outcome).map((line) => line.split(":")[0])).toEqual([
      `'กรอบ ITA 2568'!B${rowOf(rows, "ปีงบประมาณ") + 1} common-era-year`,
      `'กรอบ ITA 2568'!A${rowOf(rows, "XIT") + 1} unknown-tool`,
      `'กรอบ ITA 2568'!A${rowOf(rows, "1๕") + 1} digit-for-letter`,
    ]);
  });

  it("says which section is missing", () => {
    const rows = frameworkSheetRows(fy(2565)).filter((row) => row[0] !== "ข้อคำถาม");
    expect(lines(frameworkFromRows(SHEET, rows))).toEqual([
      `'กรอบ ITA 2568' missing-section: no section titled "ข้อคำถาม" in column A`,
    ]);
  });

  it("accepts a 2569 framework made by editing the 2568 rows", () => {
    // The officer replaces 2568's ungrouped OIT rows with a grouped list of their own.
    const rows = frameworkSheetRows(fy(2568))
      .filter((row) => !/^[oO]\d+$/.test(String(row[0])))
      .map((row) => [...row]) as unknown[][];
    rows[rowOf(rows, "ปีงบประมาณ")] = ["ปีงบประมาณ", "๒๕๖๙"];
    rows[rowOf(rows, "IIT")] = ["IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "", 25];
    rows[rowOf(rows, "EIT")] = ["EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "", 25];
    rows[rowOf(rows, "OIT")] = ["OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "", 50];
    const lastItem = rowOf(rows, "e15");
    rows.splice(
      lastItem + 1,
      0,
      ["o1", 9, "9.1", "ข้อมูลพื้นฐาน", "โครงสร้าง"],
      ["o2", 9, "9.1", "ข้อมูลพื้นฐาน", "ข้อมูลผู้บริหาร"],
      ["o3", 10, "10.1", "การป้องกันการทุจริต", "เจตจำนงสุจริตของผู้บริหาร"]
    );
    const outcome = frameworkFromRows("กรอบ ITA 2569", rows);
    expect(lines(outcome)).toEqual([]);
    if (!outcome.ok) return;
    expect(outcome.value.fiscalYear).toBe(2569);
    expect(outcome.value.tools.map((tool) => tool.weightPercent)).toEqual([25, 25, 50]);
    expect(outcome.value.rating).toEqual(fy(2568).rating);
    expect(outcome.value.oit).toEqual({
      evidence: "working-rule",
      subIndicators: [
        {
          id: "9.1",
          indicator: 9,
          nameTh: "ข้อมูลพื้นฐาน",
          items: [
            { code: "o1", nameTh: "โครงสร้าง" },
            { code: "o2", nameTh: "ข้อมูลผู้บริหาร" },
          ],
        },
        {
          id: "10.1",
          indicator: 10,
          nameTh: "การป้องกันการทุจริต",
          items: [{ code: "o3", nameTh: "เจตจำนงสุจริตของผู้บริหาร" }],
        },
      ],
    });
  });
});

describe("a weight outside 0–100", () => {
  it("is reported at its own cell", () => {
    const rows = frameworkSheetRows(fy(2565)).map((row) => [...row]) as unknown[][];
    const iit = rowOf(rows, "IIT");
    const eit = rowOf(rows, "EIT");
    rows[iit] = ["IIT", "ภายใน", "", -10];
    rows[eit] = ["EIT", "ภายนอก", "", 70];
    expect(lines(frameworkFromRows(SHEET, rows))).toEqual([
      `'กรอบ ITA 2568'!D${iit + 1} weight-outside: the weight of IIT (-10) must lie inside 0–100`,
    ]);
  });
});
