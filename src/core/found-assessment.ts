/**
 * From scores found in pasted tables (`findScores`) to an assessment the core can score. Nothing is
 * guessed: the fiscal year is the latest year found and needs all ten indicators, an earlier year counts
 * only when complete, and a figure the source states about itself that disagrees with its scores (a typo
 * in the report) stops the analysis unless the officer accepts it.
 */
import { CellPosition, quoteSheetName } from "./a1";
import { Assessment, readItemEntries, reconcileOit, ScoreSource, YearScores } from "./assessment";
import { Exact } from "./exact";
import { CONFLICTING_SCORE, FoundScores, FoundValue, findScores } from "./find-scores";
import { Framework, FrameworkLookup, frameworkLookup } from "./frameworks";
import { issueAt, problem, quoteValue, Validated, ValidationIssue } from "./issues";

export interface FoundAssessmentOptions {
  /**
   * Stated changes, tool scores or totals that disagree with the scores (and scores read twice
   * differently) become warnings instead of refusals: the officer has checked that the scores are right.
   */
  readonly acceptMismatches?: boolean;
  /**
   * Whether the officer chose the framework's year (the pane's year, `--year`); false when it is only the
   * default. A header naming another year is then no surprise worth a warning. Default: true.
   */
  readonly yearChosen?: boolean;
  /**
   * What the officer does to choose the year, ending the warning that it was only assumed (`yearChosen`
   * false): the CLI says to pass `--year`. Default: choose the fiscal year, as in the task pane.
   */
  readonly chooseYear?: { readonly th: string; readonly en: string };
  /**
   * Where the framework of a year other than `framework`'s is found (a header naming another year, the
   * earlier years): the built-in ones by default; the pane and the CLI add the officer's frameworks.
   */
  readonly frameworks?: FrameworkLookup;
}

const CHOOSE_YEAR_IN_PANE = { th: "โปรดเลือกปีงบประมาณ", en: "choose the fiscal year" } as const;

/**
 * `findScores` with the year rule used everywhere in the add-in: a year named in a table header wins over
 * the year chosen. Columns headed only "คะแนน" take the framework's year, so when a header names a later
 * or another year the block is scanned again with that year's framework: the seed's per-tool tables
 * ("ผลคะแนน") then join its comparison table's 2565 instead of standing alone as the chosen year.
 *
 * @param frameworks where the named year's framework is found (the built-in ones by default).
 * @example findScoresNamingYear("Sheet1", { row: 0, column: 0 }, rows, frameworkFor(2568)!)
 * // a table headed "คะแนน ๒๕๖๕" → values of 2565, the per-tool tables beside it as 2565 too
 */
export function findScoresNamingYear(
  sheet: string,
  origin: CellPosition,
  values: readonly (readonly unknown[])[],
  framework: Framework,
  frameworks: FrameworkLookup = frameworkLookup()
): Validated<FoundScores> {
  const first = findScores(sheet, origin, values, framework);
  if (!first.ok) return first;
  const named = first.value.found.flatMap((entry) =>
    entry.values.filter((value) => !value.assumedYear).map((value) => value.year)
  );
  if (named.length === 0) return first;
  const latest = Math.max(...named);
  const other = latest === framework.fiscalYear ? undefined : frameworks.find(latest);
  return other ? findScores(sheet, origin, values, other) : first;
}

/** The value of an indicator in a year, if found. */
function valueOf(found: FoundScores, indicator: number, year: number): FoundValue | undefined {
  return found.found
    .find((entry) => entry.indicator === indicator)
    ?.values.find((value) => value.year === year);
}

function scoresOf(found: FoundScores, framework: Framework, year: number): Map<number, Exact> {
  const scores = new Map<number, Exact>();
  for (const indicator of framework.indicators) {
    const value = valueOf(found, indicator.number, year);
    if (value) scores.set(indicator.number, value.score);
  }
  return scores;
}

/** Where a year's scores start: its topmost found score (the table's first row), else the sheet. */
function firstCellOf(found: FoundScores, year: number): string {
  const values = found.found.flatMap((entry) => entry.values.filter((value) => value.year === year));
  const [first] = values.sort(
    (a, b) => a.position.row - b.position.row || a.position.column - b.position.column
  );
  return first?.cell ?? quoteSheetName(found.sheet);
}

