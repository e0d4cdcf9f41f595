/**
 * An agency's assessment as input: the ten indicator scores of a fiscal year, optionally the previous
 * year's and item results. `validateAssessment` turns the JSON input format (shared by `ita score`, the
 * task pane's "try an example" and later tools) into a checked `Assessment`, collecting every problem.
 *
 * The JSON format:
 * ```json
 * { "agency": "…", "type": "เทศบาลตำบล", "district": "อำเภอโชคชัย", "province": "จังหวัดนครราชสีมา",
 *   "fiscalYear": 2565,
 *   "scores": { "1": 91.21, "2": "๘๕.๐๘", …, "10": 100 },
 *   "previous": { "fiscalYear": 2564, "scores": { "1": 87.93, … } },
 *   "items": { "i28": 80.1, "o11": 0, … } }
 * ```
 */
import { AgencyKindId, agencyKindFromName, agencyKindFromType } from "./agency";
import { Exact, exactCompare } from "./exact";
import {
  Framework,
  FrameworkLookup,
  frameworkLookup,
  oitItemsOf,
  recomputableSubIndicators,
  unsupportedYearProblem,
} from "./frameworks";
import { issueAt, problem, Validated, ValidationIssue } from "./issues";
import { parseFiscalYear, parseItemCode, parseOitResult, parseScore } from "./parse";
import { missingOitItems, oitIndicatorScores, printed } from "./score";
import { formatDecimal, toArabicDigits } from "./thai";

/** Where an indicator score came from. */
export type ScoreSource = "input" | "oit-items";

export interface YearScores {
  readonly fiscalYear: number;
  readonly framework: Framework;
  /** All ten indicators, by number. */
  readonly scores: ReadonlyMap<number, Exact>;
}

export interface Assessment extends YearScores {
  readonly agency?: string;
  /** The agency's kind as the input's `type` gives it, in the officer's words ("เทศบาลตำบล"). */
  readonly type?: string;
  /** อำเภอ (or เขต) and จังหวัด as given: "อำเภอโชคชัย", "จังหวัดนครราชสีมา" (see `placeLine`). */
  readonly district?: string;
  readonly province?: string;
  /**
   * The kind of agency the report is written for: the one `type` names, else the one the agency's name
   * shows; absent when neither tells (the report then uses the neutral kind).
   */
  readonly kindId?: AgencyKindId;
  readonly scoreSources: ReadonlyMap<number, ScoreSource>;
  /** IIT/EIT item scores by code (i28 → 80.1). */
  readonly perceptionItems: ReadonlyMap<string, Exact>;
  /** OIT item results by code (o11 → false). */
  readonly oitResults: ReadonlyMap<string, boolean>;
  readonly previous?: YearScores;
  /** Years before the previous one, oldest first: the trend table and line chart. */
  readonly history?: readonly YearScores[];
}

