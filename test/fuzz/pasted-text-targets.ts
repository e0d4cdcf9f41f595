/**
 * Fuzz target for text pasted from a report: its grid keeps each row's line, and the scores found in it go
 * through to the assessment and its scoring.
 */
import {
  assessmentFromFound,
  findScoresNamingYear,
  gridFromPastedText,
  pastedTextGrid,
  pastedTextLocator,
} from "../../src/core";
import { pastedText } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkScored, checkValidated } from "./target-checks";

export const pastedTextTarget = defineTarget({
  name: "pasted-text",
  covers:
    "pastedTextGrid / gridFromPastedText on text pasted from reports (markdown with |---| rows, tab-separated, spaced columns, CRLF, BOM, escaped pipes; arbitrary text) → findScoresNamingYear → assessmentFromFound → scoring: each row keeps its line; every location maps back into the text",
  weight: 5,
  arbitrary: pastedText,
  check({ framework: of, text }) {
    const grid = pastedTextGrid(text);
    invariant(grid.rows.length === grid.lines.length, "pastedTextGrid: rows and lines differ in number");
    invariant(
      grid.lines.every(
        (line, i) => Number.isInteger(line) && line >= 1 && (i === 0 || line > (grid.lines[i - 1] ?? 0))
      ),
      `pastedTextGrid: lines ${grid.lines.join(",")}`
    );
    invariant(
      grid.rows.every((row) => row.every((cell) => typeof cell === "string")),
      "pastedTextGrid: a cell is not text"
    );
    invariant(
      JSON.stringify(gridFromPastedText(text)) === JSON.stringify(grid.rows),
      "gridFromPastedText differs"
    );
    const found = findScoresNamingYear("pasted", { row: 0, column: 0 }, grid.rows, of);
    checkValidated(found, "findScoresNamingYear");
    const locate = pastedTextLocator("pasted.txt", "pasted", grid);
    const issues = found.ok ? found.value.mismatches : found.issues;
    for (const issue of issues) invariant(typeof locate(issue.location) === "string", "pastedTextLocator");
    if (!found.ok) return;
    for (const acceptMismatches of [false, true]) {
      const assessment = assessmentFromFound(found.value, of, undefined, {
        acceptMismatches,
        yearChosen: false,
      });
      checkValidated(assessment, "assessmentFromFound");
      if (assessment.ok) checkScored(assessment.value, "assessmentFromFound (pasted)");
    }
  },
});
