/** ITA fiscal year 2563. Letter ratings; the item lists of this year are not recorded, so scores are entered per indicator. */
import { Framework } from "./types";
import { LETTER_RATING, PASS_MARK, STANDARD_INDICATORS, STANDARD_TOOLS } from "./standard";

export const FY2563: Framework = {
  fiscalYear: 2563,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: LETTER_RATING,
  passMark: PASS_MARK,
};
