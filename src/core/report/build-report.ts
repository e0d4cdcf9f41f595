/**
 * Builds the report an agency publishes (ITA.md §4, the seed's structure, issue 12) from a scored
 * assessment: the analysis sheet — cover, foreword, contents, sections ๑–๖ and the approval blocks — and
 * the measures sheet for the next fiscal year. All wording is decided in the section modules beside this
 * one; renderers only draw it.
 */
import type { Catalogue } from "../catalogue/types";
import { FrameworkLookup, frameworkLookup } from "../frameworks";
import { AssessmentResult } from "../result";
import { ThaiDate } from "../thai";
import { voiceFor } from "./agency-voice";
import {
  chartSection,
  frameworkSection,
  principles,
  resultSection,
  toolAnalysisSection,
  trendSection,
} from "./analysis-sections";
import { approvalBlocks, cover, foreword } from "./front-matter";
import { Digits } from "./layout";
import { measuresSheet } from "./measures-sheet";
import { planMeasures, PlannedGroup } from "./measures-plan";
import { ReportBlock, ReportModel, ReportSheet } from "./model";
import { AgencyVoice, ReportContext, sectionNumber } from "./report-context";
import { withDigits } from "./with-digits";
import { servesItemLine } from "./served-item-line";
import { weaknessSection } from "./weakness-section";

export { deadlineText } from "./deadlines";

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
  /** The date the officer took the scores from ITAS ("ข้อมูล ณ วันที่"); a line to fill in otherwise. */
  readonly scoresAsOf?: ThaiDate;
  /** The agency's voice, when the caller knows better than the assessment (the pane's chosen kind). */
  readonly voice?: AgencyVoice;
}

/** Analysis sheet columns (characters): number/rank, indicator, then four figures. */
const ANALYSIS_COLUMNS = [7, 41, 12, 12, 12, 12];

const ANALYSIS_TITLE = "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";

function analysisSheet(
  ctx: ReportContext,
  options: ReportOptions,
  plan: readonly PlannedGroup[]
): ReportSheet {
  const n = (k: number) => sectionNumber(k, ctx.digits);
  const content: { id: string; title: string; blocks: ReportBlock[] }[] = [
    { id: "principles", title: "หลักการและเหตุผล", blocks: principles(ctx) },
    {
      id: "framework",
      title: "กรอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
      blocks: frameworkSection(ctx),
    },
    {
      id: "result",
      title: "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
      blocks: resultSection(ctx),
    },
  ];
  if (options.chart) {
    content.push({
      id: "chart",
      title: "แผนภูมิเปรียบเทียบผลการประเมิน ITA จำแนกตามตัวชี้วัด",
      blocks: chartSection(ctx),
    });
  }
  if (ctx.result.history.length > 0) {
    content.push({ id: "trend", title: "แนวโน้มผลการประเมินย้อนหลัง", blocks: trendSection(ctx, options.chart) });
  }
  const analysisNumber = content.length + 1;
  content.push({ id: "analysis", title: "การวิเคราะห์ข้อมูล", blocks: toolAnalysisSection(ctx, analysisNumber) });
  content.push({
    id: "weaknesses",
    title: "ประเด็นที่ต้องแก้ไขและพัฒนา และแนวทางการนำผลไปสู่การปฏิบัติ",
    blocks: weaknessSection(ctx, analysisNumber + 1, plan),
  });
  const headings = content.map((section, i) => ({ ...section, text: `${n(i + 1)} ${section.title}` }));
  const blocks: ReportBlock[] = [
    ...cover(ctx, ANALYSIS_TITLE),
    ...foreword(ctx),
    { kind: "heading", text: "สารบัญ", pageBreakBefore: true },
    {
      kind: "contents",
      entries: [
        ...headings.map((section) => ({ text: section.text, target: section.id })),
        { text: "ผู้จัดทำและผู้ให้ความเห็นชอบ", target: "approval" },
      ],
    },
    { kind: "title", text: `${ANALYSIS_TITLE}\nประจำปีงบประมาณ พ.ศ. ${ctx.year}`, pageBreakBefore: true },
    { kind: "paragraph", text: ctx.voice.agency, align: "center" },
    ...(ctx.voice.place
      ? [{ kind: "paragraph" as const, text: ctx.voice.place, align: "center" as const }]
      : []),
    ...servesItemLine(ctx),
    ...headings.flatMap((section): ReportBlock[] => [
      { kind: "heading", text: section.text, id: section.id },
      ...section.blocks,
    ]),
    { kind: "heading", text: "ผู้จัดทำและผู้ให้ความเห็นชอบ", id: "approval" },
    ...approvalBlocks(ctx),
  ];
  return {
    id: `analysis-${ctx.year}`,
    name: `ผลการวิเคราะห์ ITA ${ctx.year}`,
    columnWidths: ANALYSIS_COLUMNS,
    headerCenter: `${ctx.voice.agency} – รายงานผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${ctx.year}`,
    blocks,
  };
}

/**
 * The report model of a scored assessment: the analysis sheet and the measures sheet for the next fiscal
 * year.
 */
export function buildReport(result: AssessmentResult, options: ReportOptions): ReportModel {
  const framework = result.assessment.framework;
  const lookup = options.frameworks ?? frameworkLookup();
  const ctx: ReportContext = {
    catalogues: options.catalogues,
    result,
    framework,
    nextFramework: lookup.find(result.current.fiscalYear + 1),
    digits: options.digits,
    voice: options.voice ?? voiceFor(result.assessment),
    year: result.current.fiscalYear,
    previousYear: result.previous?.fiscalYear,
    ...(options.scoresAsOf ? { scoresAsOf: options.scoresAsOf } : {}),
  };
  const plan = planMeasures(ctx);
  return {
    fiscalYear: ctx.year,
    agency: result.assessment.agency,
    digits: options.digits,
    sheets: [analysisSheet(ctx, options, plan), measuresSheet(ctx, plan)].map((sheet) =>
      withDigits(sheet, options.digits)
    ),
  };
}