/** Top-level keys the format knows; others are ignored with a warning so typos are seen. */
const KNOWN_KEYS = new Set([
  "agency",
  "district",
  "province",
  "type",
  "fiscalYear",
  "scores",
  "previous",
  "items",
  "note",
  "history",
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/.test(key)
    ? `${parent}.${key}`
    : `${parent}[${JSON.stringify(key)}]`;
}

/** Reads and checks a fiscal year field; returns its framework. */
function readFramework(
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

interface ReadScores {
  /** The valid scores. */
  readonly scores: Map<number, Exact>;
  /** Every indicator that had a key, valid or not: a bad value is reported once, not also as missing. */
  readonly present: Set<number>;
}

/**
 * Reads a `scores` object: keys "1" to "10" (Thai digits accepted), values as `parseScore` accepts.
 * Missing indicators are not reported here; the caller knows which may come from OIT items.
 */
function readScores(
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

function reportMissing(
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

export interface ItemResults {
  perception: Map<string, Exact>;
  oit: Map<string, boolean>;
}

/** One item as given: its code and value, and where each came from (JSON path or sheet cell). */
export interface ItemEntry {
  readonly key: string;
  readonly value: unknown;
  readonly keyLocation: string;
  readonly valueLocation: string;
}

function readItems(
  value: unknown,
  path: string,
  framework: Framework,
  issues: ValidationIssue[]
): ItemResults {
  if (value === undefined) return { perception: new Map(), oit: new Map() };
  if (!isObject(value)) {
    issues.push(
      issueAt(
        path,
        problem(
          "not-an-object",
          'ต้องเป็นออบเจกต์ เช่น { "i28": 80.1 }',
          'must be an object such as { "i28": 80.1 }'
        )
      )
    );
    return { perception: new Map(), oit: new Map() };
  }
  return readItemEntries(
    Object.entries(value).map(([key, raw]) => ({
      key,
      value: raw,
      keyLocation: pathOf(path, key),
      valueLocation: pathOf(path, key),
    })),
    framework,
    issues
  );
}

/**
 * Reads item results (IIT/EIT scores, OIT pass/fail) for a year's framework, wherever they come from;
 * every problem is an issue at the code's or the value's location.
 */
export function readItemEntries(
  entries: readonly ItemEntry[],
  framework: Framework,
  issues: ValidationIssue[]
): ItemResults {
  const items: ItemResults = { perception: new Map(), oit: new Map() };
  const perceptionCodes = new Set(framework.perceptionItems?.groups.flatMap((group) => group.codes) ?? []);
  const oitCodes = new Set(oitItemsOf(framework).map((item) => item.code));
  const seen = new Map<string, string>();
  for (const { key, value: raw, keyLocation: at, valueLocation } of entries) {
    const code = parseItemCode(key);
    if (!code.ok) {
      issues.push(issueAt(at, code.problem));
      continue;
    }
    const earlier = seen.get(code.value);
    if (earlier !== undefined) {
      issues.push(
        issueAt(
          at,
          problem(
            "duplicate-item",
            `ข้อ ${code.value} ซ้ำกับ ${JSON.stringify(earlier)}`,
            `item ${code.value} is also given as ${JSON.stringify(earlier)}`
          )
        )
      );
      continue;
    }
    seen.set(code.value, key);
    const isOit = code.value.startsWith("o");
    const known = isOit ? oitCodes : perceptionCodes;
    if (known.size === 0) {
      issues.push(
        issueAt(
          at,
          problem(
            "unknown-item-list",
            `ยังไม่มีรายการข้อ ${isOit ? "OIT" : "IIT/EIT"} ของปีงบประมาณ ${framework.fiscalYear} โปรดกรอกคะแนนรายตัวชี้วัดแทน`,
            `the ${isOit ? "OIT" : "IIT/EIT"} item list of fiscal year ${framework.fiscalYear} is not known; enter indicator scores instead`
          )
        )
      );
      continue;
    }
    if (!known.has(code.value)) {
      issues.push(
        issueAt(
          at,
          problem(
            "unknown-item",
            `ไม่มีข้อ ${code.value} ในการประเมินปีงบประมาณ ${framework.fiscalYear}`,
            `there is no item ${code.value} in fiscal year ${framework.fiscalYear}`
          )
        )
      );
      continue;
    }
    if (isOit) {
      const result = parseOitResult(raw);
      if (result.ok) items.oit.set(code.value, result.value);
      else issues.push(issueAt(valueLocation, result.problem));
    } else {
      const score = parseScore(raw);
      if (score.ok) items.perception.set(code.value, score.value);
      else issues.push(issueAt(valueLocation, score.problem));
    }
  }
  return items;
}

/**
 * OIT indicators 9 and 10 from item results (ITA.md §3): filled in when the score is missing, checked
 * (a warning) when both are given and their printed values differ. Only indicators whose items are all
 * placed in sub-indicators are recomputed (ITA.md §7: the 2569 grouping is not published).
 */
export function reconcileOit(
  framework: Framework,
  scores: Map<number, Exact>,
  sources: Map<number, ScoreSource>,
  results: ReadonlyMap<string, boolean>,
  warnings: ValidationIssue[],
  locationOf: (indicator: number) => string = (indicator) => `$.scores.${indicator}`
): void {
  const subIndicators = framework.oit ? recomputableSubIndicators(framework.oit) : [];
  if (subIndicators.length === 0 || results.size === 0) return;
  const computed = oitIndicatorScores(subIndicators, results);
  for (const number of new Set(subIndicators.map((sub) => sub.indicator))) {
    const fromItems = computed.get(number);
    const given = scores.get(number);
    const at = locationOf(number);
    if (fromItems === undefined) {
      const missing = missingOitItems(subIndicators, results, number);
      const itemCount = subIndicators
        .filter((sub) => sub.indicator === number)
        .flatMap((sub) => sub.items).length;
      if (given !== undefined && missing.length < itemCount) {
        warnings.push(
          issueAt(
            at,
            problem(
              "oit-items-incomplete",
              `ผลข้อ OIT ของตัวชี้วัดที่ ${number} ไม่ครบ (ขาด ${missing.join(", ")}) จึงใช้คะแนนที่กรอกไว้โดยไม่ได้ตรวจทาน`,
              `the OIT items of indicator ${number} are incomplete (missing ${missing.join(", ")}); the score given is used unchecked`
            )
          )
        );
      }
      continue;
    }
    if (given === undefined) {
      scores.set(number, fromItems);
      sources.set(number, "oit-items");
    } else if (exactCompare(printed(given), printed(fromItems)) !== 0) {
      warnings.push(
        issueAt(
          at,
          problem(
            "oit-mismatch",
            `คะแนนตัวชี้วัดที่ ${number} ที่กรอก (${formatDecimal(given, 2)}) ไม่ตรงกับที่คำนวณจากผลข้อ OIT (${formatDecimal(fromItems, 2)}) ระบบใช้คะแนนที่กรอก`,
            `indicator ${number} is given as ${formatDecimal(given, 2)} but its OIT items give ${formatDecimal(fromItems, 2)}; the given score is used`
          )
        )
      );
    }
  }
}

/** An optional text field: trimmed, `undefined` when absent or blank, a problem at `path` when not text. */
function readText(
  value: unknown,
  path: string,
  what: string,
  whatEn: string,
  issues: ValidationIssue[]
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push(issueAt(path, problem("not-text", `${what}ต้องเป็นข้อความ`, `${whatEn} must be text`)));
    return undefined;
  }
  return value.replace(/\s+/g, " ").trim() || undefined;
}

/**
 * Checks an assessment in the JSON input format and returns it with all ten scores, or every problem
 * found, each with its JSON path (`$.scores.2`) and a Thai and English message.
 */
export function validateAssessment(
  input: unknown,
  frameworks: FrameworkLookup = frameworkLookup()
): Validated<Assessment> {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  if (!isObject(input)) {
    issues.push(
      issueAt("$", problem("not-an-object", "ข้อมูลต้องเป็นออบเจกต์ JSON", "the input must be a JSON object"))
    );
    return { ok: false, issues, warnings };
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) {
      warnings.push(
        issueAt(
          pathOf("$", key),
          problem(
            "unknown-key",
            `ไม่รู้จักคีย์ ${JSON.stringify(key)} จึงข้ามไป`,
            `unknown key ${JSON.stringify(key)} is ignored`
          )
        )
      );
    }
  }
  let agency: string | undefined;
  if (input.agency !== undefined) {
    if (typeof input.agency === "string") agency = input.agency.trim() || undefined;
    else
      issues.push(
        issueAt("$.agency", problem("not-text", "ชื่อหน่วยงานต้องเป็นข้อความ", "the agency name must be text"))
      );
  }

  const type = readText(input.type, "$.type", "ประเภทหน่วยงาน", "the agency type", issues);
  const district = readText(input.district, "$.district", "อำเภอ", "the district", issues);
  const province = readText(input.province, "$.province", "จังหวัด", "the province", issues);
  const typed = agencyKindFromType(type);
  if (type !== undefined && typed === undefined) {
    warnings.push(
      issueAt(
        "$.type",
        problem(
          "unknown-agency-type",
          `ไม่รู้จักประเภทหน่วยงาน ${JSON.stringify(type)} จึงเลือกถ้อยคำจากชื่อหน่วยงาน หรือใช้ถ้อยคำกลาง`,
          `the agency type ${JSON.stringify(type)} is not known: the wording follows the agency's name, or is neutral`
        )
      )
    );
  }
  const kindId = (typed ?? agencyKindFromName(agency))?.id;

  const framework = readFramework(input.fiscalYear, "$.fiscalYear", issues, frameworks);
  if (input.scores === undefined) {
    issues.push(
      issueAt(
        "$.scores",
        problem("missing", "ไม่มีคะแนนตัวชี้วัด (scores)", "the indicator scores (scores) are missing")
      )
    );
  }
  let current:
    { scores: Map<number, Exact>; sources: Map<number, ScoreSource>; items: ItemResults } | undefined;
  if (framework) {
    const read = readScores(input.scores, "$.scores", framework, issues);
    const sources = new Map<number, ScoreSource>([...read.scores.keys()].map((n) => [n, "input"]));
    const items = readItems(input.items, "$.items", framework, issues);
    reconcileOit(framework, read.scores, sources, items.oit, warnings);
    if (input.scores !== undefined) reportMissing(framework, read, "$.scores", issues);
    current = { scores: read.scores, sources, items };
  }

  let previous: YearScores | undefined;
  if (input.previous !== undefined) {
    const year = framework?.fiscalYear;
    previous = readEarlierYear(
      input.previous,
      "$.previous",
      year,
      year === undefined ? undefined : year - 1,
      issues,
      frameworks
    );
  }
  const history = readHistory(
    input.history,
    previous?.fiscalYear ?? framework?.fiscalYear,
    issues,
    frameworks
  );

  if (issues.length > 0 || !framework || !current) return { ok: false, issues, warnings };
  return {
    ok: true,
    warnings,
    value: {
      agency,
      type,
      district,
      province,
      kindId,
      fiscalYear: framework.fiscalYear,
      framework,
      scores: current.scores,
      scoreSources: current.sources,
      perceptionItems: current.items.perception,
      oitResults: current.items.oit,
      previous,
      history,
    },
  };
}

/**
 * Reads an earlier year ({ fiscalYear, scores }) at `path`; it must come before `laterYear`. Without a
 * fiscalYear it is taken as `defaultYear` (the previous year defaults to the year before).
 */
function readEarlierYear(
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
function readHistory(
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
