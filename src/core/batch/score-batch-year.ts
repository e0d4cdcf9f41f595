/**
 * Scoring one agency-year in a batch. Thousands of agencies make the exact BigInt path the slow part of
 * `ita batch`, so scores typed with at most two decimals (what the NACC publishes) are scored as whole
 * hundredths in plain integer arithmetic: every figure is then a fraction with a small denominator, and
 * the result is the same as `scoreYear`'s (a test compares both on random inputs). Anything else (three
 * decimals, a framework whose weights or cuts are not whole hundredths) takes the exact path.
 */
import { Exact, exactFraction, exactFromNumber, exactCompare, roundHalfUpToNumber } from "../exact";
import { Framework, RatingRow, TOOL_IDS, ToolId } from "../frameworks";
import { scoreYear } from "../score";

/** A score as read: whole hundredths (91.21 → 9121) when it had at most two decimals, else exact. */
export type BatchScore = number | Exact;

/** One scored year of one agency, with the figures as printed (half-up, 2 decimals). */
export interface BatchYear {
  readonly fiscalYear: number;
  readonly framework: Framework;
  /** In the framework's indicator order. */
  readonly scores: readonly BatchScore[];
  /** The total at full precision: ranks and changes are taken on it. */
  readonly total: Exact;
  readonly printedTotal: number;
  readonly printedTools: Readonly<Record<ToolId, number>>;
  readonly rating: RatingRow;
  readonly passed: boolean;
}

/**
 * A score with at most two decimals as whole hundredths (0–10000), or `undefined` for anything else
 * (Thai digits, "%", three decimals, out of range, not a score), which the caller reads with `parseScore`.
 *
 * @example hundredthsOf("91.2") // 9120
 */
export function hundredthsOf(value: unknown): number | undefined {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    // The decimal a person typed, as exactFromNumber reads it.
    text = String(value);
  } else if (typeof value === "string") text = value.trim();
  else return undefined;
  // By hand rather than with a regular expression: this runs for every score of every agency.
  let whole = 0;
  let i = 0;
  for (; i < text.length && i < 4; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === 0 || i > 3) return undefined;
  let fraction = 0;
  if (i < text.length) {
    if (text.charCodeAt(i) !== 46 || text.length - i - 1 < 1 || text.length - i - 1 > 2) return undefined;
    for (let j = i + 1; j < text.length; j += 1) {
      const digit = text.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return undefined;
      fraction = fraction * 10 + digit;
    }
    if (text.length - i - 1 === 1) fraction *= 10;
  }
  const hundredths = whole * 100 + fraction;
  return hundredths <= 10000 ? hundredths : undefined;
}

/** A score as an exact value. */
export function exactOfBatchScore(score: BatchScore): Exact {
  return typeof score === "number" ? exactFraction(BigInt(score), BigInt(100)) : score;
}

interface FastRatingRow {
  readonly row: RatingRow;
  readonly minTotal: number;
  readonly minEveryTool?: number;
}

/** A framework in whole hundredths, when every weight and cut allows it. */
interface FastFramework {
  /** Per tool: the positions of its indicators in the framework's order. */
  readonly tools: readonly {
    readonly id: ToolId;
    readonly positions: readonly number[];
    readonly weight: number;
  }[];
  /** Least common multiple of the tools' indicator counts. */
  readonly lcm: number;
  readonly rows: readonly FastRatingRow[];
  readonly passMark: number;
}

const fastFrameworks = new WeakMap<Framework, FastFramework | null>();

