import {
  AGENCY_KINDS,
  AGENCY_TERM_KEYS,
  AGENCY_TERMS,
  agencyKindById,
  AgencyKind,
  NEUTRAL_AGENCY_KIND,
  placeholdersIn,
  unknownPlaceholders,
} from "../../src/core/agency";
import {
  BUILT_IN_CATALOGUES,
  Catalogue,
  catalogueEntryFor,
  catalogueForKind,
  CatalogueEntry,
  entryForKind,
  EIT_CATALOGUE,
  OIT_2566_CATALOGUE,
} from "../../src/core/catalogue";
import { frameworkFor } from "./helpers";

/** Every text of an entry that ends up in a cell, labelled for failure messages. */
function textsOf(catalogue: Catalogue): { label: string; text: string }[] {
  return catalogue.entries.flatMap((entry: CatalogueEntry) => [
    { label: `${catalogue.id} ${entry.key} title`, text: entry.title },
    { label: `${catalogue.id} ${entry.key} recommendation`, text: entry.recommendation },
    ...entry.measures.flatMap((measure, index) => [
      { label: `${catalogue.id} ${entry.key} measure ${index + 1}`, text: measure.action },
      { label: `${catalogue.id} ${entry.key} responsible ${index + 1}`, text: measure.responsible },
    ]),
  ]);
}

const raw = BUILT_IN_CATALOGUES.flatMap(textsOf);
const forKind = (kind: AgencyKind) =>
  BUILT_IN_CATALOGUES.flatMap((catalogue) => textsOf(catalogueForKind(catalogue, kind)));
const matching = (texts: { label: string; text: string }[], pattern: RegExp) =>
  texts.filter(({ text }) => pattern.test(text)).map(({ label, text }) => `${label}: ${text}`);

describe("the catalogue's placeholders", () => {
  it("are all defined: no built-in text uses an unknown placeholder or a stray brace", () => {
    const unknown = raw.flatMap(({ label, text }) =>
      unknownPlaceholders(text).map((name) => `${label}: ${name}`)
    );
    expect(unknown).toEqual([]);
  });

  it("are each used by some text, so no term is kept for nothing", () => {
    const used = new Set(raw.flatMap(({ text }) => placeholdersIn(text)));
    expect(AGENCY_TERM_KEYS.filter((key) => !used.has(AGENCY_TERMS[key].placeholder))).toEqual([]);
  });

  it("stand wherever a municipality's term was: no built-in text says เทศบาล or names its offices", () => {
    expect(matching(raw, /เทศบาล|เทศบัญญัติ|นายก|ปลัด|อบต\.|องค์การบริหารส่วน|องค์กรปกครองส่วนท้องถิ่น/)).toEqual([]);
  });
});

