/**
 * Section ๖ of the analysis (review S1, S2, M3a, M8), in the three parts agencies publish: what must be
 * fixed urgently (below the pass mark, or a failed OIT item), what to develop (at the mark but the lowest
 * of its tool, or fallen), and how the results will be put into practice. Worst first throughout; every
 * failing indicator and every tie is named; "ควรรักษาไว้" only for an indicator at the mark that did not fall.
 */
import { exactCompare } from "../exact";
import { printedItemCode } from "../frameworks";
import { IndicatorResult } from "../result";
import { isPassing, printed } from "../score";
import { formatThaiDate, thaiList } from "../thai";
import { toolWeaknesses, ToolWeaknesses, WeakOitGroup } from "../weak-points";
import { ReportBlock, TableRow } from "./model";
import { PlannedGroup, issueCount, measureCount } from "./measures-plan";
import { direction, ReportContext, scoreValue, sectionNumber, toolName, two } from "./report-context";
import { reportEntryFor } from "./report-entries";

const byScoreThenNumber = (a: IndicatorResult, b: IndicatorResult) =>
  exactCompare(a.score, b.score) || a.indicator.number - b.indicator.number;

/** "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (84.47 คะแนน)". */
function indicatorText(row: IndicatorResult): string {
  return `ตัวชี้วัดที่ ${row.indicator.number} ${row.indicator.nameTh} (${two(row.score)} คะแนน)`;
}

/**
 * Indicators named together, ties said once: "ตัวชี้วัดที่ 4 … และตัวชี้วัดที่ 5 … (84.47 คะแนนเท่ากัน)"
 * (review S2).
 */
function indicatorList(rows: readonly IndicatorResult[]): string {
  const groups: IndicatorResult[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && exactCompare(printed(head.score), printed(row.score)) === 0) last.push(row);
    else groups.push([row]);
  }
  return thaiList(
    groups.map((group) => {
      const names = group.map((row) => `ตัวชี้วัดที่ ${row.indicator.number} ${row.indicator.nameTh}`);
      const first = group[0];
      if (!first) return "";
      return group.length === 1
        ? indicatorText(first)
        : `${thaiList(names)} (${two(first.score)} คะแนนเท่ากัน)`;
    })
  );
}

function oitGroupLabel(group: WeakOitGroup): string {
  if (group.subIndicator !== undefined) {
    return `ตัวชี้วัดย่อย ${group.subIndicator} ${group.nameTh}${group.score ? ` (${two(group.score)} คะแนน)` : ""}`;
  }
  return group.indicator === undefined
    ? "ข้อ OIT ที่ไม่ผ่าน"
    : `ตัวชี้วัดที่ ${group.indicator} ${group.nameTh}: ข้อที่ไม่ผ่าน`;
}

const ITEM_TABLE = {
  header: ["ข้อ", "ประเด็น", "คะแนน/ผล", "ข้อเสนอแนะ"],
  spans: [1, 1, 1, 3],
  align: ["center", "left", "center", "left"] as ("left" | "center" | "right")[],
};

/** The urgent rows of one tool: items below the mark lowest first, failed OIT items under their group. */
function urgentRows(
  ctx: ReportContext,
  weak: ToolWeaknesses,
  failing: readonly IndicatorResult[]
): TableRow[] {
  const rows: TableRow[] = [];
  if (weak.tool === "OIT") {
    for (const group of weak.oitGroups) {
      rows.push({ kind: "group", cells: [oitGroupLabel(group)] });
      for (const item of group.items) {
        const entry = reportEntryFor(ctx, item.code);
        rows.push({
          cells: [printedItemCode(ctx.framework, item.code), entry.title, "ไม่ผ่าน", entry.recommendation],
        });
      }
    }
  } else {
    const below = weak.items
      .filter((item) => item.score !== undefined && !isPassing(ctx.framework, item.score))
      .sort((a, b) => (a.score && b.score ? exactCompare(a.score, b.score) : 0));
    for (const item of below) {
      const entry = reportEntryFor(ctx, item.code);
      rows.push({
        cells: [
          printedItemCode(ctx.framework, item.code),
          entry.title,
          item.score ? scoreValue(item.score) : "",
          entry.recommendation,
        ],
      });
    }
  }
  // A failing indicator with no weak item behind it (no item data) is its own row.
  const named = new Set(
    weak.tool === "OIT"
      ? weak.oitGroups.map((group) => group.indicator)
      : weak.items
          .filter((item) => item.score && !isPassing(ctx.framework, item.score))
          .map((item) => item.indicator)
  );
  for (const row of failing.filter((candidate) => !named.has(candidate.indicator.number))) {
    const entry = reportEntryFor(ctx, `indicator-${row.indicator.number}`);
    rows.push({
      cells: [
        `ตัวชี้วัดที่ ${row.indicator.number}`,
        row.indicator.nameTh,
        scoreValue(row.score),
        entry.recommendation,
      ],
    });
  }
  return rows;
}

