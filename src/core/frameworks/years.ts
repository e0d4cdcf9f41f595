/**
 * The fiscal years with a built-in framework, written out rather than read from the frameworks: the task
 * pane's start view lists them and picks the latest, and reading them from the registry would put every
 * year's framework (weights, items, texts) into the code the pane loads before it is usable. A test holds
 * this list to the registry (test/core/framework-years.test.ts), so a new year added in one place and not
 * the other fails there.
 */

/** Fiscal years the add-in knows, oldest first. */
export const SUPPORTED_FISCAL_YEARS: readonly number[] = [2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569];

/** The latest fiscal year with a built-in framework: the default everywhere a year is optional. */
export const LATEST_FISCAL_YEAR: number = Math.max(...SUPPORTED_FISCAL_YEARS);
