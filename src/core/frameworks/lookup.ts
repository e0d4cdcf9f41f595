/**
 * Looking up a year's framework among the built-in ones and those an officer supplied (framework sheets in
 * the workbook, `--framework` files), and the one message for a year neither covers.
 */
import { problem, Problem } from "../issues";
import { frameworkFor, SUPPORTED_FISCAL_YEARS } from "./registry";
import { Framework } from "./types";

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
    years: [...new Set([...SUPPORTED_FISCAL_YEARS, ...supplied.map((f) => f.fiscalYear)])].sort(
      (a, b) => a - b
    ),
  };
}

/**
 * The problem of a fiscal year no framework is known for. Hosts add how to supply one (the pane's framework
 * sheet, the CLI's `--framework`), keyed by the code "unsupported-year".
 */
export function unsupportedYearProblem(
  fiscalYear: number,
  lookup: FrameworkLookup = frameworkLookup()
): Problem {
  const years = lookup.years.join(", ");
  return problem(
    "unsupported-year",
    `ยังไม่มีกรอบการประเมินของปีงบประมาณ ${fiscalYear} (ปีที่รองรับ: ${years})`,
    `there is no ITA framework for fiscal year ${fiscalYear} (supported: ${years})`
  );
}
