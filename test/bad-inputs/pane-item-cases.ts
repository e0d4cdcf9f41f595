/** Bad inputs of the pane surface in the item results the report reads. */
import type { BadInputCase } from "./catalogue";
import { refused, seen } from "./pane-run";
import { filledInputSheet, ITEMS_BLOCK, report, ROW_I1, ROW_I28, ROW_O11 } from "./pane-sheets";

export const paneItemCases: readonly BadInputCase[] = [
  // ---- item results (the report) -------------------------------------------------------------------
  refused(
    "unknown-item-code",
    { th: "รหัสข้อคำถามที่ไม่มีในปีนั้น", en: "An item code that year does not have" },
    'A18 = "i31", D18 = 80',
    seen("'ITA 2565'!A18", "ไม่มีข้อ i31 ในการประเมินปีงบประมาณ 2565", "there is no item i31 in fiscal year 2565"),
    {
      setup: (host) => filledInputSheet(host, { [`A${ROW_I1}`]: "i31", [`D${ROW_I1}`]: 80 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "item-digit-for-letter",
    { th: "รหัสข้อพิมพ์เลข 1 แทนตัวอักษร I", en: "An item code with the digit 1 for the letter I" },
    'A45 = "1๒๘"',
    seen(
      "'ITA 2565'!A45",
      '"1๒๘" ขึ้นต้นด้วยเลข 1 แทนตัวอักษร I หมายถึง i28 หรือไม่',
      '"1๒๘" starts with the digit 1, not the letter I: did you mean i28?'
    ),
    {
      setup: (host) => filledInputSheet(host, { [`A${ROW_I28}`]: "1๒๘", [`D${ROW_I28}`]: 80.1 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "oit-not-pass-fail",
    { th: "ผลข้อ OIT ที่ไม่ใช่ ผ่าน/ไม่ผ่าน", en: "An OIT item value that is not pass/fail" },
    "D73 (o11) = 50",
    seen(
      "'ITA 2565'!D73",
      "50 ไม่ใช่ผลการตรวจ OIT (ใช้ ผ่าน/ไม่ผ่าน, มี/ไม่มี หรือ 100/0)",
      "50 is not an OIT result (use pass/fail or 100/0)"
    ),
    {
      setup: (host) => filledInputSheet(host, { [`D${ROW_O11}`]: 50 }),
      act: () => report({ itemsAddress: ITEMS_BLOCK }),
    }
  ),
  refused(
    "items-overlap-scores",
    {
      th: "ช่วงคะแนนรายข้อซ้อนทับช่วงคะแนนตัวชี้วัด",
      en: "The item block overlaps the indicator scores",
    },
    "items 'ITA 2565'!A10:D40, scores 'ITA 2565'!C4:G14",
    seen(
      "'ITA 2565'!A10:D40",
      "ช่วงคะแนนรายข้อซ้อนทับกับช่วงคะแนนตัวชี้วัด ('ITA 2565'!C4:G14) เซลล์เดียวกันจะถูกอ่านเป็นทั้งสองอย่าง โปรดแยกสองช่วงออกจากกัน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the item block overlaps the indicator scores ('ITA 2565'!C4:G14), so the same cells would be read as both: keep the two blocks apart; nothing was written"
    ),
    {
      setup: (host) => filledInputSheet(host),
      act: () => report({ itemsAddress: "'ITA 2565'!A10:D40" }),
    }
  ),
];
