import type { BadInputCase } from "./catalogue";
import { cliCases } from "./cli-cases";
import { cliOutputCases } from "./cli-output-cases";
import { functionsCases } from "./functions-cases";
import { paneCases } from "./pane-cases";

/** The whole catalogue, in the README's order. */
export const allCases: readonly BadInputCase[] = [
  ...paneCases,
  ...functionsCases,
  ...cliCases,
  ...cliOutputCases,
];
