/**
 * Fiscal year 2569 (ITA.md §7): 2568's skeleton with the word ratings and their tool conditions, 26 OIT
 * items known by code but not by sub-indicator, the OIT item the document serves, national figures, and a
 * framework copied to a year the product does not know.
 */
import {
  frameworkFor,
  frameworkLookup,
  itemServedBy,
  LATEST_FISCAL_YEAR,
  oitItemsOf,
  printedItemCode,
  recomputableSubIndicators,
  relabelFramework,
  resultJson,
  scoreAssessment,
  scoreYear,
  toolWeaknesses,
  unconfirmedParts,
  validateAssessment,
  type Exact,
  type Framework,
  exactFromNumber,
  formatDecimal,
} from "../../src/core";

const fy = (year: number): Framework => {
  const framework = frameworkFor(year);
  if (!framework) throw new Error(`no ${year}`);
  return framework;
};

const scores = (values: readonly number[]): Map<number, Exact> =>
  new Map(values.map((value, i) => [i + 1, exactFromNumber(value)]));

const flat = (values: readonly number[]) =>
  Object.fromEntries(values.map((value, i) => [String(i + 1), value]));

describe("fiscal year 2569", () => {
  it("is built in and the latest year, the default wherever a year is optional", () => {
    expect(LATEST_FISCAL_YEAR).toBe(2569);
    expect(fy(2569).tools.map((tool) => [tool.id, tool.weightPercent])).toEqual([
      ["IIT", 30],
      ["EIT", 30],
      ["OIT", 40],
    ]);
    expect(fy(2569).indicators).toEqual(fy(2568).indicators);
    expect(fy(2569).rating).toEqual(fy(2568).rating);
  });

  it("rates by the word rules with their tool conditions, judged on printed figures", () => {
    const rating = (values: readonly number[]) => scoreYear(fy(2569), scores(values)).rating.rating;
    // Every tool at 95: ผ่านดีเยี่ยม.
    expect(rating([95, 95, 95, 95, 95, 95, 95, 95, 95, 95])).toBe("ผ่านดีเยี่ยม");
    // Total 94.64-like with EIT below 85 (the SAO 2568 case): ผ่าน, not ผ่านดี.
    expect(rating([99, 99, 99, 99, 99, 84, 85, 84.96, 100, 100])).toBe("ผ่าน");
    // EIT (84.99 + 85 + 85)/3 = 84.99666… prints 85.00: every tool reaches 85 (half-up on the printed score).
    expect(rating([90, 90, 90, 90, 90, 84.99, 85, 85, 90, 90])).toBe("ผ่านดี");
    // A total of 89.43 can never be ผ่านดีเยี่ยม.
    expect(rating([89.43, 89.43, 89.43, 89.43, 89.43, 89.43, 89.43, 89.43, 89.43, 89.43])).toBe("ผ่านดี");
    expect(rating([70, 70, 70, 70, 70, 70, 70, 70, 70, 70])).toBe("ต้องปรับปรุง");
    expect(rating([69.99, 69.99, 69.99, 69.99, 69.99, 69.99, 69.99, 69.99, 69.99, 69.99])).toBe(
      "ต้องปรับปรุงโดยด่วน"
    );
  });

  it("passes a total of exactly 84.995, which prints 85.00 half-up in exact decimals", () => {
    // IIT 84.99, EIT 84.98, OIT 85.01: 0.3·84.99 + 0.3·84.98 + 0.4·85.01 = 84.995 exactly.
    const year = scoreYear(
      fy(2569),
      scores([84.99, 84.99, 84.99, 84.99, 84.99, 84.98, 84.98, 84.98, 85.01, 85.01])
    );
    expect(year.total).toEqual(exactFromNumber(84.995));
    expect(formatDecimal(year.total, 2)).toBe("85.00");
    expect(year.passed).toBe(true);
    // The tools are judged as printed too: IIT 84.99 and EIT 84.98 are below 85, so only ผ่าน.
    expect(year.rating.rating).toBe("ผ่าน");
  });

  it("lists 26 OIT items as data, ungrouped, printed O1–O26, two without a known title", () => {
    const items = oitItemsOf(fy(2569));
    expect(items.map((item) => item.code)).toEqual(Array.from({ length: 26 }, (_, i) => `o${i + 1}`));
    expect(items.every((item) => item.subIndicator === undefined)).toBe(true);
    expect(items.filter((item) => item.nameTh === "").map((item) => item.code)).toEqual(["o6", "o7"]);
    expect(items.filter((item) => item.indicator === 9)).toHaveLength(19);
    expect(printedItemCode(fy(2569), "o25")).toBe("O25");
    expect(printedItemCode(fy(2565), "o42")).toBe("o42");
    expect(printedItemCode(fy(2569), "i28")).toBe("i28");
  });

  it("never recomputes indicators 9 and 10 from items whose grouping is not known", () => {
    const oit = fy(2569).oit;
    expect(oit && recomputableSubIndicators(oit)).toEqual([]);
    const outcome = validateAssessment({
      fiscalYear: 2569,
      scores: flat([90, 90, 90, 90, 90, 90, 90, 90]),
      items: { o1: 100, o2: 100, o3: 0 },
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
        "$.scores.9 missing-indicator",
        "$.scores.10 missing-indicator",
      ]);
      expect(outcome.issues[0]?.messageTh).toContain("ยังไม่ทราบการจัดข้อ OIT เป็นตัวชี้วัดย่อย");
    }
  });

  it("still recomputes a grouped year from items (the seed's 9.2 = 75, indicator 9 = 95.00)", () => {
    const oit = fy(2565).oit;
    expect(oit && recomputableSubIndicators(oit).length).toBe(7);
  });

  it("takes failed items into the weak items under their indicator, and lists every failed item", () => {
    const outcome = validateAssessment({
      fiscalYear: 2569,
      scores: flat([90, 90, 90, 90, 90, 90, 90, 90, 92.31, 85.71]),
      items: { o11: "ไม่ผ่าน", o6: 0, o25: "ไม่ผ่าน", o1: "ผ่าน" },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const result = scoreAssessment(outcome.value);
    const oitWeak = toolWeaknesses(result).find((weak) => weak.tool === "OIT");
    expect(
      oitWeak?.oitGroups.map((group) => [
        group.indicator,
        group.subIndicator,
        group.items.map((item) => item.code),
      ])
    ).toEqual([
      [9, undefined, ["o6", "o11"]],
      [10, undefined, ["o25"]],
    ]);
    expect(resultJson(result).failedOitItems).toEqual(["o6", "o11", "o25"]);
  });

  it("knows which item of its assessment scores last year's analysis and measures, and its report", () => {
    expect(itemServedBy("analysisAndMeasures", fy(2569))).toEqual({
      fiscalYear: 2569,
      code: "O25",
      title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    });
    expect(itemServedBy("implementationReport", fy(2569))?.code).toBe("O26");
    // 2566 prints its codes with a capital O (O1…O43, review M5); 2565 kept the lower-case o.
    expect(itemServedBy("analysisAndMeasures", fy(2566))?.code).toBe("O42");
    expect(itemServedBy("analysisAndMeasures", fy(2565))?.code).toBe("o42");
    expect(itemServedBy("implementationReport", fy(2565))?.title).toBe(
      "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    );
    // 2567 and 2568 lists do not say it, and 2570 is not known: nothing rather than a guess.
    expect(itemServedBy("analysisAndMeasures", fy(2568))).toBeUndefined();
    expect(itemServedBy("analysisAndMeasures", frameworkFor(2570))).toBeUndefined();
  });

  it("has no national figures yet, while 2565–2568 have them with their source", () => {
    expect(fy(2569).national).toBeUndefined();
    expect(fy(2568).national).toMatchObject({
      agencies: 8317,
      mean: 93.82,
      sharePassing: 94.17,
      evidence: "verified",
    });
    expect(fy(2567).national?.evidence).toBe("working-rule");
    expect(fy(2565).national?.mean).toBe(87.57);
  });

  it("names its unconfirmed parts, and none for a verified year", () => {
    expect(unconfirmedParts(fy(2569)).map((part) => part.en)).toEqual([
      "the rating rule",
      "the IIT/EIT item list",
      "the OIT item list",
      "the grouping of OIT items into sub-indicators (not known, so indicators 9 and 10 are entered as scores)",
      "the OIT item codes of the analysis and measures documents",
    ]);
    expect(unconfirmedParts(fy(2565))).toEqual([]);
  });
});

describe("a framework copied to a year the product does not know", () => {
  it("keeps every rule and list, is marked as based on its source and unconfirmed as a whole", () => {
    const fy2570 = relabelFramework(fy(2569), 2570);
    expect(fy2570.fiscalYear).toBe(2570);
    expect(fy2570.basedOn).toBe(2569);
    expect(fy2570.rating.rows).toEqual(fy(2569).rating.rows);
    expect(fy2570.rating.evidence).toBe("working-rule");
    expect(fy2570.national).toBeUndefined();
    expect(unconfirmedParts(fy2570).map((part) => part.en)).toEqual([
      "the whole framework (copied from 2569)",
    ]);
    expect(relabelFramework(fy2570, 2571).basedOn).toBe(2569);
    const withNational = relabelFramework(fy(2568), 2570);
    expect(withNational.national).toBeUndefined();
  });

  it("is used wherever a year is looked up once supplied, and refused with the years known otherwise", () => {
    const input = { fiscalYear: 2570, scores: flat([90, 90, 90, 90, 90, 90, 90, 90, 90, 90]) };
    const refused = validateAssessment(input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues.map((issue) => issue.code)).toEqual(["unsupported-year"]);
      expect(refused.issues[0]?.messageEn).toContain(
        "supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569"
      );
    }
    const lookup = frameworkLookup([relabelFramework(fy(2569), 2570)]);
    expect(lookup.years.slice(-2)).toEqual([2569, 2570]);
    const accepted = validateAssessment(input, lookup);
    expect(accepted.ok && accepted.value.framework.basedOn).toBe(2569);
  });
});
