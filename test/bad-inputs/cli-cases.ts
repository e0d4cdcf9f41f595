/**
 * Bad inputs of the cli surface (see catalogue.ts), composed here in the catalogue's order from the files
 * that hold them by kind; cli-run.ts runs them. Each case writes its input into a fresh temporary
 * folder, runs the real command in-process (`run` of src/cli/main.ts, as the shell would), takes its exit
 * code as the verdict (non-zero: refused), reads the first line the officer sees on stderr, and lists every
 * file the run created or changed that it should not have (a refused input must write no report and leave
 * every file as it was; an accepted one writes the report asked for and nothing else).
 */
import type { BadInputCase } from "./catalogue";
import { cliFrameworkCases } from "./cli-framework-cases";
import { cliInputFileCases } from "./cli-input-file-cases";
import { cliJsonCases } from "./cli-json-cases";
import { cliTrackingCases } from "./cli-tracking-cases";

export const cliCases: readonly BadInputCase[] = [
  ...cliJsonCases,
  ...cliInputFileCases,
  ...cliFrameworkCases,
  ...cliTrackingCases,
];
