import {
  AGENCY_KINDS,
  AGENCY_TERM_KEYS,
  AGENCY_TERMS,
  agencyKindById,
  agencyKindFor,
  agencyKindFromName,
  agencyKindFromType,
  AgencyKindId,
  agencyTermKeyOf,
  applyAgencyTerms,
  executiveTitleFor,
  isAgencyKindId,
  NEUTRAL_AGENCY_KIND,
  placeholdersIn,
  placeLine,
  unknownPlaceholders,
} from "../../src/core/agency";

const idOfName = (name: string) => agencyKindFromName(name)?.id;

describe("agencyKindFromName", () => {
  it.each<[string, AgencyKindId]>([
    ["เทศบาลตำบลด่านเกวียน", "municipality"],
    ["เทศบาลเมืองบ้านไผ่", "municipality"],
    ["เทศบาลนครนครราชสีมา", "municipality"],
    ["ทต.ด่านเกวียน", "municipality"],
    ["องค์การบริหารส่วนตำบลหนองบัว", "sao"],
    ["อบต.หนองบัว", "sao"],
    ["  องค์การบริหารส่วนตำบล   บ้านโพธิ์ ", "sao"],
    ["องค์การบริหารส่วนจังหวัดขอนแก่น", "pao"],
    ["อบจ.ขอนแก่น", "pao"],
    ["กรุงเทพมหานคร", "bangkok"],
    ["เมืองพัทยา", "pattaya"],
    ["จังหวัดนครราชสีมา", "province"],
    ["สำนักงานจังหวัดเชียงใหม่", "province"],
    ["สำนักงานปลัดกระทรวงมหาดไทย", "ministry-office"],
    ["สำนักงานปลัดสำนักนายกรัฐมนตรี", "ministry-office"],
    ["กรมส่งเสริมการปกครองท้องถิ่น", "department"],
    ["กรมการปกครอง", "department"],
    ["สำนักงานศาลยุติธรรม", "independent-organ"],
    ["สำนักงานคณะกรรมการการเลือกตั้ง", "independent-organ"],
    ["สำนักงาน ป.ป.ช.", "independent-organ"],
    ["สำนักงานคณะกรรมการกฤษฎีกา", "independent-organ"],
    ["มหาวิทยาลัยมหิดล", "university"],
    ["จุฬาลงกรณ์มหาวิทยาลัย", "university"],
    ["สถาบันเทคโนโลยีพระจอมเกล้าเจ้าคุณทหารลาดกระบัง", "university"],
    ["การไฟฟ้าส่วนภูมิภาค", "state-enterprise"],
    ["การประปานครหลวง", "state-enterprise"],
    ["ธนาคารออมสิน", "state-bank"],
    ["ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "state-bank"],
    ["สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "public-organisation"],
    ["สถาบันวิจัยและพัฒนาพื้นที่สูง (องค์การมหาชน)", "public-organisation"],
  ])("tells %s as %s", (name, id) => {
    expect(idOfName(name)).toBe(id);
  });

  it.each([
    // Its head is the ผู้ว่าการตรวจเงินแผ่นดิน, not a เลขาธิการ: neutral wording is right, a kind's would not be.
    "สำนักงานการตรวจเงินแผ่นดิน",
    // The central bank and commercial banks are not specialised state banks.
    "ธนาคารแห่งประเทศไทย",
    "ธนาคารกสิกรไทย",
    // A building, a military unit and a provincial branch are not agencies of those kinds.
    "ศาลาว่าการเมืองพัทยา",
    "จังหวัดทหารบกนครราชสีมา",
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา",
    "โรงเรียนเทศบาล 1",
    "การท่าเรือแห่งประเทศไทย",
    "",
    "   ",
  ])("does not guess a kind for %j", (name) => {
    expect(idOfName(name)).toBeUndefined();
  });

  it("gives undefined for no name", () => {
    expect(agencyKindFromName(undefined)).toBeUndefined();
  });
});

describe("agencyKindFromType", () => {
  it.each<[string, AgencyKindId]>([
    ["sao", "sao"],
    [" SAO ", "sao"],
    ["องค์การบริหารส่วนตำบล", "sao"],
    ["อบต.", "sao"],
    ["Subdistrict administrative organisation", "sao"],
    ["เทศบาลตำบล", "municipality"],
    ["เทศบาลเมือง", "municipality"],
    ["municipality", "municipality"],
    ["อบจ", "pao"],
    ["กทม.", "bangkok"],
    ["รัฐวิสาหกิจ", "state-enterprise"],
    ["องค์การมหาชน", "public-organisation"],
    ["มหาวิทยาลัย", "university"],
    ["ส่วนราชการระดับกรม", "department"],
    ["neutral", "neutral"],
  ])("reads %j as %s", (type, id) => {
    expect(agencyKindFromType(type)?.id).toBe(id);
  });

  it("names no kind for a word too general to choose, or for nothing", () => {
    expect(agencyKindFromType("ส่วนราชการ")).toBeUndefined();
    expect(agencyKindFromType("หน่วยงานภาครัฐ")).toBeUndefined();
    expect(agencyKindFromType("")).toBeUndefined();
    expect(agencyKindFromType(undefined)).toBeUndefined();
  });
});

describe("agencyKindFor", () => {
  it("takes the type over the name, the name when the type says nothing, else the neutral kind", () => {
    expect(agencyKindFor({ type: "อบต.", agency: "เทศบาลตำบลด่านเกวียน" }).id).toBe("sao");
    expect(agencyKindFor({ type: "ส่วนราชการ", agency: "เทศบาลตำบลด่านเกวียน" }).id).toBe("municipality");
    expect(agencyKindFor({ agency: "เทศบาลตำบลด่านเกวียน" }).id).toBe("municipality");
    expect(agencyKindFor({ agency: "สำนักงานการตรวจเงินแผ่นดิน" })).toBe(NEUTRAL_AGENCY_KIND);
    expect(agencyKindFor({})).toBe(NEUTRAL_AGENCY_KIND);
  });

  it("takes a kind chosen by id over the type and the name", () => {
    expect(agencyKindFor({ kindId: "province", type: "อบต.", agency: "เทศบาลตำบลด่านเกวียน" }).id).toBe(
      "province"
    );
  });

  it("uses the officer's edited kind when given one, the built-in kind otherwise", () => {
    const sao = agencyKindById("sao");
    const edited = { ...sao, terms: { ...sao.terms, financeUnit: "กองการเงินและบัญชี" } };
    expect(agencyKindFor({ agency: "อบต.หนองบัว" }, [edited]).terms.financeUnit).toBe("กองการเงินและบัญชี");
    expect(agencyKindFor({ agency: "เทศบาลตำบลด่านเกวียน" }, [edited]).terms.financeUnit).toBe("กองคลัง");
  });
});

describe("the table of kinds", () => {
  it("has unique ids and names, and the neutral kind last", () => {
    const ids = AGENCY_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(AGENCY_KINDS.map((kind) => kind.nameTh)).size).toBe(ids.length);
    expect(AGENCY_KINDS[AGENCY_KINDS.length - 1]).toBe(NEUTRAL_AGENCY_KIND);
    expect(ids.every(isAgencyKindId)).toBe(true);
    expect(isAgencyKindId("village")).toBe(false);
  });

  it("gives every kind every term: Thai text, trimmed, single-spaced, without braces", () => {
    for (const kind of AGENCY_KINDS) {
      expect(Object.keys(kind.terms).sort()).toEqual([...AGENCY_TERM_KEYS].sort());
      for (const key of AGENCY_TERM_KEYS) {
        const term = kind.terms[key];
        expect({ kind: kind.id, key, ok: /^[\u0E01-\u0E4E]/.test(term) }).toEqual({
          kind: kind.id,
          key,
          ok: true,
        });
        expect(term).toBe(term.trim());
        expect(term).not.toMatch(/\s{2,}|[{}]/);
      }
    }
  });

  it("keeps local-government words out of the neutral kind and the central kinds", () => {
    const notLocal = AGENCY_KINDS.filter(
      (kind) => !["municipality", "sao", "pao", "bangkok", "pattaya"].includes(kind.id)
    );
    for (const kind of notLocal) {
      for (const term of Object.values(kind.terms)) {
        expect(term).not.toMatch(/เทศบาล|อบต\.|องค์การบริหารส่วน|ท้องถิ่น|ข้อบัญญัติ/);
      }
    }
  });

  it("names each local authority's founding act with the year it was enacted", () => {
    expect(agencyKindById("municipality").terms.foundingLaw).toBe("พระราชบัญญัติเทศบาล พ.ศ. 2496");
    expect(agencyKindById("sao").terms.foundingLaw).toBe("พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537");
    expect(agencyKindById("pao").terms.foundingLaw).toBe("พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540");
    expect(agencyKindById("bangkok").terms.foundingLaw).toBe(
      "พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528"
    );
    expect(agencyKindById("pattaya").terms.foundingLaw).toBe("พระราชบัญญัติระเบียบบริหารราชการเมืองพัทยา พ.ศ. 2542");
    expect(agencyKindById("municipality").terms.budget).toBe("เทศบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(agencyKindById("sao").terms.budget).toBe("ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
  });

  it("gives the terms a report's approval blocks need", () => {
    const municipality = agencyKindById("municipality");
    expect(municipality.terms.executive).toBe("นายกเทศมนตรี");
    expect(municipality.terms.leadOffice).toBe("สำนักปลัดเทศบาล");
    expect(municipality.permanentHead).toBe("ปลัดเทศบาล");
    expect(agencyKindById("sao").terms.leadOffice).toBe("สำนักปลัดองค์การบริหารส่วนตำบล");
    expect(agencyKindById("department").permanentHead).toBeUndefined();
    expect(NEUTRAL_AGENCY_KIND.terms.executive).toBe("ผู้บริหารสูงสุด");
  });
});

describe("placeholders", () => {
  it("are defined once each, with a meaning in Thai and English", () => {
    const names = AGENCY_TERM_KEYS.map((key) => AGENCY_TERMS[key].placeholder);
    expect(new Set(names).size).toBe(names.length);
    for (const key of AGENCY_TERM_KEYS) {
      expect(AGENCY_TERMS[key].key).toBe(key);
      expect(AGENCY_TERMS[key].placeholder).not.toMatch(/[\s{}]/);
      expect(AGENCY_TERMS[key].meaningTh).not.toBe("");
      expect(AGENCY_TERMS[key].meaningEn).not.toBe("");
      expect(agencyTermKeyOf(`{${AGENCY_TERMS[key].placeholder}}`)).toBe(key);
      expect(agencyTermKeyOf(` ${AGENCY_TERMS[key].placeholder} `)).toBe(key);
    }
    expect(agencyTermKeyOf("{ผู้บริหา}")).toBeUndefined();
  });

  it("are filled in with the kind's terms", () => {
    const text = "จัดทำประกาศลงนามโดย{ผู้บริหาร} ส่งให้{สำนักงานหลัก}เผยแพร่ และให้ทุก{ส่วนงาน}ถือปฏิบัติ";
    expect(applyAgencyTerms(text, agencyKindById("sao"))).toBe(
      "จัดทำประกาศลงนามโดยนายกองค์การบริหารส่วนตำบล ส่งให้สำนักปลัดองค์การบริหารส่วนตำบลเผยแพร่ และให้ทุกส่วนราชการถือปฏิบัติ"
    );
    expect(applyAgencyTerms(text, NEUTRAL_AGENCY_KIND)).toBe(
      "จัดทำประกาศลงนามโดยผู้บริหารสูงสุด ส่งให้ส่วนงานที่รับผิดชอบงานบริหารทั่วไปเผยแพร่ และให้ทุกส่วนงานถือปฏิบัติ"
    );
    expect(placeholdersIn(text)).toEqual(["ผู้บริหาร", "สำนักงานหลัก", "ส่วนงาน"]);
  });

  it("leave an unknown placeholder as it is, and unknownPlaceholders finds it and stray braces", () => {
    expect(applyAgencyTerms("ลงนามโดย{ผู้บริหา}", NEUTRAL_AGENCY_KIND)).toBe("ลงนามโดย{ผู้บริหา}");
    expect(unknownPlaceholders("ลงนามโดย{ผู้บริหา} และ{ผู้บริหาร}")).toEqual(["{ผู้บริหา}"]);
    expect(unknownPlaceholders("ลงนามโดย{ผู้บริหาร")).toEqual(["{"]);
    expect(unknownPlaceholders("ลงนามโดย{ผู้ บริหาร}")).toEqual(["{", "}"]);
    expect(unknownPlaceholders("ไม่มีข้อความแทน")).toEqual([]);
  });
});

describe("executiveTitleFor", () => {
  it.each<[AgencyKindId, string, string]>([
    ["municipality", "เทศบาลตำบลด่านเกวียน", "นายกเทศมนตรีตำบลด่านเกวียน"],
    ["municipality", "เทศบาลนครนครราชสีมา", "นายกเทศมนตรีนครนครราชสีมา"],
    ["sao", "องค์การบริหารส่วนตำบลหนองบัว", "นายกองค์การบริหารส่วนตำบลหนองบัว"],
    ["pao", "องค์การบริหารส่วนจังหวัดขอนแก่น", "นายกองค์การบริหารส่วนจังหวัดขอนแก่น"],
    ["bangkok", "กรุงเทพมหานคร", "ผู้ว่าราชการกรุงเทพมหานคร"],
    ["pattaya", "เมืองพัทยา", "นายกเมืองพัทยา"],
    ["province", "จังหวัดนครราชสีมา", "ผู้ว่าราชการจังหวัดนครราชสีมา"],
    ["ministry-office", "สำนักงานปลัดกระทรวงมหาดไทย", "ปลัดกระทรวงมหาดไทย"],
    ["department", "กรมการปกครอง", "อธิบดีกรมการปกครอง"],
    ["university", "มหาวิทยาลัยมหิดล", "อธิการบดีมหาวิทยาลัยมหิดล"],
    ["state-enterprise", "การไฟฟ้าส่วนภูมิภาค", "ผู้ว่าการการไฟฟ้าส่วนภูมิภาค"],
  ])("forms the %s title from %s", (id, agency, title) => {
    expect(executiveTitleFor(agencyKindById(id), agency)).toBe(title);
  });

  it("falls back on the kind's term for an abbreviated or foreign name, or none", () => {
    expect(executiveTitleFor(agencyKindById("sao"), "อบต.หนองบัว")).toBe("นายกองค์การบริหารส่วนตำบล");
    expect(executiveTitleFor(agencyKindById("province"), "สำนักงานจังหวัดเชียงใหม่")).toBe("ผู้ว่าราชการจังหวัด");
    expect(executiveTitleFor(agencyKindById("municipality"), "องค์การบริหารส่วนตำบลหนองบัว")).toBe("นายกเทศมนตรี");
    expect(executiveTitleFor(agencyKindById("independent-organ"), "สำนักงานศาลยุติธรรม")).toBe("เลขาธิการ");
    expect(executiveTitleFor(NEUTRAL_AGENCY_KIND, undefined)).toBe("ผู้บริหารสูงสุด");
  });
});

describe("placeLine", () => {
  it("joins district and province, adding อำเภอ and จังหวัด where missing", () => {
    expect(placeLine({ district: "อำเภอโชคชัย", province: "จังหวัดนครราชสีมา" })).toBe(
      "อำเภอโชคชัย จังหวัดนครราชสีมา"
    );
    expect(placeLine({ district: " โชคชัย ", province: "นครราชสีมา" })).toBe("อำเภอโชคชัย จังหวัดนครราชสีมา");
    expect(placeLine({ province: "นครราชสีมา" })).toBe("จังหวัดนครราชสีมา");
    expect(placeLine({ district: "อำเภอโชคชัย" })).toBe("อำเภอโชคชัย");
    expect(placeLine({})).toBe("");
  });

  it("writes Bangkok without จังหวัด and its districts as เขต", () => {
    expect(placeLine({ district: "พระนคร", province: "กรุงเทพมหานคร" })).toBe("เขตพระนคร กรุงเทพมหานคร");
    expect(placeLine({ district: "เขตพระนคร", province: "กทม." })).toBe("เขตพระนคร กรุงเทพมหานคร");
  });
});
