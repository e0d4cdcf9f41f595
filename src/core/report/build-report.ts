/**
 * Builds the report an agency publishes (ITA.md §4, the seed's sections ๑–๗) from a scored assessment:
 * the analysis sheet and the measures sheet for the next fiscal year. All wording is decided here, in
 * formal Thai; renderers only draw it.
 */
import { catalogueEntryFor } from "../catalogue";
import type { Catalogue, CatalogueEntry, DeadlinePattern } from "../catalogue/types";
import {
  Exact,
  exactCompare,
  exactFraction,
  exactFromNumber,
  exactInteger,
  exactSubtract,
  roundHalfUpToNumber,
} from "../exact";
import {
  Framework,
  FrameworkLookup,
  frameworkLookup,
  itemServedBy,
  oitItemOf,
  printedItemCode,
  RatingRule,
  Tool,
  ToolId,
  unconfirmedParts,
} from "../frameworks";
import { isPassing, printed } from "../score";
import { AssessmentResult, IndicatorResult } from "../result";
import { fiscalYearMilestones, formatDecimal, formatThaiDate, thaiList, toThaiDigits } from "../thai";
import { toolStandouts, toolWeaknesses, ToolWeaknesses, WeakOitGroup } from "../weak-points";
import { Digits } from "./layout";
import { ReportBlock, ReportModel, ReportSheet, TableRow, TableValue } from "./model";

export interface ReportOptions {
  readonly digits: Digits;
  /** Include the chart block (the officer may switch it off). */
  readonly chart: boolean;
  /** The catalogues to draw recommendations and measures from (an officer's edited catalogue sheet). */
  readonly catalogues?: readonly Catalogue[];
  /**
   * Where the next year's framework is found (for the OIT item this document serves): the built-in ones by
   * default; the pane and the CLI add the officer's framework sheets.
   */
  readonly frameworks?: FrameworkLookup;
}

/** Analysis sheet columns (characters): number/rank, indicator, then four figures. */
const ANALYSIS_COLUMNS = [9, 38, 12, 12, 12, 12];
/** Measures sheet columns: issue, steps, responsible, reporting and deadline. */
const MEASURES_COLUMNS = [30, 42, 18, 26];

interface Context {
  readonly catalogues?: readonly Catalogue[];
  /** The next year's framework, when known: it says which OIT item this document serves. */
  readonly nextFramework?: Framework;
  readonly result: AssessmentResult;
  readonly framework: Framework;
  readonly digits: Digits;
  readonly agency: string;
  readonly year: number;
  readonly previousYear?: number;
}

const ONE_HUNDREDTH = exactFraction(BigInt(1), BigInt(100));
const score = (value: Exact): TableValue => ({ number: roundHalfUpToNumber(value, 2), style: "score" });
const change = (value: Exact): TableValue => ({ number: roundHalfUpToNumber(value, 2), style: "change" });

function sectionNumber(n: number, digits: Digits): string {
  return digits === "thai" ? `${toThaiDigits(String(n))}.` : `${n}.`;
}

function toolOf(framework: Framework, id: ToolId): Tool {
  const tool = framework.tools.find((candidate) => candidate.id === id);
  if (!tool) throw new RangeError(`no tool ${id}`);
  return tool;
}

function two(value: Exact): string {
  return formatDecimal(value, 2);
}

/** "เพิ่มขึ้น 13.76 คะแนน", "ลดลง 2.50 คะแนน", "เท่าเดิม". */
function movement(delta: Exact): string {
  const sign = exactCompare(printed(delta), exactInteger(0));
  if (sign === 0) return "เท่าเดิม";
  const size = two(sign < 0 ? exactSubtract(exactInteger(0), delta) : delta);
  return sign > 0 ? `เพิ่มขึ้น ${size} คะแนน` : `ลดลง ${size} คะแนน`;
}

