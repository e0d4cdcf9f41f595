/**
 * A catalogue's texts as they read for one kind of agency: every placeholder replaced by the kind's term.
 */
import { AgencyKind, applyAgencyTerms } from "../agency";
import { Catalogue, CatalogueEntry } from "./types";

/**
 * The entry with its title, recommendation, measures and responsible units written for `kind`.
 *
 * @example entryForKind(catalogueEntryFor(framework, "o34")!, agencyKindById("sao")).measures[0].action
 * // "จัดกิจกรรมให้นายกองค์การบริหารส่วนตำบลประกาศเจตจำนงสุจริต…"
 */
export function entryForKind(entry: CatalogueEntry, kind: AgencyKind): CatalogueEntry {
  const terms = (text: string) => applyAgencyTerms(text, kind);
  return {
    key: entry.key,
    title: terms(entry.title),
    recommendation: terms(entry.recommendation),
    measures: entry.measures.map((measure) => ({
      action: terms(measure.action),
      responsible: terms(measure.responsible),
      deadline: measure.deadline,
    })),
  };
}

/** The catalogue with every entry written for `kind` (see {@link entryForKind}). */
export function catalogueForKind(catalogue: Catalogue, kind: AgencyKind): Catalogue {
  return { ...catalogue, entries: catalogue.entries.map((entry) => entryForKind(entry, kind)) };
}
