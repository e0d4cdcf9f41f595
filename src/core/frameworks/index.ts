/**
 * The registry of built-in frameworks. A new fiscal year is one new `fyNNNN.ts` file and one line here; a
 * year the add-in does not know yet is served by an officer's framework sheet (see `relabelFramework` and
 * `frameworkLookup`), without a new release.
 */
import { FY2562 } from "./fy2562";
import { FY2563 } from "./fy2563";
import { FY2564 } from "./fy2564";
import { FY2565 } from "./fy2565";
import { FY2566 } from "./fy2566";
import { FY2567 } from "./fy2567";
import { FY2568 } from "./fy2568";
import { FY2569 } from "./fy2569";
import { problem, Problem } from "../issues";
import { Framework } from "./types";

export * from "./types";
export * from "./oit-items";
export * from "./relabel";
export * from "./unconfirmed";
export * from "./served-item";
export { MASTER_PLAN_TARGET } from "./national";

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

/** Fiscal years the add-in knows, oldest first. */
export const SUPPORTED_FISCAL_YEARS: readonly number[] = BUILT_IN_FRAMEWORKS.map((f) => f.fiscalYear);

/** The latest fiscal year with a built-in framework: the default everywhere a year is optional. */
export const LATEST_FISCAL_YEAR: number = Math.max(...SUPPORTED_FISCAL_YEARS);

/** The built-in framework of a fiscal year, or `undefined` when the year is not supported. */
export function frameworkFor(fiscalYear: number): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((framework) => framework.fiscalYear === fiscalYear);
}

/** The frameworks a command or an action can use: the built-in ones and those an officer supplied. */
export interface FrameworkLookup {
  /** The framework of a fiscal year, or `undefined` when neither built in nor supplied. */
  readonly find: (fiscalYear: number) => Framework | undefined;
  /** Every year it knows, oldest first (for messages). */
  readonly years: readonly number[];
}

/**
 * A lookup that prefers the officer's frameworks (read from framework sheets or `--framework` files) over
 * the built-in ones, so a corrected 2569 or a new 2570 is used everywhere a year is looked up.
 *
 * @example frameworkLookup([fy2570FromSheet]).find(2570) // the officer's 2570
 */
export function frameworkLookup(supplied: readonly Framework[] = []): FrameworkLookup {
  return {
    find: (fiscalYear) =>
      supplied.find((framework) => framework.fiscalYear === fiscalYear) ?? frameworkFor(fiscalYear),
    years: [...new Set([...SUPPORTED_FISCAL_YEARS, ...supplied.map((f) => f.fiscalYear)])].sort((a, b) => a - b),
  };
}

/**
 * The problem of a fiscal year no framework is known for. Hosts add how to supply one (the pane's framework
 * sheet, the CLI's `--framework`), keyed by the code "unsupported-year".
 */
export function unsupportedYearProblem(fiscalYear: number, lookup: FrameworkLookup = frameworkLookup()): Problem {
  const years = lookup.years.join(", ");
  return problem(
    "unsupported-year",
    `ยังไม่มีกรอบการประเมินของปีงบประมาณ ${fiscalYear} (ปีที่รองรับ: ${years})`,
    `there is no ITA framework for fiscal year ${fiscalYear} (supported: ${years})`
  );
}