function ratingRows(rule: RatingRule, passMark: number): TableRow[] {
  const rows = rule.rows;
  return rows.map((row, i) => {
    const above = rows[i - 1];
    // A band ends one hundredth below the next band's floor: 85.00 – 94.99.
    const upper = above ? two(exactSubtract(exactFromNumber(above.minTotal), ONE_HUNDREDTH)) : "100.00";
    const band = `${two(exactFromNumber(row.minTotal))} – ${upper}`;
    const condition =
      row.minEveryTool !== undefined
        ? `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน และคะแนน IIT, EIT, OIT ทุกเครื่องมือตั้งแต่ ${row.minEveryTool} คะแนน`
        : rule.kind === "words"
          ? row.minTotal >= passMark
            ? `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน`
            : row.minTotal > 0
              ? `คะแนนรวมตั้งแต่ ${row.minTotal} คะแนน แต่ต่ำกว่า ${above?.minTotal ?? 100} คะแนน`
              : `คะแนนรวมต่ำกว่า ${above?.minTotal ?? 100} คะแนน`
          : band;
    return { cells: [row.rating, condition] };
  });
}

/** Section ๑: why the agency analyses its result (fixed text, in the add-in's own words). */
function principles(ctx: Context): ReportBlock[] {
  return [
    {
      kind: "paragraph",
      text:
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) จัดให้มีการประเมินคุณธรรมและความโปร่งใส" +
        "ในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) เป็นประจำทุกปี เพื่อให้หน่วยงานภาครัฐ" +
        "ได้ทราบสถานะด้านคุณธรรมและความโปร่งใสของตนเอง และนำผลไปปรับปรุงการบริหารงานและการให้บริการประชาชน " +
        "การประเมินนี้เป็นเครื่องมือเชิงบวกที่มุ่งส่งเสริมการพัฒนามากกว่าการจับผิด",
    },
    {
      kind: "paragraph",
      text:
        `${ctx.agency} จึงได้วิเคราะห์ผลการประเมินประจำปีงบประมาณ พ.ศ. ${ctx.year} เพื่อระบุจุดแข็งที่ควรรักษาไว้ ` +
        `จุดอ่อนที่ต้องแก้ไข และใช้เป็นฐานในการกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน` +
        `สำหรับปีงบประมาณ พ.ศ. ${ctx.year + 1}`,
    },
  ];
}

/** Section ๒: the framework and the rating table of this year. */
function frameworkSection(ctx: Context): ReportBlock[] {
  const { framework } = ctx;
  const rows: TableRow[] = framework.indicators.map((indicator) => {
    const tool = toolOf(framework, indicator.tool);
    const firstOfTool = framework.indicators.find((other) => other.tool === indicator.tool) === indicator;
    return {
      cells: [
        String(indicator.number),
        indicator.nameTh,
        firstOfTool ? tool.id : "",
        firstOfTool ? `${tool.weightPercent}%` : "",
      ],
    };
  });
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text:
        `การประเมินประจำปีงบประมาณ พ.ศ. ${ctx.year} ใช้เครื่องมือ ${framework.tools.length} ประเภท รวม ${framework.indicators.length} ตัวชี้วัด ได้แก่ ` +
        framework.tools
          .map((tool) => `${tool.nameTh} (${tool.id}) น้ำหนักร้อยละ ${tool.weightPercent}`)
          .join(" ") +
        " คะแนนของแต่ละเครื่องมือคือค่าเฉลี่ยของตัวชี้วัดในเครื่องมือนั้น",
    },
    {
      kind: "table",
      header: ["ตัวชี้วัดที่", "ตัวชี้วัด", "เครื่องมือ", "น้ำหนัก"],
      spans: [1, 1, 2, 2],
      align: ["center", "left", "center", "center"],
      rows,
    },
    {
      kind: "paragraph",
      text: `เกณฑ์การจัดระดับผลการประเมินของปีงบประมาณ พ.ศ. ${ctx.year} (ผ่านเกณฑ์เมื่อได้คะแนนรวม ${framework.passMark} คะแนนขึ้นไป)`,
    },
    {
      kind: "table",
      header: ["ระดับ", framework.rating.kind === "letters" ? "ช่วงคะแนน" : "เงื่อนไข"],
      spans: [2, 4],
      align: ["center", "left"],
      rows: ratingRows(framework.rating, framework.passMark),
    },
  ];
  // Said once, for every part of the year's framework that is a working rule (ITA.md §7).
  const unconfirmed = unconfirmedParts(framework);
  if (unconfirmed.length > 0) {
    blocks.push({
      kind: "paragraph",
      text:
        `หมายเหตุ: ${thaiList(unconfirmed.map((part) => part.th))} ของปีงบประมาณ พ.ศ. ${ctx.year} ` +
        "รวบรวมจากแหล่งข้อมูลที่มีอยู่และยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. " +
        "หากมีประกาศที่ต่างออกไป ให้ถือตามประกาศ",
    });
  }
  return blocks;
}

