/**
 * Generators for what an officer types, in the workbook and in the pane: plain and Thai text, text that
 * starts like a formula, agency names, and fiscal years supported or not.
 */
import fc from "fast-check";

/** Fiscal years with a built-in framework (2562–2568), and years the add-in must refuse. */
export const SUPPORTED_YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568] as const;
const UNSUPPORTED_YEARS = [2561, 2569, 2600, 0, -2565, 2565.5] as const;

// ---- text --------------------------------------------------------------------------------------------

const THAI_WORDS = [
  "ข้อมูล",
  "คะแนน",
  "สรุป",
  "งบประมาณ",
  "ผล",
  "ITA",
  "ปี",
  "๒๕๖๕",
  "2565",
  "รายงาน",
  "มาตรการ",
  "เทศบาลตำบลด่านเกวียน",
  "อบต.",
  "กองคลัง",
  "สำนักปลัด",
] as const;

export const thaiPhrase = fc
  .array(fc.constantFrom(...THAI_WORDS), { minLength: 1, maxLength: 4 })
  .map((words) => words.join(" "));

/** Text a user or a pasted document puts where a formula could start. */
const FORMULA_LIKE_BODIES = [
  'HYPERLINK("http://example.org","x")',
  "1+1",
  "SUM(A1:A3)",
  "A1",
  " ประชุมคณะทำงาน",
  "cmd|' /C calc'!A0",
  "",
  "๘๕.๐๘",
  "การปฏิบัติหน้าที่",
] as const;

export const formulaLikeText = fc
  .tuple(fc.constantFrom("=", "+", "-", "@"), fc.constantFrom(...FORMULA_LIKE_BODIES))
  .map(([lead, body]) => lead + body);

const plainText = fc.oneof(
  thaiPhrase,
  fc.string({ maxLength: 12 }),
  fc.constantFrom("n/a", "ไม่มีข้อมูล", "  ", "ก\u00a0ข", "บรรทัด\nใหม่", "'quoted", "TRUE", "#N/A")
);

/** Any user text: plain, Thai, or starting with a formula character. */
export const userText = fc.oneof(
  { weight: 2, arbitrary: plainText },
  { weight: 1, arbitrary: formulaLikeText }
);

/**
 * Agency names as an officer types them into the pane: Thai names, names that start like a formula, blank,
 * absent, and names long enough to strain the page header (Excel caps a header section at 255 characters).
 */
export const agencyName: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("เทศบาลตำบลด่านเกวียน", "อบต. หนองระเวียง", "กองคลัง & พัสดุ") },
  { weight: 3, arbitrary: formulaLikeText },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "   ") },
  // Text Excel's input parser would turn into an error, a boolean or the number 123 in a "General" cell.
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "TRUE", "0123", "'ในเครื่องหมาย", "1/2") },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("=", "องค์การบริหารส่วนตำบล", "A&B "), fc.integer({ min: 180, max: 300 }))
      .map(([start, length]) => (start + "ก".repeat(length)).slice(0, length)),
  }
);

export const fiscalYear = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SUPPORTED_YEARS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNSUPPORTED_YEARS) }
);
