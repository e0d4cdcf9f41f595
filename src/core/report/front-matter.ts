/**
 * What an agency's document has around its content (issue 12 points 6 and 10; review M6, N2, S11): the
 * cover, a foreword in the agency's voice for the officer to sign, a table of contents, the agency line
 * with its district and province, and the blocks where people sign — preparer, reviewer and approver on
 * the analysis, the announcement on the measures. Lines of dots are left for what only a person can write.
 */
import { ReportBlock } from "./model";
import { ReportContext, two } from "./report-context";

const NAME_LINE = "........................................................";
const DATE_LINE = "วันที่ .......... เดือน ................................ พ.ศ. ..............";

/** The agency, and under it its district and province when given: centred under a title. */
export function agencyLines(ctx: ReportContext): ReportBlock[] {
  return [
    { kind: "paragraph", text: ctx.voice.agency, align: "center" },
    ...(ctx.voice.place
      ? [{ kind: "paragraph" as const, text: ctx.voice.place, align: "center" as const }]
      : []),
  ];
}

/** The cover of the analysis: title, year, agency and place, who prepared it. */
export function cover(ctx: ReportContext, title: string): ReportBlock[] {
  return [
    { kind: "paragraph", text: title, align: "center", fontSize: 20 },
    { kind: "paragraph", text: `ประจำปีงบประมาณ พ.ศ. ${ctx.year}`, align: "center", fontSize: 20 },
    ...agencyLines(ctx).map((block) => ({ ...block, fontSize: 18 })),
    { kind: "paragraph", text: `จัดทำโดย ${ctx.voice.leadingOffice}`, align: "center" },
  ];
}

/** The foreword, in the agency's voice, signed by its leading office. */
export function foreword(ctx: ReportContext): ReportBlock[] {
  const { current } = ctx.result;
  return [
    { kind: "heading", text: "คำนำ", pageBreakBefore: true },
    {
      kind: "paragraph",
      text:
        `${ctx.voice.agency}ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
        `ประจำปีงบประมาณ พ.ศ. ${ctx.year} จากสำนักงาน ป.ป.ช. โดยได้คะแนนรวม ${two(current.total)} คะแนน ` +
        `อยู่ในระดับ ${current.rating.rating} เอกสารฉบับนี้วิเคราะห์ผลการประเมินดังกล่าวเพื่อระบุจุดแข็ง ` +
        `ข้อบกพร่อง และประเด็นที่ต้องพัฒนา พร้อมแนวทางการนำผลไปสู่การปฏิบัติผ่านมาตรการส่งเสริมคุณธรรม` +
        `และความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${ctx.year + 1}`,
    },
    {
      kind: "paragraph",
      text:
        `${ctx.voice.leadingOffice}หวังเป็นอย่างยิ่งว่าเอกสารฉบับนี้จะเป็นประโยชน์ต่อผู้บริหาร บุคลากร ` +
        "และผู้มีส่วนได้ส่วนเสียของหน่วยงาน ในการร่วมกันยกระดับคุณธรรมและความโปร่งใสในการดำเนินงานต่อไป",
    },
    {
      kind: "paragraph",
      text: `${ctx.voice.leadingOffice}\n${ctx.voice.agency}\nเดือน ................................ พ.ศ. ..............`,
      align: "center",
    },
  ];
}

/** One signature block: the signature line, the name in brackets, the position, and a date line. */
function signature(role: string, position: string): ReportBlock {
  return {
    kind: "paragraph",
    text: `(ลงชื่อ) ${NAME_LINE} ${role}\n(${NAME_LINE})\nตำแหน่ง ${position}\n${DATE_LINE}`,
    align: "center",
  };
}

/** Preparer, reviewer and approver at the end of the analysis (review M6), each to sign and date. */
export function approvalBlocks(ctx: ReportContext): ReportBlock[] {
  const { voice } = ctx;
  return [
    signature("ผู้จัดทำ", `หัวหน้า${voice.leadingOffice}`),
    ...(voice.permanentHead ? [signature("ผู้ตรวจสอบ", voice.permanentHead)] : []),
    signature("ผู้ให้ความเห็นชอบ", voice.executive),
  ];
}

/** The announcement that makes the measures an order of the executive (review M6). */
export function announcementBlock(ctx: ReportContext): ReportBlock[] {
  return [
    {
      kind: "paragraph",
      text: `จึงประกาศให้ทราบโดยทั่วกัน\nประกาศ ณ วันที่ .......... เดือน ................................ พ.ศ. ..............`,
      align: "center",
    },
    {
      kind: "paragraph",
      text: `(ลงชื่อ) ${NAME_LINE}\n(${NAME_LINE})\n${ctx.voice.executive}`,
      align: "center",
    },
  ];
}
