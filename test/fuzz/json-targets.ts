/**
 * Fuzz targets for JSON input: validateAssessment (and scoring) on assessment files, and the CLI's strict
 * JSON reader on documents with repeated keys, comments, NaN/Infinity, deep nesting and cut-short text.
 */
import { validateAssessment } from "../../src/core";
import { parseJsonText } from "../../src/cli/json-text";
import { assessmentJsonText, jsonFileText } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkScore, checkScored, checkValidated, stringified } from "./target-checks";

export const validateTarget = defineTarget({
  name: "validate-assessment",
  covers:
    "validateAssessment on JSON input text (well-shaped, mutated: wrong types, missing and extra keys, __proto__/constructor keys, deep nesting; arbitrary JSON): a Validated result; when ok, scoreAssessment, resultJson (finite, ≤ 2 decimals, ranks 1–10) and the report model with every sheet laid out",
  weight: 10,
  arbitrary: assessmentJsonText,
  check(text) {
    const result = validateAssessment(JSON.parse(text) as unknown);
    checkValidated(result, "validateAssessment");
    if (result.ok) {
      invariant(result.value.scores.size === 10, `validateAssessment: ${result.value.scores.size} scores`);
      for (const [number, score] of result.value.scores) checkScore(score, `indicator ${number}`);
      checkScored(result.value, "validateAssessment");
    }
  },
});

const JSON_FILE = "in.json";

/** The character offset an `in.json:line:column` location names; undefined for any other location. */
function offsetOf(text: string, location: string): number | undefined {
  const match = /^in\.json:(\d+):(\d+)$/.exec(location);
  if (!match) return undefined;
  const lines = text.split("\n");
  const line = Number(match[1]);
  invariant(line >= 1 && line <= lines.length, `${location}: no line ${line} in ${lines.length}`);
  const before = lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0);
  const column = Number(match[2]);
  invariant(column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 1, `${location}: no such column`);
  return before + column - 1;
}

const JSON_CODES = new Set(["json-comment", "json-not-a-number", "invalid-json", "json-duplicate-key"]);

export const jsonTextTarget = defineTarget({
  name: "json-text",
  covers:
    "parseJsonText (the CLI's JSON reader) on JSON written token by token (keys given twice, escaped keys, strings holding // and NaN, comments, NaN/Infinity, nesting up to 20,000 deep, text cut short, assessment files, punctuation soup): a Validated result, never a throw; ok only for what JSON.parse takes, and then with every repeated key named at its JSON path; comments and NaN/Infinity each named at their line and column",
  weight: 6,
  arbitrary: jsonFileText,
  check({ text, findings }) {
    const result = parseJsonText(text, JSON_FILE);
    checkValidated(result, "parseJsonText");
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    const issues = result.ok ? [] : result.issues;
    for (const issue of issues) {
      invariant(JSON_CODES.has(issue.code), `parseJsonText: code ${issue.code}`);
      const offset = offsetOf(text, issue.location);
      if (issue.code === "json-duplicate-key") {
        invariant(issue.location.startsWith("$"), `json-duplicate-key at ${issue.location}`);
      } else if (issue.code === "invalid-json") {
        invariant(issue.location === JSON_FILE || offset !== undefined, `invalid-json at ${issue.location}`);
        invariant(offset === undefined || offset <= text.length, `invalid-json at ${issue.location}`);
      } else {
        invariant(offset !== undefined, `${issue.code} at ${issue.location}`);
        const token = issue.code === "json-comment" ? /^\/[/*]/ : /^(?:NaN|Infinity)/;
        invariant(token.test(text.slice(offset)), `${issue.code} at ${issue.location}, not at its token`);
      }
    }
    invariant(
      !result.ok || parses,
      () => `parseJsonText accepted what JSON.parse refuses: ${stringified(text)}`
    );
    if (!findings) return;
    const count = (code: string) => issues.filter((issue) => issue.code === code).length;
    if (findings.comments + findings.notANumbers > 0) {
      invariant(
        count("json-comment") === findings.comments &&
          count("json-not-a-number") === findings.notANumbers &&
          issues.length === findings.comments + findings.notANumbers,
        () =>
          `parseJsonText named ${count("json-comment")} comments and ${count("json-not-a-number")} NaN/Infinity, not ${findings.comments} and ${findings.notANumbers}`
      );
      return;
    }
    invariant(parses, "the generator wrote JSON that JSON.parse refuses");
    const named = issues.map((issue) => issue.location);
    invariant(
      JSON.stringify(named) === JSON.stringify(findings.duplicateKeys),
      () =>
        `parseJsonText named ${stringified(named).slice(0, 300)}, not the repeated keys ${stringified(findings.duplicateKeys).slice(0, 300)}`
    );
  },
});
