/**
 * A short fuzz run on every target (a few thousand inputs in all); `npm run fuzz` runs 100,000. The seed is
 * fixed so a failure here is reproducible; FUZZ_SEED=<n> explores others.
 */
import { FUZZ_TARGETS, runsPerTarget } from "./targets";

// An empty variable counts as unset (Number("") would be seed 0, or no runs at all); anything else must be
// an integer, not silently something else.
const integerFrom = (name: string, fallback: number): number => {
  const value = Number(process.env[name] || fallback);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not "${process.env[name]}"`);
  return value;
};
const SEED = integerFrom("FUZZ_SEED", 20250601);
const RUNS = runsPerTarget(FUZZ_TARGETS, integerFrom("FUZZ_RUNS", 3000));

describe("fuzzing", () => {
  it.each(FUZZ_TARGETS.map((target) => [target.name, target] as const))(
    "%s holds its contract on generated inputs",
    (_name, target) => {
      const outcome = target.run({ numRuns: RUNS.get(target.name) ?? 100, seed: SEED });
      // The whole outcome on failure: the shrunk counterexample, the seed and path to replay it with
      // `npm run fuzz -- --target <name> --seed <seed> --path <path>`, and the error.
      expect(outcome.failed ? outcome : "passed").toBe("passed");
    },
    30000
  );
});
