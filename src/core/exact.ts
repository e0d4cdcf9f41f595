/**
 * Exact rational arithmetic for ITA scores.
 *
 * Why not plain numbers: ITA.md §1 requires full precision until output and half-up rounding in exact
 * decimals. Binary floats fail on published figures (86.685 would print 86.68), and a tool mean of three
 * indicators is a repeating decimal, so even a decimal library would have to round early. A fraction of two
 * BigInts is exact for every operation the ITA needs (sums, weights, means).
 */

/** An exact rational number `numerator / denominator`, denominator always positive, fraction reduced. */
export interface Exact {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TEN = BigInt(10);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a reduced fraction; throws on a zero denominator (a programming error, never a data error). */
export function exactFraction(numerator: bigint, denominator: bigint): Exact {
  if (denominator === ZERO) throw new RangeError("exactFraction: zero denominator");
  const sign = denominator < ZERO ? -ONE : ONE;
  const divisor = gcd(numerator, denominator) || ONE;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

/** An integer as an exact value. */
export function exactInteger(value: number | bigint): Exact {
  return exactFraction(BigInt(value), ONE);
}

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a plain decimal string ("86.685", "-2.5", "1e-7") exactly.
 * Returns `undefined` when the text is not such a number.
 *
 * @example exactFromDecimalString("86.685") // 86685/1000, exactly
 */
export function exactFromDecimalString(text: string): Exact | undefined {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const sign = match[1] ?? match[5] ?? "";
  const intPart = match[2] ?? "0";
  const fracPart = match[3] ?? match[6] ?? "";
  const exponent = Number(match[4] ?? match[7] ?? "0");
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  let numerator = BigInt(intPart + fracPart);
  if (sign === "-") numerator = -numerator;
  const scale = exponent - fracPart.length;
  return scale >= 0
    ? exactFraction(numerator * TEN ** BigInt(scale), ONE)
    : exactFraction(numerator, TEN ** BigInt(-scale));
}

/**
 * A finite JavaScript number as the decimal a person typed. `String(x)` is the shortest decimal that
 * round-trips to the same double, so 89.3 is read as 893/10, not as the binary value 89.2999999999999971578….
 */
export function exactFromNumber(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`exactFromNumber: ${value} is not finite`);
  const exact = exactFromDecimalString(String(value));
  if (!exact) throw new RangeError(`exactFromNumber: cannot read ${value}`);
  return exact;
}

export function exactAdd(a: Exact, b: Exact): Exact {
  return exactFraction(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator
  );
}

export function exactSubtract(a: Exact, b: Exact): Exact {
  return exactFraction(
    a.numerator * b.denominator - b.numerator * a.denominator,
    a.denominator * b.denominator
  );
}

export function exactMultiply(a: Exact, b: Exact): Exact {
  return exactFraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** Sum of any number of exact values (0 for none). */
export function exactSum(values: readonly Exact[]): Exact {
  return values.reduce(exactAdd, exactInteger(0));
}

/** Arithmetic mean; throws on an empty list, which would be a framework bug rather than bad input. */
export function exactMean(values: readonly Exact[]): Exact {
  if (values.length === 0) throw new RangeError("exactMean: no values");
  const sum = exactSum(values);
  return exactFraction(sum.numerator, sum.denominator * BigInt(values.length));
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function exactCompare(a: Exact, b: Exact): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The rounded magnitude in units of 10^-places, and whether the value is negative. */
function roundedUnits(value: Exact, places: number): { units: bigint; negative: boolean } {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`roundHalfUp: bad places ${places}`);
  const negative = value.numerator < ZERO;
  const magnitude = negative ? -value.numerator : value.numerator;
  const scaled = magnitude * TEN ** BigInt(places);
  let units = scaled / value.denominator;
  if ((scaled % value.denominator) * BigInt(2) >= value.denominator) units += ONE;
  return { units, negative };
}

/**
 * Rounds half away from zero to `places` decimals and returns the digits as a string ("86.69", "-2.50").
 * Half away from zero is what Excel's ROUND does, so the add-in's formulas and the core agree; for the
 * non-negative scores of the ITA it is plain half-up.
 *
 * @example roundHalfUpToString(exactFromDecimalString("94.995")!, 2) // "95.00"
 */
export function roundHalfUpToString(value: Exact, places: number): string {
  const { units, negative } = roundedUnits(value, places);
  const digits = units.toString().padStart(places + 1, "0");
  const intPart = digits.slice(0, digits.length - places);
  const fracPart = places > 0 ? "." + digits.slice(digits.length - places) : "";
  return (negative && units !== ZERO ? "-" : "") + intPart + fracPart;
}

/** Rounds half away from zero to `places` decimals and keeps the result exact (no text round trip). */
export function roundHalfUp(value: Exact, places: number): Exact {
  const { units, negative } = roundedUnits(value, places);
  return exactFraction(negative ? -units : units, TEN ** BigInt(places));
}

/** Rounds half away from zero to `places` decimals and returns the nearest JavaScript number. */
export function roundHalfUpToNumber(value: Exact, places: number): number {
  return Number(roundHalfUpToString(value, places));
}

/**
 * The nearest JavaScript number, for hosts that need one (Excel cells, JSON). Exact to about 17 significant
 * digits at any magnitude: divides with 20 digits beyond the value's leading zeros and lets `Number` pick
 * the closest double. (With 20 decimals flat, 0.000000000000000000001 became 0.)
 */
export function exactToNumber(value: Exact): number {
  if (value.numerator === ZERO) return 0;
  const magnitude = value.numerator < ZERO ? -value.numerator : value.numerator;
  // The zeros right after the decimal point, within one: the denominator's digits beyond the numerator's.
  const leadingZeros = value.denominator.toString().length - magnitude.toString().length;
  return Number(roundHalfUpToString(value, 20 + Math.max(0, leadingZeros)));
}

/** True when the value has no fractional part beyond `places` decimals (e.g. a score typed with 2 decimals). */
export function exactHasAtMostDecimals(value: Exact, places: number): boolean {
  return (value.numerator * TEN ** BigInt(places)) % value.denominator === ZERO;
}
