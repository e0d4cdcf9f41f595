/**
 * A fuzz target: an input generator and a check that calls the real code on one input. The check throws
 * when the code throws something it does not document, or breaks an invariant; fast-check then shrinks
 * the input to a minimal counterexample. Shared by `npm run fuzz` (scripts/fuzz.ts) and jest
 * (test/fuzz/fuzz.test.ts).
 */
import { performance } from "node:perf_hooks";
import fc from "fast-check";

export interface FuzzTarget {
  readonly name: string;
  /** What the target feeds to which function, and what it holds the answer to. */
  readonly covers: string;
  /** Relative share of the runs: slow targets get fewer. */
  readonly weight: number;
  /** Runs the target; never throws (a failure is in the outcome). */
  run(options: FuzzRunOptions): FuzzOutcome;
}

export interface FuzzRunOptions {
  readonly numRuns: number;
  readonly seed: number;
  /** Replays one failure (with the seed it was found with). */
  readonly path?: string;
  /** Stops generating after this long; the runs done so far count. */
  readonly timeLimitMs?: number;
  /** One input taking longer than this fails the target (a pathological regular expression, a loop). */
  readonly slowInputMs?: number;
}

export interface FuzzOutcome {
  readonly name: string;
  readonly runs: number;
  readonly ms: number;
  readonly interrupted: boolean;
  readonly failed: boolean;
  readonly seed: number;
  /** For a failure: the shrunk input (fc.stringify), where to replay it, and what went wrong. */
  readonly counterexample?: string;
  readonly path?: string;
  readonly error?: string;
}

/** An invariant the code broke on an input: not a crash, a wrong answer. */
export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvariantViolation";
  }
}

/** Throws an InvariantViolation with `message` unless `condition` holds. */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new InvariantViolation(typeof message === "string" ? message : message());
}

/** A target from a generator and a check on one generated input. */
export function defineTarget<T>(spec: {
  readonly name: string;
  readonly covers: string;
  readonly weight: number;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly check: (input: T) => void;
}): FuzzTarget {
  return {
    name: spec.name,
    covers: spec.covers,
    weight: spec.weight,
    run(options: FuzzRunOptions): FuzzOutcome {
      const slowInputMs = options.slowInputMs;
      const property = fc.property(spec.arbitrary, (input) => {
        const start = performance.now();
        spec.check(input);
        const took = performance.now() - start;
        if (slowInputMs !== undefined && took > slowInputMs) {
          throw new InvariantViolation(`one input took ${Math.round(took)} ms (limit ${slowInputMs} ms)`);
        }
      });
      const start = performance.now();
      const details = fc.check(property, {
        numRuns: options.numRuns,
        seed: options.seed,
        path: options.path,
        // A replay reports the input it was given; shrinking it again would only repeat the search.
        endOnFailure: options.path !== undefined,
        plugins: options.timeLimitMs === undefined ? [] : [fc.interruptAfterTimeLimit(options.timeLimitMs)],
      });
      const ms = Math.round(performance.now() - start);
      const base = {
        name: spec.name,
        runs: details.numRuns,
        ms,
        interrupted: details.interrupted,
        failed: details.failed,
        seed: details.seed,
      };
      if (!details.failed) return base;
      const error = details.errorInstance;
      return {
        ...base,
        counterexample: details.counterexample === null ? undefined : fc.stringify(details.counterexample),
        path: details.counterexamplePath ?? undefined,
        error:
          error instanceof Error
            ? `${error.name}: ${error.message}${error instanceof InvariantViolation ? "" : `\n${error.stack ?? ""}`}`
            : String(error),
      };
    },
  };
}
