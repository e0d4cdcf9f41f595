/**
 * The registry of built-in frameworks. A new fiscal year is one new `fyNNNN.ts` file, one line here and its
 * year in years.ts (a test fails while the two disagree); a year the add-in does not know yet is served by
 * an officer's framework sheet (see `lookup.ts`), without a new release.
 */
import { FY2562 } from "./fy2562";
import { FY2563 } from "./fy2563";
import { FY2564 } from "./fy2564";
import { FY2565 } from "./fy2565";
import { FY2566 } from "./fy2566";
import { FY2567 } from "./fy2567";
import { FY2568 } from "./fy2568";
import { FY2569 } from "./fy2569";
import { Framework } from "./types";

export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  FY2562,
  FY2563,
  FY2564,
  FY2565,
  FY2566,
  FY2567,
  FY2568,
  FY2569,
];

// The years on their own (years.ts), for code that needs the list without the frameworks.
export { LATEST_FISCAL_YEAR, SUPPORTED_FISCAL_YEARS } from "./years";

/** The built-in framework of a fiscal year, or `undefined` when the year is not supported. */
export function frameworkFor(fiscalYear: number): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((framework) => framework.fiscalYear === fiscalYear);
}
