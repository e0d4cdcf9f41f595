/**
 * Pieces shared by several fiscal years. Each `fyNNNN.ts` composes its framework from these, so a year that
 * changes only one piece (the 2566 rating words, the 2566 OIT list) says so in its own file.
 */
import { Indicator, OitSubIndicator, PerceptionItemGroup, RatingRule, Tool } from "./types";

/** ITA.md §1 [verified 2562–2568]: IIT 30 %, EIT 30 %, OIT 40 %. */
export const STANDARD_TOOLS: readonly Tool[] = [
  {
    id: "IIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    nameEn: "Internal Integrity and Transparency Assessment",
    weightPercent: 30,
  },
  {
    id: "EIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    nameEn: "External Integrity and Transparency Assessment",
    weightPercent: 30,
  },
  {
    id: "OIT",
    nameTh: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
    nameEn: "Open Data Integrity and Transparency Assessment",
    weightPercent: 40,
  },
];

/** ITA.md §1 [verified 2562–2568]: the ten indicators. */
export const STANDARD_INDICATORS: readonly Indicator[] = [
  { number: 1, tool: "IIT", nameTh: "การปฏิบัติหน้าที่", nameEn: "Performance of duty" },
  { number: 2, tool: "IIT", nameTh: "การใช้งบประมาณ", nameEn: "Use of budget" },
  { number: 3, tool: "IIT", nameTh: "การใช้อำนาจ", nameEn: "Use of authority" },
  { number: 4, tool: "IIT", nameTh: "การใช้ทรัพย์สินของราชการ", nameEn: "Use of government property" },
  { number: 5, tool: "IIT", nameTh: "การแก้ไขปัญหาการทุจริต", nameEn: "Anti-corruption" },
  { number: 6, tool: "EIT", nameTh: "คุณภาพการดำเนินงาน", nameEn: "Quality of operations" },
  { number: 7, tool: "EIT", nameTh: "ประสิทธิภาพการสื่อสาร", nameEn: "Effectiveness of communication" },
  { number: 8, tool: "EIT", nameTh: "การปรับปรุงระบบการทำงาน", nameEn: "Improvement of work systems" },
  { number: 9, tool: "OIT", nameTh: "การเปิดเผยข้อมูล", nameEn: "Disclosure of information" },
  { number: 10, tool: "OIT", nameTh: "การป้องกันการทุจริต", nameEn: "Prevention of corruption" },
];

export const PASS_MARK = 85;

/**
 * ITA.md §2 [verified 2562–2565]. The seed report's own table is wrong (85.00–94.99 labelled AA, E from
 * 40.00); these are the published bands.
 */
export const LETTER_RATING: RatingRule = {
  kind: "letters",
  evidence: "verified",
  rows: [
    { rating: "AA", ratingEn: "AA", minTotal: 95 },
    { rating: "A", ratingEn: "A", minTotal: 85 },
    { rating: "B", ratingEn: "B", minTotal: 75 },
    { rating: "C", ratingEn: "C", minTotal: 65 },
    { rating: "D", ratingEn: "D", minTotal: 55 },
    { rating: "E", ratingEn: "E", minTotal: 50 },
    { rating: "F", ratingEn: "F", minTotal: 0 },
  ],
};

/**
 * ITA.md §2 [working rule from 2566]: word ratings that also depend on the tools. Published results agree
 * with the first three rows; the 70 cut and the wording below 85 rest on one secondary source.
 */
export const WORD_RATING: RatingRule = {
  kind: "words",
  evidence: "working-rule",
  rows: [
    { rating: "ผ่านดีเยี่ยม", ratingEn: "Excellent pass", minTotal: 95, minEveryTool: 95 },
    { rating: "ผ่านดี", ratingEn: "Good pass", minTotal: 85, minEveryTool: 85 },
    { rating: "ผ่าน", ratingEn: "Pass", minTotal: 85 },
    { rating: "ต้องปรับปรุง", ratingEn: "Needs improvement", minTotal: 70 },
    { rating: "ต้องปรับปรุงโดยด่วน", ratingEn: "Needs urgent improvement", minTotal: 0 },
  ],
};

function codeRange(prefix: string, from: number, to: number): string[] {
  const codes: string[] = [];
  for (let n = from; n <= to; n += 1) codes.push(`${prefix}${n}`);
  return codes;
}

/**
 * ITA.md §3: IIT i1–i30 six per indicator [verified 2564–2565]; EIT e1–e15 five per indicator [verified for
 * e11, e14, e15; the rest by position].
 */
export const STANDARD_PERCEPTION_ITEMS: readonly PerceptionItemGroup[] = [
  { indicator: 1, codes: codeRange("i", 1, 6) },
  { indicator: 2, codes: codeRange("i", 7, 12) },
  { indicator: 3, codes: codeRange("i", 13, 18) },
  { indicator: 4, codes: codeRange("i", 19, 24) },
  { indicator: 5, codes: codeRange("i", 25, 30) },
  { indicator: 6, codes: codeRange("e", 1, 5) },
  { indicator: 7, codes: codeRange("e", 6, 10) },
  { indicator: 8, codes: codeRange("e", 11, 15) },
];