/** Section ๓: the total, the rating and the ten-row comparison sorted by this year's rank. */
function resultSection(ctx: Context): ReportBlock[] {
  const { result } = ctx;
  const current = result.current;
  const previous = result.previous;
  let text =
    `${ctx.agency} ได้คะแนนรวม ${two(current.total)} คะแนน อยู่ในระดับ ${current.rating.rating} ` +
    `${current.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"} (${ctx.framework.passMark} คะแนนขึ้นไป)`;
  if (previous) {
    text +=
      ` เมื่อเทียบกับปีงบประมาณ พ.ศ. ${previous.fiscalYear} ซึ่งได้ ${two(previous.total)} คะแนน (ระดับ ${previous.rating.rating}) ` +
      `คะแนนรวม${movement(exactSubtract(current.total, previous.total))}`;
  }
  const byRank = [...result.indicators].sort((a, b) => a.rank - b.rank);
  const table: ReportBlock = previous
    ? {
        kind: "table",
        header: ["อันดับ", "ตัวชี้วัด", `ปี ${previous.fiscalYear}`, `ปี ${current.fiscalYear}`, "การเปลี่ยนแปลง"],
        spans: [1, 1, 1, 1, 2],
        align: ["center", "left", "right", "right", "right"],
        rows: byRank.map((row) => ({
          cells: [
            String(row.rank),
            `${row.indicator.number}. ${row.indicator.nameTh}`,
            row.previous ? score(row.previous) : "",
            score(row.score),
            row.delta ? change(row.delta) : "",
          ],
        })),
      }
    : {
        kind: "table",
        header: ["อันดับ", "ตัวชี้วัด", `คะแนนปี ${current.fiscalYear}`],
        spans: [1, 3, 2],
        align: ["center", "left", "right"],
        rows: byRank.map((row) => ({
          cells: [String(row.rank), `${row.indicator.number}. ${row.indicator.nameTh}`, score(row.score)],
        })),
      };
  const national = nationalComparison(ctx);
  return [
    { kind: "paragraph", text },
    ...(national ? [{ kind: "paragraph" as const, text: national }] : []),
    table,
  ];
}

/**
 * Where the agency stands against the national mean of its year (ITA.md §7), by printed figures so a
 * reader can check the difference by subtraction; "" when the year's figures are not known.
 */
function nationalComparison(ctx: Context): string {
  const national = ctx.framework.national;
  if (!national) return "";
  const mean = exactFromNumber(national.mean);
  const difference = exactSubtract(printed(ctx.result.current.total), mean);
  const sign = exactCompare(difference, exactInteger(0));
  const agencies =
    national.agencies === undefined ? "" : ` ${national.agencies.toLocaleString("en-US")} หน่วยงาน`;
  const share =
    national.sharePassing === undefined
      ? ""
      : ` โดยร้อยละ ${formatDecimal(exactFromNumber(national.sharePassing), 2)} ของหน่วยงานได้คะแนนตั้งแต่ ${ctx.framework.passMark} คะแนนขึ้นไป`;
  const standing =
    sign === 0
      ? "เท่ากับค่าเฉลี่ยระดับประเทศ"
      : `${sign > 0 ? "สูงกว่า" : "ต่ำกว่า"}ค่าเฉลี่ยระดับประเทศ ${two(sign > 0 ? difference : exactSubtract(exactInteger(0), difference))} คะแนน`;
  return (
    `ในปีงบประมาณ พ.ศ. ${ctx.year} หน่วยงานที่รับการประเมินทั้งประเทศ${agencies} มีคะแนนเฉลี่ย ${two(mean)} คะแนน${share} ` +
    `คะแนนรวมของ${ctx.agency}${standing}`
  );
}

/**
 * "เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ปีงบประมาณ พ.ศ. 2569 ข้อ O25 …": the item of the next
 * assessment this document serves, from that year's data; nothing when the mapping is not known.
 */
function servesItemLine(ctx: Context): ReportBlock[] {
  const served = itemServedBy("analysisAndMeasures", ctx.nextFramework);
  if (!served) return [];
  return [
    {
      kind: "paragraph",
      text:
        `เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${served.fiscalYear} ` +
        `ข้อ ${served.code}${served.title ? ` ${served.title}` : ""}`,
    },
  ];
}

