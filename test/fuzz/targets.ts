/**
 * The fuzz targets: every entry point that reads what officers type, paste or import, called with
 * generated inputs (test/fuzz/arbitraries.ts). Each check holds the code to its documented contract:
 * data problems come back as typed results (Parsed, Validated, a custom-function error), never as a
 * thrown exception, and what comes back is sane (a score is 0–100, `ok` never carries issues, every JSON
 * number is finite with at most two decimals, every message has a Thai and an English half).
 *
 * The targets live by surface, one module each (parser-targets, json-targets, csv-targets, sheet-targets,
 * pasted-text-targets, scoring-targets, function-targets), with the checks they share in target-checks.
 */
import {
  itemEntriesTarget,
  otherParsersTarget,
  parseNumberTarget,
  pastedScoreTarget,
} from "./parser-targets";
import { jsonTextTarget, validateTarget } from "./json-targets";
import { batchTarget, csvRoundTripTarget, csvTarget } from "./csv-targets";
import { findScoresTarget, recognizeTarget } from "./sheet-targets";
import { pastedTextTarget } from "./pasted-text-targets";
import { scoringTarget } from "./scoring-targets";
import { functionsRoundTripTarget, functionsTarget } from "./function-targets";
import { FuzzTarget } from "./fuzz-target";

/** Every target, in the order the report lists them. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  parseNumberTarget,
  pastedScoreTarget,
  otherParsersTarget,
  itemEntriesTarget,
  validateTarget,
  jsonTextTarget,
  csvTarget,
  csvRoundTripTarget,
  batchTarget,
  recognizeTarget,
  findScoresTarget,
  pastedTextTarget,
  scoringTarget,
  functionsTarget,
  functionsRoundTripTarget,
];

/**
 * Splits `total` runs over the targets by weight, exactly (largest remainders get the runs left over), each
 * target at least one.
 */
export function runsPerTarget(targets: readonly FuzzTarget[], total: number): Map<string, number> {
  const weights = targets.reduce((sum, target) => sum + target.weight, 0);
  const shares = targets.map((target) => (total * target.weight) / weights);
  const runs = shares.map((share) => Math.max(1, Math.floor(share)));
  let left = total - runs.reduce((sum, count) => sum + count, 0);
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    runs[i] = (runs[i] ?? 0) + 1;
    left -= 1;
  }
  return new Map(targets.map((target, i) => [target.name, runs[i] ?? 1]));
}
