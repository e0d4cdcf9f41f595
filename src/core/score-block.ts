/**
 * Recognising the ten indicator scores in a block of cells the officer selected: a column or a row, with or
 * without a header line, with indicator numbers or names beside the scores or not, optionally with the
 * previous year's scores beside them. Host-neutral: the values come in as Excel hands them over. What a
 * header or label cell says is read by score-block-labels.ts; assessment-from-cells.ts turns the recognised
 * cells into an assessment.
 */
import { CellPosition, cellAddress, quoteSheetName } from "./a1";
import { Exact, exactCompare, exactInteger } from "./exact";
import { Framework, FrameworkLookup, frameworkLookup } from "./frameworks";
import { issueAt, problem, quoteValue, Validated, ValidationIssue } from "./issues";
import { isBlank, parseNumber, parseScore } from "./parse";
import { commonEraYearInHeader, indicatorInLabel, PREVIOUS_WORDS, yearInHeader } from "./score-block-labels";

export { commonEraYearInHeader, indicatorInLabel, PREVIOUS_WORDS } from "./score-block-labels";

/** A block of cells as read from a sheet: values row by row, and where its top-left cell is. */
export interface CellBlock {
  readonly sheet: string;
  readonly origin: CellPosition;
  /** Values as Excel returns them: numbers, strings, booleans; errors as "#N/A"…; empty cells as "". */
  readonly values: readonly (readonly unknown[])[];
}

export type Orientation = "column" | "row";

/** Where each indicator's score sits, in sheet coordinates. */
export interface ScoreCells {
  readonly fiscalYear: number;
  /** Indicator number → cell. */
  readonly cells: ReadonlyMap<number, CellPosition>;
  /** Indicator number → score. */
  readonly scores: ReadonlyMap<number, Exact>;
  /** Indicator number → the raw cell value (to tell numbers from text for formulas). */
  readonly raw: ReadonlyMap<number, unknown>;
}

export interface RecognizedScores {
  readonly sheet: string;
  readonly orientation: Orientation;
  /** The block as selected. */
  readonly origin: CellPosition;
  readonly lineCount: number;
  readonly fieldCount: number;
  readonly hasHeader: boolean;
  readonly current: ScoreCells;
  readonly previous?: ScoreCells;
  /** Older years (header row naming each), oldest first. */
  readonly history: readonly ScoreCells[];
}

/** A cell of the block addressed along its lines (indicators) and fields (columns of a column block). */
function positionOf(block: CellBlock, orientation: Orientation, line: number, field: number): CellPosition {
  return orientation === "column"
    ? { row: block.origin.row + line, column: block.origin.column + field }
    : { row: block.origin.row + field, column: block.origin.column + line };
}

function valueAt(block: CellBlock, orientation: Orientation, line: number, field: number): unknown {
  return orientation === "column" ? block.values[line]?.[field] : block.values[field]?.[line];
}

/** "Sheet1!C9" for a cell of the block. */
export function sheetCellAddress(sheet: string, position: CellPosition): string {
  return `${quoteSheetName(sheet)}!${cellAddress(position)}`;
}

type FieldKind = "label" | "scores" | "empty";

/** A label field and up to five years of scores. */
export const MAX_FIELDS = 6;

/** A field is scores when most of its cells read as numbers, a label when it names indicators. */
function classifyField(
  block: CellBlock,
  orientation: Orientation,
  field: number,
  lines: number[],
  framework: Framework
): FieldKind {
  const cells = lines.map((line) => valueAt(block, orientation, line, field));
  if (cells.every(isBlank)) return "empty";
  const labels = cells.filter((cell) => indicatorInLabel(cell, framework) !== undefined).length;
  const numbers = cells.filter((cell) => parseNumber(cell).ok).length;
  // The numbers 1–10, each once (typed or pasted as text, as a CSV gives them), number the indicators.
  const asIntegers = cells.map((cell) => {
    const parsed = parseNumber(cell);
    return parsed.ok && parsed.value.denominator === BigInt(1) ? Number(parsed.value.numerator) : Number.NaN;
  });
  const integersOneToTen = asIntegers.every((n) => n >= 1 && n <= framework.indicators.length);
  if (integersOneToTen && new Set(asIntegers).size === cells.length) return "label";
  if (labels > numbers) return "label";
  return "scores";
}

const blockIssue = (location: string, th: string, en: string, code = "bad-selection"): ValidationIssue =>
  issueAt(location, problem(code, th, en));

/**
 * Finds this year's (and the previous year's) ten scores in a selected block. Every problem is collected:
 * a block of the wrong size, labels that name an indicator twice or not at all, cells that are not scores.
 *
 * @param frameworks where a year named in the header is looked up (the built-in ones by default).
 */
