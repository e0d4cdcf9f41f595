/**
 * The catalogue entry the report uses for an item or an indicator: the officer's catalogue first, then the
 * built-in one, its agency-kind terms filled in; for a code neither knows (a framework sheet of a new year
 * with new items), an entry written from the item's name, so the report never fails for want of wording.
 */
import { catalogueEntryFor } from "../catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import { oitItemOf } from "../frameworks";
import { ReportContext } from "./report-context";

function withTerms(entry: CatalogueEntry, terms: (text: string) => string): CatalogueEntry {
  return {
    ...entry,
    title: terms(entry.title),
    recommendation: terms(entry.recommendation),
    measures: entry.measures.map((measure) => ({
      ...measure,
      action: terms(measure.action),
      responsible: terms(measure.responsible),
    })),
  };
}

/** The entry of `key` ("i28", "o11", "indicator-5") for the report's year and agency. */
export function reportEntryFor(ctx: ReportContext, key: string): CatalogueEntry {
  const { framework } = ctx;
  const known =
    (ctx.catalogues ? catalogueEntryFor(framework, key, ctx.catalogues) : undefined) ??
    catalogueEntryFor(framework, key);
  if (known) return withTerms(known, ctx.voice.terms);
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
        responsible: ctx.voice.leadingOffice,
        deadline: "six-month-and-year-end",
      },
    ],
  };
}
