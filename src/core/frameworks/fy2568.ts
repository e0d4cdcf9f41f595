/** ITA fiscal year 2568. Word ratings; the OIT item list of this year is disputed (ITA.md §7), so indicators 9 and 10 are entered as scores. */
import { Framework } from "./types";
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
};
