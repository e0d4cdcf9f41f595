/**
 * The kinds of agency the ITA assesses, as data (issue 12 point 9): for each, the words that tell it in an
 * agency's name and the terms the catalogue's texts need (`terms.ts`). About 8,300 agencies are assessed;
 * most are local authorities (อบต. the most numerous, then เทศบาล), the rest provinces, ministries'
 * offices, departments, universities, state enterprises, public organisations, courts and independent
 * organs. When the kind is unknown the neutral kind gives wording that is right for any agency.
 *
 * A term is given only where it is the same across the kind; where it varies (units of a department, the
 * founding law of a university) the kind keeps the neutral wording, which the officer can make precise on
 * the catalogue sheet. Laws are named with their year as enacted (the amendments keep the name).
 */
import { AgencyTerms } from "./terms";

export type AgencyKindId =
  | "municipality"
  | "sao"
  | "pao"
  | "bangkok"
  | "pattaya"
  | "province"
  | "ministry-office"
  | "department"
  | "independent-organ"
  | "university"
  | "state-enterprise"
  | "state-bank"
  | "public-organisation"
  | "neutral";

export interface AgencyKind {
  readonly id: AgencyKindId;
  /** For the pane's list and the catalogue sheet: "องค์การบริหารส่วนตำบล". */
  readonly nameTh: string;
  readonly nameEn: string;
  /**
   * What tells the kind in an agency's name, tried on the name with its spaces collapsed: "องค์การบริหาร
   * ส่วนตำบลหนองบัว", "อบต.หนองบัว". Empty for the neutral kind.
   */
  readonly namePatterns: readonly RegExp[];
  /** Further words for the kind in the input's `type` field, besides its id and names ("อบต."). */
  readonly typeWords: readonly string[];
  /** Every term the catalogue's placeholders stand for. */
  readonly terms: AgencyTerms;
  /** The head of the agency's permanent staff, when the kind has one: "ปลัดเทศบาล". */
  readonly permanentHead?: string;
  /** The council or governing board, when the kind has one the report may name: "สภาเทศบาล". */
  readonly council?: string;
  /**
   * How the executive's full title is formed from the agency's name: the name's prefix `namePrefix`
   * becomes `titlePrefix` ("เทศบาลตำบลด่านเกวียน" → "นายกเทศมนตรีตำบลด่านเกวียน"). Absent where the
   * title does not follow the name.
   */
  readonly executiveFromName?: { readonly namePrefix: string; readonly titlePrefix: string };
}

/** The wording for an agency of unknown kind: right for any agency, if less precise. */
export const NEUTRAL_TERMS: AgencyTerms = {
  executive: "ผู้บริหารสูงสุด",
  executives: "ผู้บริหารสูงสุดและผู้บริหารระดับรอง",
  leadOffice: "ส่วนงานที่รับผิดชอบงานบริหารทั่วไป",
  hrUnit: "ส่วนงานที่รับผิดชอบงานบริหารทรัพยากรบุคคล",
  legalUnit: "ส่วนงานที่รับผิดชอบงานกฎหมาย",
  financeUnit: "ส่วนงานที่รับผิดชอบงานการเงินและพัสดุ",
  planUnit: "ส่วนงานที่รับผิดชอบงานนโยบายและแผน",
  worksUnit: "ส่วนงานที่รับผิดชอบงานก่อสร้างและอาคารสถานที่",
  division: "ส่วนงาน",
  divisionHeads: "หัวหน้าส่วนงาน",
  staff: "บุคลากร",
  budget: "งบประมาณรายจ่ายประจำปี",
  foundingLaw: "กฎหมายจัดตั้งหน่วยงาน",
  personnelCommittee: "คณะกรรมการบริหารงานบุคคล",
  developmentPlan: "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
  publicForum: "เวทีรับฟังความคิดเห็น",
  ownRules: "ข้อบังคับ",
};

/**
 * The terms every local authority under the Interior Ministry's rules shares. Their staff's personnel
 * rules come from the คณะกรรมการกลางข้าราชการหรือพนักงานส่วนท้องถิ่น (ก.กลาง) and the provincial
 * คณะกรรมการข้าราชการหรือพนักงานส่วนท้องถิ่น (ก.จังหวัด); the name covers both.
 */
const LOCAL: Pick<
  AgencyTerms,
  "division" | "divisionHeads" | "personnelCommittee" | "developmentPlan" | "publicForum"
> = {
  division: "ส่วนราชการ",
  divisionHeads: "หัวหน้าส่วนราชการ",
  personnelCommittee: "คณะกรรมการข้าราชการหรือพนักงานส่วนท้องถิ่น",
  developmentPlan: "แผนพัฒนาท้องถิ่น",
  publicForum: "เวทีประชาคม",
};