export function recognizeScores(
  block: CellBlock,
  framework: Framework,
  frameworks: FrameworkLookup = frameworkLookup()
): Validated<RecognizedScores> {
  const count = framework.indicators.length;
  const rows = block.values.length;
  const columns = Math.max(0, ...block.values.map((row) => row.length));
  const where = `${quoteSheetName(block.sheet)}!${cellAddress(block.origin)}${
    rows * columns > 1
      ? `:${cellAddress({ row: block.origin.row + rows - 1, column: block.origin.column + columns - 1 })}`
      : ""
  }`;
  const orientation: Orientation | undefined =
    rows >= count && rows <= count + 1 && columns <= MAX_FIELDS
      ? "column"
      : columns >= count && columns <= count + 1 && rows <= MAX_FIELDS
        ? "row"
        : undefined;
  if (!orientation) {
    return {
      ok: false,
      warnings: [],
      issues: [
        blockIssue(
          where,
          `ช่วงที่เลือกมี ${rows} แถว × ${columns} คอลัมน์ ต้องเลือกคะแนน ${count} ตัวชี้วัดเป็นคอลัมน์หรือแถว (${count} ช่อง หรือ ${count + 1} ช่องรวมหัวตาราง) รวมชื่อตัวชี้วัดและคะแนนปีก่อน ๆ ได้ไม่เกิน ${MAX_FIELDS} คอลัมน์`,
          `the selection is ${rows} rows × ${columns} columns: select the ${count} indicator scores as a column or a row (${count} cells, or ${count + 1} with a header), with at most ${MAX_FIELDS} columns including names and earlier years' scores`,
          "wrong-size"
        ),
      ],
    };
  }
  const lineCount = orientation === "column" ? rows : columns;
  const fieldCount = orientation === "column" ? columns : rows;
  const hasHeader = lineCount === count + 1;
  const dataLines = Array.from({ length: count }, (_, i) => i + (hasHeader ? 1 : 0));
  const fields = Array.from({ length: fieldCount }, (_, field) => field);
  const kinds = fields.map((field) => classifyField(block, orientation, field, dataLines, framework));
  // A field of names wins over a field of numbers 1–10, which may be a rank column beside the names.
  const labelFields = fields.filter((field) => kinds[field] === "label");
  const namesField = labelFields.find((field) =>
    dataLines.some((line) => typeof valueAt(block, orientation, line, field) === "string")
  );
  const labelField = namesField ?? labelFields[0];
  const scoreFields = fields.filter((field) => kinds[field] === "scores");
  const issues: ValidationIssue[] = [];

  if (scoreFields.length === 0) {
    issues.push(
      blockIssue(where, "ไม่พบคอลัมน์คะแนนในช่วงที่เลือก", "no column of scores in the selection", "no-scores")
    );
    return { ok: false, issues, warnings: [] };
  }
  // Which score field is which year: by the years in the header (any number of years, newest first), or
  // for two fields by the words "ปีก่อน"/"previous"; a single field is this year.
  const headerOf = (field: number) => (hasHeader ? valueAt(block, orientation, 0, field) : undefined);
  const headerCellOf = (field: number) =>
    sheetCellAddress(block.sheet, positionOf(block, orientation, 0, field));
  // A Common-Era year would otherwise be ignored and the scores rated by the pane's year without a word.
  for (const field of scoreFields) {
    const commonEra = commonEraYearInHeader(headerOf(field));
    if (commonEra === undefined) continue;
    issues.push(
      blockIssue(
        headerCellOf(field),
        `หัวคอลัมน์ระบุปี ${commonEra} ซึ่งเป็นปีคริสต์ศักราช โปรดระบุปีพุทธศักราช ${commonEra + 543}`,
        `the header says ${commonEra}, a Common-Era year: write the Buddhist-era year ${commonEra + 543}`,
        "common-era-year"
      )
    );
  }
  if (issues.length > 0) return { ok: false, issues, warnings: [] };
  const years = scoreFields.map((field) => ({ field, year: yearInHeader(headerOf(field)) }));
  const allYears = years.every((entry) => entry.year !== undefined);
  const distinctYears = new Set(years.map((entry) => entry.year)).size === years.length;
  let ordered: number[];
  if (scoreFields.length === 1) {
    ordered = scoreFields;
  } else if (allYears && distinctYears) {
    const byYear = [...years].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    ordered = byYear.map((entry) => entry.field);
    // "ปีก่อน 2566" beside "2565": the words and the years disagree, and rating by either could be wrong.
    const [newest, next] = byYear;
    if (newest && next && PREVIOUS_WORDS.test(String(headerOf(newest.field) ?? ""))) {
      issues.push(
        blockIssue(
          headerCellOf(newest.field),
          `ปีก่อนหน้า (${newest.year ?? ""}) ต้องมาก่อนปีที่ประเมิน (${next.year ?? ""})`,
          `the previous year (${newest.year ?? ""}) must be earlier than the assessed year (${next.year ?? ""})`,
          "previous-not-earlier"
        )
      );
      return { ok: false, issues, warnings: [] };
    }
  } else if (scoreFields.length === 2) {
    const [a, b] = scoreFields as [number, number];
    const previousA = PREVIOUS_WORDS.test(String(headerOf(a) ?? ""));
    const previousB = PREVIOUS_WORDS.test(String(headerOf(b) ?? ""));
    if (previousA === previousB) {
      issues.push(
        blockIssue(
          where,
          "มีคะแนนสองชุดแต่ไม่รู้ว่าชุดใดเป็นของปีใด โปรดเลือกแถวหัวตารางที่ระบุปี (เช่น 2564, 2565) ด้วย",
          "two sets of scores but no way to tell the years apart: include a header row naming the years (e.g. 2564, 2565)",
          "ambiguous-years"
        )
      );
      return { ok: false, issues, warnings: [] };
    }
    ordered = previousA ? [b, a] : [a, b];
  } else {
    issues.push(
      blockIssue(
        where,
        "พบคะแนนหลายชุด โปรดเลือกแถวหัวตารางที่ระบุปีของแต่ละคอลัมน์ (ปีไม่ซ้ำกัน) ด้วย",
        "several sets of scores: include a header row naming a different year for each column",
        "ambiguous-years"
      )
    );
    return { ok: false, issues, warnings: [] };
  }
  const currentField = ordered[0] ?? 0;
  const previousField = ordered[1];
  const historyFields = ordered.slice(2);

  const warnings: ValidationIssue[] = [];
  // A header that names this year's fiscal year wins over the pane's choice (often just the default, the
  // latest year): rating 2565 scores by 2568 rules would publish a wrong rating.
  const headerYear = hasHeader ? yearInHeader(valueAt(block, orientation, 0, currentField)) : undefined;
  let fiscalYear = framework.fiscalYear;
  if (headerYear !== undefined && headerYear !== framework.fiscalYear) {
    const headerCell = sheetCellAddress(block.sheet, positionOf(block, orientation, 0, currentField));
    if (frameworks.find(headerYear)) {
      fiscalYear = headerYear;
      warnings.push(
        issueAt(
          headerCell,
          problem(
            "header-year-used",
            `หัวคอลัมน์ระบุปี ${headerYear} จึงวิเคราะห์ตามกรอบการประเมินปี ${headerYear} (แผงงานเลือกปี ${framework.fiscalYear} ไว้)`,
            `the header says ${headerYear}, so the scores are analysed as fiscal year ${headerYear} (the pane was set to ${framework.fiscalYear})`
          )
        )
      );
    } else {
      issues.push(
        issueAt(
          headerCell,
          problem(
            "unsupported-year",
            `หัวคอลัมน์ระบุปี ${headerYear} ซึ่งยังไม่มีกรอบการประเมิน`,
            `the header says ${headerYear}, a fiscal year without an ITA framework`
          )
        )
      );
    }
  }

  // Which line holds which indicator: by the label field when there is one, else in order 1–10.
  const indicatorOfLine = new Map<number, number>();
  if (labelField !== undefined) {
    const seen = new Map<number, number>();
    for (const line of dataLines) {
      const label = valueAt(block, orientation, line, labelField);
      const number = indicatorInLabel(label, framework);
      const at = sheetCellAddress(block.sheet, positionOf(block, orientation, line, labelField));
      if (number === undefined) {
        issues.push(
          blockIssue(
            at,
            `ไม่รู้จักตัวชี้วัด ${quoteValue(label)}`,
            `${quoteValue(label)} names no indicator`,
            "unknown-indicator"
          )
        );
      } else if (seen.has(number)) {
        issues.push(
          blockIssue(at, `ตัวชี้วัดที่ ${number} ซ้ำ`, `indicator ${number} appears twice`, "duplicate-indicator")
        );
      } else {
        seen.set(number, line);
        indicatorOfLine.set(line, number);
      }
    }
    for (const indicator of framework.indicators) {
      if (!seen.has(indicator.number)) {
        issues.push(
          blockIssue(
            where,
            `ไม่พบตัวชี้วัดที่ ${indicator.number}`,
            `indicator ${indicator.number} is missing`,
            "missing-indicator"
          )
        );
      }
    }
  } else {
    dataLines.forEach((line, index) => {
      const number = framework.indicators[index]?.number;
      if (number !== undefined) indicatorOfLine.set(line, number);
    });
  }

  const readField = (field: number, fiscalYear: number): ScoreCells => {
    const cells = new Map<number, CellPosition>();
    const scores = new Map<number, Exact>();
    const raw = new Map<number, unknown>();
    for (const [line, number] of indicatorOfLine) {
      const position = positionOf(block, orientation, line, field);
      const value = valueAt(block, orientation, line, field);
      cells.set(number, position);
      raw.set(number, value);
      const score = parseScore(value);
      if (score.ok) scores.set(number, score.value);
      else issues.push(issueAt(sheetCellAddress(block.sheet, position), score.problem));
    }
    return { fiscalYear, cells, scores, raw };
  };
  const current = readField(currentField, fiscalYear);
  const previousYear =
    previousField !== undefined
      ? ((hasHeader ? yearInHeader(valueAt(block, orientation, 0, previousField)) : undefined) ??
        fiscalYear - 1)
      : undefined;
  const previous =
    previousField !== undefined && previousYear !== undefined
      ? readField(previousField, previousYear)
      : undefined;
  const history = historyFields
    .map((field) => readField(field, yearInHeader(headerOf(field)) ?? 0))
    .reverse();
  if (previousYear !== undefined && previousYear >= fiscalYear && previousField !== undefined) {
    issues.push(
      blockIssue(
        sheetCellAddress(block.sheet, positionOf(block, orientation, 0, previousField)),
        `ปีก่อนหน้า (${previousYear}) ต้องมาก่อนปีที่ประเมิน (${fiscalYear})`,
        `the previous year (${previousYear}) must be earlier than the assessed year (${fiscalYear})`,
        "previous-not-earlier"
      )
    );
  }

  if (issues.length > 0) return { ok: false, issues, warnings };
  return {
    ok: true,
    warnings,
    value: {
      sheet: block.sheet,
      orientation,
      origin: block.origin,
      lineCount,
      fieldCount,
      hasHeader,
      current,
      previous,
      history,
    },
  };
}