/** Every scored year, oldest first: history, the previous year, this year. */
function allYears(ctx: Context) {
  const { result } = ctx;
  return [...result.history, ...(result.previous ? [result.previous] : []), result.current];
}

/** The trend over three or more years: totals and tools per year with ratings, and a line chart. */
function trendSection(ctx: Context, chart: boolean): ReportBlock[] {
  const years = allYears(ctx);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return [];
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text:
        `ผลการประเมินตั้งแต่ปีงบประมาณ พ.ศ. ${first.fiscalYear} ถึง ${last.fiscalYear} ` +
        `คะแนนรวม${movement(exactSubtract(last.total, first.total))} ` +
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
          score(year.total),
          score(year.tools.IIT),
          score(year.tools.EIT),
          score(year.tools.OIT),
        ],
      })),
    },
  ];
  if (chart) {
    const series = (name: string, value: (year: (typeof years)[number]) => Exact) => ({
      name,
      values: years.map((year) => roundHalfUpToNumber(value(year), 2)),
    });
    blocks.push({
      kind: "chart",
      chart: "line",
      title: `แนวโน้มผลการประเมิน ITA ปี ${first.fiscalYear}–${last.fiscalYear}`,
      categoryAxisTitle: "ปีงบประมาณ",
      valueAxisTitle: "คะแนน",
      categories: years.map((year) => String(year.fiscalYear)),
      series: [
        series("คะแนนรวม", (year) => year.total),
        series("IIT", (year) => year.tools.IIT),
        series("EIT", (year) => year.tools.EIT),
        series("OIT", (year) => year.tools.OIT),
      ],
    });
  }
  return blocks;
}

/** Section ๔: the indicators, last year against this year. */
function chartSection(ctx: Context): ReportBlock[] {
  const { result } = ctx;
  const series = [
    ...(result.previous
      ? [
          {
            name: `ปี ${result.previous.fiscalYear}`,
            values: result.indicators.map((row) => roundHalfUpToNumber(row.previous ?? exactInteger(0), 2)),
          },
        ]
      : []),
    {
      name: `ปี ${result.current.fiscalYear}`,
      values: result.indicators.map((row) => roundHalfUpToNumber(row.score, 2)),
    },
  ];
  return [
    {
      kind: "chart",
      chart: "clusteredBar",
      title: result.previous
        ? `ผลการประเมิน ITA จำแนกตามตัวชี้วัด ปี ${result.previous.fiscalYear} และ ${result.current.fiscalYear}`
        : `ผลการประเมิน ITA จำแนกตามตัวชี้วัด ปี ${result.current.fiscalYear}`,
      categoryAxisTitle: "ตัวชี้วัด",
      valueAxisTitle: "คะแนน",
      categories: result.indicators.map((row) => row.indicator.nameTh),
      series,
    },
  ];
}

const TOOL_MEANING: Record<ToolId, string> = {
  IIT: "ซึ่งสะท้อนการรับรู้ของบุคลากรภายในต่อการปฏิบัติหน้าที่ การใช้งบประมาณ การใช้อำนาจ การใช้ทรัพย์สินของราชการ และการแก้ไขปัญหาการทุจริตของหน่วยงาน",
  EIT: "ซึ่งสะท้อนความเห็นของผู้รับบริการและผู้มีส่วนได้ส่วนเสียภายนอกต่อคุณภาพการดำเนินงาน ประสิทธิภาพการสื่อสาร และการปรับปรุงระบบการทำงาน",
  OIT: "ซึ่งสะท้อนความครบถ้วนและความเป็นปัจจุบันของข้อมูลที่หน่วยงานเปิดเผยต่อสาธารณะ และการดำเนินการเพื่อป้องกันการทุจริต",
};