/** The terms of a ส่วนราชการ of the central government (civil servants under the ก.พ.). */
const CENTRAL: Pick<
  AgencyTerms,
  "division" | "divisionHeads" | "staff" | "budget" | "personnelCommittee" | "developmentPlan" | "ownRules"
> = {
  division: "หน่วยงานภายใน",
  divisionHeads: "ผู้อำนวยการสำนักและกอง",
  staff: "ข้าราชการและเจ้าหน้าที่",
  budget: "งบประมาณรายจ่ายประจำปีที่ได้รับจัดสรร",
  personnelCommittee: "คณะกรรมการข้าราชการพลเรือน",
  developmentPlan: "แผนปฏิบัติราชการ",
  ownRules: "ประกาศ",
};

/** The terms of a state enterprise, whoever heads it. */
const ENTERPRISE: Pick<
  AgencyTerms,
  "division" | "divisionHeads" | "staff" | "budget" | "foundingLaw" | "personnelCommittee" | "developmentPlan"
> = {
  division: "ฝ่าย",
  divisionHeads: "ผู้อำนวยการฝ่าย",
  staff: "พนักงานและลูกจ้าง",
  budget: "งบประมาณประจำปี",
  foundingLaw: "กฎหมายจัดตั้งหน่วยงาน",
  personnelCommittee: "คณะกรรมการของรัฐวิสาหกิจ",
  developmentPlan: "แผนวิสาหกิจ",
};

export const NEUTRAL_AGENCY_KIND: AgencyKind = {
  id: "neutral",
  nameTh: "ไม่ระบุประเภทหน่วยงาน",
  nameEn: "Kind not given",
  namePatterns: [],
  typeWords: ["ไม่ระบุ", "ไม่ทราบ"],
  terms: NEUTRAL_TERMS,
};

