/**
 * Which kind of agency an assessment is for: from the input's `type` when it names one, else guessed from
 * the agency's name, else the neutral kind, whose wording suits any agency.
 */
import { AGENCY_KINDS, AgencyKind, AgencyKindId, agencyKindById, NEUTRAL_AGENCY_KIND } from "./kinds";

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A name ending "(องค์การมหาชน)" is a public organisation whatever its first words; the rest go in order. */
const DETECTION_ORDER: readonly AgencyKind[] = [
  ...AGENCY_KINDS.filter((kind) => kind.id === "public-organisation"),
  ...AGENCY_KINDS.filter((kind) => kind.id !== "public-organisation"),
];

/**
 * The kind an agency's name shows, or `undefined` when the name does not tell (the report then uses the
 * neutral kind).
 *
 * @example agencyKindFromName("องค์การบริหารส่วนตำบลหนองบัว")?.id // "sao"
 * @example agencyKindFromName("เทศบาลตำบลด่านเกวียน")?.id // "municipality"
 * @example agencyKindFromName("สำนักงานการตรวจเงินแผ่นดิน") // undefined: its head is not a เลขาธิการ
 */
export function agencyKindFromName(name: string | undefined): AgencyKind | undefined {
  if (name === undefined) return undefined;
  const text = collapse(name);
  if (text === "") return undefined;
  return DETECTION_ORDER.find((kind) => kind.namePatterns.some((pattern) => pattern.test(text)));
}

/**
 * The kind the input's `type` names: a kind's id ("sao"), its Thai or English name, a usual word for it
 * ("อบต.", "เทศบาลตำบล"), or a name that shows it; `undefined` when the text names no kind.
 *
 * @example agencyKindFromType("sao")?.id // "sao"
 * @example agencyKindFromType("องค์การบริหารส่วนตำบล")?.id // "sao"
 * @example agencyKindFromType("เทศบาลเมือง")?.id // "municipality"
 * @example agencyKindFromType("ส่วนราชการ") // undefined: too general to choose
 */
export function agencyKindFromType(type: string | undefined): AgencyKind | undefined {
  if (type === undefined) return undefined;
  const text = collapse(type).toLowerCase();
  if (text === "") return undefined;
  const named = AGENCY_KINDS.find(
    (kind) =>
      kind.id === text ||
      collapse(kind.nameTh) === text ||
      kind.nameEn.toLowerCase() === text ||
      kind.typeWords.some((word) => word.toLowerCase() === text)
  );
  return named ?? agencyKindFromName(text);
}

/**
 * The kind to write for: the one `kindId` names (a choice made in the pane), else the one `type` names,
 * else the one the agency's name shows, else the neutral kind. `kinds` are the kinds as the officer
 * edited them on the catalogue sheet; a kind they do not hold is the built-in one. An `Assessment` can be
 * passed as it is.
 *
 * @example agencyKindFor({ type: "อบต.", agency: "เทศบาลตำบลด่านเกวียน" }).id // "sao": the type wins
 * @example agencyKindFor({ agency: "เทศบาลตำบลด่านเกวียน" }).terms.executive // "นายกเทศมนตรี"
 * @example agencyKindFor({ agency: "สำนักงานการตรวจเงินแผ่นดิน" }).id // "neutral"
 */
export function agencyKindFor(
  input: { readonly kindId?: AgencyKindId; readonly type?: string; readonly agency?: string },
  kinds: readonly AgencyKind[] = []
): AgencyKind {
  const id: AgencyKindId =
    input.kindId ??
    agencyKindFromType(input.type)?.id ??
    agencyKindFromName(input.agency)?.id ??
    NEUTRAL_AGENCY_KIND.id;
  return kinds.find((kind) => kind.id === id) ?? agencyKindById(id);
}
