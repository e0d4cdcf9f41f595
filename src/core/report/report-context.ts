/**
 * What every section of the report shares: the scored result, the framework, the agency's voice (its
 * kind's executive, leading office and place), the digits, and the few wording helpers that keep the
 * figures a reader can check (every change shown is printed(current) − printed(previous), review M4).
 */
import type { Catalogue } from "../catalogue/types";
import { Exact, exactCompare, exactInteger, exactSubtract, roundHalfUpToNumber } from "../exact";
import { Framework, printedItemCode, Tool, ToolId } from "../frameworks";
import { AssessmentResult } from "../result";
import { printed } from "../score";
import { formatDecimal, ThaiDate, toThaiDigits } from "../thai";
import { Digits } from "./layout";
import { TableValue } from "./model";

/** How the agency speaks and signs: from its kind (ITA issue 12: the report is not always a municipality's). */
export interface AgencyVoice {
  /** The agency's name as given ("เทศบาลตำบลด่านเกวียน"), or "หน่วยงาน". */
  readonly agency: string;
  /** "อำเภอโชคชัย จังหวัดนครราชสีมา", or "" when not given. */
  readonly place: string;
  /** The signing executive's position line: "นายกเทศมนตรีตำบลด่านเกวียน", or "ผู้บริหารหน่วยงาน". */
  readonly executive: string;
  /** The permanent head who reviews, when the kind has one ("ปลัดเทศบาล"); else "". */
  readonly permanentHead: string;
  /** The office that prepares the ITA documents ("สำนักปลัดเทศบาล"). */
  readonly leadingOffice: string;
  /** Substitutes the agency-kind placeholders of catalogue texts (identity for the built-in wording). */
  readonly terms: (text: string) => string;
}

export interface ReportContext {
  readonly catalogues?: readonly Catalogue[];
  readonly result: AssessmentResult;
  readonly framework: Framework;
  /** The next year's framework, when known: the item this document serves, the codes of next year. */
  readonly nextFramework?: Framework;
  readonly digits: Digits;
  readonly voice: AgencyVoice;
  readonly year: number;
  readonly previousYear?: number;
  /** The date the officer took the scores from ITAS, when given. */
  readonly scoresAsOf?: ThaiDate;
}

export const ONE_HUNDRED = exactInteger(100);
const ZERO = exactInteger(0);

/** A score cell (2 decimals, the report's digits through its number format). */
export const scoreValue = (value: Exact): TableValue => ({
  number: roundHalfUpToNumber(value, 2),
  style: "score",
});

/**
 * The change between two figures as printed: printed(current) − printed(previous), so the reader's
 * subtraction of the two numbers beside it gives the same figure (review M4: 97.50 − 89.38 = 8.12, where
 * the exact tool scores give 8.13).
 */
export function printedChange(current: Exact, previous: Exact): Exact {
  return exactSubtract(printed(current), printed(previous));
}

export const changeValue = (current: Exact, previous: Exact): TableValue => ({
  number: roundHalfUpToNumber(printedChange(current, previous), 2),
  style: "change",
});

/** A figure with 2 decimals, in Arabic digits (the sheet's digits are applied to the whole text later). */
export function two(value: Exact): string {
  return formatDecimal(value, 2);
}

/** "เพิ่มขึ้น 13.76 คะแนน", "ลดลง 2.50 คะแนน", "เท่าเดิม", from printed figures. */
export function movement(current: Exact, previous: Exact): string {
  const delta = printedChange(current, previous);
  const sign = exactCompare(delta, ZERO);
  if (sign === 0) return "เท่าเดิม";
  const size = two(sign < 0 ? exactSubtract(ZERO, delta) : delta);
  return sign > 0 ? `เพิ่มขึ้น ${size} คะแนน` : `ลดลง ${size} คะแนน`;
}

/** -1, 0 or 1: whether a figure fell, held or rose, as printed. */
export function direction(current: Exact, previous: Exact): number {
  return exactCompare(printedChange(current, previous), ZERO);
}

/** "๓." or "3.", the report's section numbers. */
export function sectionNumber(n: number, digits: Digits): string {
  return digits === "thai" ? `${toThaiDigits(String(n))}.` : `${n}.`;
}

export function toolOf(framework: Framework, id: ToolId): Tool {
  const tool = framework.tools.find((candidate) => candidate.id === id);
  if (!tool) throw new RangeError(`no tool ${id}`);
  return tool;
}

/** "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)". */
export function toolName(framework: Framework, id: ToolId): string {
  return `${toolOf(framework, id).nameTh} (${id})`;
}

/** "ข้อ O11": an item code as the NACC prints it in this year's list. */
export function itemLabel(ctx: ReportContext, code: string): string {
  return `ข้อ ${printedItemCode(ctx.framework, code)}`;
}

/**
 * Item codes are identifiers of the NACC's ITAS, printed with a Latin letter and Arabic digits even in a
 * Thai-digit document (review M5: "o๑๑" reads as "๐๑๑"). Everything else takes Thai digits.
 *
 * @example toThaiDigitsKeepingCodes("ข้อ O11 (80.10 คะแนน)") // "ข้อ O11 (๘๐.๑๐ คะแนน)"
 */
export function toThaiDigitsKeepingCodes(text: string): string {
  return text
    .split(/(\b[iIeEoO]\d{1,3}\b)/)
    .map((part, index) => (index % 2 === 1 ? part : toThaiDigits(part)))
    .join("");
}
