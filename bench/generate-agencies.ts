/**
 * A deterministic national file of agencies for the batch benchmark: 8,317 agencies (the 2568 count),
 * fiscal year 2568 with 2567 as the previous year, in 77 provinces, with the mix of agency types and
 * score distributions of a real ITA year (most agencies between 80 and 95, OIT the most spread).
 *
 * `npx tsx bench/generate-agencies.ts [DIR]` writes agencies-8317.csv and .xlsx to DIR (default: a temp dir).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

export const NATIONAL_AGENCY_COUNT = 8317;

export const PROVINCES: readonly string[] = [
  "กรุงเทพมหานคร",
  "กระบี่",
  "กาญจนบุรี",
  "กาฬสินธุ์",
  "กำแพงเพชร",
  "ขอนแก่น",
  "จันทบุรี",
  "ฉะเชิงเทรา",
  "ชลบุรี",
  "ชัยนาท",
  "ชัยภูมิ",
  "ชุมพร",
  "เชียงราย",
  "เชียงใหม่",
  "ตรัง",
  "ตราด",
  "ตาก",
  "นครนายก",
  "นครปฐม",
  "นครพนม",
  "นครราชสีมา",
  "นครศรีธรรมราช",
  "นครสวรรค์",
  "นนทบุรี",
  "นราธิวาส",
  "น่าน",
  "บึงกาฬ",
  "บุรีรัมย์",
  "ปทุมธานี",
  "ประจวบคีรีขันธ์",
  "ปราจีนบุรี",
  "ปัตตานี",
  "พระนครศรีอยุธยา",
  "พะเยา",
  "พังงา",
  "พัทลุง",
  "พิจิตร",
  "พิษณุโลก",
  "เพชรบุรี",
  "เพชรบูรณ์",
  "แพร่",
  "ภูเก็ต",
  "มหาสารคาม",
  "มุกดาหาร",
  "แม่ฮ่องสอน",
  "ยโสธร",
  "ยะลา",
  "ร้อยเอ็ด",
  "ระนอง",
  "ระยอง",
  "ราชบุรี",
  "ลพบุรี",
  "ลำปาง",
  "ลำพูน",
  "เลย",
  "ศรีสะเกษ",
  "สกลนคร",
  "สงขลา",
  "สตูล",
  "สมุทรปราการ",
  "สมุทรสงคราม",
  "สมุทรสาคร",
  "สระแก้ว",
  "สระบุรี",
  "สิงห์บุรี",
  "สุโขทัย",
  "สุพรรณบุรี",
  "สุราษฎร์ธานี",
  "สุรินทร์",
  "หนองคาย",
  "หนองบัวลำภู",
  "อ่างทอง",
  "อำนาจเจริญ",
  "อุดรธานี",
  "อุตรดิตถ์",
  "อุทัยธานี",
  "อุบลราชธานี",
];

/** Agency types and how many of each (they add up to 8,317), with the quality they tend to reach. */
const TYPES: readonly { readonly type: string; readonly count: number; readonly mean: number }[] = [
  { type: "องค์การบริหารส่วนตำบล", count: 5300, mean: 86 },
  { type: "เทศบาลตำบล", count: 2247, mean: 87 },
  { type: "เทศบาลเมือง", count: 195, mean: 89 },
  { type: "เทศบาลนคร", count: 30, mean: 91 },
  { type: "องค์การบริหารส่วนจังหวัด", count: 76, mean: 90 },
  { type: "จังหวัด", count: 76, mean: 93 },
  { type: "ส่วนราชการระดับกรม", count: 150, mean: 93 },
  { type: "รัฐวิสาหกิจ", count: 50, mean: 94 },
  { type: "สถาบันอุดมศึกษา", count: 80, mean: 89 },
  { type: "องค์การมหาชน", count: 60, mean: 93 },
  { type: "หน่วยงานอิสระ", count: 20, mean: 94 },
  { type: "กรุงเทพมหานคร", count: 1, mean: 90 },
  { type: "เมืองพัทยา", count: 1, mean: 90 },
  { type: "หน่วยงานอื่นของรัฐ", count: 31, mean: 88 },
];

export const BATCH_HEADER: readonly string[] = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...Array.from({ length: 10 }, (_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...Array.from({ length: 10 }, (_, i) => `prev${i + 1}`),
];

/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ten indicator scores (2 decimals) around an agency's quality: IIT high, EIT lower, OIT spread. */
function yearScores(next: () => number, quality: number): number[] {
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const clamp = (x: number) => Math.min(100, Math.max(20, x));
  const score = (x: number) => Math.round(clamp(x) * 100) / 100;
  const iit = Array.from({ length: 5 }, () => score(quality + 5 + 4 * normal()));
  const eit = Array.from({ length: 3 }, () => score(quality + 1 + 5 * normal()));
  // OIT indicators are means of sub-indicators that are item percentages: often 100, sometimes far lower.
  const oit = Array.from({ length: 2 }, () => (next() < 0.35 ? 100 : score(quality - 2 + 12 * normal())));
  return [...iit, ...eit, ...oit];
}

/** The rows of the national file (header first), the same on every call for the same count and seed. */
export function generateAgencyRows(count = NATIONAL_AGENCY_COUNT, seed = 2568): (string | number)[][] {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const types = TYPES.flatMap((entry) => Array.from({ length: entry.count }, () => entry));
  const rows: (string | number)[][] = [[...BATCH_HEADER]];
  for (let i = 0; i < count; i += 1) {
    const kind = types[i % types.length] ?? TYPES[0];
    if (!kind) break;
    const province = PROVINCES[Math.floor(next() * PROVINCES.length)] ?? "กรุงเทพมหานคร";
    const quality = kind.mean + 6 * normal();
    const previousQuality = quality - 2 + 3 * normal();
    // About 1 % are new and have no previous year.
    const hasPrevious = next() >= 0.01;
    rows.push([
      `${kind.type} ${String(i + 1).padStart(4, "0")}`,
      kind.type,
      province,
      2568,
      ...yearScores(next, quality),
      ...(hasPrevious ? [2567, ...yearScores(next, previousQuality)] : Array.from({ length: 11 }, () => "")),
    ]);
  }
  return rows;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the national file as CSV (UTF-8 with a byte-order mark, as Excel saves it); returns its path. */
export function writeAgenciesCsv(dir: string, count = NATIONAL_AGENCY_COUNT): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `agencies-${count}.csv`);
  const lines = generateAgencyRows(count).map((row) => row.map(csvField).join(","));
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

/** Writes the national file as an .xlsx with one sheet; returns its path. */
export async function writeAgenciesXlsx(dir: string, count = NATIONAL_AGENCY_COUNT): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `agencies-${count}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("หน่วยงาน");
  for (const row of generateAgencyRows(count)) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "ita-agencies-"));
  writeAgenciesXlsx(dir).then(
    (xlsx) => process.stdout.write(`${writeAgenciesCsv(dir)}\n${xlsx}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
