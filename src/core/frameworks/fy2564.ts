/** ITA fiscal year 2564. Letter ratings; IIT, EIT and OIT item lists verified (ITA.md §3). */
import { Framework } from "./types";
import {
  LETTER_RATING,
  OIT_2564,
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
} from "./standard";

export const FY2564: Framework = {
  fiscalYear: 2564,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: LETTER_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "verified" },
  oit: { subIndicators: OIT_2564, evidence: "verified" },
  documentItems: { analysisAndMeasures: "o42", implementationReport: "o43", evidence: "verified" },
};
