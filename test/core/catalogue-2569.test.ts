import {
  BUILT_IN_CATALOGUES,
  catalogueEntryFor,
  catalogueIdFor,
  catalogueSheetRows,
  cataloguesFromRows,
  OIT_2569_CATALOGUE,
} from "../../src/core";
import { Framework, oitItemsOf, relabelFramework } from "../../src/core/frameworks";
import { frameworkFor } from "./helpers";

const fy2568 = frameworkFor(2568);
const fy2569 = frameworkFor(2569);
const fy2570 = relabelFramework(fy2569, 2570);

/** A framework of a year the catalogues do not know by year, with the given OIT items ungrouped. */
function withItems(fiscalYear: number, items: { code: string; nameTh: string }[]): Framework {
  return {
    ...fy2569,
    fiscalYear,
    oit: { subIndicators: [], ungroupedItems: items, evidence: "working-rule" },
  };
}

describe.each([
  [2568, fy2568],
  [2569, fy2569],
])("the OIT items of %i", (year, framework) => {
  const items = oitItemsOf(framework);

  it("are all 26, o1 to o26", () => {
    expect(items.map((item) => item.code)).toEqual(Array.from({ length: 26 }, (_, index) => `o${index + 1}`));
  });

  it("each have an entry of that year's catalogue with a title, a recommendation and a measure", () => {
    for (const { code } of items) {
      const entry = catalogueEntryFor(framework, code);
      expect(catalogueIdFor(framework, code)).toBe(`oit-${year}`);
      expect(entry?.key).toBe(code);
      expect(entry?.title.trim()).not.toBe("");
      expect(entry?.recommendation.trim()).not.toBe("");
      expect(entry?.measures.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("never have a bare code or a bare 'improve item X' as their title", () => {
    for (const { code } of items) {
      const title = catalogueEntryFor(framework, code)?.title ?? "";
      expect(title.toLowerCase()).not.toBe(code);
      expect(title.toLowerCase()).not.toBe(`ข้อ ${code}`);
      expect(title).not.toMatch(/^ปรับปรุง/);
    }
  });

  it("are found in any capitals and spacing, as the NACC prints them", () => {
    expect(catalogueEntryFor(framework, " O1 ")?.key).toBe("o1");
  });
});

describe("the 2569 entries", () => {
  it("give the items the NACC kept the same advice as in 2566, under the 2569 title", () => {
    const fy2566 = frameworkFor(2566);
    const pairs: [string, string][] = [
      ["o2", "o2"],
      ["o4", "o7"],
      ["o10", "o18"],
      ["o11", "o21"],
      ["o21", "o34"],
      ["o23", "o36"],
    ];
    for (const [code2569, code2566] of pairs) {
      expect(catalogueEntryFor(fy2569, code2569)?.recommendation).toBe(
        catalogueEntryFor(fy2566, code2566)?.recommendation
      );
    }
    expect(catalogueEntryFor(fy2569, "o10")?.title).toBe("การให้บริการผ่านช่องทางออนไลน์ (E-Service)");
  });

  it("write the merged items anew: o1 covers structure and duties, o3 contact and questions", () => {
    expect(catalogueEntryFor(fy2569, "o1")?.recommendation).toContain("หน้าที่และอำนาจ");
    expect(catalogueEntryFor(fy2569, "o1")?.recommendation).toContain("แผนผังโครงสร้าง");
    expect(catalogueEntryFor(fy2569, "o3")?.recommendation).toContain("ถาม-ตอบ");
    expect(catalogueEntryFor(fy2568, "o1")).toEqual(catalogueEntryFor(fy2569, "o1"));
  });

  it("give o25 the analysis of last year's ITA result and o26 the report on its measures at both rounds", () => {
    expect(catalogueEntryFor(fy2569, "o25")?.title).toBe("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
    expect(catalogueEntryFor(fy2569, "o25")?.recommendation).toContain("วิเคราะห์ผลการประเมิน ITA");
    const deadlines = catalogueEntryFor(fy2569, "o26")?.measures.map((measure) => measure.deadline);
    expect(deadlines).toEqual(expect.arrayContaining(["six-month", "year-end"]));
  });

  it("tell an officer how to find and publish O6 and O7, whose titles are unknown", () => {
    for (const code of ["o6", "o7"]) {
      const entry = catalogueEntryFor(fy2569, code);
      const upper = code.toUpperCase();
      expect(entry?.title).toBe("ข้อมูลตามคู่มือการประเมิน ITA ปี 2569");
      expect(entry?.recommendation).toContain("หลักเกณฑ์และองค์ประกอบ");
      expect(entry?.measures.map((measure) => measure.action).join(" ")).toContain(`หัวข้อที่ระบุรหัส ${upper}`);
      expect(entry?.measures.map((measure) => measure.action).join(" ")).toContain("URL");
    }
  });

  it("give the 2568 bribery block O21–O24 bribery-prevention advice, each item its own", () => {
    const entries = ["o21", "o22", "o23", "o24"].map((code) => catalogueEntryFor(fy2568, code));
    for (const entry of entries) expect(entry?.title).toContain("การป้องกันการรับสินบน");
    expect(new Set(entries.map((entry) => entry?.measures[1]?.action)).size).toBe(4);
  });
});

describe("matching another year's framework by item name", () => {
  it("finds the 2569 entries for a 2570 framework copied from 2569", () => {
    const named = oitItemsOf(fy2570).filter((item) => item.nameTh !== "");
    expect(named).toHaveLength(24);
    for (const { code } of named) {
      expect(catalogueIdFor(fy2570, code)).toBe("oit-2569");
      expect(catalogueEntryFor(fy2570, code)).toBe(catalogueEntryFor(fy2569, code));
    }
  });

  it("prefers the list the framework was copied from when several lists share a code and name", () => {
    // o2 ข้อมูลผู้บริหาร is o2 in 2564, 2566 and 2569; o1 โครงสร้าง หน้าที่และอำนาจ in 2568 and 2569.
    expect(catalogueIdFor(fy2570, "o2")).toBe("oit-2569");
    expect(catalogueIdFor(fy2570, "o1")).toBe("oit-2569");
    const from2568 = relabelFramework(fy2568, 2570);
    expect(catalogueIdFor(from2568, "o1")).toBe("oit-2568");
    expect(catalogueIdFor(from2568, "o21")).toBe("oit-2568");
  });

  it("matches no item whose name is empty, in any other list", () => {
    expect(catalogueEntryFor(fy2570, "o6")).toBeUndefined();
    expect(catalogueEntryFor(fy2570, "o7")).toBeUndefined();
    expect(catalogueEntryFor(relabelFramework(fy2568, 2570), "o2")).toBeUndefined();
    expect(catalogueEntryFor(withItems(2567, [{ code: "o6", nameTh: "" }]), "o6")).toBeUndefined();
    expect(catalogueEntryFor(withItems(2567, [{ code: "o6", nameTh: "  " }]), "o6")).toBeUndefined();
  });

  it("uses an item's name once the officer types the title in", () => {
    const edited = withItems(2570, [
      { code: "o6", nameTh: "ข้อมูลการติดต่อและช่องทางการสอบถาม" },
      { code: "o3", nameTh: "ข้อมูลการติดต่อและช่องทางการสอบถาม" },
    ]);
    expect(catalogueEntryFor(edited, "o6")).toBeUndefined();
    expect(catalogueEntryFor(edited, "o3")?.title).toBe("ข้อมูลการติดต่อและช่องทางการสอบถาม");
  });

  it("keeps 2564–2566 by year", () => {
    expect(catalogueIdFor(frameworkFor(2565), "o2")).toBe("oit-2564");
    expect(catalogueIdFor(frameworkFor(2566), "o2")).toBe("oit-2566");
  });
});

describe("the catalogue sheet with the 2568 and 2569 catalogues", () => {
  it("writes them and reads every built-in catalogue back exactly", () => {
    const rows = catalogueSheetRows(BUILT_IN_CATALOGUES);
    expect(rows.some((row) => row[0] === "oit-2569" && row[1] === "o26")).toBe(true);
    expect(rows.some((row) => row[0] === "oit-2568" && row[1] === "o24")).toBe(true);
    expect(cataloguesFromRows("แคตตาล็อกมาตรการ ITA", rows)).toEqual({
      ok: true,
      value: BUILT_IN_CATALOGUES,
      warnings: [],
    });
  });

  it("takes the officer's title for O6 from the sheet", () => {
    const rows = catalogueSheetRows([OIT_2569_CATALOGUE]).map((row) => [...row]);
    const o6 = rows.findIndex((row) => row[0] === "oit-2569" && row[1] === "o6");
    (rows[o6] as string[])[2] = "ข้อมูลที่ได้จากคู่มือ";
    const read = cataloguesFromRows("แคตตาล็อกมาตรการ ITA", rows);
    const entry = read.ok ? catalogueEntryFor(fy2569, "o6", read.value) : undefined;
    expect(entry?.title).toBe("ข้อมูลที่ได้จากคู่มือ");
  });
});