/** The section, numbered `section` (its parts ๖.๑–๖.๓), and the plan of the measures sheet it points to. */
export function weaknessSection(
  ctx: ReportContext,
  section: number,
  plan: readonly PlannedGroup[]
): ReportBlock[] {
  const { framework, result } = ctx;
  const n = sectionNumber(section, ctx.digits);
  const weaknesses = toolWeaknesses(result);
  const order = plan.map((group) => group.tool);
  const worstFirst = [...weaknesses].sort((a, b) => order.indexOf(a.tool) - order.indexOf(b.tool));
  const failing = [...result.indicators]
    .filter((row) => !isPassing(framework, row.score))
    .sort(byScoreThenNumber);
  const failingTools = framework.tools
    .filter((tool) => !isPassing(framework, result.current.tools[tool.id]))
    .sort((a, b) => exactCompare(result.current.tools[a.id], result.current.tools[b.id]));
  const failedItems = worstFirst.flatMap((weak) => weak.oitGroups.flatMap((group) => group.items));
  const blocks: ReportBlock[] = [];

  // ๖.๑ Urgent.
  blocks.push({ kind: "heading", text: `${n}1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน` });
  const urgentParts: string[] = [];
  if (failingTools.length > 0) {
    urgentParts.push(
      `เครื่องมือที่ยังไม่ผ่านเกณฑ์ ${framework.passMark} คะแนน ได้แก่ ` +
        thaiList(
          failingTools.map(
            (tool) => `${toolName(framework, tool.id)} (${two(result.current.tools[tool.id])} คะแนน)`
          )
        )
    );
  }
  if (failing.length > 0) urgentParts.push(`ตัวชี้วัดที่ต่ำกว่าเกณฑ์ เรียงจากคะแนนต่ำสุด ได้แก่ ${indicatorList(failing)}`);
  if (failedItems.length > 0) {
    urgentParts.push(
      `ข้อของแบบตรวจการเปิดเผยข้อมูลสาธารณะที่ไม่ผ่าน ${failedItems.length} ข้อ ได้แก่ ` +
        thaiList(failedItems.map((item) => printedItemCode(framework, item.code)))
    );
  }
  blocks.push({
    kind: "paragraph",
    text:
      urgentParts.length > 0
        ? `${urgentParts.join(" ")} ซึ่งต้องแก้ไขเป็นลำดับแรก โดยมีรายการและข้อเสนอแนะดังนี้`
        : `ผลการประเมินปีงบประมาณ พ.ศ. ${ctx.year} ไม่มีเครื่องมือหรือตัวชี้วัดใดต่ำกว่าเกณฑ์ ${framework.passMark} คะแนน ` +
          "และไม่มีข้อของแบบตรวจการเปิดเผยข้อมูลสาธารณะที่ไม่ผ่าน จึงไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน",
  });
  for (const weak of worstFirst) {
    const rows = urgentRows(
      ctx,
      weak,
      failing.filter((row) => row.indicator.tool === weak.tool)
    );
    if (rows.length === 0) continue;
    blocks.push(
      { kind: "heading", text: toolName(framework, weak.tool) },
      { kind: "table", ...ITEM_TABLE, repeatHeader: true, rows }
    );
  }

  // ๖.๒ To develop: at the mark, but the lowest of its tool (ties all named), or fallen since last year.
  blocks.push({ kind: "heading", text: `${n}2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น` });
  const develop: IndicatorResult[] = [];
  for (const tool of framework.tools) {
    const rows = result.indicators.filter((row) => row.indicator.tool === tool.id);
    if (rows.some((row) => !isPassing(framework, row.score))) continue;
    const lowest = [...rows].sort(byScoreThenNumber)[0];
    if (!lowest) continue;
    develop.push(...rows.filter((row) => exactCompare(printed(row.score), printed(lowest.score)) === 0));
  }
  const fallen = result.indicators.filter(
    (row) =>
      isPassing(framework, row.score) &&
      row.previous !== undefined &&
      direction(row.score, row.previous) < 0 &&
      !develop.includes(row)
  );
  const toDevelop = [...develop, ...fallen].sort(byScoreThenNumber);
  if (toDevelop.length === 0) {
    blocks.push({
      kind: "paragraph",
      text:
        "ตัวชี้วัดที่ผ่านเกณฑ์ทุกตัวชี้วัดไม่มีคะแนนลดลงจากปีก่อน และเครื่องมือที่มีตัวชี้วัดต่ำกว่าเกณฑ์ได้กล่าวไว้ในข้อ " +
        `${n}1 แล้ว จึงไม่มีประเด็นเพิ่มเติมที่ต้องพัฒนา`,
    });
  } else {
    blocks.push(
      {
        kind: "paragraph",
        text:
          `ตัวชี้วัดที่ผ่านเกณฑ์แล้วแต่ควรพัฒนาให้ดีขึ้น ได้แก่ ${indicatorList(toDevelop)} ` +
          "เนื่องจากเป็นตัวชี้วัดที่ได้คะแนนต่ำสุดของเครื่องมือ หรือมีคะแนนลดลงจากปีก่อน",
      },
      {
        kind: "table",
        ...ITEM_TABLE,
        repeatHeader: true,
        rows: toDevelop.map((row) => {
          const entry = reportEntryFor(ctx, `indicator-${row.indicator.number}`);
          return {
            cells: [
              `ตัวชี้วัดที่ ${row.indicator.number}`,
              row.indicator.nameTh,
              scoreValue(row.score),
              entry.recommendation,
            ],
          };
        }),
      }
    );
  }

  // ๖.๓ Putting the results into practice: what to keep, and the measures sheet.
  blocks.push({ kind: "heading", text: `${n}3 แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ` });
  const keep = result.indicators
    .filter(
      (row) =>
        isPassing(framework, row.score) &&
        (row.previous === undefined || direction(row.score, row.previous) >= 0)
    )
    .sort((a, b) => exactCompare(b.score, a.score) || a.indicator.number - b.indicator.number)
    .slice(0, 3);
  const nextYear = ctx.year + 1;
  const sixMonth = formatThaiDate({ day: 31, month: 3, buddhistYear: nextYear }, "arabic");
  const yearEnd = formatThaiDate({ day: 30, month: 9, buddhistYear: nextYear }, "arabic");
  blocks.push({
    kind: "paragraph",
    text:
      (keep.length > 0 ? `จุดแข็งที่ควรรักษามาตรฐานไว้ ได้แก่ ${indicatorList(keep)} ` : "") +
      `${ctx.voice.agency}นำประเด็นตามข้อ ${n}1 และ ${n}2 ไปกำหนดเป็นมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${nextYear} รวม ${issueCount(plan)} ประเด็น ${measureCount(plan)} มาตรการ ` +
      `เรียงตามเครื่องมือที่ได้คะแนนต่ำสุดก่อน (แผ่นงาน "มาตรการ ITA ${nextYear}") ` +
      `โดยมอบหมายส่วนงานที่รับผิดชอบดำเนินการ และให้${ctx.voice.leadingOffice}รวบรวมผลการดำเนินงาน` +
      `รอบ 6 เดือน (ข้อมูล ณ วันที่ ${sixMonth}) และผลประจำปี (ข้อมูล ณ วันที่ ${yearEnd}) ` +
      `เสนอ${ctx.voice.executive}เพื่อทราบและพิจารณาสั่งการ`,
  });
  return blocks;
}
