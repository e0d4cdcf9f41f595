/**
 * Fuzz generators for the custom functions: one =ITA.* call with its arguments as Excel (or a careless
 * caller) may pass them, RANK's parameter addresses included.
 */
import fc from "fast-check";
import {
  cellText,
  fiscalYearValue,
  functionArgument,
  functionArgumentCell,
  scoreCell,
} from "./cell-arbitraries";

/** Arguments for one =ITA.* call, by function; `invocation` only for RANK. */
export type FunctionCall =
  | { readonly name: "grade"; readonly args: readonly unknown[] }
  | { readonly name: "pass" | "numberFromText"; readonly args: readonly [unknown] }
  | { readonly name: "total"; readonly args: readonly [unknown, unknown, unknown, unknown] }
  | { readonly name: "score"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "toolScore"; readonly args: readonly [unknown, unknown, unknown] }
  | { readonly name: "delta"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "rank"; readonly args: readonly [unknown, unknown, unknown] }
  | { readonly name: "thaiDigits"; readonly args: readonly [unknown, unknown] }
  | { readonly name: "indicatorName"; readonly args: readonly [unknown, unknown, unknown] };

/** An omitted optional argument arrives as null (or undefined when called from code). */
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ arbitrary: fc.constantFrom(null, undefined), weight: 1 }, { arbitrary, weight: 3 });

/** A score argument: a number or text, rarely anything. */
const scoreArgument: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scoreCell, weight: 4 },
  { arbitrary: functionArgument, weight: 1 }
);

/** A range argument: ten cells as a column or a row, or another shape, or not a range at all. */
const rangeArgument: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.array(scoreCell, { minLength: 10, maxLength: 10 }), fc.boolean())
      .map(([cells, asRow]) => (asRow ? [cells] : cells.map((cell) => [cell]))),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), scoreCell)
      .map(([rows, columns, cell]) =>
        Array.from({ length: rows }, () => Array.from({ length: columns }, () => cell))
      ),
    weight: 2,
  },
  { arbitrary: functionArgument, weight: 1 }
);

/** Cell addresses as Excel gives them to RANK, valid and not. */
const address = fc.oneof(
  fc
    .tuple(fc.constantFrom("Sheet1", "'ITA 2565'", "'O''Brien'", ""), fc.nat(30), fc.nat(30), fc.boolean())
    .map(([sheet, row, column, absolute]) => {
      const letters = String.fromCharCode(65 + (column % 26));
      const dollar = absolute ? "$" : "";
      return `${sheet ? `${sheet}!` : ""}${dollar}${letters}${dollar}${row + 1}`;
    }),
  fc.constantFrom(
    "Sheet1!B2:B11",
    "Sheet1!$B$2:$B$11",
    "Sheet1!B2:K2",
    "Sheet1!A1:XFD1048576",
    "",
    "!",
    "Sheet1!"
  ),
  fc.string({ maxLength: 12 })
);

const invocation: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ parameterAddresses: fc.array(address, { maxLength: 3 }) }),
  fc.constantFrom({}, undefined, null)
);

/** One call of a custom function with arguments as Excel (or a careless caller) may pass them. */
export const functionCall: fc.Arbitrary<FunctionCall> = fc.oneof(
  fc
    .tuple(scoreArgument, optional(fiscalYearValue), fc.array(scoreArgument, { maxLength: 3 }))
    .map(([score, year, tools]): FunctionCall => ({ name: "grade", args: [score, year, ...tools] })),
  scoreArgument.map((score): FunctionCall => ({ name: "pass", args: [score] })),
  fc
    .tuple(scoreArgument, scoreArgument, scoreArgument, optional(fiscalYearValue))
    .map((args): FunctionCall => ({ name: "total", args })),
  fc.tuple(rangeArgument, optional(fiscalYearValue)).map((args): FunctionCall => ({ name: "score", args })),
  fc
    .tuple(
      rangeArgument,
      fc.oneof(
        { arbitrary: fc.constantFrom("IIT", "eit", " OIT ", "XYZ", "", "iit\u200b"), weight: 4 },
        { arbitrary: functionArgument, weight: 1 }
      ),
      optional(fiscalYearValue)
    )
    .map((args): FunctionCall => ({ name: "toolScore", args })),
  fc.tuple(scoreArgument, scoreArgument).map((args): FunctionCall => ({ name: "delta", args })),
  fc.tuple(scoreArgument, rangeArgument, invocation).map((args): FunctionCall => ({ name: "rank", args })),
  fc
    .tuple(
      fc.oneof(functionArgumentCell, functionArgument),
      optional(fc.oneof(fc.integer({ min: -2, max: 20 }), functionArgumentCell))
    )
    .map((args): FunctionCall => ({ name: "thaiDigits", args })),
  fc
    .tuple(fc.oneof(fc.constantFrom<unknown>(5, "๘", " 10 "), cellText))
    .map((args): FunctionCall => ({ name: "numberFromText", args })),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: -1, max: 12 }), functionArgumentCell),
      optional(fiscalYearValue),
      optional(fc.oneof(fc.constantFrom("th", "en", "EN ", "ไทย", "อังกฤษ", "fr", ""), functionArgumentCell))
    )
    .map((args): FunctionCall => ({ name: "indicatorName", args }))
);
