/**
 * Fuzz targets for the custom functions: every =ITA.* function with arguments as Excel may pass them, and
 * the round trips ITA.NUMBER/ITA.THAIDIGITS and ITA.GRADE against the core's rating.
 */
import fc from "fast-check";
import { StubCustomFunctionError } from "../functions/custom-functions-stub";
import { exactFraction, frameworkFor, ratingFor, toArabicDigits } from "../../src/core";
import * as functions from "../../src/functions/functions";
import { framework, FunctionCall, functionCall, hundredths } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { LATIN, stringified, THAI } from "./target-checks";

/** A custom function returned or threw as documented; returns what the user sees. */
function callFunction(call: FunctionCall): unknown {
  const args = call.args as unknown[];
  const apply = functions[call.name] as (...parameters: unknown[]) => unknown;
  try {
    return apply(...args);
  } catch (error) {
    if (!(error instanceof StubCustomFunctionError)) throw error;
    invariant(error.code === "#VALUE!" || error.code === "#N/A", `${call.name}: error code ${error.code}`);
    const message = error.message;
    const split = message.indexOf(" / ");
    invariant(split > 0, `${call.name}: message without "th / en": ${message}`);
    invariant(THAI.test(message.slice(0, split)), `${call.name}: Thai half without Thai: ${message}`);
    invariant(LATIN.test(message.slice(split + 3)), `${call.name}: English half without words: ${message}`);
    invariant(
      !message.includes("[object Object]"),
      `${call.name}: message shows [object Object]: ${message}`
    );
    return error;
  }
}

const EXPECTED_RESULT: Record<FunctionCall["name"], "string" | "boolean" | "number"> = {
  grade: "string",
  pass: "boolean",
  total: "number",
  score: "number",
  toolScore: "number",
  delta: "number",
  rank: "number",
  thaiDigits: "string",
  numberFromText: "number",
  indicatorName: "string",
};

export const functionsTarget = defineTarget({
  name: "custom-functions",
  covers:
    "every =ITA.* function with arguments as Excel may pass them (scores as numbers or text, ranges of every shape, years, tool names, data-type objects, blanks as null, RANK's parameter addresses): a value of the documented type, or #VALUE!/#N/A with a Thai / English message; nothing else thrown",
  weight: 12,
  arbitrary: functionCall,
  check(call) {
    const returned = callFunction(call);
    if (returned instanceof StubCustomFunctionError) return;
    // ITA.RANK declares a matrix result so Excel passes the cells' addresses (audit A2): its one value.
    const result = call.name === "rank" ? (returned as number[][])[0]?.[0] : returned;
    const expected = EXPECTED_RESULT[call.name];
    invariant(typeof result === expected, `${call.name} returned ${stringified(result)}, not a ${expected}`);
    if (typeof result === "number") invariant(Number.isFinite(result), `${call.name} returned ${result}`);
    if (typeof result === "string")
      invariant(result.length > 0 || call.name === "thaiDigits", `${call.name} returned ""`);
    if (call.name === "total" || call.name === "score" || call.name === "toolScore") {
      invariant(
        (result as number) >= 0 && (result as number) <= 100,
        `${call.name} returned ${stringified(result)}`
      );
    }
    if (call.name === "delta")
      invariant(Math.abs(result as number) <= 100, `delta returned ${stringified(result)}`);
    if (call.name === "rank")
      invariant(Number.isInteger(result) && (result as number) >= 1, `rank returned ${stringified(result)}`);
    if (call.name === "grade") {
      const year = call.args[1];
      const of = typeof year === "number" ? frameworkFor(year) : undefined;
      if (of)
        invariant(
          of.rating.rows.some((row) => row.rating === result),
          `grade ${stringified(result)} is not a ${year} rating`
        );
    }
  },
});

export const functionsRoundTripTarget = defineTarget({
  name: "custom-functions-round-trip",
  covers:
    "ITA.NUMBER reads back any score-range number written plainly or in Thai digits by ITA.THAIDIGITS; ITA.GRADE of a typed two-decimal total equals the exact rating",
  weight: 4,
  // Plain decimals: below 1e-6 JavaScript writes an exponent, which text input does not take.
  arbitrary: fc.tuple(
    fc.double({ min: 0, max: 100, noNaN: true }).filter((value) => value === 0 || value >= 1e-6),
    framework,
    hundredths
  ),
  check([value, of, total]) {
    invariant(functions.numberFromText(String(value)) === value, `ITA.NUMBER("${value}")`);
    const thai = functions.thaiDigits(value);
    invariant(toArabicDigits(thai) === String(value), `ITA.THAIDIGITS(${value}) is ${thai}`);
    invariant(functions.numberFromText(thai) === value, `ITA.NUMBER(ITA.THAIDIGITS(${value}))`);
    const typed = total / 100;
    const exact = ratingFor(of.rating, exactFraction(BigInt(total), BigInt(100)));
    const viaFunction = callFunction({ name: "grade", args: [typed, of.fiscalYear] });
    invariant(
      // A 0 may be an empty cell passed as 0 (audit A3), so it is refused rather than rated.
      exact === undefined || typed === 0
        ? viaFunction instanceof StubCustomFunctionError
        : viaFunction === exact.rating,
      `ITA.GRADE(${typed}, ${of.fiscalYear}) is ${stringified(viaFunction)}, the core says ${exact?.rating}`
    );
  },
});
