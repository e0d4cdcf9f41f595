/**
 * The measures a tracking sheet follows (issue 14 point 1): the numbered measures of the measures sheet
 * (groups worst tool first, ๑.๑, ๑.๒ …), each with its tool, a short issue, its action, the unit
 * responsible and the date it is due, and a key that finds it again after the plan is regenerated.
 */
import type { Catalogue, DeadlinePattern } from "../catalogue/types";
import { FrameworkLookup, frameworkLookup, ToolId } from "../frameworks";
import { AgencyKindId } from "../agency";
import { voiceFor } from "../report/agency-voice";
import { planMeasures, PlannedGroup, PlannedIssue } from "../report/measures-plan";
import { AgencyVoice, ReportContext } from "../report/report-context";
import { AssessmentResult } from "../result";
import { ThaiDate, toArabicDigits } from "../thai";

/** One measure as the tracking sheet lists it. */
export interface TrackedMeasure {
  /** "1.1#5f0c9a2e": the measure's number and a hash of its action; the hash matches it across plans. */
  readonly key: string;
  /** "1.1", in Arabic digits (the sheet shows it in its digits). */
  readonly number: string;
  readonly tool: ToolId;
  /** The issue, short: "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (ข้อ i29 i28 i30)". */
  readonly issue: string;
  readonly action: string;
  readonly responsible: string;
  /** The day the measure is due: the last day of the period its deadline names. */
  readonly deadline: ThaiDate;
}

/** Who the measures belong to: what `voiceFor` needs to speak for the agency in the report. */
export interface TrackingAgency {
  readonly agency?: string;
  readonly kindId?: AgencyKindId;
  readonly district?: string;
  readonly province?: string;
}

/** The measures of one agency and fiscal year: what a tracking sheet is generated from. */
export interface TrackingPlan {
  readonly agency: TrackingAgency;
  /** The fiscal year the measures are for (the year after the assessment). */
  readonly fiscalYear: number;
  readonly measures: readonly TrackedMeasure[];
}

/**
 * The day a measure with this deadline is due in fiscal year N (ITA.md §4): a six-month measure on
 * 31 มีนาคม N; one reported at year end, quarterly or at both rounds on 30 กันยายน N, the end of its last
 * period.
 *
 * @example deadlineDate("six-month", 2566) // { day: 31, month: 3, buddhistYear: 2566 }
 */
export function deadlineDate(pattern: DeadlinePattern, fiscalYear: number): ThaiDate {
  return pattern === "six-month"
    ? { day: 31, month: 3, buddhistYear: fiscalYear }
    : { day: 30, month: 9, buddhistYear: fiscalYear };
}

/** An action as compared across plans: spaces collapsed, digits Arabic. */
function comparableAction(action: string): string {
  return toArabicDigits(action).replace(/\s+/g, " ").trim();
}

/** FNV-1a, 32 bits, over UTF-16 code units: short, stable, and enough to tell a sheet's measures apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The hash part of a measure's key: the same for the same action, however it is spaced or which digits
 * it uses.
 */
export function actionHash(action: string): string {
  return fnv1a(comparableAction(action));
}

/**
 * A measure's key: its number and the hash of its action.
 *
 * @example measureKey("1.1", "จัดทำคู่มือ…") // "1.1#…"
 */
export function measureKey(number: string, action: string): string {
  return `${number}#${actionHash(action)}`;
}

/** The number and hash of a key, or `undefined` when the text is not a key. */
export function parseMeasureKey(key: unknown): { number: string; hash: string } | undefined {
  if (typeof key !== "string") return undefined;
  const match = /^(\d+\.\d+)#([0-9a-f]{8})$/.exec(key.trim());
  return match ? { number: match[1] ?? "", hash: match[2] ?? "" } : undefined;
}

/**
 * A measure as messages name it: its number and the start of its action.
 *
 * @example measureLabel({ number: "2.1", action: "จัดทำคู่มือการยืม การใช้ และการคืนทรัพย์สินของราชการ…" }) // "2.1 จัดทำคู่มือการยืม…"
 */
export function measureLabel(measure: Pick<TrackedMeasure, "number" | "action">): string {
  const flat = measure.action.replace(/\s+/g, " ").trim();
  const short = flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
  return `${measure.number} ${short}`;
}

/** "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (ข้อ i29 i28 i30)": the subject and the items it names. */
function shortIssue(issue: PlannedIssue): string {
  const codes = issue.items.map((item) => item.printedCode);
  return codes.length > 0 ? `${issue.subject} (ข้อ ${codes.join(" ")})` : issue.subject;
}

/**
 * The measures of a plan, numbered as the measures sheet numbers them: group g (worst tool first), then
 * its measures in order across its issues ("1.1", "1.2" … "2.1").
 *
 * @param fiscalYear the year the measures are for
 */
export function trackedMeasures(plan: readonly PlannedGroup[], fiscalYear: number): TrackedMeasure[] {
  return plan.flatMap((group, g) => {
    let count = 0;
    return group.issues.flatMap((issue) =>
      issue.measures.map((measure): TrackedMeasure => {
        count += 1;
        const number = `${g + 1}.${count}`;
        return {
          key: measureKey(number, measure.action),
          number,
          tool: group.tool,
          issue: shortIssue(issue),
          action: measure.action,
          responsible: measure.responsible,
          deadline: deadlineDate(measure.deadline, fiscalYear),
        };
      })
    );
  });
}

export interface TrackingPlanOptions {
  /** Where the next year's framework is found; the built-in ones by default. */
  readonly frameworks?: FrameworkLookup;
  /** The officer's catalogues, as the report used them. */
  readonly catalogues?: readonly Catalogue[];
  /** The agency as the caller knows it (the pane's chosen kind); the assessment's by default. */
  readonly agency?: TrackingAgency;
  /** The agency's voice, when the caller knows better (as `buildReport`'s option). */
  readonly voice?: AgencyVoice;
}

/**
 * The tracking plan of a scored assessment: the measures its report's measures sheet prints, for the
 * next fiscal year, with the agency they belong to.
 *
 * @example trackingPlanFor(scoreAssessment(seed)).measures[0]?.number // "1.1"
 */
export function trackingPlanFor(result: AssessmentResult, options: TrackingPlanOptions = {}): TrackingPlan {
  const assessment = result.assessment;
  const agency: TrackingAgency = options.agency ?? {
    ...(assessment.agency !== undefined ? { agency: assessment.agency } : {}),
    ...(assessment.kindId !== undefined ? { kindId: assessment.kindId } : {}),
    ...(assessment.district !== undefined ? { district: assessment.district } : {}),
    ...(assessment.province !== undefined ? { province: assessment.province } : {}),
  };
  const lookup = options.frameworks ?? frameworkLookup();
  const year = result.current.fiscalYear;
  // The same context buildReport gives the measures sheet, so the numbers match it measure for measure.
  const ctx: ReportContext = {
    catalogues: options.catalogues,
    result,
    framework: assessment.framework,
    nextFramework: lookup.find(year + 1),
    digits: "arabic",
    voice: options.voice ?? voiceFor(options.agency ? agency : assessment),
    year,
    previousYear: result.previous?.fiscalYear,
  };
  return { agency, fiscalYear: year + 1, measures: trackedMeasures(planMeasures(ctx), year + 1) };
}
