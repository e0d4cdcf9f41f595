/**
 * The checks the fuzz targets share: a problem or issue has a code and a message in Thai and English, a
 * Validated or Parsed result keeps its shape, a score is exact and 0–100, and a scored assessment gives
 * finite JSON, ranks 1–10 and a report whose every sheet lays out inside Excel's grid.
 */
import fc from "fast-check";
import {
  buildReport,
  BUILT_IN_CATALOGUES,
  Exact,
  exactCompare,
  exactInteger,
  layoutReportSheet,
  Parsed,
  Problem,
  resultJson,
  scoreAssessment,
  Validated,
  ValidationIssue,
} from "../../src/core";
import { invariant } from "./fuzz-target";

export const THAI = /[\u0E00-\u0E7F]/;
export const LATIN = /[A-Za-z]/;
export const ZERO = exactInteger(0);
export const HUNDRED = exactInteger(100);

export function stringified(value: unknown): string {
  return fc.stringify(value);
}

/** A problem has a code and a message in both languages, with nothing a programmer left behind. */
function checkProblem(what: Problem, where: string): void {
  invariant(/^[a-z0-9-]+$/.test(what.code), `${where}: problem code ${stringified(what.code)}`);
  invariant(THAI.test(what.messageTh), `${where}: Thai message without Thai: ${stringified(what.messageTh)}`);
  invariant(
    LATIN.test(what.messageEn),
    `${where}: English message without words: ${stringified(what.messageEn)}`
  );
  for (const text of [what.messageTh, what.messageEn]) {
    invariant(!text.includes("[object Object]"), `${where}: message shows [object Object]: ${text}`);
  }
}

export function checkIssues(issues: readonly ValidationIssue[], where: string): void {
  for (const issue of issues) {
    invariant(typeof issue.location === "string", `${where}: issue without a location`);
    invariant(!issue.location.includes("[object Object]"), `${where}: location ${issue.location}`);
    checkProblem(issue, `${where} at ${issue.location}`);
  }
}

/** `ok` carries a value and no issues; not `ok` carries at least one issue. */
export function checkValidated<T>(result: Validated<T>, where: string): void {
  if (result.ok) {
    invariant(!("issues" in result), `${where}: ok with issues`);
  } else {
    invariant(result.issues.length > 0, `${where}: not ok, but no issue says why`);
    checkIssues(result.issues, where);
  }
  checkIssues(result.warnings, `${where} (warning)`);
}

export function checkParsed<T>(result: Parsed<T>, where: string): void {
  invariant(typeof result.ok === "boolean", `${where}: no ok flag`);
  if (!result.ok) checkProblem(result.problem, where);
}

export function isExact(value: Exact): boolean {
  return (
    typeof value.numerator === "bigint" &&
    typeof value.denominator === "bigint" &&
    value.denominator > BigInt(0)
  );
}

export function checkScore(value: Exact, where: string): void {
  invariant(isExact(value), `${where}: not an exact value`);
  invariant(
    exactCompare(value, ZERO) >= 0 && exactCompare(value, HUNDRED) <= 0,
    `${where}: score ${value.numerator}/${value.denominator} outside 0–100`
  );
}

/** Every number of a result's JSON is finite with at most two decimals, and the whole survives JSON. */
function checkJsonNumbers(value: unknown, path: string): void {
  if (typeof value === "number") {
    invariant(Number.isFinite(value), `${path}: ${value} is not finite`);
    invariant(Math.round(value * 100) / 100 === value, `${path}: ${value} has more than two decimals`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkJsonNumbers(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkJsonNumbers(item, `${path}.${key}`);
  } else {
    invariant(
      value === null || typeof value === "string" || typeof value === "boolean",
      `${path}: ${typeof value} in JSON`
    );
  }
}

const EXCEL_ROWS = 1048576;
const EXCEL_COLUMNS = 16384;

/** The result of a valid assessment: its JSON, its report model and every sheet laid out. */
export function checkScored(value: Parameters<typeof scoreAssessment>[0], where: string): void {
  const result = scoreAssessment(value);
  const json = resultJson(result);
  checkJsonNumbers(json, `${where} resultJson`);
  invariant(
    JSON.stringify(JSON.parse(JSON.stringify(json))) === JSON.stringify(json),
    `${where}: JSON round trip`
  );
  for (const figure of [json.total, json.tools.IIT, json.tools.EIT, json.tools.OIT]) {
    invariant(figure >= 0 && figure <= 100, `${where}: figure ${figure} outside 0–100`);
  }
  for (const row of json.indicators) {
    invariant(row.score >= 0 && row.score <= 100, `${where}: indicator ${row.number} scored ${row.score}`);
    invariant(row.delta === null || Math.abs(row.delta) <= 100, `${where}: delta ${row.delta}`);
    invariant(Number.isInteger(row.rank) && row.rank >= 1 && row.rank <= 10, `${where}: rank ${row.rank}`);
  }
  const ranks = json.indicators.map((row) => row.rank).sort((a, b) => a - b);
  invariant(
    ranks.every((rank, i) => rank === i + 1),
    `${where}: ranks ${ranks.join(",")} are not 1–10`
  );

  const model = buildReport(result, {
    digits: value.fiscalYear % 2 ? "thai" : "arabic",
    chart: true,
    catalogues: BUILT_IN_CATALOGUES,
  });
  for (const sheet of model.sheets) {
    const layout = layoutReportSheet(sheet);
    invariant(
      layout.name.length >= 1 &&
        layout.name.length <= 31 &&
        !/[[\]:*?/\\]/.test(layout.name) &&
        !/^'|'$/.test(layout.name),
      `${where}: sheet name ${stringified(layout.name)} is not a valid Excel sheet name`
    );
    for (const cell of layout.cells) {
      invariant(
        Number.isInteger(cell.row) &&
          cell.row >= 0 &&
          cell.row < EXCEL_ROWS &&
          Number.isInteger(cell.column) &&
          cell.column >= 0 &&
          cell.column < EXCEL_COLUMNS,
        `${where}: cell at ${cell.row},${cell.column}`
      );
      invariant(
        typeof cell.value === "string" || Number.isFinite(cell.value),
        `${where}: cell value ${cell.value}`
      );
    }
    for (const chart of layout.charts) {
      for (const series of chart.series) {
        invariant(series.values.every(Number.isFinite), `${where}: chart series ${series.name} not finite`);
      }
    }
  }
}