/** A threshold in whole hundredths, or `undefined` when it has more decimals. */
function hundredthsOfThreshold(value: number): number | undefined {
  const hundredths = Math.round(value * 100);
  if (!Number.isSafeInteger(hundredths)) return undefined;
  return exactCompare(exactFromNumber(value), exactFraction(BigInt(hundredths), BigInt(100))) === 0
    ? hundredths
    : undefined;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function fastFrameworkOf(framework: Framework): FastFramework | undefined {
  const cached = fastFrameworks.get(framework);
  if (cached !== undefined) return cached ?? undefined;
  const build = (): FastFramework | null => {
    const tools = framework.tools.map((tool) => ({
      id: tool.id,
      weight: tool.weightPercent,
      positions: framework.indicators.flatMap((indicator, i) => (indicator.tool === tool.id ? [i] : [])),
    }));
    if (
      tools.some((tool) => !Number.isInteger(tool.weight) || tool.weight < 0 || tool.positions.length === 0)
    )
      return null;
    if (!TOOL_IDS.every((id) => tools.some((tool) => tool.id === id))) return null;
    const lcm = tools.reduce((l, tool) => (l * tool.positions.length) / gcd(l, tool.positions.length), 1);
    const passMark = hundredthsOfThreshold(framework.passMark);
    const rows: FastRatingRow[] = [];
    for (const row of framework.rating.rows) {
      const minTotal = hundredthsOfThreshold(row.minTotal);
      const minEveryTool =
        row.minEveryTool === undefined ? undefined : hundredthsOfThreshold(row.minEveryTool);
      if (minTotal === undefined || (row.minEveryTool !== undefined && minEveryTool === undefined))
        return null;
      rows.push({ row, minTotal, minEveryTool });
    }
    if (passMark === undefined || lcm > 1000) return null;
    return { tools, lcm, rows, passMark };
  };
  const fast = build();
  fastFrameworks.set(framework, fast);
  return fast ?? undefined;
}

/** `numerator / denominator` rounded half-up to a whole number, for non-negative integers. */
function roundedQuotient(numerator: number, denominator: number): number {
  const twice = 2 * numerator + denominator;
  return (twice - (twice % (2 * denominator))) / (2 * denominator);
}

/**
 * The fast path: every score in whole hundredths. A tool's score is S/n hundredths (S the sum of its n
 * indicators); the total is Σ w·S/(100·n) hundredths = N / (100·L) with N = Σ w·S·(L/n), L the least common
 * multiple of the n. All of it stays below 2^53, so integer division is exact.
 */
function scoreInHundredths(
  framework: Framework,
  fast: FastFramework,
  scores: readonly number[]
): BatchYear | undefined {
  let numerator = 0;
  const printedTools = { IIT: 0, EIT: 0, OIT: 0 };
  let minTool = Infinity;
  for (const tool of fast.tools) {
    let sum = 0;
    for (const position of tool.positions) sum += scores[position] ?? 0;
    const n = tool.positions.length;
    const printedTool = roundedQuotient(sum, n);
    printedTools[tool.id] = printedTool / 100;
    minTool = Math.min(minTool, printedTool);
    numerator += tool.weight * sum * (fast.lcm / n);
  }
  const denominator = 100 * fast.lcm;
  const printedTotal = roundedQuotient(numerator, denominator);
  const rating = fast.rows.find(
    (row) => printedTotal >= row.minTotal && (row.minEveryTool === undefined || minTool >= row.minEveryTool)
  );
  if (!rating) return undefined;
  return {
    fiscalYear: framework.fiscalYear,
    framework,
    scores,
    total: exactFraction(BigInt(numerator), BigInt(100 * denominator)),
    printedTotal: printedTotal / 100,
    printedTools,
    rating: rating.row,
    passed: printedTotal >= fast.passMark,
  };
}

/** The exact path: the core's `scoreYear`, with the figures rounded for print. */
export function scoreBatchYearExactly(framework: Framework, scores: readonly BatchScore[]): BatchYear {
  const byNumber = new Map(
    framework.indicators.map((indicator, i) => [indicator.number, exactOfBatchScore(scores[i] ?? 0)] as const)
  );
  const year = scoreYear(framework, byNumber);
  return {
    fiscalYear: framework.fiscalYear,
    framework,
    scores,
    total: year.total,
    printedTotal: roundHalfUpToNumber(year.total, 2),
    printedTools: {
      IIT: roundHalfUpToNumber(year.tools.IIT, 2),
      EIT: roundHalfUpToNumber(year.tools.EIT, 2),
      OIT: roundHalfUpToNumber(year.tools.OIT, 2),
    },
    rating: year.rating,
    passed: year.passed,
  };
}

/**
 * Scores one year of one agency: in whole hundredths when every score allows it, exactly otherwise; the
 * two give the same figures.
 *
 * @example scoreBatchYear(frameworkFor(2565)!, [9121, 8508, 8753, 8447, 8447, 9431, 8930, 8633, 9500, 10000])
 *   // printedTotal 91.96, rating A, passed
 */
export function scoreBatchYear(framework: Framework, scores: readonly BatchScore[]): BatchYear {
  const fast = fastFrameworkOf(framework);
  if (fast && scores.length === framework.indicators.length && scores.every((s) => typeof s === "number")) {
    const year = scoreInHundredths(framework, fast, scores as readonly number[]);
    if (year) return year;
  }
  return scoreBatchYearExactly(framework, scores);
}
