/**
 * Fuzz targets for scores read from a sheet: recognizeScores on a selected block, findScores on a used
 * range, each through to the assessment, its scoring and its report.
 */
import { assessmentFromCells, assessmentFromFound, findScores, recognizeScores } from "../../src/core";
import { findScoresGrid, scoreBlock } from "./arbitraries";
import { defineTarget, invariant } from "./fuzz-target";
import { checkIssues, checkScore, checkScored, checkValidated } from "./target-checks";

export const recognizeTarget = defineTarget({
  name: "recognize-scores",
  covers:
    "recognizeScores on selected blocks (column or row, header, labels by number or name, shuffled, several years, wrong sizes, stray values, any sheet name and origin) → assessmentFromCells → scoring and report: Validated results, scores 0–100, cells inside the block",
  weight: 8,
  arbitrary: scoreBlock,
  check({ framework: of, block }) {
    const recognized = recognizeScores(block, of);
    checkValidated(recognized, "recognizeScores");
    if (!recognized.ok) return;
    const { current } = recognized.value;
    invariant(current.scores.size === 10, `recognizeScores: ${current.scores.size} scores`);
    for (const [number, score] of current.scores) checkScore(score, `indicator ${number}`);
    for (const cell of current.cells.values()) {
      const row = cell.row - block.origin.row;
      const column = cell.column - block.origin.column;
      invariant(
        row >= 0 && column >= 0 && row < block.values.length,
        `cell ${cell.row},${cell.column} outside the block`
      );
    }
    const assessment = assessmentFromCells(recognized.value);
    checkValidated(assessment, "assessmentFromCells");
    if (assessment.ok) checkScored(assessment.value, "assessmentFromCells");
  },
});

export const findScoresTarget = defineTarget({
  name: "find-scores",
  covers:
    "findScores on sheets holding a pasted comparison table (names, years in headers, change, tool and total rows, item codes) among noise, and on grids of anything: a Validated result; scores 0–100; years sorted; every check's verdict matches its figures",
  weight: 5,
  arbitrary: findScoresGrid,
  check({ framework: of, sheet, values }) {
    const found = findScores(sheet, { row: 0, column: 0 }, values, of);
    checkValidated(found, "findScores");
    if (!found.ok) return;
    const { years } = found.value;
    invariant(
      years.every((year, i) => i === 0 || (years[i - 1] ?? 0) < year),
      `findScores: years ${years.join(",")}`
    );
    for (const indicator of found.value.found) {
      invariant(indicator.indicator >= 1 && indicator.indicator <= 10, `indicator ${indicator.indicator}`);
      for (const value of indicator.values)
        checkScore(value.score, `indicator ${indicator.indicator} ${value.year}`);
    }
    checkIssues(found.value.mismatches, "findScores mismatch");
    invariant(
      found.value.checks.filter((check) => !check.agrees).length <= found.value.mismatches.length,
      "findScores: a disagreeing check without a mismatch"
    );
    for (const acceptMismatches of [false, true]) {
      const assessment = assessmentFromFound(found.value, of, "เทศบาลตำบลด่านเกวียน", { acceptMismatches });
      checkValidated(assessment, "assessmentFromFound");
      if (assessment.ok) checkScored(assessment.value, "assessmentFromFound");
    }
  },
});
