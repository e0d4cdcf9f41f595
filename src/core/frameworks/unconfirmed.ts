/**
 * Which parts of a year's framework are not confirmed (ITA.md: facts are verified or working rules), in
 * the words the pane, the framework sheet and the CLI use to say it once, with how to correct them.
 */
import { Framework } from "./types";
import { oitGroupingIncomplete } from "./oit-items";

export interface UnconfirmedPart {
  readonly th: string;
  readonly en: string;
}

/**
 * The unconfirmed parts of `framework`, in framework order; empty when all of it is verified. A framework
 * copied from another year is unconfirmed as a whole, so it is named as one part.
 *
 * @example unconfirmedParts(frameworkFor(2565)!) // []
 */
export function unconfirmedParts(framework: Framework): UnconfirmedPart[] {
  if (framework.basedOn !== undefined) {
    return [
      {
        th: `กรอบทั้งปี (คัดลอกจากปี ${framework.basedOn})`,
        en: `the whole framework (copied from ${framework.basedOn})`,
      },
    ];
  }
  const parts: UnconfirmedPart[] = [];
  if (framework.rating.evidence === "working-rule") {
    parts.push({ th: "เกณฑ์ระดับผลการประเมิน", en: "the rating rule" });
  }
  if (framework.perceptionItems?.evidence === "working-rule") {
    parts.push({ th: "รายการข้อ IIT/EIT", en: "the IIT/EIT item list" });
  }
  if (framework.oit?.evidence === "working-rule") {
    parts.push({ th: "รายการข้อ OIT", en: "the OIT item list" });
  }
  if (oitGroupingIncomplete(framework)) {
    parts.push({
      th: "การจัดข้อ OIT เป็นตัวชี้วัดย่อย (ยังไม่ทราบ จึงกรอกคะแนนตัวชี้วัดที่ 9 และ 10 เอง)",
      en: "the grouping of OIT items into sub-indicators (not known, so indicators 9 and 10 are entered as scores)",
    });
  }
  if (!framework.oit) {
    parts.push({ th: "รายการข้อ OIT (ยังไม่มี)", en: "the OIT item list (none yet)" });
  }
  if (framework.documentItems?.evidence === "working-rule") {
    parts.push({
      th: "รหัสข้อ OIT ของเอกสารวิเคราะห์และมาตรการ",
      en: "the OIT item codes of the analysis and measures documents",
    });
  }
  return parts;
}
