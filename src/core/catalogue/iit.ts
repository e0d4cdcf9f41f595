/**
 * IIT items i1–i30: perception questions answered by the agency's own staff. Indicator 1 การปฏิบัติหน้าที่
 * (i1–i6), 2 การใช้งบประมาณ (i7–i12), 3 การใช้อำนาจ (i13–i18), 4 การใช้ทรัพย์สินของราชการ (i19–i24),
 * 5 การแก้ไขปัญหาการทุจริต (i25–i30). Titles follow the NACC questions of 2564–2565 where known.
 *
 * Each indicator's entries live in their own file (`iit-duties.ts`, `iit-budget.ts`, `iit-authority.ts`,
 * `iit-assets.ts`, `iit-anti-corruption.ts`); this file joins them in indicator order.
 */
import { IIT_ANTI_CORRUPTION_ENTRIES } from "./iit-anti-corruption";
import { IIT_ASSETS_ENTRIES } from "./iit-assets";
import { IIT_AUTHORITY_ENTRIES } from "./iit-authority";
import { IIT_BUDGET_ENTRIES } from "./iit-budget";
import { IIT_DUTIES_ENTRIES } from "./iit-duties";
import { Catalogue } from "./types";

export const IIT_CATALOGUE: Catalogue = {
  id: "iit",
  description: "ข้อคำถามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ข้อ i1–i30",
  entries: [
    ...IIT_DUTIES_ENTRIES,
    ...IIT_BUDGET_ENTRIES,
    ...IIT_AUTHORITY_ENTRIES,
    ...IIT_ASSETS_ENTRIES,
    ...IIT_ANTI_CORRUPTION_ENTRIES,
  ],
};
