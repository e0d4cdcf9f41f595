/**
 * Item results (IIT/EIT item scores, OIT pass or fail) read for a year's framework, wherever they were
 * typed: the JSON input's `items`, the input sheet's item block, a sheet the add-in found. Each entry
 * carries its own locations, so a problem is reported at the code's or the value's cell or JSON path.
 */
import { Exact } from "./exact";
import { Framework, oitItemsOf } from "./frameworks";
import { issueAt, problem, ValidationIssue } from "./issues";
import { parseItemCode, parseOitResult, parseScore } from "./parse";

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
