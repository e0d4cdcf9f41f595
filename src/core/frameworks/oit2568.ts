/**
 * ITA.md §7 [working rule]: what is known of the OIT items of 2568. The list was renumbered in 2568: 26
 * items are known from one agency's list, the organisation structure and its duties merged into O1 and a
 * block on preventing bribery at O21–O24; the titles of the others were not found in a source we can cite,
 * and whether O27 or later existed is unknown. So the items are listed by code, ungrouped and without an
 * indicator: a failed item still gets its place in the analysis and the measures, and an officer who holds
 * the NACC's 2568 handbook adds the titles and the grouping in the framework sheet.
 */
import { UngroupedOitItem } from "./types";

const BRIBERY_BLOCK = "การป้องกันการรับสินบน";

export const OIT_2568_ITEMS: readonly UngroupedOitItem[] = Array.from({ length: 26 }, (_, index) => {
  const number = index + 1;
  const code = `o${number}`;
  if (number === 1) return { code, nameTh: "โครงสร้าง หน้าที่และอำนาจ" };
  if (number >= 21 && number <= 24) return { code, nameTh: BRIBERY_BLOCK, indicator: 10 };
  return { code, nameTh: "" };
});
