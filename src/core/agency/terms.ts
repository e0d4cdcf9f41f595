/**
 * The terms a catalogue text needs from the kind of agency it is written for, and the placeholders that
 * stand for them (issue 12 point 9, review S10). A text says "{ผู้บริหาร}" where a municipality's says
 * นายกเทศมนตรี and an อบต.'s says นายกองค์การบริหารส่วนตำบล; `applyAgencyTerms` fills them in.
 *
 * This is the one place the placeholders are defined. Each is written in a text as its Thai name in
 * braces; its value is a noun phrase that reads correctly wherever the texts put it (after ของ, ให้, ตาม,
 * ทุก, ที่ประชุม…), so a value never starts or ends with a space and never holds another placeholder.
 */

/** The keys of the terms, in the order the catalogue sheet lists them. */
export const AGENCY_TERM_KEYS = [
  "executive",
  "executives",
  "leadOffice",
  "hrUnit",
  "legalUnit",
  "financeUnit",
  "planUnit",
  "worksUnit",
  "division",
  "divisionHeads",
  "staff",
  "budget",
  "foundingLaw",
  "personnelCommittee",
  "developmentPlan",
  "publicForum",
  "ownRules",
] as const;

export type AgencyTermKey = (typeof AGENCY_TERM_KEYS)[number];

/** Every term of a kind of agency, by key. */
export type AgencyTerms = Readonly<Record<AgencyTermKey, string>>;

export interface AgencyTermDefinition {
  readonly key: AgencyTermKey;
  /** The placeholder's name, written in a text between braces: "ผู้บริหาร" → "{ผู้บริหาร}". */
  readonly placeholder: string;
  /** What the term is, for the officer who edits it on the catalogue sheet. */
  readonly meaningTh: string;
  readonly meaningEn: string;
}

export const AGENCY_TERMS: Readonly<Record<AgencyTermKey, AgencyTermDefinition>> = {
  executive: {
    key: "executive",
    placeholder: "ผู้บริหาร",
    meaningTh: "ตำแหน่งผู้บริหารสูงสุดของหน่วยงาน เช่น นายกเทศมนตรี อธิบดี",
    meaningEn: "the title of the agency's chief executive",
  },
  executives: {
    key: "executives",
    placeholder: "คณะผู้บริหาร",
    meaningTh: "ตำแหน่งผู้บริหารที่แสดงในหน้าข้อมูลผู้บริหาร เรียงเป็นรายการ",
    meaningEn: "the executives shown on the executives page, as a list",
  },
  leadOffice: {
    key: "leadOffice",
    placeholder: "สำนักงานหลัก",
    meaningTh: "ส่วนงานที่รับผิดชอบงานบริหารทั่วไปและมักเป็นผู้ประสานงานการประเมิน ITA",
    meaningEn: "the office of general administration, which usually leads the ITA work",
  },
  hrUnit: {
    key: "hrUnit",
    placeholder: "งานบุคคล",
    meaningTh: "ส่วนงานที่รับผิดชอบงานการเจ้าหน้าที่",
    meaningEn: "the personnel unit",
  },
  legalUnit: {
    key: "legalUnit",
    placeholder: "งานนิติการ",
    meaningTh: "ส่วนงานที่รับผิดชอบงานกฎหมายและนิติการ",
    meaningEn: "the legal unit",
  },
  financeUnit: {
    key: "financeUnit",
    placeholder: "กองคลัง",
    meaningTh: "ส่วนงานที่รับผิดชอบงานการเงิน บัญชี และพัสดุ",
    meaningEn: "the finance, accounting and procurement unit",
  },
  planUnit: {
    key: "planUnit",
    placeholder: "กองแผน",
    meaningTh: "ส่วนงานที่รับผิดชอบงานนโยบาย แผน และงบประมาณ",
    meaningEn: "the policy, planning and budget unit",
  },
  worksUnit: {
    key: "worksUnit",
    placeholder: "กองช่าง",
    meaningTh: "ส่วนงานที่รับผิดชอบงานก่อสร้างและอาคารสถานที่",
    meaningEn: "the works (construction and buildings) unit",
  },
  division: {
    key: "division",
    placeholder: "ส่วนงาน",
    meaningTh: "คำเรียกส่วนงานภายในของหน่วยงาน ใช้ในคำว่า ทุกส่วนราชการ แต่ละส่วนราชการ",
    meaningEn: "what the agency calls its internal divisions",
  },
  divisionHeads: {
    key: "divisionHeads",
    placeholder: "หัวหน้าส่วนงาน",
    meaningTh: "คำเรียกหัวหน้าส่วนงานภายใน ใช้ในคำว่า ที่ประชุมหัวหน้าส่วนราชการ",
    meaningEn: "what the agency calls the heads of its divisions",
  },
  staff: {
    key: "staff",
    placeholder: "บุคลากร",
    meaningTh: "คำเรียกบุคลากรของหน่วยงาน ใช้ในชื่อการประชุมประจำเดือน",
    meaningEn: "what the agency calls its staff",
  },
  budget: {
    key: "budget",
    placeholder: "งบประมาณ",
    meaningTh: "เอกสารหรือกฎหมายงบประมาณรายจ่ายประจำปีของหน่วยงาน",
    meaningEn: "the agency's annual budget instrument",
  },
  foundingLaw: {
    key: "foundingLaw",
    placeholder: "กฎหมายจัดตั้ง",
    meaningTh: "กฎหมายที่จัดตั้งหน่วยงานและกำหนดหน้าที่และอำนาจ",
    meaningEn: "the law that founds the agency and sets its powers",
  },
  personnelCommittee: {
    key: "personnelCommittee",
    placeholder: "คณะกรรมการบุคคล",
    meaningTh: "คณะกรรมการที่กำหนดหลักเกณฑ์การบริหารงานบุคคลของบุคลากร",
    meaningEn: "the committee that sets the staff's personnel rules",
  },
  developmentPlan: {
    key: "developmentPlan",
    placeholder: "แผนพัฒนา",
    meaningTh: "ชื่อแผนระยะกลางของหน่วยงาน เช่น แผนพัฒนาท้องถิ่น แผนปฏิบัติราชการ",
    meaningEn: "the name of the agency's medium-term plan",
  },
  publicForum: {
    key: "publicForum",
    placeholder: "ประชาคม",
    meaningTh: "เวทีที่หน่วยงานใช้รับฟังความคิดเห็นของประชาชน",
    meaningEn: "the forum where the agency hears the public",
  },
  ownRules: {
    key: "ownRules",
    placeholder: "ข้อบัญญัติ",
    meaningTh: "คำเรียกกฎที่หน่วยงานออกเอง เช่น เทศบัญญัติ ข้อบัญญัติ ข้อบังคับ",
    meaningEn: "what the rules the agency makes itself are called",
  },
};

