/**
 * Which issues the measures sheet carries, and in what order (review M8): a unit can carry out and report
 * on about 8–12 issues, not one per weak item. Weak items are grouped by their indicator (OIT: by
 * sub-indicator, or by indicator where the grouping is not known), each issue naming its two or three
 * lowest items; tools run worst first, and issues inside a tool worst first; a measure that two items
 * share is carried once. The other weak items stay in the analysis (section ๖) only.
 */
import type { Measure } from "../catalogue/types";
import { Exact, exactCompare } from "../exact";
import { printedItemCode, successorCode, ToolId } from "../frameworks";
import { IndicatorResult } from "../result";
import { isPassing, printed } from "../score";
import { toolWeaknesses, WeakItem, WeakOitGroup } from "../weak-points";
import { ReportContext } from "./report-context";
import { reportEntryFor } from "./report-entries";

/** Issues per tool, items named per issue and measures per issue: the sizes a unit can report on. */
export const MAX_ISSUES_PER_TOOL = 4;
export const NAMED_ITEMS_PER_ISSUE = 3;
export const MAX_MEASURES_PER_ISSUE = 2;

export interface PlannedItem {
  readonly code: string;
  /** As the NACC prints it this year: i28, O12. */
  readonly printedCode: string;
  /** Its code in the next year's list when that differs (review S6), as printed there. */
  readonly nextCode?: string;
  readonly title: string;
  /** IIT/EIT: the item score; OIT: absent (the item failed). */
  readonly score?: Exact;
}

export interface PlannedIssue {
  readonly tool: ToolId;
  /** "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต", "ตัวชี้วัดย่อย 9.2 การบริหารงาน". */
  readonly subject: string;
  /** The subject's score, when known. */
  readonly score?: Exact;
  /** Below the pass mark or failed: to fix urgently; otherwise to develop. */
  readonly urgent: boolean;
  /** The items named in the issue (at most three, lowest first); empty for an indicator-level issue. */
  readonly items: readonly PlannedItem[];
  /** Weak items of the subject not named here (they stay in section ๖). */
  readonly otherItems: number;
  readonly measures: readonly Measure[];
}

