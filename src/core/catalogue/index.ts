/**
 * The built-in catalogues and the lookup that picks the right one for an item code and a fiscal year.
 *
 * - "indicator-N" → the indicator catalogue (the fallback when no item scores exist).
 * - i1–i30 / e1–e15 → the IIT / EIT catalogues: the same questions in every year that has item lists.
 * - o-codes → the OIT list of the framework's year: 2564–2565 → oit-2564, 2566 → oit-2566. For another year
 *   (a framework the officer edited, e.g. 2567 with an OIT list) a code is matched only when its item name is
 *   the one the code has in a known list, so an o-code is never given the advice of a different document.
 */
import { OIT_2564 } from "../frameworks/standard";
import { OIT_2566 } from "../frameworks/oit2566";
import { Framework, OitSubIndicator } from "../frameworks/types";
import { EIT_CATALOGUE } from "./eit";
import { IIT_CATALOGUE } from "./iit";
import { INDICATOR_CATALOGUE } from "./indicators";
import { OIT_2564_CATALOGUE } from "./oit2564";
import { OIT_2566_CATALOGUE } from "./oit2566";
import { Catalogue, CatalogueEntry } from "./types";

export * from "./types";
export { EIT_CATALOGUE, IIT_CATALOGUE, INDICATOR_CATALOGUE, OIT_2564_CATALOGUE, OIT_2566_CATALOGUE };

export const BUILT_IN_CATALOGUES: readonly Catalogue[] = [
  INDICATOR_CATALOGUE,
  IIT_CATALOGUE,
  EIT_CATALOGUE,
  OIT_2564_CATALOGUE,
  OIT_2566_CATALOGUE,
];

/** The catalogue key of an indicator: "indicator-5". */
export function indicatorKey(indicatorNumber: number): string {
  return `indicator-${indicatorNumber}`;
}

/** The OIT lists the catalogues were written for, with the fiscal years that use them. */
const OIT_SOURCES: readonly {
  readonly catalogueId: string;
  readonly fiscalYears: readonly number[];
  readonly subIndicators: readonly OitSubIndicator[];
}[] = [
  { catalogueId: OIT_2564_CATALOGUE.id, fiscalYears: [2564, 2565], subIndicators: OIT_2564 },
  { catalogueId: OIT_2566_CATALOGUE.id, fiscalYears: [2566], subIndicators: OIT_2566 },
];

function oitItemName(subIndicators: readonly OitSubIndicator[], code: string): string | undefined {
  for (const sub of subIndicators) {
    const item = sub.items.find((candidate) => candidate.code === code);
    if (item) return item.nameTh;
  }
  return undefined;
}

const normalise = (name: string): string => name.replace(/\s+/g, " ").trim();

function oitCatalogueId(framework: Framework, code: string): string | undefined {
  const byYear = OIT_SOURCES.find((source) => source.fiscalYears.includes(framework.fiscalYear));
  if (byYear) return byYear.catalogueId;
  const name = framework.oit ? oitItemName(framework.oit.subIndicators, code) : undefined;
  if (name === undefined) return undefined;
  const match = OIT_SOURCES.find((source) => {
    const known = oitItemName(source.subIndicators, code);
    return known !== undefined && normalise(known) === normalise(name);
  });
  return match?.catalogueId;
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