const ZERO = exactInteger(0);

/**
 * Warnings for scores of 0. A 0 is a valid score (an OIT indicator whose items all failed), so it is analysed;
 * but a formula that points at an empty cell also shows 0, and so does a sheet linked to one not filled in
 * yet, so the officer is asked to look: per cell, or once when a whole year is 0.
 *
 * @example zeroScoreWarnings(recognized) // [{ location: "Sheet1!C8", code: "zero-score", … }]
 */
export function zeroScoreWarnings(recognized: RecognizedScores): ValidationIssue[] {
  const years = recognized.previous ? [recognized.current, recognized.previous] : [recognized.current];
  return years.flatMap((year) => {
    const zeros = [...year.scores].filter(([, score]) => exactCompare(score, ZERO) === 0).map(([n]) => n);
    const cells = zeros.flatMap((number) => {
      const cell = year.cells.get(number);
      return cell ? [cell] : [];
    });
    if (cells.length === 0) return [];
    if (zeros.length === year.scores.size && zeros.length > 1) {
      const rows = cells.map((cell) => cell.row);
      const columns = cells.map((cell) => cell.column);
      const start = { row: Math.min(...rows), column: Math.min(...columns) };
      const end = { row: Math.max(...rows), column: Math.max(...columns) };
      return [
        issueAt(
          `${sheetCellAddress(recognized.sheet, start)}:${cellAddress(end)}`,
          problem(
            "all-scores-zero",
            `คะแนนปี ${year.fiscalYear} เป็น 0 ทุกตัวชี้วัด หากยังไม่ได้กรอกคะแนนหรือสูตรอ้างถึงช่องว่าง โปรดกรอกคะแนนจริงก่อน ระบบวิเคราะห์ตามค่าที่อ่านได้`,
            `every score of ${year.fiscalYear} is 0: if the scores are not filled in yet, or the formulas point at empty cells, fill them in; the add-in analysed the values as read`
          )
        ),
      ];
    }
    return cells.map((cell) =>
      issueAt(
        sheetCellAddress(recognized.sheet, cell),
        problem(
          "zero-score",
          "คะแนนเป็น 0 ซึ่งเป็นคะแนนที่ใช้ได้ แต่หากตั้งใจเว้นว่างไว้หรือเป็นสูตรที่อ้างถึงช่องว่าง โปรดตรวจสอบ",
          "the score is 0, a valid score; check that the cell was not meant to be blank (a formula that points at an empty cell shows 0)"
        )
      )
    );
  });
}