const KEY_BY_PLACEHOLDER = new Map(
  AGENCY_TERM_KEYS.map((key) => [AGENCY_TERMS[key].placeholder, key] as const)
);

/** A placeholder in a text: a name in braces, without spaces or further braces. */
const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** The term key a placeholder's name stands for ("ผู้บริหาร" or "{ผู้บริหาร}" → "executive"), if any. */
export function agencyTermKeyOf(placeholder: string): AgencyTermKey | undefined {
  const name = placeholder
    .trim()
    .replace(/^\{(.*)\}$/, "$1")
    .trim();
  return KEY_BY_PLACEHOLDER.get(name);
}

/**
 * The names of the placeholders a text uses, in order of appearance, each once.
 *
 * @example placeholdersIn("ลงนามโดย{ผู้บริหาร} ส่ง{สำนักงานหลัก}") // ["ผู้บริหาร", "สำนักงานหลัก"]
 */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

/**
 * The placeholders of a text that name no term (a typo such as "{ผู้บริหา}"), and stray braces: what
 * `applyAgencyTerms` would leave in the text as it is.
 *
 * @example unknownPlaceholders("ลงนามโดย{ผู้บริหา}") // ["{ผู้บริหา}"]
 */
export function unknownPlaceholders(text: string): string[] {
  const unknown = placeholdersIn(text)
    .filter((name) => !KEY_BY_PLACEHOLDER.has(name))
    .map((name) => `{${name}}`);
  const stray = text.replace(PLACEHOLDER, "").match(/[{}]/g) ?? [];
  return [...unknown, ...new Set(stray)];
}

/**
 * A text with every placeholder replaced by the kind's term. Unknown placeholders are left as they are
 * (find them with {@link unknownPlaceholders}); the function never fails.
 *
 * @example
 * applyAgencyTerms("ลงนามโดย{ผู้บริหาร}", agencyKindById("sao")) // "ลงนามโดยนายกองค์การบริหารส่วนตำบล"
 */
export function applyAgencyTerms(text: string, kind: { readonly terms: AgencyTerms }): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const key = KEY_BY_PLACEHOLDER.get(name);
    return key === undefined ? whole : kind.terms[key];
  });
}