describe("the catalogue written for each kind of agency", () => {
  it.each(AGENCY_KINDS.filter((kind) => kind.id !== "municipality").map((kind) => [kind.id, kind] as const))(
    "never says เทศบาล for %s",
    (_id, kind) => {
      expect(matching(forKind(kind), /เทศบาล|เทศบัญญัติ/)).toEqual([]);
    }
  );

  it("says nothing of local government for the neutral kind", () => {
    expect(matching(forKind(NEUTRAL_AGENCY_KIND), /เทศบาล|อบต\.|องค์การบริหารส่วน|ท้องถิ่น|ข้อบัญญัติ/)).toEqual([]);
  });

  it.each(AGENCY_KINDS.map((kind) => [kind.id, kind] as const))(
    "reads as tidy text for %s: no braces, no doubled spaces, a space after a year",
    (_id, kind) => {
      const texts = forKind(kind);
      expect(matching(texts, /[{}]/)).toEqual([]);
      expect(matching(texts, /\s{2,}|^\s|\s$/)).toEqual([]);
      // "พ.ศ. 2537และ…": a number runs into the next Thai word.
      expect(matching(texts, /[0-9][\u0E01-\u0E2E]/)).toEqual([]);
    }
  );

  it("uses the municipality's own terms for a municipality", () => {
    const entry = catalogueEntryFor(frameworkFor(2565), "o34");
    if (!entry) throw new Error("o34 missing");
    const written = entryForKind(entry, agencyKindById("municipality"));
    expect(written.measures[0]?.action).toContain("จัดกิจกรรมให้นายกเทศมนตรีประกาศเจตจำนงสุจริต");
    expect(written.measures[0]?.responsible).toBe("สำนักปลัดเทศบาล");
  });

  it("names an อบต.'s executive, office, budget act and founding act", () => {
    const sao = agencyKindById("sao");
    const fy2565 = frameworkFor(2565);
    const text = (key: string) => {
      const entry = catalogueEntryFor(fy2565, key);
      if (!entry) throw new Error(`${key} missing`);
      const written = entryForKind(entry, sao);
      return [written.recommendation, ...written.measures.flatMap((m) => [m.action, m.responsible])].join(
        " "
      );
    };
    expect(text("o34")).toContain("นายกองค์การบริหารส่วนตำบล");
    expect(text("o34")).toContain("สำนักปลัดองค์การบริหารส่วนตำบล");
    expect(text("o18")).toContain("ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(text("o3")).toContain("พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537");
    expect(text("o2")).toContain("ปลัดองค์การบริหารส่วนตำบล");
  });

  it("keeps an entry's key and deadlines, and fills in every field", () => {
    const entry: CatalogueEntry = {
      key: "i99",
      title: "หัวข้อของ{ส่วนงาน}",
      recommendation: "ให้{ผู้บริหาร}พิจารณา",
      measures: [{ action: "เสนอ{ผู้บริหาร}", responsible: "{กองคลัง}", deadline: "quarterly" }],
    };
    expect(entryForKind(entry, agencyKindById("department"))).toEqual({
      key: "i99",
      title: "หัวข้อของหน่วยงานภายใน",
      recommendation: "ให้อธิบดีพิจารณา",
      measures: [{ action: "เสนออธิบดี", responsible: "กองคลัง", deadline: "quarterly" }],
    });
  });
});

describe("the review's wording findings (S9, S14, N11)", () => {
  it("drops informal words, calques and the undated 'before the assessment' and 'at once'", () => {
    expect(matching(raw, /เอาจริง|ลัดคิว|ก่อนการประเมิน|ทันที|บันทึก URL|ประชุมพนักงาน|รายงานเป็นศูนย์/)).toEqual([]);
  });

  it("writes สื่อสังคมออนไลน์ in running text and keeps Social Network only as the NACC's item title", () => {
    const running = raw.filter(({ label }) => !label.endsWith(" title"));
    expect(matching(running, /Social Network/)).toEqual([]);
    expect(raw.some(({ text }) => text.includes("สื่อสังคมออนไลน์"))).toBe(true);
  });

  it("names one meeting: the monthly meeting of the agency's staff", () => {
    const meetings = raw.flatMap(({ text }) => text.match(/การประชุมประจำเดือน[^ ]*/g) ?? []);
    expect(meetings.length).toBeGreaterThan(3);
    expect(meetings.every((name) => /^การประชุมประจำเดือน(ของ\{บุคลากร\}|ครั้งแรก)/.test(name))).toBe(true);
  });

  it("asks for the three components of 2566 o40, and sends o41 to the handbook rather than invent a survey", () => {
    const o40 = OIT_2566_CATALOGUE.entries.find((entry) => entry.key === "o40");
    const o41 = OIT_2566_CATALOGUE.entries.find((entry) => entry.key === "o41");
    const all = (entry?: CatalogueEntry) =>
      [entry?.recommendation, ...(entry?.measures.map((m) => m.action) ?? [])].join(" ");
    expect(all(o40)).toContain("ทีมให้คำปรึกษาตอบคำถามทางจริยธรรม");
    expect(all(o40)).toContain("สิ่งที่ควรทำและไม่ควรทำ");
    expect(all(o40)).toContain("การฝึกอบรมที่สอดแทรกสาระด้านจริยธรรม");
    expect(all(o41)).toContain("คู่มือการประเมิน ITA");
    expect(all(o41)).not.toContain("แบบประเมินการรับรู้");
  });

  it("invites community members as observers, as the procurement rules allow, not as committee members", () => {
    const e14 = EIT_CATALOGUE.entries.find((entry) => entry.key === "e14");
    const action = e14?.measures[1]?.action ?? "";
    expect(action).toContain("ผู้สังเกตการณ์");
    expect(action).toContain("ตามที่ระเบียบกำหนด");
    expect(action).not.toContain("กรรมการหรือ");
  });

  it("says when there were no complaints that there were none (0 เรื่อง)", () => {
    expect(raw.some(({ text }) => text.includes("กรณีไม่มีเรื่องร้องเรียนให้ระบุว่าไม่มีเรื่องร้องเรียน (0 เรื่อง)"))).toBe(
      true
    );
  });
});
