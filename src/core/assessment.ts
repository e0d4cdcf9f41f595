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
import { Exact } from "./exact";
import { Framework, FrameworkLookup, frameworkLookup } from "./frameworks";
import { issueAt, problem, Validated, ValidationIssue } from "./issues";
import { ItemResults, readItemEntries } from "./item-results";
import { isObject, pathOf } from "./json-path";
import { reconcileOit, ScoreSource } from "./reconcile-oit";
import {
  readEarlierYear,
  readFramework,
  readHistory,
  readScores,
  reportMissing,
  YearScores,
} from "./year-scores";

export type { ItemEntry, ItemResults } from "./item-results";
export { readItemEntries } from "./item-results";
export type { ScoreSource } from "./reconcile-oit";
export { reconcileOit } from "./reconcile-oit";
export type { YearScores } from "./year-scores";

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