/** The sentence about one tool: it fits the result (pass or fail, improved, declined, unchanged, new). */
function toolSentence(ctx: Context, id: ToolId): string {
  const current = ctx.result.current.tools[id];
  const before = ctx.result.previous?.tools[id];
  const passes = isPassing(ctx.framework, current);
  const mark = ctx.framework.passMark;
  const head = `คะแนน ${id} ปีงบประมาณ พ.ศ. ${ctx.year} เท่ากับ ${two(current)} คะแนน ${TOOL_MEANING[id]}`;
  if (before === undefined || ctx.previousYear === undefined) {
    return passes
      ? `${head} ผลคะแนนผ่านเกณฑ์ ${mark} คะแนน`
      : `${head} ผลคะแนนยังไม่ผ่านเกณฑ์ ${mark} คะแนน จึงต้องเร่งปรับปรุงในปีถัดไป`;
  }
  const delta = exactSubtract(current, before);
  const direction = exactCompare(printed(delta), exactInteger(0));
  const since = `ปีงบประมาณ พ.ศ. ${ctx.previousYear}`;
  if (passes && direction > 0)
    return `${head} ผ่านเกณฑ์ ${mark} คะแนน และ${movement(delta)}จาก${since} แสดงถึงพัฒนาการที่ดีที่ควรรักษาไว้`;
  if (passes && direction < 0)
    return `${head} ยังผ่านเกณฑ์ ${mark} คะแนน แต่${movement(delta)}จาก${since} จึงควรหาสาเหตุและป้องกันไม่ให้คะแนนลดลงอีก`;
  if (passes) return `${head} ผ่านเกณฑ์ ${mark} คะแนน และคงที่เท่ากับ${since}`;
  if (direction > 0)
    return `${head} ยังไม่ผ่านเกณฑ์ ${mark} คะแนน แม้จะ${movement(delta)}จาก${since} จึงต้องดำเนินการต่อเนื่องให้ถึงเกณฑ์`;
  if (direction < 0)
    return `${head} ไม่ผ่านเกณฑ์ ${mark} คะแนน และ${movement(delta)}จาก${since} ถือเป็นประเด็นที่ต้องแก้ไขโดยเร่งด่วน`;
  return `${head} ยังไม่ผ่านเกณฑ์ ${mark} คะแนน และเท่ากับ${since} จึงต้องปรับวิธีการดำเนินงานเพื่อให้ผ่านเกณฑ์`;
}

/** Section ๕: per tool its score, its indicator table and whether it passes. */
function analysisSection(ctx: Context): ReportBlock[] {
  const { framework, result } = ctx;
  const previous = result.previous;
  return framework.tools.flatMap((tool, i): ReportBlock[] => {
    const rows = result.indicators.filter((row) => row.indicator.tool === tool.id);
    const toolScore = result.current.tools[tool.id];
    const passes = isPassing(framework, toolScore);
    const heading = `${sectionNumber(5, ctx.digits)}${i + 1} ${tool.nameTh} (${tool.id}) ${two(toolScore)} คะแนน ${passes ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"}`;
    const table: ReportBlock = previous
      ? {
          kind: "table",
          header: [
            "ตัวชี้วัดที่",
            "ตัวชี้วัด",
            `ปี ${previous.fiscalYear}`,
            `ปี ${result.current.fiscalYear}`,
            "การเปลี่ยนแปลง",
          ],
          spans: [1, 1, 1, 1, 2],
          align: ["center", "left", "right", "right", "right"],
          rows: [
            ...rows.map((row) => ({
              cells: [
                String(row.indicator.number),
                row.indicator.nameTh,
                row.previous ? score(row.previous) : "",
                score(row.score),
                row.delta ? change(row.delta) : "",
              ],
            })),
            {
              kind: "total" as const,
              cells: [
                "",
                `คะแนน ${tool.id}`,
                score(previous.tools[tool.id]),
                score(toolScore),
                change(exactSubtract(toolScore, previous.tools[tool.id])),
              ],
            },
          ],
        }
      : {
          kind: "table",
          header: ["ตัวชี้วัดที่", "ตัวชี้วัด", `คะแนนปี ${result.current.fiscalYear}`],
          spans: [1, 3, 2],
          align: ["center", "left", "right"],
          rows: [
            ...rows.map((row) => ({
              cells: [String(row.indicator.number), row.indicator.nameTh, score(row.score)],
            })),
            { kind: "total" as const, cells: ["", `คะแนน ${tool.id}`, score(toolScore)] },
          ],
        };
    return [
      { kind: "heading", text: heading },
      { kind: "paragraph", text: toolSentence(ctx, tool.id) },
      table,
    ];
  });
}

/**
 * The catalogue entry of an item or indicator: the officer's catalogue first, then the built-in one; for a
 * code neither knows (a framework sheet of a new year with new items), a plain entry from the item's name,
 * so the report never fails for want of wording.
 */
