/**
 * ITA fiscal year 2569 [working rule, ITA.md §7]: no source shows a change of tools, indicators or weights,
 * so this is 2568's skeleton with the 2566 word ratings, unconfirmed as a whole. The 26 OIT items are
 * known by code and (mostly) title but not by sub-indicator, so they are listed ungrouped. The analysis and
 * measures of 2568 are scored as O25 and their implementation report as O26 (one agency's list).
 * National figures of 2569 were not found: none are given.
 */
import { Framework } from "./types";
import { OIT_2569_ITEMS } from "./oit2569";
import {
  PASS_MARK,
  STANDARD_INDICATORS,
  STANDARD_PERCEPTION_ITEMS,
  STANDARD_TOOLS,
  WORD_RATING,
} from "./standard";

export const FY2569: Framework = {
  fiscalYear: 2569,
  tools: STANDARD_TOOLS,
  indicators: STANDARD_INDICATORS,
  rating: WORD_RATING,
  passMark: PASS_MARK,
  perceptionItems: { groups: STANDARD_PERCEPTION_ITEMS, evidence: "working-rule" },
  oit: { subIndicators: [], ungroupedItems: OIT_2569_ITEMS, codeLetter: "O", evidence: "working-rule" },
  documentItems: { analysisAndMeasures: "o25", implementationReport: "o26", evidence: "working-rule" },
};
