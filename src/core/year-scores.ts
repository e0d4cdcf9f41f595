/**
 * A fiscal year's indicator scores read from the JSON input: the assessed year's, the previous year's
 * (`previous`) and the older years of the trend (`history`), each checked against its own year's framework
 * and collecting every problem at its JSON path.
 */
import { Exact } from "./exact";
import { Framework, FrameworkLookup, recomputableSubIndicators, unsupportedYearProblem } from "./frameworks";
import { issueAt, problem, ValidationIssue } from "./issues";
import { isObject, pathOf } from "./json-path";
import { parseFiscalYear, parseScore } from "./parse";
import { toArabicDigits } from "./thai";

/** A fiscal year's indicator scores, with the framework of that year. */
export interface YearScores {
  readonly fiscalYear: number;
  readonly framework: Framework;
  /** All ten indicators, by number. */
  readonly scores: ReadonlyMap<number, Exact>;
}

/** Reads and checks a fiscal year field; returns its framework. */
export function readFramework(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
  frameworks: FrameworkLookup
): Framework | undefined {
  if (value === undefined) {
    issues.push(issueAt(path, problem("missing", "ไม่ได้ระบุปีงบประมาณ", "the fiscal year is missing")));
    return undefined;
  }
  const year = parseFiscalYear(value);
  if (!year.ok) {
    issues.push(issueAt(path, year.problem));
    return undefined;
  }
  const framework = frameworks.find(year.value);
  if (!framework) issues.push(issueAt(path, unsupportedYearProblem(year.value, frameworks)));
  return framework;
}

export interface ReadScores {
  /** The valid scores. */
  readonly scores: Map<number, Exact>;
  /** Every indicator that had a key, valid or not: a bad value is reported once, not also as missing. */
  readonly present: Set<number>;
}

/**
 * Reads a `scores` object: keys "1" to "10" (Thai digits accepted), values as `parseScore` accepts.
 * Missing indicators are not reported here; the caller knows which may come from OIT items.
 */
export function readScores(
  value: unknown,
  path: string,
  framework: Framework,
  issues: ValidationIssue[]
): ReadScores {
  const scores = new Map<number, Exact>();
  const present = new Set<number>();
  if (value === undefined) return { scores, present };
  if (!isObject(value)) {
    issues.push(
      issueAt(
        path,
        problem(
          "not-an-object",
          'ต้องเป็นออบเจกต์ เช่น { "1": 91.21, … }',
          'must be an object such as { "1": 91.21, … }'
        )
      )
    );
    return { scores, present };
  }
  const numbers = new Set(framework.indicators.map((indicator) => indicator.number));
  for (const [key, raw] of Object.entries(value)) {
    const at = pathOf(path, key);
    const number = parseIndicatorKey(key);
    if (number === undefined || !numbers.has(number)) {
      issues.push(
        issueAt(
          at,
          problem(
            "unknown-indicator",
            `ไม่มีตัวชี้วัด ${JSON.stringify(key)} (ตัวชี้วัดคือ 1–${numbers.size})`,
            `there is no indicator ${JSON.stringify(key)} (indicators are 1–${numbers.size})`
          )
        )
      );
      continue;
    }
    if (present.has(number)) {
      issues.push(
        issueAt(
          at,
          problem("duplicate-indicator", `ตัวชี้วัด ${number} ซ้ำ`, `indicator ${number} is given twice`)
        )
      );
      continue;
    }
    present.add(number);
    const score = parseScore(raw);
    if (score.ok) scores.set(number, score.value);
    else issues.push(issueAt(at, score.problem));
  }
  return { scores, present };
}

/** "1"…"10" or "๑"…"๑๐" → 1…10; anything else → undefined. */
function parseIndicatorKey(key: string): number | undefined {
  const digits = toArabicDigits(key.trim());
  return /^\d{1,2}$/.test(digits) ? Number(digits) : undefined;
}

/**
 * Reports every indicator of the framework without a score; one given with a bad value was reported where
 * it was read.
 */