function entryFor(ctx: Context, key: string): CatalogueEntry {
  const { framework } = ctx;
  const known =
    (ctx.catalogues ? catalogueEntryFor(framework, key, ctx.catalogues) : undefined) ??
    catalogueEntryFor(framework, key);
  if (known) return known;
  const oitName = oitItemOf(framework, key)?.nameTh || undefined;
  const indicator = framework.indicators.find((candidate) => `indicator-${candidate.number}` === key);
  const title = oitName ?? (indicator ? `ตัวชี้วัดที่ ${indicator.number} ${indicator.nameTh}` : `ข้อ ${key}`);
  return {
    key,
    title,
    recommendation: `หน่วยงานควรทบทวนการดำเนินงานในประเด็น${title} หาสาเหตุที่ได้ผลต่ำ และกำหนดแนวทางแก้ไขที่ติดตามผลได้`,
    measures: [
      {
        action: `มอบหมายผู้รับผิดชอบประเด็น${title} จัดทำแผนการปรับปรุงพร้อมตัวชี้วัดความสำเร็จ และรายงานความก้าวหน้าต่อผู้บริหาร`,
        responsible: "ทุกส่วนราชการ",
        deadline: "six-month-and-year-end",
      },
    ],
  };
}

/** "ตัวชี้วัดย่อย 9.2 การบริหารงาน (75.00 คะแนน)", or the indicator where sub-indicators are not known. */
function oitGroupLabel(group: WeakOitGroup): string {
  if (group.subIndicator !== undefined) {
    return `ตัวชี้วัดย่อย ${group.subIndicator} ${group.nameTh}${group.score ? ` (${two(group.score)} คะแนน)` : ""}`;
  }
  return group.indicator === undefined
    ? "ข้อ OIT ที่ไม่ผ่าน"
    : `ตัวชี้วัดที่ ${group.indicator} ${group.nameTh}: ข้อที่ไม่ผ่าน`;
}

const HUNDRED = exactInteger(100);

function isFullMarks(row: IndicatorResult): boolean {
  return exactCompare(printed(row.score), HUNDRED) === 0;
}

function indicatorLabel(row: IndicatorResult): string {
  return `ตัวชี้วัดที่ ${row.indicator.number} ${row.indicator.nameTh} (${two(row.score)} คะแนน)`;
}

/** Section ๖: per tool what to keep and what to improve, then the weak items with a recommendation each. */
function weaknessSection(ctx: Context, weaknesses: readonly ToolWeaknesses[]): ReportBlock[] {
  const { framework } = ctx;
  const standouts = toolStandouts(ctx.result);
  return weaknesses.flatMap((weak): ReportBlock[] => {
    const tool = toolOf(framework, weak.tool);
    const standout = standouts.find((candidate) => candidate.tool === weak.tool);
    const blocks: ReportBlock[] = [
      { kind: "heading", text: `${tool.id}: ${tool.nameTh}` },
      {
        kind: "paragraph",
        text: isFullMarks(weak.weakest)
          ? `ทุกตัวชี้วัดของ ${tool.id} ได้คะแนนเต็ม 100 คะแนน จึงควรรักษามาตรฐานการดำเนินงานนี้ไว้ในปีถัดไป`
          : `ตัวชี้วัดที่ควรรักษาไว้: ${standout ? indicatorLabel(standout.strongest) : "-"}\nตัวชี้วัดที่ควรพัฒนา: ${indicatorLabel(weak.weakest)}`,
      },
    ];
    const rows: TableRow[] = [];
    if (weak.tool === "OIT") {
      for (const group of weak.oitGroups) {
        rows.push({ kind: "group", cells: [oitGroupLabel(group)] });
        for (const item of group.items) {
          const entry = entryFor(ctx, item.code);
          rows.push({
            cells: [printedItemCode(framework, item.code), entry.title, "ไม่ผ่าน", entry.recommendation],
          });
        }
      }
    } else {
      for (const item of weak.items) {
        const entry = entryFor(ctx, item.code);
        rows.push({
          cells: [
            printedItemCode(framework, item.code),
            entry.title,
            item.score ? score(item.score) : "",
            entry.recommendation,
          ],
        });
      }
    }
    if (rows.length === 0) {
      const entry = entryFor(ctx, `indicator-${weak.weakest.indicator.number}`);
      rows.push({
        cells: [
          `ตัวชี้วัดที่ ${weak.weakest.indicator.number}`,
          entry.title,
          score(weak.weakest.score),
          entry.recommendation,
        ],
      });
    }
    blocks.push({
      kind: "table",
      header: ["ข้อ", "ประเด็น", "คะแนน/ผล", "ข้อเสนอแนะ"],
      spans: [1, 1, 1, 3],
      align: ["center", "left", "right", "left"],
      rows,
    });
    return blocks;
  });
}

