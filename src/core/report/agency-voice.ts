/**
 * The agency's voice in its report (issue 12 point 9): who signs, which office prepares, where it is, and
 * how the catalogue's agency-kind placeholders read for it. The kind is the one chosen (the pane, the
 * input's `type`), else guessed from the agency's name, else neutral ("หน่วยงาน", "ผู้บริหารสูงสุด").
 */
import {
  AgencyKind,
  agencyKindFor,
  AgencyKindId,
  applyAgencyTerms,
  executiveTitleFor,
  placeLine,
} from "../agency";
import { AgencyVoice } from "./report-context";

/** What the caller knows of the agency beyond the assessment (the pane's fields). */
export interface AgencyDetails {
  readonly agency?: string;
  readonly type?: string;
  /** The kind chosen in the input (`kindId`), tried before `type` and the name. */
  readonly kindId?: AgencyKindId;
  readonly kind?: AgencyKind;
  readonly district?: string;
  readonly province?: string;
}

/**
 * The voice of an agency.
 *
 * @example voiceFor({ agency: "เทศบาลตำบลด่านเกวียน" }).executive // "นายกเทศมนตรีตำบลด่านเกวียน"
 */
export function voiceFor(details: AgencyDetails): AgencyVoice {
  const kind =
    details.kind ?? agencyKindFor({ kindId: details.kindId, type: details.type, agency: details.agency });
  const agency = details.agency?.trim() || "หน่วยงาน";
  return {
    agency,
    place: placeLine({ district: details.district, province: details.province }),
    executive: executiveTitleFor(kind, details.agency),
    permanentHead: kind.permanentHead ?? "",
    leadingOffice: kind.terms.leadOffice,
    terms: (text) => applyAgencyTerms(text, kind),
  };
}
