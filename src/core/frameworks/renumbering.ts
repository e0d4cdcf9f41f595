/**
 * OIT items renumbered from one year's list to the next (ITA.md §3 and §7: the list was renumbered in
 * 2566, again in 2568 and in 2569). The measures of year N+1 are read against N+1's list, so an item of
 * N's result is named with the code it has there (review S6: o11 of 2565 is O12 in 2566).
 *
 * 2564–2565 → 2566 is written out from the two lists [working rule, like the 2566 grouping]; for other
 * pairs an item keeps its place only when the next list has an item of the same title.
 */
import { oitItemOf, oitItemsOf } from "./oit-items";
import { Framework } from "./types";

/** 2564–2565 code → 2566 code; items the 2566 list dropped are absent. */
const FROM_2564_TO_2566: Readonly<Record<string, string>> = {
  o1: "o1",
  o2: "o2",
  o3: "o3",
  o4: "o4",
  o5: "o5",
  o6: "o6",
  o7: "o7",
  o8: "o8",
  o9: "o9",
  // The operations plan and its reports absorbed the budget plan and its reports.
  o10: "o11",
  o11: "o12",
  o12: "o13",
  o18: "o11",
  o19: "o12",
  o20: "o13",
  o13: "o14",
  o14: "o15",
  o15: "o16",
  o16: "o17",
  o17: "o18",
  o21: "o19",
  o22: "o20",
  o23: "o21",
  o24: "o22",
  o25: "o23",
  o26: "o24",
  o27: "o25",
  o28: "o26",
  o29: "o27",
  o30: "o28",
  o31: "o29",
  o33: "o30",
  o36: "o34",
  o37: "o35",
  o39: "o36",
  o40: "o37",
  o41: "o38",
  o42: "o42",
  o43: "o43",
};

const normalise = (name: string): string => name.replace(/\s+/g, " ").trim();

/**
 * The code `code` of `from`'s list has in `to`'s list, or `undefined` when the item has no known place
 * there (dropped, untitled, or a list the product does not know).
 *
 * @example successorCode(frameworkFor(2565)!, frameworkFor(2566)!, "o11") // "o12"
 */
export function successorCode(from: Framework, to: Framework, code: string): string | undefined {
  if (!to.oit || !from.oit) return undefined;
  if ((from.fiscalYear === 2564 || from.fiscalYear === 2565) && to.fiscalYear === 2566 && !to.basedOn) {
    return FROM_2564_TO_2566[code];
  }
  const name = normalise(oitItemOf(from, code)?.nameTh ?? "");
  if (name === "") return undefined;
  return oitItemsOf(to).find((item) => normalise(item.nameTh) === name)?.code;
}
