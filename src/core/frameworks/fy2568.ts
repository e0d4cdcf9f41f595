/**
 * ITA fiscal year 2568. Word ratings; the OIT list was renumbered and is known only in part (ITA.md §7), so
 * its items are listed ungrouped and indicators 9 and 10 are entered as scores.
 */
import { Framework } from "./types";
import { NATIONAL_2568 } from "./national";
import { OIT_2568_ITEMS } from "./oit2568";
import {
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
  WORD_RATING,
} from "./standard";

export const FY2568: Framework = {
  fiscalYear: 2568,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: WORD_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "working-rule" },
  oit: { subIndicators: [], ungroupedItems: OIT_2568_ITEMS, codeLetter: "O", evidence: "working-rule" },
  national: NATIONAL_2568,
};
