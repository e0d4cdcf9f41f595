/**
 * `npm run fuzz`: 100,000 generated inputs spread over every fuzz target (test/fuzz/targets.ts), within a
 * time bound, one JSON line per target ({"name", "runs", "planned", "ms", …}) and a total line, as the bench
 * prints. Exits 1 when a target fails, with the shrunk counterexample, the seed and the path to replay it.
 *
 *   npm run fuzz -- [--runs N] [--seconds N] [--seed N] [--target NAME[,NAME…]] [--path P] [--slow-ms N]
 *
 * A replay: `npm run fuzz -- --target csv-text --seed 42 --path "12:3:1"` runs that one input again.
 */
import { performance } from "node:perf_hooks";
import { FuzzOutcome } from "../test/fuzz/fuzz-target";
import { FUZZ_TARGETS, runsPerTarget } from "../test/fuzz/targets";

interface Options {
  runs: number;
  seconds: number;
  seed: number;
  targets?: string[];
  path?: string;
  slowMs: number;
}

const USAGE =
  "usage: npm run fuzz -- [--runs N] [--seconds N] [--seed N] [--target NAME[,NAME…]] [--path P] [--slow-ms N]";

function readOptions(args: readonly string[]): Options {
  const options: Options = {
    runs: 100_000,
    seconds: 240,
    // A fresh seed each run explores new inputs; it is printed, so any failure can be replayed.
    seed: Math.floor(Math.random() * 0x7fffffff),
    slowMs: 2000,
  };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    const number = Number(value);
    const positive = () => {
      if (!Number.isFinite(number) || number <= 0)
        throw new Error(`${flag} needs a positive number\n${USAGE}`);
      return number;
    };
    switch (flag) {
      case "--runs":
        options.runs = Math.floor(positive());
        break;
      case "--seconds":
        options.seconds = positive();
        break;
      case "--seed":
        if (!Number.isInteger(number)) throw new Error(`--seed needs a whole number\n${USAGE}`);
        options.seed = number;
        break;
      case "--slow-ms":
        options.slowMs = positive();
        break;
      case "--target":
        options.targets = value.split(",").map((name) => name.trim());
        break;
      case "--path":
        options.path = value;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
    i += 1;
  }
  return options;
}

function line(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(fields)}\n`);
}

function main(): number {
  const options = readOptions(process.argv.slice(2));
  const known = new Set(FUZZ_TARGETS.map((target) => target.name));
  const unknown = (options.targets ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(`unknown target ${unknown.join(", ")}; targets: ${[...known].join(", ")}`);
  const targets = FUZZ_TARGETS.filter((target) => !options.targets || options.targets.includes(target.name));
  // A replay runs the one input the path names.
  const planned =
    options.path === undefined
      ? runsPerTarget(targets, options.runs)
      : new Map(targets.map((target) => [target.name, 1]));
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  let plannedLeft = [...planned.values()].reduce((sum, runs) => sum + runs, 0);
  const outcomes: FuzzOutcome[] = [];

  for (const target of targets) {
    const runs = planned.get(target.name) ?? 1;
    // This target's share of the time left, in proportion to its share of the runs left: a fast target
    // leaves its unused time to the ones after it.
    const timeLimitMs = Math.max(1000, ((deadline - performance.now()) * runs) / plannedLeft);
    plannedLeft -= runs;
    const outcome = target.run({
      numRuns: runs,
      seed: options.seed,
      path: options.path,
      timeLimitMs,
      slowInputMs: options.slowMs,
    });
    outcomes.push(outcome);
    line({
      name: outcome.name,
      runs: outcome.runs,
      planned: runs,
      ms: outcome.ms,
      interrupted: outcome.interrupted,
      failed: outcome.failed,
    });
    if (outcome.failed) {
      line({
        name: outcome.name,
        failed: true,
        seed: outcome.seed,
        path: outcome.path,
        counterexample: outcome.counterexample,
        error: outcome.error,
        replay: `npm run fuzz -- --target ${outcome.name} --seed ${outcome.seed} --path "${outcome.path ?? ""}"`,
      });
    }
  }

  const failed = outcomes.filter((outcome) => outcome.failed);
  line({
    name: "total",
    runs: outcomes.reduce((sum, outcome) => sum + outcome.runs, 0),
    planned: [...planned.values()].reduce((sum, runs) => sum + runs, 0),
    ms: Math.round(performance.now() - start),
    seconds: options.seconds,
    seed: options.seed,
    targets: outcomes.length,
    interrupted: outcomes.filter((outcome) => outcome.interrupted).map((outcome) => outcome.name),
    failed: failed.map((outcome) => outcome.name),
  });
  return failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
