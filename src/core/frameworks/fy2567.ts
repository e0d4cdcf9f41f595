/** ITA fiscal year 2567. Word ratings; the OIT item list of this year is disputed (ITA.md §7), so indicators 9 and 10 are entered as scores. */
import { Framework } from "./types";
import { NATIONAL_2567 } from "./national";
import {
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
  WORD_RATING,
} from "./standard";

export const FY2567: Framework = {
  fiscalYear: 2567,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: WORD_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "working-rule" },
  national: NATIONAL_2567,
};
