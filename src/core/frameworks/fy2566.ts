/** ITA fiscal year 2566. Word ratings with tool conditions; OIT renumbered (working rules, ITA.md §2–3). */
import { Framework } from "./types";
import {
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
  WORD_RATING,
} from "./standard";
import { OIT_2566 } from "./oit2566";
import { NATIONAL_2566 } from "./national";

export const FY2566: Framework = {
  fiscalYear: 2566,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: WORD_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "working-rule" },
  oit: { subIndicators: OIT_2566, codeLetter: "O", evidence: "working-rule" },
  documentItems: { analysisAndMeasures: "o42", implementationReport: "o43", evidence: "working-rule" },
  national: NATIONAL_2566,
};