/** The reporting line of a measure, with real dates in the fiscal year the measures are for. */
export function deadlineText(pattern: DeadlinePattern, fiscalYear: number): string {
  const { sixMonthReport, end, start } = fiscalYearMilestones(fiscalYear);
  const date = (d: { day: number; month: number; buddhistYear: number }) => formatThaiDate(d, "arabic");
  switch (pattern) {
    case "six-month":
      return `รายงานผลรอบ 6 เดือน ภายในวันที่ ${date(sixMonthReport)}`;
    case "year-end":
      return `รายงานผลการดำเนินงานภายในวันที่ ${date(end)}`;
    case "six-month-and-year-end":
      return `รายงานผลรอบ 6 เดือน ภายในวันที่ ${date(sixMonthReport)} และรายงานผลทั้งปีภายในวันที่ ${date(end)}`;
    case "quarterly":
      return (
        `รายงานผลทุกไตรมาส ภายในวันที่ ${date({ day: 31, month: 12, buddhistYear: start.buddhistYear })}, ` +
        `${date(sixMonthReport)}, ${date({ day: 30, month: 6, buddhistYear: fiscalYear })} และ ${date(end)}`
      );
  }
}

/** The measures sheet: one or more rows per weakness, grouped ด้าน IIT / EIT / OIT, for fiscal year N+1. */
function measuresSheet(ctx: Context, weaknesses: readonly ToolWeaknesses[]): ReportSheet {
  const { framework } = ctx;
  const nextYear = ctx.year + 1;
  const rows: TableRow[] = [];
  const measureRows = (issue: string, entry: CatalogueEntry): TableRow[] =>
    entry.measures.map((measure, i) => ({
      cells: [
        i === 0 ? `${issue}\n${entry.recommendation}` : "",
        measure.action,
        measure.responsible,
        deadlineText(measure.deadline, nextYear),
      ],
    }));
  for (const weak of weaknesses) {
    rows.push({ kind: "group", cells: [`ด้าน ${weak.tool} (${toolOf(framework, weak.tool).nameTh})`] });
    const items = weak.tool === "OIT" ? weak.oitGroups.flatMap((group) => group.items) : weak.items;
    for (const item of items) {
      const entry = entryFor(ctx, item.code);
      const result = item.score ? `คะแนน ${two(item.score)}` : "ไม่ผ่าน";
      rows.push(
        ...measureRows(`ข้อ ${printedItemCode(framework, item.code)} ${entry.title} (${result})`, entry)
      );
    }
    if (items.length === 0) {
      const entry = entryFor(ctx, `indicator-${weak.weakest.indicator.number}`);
      const keep = isFullMarks(weak.weakest) ? "รักษาระดับ " : "";
      rows.push(
        ...measureRows(
          `${keep}ตัวชี้วัดที่ ${weak.weakest.indicator.number} ${weak.weakest.indicator.nameTh} (${two(weak.weakest.score)} คะแนน)`,
          entry
        )
      );
    }
  }
  return {
    id: `measures-${nextYear}`,
    name: `มาตรการ ITA ${nextYear}`,
    columnWidths: MEASURES_COLUMNS,
    headerCenter: `${ctx.agency} · มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${nextYear}`,
    blocks: [
      { kind: "title", text: `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${nextYear}` },
      { kind: "paragraph", text: ctx.agency },
      ...servesItemLine(ctx),
      {
        kind: "paragraph",
        text:
          `จากผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${ctx.year} ${ctx.agency} กำหนดมาตรการต่อไปนี้ ` +
          `เพื่อแก้ไขจุดอ่อนและยกระดับคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. ${nextYear} ` +
          `โดยให้ผู้รับผิดชอบรายงานผลต่อผู้บริหารตามกำหนดเวลา`,
      },
      {
        kind: "table",
        header: [
          "ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา",
          "ขั้นตอนหรือวิธีการ/มาตรการ",
          "ผู้รับผิดชอบ",
          "การรายงานผลและการกำกับติดตาม/กำหนดเวลาแล้วเสร็จ",
        ],
        spans: [1, 1, 1, 1],
        align: ["left", "left", "left", "left"],
        repeatHeader: true,
        rows,
      },
    ],
  };
}

