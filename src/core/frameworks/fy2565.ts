/** ITA fiscal year 2565. Letter ratings; the items of 2564 (ITA.md §3, verified on the seed). */
import { Framework } from "./types";
import { NATIONAL_2565 } from "./national";
import {
  LETTER_RATING,
  OIT_2564,
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
} from "./standard";

export const FY2565: Framework = {
  fiscalYear: 2565,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: LETTER_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "verified" },
  oit: { subIndicators: OIT_2564, evidence: "verified" },
  documentItems: { analysisAndMeasures: "o42", implementationReport: "o43", evidence: "verified" },
  national: NATIONAL_2565,
};
