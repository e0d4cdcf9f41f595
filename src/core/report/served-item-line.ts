/**
 * The line under a document's title that says which OIT item of the next assessment it is evidence for
 * (issue 11: o42 up to 2566, O25 in 2569), read from the next year's data; nothing where that is unknown.
 */
import { itemServedBy } from "../frameworks";
import { ReportBlock } from "./model";
import { ReportContext } from "./report-context";

export function servesItemLine(ctx: ReportContext): ReportBlock[] {
  const served = itemServedBy("analysisAndMeasures", ctx.nextFramework);
  if (!served) return [];
  return [
    {
      kind: "paragraph",
      align: "center",
      text:
        `เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${served.fiscalYear} ` +
        `ข้อ ${served.code}${served.title ? ` ${served.title}` : ""}`,
    },
  ];
}
