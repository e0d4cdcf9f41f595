import { Framework, frameworkFor as lookup } from "../../src/core/frameworks";

export type { Framework };

/** The built-in framework of a year; fails the test loudly when the year is missing. */
export function frameworkFor(fiscalYear: number): Framework {
  const framework = lookup(fiscalYear);
  if (!framework) throw new Error(`no framework for ${fiscalYear}`);
  return framework;
}