/**
 * The assessment that scores found by `findScores` describe, or every reason it cannot be made.
 *
 * - The fiscal year is the latest year found; its framework is `framework` when the years agree (it may be
 *   an officer's edited framework), else that year's in `options.frameworks` (the built-in ones by
 *   default). Every indicator must be found for it: each one missing is listed by number and Thai name,
 *   never filled in.
 * - The year before it that has all ten scores is the previous year; older complete years are history.
 *   An earlier year with scores missing is left out, with a warning naming what is missing.
 * - Item results found (i28, O๑๑ ไม่ผ่าน) are read as in the JSON format; OIT items fill or check
 *   indicators 9 and 10.
 * - `found.mismatches` refuse unless `options.acceptMismatches`; text beside scores that names no
 *   indicator is a warning.
 *
 * @example assessmentFromFound(found, frameworkFor(2565)!, "เทศบาลตำบลด่านเกวียน")
 * // { ok: true, value: { fiscalYear: 2565, previous: { fiscalYear: 2564, … }, … } }
 */
export function assessmentFromFound(
  found: FoundScores,
  framework: Framework,
  agency?: string,
  options: FoundAssessmentOptions = {}
): Validated<Assessment> {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const sheet = quoteSheetName(found.sheet);
  const fail = (): Validated<Assessment> => ({ ok: false, issues, warnings });
  const frameworks = options.frameworks ?? frameworkLookup();

  for (const cell of found.unmatched) {
    warnings.push(
      issueAt(
        cell.cell,
        cell.didYouMean === undefined
          ? problem(
              "not-read",
              `ไม่ได้อ่าน ${quoteValue(cell.text)} เพราะไม่ใช่ชื่อตัวชี้วัดหรือคะแนนที่รู้จัก`,
              `${quoteValue(cell.text)} was not read: it is neither a known indicator name nor a score`
            )
          : problem(
              "not-read-digit-for-letter",
              `ไม่ได้อ่าน ${quoteValue(cell.text)} ซึ่งขึ้นต้นด้วยตัวเลขแทนตัวอักษร หมายถึงข้อ ${cell.didYouMean} หรือไม่ โปรดแก้ในต้นฉบับ`,
              `${quoteValue(cell.text)} was not read: it starts with a digit where a letter belongs; did you mean ${cell.didYouMean}? Correct the source`
            )
      )
    );
  }
  issues.push(...found.unreadableColumns);
  for (const mismatch of found.mismatches) {
    // A stated change or total that disagrees is the source's typo in a derived figure and may be accepted;
    // one indicator and year read twice with different scores cannot be: which one is right is a guess.
    const acceptable = options.acceptMismatches === true && mismatch.code !== CONFLICTING_SCORE;
    (acceptable ? warnings : issues).push(mismatch);
  }

  const fiscalYear = found.years[found.years.length - 1];
  if (fiscalYear === undefined) {
    issues.push(
      issueAt(
        sheet,
        problem(
          "no-scores-found",
          "ไม่พบคะแนนตัวชี้วัด พบเพียงผลรายข้อ จึงคำนวณคะแนนรวมไม่ได้",
          "no indicator scores were found, only item results: the total cannot be computed"
        )
      )
    );
    return fail();
  }
  const yearFramework = fiscalYear === framework.fiscalYear ? framework : frameworks.find(fiscalYear);
  if (!yearFramework) {
    const yearList = frameworks.years.join(", ");
    issues.push(
      issueAt(
        firstCellOf(found, fiscalYear),
        problem(
          "unsupported-year",
          `หัวตารางระบุปีงบประมาณ ${fiscalYear} ซึ่งยังไม่มีกรอบการประเมิน (ปีที่รองรับ: ${yearList})`,
          `the table header names fiscal year ${fiscalYear}, which has no ITA framework (supported: ${yearList})`
        )
      )
    );
    return fail();
  }
  const yearValues = found.found.flatMap((entry) =>
    entry.values.filter((value) => value.year === fiscalYear)
  );
  const yearChosen = options.yearChosen ?? true;
  const chooseYear = options.chooseYear ?? CHOOSE_YEAR_IN_PANE;
  if (yearValues.every((value) => value.assumedYear)) {
    warnings.push(
      issueAt(
        sheet,
        yearChosen
          ? problem(
              "year-assumed",
              `ไม่มีหัวตารางใดระบุปี จึงถือว่าคะแนนเป็นของปีงบประมาณ ${fiscalYear} ตามปีที่เลือกไว้`,
              `no table header names a year, so the scores are taken as fiscal year ${fiscalYear}, the year chosen`
            )
          : problem(
              "year-assumed",
              `ไม่มีหัวตารางใดระบุปี จึงถือว่าคะแนนเป็นของปีงบประมาณ ${fiscalYear} ซึ่งเป็นปีล่าสุดที่รองรับ หากไม่ใช่ปีนี้ ${chooseYear.th}`,
              `no table header names a year, so the scores are taken as fiscal year ${fiscalYear}, the latest supported; if that is not their year, ${chooseYear.en}`
            )
      )
    );
  } else if (yearChosen && fiscalYear !== framework.fiscalYear) {
    warnings.push(
      issueAt(
        firstCellOf(found, fiscalYear),
        problem(
          "header-year-used",
          `หัวตารางระบุปี ${fiscalYear} จึงวิเคราะห์ตามกรอบการประเมินปี ${fiscalYear} (ปีที่เลือกไว้คือ ${framework.fiscalYear})`,
          `the table header names ${fiscalYear}, so the scores are analysed as fiscal year ${fiscalYear} (the year chosen was ${framework.fiscalYear})`
        )
      )
    );
  }

  const scores = scoresOf(found, yearFramework, fiscalYear);
  const items = readItemEntries(found.items, yearFramework, issues);
  const sources = new Map<number, ScoreSource>([...scores.keys()].map((number) => [number, "input"]));
  reconcileOit(
    yearFramework,
    scores,
    sources,
    items.oit,
    warnings,
    (indicator) => valueOf(found, indicator, fiscalYear)?.cell ?? sheet
  );
  for (const indicator of yearFramework.indicators) {
    if (scores.has(indicator.number)) continue;
    issues.push(
      issueAt(
        sheet,
        problem(
          "missing-indicator",
          `ไม่พบคะแนนปี ${fiscalYear} ของตัวชี้วัดที่ ${indicator.number} ${indicator.nameTh}`,
          `no ${fiscalYear} score was found for indicator ${indicator.number} (${indicator.nameEn})`
        )
      )
    );
  }

  const earlier: YearScores[] = [];
  for (const year of [...found.years].reverse().slice(1)) {
    const earlierFramework = frameworks.find(year);
    if (!earlierFramework) {
      warnings.push(
        issueAt(
          firstCellOf(found, year),
          problem(
            "earlier-year-left-out",
            `ไม่ได้นำคะแนนปี ${year} มาเปรียบเทียบ เพราะยังไม่มีกรอบการประเมินของปีนั้น`,
            `the scores of ${year} are left out of the comparison: there is no ITA framework for that year`
          )
        )
      );
      continue;
    }
    const yearScores = scoresOf(found, earlierFramework, year);
    const missing = earlierFramework.indicators.filter((indicator) => !yearScores.has(indicator.number));
    if (missing.length > 0) {
      const numbers = missing.map((indicator) => indicator.number).join(", ");
      warnings.push(
        issueAt(
          firstCellOf(found, year),
          problem(
            "earlier-year-left-out",
            `ไม่ได้นำคะแนนปี ${year} มาเปรียบเทียบ เพราะไม่พบคะแนนตัวชี้วัดที่ ${numbers}`,
            `the scores of ${year} are left out of the comparison: indicator(s) ${numbers} not found`
          )
        )
      );
      continue;
    }
    earlier.push({ fiscalYear: year, framework: earlierFramework, scores: yearScores });
  }

  if (issues.length > 0) return fail();
  const [previous, ...older] = earlier;
  return {
    ok: true,
    warnings,
    value: {
      agency: agency?.trim() || undefined,
      fiscalYear,
      framework: yearFramework,
      scores,
      scoreSources: sources,
      perceptionItems: items.perception,
      oitResults: items.oit,
      previous,
      history: older.reverse(),
    },
  };
}
