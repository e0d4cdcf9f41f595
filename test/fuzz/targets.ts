/**
 * The fuzz targets: every entry point that reads what officers type, paste or import, called with
 * generated inputs (test/fuzz/arbitraries.ts). Each check holds the code to its documented contract:
 * data problems come back as typed results (Parsed, Validated, a custom-function error), never as a
 * thrown exception, and what comes back is sane (a score is 0–100, `ok` never carries issues, every JSON
 * number is finite with at most two decimals, every message has a Thai and an English half).
 */
import fc from "fast-check";
import { StubCustomFunctionError } from "../functions/custom-functions-stub";
import {
  assessmentFromCells,
  assessmentFromFound,
  BUILT_IN_CATALOGUES,
  buildReport,
  Exact,
  exactCompare,
  exactFraction,
  exactFromNumber,
  exactInteger,
  findScores,
  findScoresNamingYear,
  gridFromPastedText,
  pastedTextGrid,
  pastedTextLocator,
  frameworkFor,
  layoutReportSheet,
  parseFiscalYear,
  parseItemCode,
  parseNumber,
  parseOitResult,
  parseScore,
  Parsed,
  Problem,
  printed,
  ratingFor,
  ratingForHundredths,
  readItemEntries,
  recognizeScores,
  resultJson,
  roundHalfUpToNumber,
  scoreAssessment,
  scoreYear,
  toArabicDigits,
  Validated,
  validateAssessment,
  ValidationIssue,
} from "../../src/core";
import {
  csvRows,
  readAgencies,
  scoreBatchYear,
  scoreBatchYearExactly,
  summarizeBatch,
} from "../../src/core/batch";
import { parseJsonText } from "../../src/cli/json-text";
import * as functions from "../../src/functions/functions";
import {
  assessmentJsonText,
  batchCsvText,
  cellValue,
  csvTable,
  csvText,
  decoratedScore,
  findScoresGrid,
  framework,
  FunctionCall,
  functionCall,
  hundredths,
  itemCodesOf,
  itemCodeText,
  jsonFileText,
  pastedText,
  scalarCell,
  scoreBlock,
  writeCsv,
} from "./arbitraries";
import { defineTarget, FuzzTarget, invariant } from "./fuzz-target";

const THAI = /[\u0E00-\u0E7F]/;
const LATIN = /[A-Za-z]/;
const ZERO = exactInteger(0);
const HUNDRED = exactInteger(100);