function analysisSheet(
  ctx: Context,
  options: ReportOptions,
  weaknesses: readonly ToolWeaknesses[]
): ReportSheet {
  const n = (k: number) => sectionNumber(k, ctx.digits);
  const blocks: ReportBlock[] = [
    {
      kind: "title",
      text: `รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${ctx.year}`,
    },
    { kind: "paragraph", text: ctx.agency },
    ...servesItemLine(ctx),
    { kind: "heading", text: `${n(1)} หลักการและเหตุผล` },
    ...principles(ctx),
    { kind: "heading", text: `${n(2)} กรอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ` },
    ...frameworkSection(ctx),
    { kind: "heading", text: `${n(3)} ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ` },
    ...resultSection(ctx),
  ];
  let section = 4;
  if (options.chart) {
    blocks.push(
      { kind: "heading", text: `${n(section)} แผนภูมิเปรียบเทียบผลการประเมิน ITA จำแนกตามตัวชี้วัด` },
      ...chartSection(ctx)
    );
    section += 1;
  }
  if (ctx.result.history.length > 0) {
    blocks.push(
      { kind: "heading", text: `${n(section)} แนวโน้มผลการประเมินย้อนหลัง` },
      ...trendSection(ctx, options.chart)
    );
    section += 1;
  }
  blocks.push({ kind: "heading", text: `${n(section)} การวิเคราะห์ข้อมูล` }, ...analysisSection(ctx));
  section += 1;
  blocks.push(
    { kind: "heading", text: `${n(section)} ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน` },
    ...weaknessSection(ctx, weaknesses)
  );
  return {
    id: `analysis-${ctx.year}`,
    name: `ผลการวิเคราะห์ ITA ${ctx.year}`,
    columnWidths: ANALYSIS_COLUMNS,
    headerCenter: `${ctx.agency} · ผลการวิเคราะห์ ITA ปีงบประมาณ พ.ศ. ${ctx.year}`,
    blocks,
  };
}

/** Thai digits in every text of a sheet, when asked (numbers keep their number formats). */
function withDigits(sheet: ReportSheet, digits: Digits): ReportSheet {
  if (digits === "arabic") return sheet;
  const text = (value: string) => toThaiDigits(value);
  const cell = (value: TableValue): TableValue => (typeof value === "string" ? text(value) : value);
  return {
    ...sheet,
    name: sheet.name,
    headerCenter: text(sheet.headerCenter),
    blocks: sheet.blocks.map((block): ReportBlock => {
      switch (block.kind) {
        case "title":
        case "heading":
        case "paragraph":
          return { ...block, text: text(block.text) };
        case "table":
          return {
            ...block,
            header: block.header.map(text),
            rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(cell) })),
          };
        case "chart":
          return {
            ...block,
            title: text(block.title),
            categories: block.categories.map(text),
            series: block.series.map((series) => ({ ...series, name: text(series.name) })),
          };
      }
    }),
  };
}

/**
 * The report model of a scored assessment: the analysis sheet (sections ๑–๖) and the measures sheet for
 * the next fiscal year.
 */
export function buildReport(result: AssessmentResult, options: ReportOptions): ReportModel {
  const framework = result.assessment.framework;
  const lookup = options.frameworks ?? frameworkLookup();
  const ctx: Context = {
    catalogues: options.catalogues,
    nextFramework: lookup.find(result.current.fiscalYear + 1),
    result,
    framework,
    digits: options.digits,
    agency: result.assessment.agency ?? "หน่วยงาน",
    year: result.current.fiscalYear,
    previousYear: result.previous?.fiscalYear,
  };
  const weaknesses = toolWeaknesses(result);
  return {
    fiscalYear: ctx.year,
    agency: result.assessment.agency,
    digits: options.digits,
    sheets: [analysisSheet(ctx, options, weaknesses), measuresSheet(ctx, weaknesses)].map((sheet) =>
      withDigits(sheet, options.digits)
    ),
  };
}
