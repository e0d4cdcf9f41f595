/**
 * One view of a year's OIT items, grouped or not (ITA.md §7: the 2569 grouping into sub-indicators is not
 * published). Every reader of items goes through here, so "which items exist" and "which indicators may be
 * recomputed from items" are decided once.
 */
import { Framework, OitItemList, OitSubIndicator } from "./types";

/** An OIT item with where it sits, as far as the framework knows. */
export interface PlacedOitItem {
  readonly code: string;
  readonly nameTh: string;
  /** 9 or 10, when known or placed by a working rule. */
  readonly indicator?: number;
  /** Absent when the item's sub-indicator is not known. */
  readonly subIndicator?: OitSubIndicator;
}

/** Every OIT item of the framework, grouped items first in list order, then the ungrouped ones. */
export function oitItemsOf(framework: Framework): PlacedOitItem[] {
  const oit = framework.oit;
  if (!oit) return [];
  return [
    ...oit.subIndicators.flatMap((sub) =>
      sub.items.map((item) => ({
        code: item.code,
        nameTh: item.nameTh,
        indicator: sub.indicator,
        subIndicator: sub,
      }))
    ),
    ...(oit.ungroupedItems ?? []).map((item) => ({
      code: item.code,
      nameTh: item.nameTh,
      ...(item.indicator === undefined ? {} : { indicator: item.indicator }),
    })),
  ];
}

/** The OIT item of a code, or `undefined`. */
export function oitItemOf(framework: Framework, code: string): PlacedOitItem | undefined {
  return oitItemsOf(framework).find((item) => item.code === code);
}

/**
 * The sub-indicators whose indicator may be recomputed from item results: those of indicators with no
 * ungrouped item. An ungrouped item whose indicator is unknown could belong to either, so it blocks both.
 */
export function recomputableSubIndicators(oit: OitItemList): OitSubIndicator[] {
  const ungrouped = oit.ungroupedItems ?? [];
  if (ungrouped.some((item) => item.indicator === undefined)) return [];
  const blocked = new Set(ungrouped.map((item) => item.indicator));
  return oit.subIndicators.filter((sub) => !blocked.has(sub.indicator));
}

/**
 * An item code as the NACC prints it in the framework's year: i28, e11, o42 (to 2566), O25 (from 2568).
 *
 * @example printedItemCode(frameworkFor(2569)!, "o25") // "O25"
 */
export function printedItemCode(framework: Framework, code: string): string {
  return framework.oit?.codeLetter === "O" && /^o\d+$/.test(code) ? `O${code.slice(1)}` : code;
}

/** True when the OIT items are listed but some are not placed in a sub-indicator. */
export function oitGroupingIncomplete(framework: Framework): boolean {
  return (framework.oit?.ungroupedItems?.length ?? 0) > 0;
}
