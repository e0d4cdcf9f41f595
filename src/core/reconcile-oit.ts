/**
 * OIT indicator scores checked against, or filled in from, the OIT item results: a score may come from
 * the input or from the items, and the assessment keeps which.
 */
import { Exact, exactCompare } from "./exact";
import { Framework, recomputableSubIndicators } from "./frameworks";
import { issueAt, problem, ValidationIssue } from "./issues";
import { missingOitItems, oitIndicatorScores, printed } from "./score";
import { formatDecimal } from "./thai";

/** Where an indicator score came from. */
export type ScoreSource = "input" | "oit-items";

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