export interface PlannedGroup {
  readonly tool: ToolId;
  readonly toolScore: Exact;
  readonly issues: readonly PlannedIssue[];
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

function indicatorOf(ctx: ReportContext, number: number | undefined): IndicatorResult | undefined {
  return ctx.result.indicators.find((row) => row.indicator.number === number);
}

function byScore(a: { score?: Exact }, b: { score?: Exact }): number {
  if (a.score === undefined || b.score === undefined) return a.score === undefined ? 1 : -1;
  return exactCompare(a.score, b.score);
}

/** Plans the measures: groups worst tool first, each with its issues worst first. */
export function planMeasures(ctx: ReportContext): PlannedGroup[] {
  const seen = new Set<string>();
  /** The measures of the named items' entries, each action once in the whole sheet. */
  const measuresOf = (keys: readonly string[]): Measure[] => {
    const measures: Measure[] = [];
    for (const key of keys) {
      for (const measure of reportEntryFor(ctx, key).measures) {
        const action = normalise(measure.action);
        if (seen.has(action) || measures.length >= MAX_MEASURES_PER_ISSUE) continue;
        seen.add(action);
        measures.push(measure);
      }
    }
    return measures;
  };
  const planned = (code: string, score?: Exact): PlannedItem => {
    const next = ctx.nextFramework;
    const successor = next && code.startsWith("o") ? successorCode(ctx.framework, next, code) : undefined;
    const nextCode = successor === undefined ? undefined : printedItemCode(next ?? ctx.framework, successor);
    const printedCode = printedItemCode(ctx.framework, code);
    return {
      code,
      printedCode,
      ...(nextCode !== undefined && nextCode !== printedCode ? { nextCode } : {}),
      title: reportEntryFor(ctx, code).title,
      ...(score === undefined ? {} : { score }),
    };
  };
  const indicatorIssue = (tool: ToolId, row: IndicatorResult): PlannedIssue => ({
    tool,
    subject: `ตัวชี้วัดที่ ${row.indicator.number} ${row.indicator.nameTh}`,
    score: row.score,
    urgent: !isPassing(ctx.framework, row.score),
    items: [],
    otherItems: 0,
    measures: measuresOf([`indicator-${row.indicator.number}`]),
  });

  const weaknesses = toolWeaknesses(ctx.result);
  const groups = weaknesses.map((weak): PlannedGroup => {
    const tool = weak.tool;
    const rows = ctx.result.indicators.filter((row) => row.indicator.tool === tool);
    const failing = rows
      .filter((row) => !isPassing(ctx.framework, row.score))
      .sort((a, b) => exactCompare(a.score, b.score) || a.indicator.number - b.indicator.number);
    const itemIssues: { indicator?: number; issue: PlannedIssue }[] =
      tool === "OIT" ? oitIssues(weak.oitGroups) : perceptionIssues(weak.items);
    const covered = new Set(itemIssues.map((entry) => entry.indicator));
    const issues = [
      ...itemIssues.map((entry) => entry.issue),
      ...failing.filter((row) => !covered.has(row.indicator.number)).map((row) => indicatorIssue(tool, row)),
    ].sort((a, b) => Number(b.urgent) - Number(a.urgent) || byScore(a, b));
    if (issues.length === 0) issues.push(indicatorIssue(tool, weak.weakest));
    return { tool, toolScore: ctx.result.current.tools[tool], issues: issues.slice(0, MAX_ISSUES_PER_TOOL) };
  });
  const order = new Map(ctx.framework.tools.map((tool, i) => [tool.id, i]));
  return groups.sort(
    (a, b) =>
      exactCompare(printed(a.toolScore), printed(b.toolScore)) ||
      (order.get(a.tool) ?? 0) - (order.get(b.tool) ?? 0)
  );

  function perceptionIssues(items: readonly WeakItem[]): { indicator?: number; issue: PlannedIssue }[] {
    const byIndicator = new Map<number, WeakItem[]>();
    for (const item of items) {
      if (item.indicator === undefined) continue;
      byIndicator.set(item.indicator, [...(byIndicator.get(item.indicator) ?? []), item]);
    }
    return [...byIndicator].map(([number, group]) => {
      const row = indicatorOf(ctx, number);
      const lowest = [...group].sort(byScore);
      const named = lowest.slice(0, NAMED_ITEMS_PER_ISSUE);
      const below = lowest.some((item) => item.score !== undefined && !isPassing(ctx.framework, item.score));
      return {
        indicator: number,
        issue: {
          tool: row?.indicator.tool ?? "IIT",
          subject: row ? `ตัวชี้วัดที่ ${number} ${row.indicator.nameTh}` : `ตัวชี้วัดที่ ${number}`,
          ...(row ? { score: row.score } : {}),
          urgent: below || (row !== undefined && !isPassing(ctx.framework, row.score)),
          items: named.map((item) => planned(item.code, item.score)),
          otherItems: lowest.length - named.length,
          // The indicator's own measures fill in when the items' were already carried by another issue.
          measures: measuresOf([...named.map((item) => item.code), `indicator-${number}`]),
        },
      };
    });
  }

  function oitIssues(oitGroups: readonly WeakOitGroup[]): { indicator?: number; issue: PlannedIssue }[] {
    return oitGroups.map((group) => {
      const row = indicatorOf(ctx, group.indicator);
      const named = group.items.slice(0, NAMED_ITEMS_PER_ISSUE);
      const subject =
        group.subIndicator !== undefined
          ? `ตัวชี้วัดย่อย ${group.subIndicator} ${group.nameTh}`
          : row
            ? `ตัวชี้วัดที่ ${row.indicator.number} ${row.indicator.nameTh}`
            : "ข้อ OIT ที่ไม่ผ่าน";
      const score = group.score ?? (group.subIndicator === undefined ? row?.score : undefined);
      return {
        ...(group.indicator === undefined ? {} : { indicator: group.indicator }),
        issue: {
          tool: "OIT" as const,
          subject,
          ...(score === undefined ? {} : { score }),
          urgent: true,
          items: named.map((item) => planned(item.code)),
          otherItems: group.items.length - named.length,
          measures: measuresOf([
            ...named.map((item) => item.code),
            ...(group.indicator === undefined ? [] : [`indicator-${group.indicator}`]),
          ]),
        },
      };
    });
  }
}

/** The number of measures in a plan. */
export function measureCount(groups: readonly PlannedGroup[]): number {
  return groups.reduce(
    (sum, group) => sum + group.issues.reduce((n, issue) => n + issue.measures.length, 0),
    0
  );
}

/** The number of issues in a plan. */
export function issueCount(groups: readonly PlannedGroup[]): number {
  return groups.reduce((sum, group) => sum + group.issues.length, 0);
}
