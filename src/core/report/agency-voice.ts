/**
 * The agency's voice in its report: who signs, which office prepares, where it is, and how the catalogue's
 * agency-kind placeholders read for it. Neutral wording ("หน่วยงาน", "ผู้บริหาร") when the kind is unknown.
 */
import { Assessment } from "../assessment";
import { AgencyVoice } from "./report-context";

/** The voice of an assessment's agency. */
export function voiceFor(assessment: Assessment): AgencyVoice {
  return {
    agency: assessment.agency ?? "หน่วยงาน",
    place: "",
    executive: "ผู้บริหารหน่วยงาน",
    permanentHead: "",
    leadingOffice: "ส่วนงานที่รับผิดชอบงานบริหารทั่วไป",
    terms: (text) => text,
  };
}
