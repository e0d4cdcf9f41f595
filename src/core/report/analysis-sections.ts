/**
 * Sections ๑–๕ of the analysis (ITA.md §4): why the agency analyses its result, the framework and rating
 * table of the year, the result with the rating sentence that follows it, the chart, the trend and the
 * analysis per tool. The wording follows the result (review M3): a sentence can never read as its opposite.
 */
import { exactCompare, exactFromNumber, exactInteger, exactSubtract, roundHalfUpToNumber } from "../exact";
import { RatingRow, RatingRule, ToolId } from "../frameworks";
import { isPassing, printed, ScoredYear } from "../score";
import { formatThaiDate, thaiList } from "../thai";
import { ReportBlock, TableRow } from "./model";
import {
  changeValue,
  direction,
  movement,
  ReportContext,
  scoreValue,
  sectionNumber,
  toolName,
  toolOf,
  two,
} from "./report-context";

/** Section ๑: why the agency analyses its result (fixed text, in the add-in's own words). */
export function principles(ctx: ReportContext): ReportBlock[] {
  return [
    {
      kind: "paragraph",
      text:
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) จัดให้มีการประเมินคุณธรรมและความโปร่งใส" +
        "ในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) เป็นประจำทุกปี เพื่อให้หน่วยงานภาครัฐ" +
        "ทราบสถานะด้านคุณธรรมและความโปร่งใสของตนเอง และนำผลไปปรับปรุงการบริหารงานและการให้บริการประชาชน " +
        "ทั้งนี้ การประเมินมุ่งให้หน่วยงานใช้ผลเป็นข้อมูลในการพัฒนาตนเอง มากกว่ามุ่งตรวจหาความผิด",
    },
    {
      kind: "paragraph",
      text:
        `${ctx.voice.agency}ได้นำผลการประเมินประจำปีงบประมาณ พ.ศ. ${ctx.year} มาวิเคราะห์เพื่อระบุจุดแข็งที่ควรรักษาไว้ ` +
        `และข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข แล้วนำไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
        `ประจำปีงบประมาณ พ.ศ. ${ctx.year + 1}`,
    },
  ];
}

const THAI_ORDINAL_PARENS = (n: number) => `(${n})`;

/** The IIT, EIT and OIT named as Thai lists them: "IIT EIT และ OIT". */
function toolIdList(ctx: ReportContext): string {
  return thaiList(ctx.framework.tools.map((tool) => tool.id));
}

/**
 * The condition of each rating row, written so that no two rows overlap when read as a table (review
 * M3d): ผ่านดี is "every tool at 85 but not ผ่านดีเยี่ยม", ผ่าน is "a total of 85 but some tool below 85".
 */
function ratingConditions(ctx: ReportContext, rule: RatingRule): TableRow[] {
  const rows = rule.rows;
  const tools = toolIdList(ctx);
  return rows.map((row, i): TableRow => {
    const above = rows[i - 1];
    if (rule.kind === "letters") {
      const ceiling = above
        ? two(exactSubtract(exactFromNumber(above.minTotal), exactFromNumber(0.01)))
        : "100.00";
      return { cells: [row.rating, `${two(exactFromNumber(row.minTotal))} – ${ceiling}`] };
    }
    const sameTotalAbove = rows
      .slice(0, i)
      .filter((other) => other.minTotal === row.minTotal && other.minEveryTool);
    const betterWithTools = rows.slice(0, i).filter((other) => other.minEveryTool !== undefined);
    let condition: string;
    if (row.minEveryTool !== undefined) {
      condition = `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน และคะแนน ${tools} ทุกเครื่องมือตั้งแต่ ${row.minEveryTool} คะแนน`;
      const better = betterWithTools[betterWithTools.length - 1];
      if (better) condition += ` แต่ไม่ถึงเกณฑ์ระดับ${better.rating}`;
    } else if (sameTotalAbove.length > 0) {
      const floor = Math.min(...sameTotalAbove.map((other) => other.minEveryTool ?? row.minTotal));
      condition = `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน แต่คะแนนเครื่องมือใดเครื่องมือหนึ่งต่ำกว่า ${floor} คะแนน`;
    } else if (row.minTotal > 0) {
      const ceiling = rows.slice(0, i).reduce((lowest, other) => Math.min(lowest, other.minTotal), 100);
      condition = `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน แต่ต่ำกว่า ${ceiling} คะแนน`;
    } else {
      const ceiling = rows.slice(0, i).reduce((lowest, other) => Math.min(lowest, other.minTotal), 100);
      condition = `คะแนนรวมต่ำกว่า ${ceiling} คะแนน`;
    }
    return { cells: [row.rating, condition] };
  });
}

/** Section ๒: the framework and the rating table of this year. */
export function frameworkSection(ctx: ReportContext): ReportBlock[] {
  const { framework } = ctx;
  const rows: TableRow[] = framework.indicators.map((indicator) => {
    const tool = toolOf(framework, indicator.tool);
    const firstOfTool = framework.indicators.find((other) => other.tool === indicator.tool) === indicator;
    // The tool and its weight span their indicators (review S7): null continues the cell above.
    return {
      cells: [
        String(indicator.number),
        indicator.nameTh,
        firstOfTool ? tool.id : null,
        firstOfTool ? `ร้อยละ ${tool.weightPercent}` : null,
      ],
    };
  });
  const tools = framework.tools.map(
    (tool, i) => `${THAI_ORDINAL_PARENS(i + 1)} ${tool.nameTh} (${tool.id}) น้ำหนักร้อยละ ${tool.weightPercent}`
  );
  return [
    {
      kind: "paragraph",
      text:
        `การประเมินประจำปีงบประมาณ พ.ศ. ${ctx.year} ประกอบด้วย ${framework.indicators.length} ตัวชี้วัด ` +
        `โดยใช้เครื่องมือ ${framework.tools.length} ประเภท ได้แก่ ${thaiList(tools)} ` +
        "คะแนนของแต่ละเครื่องมือเป็นค่าเฉลี่ยของคะแนนตัวชี้วัดในเครื่องมือนั้น และคะแนนรวมคำนวณจากคะแนนของทุกเครื่องมือตามน้ำหนักดังกล่าว",
    },
    {
      kind: "table",
      header: ["ที่", "ตัวชี้วัด", "เครื่องมือ", "น้ำหนัก"],
      spans: [1, 1, 2, 2],
      align: ["center", "left", "center", "center"],
      rows,
    },
    {
      kind: "paragraph",
      text:
        `เกณฑ์การจัดระดับผลการประเมินประจำปีงบประมาณ พ.ศ. ${ctx.year} กำหนดให้หน่วยงานที่ได้คะแนนรวม ` +
        `${framework.passMark} คะแนนขึ้นไปผ่านเกณฑ์การประเมิน ดังนี้`,
    },
    {
      kind: "table",
      header: ["ระดับ", framework.rating.kind === "letters" ? "ช่วงคะแนน" : "เงื่อนไข"],
      spans: [2, 4],
      align: ["center", "left"],
      rows: ratingConditions(ctx, framework.rating),
    },
  ];
}

/** A rating as the sentence names it: letters bare ("ระดับ A"), words in quotes (ระดับ "ผ่าน"). */
function ratingName(rule: RatingRule, rating: RatingRow): string {
  return rule.kind === "letters" ? `ระดับ ${rating.rating}` : `ระดับ "${rating.rating}"`;
}

/**
 * Why a total that reaches a better row's total is not rated there (ITA.md §7: the tool conditions): the
 * tools below that row's floor, e.g. "คะแนนรวมถึงเกณฑ์ 85 คะแนน แต่คะแนนแบบตรวจ… (OIT) ต่ำกว่า 85 คะแนน
 * จึงยังไม่อยู่ในระดับ "ผ่านดี"". "" when nothing held it back.
 */
function heldBack(ctx: ReportContext, year: ScoredYear): string {
  const rule = ctx.framework.rating;
  const total = printed(year.total);
  const ratedAt = rule.rows.findIndex((row) => row.rating === year.rating.rating);
  const missed = rule.rows
    .slice(0, Math.max(0, ratedAt))
    .filter(
      (row) => row.minEveryTool !== undefined && exactCompare(exactFromNumber(row.minTotal), total) <= 0
    );
  const next = missed[missed.length - 1];
  if (!next || next.minEveryTool === undefined) return "";
  const floor = next.minEveryTool;
  const below = ctx.framework.tools
    .filter((tool) => exactCompare(printed(year.tools[tool.id]), exactFromNumber(floor)) < 0)
    .map((tool) => `${toolName(ctx.framework, tool.id)} (${two(year.tools[tool.id])} คะแนน)`);
  if (below.length === 0) return "";
  return (
    ` เนื่องจากคะแนนรวมถึงเกณฑ์ ${next.minTotal} คะแนน แต่คะแนน${thaiList(below)} ต่ำกว่า ${floor} คะแนน ` +
    `จึงยังไม่อยู่ใน${ratingName(rule, next)}`
  );
}

/**
 * The rating sentence (review M3b): "…อยู่ในระดับ A ซึ่งผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) และเพิ่มขึ้น
 * จากปีงบประมาณ พ.ศ. 2564 (78.20 คะแนน ระดับ B) 13.76 คะแนน"; a fail says how far below the mark it is.
 */
export function ratingSentence(ctx: ReportContext): string {
  const { current, previous } = ctx.result;
  const rule = ctx.framework.rating;
  const mark = ctx.framework.passMark;
  let text = `${ctx.voice.agency}ได้คะแนนรวม ${two(current.total)} คะแนน อยู่ใน${ratingName(rule, current.rating)}`;
  if (current.passed) {
    text += ` ซึ่งผ่านเกณฑ์การประเมิน (${mark} คะแนนขึ้นไป)${heldBack(ctx, current)}`;
  } else {
    const gap = exactSubtract(exactInteger(mark), printed(current.total));
    text += ` ซึ่งยังไม่ผ่านเกณฑ์การประเมิน (${mark} คะแนนขึ้นไป) โดยต่ำกว่าเกณฑ์ ${two(gap)} คะแนน`;
  }
  if (previous) {
    const previousRule = ctx.result.assessment.previous?.framework.rating ?? rule;
    const before = `ปีงบประมาณ พ.ศ. ${previous.fiscalYear} (${two(previous.total)} คะแนน ${ratingName(previousRule, previous.rating)})`;
    const moved = direction(current.total, previous.total);
    text +=
      moved === 0
        ? ` และเท่ากับ${before}`
        : ` และ${movement(current.total, previous.total).replace(/^(เพิ่มขึ้น|ลดลง) /, `$1จาก${before} `)}`;
  }
  return text;
}

/**
 * Where the agency stands against the national mean of its year (ITA.md §7), by printed figures so a
 * reader can check the difference by subtraction; "" when the year's figures are not known.
 */
function nationalComparison(ctx: ReportContext): string {
  const national = ctx.framework.national;
  if (!national) return "";
  const mean = exactFromNumber(national.mean);
  const agencies =
    national.agencies === undefined ? "" : ` ${national.agencies.toLocaleString("en-US")} หน่วยงาน`;
  const share =
    national.sharePassing === undefined
      ? ""
      : ` โดยร้อยละ ${two(exactFromNumber(national.sharePassing))} ของหน่วยงานได้คะแนนตั้งแต่ ${ctx.framework.passMark} คะแนนขึ้นไป`;
  const moved = direction(ctx.result.current.total, mean);
  const size = movement(ctx.result.current.total, mean).replace(/^(เพิ่มขึ้น|ลดลง) /, "");
  const standing =
    moved === 0 ? "เท่ากับค่าเฉลี่ยระดับประเทศ" : `${moved > 0 ? "สูงกว่า" : "ต่ำกว่า"}ค่าเฉลี่ยระดับประเทศ ${size}`;
  return (
    `ในปีงบประมาณ พ.ศ. ${ctx.year} หน่วยงานที่รับการประเมินทั้งประเทศ${agencies} มีคะแนนเฉลี่ย ${two(mean)} คะแนน${share} ` +
    `คะแนนรวมของ${ctx.voice.agency}${standing}`
  );
}

/** "ที่มา: ระบบ ITAS …, ข้อมูล ณ วันที่ …" (review N5), with a line to fill in when no date was given. */
function sourceLine(ctx: ReportContext): string {
  const asOf = ctx.scoresAsOf
    ? formatThaiDate(ctx.scoresAsOf, "arabic")
    : "....................................";
  return `ที่มา: ระบบประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITAS) สำนักงาน ป.ป.ช. ข้อมูล ณ วันที่ ${asOf}`;
}

/** Section ๓: the total, the rating and the ten-row comparison sorted by this year's rank. */
export function resultSection(ctx: ReportContext): ReportBlock[] {
  const { result } = ctx;
  const { current, previous } = result;
  const byRank = [...result.indicators].sort((a, b) => a.rank - b.rank);
  const table: ReportBlock = previous
    ? {
        kind: "table",
        header: [
          "อันดับ",
          "ตัวชี้วัด",
          `คะแนน ปี ${previous.fiscalYear}`,
          `คะแนน ปี ${current.fiscalYear}`,
          "การเปลี่ยนแปลง",
        ],
        spans: [1, 1, 1, 1, 2],
        align: ["center", "left", "right", "right", "right"],
        repeatHeader: true,
        rows: byRank.map((row) => ({
          cells: [
            String(row.rank),
            `${row.indicator.number}. ${row.indicator.nameTh}`,
            row.previous ? scoreValue(row.previous) : "",
            scoreValue(row.score),
            row.previous ? changeValue(row.score, row.previous) : "",
          ],
        })),
      }
    : {
        kind: "table",
        header: ["อันดับ", "ตัวชี้วัด", `คะแนน ปี ${current.fiscalYear}`],
        spans: [1, 3, 2],
        align: ["center", "left", "right"],
        rows: byRank.map((row) => ({
          cells: [
            String(row.rank),
            `${row.indicator.number}. ${row.indicator.nameTh}`,
            scoreValue(row.score),
          ],
        })),
      };
  const national = nationalComparison(ctx);
  return [
    { kind: "paragraph", text: ratingSentence(ctx) },
    ...(national ? [{ kind: "paragraph" as const, text: national }] : []),
    table,
    { kind: "paragraph", text: sourceLine(ctx) },
  ];
}

/** The value axis of every ITA chart: scores run 0 to 100 (review M2: not to 120). */
const SCORE_AXIS = { min: 0, max: 100, majorUnit: 10 } as const;

/** Section ๔: the indicators, last year against this year (the older year first in the legend). */
export function chartSection(ctx: ReportContext): ReportBlock[] {
  const { result } = ctx;
  const series = [
    ...(result.previous
      ? [
          {
            name: `ปีงบประมาณ พ.ศ. ${result.previous.fiscalYear}`,
            values: result.indicators.map((row) => roundHalfUpToNumber(row.previous ?? exactInteger(0), 2)),
          },
        ]
      : []),
    {
      name: `ปีงบประมาณ พ.ศ. ${result.current.fiscalYear}`,
      values: result.indicators.map((row) => roundHalfUpToNumber(row.score, 2)),
    },
  ];
  return [
    {
      kind: "chart",
      chart: "clusteredBar",
      title: result.previous
        ? `ผลการประเมิน ITA จำแนกตามตัวชี้วัด ปีงบประมาณ พ.ศ. ${result.previous.fiscalYear} และ ${result.current.fiscalYear}`
        : `ผลการประเมิน ITA จำแนกตามตัวชี้วัด ปีงบประมาณ พ.ศ. ${result.current.fiscalYear}`,
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนน",
      categories: result.indicators.map((row) => `${row.indicator.number}. ${row.indicator.nameTh}`),
      series,
      valueAxis: SCORE_AXIS,
      dataLabels: true,
    },
  ];
}

/** Every scored year, oldest first: history, the previous year, this year. */
function allYears(ctx: ReportContext): ScoredYear[] {
  const { result } = ctx;
  return [...result.history, ...(result.previous ? [result.previous] : []), result.current];
}

/** The trend over three or more years: a table and, with charts on, a line chart. */
export function trendSection(ctx: ReportContext, chart: boolean): ReportBlock[] {
  const years = allYears(ctx);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return [];
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text:
        `ผลการประเมินตั้งแต่ปีงบประมาณ พ.ศ. ${first.fiscalYear} ถึง ${last.fiscalYear} ` +
        `คะแนนรวม${movement(last.total, first.total).replace(/^(เพิ่มขึ้น|ลดลง) .*$/, "$1")} ` +
        `จาก ${two(first.total)} เป็น ${two(last.total)} คะแนน`,
    },
    {
      kind: "table",
      header: ["ปีงบประมาณ", "ระดับ", "คะแนนรวม", "IIT", "EIT", "OIT"],
      spans: [1, 1, 1, 1, 1, 1],
      align: ["center", "center", "right", "right", "right", "right"],
      rows: years.map((year) => ({
        cells: [
          String(year.fiscalYear),
          year.rating.rating,
          scoreValue(year.total),
          scoreValue(year.tools.IIT),
          scoreValue(year.tools.EIT),
          scoreValue(year.tools.OIT),
        ],
      })),
    },
  ];
  if (chart) {
    const series = (name: string, value: (year: ScoredYear) => ReturnType<typeof printed>) => ({
      name,
      values: years.map((year) => roundHalfUpToNumber(value(year), 2)),
    });
    blocks.push({
      kind: "chart",
      chart: "line",
      title: `แนวโน้มผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${first.fiscalYear}–${last.fiscalYear}`,
      categoryAxisTitle: "ปีงบประมาณ",
      valueAxisTitle: "คะแนน",
      categories: years.map((year) => String(year.fiscalYear)),
      series: [
        series("คะแนนรวม", (year) => year.total),
        series("IIT", (year) => year.tools.IIT),
        series("EIT", (year) => year.tools.EIT),
        series("OIT", (year) => year.tools.OIT),
      ],
      valueAxis: SCORE_AXIS,
      dataLabels: true,
    });
  }
  return blocks;
}

/** Who a tool's score speaks of, as the judgement sentence names it. */
const TOOL_SUBJECT: Readonly<Record<ToolId, string>> = {
  IIT:
    "บุคลากรภายในรับรู้การปฏิบัติหน้าที่ การใช้งบประมาณ การใช้อำนาจ การใช้ทรัพย์สินของราชการ " +
    "และการแก้ไขปัญหาการทุจริตของหน่วยงาน",
  EIT:
    "ผู้รับบริการและผู้มีส่วนได้ส่วนเสียภายนอกรับรู้คุณภาพการดำเนินงาน ประสิทธิภาพการสื่อสาร " +
    "และการปรับปรุงระบบการทำงานของหน่วยงาน",
  OIT: "หน่วยงานเปิดเผยข้อมูลต่อสาธารณะและดำเนินการเพื่อป้องกันการทุจริต",
};

/**
 * The sentence about one tool (review S3): its score, pass or not, its change, and a judgement that fits
 * the result, so a failing or falling tool is never told to keep its standard.
 */
export function toolSentence(ctx: ReportContext, id: ToolId): string {
  const current = ctx.result.current.tools[id];
  const before = ctx.result.previous?.tools[id];
  const passes = isPassing(ctx.framework, current);
  const mark = ctx.framework.passMark;
  let text = `${toolName(ctx.framework, id)} ได้ ${two(current)} คะแนน`;
  text += passes
    ? ` ผ่านเกณฑ์ (${mark} คะแนนขึ้นไป)`
    : ` ยังไม่ผ่านเกณฑ์ (${mark} คะแนนขึ้นไป) โดยต่ำกว่าเกณฑ์ ${two(exactSubtract(exactInteger(mark), printed(current)))} คะแนน`;
  const moved = before === undefined ? undefined : direction(current, before);
  if (before !== undefined && ctx.previousYear !== undefined) {
    const since = `ปีงบประมาณ พ.ศ. ${ctx.previousYear}`;
    if (moved === 0) text += ` และเท่ากับ${since}`;
    else {
      const change = movement(current, before).replace(/^(เพิ่มขึ้น|ลดลง) /, `$1จาก${since} `);
      text += moved !== undefined && moved < 0 && passes ? ` แต่${change}` : ` และ${change}`;
    }
  }
  const subject = TOOL_SUBJECT[id];
  if (passes && (moved === undefined || moved >= 0)) {
    return `${text} สะท้อนว่า${subject}${moved !== undefined && moved > 0 ? "ในทางที่ดีขึ้น" : "อยู่ในระดับที่ดี"} จึงควรรักษามาตรฐานนี้ไว้`;
  }
  if (passes) return `${text} จึงควรหาสาเหตุที่คะแนนลดลงและป้องกันไม่ให้ลดลงต่อไป`;
  if (moved !== undefined && moved > 0) return `${text} แม้มีพัฒนาการดีขึ้น แต่ยังต้องดำเนินการต่อเนื่องให้ถึงเกณฑ์`;
  if (moved !== undefined && moved < 0) return `${text} จึงเป็นประเด็นที่ต้องแก้ไขโดยเร่งด่วน`;
  return `${text} จึงต้องปรับปรุงการดำเนินงานให้ถึงเกณฑ์โดยเร่งด่วน`;
}

/** Section ๕: per tool its sentence and its indicator table. */
export function toolAnalysisSection(ctx: ReportContext, section: number): ReportBlock[] {
  const { framework, result } = ctx;
  const previous = result.previous;
  return framework.tools.flatMap((tool, i): ReportBlock[] => {
    const rows = result.indicators.filter((row) => row.indicator.tool === tool.id);
    const toolScore = result.current.tools[tool.id];
    const table: ReportBlock = previous
      ? {
          kind: "table",
          header: [
            "ที่",
            "ตัวชี้วัด",
            `คะแนน ปี ${previous.fiscalYear}`,
            `คะแนน ปี ${result.current.fiscalYear}`,
            "การเปลี่ยนแปลง",
          ],
          spans: [1, 1, 1, 1, 2],
          align: ["center", "left", "right", "right", "right"],
          rows: [
            ...rows.map((row) => ({
              cells: [
                String(row.indicator.number),
                row.indicator.nameTh,
                row.previous ? scoreValue(row.previous) : "",
                scoreValue(row.score),
                row.previous ? changeValue(row.score, row.previous) : "",
              ],
            })),
            {
              kind: "total" as const,
              cells: [
                "",
                `คะแนน ${tool.id}`,
                scoreValue(previous.tools[tool.id]),
                scoreValue(toolScore),
                changeValue(toolScore, previous.tools[tool.id]),
              ],
            },
          ],
        }
      : {
          kind: "table",
          header: ["ที่", "ตัวชี้วัด", `คะแนน ปี ${result.current.fiscalYear}`],
          spans: [1, 3, 2],
          align: ["center", "left", "right"],
          rows: [
            ...rows.map((row) => ({
              cells: [String(row.indicator.number), row.indicator.nameTh, scoreValue(row.score)],
            })),
            { kind: "total" as const, cells: ["", `คะแนน ${tool.id}`, scoreValue(toolScore)] },
          ],
        };
    return [
      {
        kind: "heading",
        text: `${sectionNumber(section, ctx.digits)}${i + 1} ${toolName(framework, tool.id)}`,
      },
      { kind: "paragraph", text: toolSentence(ctx, tool.id) },
      table,
    ];
  });
}
