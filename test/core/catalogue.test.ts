import {
  BUILT_IN_CATALOGUES,
  Catalogue,
  CatalogueEntry,
  catalogueEntryFor,
  catalogueIdFor,
  EIT_CATALOGUE,
  IIT_CATALOGUE,
  INDICATOR_CATALOGUE,
  indicatorKey,
  OIT_2564_CATALOGUE,
  OIT_2566_CATALOGUE,
  OIT_2568_CATALOGUE,
  OIT_2569_CATALOGUE,
} from "../../src/core/catalogue";
import { BUILT_IN_FRAMEWORKS, Framework, oitItemsOf } from "../../src/core/frameworks";
import { OIT_2564, STANDARD_PERCEPTION_ITEMS } from "../../src/core/frameworks/standard";
import { OIT_2566 } from "../../src/core/frameworks/oit2566";
import { OIT_2568_ITEMS } from "../../src/core/frameworks/oit2568";
import { OIT_2569_ITEMS } from "../../src/core/frameworks/oit2569";
import { frameworkFor } from "./helpers";

const THAI_LETTER = /[\u0E01-\u0E4E]/;
const THAI_DIGIT = /[\u0E50-\u0E59]/;
/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@]/;
/** The only Latin-script words allowed in the Thai text: established terms and the NACC's own names. */
const ALLOWED_LATIN = new Set([
  "ITA",
  "ITAS",
  "IIT",
  "EIT",
  "OIT",
  "Q&A",
  "Social",
  "Network",
  "E-Service",
  "No",
  "Gift",
  "Policy",
  "URL",
]);

/** Every text of an entry that ends up in a cell, with a label for failure messages. */
function textsOf(entry: CatalogueEntry): { label: string; text: string }[] {
  return [
    { label: `${entry.key} title`, text: entry.title },
    { label: `${entry.key} recommendation`, text: entry.recommendation },
    ...entry.measures.flatMap((measure, index) => [
      { label: `${entry.key} measure ${index + 1} action`, text: measure.action },
      { label: `${entry.key} measure ${index + 1} responsible`, text: measure.responsible },
    ]),
  ];
}