export function reportMissing(
  framework: Framework,
  read: ReadScores,
  path: string,
  issues: ValidationIssue[]
): void {
  const recomputable = new Set(
    (framework.oit ? recomputableSubIndicators(framework.oit) : []).map((sub) => sub.indicator)
  );
  for (const indicator of framework.indicators) {
    if (read.scores.has(indicator.number) || read.present.has(indicator.number)) continue;
    // Where the OIT items are listed but not grouped, say why item results did not fill the score in.
    const ungrouped =
      indicator.tool === "OIT" && framework.oit !== undefined && !recomputable.has(indicator.number);
    issues.push(
      issueAt(
        pathOf(path, String(indicator.number)),
        problem(
          "missing-indicator",
          `ไม่มีคะแนนตัวชี้วัดที่ ${indicator.number} ${indicator.nameTh}` +
            (ungrouped
              ? ` (ปี ${framework.fiscalYear} ยังไม่ทราบการจัดข้อ OIT เป็นตัวชี้วัดย่อย จึงคำนวณจากผลรายข้อไม่ได้ โปรดกรอกคะแนนตัวชี้วัดตามที่ ป.ป.ช. แจ้ง)`
              : ""),
          `indicator ${indicator.number} (${indicator.nameEn}) has no score` +
            (ungrouped
              ? ` (the ${framework.fiscalYear} OIT items are not grouped into sub-indicators, so item results cannot give it: enter the indicator score the NACC reported)`
              : "")
        )
      )
    );
  }
}

/**
 * Reads an earlier year ({ fiscalYear, scores }) at `path`; it must come before `laterYear`. Without a
 * fiscalYear it is taken as `defaultYear` (the previous year defaults to the year before).
 */
export function readEarlierYear(
  value: unknown,
  path: string,
  laterYear: number | undefined,
  defaultYear: number | undefined,
  issues: ValidationIssue[],
  frameworks: FrameworkLookup
): YearScores | undefined {
  if (!isObject(value)) {
    issues.push(
      issueAt(
        path,
        problem(
          "not-an-object",
          "ต้องเป็นออบเจกต์ { fiscalYear, scores }",
          "must be an object { fiscalYear, scores }"
        )
      )
    );
    return undefined;
  }
  const yearValue = value.fiscalYear ?? defaultYear;
  if (yearValue === undefined) {
    issues.push(
      issueAt(`${path}.fiscalYear`, problem("missing", "ไม่ได้ระบุปีงบประมาณ", "the fiscal year is missing"))
    );
    return undefined;
  }
  const framework = readFramework(yearValue, `${path}.fiscalYear`, issues, frameworks);
  if (!framework) return undefined;
  if (laterYear !== undefined && framework.fiscalYear >= laterYear) {
    issues.push(
      issueAt(
        `${path}.fiscalYear`,
        problem(
          "previous-not-earlier",
          `ปี ${framework.fiscalYear} ต้องมาก่อนปี ${laterYear}`,
          `the year ${framework.fiscalYear} must be earlier than ${laterYear}`
        )
      )
    );
    return undefined;
  }
  if (value.scores === undefined) {
    issues.push(
      issueAt(
        `${path}.scores`,
        problem(
          "missing",
          `ไม่มีคะแนนของปี ${framework.fiscalYear}`,
          `the scores of ${framework.fiscalYear} are missing`
        )
      )
    );
    return undefined;
  }
  const read = readScores(value.scores, `${path}.scores`, framework, issues);
  reportMissing(framework, read, `${path}.scores`, issues);
  return { fiscalYear: framework.fiscalYear, framework, scores: read.scores };
}

/** `history`: older years than the previous one, each once, for the trend table (oldest first). */
export function readHistory(
  value: unknown,
  before: number | undefined,
  issues: ValidationIssue[],
  frameworks: FrameworkLookup
): YearScores[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(
      issueAt(
        "$.history",
        problem(
          "not-an-array",
          "ต้องเป็นรายการ [{ fiscalYear, scores }, …]",
          "must be a list [{ fiscalYear, scores }, …]"
        )
      )
    );
    return [];
  }
  const years = value.flatMap((entry, i) => {
    const year = readEarlierYear(entry, `$.history[${i}]`, before, undefined, issues, frameworks);
    return year ? [year] : [];
  });
  const seen = new Set<number>();
  years.forEach((year, i) => {
    if (seen.has(year.fiscalYear)) {
      issues.push(
        issueAt(
          `$.history[${i}].fiscalYear`,
          problem("duplicate-year", `ปี ${year.fiscalYear} ซ้ำ`, `the year ${year.fiscalYear} is given twice`)
        )
      );
    }
    seen.add(year.fiscalYear);
  });
  return years.sort((a, b) => a.fiscalYear - b.fiscalYear);
}
