/**
 * The built-in catalogues and the lookup that picks the right one for an item code and a fiscal year.
 *
 * - "indicator-N" → the indicator catalogue (the fallback when no item scores exist).
 * - i1–i30 / e1–e15 → the IIT / EIT catalogues: the same questions in every year that has item lists.
 * - o-codes → the OIT list of the framework's year: 2564–2565 → oit-2564, 2566 → oit-2566, 2568 → oit-2568,
 *   2569 → oit-2569. For another year (a framework the officer edited, e.g. 2567 with an OIT list, or 2570
 *   copied from 2569) a code is matched only when its item name is the one the code has in a known list, so
 *   an o-code is never given the advice of a different document. An item without a name matches nothing.
 */
import { OIT_2564 } from "../frameworks/standard";
import { OIT_2566 } from "../frameworks/oit2566";
import { OIT_2568_ITEMS } from "../frameworks/oit2568";
import { OIT_2569_ITEMS } from "../frameworks/oit2569";
import { oitItemOf, oitItemsOf } from "../frameworks/oit-items";
import { Framework, OitItem } from "../frameworks/types";
import { EIT_CATALOGUE } from "./eit";
import { IIT_CATALOGUE } from "./iit";
import { INDICATOR_CATALOGUE } from "./indicators";
import { OIT_2564_CATALOGUE } from "./oit2564";
import { OIT_2566_CATALOGUE } from "./oit2566";
import { OIT_2568_CATALOGUE } from "./oit2568";
import { OIT_2569_CATALOGUE } from "./oit2569";
import { Catalogue, CatalogueEntry } from "./types";

export * from "./types";
export { catalogueForKind, entryForKind } from "./for-kind";
export {
  EIT_CATALOGUE,
  IIT_CATALOGUE,
  INDICATOR_CATALOGUE,
  OIT_2564_CATALOGUE,
  OIT_2566_CATALOGUE,
  OIT_2568_CATALOGUE,
  OIT_2569_CATALOGUE,
};

export const BUILT_IN_CATALOGUES: readonly Catalogue[] = [
  INDICATOR_CATALOGUE,
  IIT_CATALOGUE,
  EIT_CATALOGUE,
  OIT_2564_CATALOGUE,
  OIT_2566_CATALOGUE,
  OIT_2568_CATALOGUE,
  OIT_2569_CATALOGUE,
];

/** The catalogue key of an indicator: "indicator-5". */
export function indicatorKey(indicatorNumber: number): string {
  return `indicator-${indicatorNumber}`;
}

/** The OIT lists the catalogues were written for, with the fiscal years that use them. */
const OIT_SOURCES: readonly {
  readonly catalogueId: string;
  readonly fiscalYears: readonly number[];
  readonly items: readonly OitItem[];
}[] = [
  {
    catalogueId: OIT_2564_CATALOGUE.id,
    fiscalYears: [2564, 2565],
    items: OIT_2564.flatMap((sub) => sub.items),
  },
  { catalogueId: OIT_2566_CATALOGUE.id, fiscalYears: [2566], items: OIT_2566.flatMap((sub) => sub.items) },
  { catalogueId: OIT_2568_CATALOGUE.id, fiscalYears: [2568], items: OIT_2568_ITEMS },
  { catalogueId: OIT_2569_CATALOGUE.id, fiscalYears: [2569], items: OIT_2569_ITEMS },
];

const normalise = (name: string): string => name.replace(/\s+/g, " ").trim();

/** True when `items` holds `code` under `name`; a blank name says nothing about the document, so never. */
function holds(items: readonly OitItem[], code: string, name: string): boolean {
  const wanted = normalise(name);
  return wanted !== "" && items.some((item) => item.code === code && normalise(item.nameTh) === wanted);
}

function oitCatalogueId(framework: Framework, code: string): string | undefined {
  const byYear = OIT_SOURCES.find((source) => source.fiscalYears.includes(framework.fiscalYear));
  if (byYear) return byYear.catalogueId;
  const name = oitItemOf(framework, code)?.nameTh;
  if (name === undefined) return undefined;
  const candidates = OIT_SOURCES.filter((source) => holds(source.items, code, name));
  // Several lists may share a code and name (ข้อมูลผู้บริหาร is o2 in 2564, 2566 and 2569): take the list
  // the framework shares most items with, the one it was most likely copied from; the older on a tie.
  const items = oitItemsOf(framework);
  const shared = (source: (typeof OIT_SOURCES)[number]) =>
    items.filter((item) => holds(source.items, item.code, item.nameTh)).length;
  let best: { readonly id: string; readonly count: number } | undefined;
  for (const source of candidates) {
    const count = shared(source);
    if (best === undefined || count > best.count) best = { id: source.catalogueId, count };
  }
  return best?.id;
}

/**
 * The id of the catalogue that holds `key` for `framework`, or `undefined` when no catalogue applies (an
 * unknown code, or an OIT code of a year whose list the catalogues do not know).
 */
export function catalogueIdFor(framework: Framework, key: string): string | undefined {
  if (/^indicator-\d+$/.test(key)) return INDICATOR_CATALOGUE.id;
  if (/^i\d+$/.test(key)) return IIT_CATALOGUE.id;
  if (/^e\d+$/.test(key)) return EIT_CATALOGUE.id;
  if (/^o\d+$/.test(key)) return oitCatalogueId(framework, key);
  return undefined;
}

/**
 * The catalogue entry for an item code ("i28", "e11", "o11") or an indicator key ("indicator-5") in the
 * framework's year. `catalogues` defaults to the built-in ones; pass the catalogues read from an edited
 * catalogue sheet (same ids) to use the officer's wording instead.
 */
export function catalogueEntryFor(
  framework: Framework,
  key: string,
  catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES
): CatalogueEntry | undefined {
  const code = key.trim().toLowerCase();
  const id = catalogueIdFor(framework, code);
  if (id === undefined) return undefined;
  const catalogue = catalogues.find((candidate) => candidate.id === id);
  return catalogue?.entries.find((entry) => entry.key === code);
}