function allTexts(): { label: string; text: string }[] {
  return BUILT_IN_CATALOGUES.flatMap((catalogue) => [
    { label: `${catalogue.id} description`, text: catalogue.description },
    ...catalogue.entries.flatMap((entry) =>
      textsOf(entry).map(({ label, text }) => ({ label: `${catalogue.id} ${label}`, text }))
    ),
  ]);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

const perceptionCodes = (framework: Framework): string[] =>
  framework.perceptionItems?.groups.flatMap((group) => group.codes) ?? [];
const oitCodes = (framework: Framework): string[] => oitItemsOf(framework).map((item) => item.code);

describe("coverage of the built-in frameworks", () => {
  it("gives every IIT and EIT item code of every built-in framework an entry", () => {
    const missing = BUILT_IN_FRAMEWORKS.flatMap((framework) =>
      perceptionCodes(framework)
        .filter((code) => catalogueEntryFor(framework, code) === undefined)
        .map((code) => `${framework.fiscalYear} ${code}`)
    );
    expect(BUILT_IN_FRAMEWORKS.some((framework) => perceptionCodes(framework).length > 0)).toBe(true);
    expect(missing).toEqual([]);
  });

  it("gives every OIT item code of every built-in framework with an OIT list an entry", () => {
    const missing = BUILT_IN_FRAMEWORKS.flatMap((framework) =>
      oitCodes(framework)
        .filter((code) => catalogueEntryFor(framework, code) === undefined)
        .map((code) => `${framework.fiscalYear} ${code}`)
    );
    expect(BUILT_IN_FRAMEWORKS.filter((framework) => oitCodes(framework).length > 0).length).toBeGreaterThan(
      0
    );
    expect(missing).toEqual([]);
  });

  it("gives every indicator from 1 to 10 a fallback entry in every built-in framework", () => {
    for (const framework of BUILT_IN_FRAMEWORKS) {
      for (const indicator of framework.indicators) {
        expect(catalogueEntryFor(framework, indicatorKey(indicator.number))).toBeDefined();
      }
    }
    expect(INDICATOR_CATALOGUE.entries.map((entry) => entry.key)).toEqual(
      Array.from({ length: 10 }, (_, index) => `indicator-${index + 1}`)
    );
  });

  it("holds exactly the codes of its list in each item catalogue, in order", () => {
    const codesOf = (subIndicators: typeof OIT_2564) =>
      subIndicators.flatMap((sub) => sub.items.map((item) => item.code));
    const keys = (catalogue: Catalogue) => catalogue.entries.map((entry) => entry.key);
    const perception = STANDARD_PERCEPTION_ITEMS.flatMap((group) => group.codes);
    expect(keys(IIT_CATALOGUE)).toEqual(perception.filter((code) => code.startsWith("i")));
    expect(keys(EIT_CATALOGUE)).toEqual(perception.filter((code) => code.startsWith("e")));
    expect(keys(OIT_2564_CATALOGUE)).toEqual(codesOf(OIT_2564));
    expect(keys(OIT_2566_CATALOGUE)).toEqual(codesOf(OIT_2566));
    expect(keys(OIT_2568_CATALOGUE)).toEqual(OIT_2568_ITEMS.map((item) => item.code));
    expect(keys(OIT_2569_CATALOGUE)).toEqual(OIT_2569_ITEMS.map((item) => item.code));
    expect(keys(IIT_CATALOGUE)).toHaveLength(30);
    expect(keys(EIT_CATALOGUE)).toHaveLength(15);
    expect(keys(OIT_2564_CATALOGUE)).toHaveLength(43);
    expect(keys(OIT_2566_CATALOGUE)).toHaveLength(43);
    expect(keys(OIT_2568_CATALOGUE)).toHaveLength(26);
    expect(keys(OIT_2569_CATALOGUE)).toHaveLength(26);
  });
});

describe("choosing the catalogue by fiscal year", () => {
  it("uses the 2564 OIT list for 2564 and 2565 and the 2566 list for 2566", () => {
    expect(catalogueIdFor(frameworkFor(2564), "o11")).toBe("oit-2564");
    expect(catalogueIdFor(frameworkFor(2565), "o11")).toBe("oit-2564");
    expect(catalogueIdFor(frameworkFor(2566), "o11")).toBe("oit-2566");
  });

  it("gives o10 the annual operations plan in 2565 and the personal data policy in 2566", () => {
    expect(catalogueEntryFor(frameworkFor(2565), "o10")?.title).toBe("แผนดำเนินงานประจำปี");
    expect(catalogueEntryFor(frameworkFor(2566), "o10")?.title).toBe("นโยบายคุ้มครองข้อมูลส่วนบุคคล");
  });

  it("gives the same advice to a document that only changed its number between 2565 and 2566", () => {
    const e2565 = catalogueEntryFor(frameworkFor(2565), "o23");
    const e2566 = catalogueEntryFor(frameworkFor(2566), "o21");
    expect(e2565?.title).toBe("สรุปผลการจัดซื้อจัดจ้างรายเดือน");
    expect(e2566?.recommendation).toBe(e2565?.recommendation);
  });

  it("uses the same IIT and EIT entries in every year that has item lists", () => {
    const years = BUILT_IN_FRAMEWORKS.filter((framework) => framework.perceptionItems);
    for (const framework of years) {
      expect(catalogueEntryFor(framework, "i28")).toBe(catalogueEntryFor(frameworkFor(2565), "i28"));
      expect(catalogueEntryFor(framework, "e11")).toBe(catalogueEntryFor(frameworkFor(2565), "e11"));
    }
  });

  it("gives no OIT entry for a year whose OIT list the catalogues do not know", () => {
    expect(catalogueEntryFor(frameworkFor(2567), "o11")).toBeUndefined();
    expect(catalogueEntryFor(frameworkFor(2562), "o1")).toBeUndefined();
  });

  it("matches an edited framework of another year by the OIT item's name, not by its number alone", () => {
    const edited: Framework = {
      ...frameworkFor(2567),
      oit: {
        evidence: "working-rule",
        subIndicators: [
          {
            id: "9.1",
            indicator: 9,
            nameTh: "ข้อมูลพื้นฐาน",
            items: [
              { code: "o10", nameTh: "นโยบายคุ้มครองข้อมูลส่วนบุคคล" },
              { code: "o11", nameTh: "รายการที่ไม่มีในรายการใดที่รู้จัก" },
            ],
          },
        ],
      },
    };
    expect(catalogueEntryFor(edited, "o10")?.title).toBe("นโยบายคุ้มครองข้อมูลส่วนบุคคล");
    expect(catalogueEntryFor(edited, "o11")).toBeUndefined();
  });

  it("gives no entry for codes outside the lists and accepts stray case and spaces", () => {
    const fy2565 = frameworkFor(2565);
    expect(catalogueEntryFor(fy2565, "i31")).toBeUndefined();
    expect(catalogueEntryFor(fy2565, "o44")).toBeUndefined();
    expect(catalogueEntryFor(fy2565, "indicator-11")).toBeUndefined();
    expect(catalogueEntryFor(fy2565, "x1")).toBeUndefined();
    expect(catalogueEntryFor(fy2565, " I28 ")?.key).toBe("i28");
  });

  it("reads entries from catalogues passed in, such as an edited catalogue sheet", () => {
    const fy2565 = frameworkFor(2565);
    const original = catalogueEntryFor(fy2565, "i28");
    if (!original) throw new Error("i28 missing");
    const edited: Catalogue = {
      ...IIT_CATALOGUE,
      entries: [{ ...original, measures: [{ ...original.measures[0]!, responsible: "กองสวัสดิการสังคม" }] }],
    };
    const entry = catalogueEntryFor(fy2565, "i28", [edited]);
    expect(entry?.measures[0]?.responsible).toBe("กองสวัสดิการสังคม");
    expect(catalogueEntryFor(fy2565, "e11", [edited])).toBeUndefined();
  });

  it("has entries for the seed's weak items whose titles name what each item is about", () => {
    const fy2565 = frameworkFor(2565);
    const title = (code: string) => catalogueEntryFor(fy2565, code)?.title ?? "";
    expect(title("i28")).toContain("ลงโทษทางวินัย");
    expect(title("i29")).toContain("ผลการตรวจสอบ");
    expect(title("i30")).toContain("ร้องเรียน");
    expect(title("e11")).toContain("ปรับปรุงคุณภาพ");
    expect(title("e14")).toContain("มีส่วนร่วม");
    expect(title("e15")).toContain("โปร่งใส");
    expect(title("o11")).toContain("รอบ 6 เดือน");
    expect(title("o12")).toBe("รายงานผลการดำเนินงานประจำปี");
  });
});

describe("the catalogue texts", () => {
  it("has no duplicate keys in any catalogue and no two catalogues with the same id", () => {
    for (const catalogue of BUILT_IN_CATALOGUES) {
      expect(duplicates(catalogue.entries.map((entry) => entry.key))).toEqual([]);
    }
    expect(duplicates(BUILT_IN_CATALOGUES.map((catalogue) => catalogue.id))).toEqual([]);
  });

  it("gives every entry a title, a recommendation and at least one measure with an action and a unit", () => {
    for (const catalogue of BUILT_IN_CATALOGUES) {
      for (const entry of catalogue.entries) {
        expect(entry.title.trim()).not.toBe("");
        expect(entry.recommendation.trim()).not.toBe("");
        expect(entry.measures.length).toBeGreaterThanOrEqual(1);
        for (const measure of entry.measures) {
          expect(measure.action.trim()).not.toBe("");
          expect(measure.responsible.trim()).not.toBe("");
        }
      }
    }
  });

  it("writes every text in Thai", () => {
    expect(allTexts().filter(({ text }) => !THAI_LETTER.test(text))).toEqual([]);
  });

  it("writes numbers with Arabic digits, since the renderers convert them to Thai digits", () => {
    expect(allTexts().filter(({ text }) => THAI_DIGIT.test(text))).toEqual([]);
  });

  it("uses no English other than the established terms", () => {
    const foreign = allTexts().flatMap(({ label, text }) =>
      (text.match(/[A-Za-z][A-Za-z0-9&\-.]*/g) ?? [])
        // Item codes: as stored (o25) or as the NACC prints OIT codes (O25).
        .filter((word) => !ALLOWED_LATIN.has(word) && !/^(?:[ieo]|O)\d+$/.test(word))
        .map((word) => `${label}: ${word}`)
    );
    expect(foreign).toEqual([]);
  });

  it("starts no text with a character that a spreadsheet would read as a formula", () => {
    expect(allTexts().filter(({ text }) => FORMULA_START.test(text))).toEqual([]);
  });

  it("has no leading, trailing or doubled spaces and no line breaks", () => {
    const untidy = allTexts().filter(({ text }) => text !== text.trim() || /\s{2,}|\n/.test(text));
    expect(untidy).toEqual([]);
  });

  it("keeps titles unique within each catalogue, but for items whose title no source gives", () => {
    // An untitled item (2569 O6/O7, most of 2568) is titled by its year's handbook; its code, printed beside
    // the title wherever it appears, tells them apart.
    const handbook = /^ข้อมูลตามคู่มือการประเมิน ITA ปี \d{4}$/;
    for (const catalogue of BUILT_IN_CATALOGUES) {
      const titles = catalogue.entries.map((entry) => entry.title).filter((title) => !handbook.test(title));
      expect(duplicates(titles)).toEqual([]);
    }
  });

  it("never repeats a recommendation, except for the same OIT document in the lists of different years", () => {
    for (const catalogue of BUILT_IN_CATALOGUES) {
      expect(duplicates(catalogue.entries.map((entry) => entry.recommendation))).toEqual([]);
    }
    const owners = new Map<string, { catalogue: string; title: string }[]>();
    for (const catalogue of BUILT_IN_CATALOGUES) {
      for (const entry of catalogue.entries) {
        const list = owners.get(entry.recommendation) ?? [];
        list.push({ catalogue: catalogue.id, title: entry.title });
        owners.set(entry.recommendation, list);
      }
    }
    for (const list of owners.values()) {
      if (list.length === 1) continue;
      const catalogues = list.map((owner) => owner.catalogue);
      expect(catalogues.every((id) => id.startsWith("oit-"))).toBe(true);
      expect(duplicates(catalogues)).toEqual([]);
    }
  });

  it("never repeats a measure's action within a catalogue", () => {
    for (const catalogue of BUILT_IN_CATALOGUES) {
      const actions = catalogue.entries.flatMap((entry) => entry.measures.map((measure) => measure.action));
      expect(duplicates(actions)).toEqual([]);
    }
  });
});