/** ITA.md §3 [verified 2564–2565]: the 43 OIT items in seven sub-indicators. */
export const OIT_2564: readonly OitSubIndicator[] = [
  {
    id: "9.1",
    indicator: 9,
    nameTh: "ข้อมูลพื้นฐาน",
    items: [
      { code: "o1", nameTh: "โครงสร้าง" },
      { code: "o2", nameTh: "ข้อมูลผู้บริหาร" },
      { code: "o3", nameTh: "อำนาจหน้าที่" },
      { code: "o4", nameTh: "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน" },
      { code: "o5", nameTh: "ข้อมูลการติดต่อ" },
      { code: "o6", nameTh: "กฎหมายที่เกี่ยวข้อง" },
      { code: "o7", nameTh: "ข่าวประชาสัมพันธ์" },
      { code: "o8", nameTh: "Q&A" },
      { code: "o9", nameTh: "Social Network" },
    ],
  },
  {
    id: "9.2",
    indicator: 9,
    nameTh: "การบริหารงาน",
    items: [
      { code: "o10", nameTh: "แผนดำเนินงานประจำปี" },
      { code: "o11", nameTh: "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน" },
      { code: "o12", nameTh: "รายงานผลการดำเนินงานประจำปี" },
      { code: "o13", nameTh: "คู่มือหรือมาตรฐานการปฏิบัติงาน" },
      { code: "o14", nameTh: "คู่มือหรือมาตรฐานการให้บริการ" },
      { code: "o15", nameTh: "ข้อมูลเชิงสถิติการให้บริการ" },
      { code: "o16", nameTh: "รายงานผลการสำรวจความพึงพอใจ" },
      { code: "o17", nameTh: "E-Service" },
    ],
  },
  {
    id: "9.3",
    indicator: 9,
    nameTh: "การบริหารเงินงบประมาณ",
    items: [
      { code: "o18", nameTh: "แผนการใช้จ่ายงบประมาณประจำปี" },
      { code: "o19", nameTh: "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน" },
      { code: "o20", nameTh: "รายงานผลการใช้จ่ายงบประมาณประจำปี" },
      { code: "o21", nameTh: "แผนการจัดซื้อจัดจ้าง" },
      { code: "o22", nameTh: "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง" },
      { code: "o23", nameTh: "สรุปผลการจัดซื้อจัดจ้างรายเดือน" },
      { code: "o24", nameTh: "รายงานผลการจัดซื้อจัดจ้างประจำปี" },
    ],
  },
  {
    id: "9.4",
    indicator: 9,
    nameTh: "การบริหารและพัฒนาทรัพยากรบุคคล",
    items: [
      { code: "o25", nameTh: "นโยบายการบริหารทรัพยากรบุคคล" },
      { code: "o26", nameTh: "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล" },
      { code: "o27", nameTh: "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล" },
      { code: "o28", nameTh: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี" },
    ],
  },
  {
    id: "9.5",
    indicator: 9,
    nameTh: "การส่งเสริมความโปร่งใส",
    items: [
      { code: "o29", nameTh: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต" },
      { code: "o30", nameTh: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต" },
      { code: "o31", nameTh: "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี" },
      { code: "o32", nameTh: "ช่องทางการรับฟังความคิดเห็น" },
      { code: "o33", nameTh: "การเปิดโอกาสให้เกิดการมีส่วนร่วม" },
    ],
  },
  {
    id: "10.1",
    indicator: 10,
    nameTh: "การดำเนินการเพื่อป้องกันการทุจริต",
    items: [
      { code: "o34", nameTh: "เจตจำนงสุจริตของผู้บริหาร" },
      { code: "o35", nameTh: "การมีส่วนร่วมของผู้บริหาร" },
      { code: "o36", nameTh: "การประเมินความเสี่ยงการทุจริตประจำปี" },
      { code: "o37", nameTh: "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต" },
      { code: "o38", nameTh: "การเสริมสร้างวัฒนธรรมองค์กร" },
      { code: "o39", nameTh: "แผนปฏิบัติการป้องกันการทุจริต" },
      { code: "o40", nameTh: "รายงานการกำกับติดตามการป้องกันการทุจริต รอบ 6 เดือน" },
      { code: "o41", nameTh: "รายงานผลการป้องกันการทุจริตประจำปี" },
    ],
  },
  {
    id: "10.2",
    indicator: 10,
    nameTh: "มาตรการภายในเพื่อป้องกันการทุจริต",
    items: [
      { code: "o42", nameTh: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" },
      { code: "o43", nameTh: "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" },
    ],
  },
];
