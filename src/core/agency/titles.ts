/**
 * The lines an agency's document signs with: the executive's full title and the agency's place.
 */
import { AgencyKind } from "./kinds";

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * The executive's full title for an agency of this kind: formed from the agency's name where the kind's
 * titles follow the name and the name is written in full, else the kind's executive term.
 *
 * @example executiveTitleFor(agencyKindById("municipality"), "เทศบาลตำบลด่านเกวียน") // "นายกเทศมนตรีตำบลด่านเกวียน"
 * @example executiveTitleFor(agencyKindById("sao"), "องค์การบริหารส่วนตำบลหนองบัว") // "นายกองค์การบริหารส่วนตำบลหนองบัว"
 * @example executiveTitleFor(agencyKindById("province"), "จังหวัดนครราชสีมา") // "ผู้ว่าราชการจังหวัดนครราชสีมา"
 * @example executiveTitleFor(agencyKindById("sao"), "อบต.หนองบัว") // "นายกองค์การบริหารส่วนตำบล": an abbreviation is not expanded
 */
export function executiveTitleFor(kind: AgencyKind, agency: string | undefined): string {
  const name = collapse(agency ?? "");
  const naming = kind.executiveFromName;
  const shows = kind.namePatterns.some((pattern) => pattern.test(name));
  if (naming === undefined || !shows || !name.startsWith(naming.namePrefix)) return kind.terms.executive;
  return naming.titlePrefix + name.slice(naming.namePrefix.length);
}

/** "โชคชัย" → "อำเภอโชคชัย"; a district of Bangkok is a เขต, and a name that has its word is kept. */
function withWord(name: string, word: string, others: readonly string[] = []): string {
  if (name === "" || [word, ...others].some((prefix) => name.startsWith(prefix))) return name;
  return word + name;
}

/**
 * The agency's place as the line under its name: "อำเภอโชคชัย จังหวัดนครราชสีมา". The words อำเภอ and
 * จังหวัด are added when missing; Bangkok is not a จังหวัด and its districts are เขต; "" when neither is given.
 *
 * @example placeLine({ district: "อำเภอโชคชัย", province: "จังหวัดนครราชสีมา" }) // "อำเภอโชคชัย จังหวัดนครราชสีมา"
 * @example placeLine({ district: "โชคชัย", province: "นครราชสีมา" }) // "อำเภอโชคชัย จังหวัดนครราชสีมา"
 * @example placeLine({ district: "เขตพระนคร", province: "กรุงเทพมหานคร" }) // "เขตพระนคร กรุงเทพมหานคร"
 */
export function placeLine(place: { readonly district?: string; readonly province?: string }): string {
  const province = collapse(place.province ?? "");
  const bangkok = /^(?:กรุงเทพมหานคร|กรุงเทพฯ|กทม\.?)$/.test(province);
  const district = withWord(collapse(place.district ?? ""), bangkok ? "เขต" : "อำเภอ", [
    "อำเภอ",
    "เขต",
    "กิ่งอำเภอ",
  ]);
  const provinceLine = bangkok ? "กรุงเทพมหานคร" : withWord(province, "จังหวัด");
  return [district, provinceLine].filter((part) => part !== "").join(" ");
}
