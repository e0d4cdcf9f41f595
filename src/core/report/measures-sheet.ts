/**
 * The measures sheet for fiscal year N+1 (ITA.md §4, review M6–M8, S4–S6, N4): the announcement's
 * preamble, the plan as a numbered table (groups ๑., ๒. … worst tool first; measures ๑.๑, ๑.๒ … so next
 * year's implementation report can cite them; a short issue cell that spans its measures), a summary by
 * tool, who follows up, and the executive's signature.
 */
import { thaiList } from "../thai";
import { Digits } from "./layout";
import { ReportBlock, ReportSheet, TableRow } from "./model";
import { deadlineText } from "./deadlines";
import { agencyLines, announcementBlock } from "./front-matter";
import { issueCount, measureCount, PlannedGroup, PlannedIssue, PlannedItem } from "./measures-plan";
import { ReportContext, sectionNumber, toolOf, two } from "./report-context";
import { servesItemLine } from "./served-item-line";

/** Issue, steps, responsible unit, reporting and deadline (characters). */
const MEASURES_COLUMNS = [26, 42, 15, 23];

/** "1.2", in the report's digits. */
function measureNumber(group: number, measure: number, digits: Digits): string {
  return `${sectionNumber(group, digits)}${sectionNumber(measure, digits).replace(/\.$/, "")}`;
}

/** "ข้อ o11 (ไม่ผ่าน; ปี 2566 คือข้อ O12)": the code and result; the item's title is in section ๖. */
function itemLine(item: PlannedItem, nextYear: number): string {
  const result = item.score === undefined ? "ไม่ผ่าน" : `${two(item.score)} คะแนน`;
  const next = item.nextCode ? `; ปี ${nextYear} คือข้อ ${item.nextCode}` : "";
  return `ข้อ ${item.printedCode} (${result}${next})`;
}

/**
 * The short issue cell (review S5): the subject and its score, then the items it names by code. It spans
 * its measures' rows in a narrow column, so it stays a few lines: long enough it would be cut where the
 * page breaks inside the merge.
 */
function issueText(issue: PlannedIssue, nextYear: number): string {
  const head = `${issue.subject}${issue.score ? ` (${two(issue.score)} คะแนน)` : ""}`;
  const items = issue.items.map((item) => itemLine(item, nextYear));
  const others = issue.otherItems > 0 ? [`และข้ออื่นอีก ${issue.otherItems} ข้อตามผลการวิเคราะห์`] : [];
  return [head, ...items, ...others].join("\n");
}

/** The plan's table rows: a group row per tool, then each measure, its issue cell spanning its measures. */
function planRows(ctx: ReportContext, plan: readonly PlannedGroup[]): TableRow[] {
  const nextYear = ctx.year + 1;
  const rows: TableRow[] = [];
  plan.forEach((group, g) => {
    rows.push({
      kind: "group",
      cells: [
        `${sectionNumber(g + 1, ctx.digits)} ด้าน ${group.tool} ${toolOf(ctx.framework, group.tool).nameTh} ` +
          `(${two(group.toolScore)} คะแนน)`,
      ],
    });
    let number = 0;
    for (const issue of group.issues) {
      issue.measures.forEach((measure, m) => {
        number += 1;
        rows.push({
          cells: [
            m === 0 ? issueText(issue, nextYear) : null,
            `${measureNumber(g + 1, number, ctx.digits)} ${measure.action}`,
            measure.responsible,
            deadlineText(measure.deadline, nextYear),
          ],
        });
      });
    }
  });
  return rows;
}

/** Issues, measures and the units responsible, per tool (review N4). */
function summaryTable(plan: readonly PlannedGroup[]): ReportBlock {
  return {
    kind: "table",
    header: ["ด้าน", "จำนวนประเด็น", "จำนวนมาตรการ", "ผู้รับผิดชอบหลัก"],
    spans: [1, 1, 1, 1],
    align: ["left", "center", "center", "left"],
    rows: [
      ...plan.map((group): TableRow => ({
        cells: [
          group.tool,
          { number: group.issues.length, style: "integer" },
          { number: group.issues.reduce((n, issue) => n + issue.measures.length, 0), style: "integer" },
          thaiList([...new Set(group.issues.flatMap((issue) => issue.measures.map((m) => m.responsible)))]),
        ],
      })),
      {
        kind: "total",
        cells: [
          "รวม",
          { number: issueCount(plan), style: "integer" },
          { number: measureCount(plan), style: "integer" },
          "",
        ],
      },
    ],
  };
}

/** The measures sheet of year N+1 from the plan. */
export function measuresSheet(ctx: ReportContext, plan: readonly PlannedGroup[]): ReportSheet {
  const nextYear = ctx.year + 1;
  const title = `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${nextYear}`;
  const blocks: ReportBlock[] = [
    { kind: "title", text: `ประกาศ${ctx.voice.agency}\nเรื่อง ${title}` },
    ...agencyLines(ctx).slice(1),
    ...servesItemLine(ctx),
    {
      kind: "paragraph",
      text:
        `จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ ` +
        `พ.ศ. ${ctx.year} ${ctx.voice.agency}จึงกำหนด${title} เพื่อแก้ไขข้อบกพร่องและพัฒนาการดำเนินงานให้ดียิ่งขึ้น ` +
        `โดยให้ส่วนงานที่รับผิดชอบดำเนินการและรายงานผลต่อ${ctx.voice.executive}ตามกำหนดเวลา ดังนี้`,
    },
    {
      kind: "table",
      header: ["ประเด็นที่ต้องแก้ไขหรือพัฒนา", "มาตรการหรือขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ", "การรายงานผลและกำหนดเวลา"],
      spans: [1, 1, 1, 1],
      align: ["left", "left", "left", "left"],
      repeatHeader: true,
      rows: planRows(ctx, plan),
    },
    { kind: "heading", text: "สรุปมาตรการจำแนกตามเครื่องมือ" },
    summaryTable(plan),
    {
      kind: "paragraph",
      text:
        `ให้${ctx.voice.leadingOffice}เป็นผู้รวบรวมผลการดำเนินงานตามมาตรการจากส่วนงานที่รับผิดชอบ ` +
        `จัดทำรายงานผลการดำเนินการตามมาตรการรอบ 6 เดือนและรอบปี เสนอ${ctx.voice.executive} ` +
        `และเผยแพร่บนเว็บไซต์ของหน่วยงานตามกำหนดเวลาข้างต้น`,
    },
    ...announcementBlock(ctx),
  ];
  return {
    id: `measures-${nextYear}`,
    name: `มาตรการ ITA ${nextYear}`,
    columnWidths: MEASURES_COLUMNS,
    headerCenter: `${ctx.voice.agency} – ${title}`,
    blocks,
  };
}
