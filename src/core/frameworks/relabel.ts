/**
 * A framework copied to another fiscal year (ITA.md §7: the NACC reworks the ITA for 2570; officers must be
 * able to go on the day the new year starts). The copy keeps every rule and list of its source, is marked
 * as based on it, and every part becomes a working rule until an officer confirms it in the framework sheet.
 * National figures belong to the year they were announced for, so they are not copied.
 */
import { Framework } from "./types";

/**
 * `base` relabelled as `fiscalYear`, every part unconfirmed.
 *
 * @example relabelFramework(frameworkFor(2569)!, 2570).basedOn // 2569
 */
export function relabelFramework(base: Framework, fiscalYear: number): Framework {
  const { national: _national, ...rest } = base;
  return {
    ...rest,
    fiscalYear,
    basedOn: base.basedOn ?? base.fiscalYear,
    rating: { ...base.rating, evidence: "working-rule" },
    ...(base.perceptionItems
      ? { perceptionItems: { ...base.perceptionItems, evidence: "working-rule" as const } }
      : {}),
    ...(base.oit ? { oit: { ...base.oit, evidence: "working-rule" as const } } : {}),
    ...(base.documentItems
      ? { documentItems: { ...base.documentItems, evidence: "working-rule" as const } }
      : {}),
  };
}