/** The kinds, most specific first; the neutral kind last. */
export const AGENCY_KINDS: readonly AgencyKind[] = [
  {
    id: "municipality",
    nameTh: "เทศบาล",
    nameEn: "Municipality",
    namePatterns: [/^(?:เทศบาล|ทน\.|ทม\.|ทต\.)/],
    typeWords: ["เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "ทน.", "ทม.", "ทต."],
    terms: {
      ...NEUTRAL_TERMS,
      ...LOCAL,
      executive: "นายกเทศมนตรี",
      executives: "นายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล และรองปลัดเทศบาล",
      leadOffice: "สำนักปลัดเทศบาล",
      hrUnit: "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
      legalUnit: "สำนักปลัดเทศบาล (งานนิติการ)",
      financeUnit: "กองคลัง",
      planUnit: "กองยุทธศาสตร์และงบประมาณ",
      worksUnit: "กองช่าง",
      staff: "พนักงานเทศบาลและพนักงานจ้าง",
      budget: "เทศบัญญัติงบประมาณรายจ่ายประจำปี",
      foundingLaw: "พระราชบัญญัติเทศบาล พ.ศ. 2496",
      ownRules: "เทศบัญญัติ",
    },
    permanentHead: "ปลัดเทศบาล",
    council: "สภาเทศบาล",
    executiveFromName: { namePrefix: "เทศบาล", titlePrefix: "นายกเทศมนตรี" },
  },
  {
    id: "sao",
    nameTh: "องค์การบริหารส่วนตำบล",
    nameEn: "Subdistrict administrative organisation",
    namePatterns: [/^(?:องค์การบริหารส่วนตำบล|อบต\.)/],
    typeWords: ["อบต.", "อบต"],
    terms: {
      ...NEUTRAL_TERMS,
      ...LOCAL,
      executive: "นายกองค์การบริหารส่วนตำบล",
      executives:
        "นายกองค์การบริหารส่วนตำบล รองนายกองค์การบริหารส่วนตำบล ปลัดองค์การบริหารส่วนตำบล และรองปลัดองค์การบริหารส่วนตำบล",
      leadOffice: "สำนักปลัดองค์การบริหารส่วนตำบล",
      hrUnit: "สำนักปลัดองค์การบริหารส่วนตำบล (งานการเจ้าหน้าที่)",
      legalUnit: "สำนักปลัดองค์การบริหารส่วนตำบล (งานกฎหมายและคดี)",
      financeUnit: "กองคลัง",
      planUnit: "สำนักปลัดองค์การบริหารส่วนตำบล (งานนโยบายและแผน)",
      worksUnit: "กองช่าง",
      staff: "พนักงานส่วนตำบลและพนักงานจ้าง",
      budget: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      foundingLaw: "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
      ownRules: "ข้อบัญญัติ",
    },
    permanentHead: "ปลัดองค์การบริหารส่วนตำบล",
    council: "สภาองค์การบริหารส่วนตำบล",
    executiveFromName: { namePrefix: "องค์การบริหารส่วนตำบล", titlePrefix: "นายกองค์การบริหารส่วนตำบล" },
  },
  {
    id: "pao",
    nameTh: "องค์การบริหารส่วนจังหวัด",
    nameEn: "Provincial administrative organisation",
    namePatterns: [/^(?:องค์การบริหารส่วนจังหวัด|อบจ\.)/],
    typeWords: ["อบจ.", "อบจ"],
    terms: {
      ...NEUTRAL_TERMS,
      ...LOCAL,
      executive: "นายกองค์การบริหารส่วนจังหวัด",
      executives:
        "นายกองค์การบริหารส่วนจังหวัด รองนายกองค์การบริหารส่วนจังหวัด ปลัดองค์การบริหารส่วนจังหวัด และรองปลัดองค์การบริหารส่วนจังหวัด",
      leadOffice: "สำนักปลัดองค์การบริหารส่วนจังหวัด",
      hrUnit: "กองการเจ้าหน้าที่",
      legalUnit: "สำนักปลัดองค์การบริหารส่วนจังหวัด",
      financeUnit: "กองคลัง",
      planUnit: "กองยุทธศาสตร์และงบประมาณ",
      worksUnit: "กองช่าง",
      staff: "ข้าราชการองค์การบริหารส่วนจังหวัดและพนักงานจ้าง",
      budget: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      foundingLaw: "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540",
      ownRules: "ข้อบัญญัติ",
    },
    permanentHead: "ปลัดองค์การบริหารส่วนจังหวัด",
    council: "สภาองค์การบริหารส่วนจังหวัด",
    executiveFromName: { namePrefix: "องค์การบริหารส่วนจังหวัด", titlePrefix: "นายกองค์การบริหารส่วนจังหวัด" },
  },
  {
    id: "bangkok",
    nameTh: "กรุงเทพมหานคร",
    nameEn: "Bangkok Metropolitan Administration",
    namePatterns: [/^(?:กรุงเทพมหานคร|กทม\.?)$/],
    typeWords: ["กทม.", "กทม"],
    terms: {
      ...NEUTRAL_TERMS,
      executive: "ผู้ว่าราชการกรุงเทพมหานคร",
      executives: "ผู้ว่าราชการกรุงเทพมหานคร รองผู้ว่าราชการกรุงเทพมหานคร ปลัดกรุงเทพมหานคร และรองปลัดกรุงเทพมหานคร",
      leadOffice: "สำนักงานปลัดกรุงเทพมหานคร",
      financeUnit: "สำนักการคลัง",
      planUnit: "สำนักยุทธศาสตร์และประเมินผล",
      worksUnit: "สำนักการโยธา",
      division: "ส่วนราชการ",
      divisionHeads: "หัวหน้าส่วนราชการ",
      staff: "ข้าราชการและลูกจ้างกรุงเทพมหานคร",
      budget: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      foundingLaw: "พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528",
      personnelCommittee: "คณะกรรมการข้าราชการกรุงเทพมหานคร",
      developmentPlan: "แผนพัฒนากรุงเทพมหานคร",
      ownRules: "ข้อบัญญัติ",
    },
    permanentHead: "ปลัดกรุงเทพมหานคร",
    council: "สภากรุงเทพมหานคร",
    executiveFromName: { namePrefix: "กรุงเทพมหานคร", titlePrefix: "ผู้ว่าราชการกรุงเทพมหานคร" },
  },
  {
    id: "pattaya",
    nameTh: "เมืองพัทยา",
    nameEn: "Pattaya City",
    namePatterns: [/^เมืองพัทยา/],
    typeWords: [],
    terms: {
      ...NEUTRAL_TERMS,
      ...LOCAL,
      executive: "นายกเมืองพัทยา",
      executives: "นายกเมืองพัทยา รองนายกเมืองพัทยา ปลัดเมืองพัทยา และรองปลัดเมืองพัทยา",
      leadOffice: "สำนักปลัดเมืองพัทยา",
      budget: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      foundingLaw: "พระราชบัญญัติระเบียบบริหารราชการเมืองพัทยา พ.ศ. 2542",
      ownRules: "ข้อบัญญัติ",
    },
    permanentHead: "ปลัดเมืองพัทยา",
    council: "สภาเมืองพัทยา",
    executiveFromName: { namePrefix: "เมืองพัทยา", titlePrefix: "นายกเมืองพัทยา" },
  },
  {
    id: "province",
    nameTh: "จังหวัด",
    nameEn: "Province",
    // จังหวัดทหารบก… is a military unit, not a province.
    namePatterns: [/^(?:จังหวัด(?!ทหาร)|สำนักงานจังหวัด|ศาลากลางจังหวัด)/],
    typeWords: ["สำนักงานจังหวัด", "ศาลากลางจังหวัด"],
    terms: {
      ...NEUTRAL_TERMS,
      ...CENTRAL,
      executive: "ผู้ว่าราชการจังหวัด",
      executives: "ผู้ว่าราชการจังหวัดและรองผู้ว่าราชการจังหวัด",
      leadOffice: "สำนักงานจังหวัด",
      planUnit: "สำนักงานจังหวัด (กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด)",
      worksUnit: "สำนักงานโยธาธิการและผังเมืองจังหวัด",
      division: "ส่วนราชการ",
      divisionHeads: "หัวหน้าส่วนราชการประจำจังหวัด",
      foundingLaw: "พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. 2534",
      developmentPlan: "แผนพัฒนาจังหวัด",
    },
    executiveFromName: { namePrefix: "จังหวัด", titlePrefix: "ผู้ว่าราชการจังหวัด" },
  },
  {
    id: "ministry-office",
    nameTh: "สำนักงานปลัดกระทรวง",
    nameEn: "Office of the Permanent Secretary",
    namePatterns: [/^สำนักงานปลัด(?:กระทรวง|สำนักนายกรัฐมนตรี)/],
    typeWords: ["สป."],
    terms: {
      ...NEUTRAL_TERMS,
      ...CENTRAL,
      executive: "ปลัดกระทรวง",
      executives: "ปลัดกระทรวงและรองปลัดกระทรวง",
      foundingLaw: "กฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง",
    },
    executiveFromName: { namePrefix: "สำนักงานปลัด", titlePrefix: "ปลัด" },
  },
  {
    id: "department",
    nameTh: "กรม",
    nameEn: "Department",
    namePatterns: [/^กรม/],
    typeWords: ["ส่วนราชการระดับกรม"],
    terms: {
      ...NEUTRAL_TERMS,
      ...CENTRAL,
      executive: "อธิบดี",
      executives: "อธิบดีและรองอธิบดี",
      leadOffice: "สำนักงานเลขานุการกรม",
      hrUnit: "กองการเจ้าหน้าที่",
      legalUnit: "กลุ่มนิติการ",
      financeUnit: "กองคลัง",
      planUnit: "กองยุทธศาสตร์และแผนงาน",
      foundingLaw: "กฎกระทรวงแบ่งส่วนราชการของกรม",
    },
    executiveFromName: { namePrefix: "กรม", titlePrefix: "อธิบดีกรม" },
  },
  {
    id: "independent-organ",
    nameTh: "ศาล องค์กรอิสระ และสำนักงานคณะกรรมการ",
    nameEn: "Court, independent organ or commission office",
    // ศาลากลาง and ศาลาว่าการ are buildings. The สำนักงานการตรวจเงินแผ่นดิน is left to the neutral kind:
    // its head is the ผู้ว่าการตรวจเงินแผ่นดิน, not a เลขาธิการ.
    namePatterns: [
      /^(?:สำนักงาน)?ศาล(?!า)/,
      /^สำนักงานคณะกรรมการ/,
      /^สำนัก(?:งาน)?เลขาธิการ/,
      /^สำนักงาน ?(?:ป\.ป\.ช\.|ป\.ป\.ท\.|ก\.พ\.|ก\.พ\.ร\.|กกต\.|ผู้ตรวจการแผ่นดิน)/,
    ],
    typeWords: ["ศาล", "องค์กรอิสระ", "องค์กรตามรัฐธรรมนูญ", "สำนักงานคณะกรรมการ"],
    terms: {
      ...NEUTRAL_TERMS,
      executive: "เลขาธิการ",
      executives: "เลขาธิการและรองเลขาธิการ",
      division: "หน่วยงานภายใน",
      divisionHeads: "ผู้อำนวยการสำนัก",
      staff: "ข้าราชการและเจ้าหน้าที่",
      budget: "งบประมาณรายจ่ายประจำปีที่ได้รับจัดสรร",
      ownRules: "ประกาศ",
    },
  },
  {
    id: "university",
    nameTh: "มหาวิทยาลัยหรือสถาบันอุดมศึกษา",
    nameEn: "University",
    namePatterns: [/มหาวิทยาลัย/, /^สถาบันเทคโนโลยีพระจอมเกล้า/, /^สถาบันบัณฑิตพัฒนบริหารศาสตร์/],
    typeWords: ["มหาวิทยาลัย", "สถาบันอุดมศึกษา"],
    terms: {
      ...NEUTRAL_TERMS,
      executive: "อธิการบดี",
      executives: "อธิการบดี รองอธิการบดี และผู้ช่วยอธิการบดี",
      leadOffice: "สำนักงานอธิการบดี",
      hrUnit: "กองบริหารงานบุคคล",
      legalUnit: "งานนิติการ",
      financeUnit: "กองคลัง",
      planUnit: "กองนโยบายและแผน",
      worksUnit: "กองอาคารสถานที่",
      staff: "บุคลากรสายวิชาการและสายสนับสนุน",
      budget: "งบประมาณรายจ่ายประจำปีของมหาวิทยาลัย",
      foundingLaw: "พระราชบัญญัติที่จัดตั้งมหาวิทยาลัย",
      personnelCommittee: "คณะกรรมการบริหารงานบุคคลของมหาวิทยาลัย",
      developmentPlan: "แผนยุทธศาสตร์ของมหาวิทยาลัย",
    },
    council: "สภามหาวิทยาลัย",
    executiveFromName: { namePrefix: "", titlePrefix: "อธิการบดี" },
  },
  {
    id: "state-enterprise",
    nameTh: "รัฐวิสาหกิจ",
    nameEn: "State enterprise",
    // Only the enterprises headed by a ผู้ว่าการ (the การท่าเรือแห่งประเทศไทย has a ผู้อำนวยการ).
    namePatterns: [
      /^การ(?:ไฟฟ้า|ประปา|รถไฟ|เคหะแห่งชาติ|นิคมอุตสาหกรรม|ยางแห่งประเทศไทย|ท่องเที่ยวแห่งประเทศไทย|กีฬาแห่งประเทศไทย|ทางพิเศษ)/,
    ],
    typeWords: [],
    terms: {
      ...NEUTRAL_TERMS,
      ...ENTERPRISE,
      executive: "ผู้ว่าการ",
      executives: "ผู้ว่าการและรองผู้ว่าการ",
    },
    executiveFromName: { namePrefix: "", titlePrefix: "ผู้ว่าการ" },
  },
  {
    // The head's title varies (ธนาคารออมสิน: ผู้อำนวยการ, ธ.ก.ส.: ผู้จัดการ, ธอส.: กรรมการผู้จัดการ): neutral.
    id: "state-bank",
    nameTh: "สถาบันการเงินเฉพาะกิจของรัฐ",
    nameEn: "Specialised state financial institution",
    // By name: the central bank and the commercial banks are not specialised state banks.
    namePatterns: [
      /^ธนาคาร(?:ออมสิน|เพื่อการเกษตรและสหกรณ์การเกษตร|อาคารสงเคราะห์|พัฒนาวิสาหกิจขนาดกลางและขนาดย่อม|เพื่อการส่งออกและนำเข้า|อิสลามแห่งประเทศไทย)/,
    ],
    typeWords: ["ธนาคารของรัฐ", "สถาบันการเงินของรัฐ"],
    terms: { ...NEUTRAL_TERMS, ...ENTERPRISE },
  },
  {
    id: "public-organisation",
    nameTh: "องค์การมหาชน",
    nameEn: "Public organisation",
    namePatterns: [/\(องค์การมหาชน\)$/],
    typeWords: [],
    terms: {
      ...NEUTRAL_TERMS,
      executive: "ผู้อำนวยการ",
      executives: "ผู้อำนวยการและรองผู้อำนวยการ",
      staff: "เจ้าหน้าที่และลูกจ้าง",
      foundingLaw: "พระราชกฤษฎีกาจัดตั้งหน่วยงาน",
      personnelCommittee: "คณะกรรมการบริหารขององค์การมหาชน",
    },
    executiveFromName: { namePrefix: "", titlePrefix: "ผู้อำนวยการ" },
  },
  NEUTRAL_AGENCY_KIND,
];

const BY_ID = new Map(AGENCY_KINDS.map((kind) => [kind.id, kind]));

/** True when `id` is the id of a built-in kind. */
export function isAgencyKindId(id: string): id is AgencyKindId {
  return BY_ID.has(id as AgencyKindId);
}

/**
 * The built-in kind with this id.
 *
 * @example agencyKindById("sao").terms.executive // "นายกองค์การบริหารส่วนตำบล"
 */
export function agencyKindById(id: AgencyKindId): AgencyKind {
  return BY_ID.get(id) ?? NEUTRAL_AGENCY_KIND;
}