function stringified(value: unknown): string {
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

function checkIssues(issues: readonly ValidationIssue[], where: string): void {
  for (const issue of issues) {
    invariant(typeof issue.location === "string", `${where}: issue without a location`);
    invariant(!issue.location.includes("[object Object]"), `${where}: location ${issue.location}`);
    checkProblem(issue, `${where} at ${issue.location}`);
  }
}

/** `ok` carries a value and no issues; not `ok` carries at least one issue. */
function checkValidated<T>(result: Validated<T>, where: string): void {
  if (result.ok) {
    invariant(!("issues" in result), `${where}: ok with issues`);
  } else {
    invariant(result.issues.length > 0, `${where}: not ok, but no issue says why`);
    checkIssues(result.issues, where);
  }
  checkIssues(result.warnings, `${where} (warning)`);
}

function checkParsed<T>(result: Parsed<T>, where: string): void {
  invariant(typeof result.ok === "boolean", `${where}: no ok flag`);
  if (!result.ok) checkProblem(result.problem, where);
}

function isExact(value: Exact): boolean {
  return (
    typeof value.numerator === "bigint" &&
    typeof value.denominator === "bigint" &&
    value.denominator > BigInt(0)
  );
}

function checkScore(value: Exact, where: string): void {
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
function checkScored(value: Parameters<typeof scoreAssessment>[0], where: string): void {
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

const parseNumberTarget = defineTarget({
  name: "parse-number",
  covers:
    "parseNumber and parseScore on any cell value (edge doubles, Thai/mixed/full-width digits, separators, %, invisible marks, dates, booleans, nested arrays): a Parsed result; a score is 0–100; a finite number reads as exactly the decimal it prints as",
  weight: 12,
  arbitrary: cellValue,
  check(value) {
    const number = parseNumber(value);
    checkParsed(number, "parseNumber");
    if (number.ok) invariant(isExact(number.value), "parseNumber: not an exact value");
    if (typeof value === "number" && Number.isFinite(value)) {
      invariant(
        number.ok && exactCompare(number.value, exactFromNumber(value)) === 0,
        `parseNumber(${value})`
      );
    }
    if (typeof value === "string" && /[０-９]/.test(value))
      invariant(!number.ok, "full-width digits accepted");
    const score = parseScore(value);
    checkParsed(score, "parseScore");
    if (score.ok) checkScore(score.value, "parseScore");
    invariant(
      score.ok ===
        (number.ok && exactCompare(number.value, ZERO) >= 0 && exactCompare(number.value, HUNDRED) <= 0),
      "parseScore disagrees with parseNumber"
    );
  },
});

const pastedScoreTarget = defineTarget({
  name: "pasted-score",
  covers:
    "parseScore on a score as pasted (Arabic/Thai/mixed digits, 0–2 decimals, %, spaces and invisible marks around it): reads exactly the score written",
  weight: 8,
  arbitrary: decoratedScore,
  check({ text, hundredths: expected }) {
    const score = parseScore(text);
    invariant(
      score.ok,
      () => `parseScore(${stringified(text)}) refused: ${score.ok ? "" : score.problem.messageEn}`
    );
    invariant(
      exactCompare(score.value, exactFraction(BigInt(expected), BigInt(100))) === 0,
      `parseScore(${stringified(text)}) is ${score.value.numerator}/${score.value.denominator}, not ${expected / 100}`
    );
  },
});

const otherParsersTarget = defineTarget({
  name: "parse-codes-years-oit",
  covers:
    "parseItemCode, parseOitResult and parseFiscalYear on item-code spellings and any cell value: Parsed results; a code is i/e/o and a positive number; a year is a whole Buddhist-era number",
  weight: 8,
  arbitrary: fc.oneof(itemCodeText, cellValue),
  check(value) {
    const code = parseItemCode(value);
    checkParsed(code, "parseItemCode");
    if (code.ok)
      invariant(/^[ieo][1-9]\d*$/.test(code.value), `parseItemCode gave ${stringified(code.value)}`);
    const oit = parseOitResult(value);
    checkParsed(oit, "parseOitResult");
    if (oit.ok) invariant(typeof oit.value === "boolean", "parseOitResult: not a boolean");
    const year = parseFiscalYear(value);
    checkParsed(year, "parseFiscalYear");
    if (year.ok) {
      invariant(Number.isInteger(year.value), `parseFiscalYear gave ${year.value}`);
      invariant(
        !(year.value >= 1900 && year.value < 2300),
        `parseFiscalYear accepted the Common-Era ${year.value}`
      );
    }
  },
});

const itemEntriesTarget = defineTarget({
  name: "item-entries",
  covers:
    "readItemEntries with item codes in every spelling and any values, for every framework: perception scores 0–100, OIT results only for the year's codes, each problem at its place",
  weight: 5,
  arbitrary: framework.chain((of) => {
    const codes = itemCodesOf(of);
    const code = codes.length > 0 ? fc.oneof(fc.constantFrom(...codes), itemCodeText) : itemCodeText;
    return fc.tuple(
      fc.constant(of),
      fc.array(fc.tuple(code, fc.oneof(scalarCell, fc.constantFrom("ผ่าน", "ไม่ผ่าน", 0, 100))), {
        maxLength: 20,
      })
    );
  }),
  check([of, entries]) {
    const issues: ValidationIssue[] = [];
    const read = readItemEntries(
      entries.map(([key, value], i) => ({
        key,
        value,
        keyLocation: `A${i + 1}`,
        valueLocation: `B${i + 1}`,
      })),
      of,
      issues
    );
    checkIssues(issues, "readItemEntries");
    const known = new Set(itemCodesOf(of));
    for (const [code, score] of read.perception) {
      invariant(known.has(code), `readItemEntries: unknown perception item ${code}`);
      checkScore(score, `item ${code}`);
    }
    for (const code of read.oit.keys())
      invariant(known.has(code), `readItemEntries: unknown OIT item ${code}`);
  },
});

const validateTarget = defineTarget({
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

const jsonTextTarget = defineTarget({
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

const csvTarget = defineTarget({
  name: "csv-text",
  covers:
    "csvRows (ita score/report/batch, many agencies) on CSV text (quoted fields, doubled quotes, CR/LF/CRLF, BOM, any delimiter, arbitrary text): rows of strings, no blank row, row numbers rising",
  weight: 6,
  arbitrary: csvText,
  check(text) {
    let last = 0;
    for (const row of csvRows(text)) {
      invariant(
        Number.isInteger(row.number) && row.number > last,
        `csvRows: row number ${row.number} after ${last}`
      );
      last = row.number;
      invariant(
        row.cells.every((cell) => typeof cell === "string"),
        "csvRows: a cell is not a string"
      );
      invariant(
        row.cells.some((cell) => typeof cell === "string" && cell.trim() !== ""),
        "csvRows: a blank row"
      );
    }
  },
});

const csvRoundTripTarget = defineTarget({
  name: "csv-round-trip",
  covers:
    "csvRows reads back exactly the grid a spreadsheet program writes (quoting, doubled quotes, line breaks inside quotes, every delimiter and line end, BOM), with each row's line number",
  weight: 6,
  arbitrary: csvTable.map((table) => ({
    ...table,
    // The delimiter is sniffed from the first line: the grid keeps other delimiters out of its cells, and
    // a first row of one cell has no delimiter to sniff, so it gets two.
    // A BOM at the very start is the file's, not the first cell's.
    rows: table.rows.map((row, r) =>
      (r === 0 && row.length === 1 ? [...row, "x"] : row).map((cell, c) =>
        (r === 0 && c === 0 ? cell.replace(/^\ufeff+/, "") : cell).replace(/[,;\t]/g, " ")
      )
    ),
  })),
  check(table) {
    // The sniffed first line is cut inside a quoted line break: the delimiter may be guessed from half a row.
    if (/[\r\n]/.test(table.rows[0]?.join("") ?? "")) return;
    const text = writeCsv(table);
    let line = 1;
    const expected: { number: number; cells: string[] }[] = [];
    for (const cells of table.rows) {
      if (cells.some((cell) => cell.trim() !== "")) expected.push({ number: line, cells });
      // A quoted line break does not start a new row, but spreadsheet programs count rows, not lines.
      line += 1;
    }
    const read = csvRows(text).map((row) => ({ number: row.number, cells: row.cells }));
    invariant(
      JSON.stringify(read) === JSON.stringify(expected),
      () => `csvRows read ${stringified(read)} from ${stringified(text)}`
    );
  },
});

const batchTarget = defineTarget({
  name: "batch-file",
  covers:
    "csvRows → readAgencies → summarizeBatch on agencies files (English/Thai headers, missing, repeated and unknown columns, bad values): every body row is an agency or an invalid row; printed totals 0–100; shares 0–1",
  weight: 4,
  arbitrary: batchCsvText,
  check(text) {
    const rows = csvRows(text);
    const reading = readAgencies(rows);
    checkIssues(reading.issues, "readAgencies");
    checkIssues(reading.warnings, "readAgencies (warning)");
    if (reading.headerOk) {
      invariant(
        reading.agencies.length + reading.invalidRows.length === Math.max(0, rows.length - 1),
        "readAgencies: rows lost"
      );
    }
    invariant(reading.invalidRows.length === 0 || reading.issues.length > 0, "invalid rows without issues");
    for (const agency of reading.agencies) {
      const total = agency.current.printedTotal;
      invariant(Number.isFinite(total) && total >= 0 && total <= 100, `row ${agency.row}: total ${total}`);
    }
    if (reading.agencies.length === 0) return;
    const summary = summarizeBatch(reading.agencies);
    invariant(summary.agencyCount === reading.agencies.length, "summarizeBatch: agency count");
    const share = summary.passingShare;
    invariant(
      exactCompare(share, ZERO) >= 0 && exactCompare(share, exactInteger(1)) <= 0,
      "passing share outside 0–1"
    );
    const ranks = summary.results.map((result) => result.nationalRank).sort((a, b) => a - b);
    invariant(
      ranks.every((rank, i) => rank === i + 1),
      "national ranks are not 1…n"
    );
  },
});

const recognizeTarget = defineTarget({
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

const findScoresTarget = defineTarget({
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

const pastedTextTarget = defineTarget({
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

const scoringTarget = defineTarget({
  name: "scoring",
  covers:
    "scoreYear on every framework with scores of 0–3 decimals: tools within their indicators, total 0–100, a rating, pass at the printed 85; the batch fast path (whole hundredths) equals the exact path; ratingForHundredths equals ratingFor on printed figures",
  weight: 10,
  arbitrary: fc.tuple(
    framework,
    fc.array(
      fc.oneof(
        hundredths.map((value) => exactFraction(BigInt(value), BigInt(100))),
        fc.integer({ min: 0, max: 100000 }).map((value) => exactFraction(BigInt(value), BigInt(1000)))
      ),
      { minLength: 10, maxLength: 10 }
    )
  ),
  check([of, scores]) {
    const byNumber = new Map(of.indicators.map((indicator, i) => [indicator.number, scores[i] ?? ZERO]));
    const year = scoreYear(of, byNumber);
    for (const tool of of.tools) {
      const own = of.indicators
        .filter((indicator) => indicator.tool === tool.id)
        .map((i) => byNumber.get(i.number) ?? ZERO);
      const low = own.reduce((a, b) => (exactCompare(a, b) <= 0 ? a : b));
      const high = own.reduce((a, b) => (exactCompare(a, b) >= 0 ? a : b));
      const score = year.tools[tool.id];
      invariant(
        exactCompare(low, score) <= 0 && exactCompare(score, high) <= 0,
        `tool ${tool.id} outside its indicators`
      );
    }
    checkScore(year.total, "total");
    invariant(
      year.passed === exactCompare(printed(year.total), exactFromNumber(of.passMark)) >= 0,
      "pass is not judged on the printed total"
    );

    const asHundredths = (value: Exact) => Number((value.numerator * BigInt(100)) / value.denominator);
    const twoDecimals = scores.every(
      (score) => (score.numerator * BigInt(100)) % score.denominator === BigInt(0)
    );
    const batchScores = twoDecimals ? scores.map(asHundredths) : scores;
    const fast = scoreBatchYear(of, batchScores);
    const exact = scoreBatchYearExactly(of, batchScores);
    invariant(
      fast.printedTotal === exact.printedTotal &&
        fast.rating === exact.rating &&
        fast.passed === exact.passed &&
        exactCompare(fast.total, exact.total) === 0 &&
        JSON.stringify(fast.printedTools) === JSON.stringify(exact.printedTools),
      "scoreBatchYear's fast path disagrees with the exact path"
    );
    invariant(
      exact.printedTotal === roundHalfUpToNumber(year.total, 2),
      "batch and core print different totals"
    );

    const printedTools = {
      IIT: asHundredths(printed(year.tools.IIT)),
      EIT: asHundredths(printed(year.tools.EIT)),
      OIT: asHundredths(printed(year.tools.OIT)),
    };
    const byHundredths = ratingForHundredths(of.rating, asHundredths(printed(year.total)), printedTools);
    invariant(
      byHundredths === ratingFor(of.rating, year.total, year.tools),
      "ratingForHundredths disagrees with ratingFor"
    );
  },
});

const functionsTarget = defineTarget({
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

const functionsRoundTripTarget = defineTarget({
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

/** Every target, in the order the report lists them. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  parseNumberTarget,
  pastedScoreTarget,
  otherParsersTarget,
  itemEntriesTarget,
  validateTarget,
  jsonTextTarget,
  csvTarget,
  csvRoundTripTarget,
  batchTarget,
  recognizeTarget,
  findScoresTarget,
  pastedTextTarget,
  scoringTarget,
  functionsTarget,
  functionsRoundTripTarget,
];

/**
 * Splits `total` runs over the targets by weight, exactly (largest remainders get the runs left over), each
 * target at least one.
 */
export function runsPerTarget(targets: readonly FuzzTarget[], total: number): Map<string, number> {
  const weights = targets.reduce((sum, target) => sum + target.weight, 0);
  const shares = targets.map((target) => (total * target.weight) / weights);
  const runs = shares.map((share) => Math.max(1, Math.floor(share)));
  let left = total - runs.reduce((sum, count) => sum + count, 0);
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    runs[i] = (runs[i] ?? 0) + 1;
    left -= 1;
  }
  return new Map(targets.map((target, i) => [target.name, runs[i] ?? 1]));
}
