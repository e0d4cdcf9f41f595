/**
 * A framework sheet read back (see framework-sheet.ts for the sheet): its sections found by their titles,
 * the general facts, the tables of tools, indicators and rating bands and the item table read row by row,
 * then the framework put together and checked as a whole by {@link validateFramework}, each problem at
 * the cell of the part it concerns.
 */
import { CellPosition } from "../a1";
import { Validated } from "../issues";
import { frameworkSheetCells } from "./framework-sheet-cells";
import { FRAMEWORK_FACT_LABELS } from "./framework-sheet-labels";
import { frameworkSections } from "./framework-sheet-sections";
import { evidenceOf, generalRows, readOptionalFacts, readRequiredFacts } from "./read-framework-facts";
import { readItems } from "./read-framework-items";
import { readIndicators, readRatingBands, readTools } from "./read-framework-tables";
import { Framework, OitSubIndicator, PerceptionItemGroup, RatingRow } from "./types";
import { FrameworkPart, validateFramework } from "./validate-framework";

/**
 * Reads a framework sheet back: every problem with its cell (`'กรอบ ITA 2568'!D12`), then
 * {@link validateFramework} on what was read. Numbers may be typed with Thai digits.
 *
 * @param origin where `rows[0][0]` sits on the sheet (the used range need not start at A1).
 * @example frameworkFromRows("กรอบ ITA 2568", frameworkSheetRows(FY2568)) // { ok: true, value: FY2568 }
 */
export function frameworkFromRows(
  sheetName: string,
  rows: readonly (readonly unknown[])[],
  origin: CellPosition = { row: 0, column: 0 }
): Validated<Framework> {
  const reader = frameworkSheetCells(sheetName, origin);
  const { issues, warnings, cell, area } = reader;
  const sections = frameworkSections(reader, rows);
  if (!sections) return { ok: false, issues, warnings };
  const { section, table } = sections;
  const general = generalRows(sections);
  const { yearRow, fiscalYear, passRow, passMark } = readRequiredFacts(reader, sections, general);
  const evidence = (label: string) => evidenceOf(reader, general, label);
  const { tools, toolRows } = readTools(reader, table("tools"));
  const indicatorRows = readIndicators(reader, table("indicators"));
  const bandRows = readRatingBands(reader, table("rating"));
  const { basedOn, documentRows, documentItems, nationalRows, national } = readOptionalFacts(reader, general);
  const { ungrouped, groups, subs, typedOitCodes } = readItems(reader, table("items"));

  if (issues.length > 0 || fiscalYear === undefined || passMark === undefined) {
    return { ok: false, issues, warnings };
  }

  const perceptionGroups: PerceptionItemGroup[] = [...groups].map(([indicator, group]) => ({
    indicator,
    codes: group.codes,
  }));
  const subIndicators: OitSubIndicator[] = [...subs.values()].map((entry) => ({
    ...entry.sub,
    items: entry.items,
  }));
  const bands = bandRows.map((row) => row.band);
  const ratingRows: RatingRow[] = bands.map((band) => ({
    rating: band.rating,
    ratingEn: band.ratingEn,
    minTotal: band.min,
    ...(band.minEveryTool === undefined ? {} : { minEveryTool: band.minEveryTool }),
  }));
  const ungroupedItems = ungrouped.map((entry) => entry.item);
  const oitList =
    subIndicators.length > 0 || ungroupedItems.length > 0
      ? {
          oit: {
            subIndicators,
            ...(ungroupedItems.length > 0 ? { ungroupedItems } : {}),
            ...(typedOitCodes.every((typed) => typed.startsWith("O")) ? { codeLetter: "O" as const } : {}),
            evidence: evidence(FRAMEWORK_FACT_LABELS.oitEvidence),
          },
        }
      : {};
  const framework: Framework = {
    fiscalYear,
    ...(basedOn === undefined ? {} : { basedOn }),
    tools,
    indicators: indicatorRows.map((row) => row.indicator),
    rating: {
      kind: bands.every((band) => /^[A-Z]{1,2}$/.test(band.rating)) ? "letters" : "words",
      rows: ratingRows,
      evidence: evidence(FRAMEWORK_FACT_LABELS.ratingEvidence),
    },
    passMark,
    ...(perceptionGroups.length > 0
      ? {
          perceptionItems: {
            groups: perceptionGroups,
            evidence: evidence(FRAMEWORK_FACT_LABELS.perceptionEvidence),
          },
        }
      : {}),
    ...oitList,
    ...(documentItems ? { documentItems } : {}),
    ...(national ? { national } : {}),
  };
  if (issues.length > 0) return { ok: false, issues, warnings };

  // Where each part of the framework sits, keyed as validateFramework counts occurrences.
  const places = new Map<string, string>();
  const occurrences = new Map<string, number>();
  const place = (key: string, at: string) => {
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    places.set(`${key}#${n}`, at);
  };
  tools.forEach((tool, i) => {
    place(`tool:${tool.id}`, cell(toolRows[i] ?? 0, 0));
    place(`weight:${tool.id}`, cell(toolRows[i] ?? 0, 3));
  });
  indicatorRows.forEach((row) => place(`indicator:${row.indicator.number}`, cell(row.index, 0)));
  for (const [, group] of groups)
    group.codes.forEach((code, i) => place(`item:${code}`, cell(group.rows[i] ?? 0, 0)));
  for (const [, entry] of subs) {
    place(`sub:${entry.sub.id}`, cell(entry.rows[0] ?? 0, 2));
    entry.items.forEach((item, i) => place(`item:${item.code}`, cell(entry.rows[i] ?? 0, 0)));
  }
  for (const entry of ungrouped) place(`item:${entry.item.code}`, cell(entry.index, 0));
  const toolsFirst = toolRows[0];
  const toolsLast = toolRows[toolRows.length - 1];
  const ratingFirst = bandRows[0]?.index;
  const ratingLast = bandRows[bandRows.length - 1]?.index;
  const locate = (part: FrameworkPart): string => {
    switch (part.kind) {
      case "fiscal-year":
        return cell(yearRow?.index ?? 0, 1);
      case "pass-mark":
        return cell(passRow?.index ?? 0, 1);
      case "tools":
        return toolsFirst === undefined || toolsLast === undefined
          ? cell(section("tools").title, 0)
          : area(toolsFirst, toolsLast, 3, 3);
      case "tool":
        return (
          places.get(`${part.field ?? "tool"}:${part.id}#${part.occurrence ?? 0}`) ??
          cell(section("tools").title, 0)
        );
      case "indicator":
        return (
          places.get(`indicator:${part.number}#${part.occurrence ?? 0}`) ??
          cell(section("indicators").title, 0)
        );
      case "rating":
        return ratingFirst === undefined || ratingLast === undefined
          ? cell(section("rating").title, 0)
          : area(ratingFirst, ratingLast, 3, 4);
      case "rating-row":
        return cell(bandRows[part.index]?.index ?? section("rating").title, 1);
      case "sub-indicator":
        return places.get(`sub:${part.id}#${part.occurrence ?? 0}`) ?? cell(section("items").title, 0);
      case "item":
        return places.get(`item:${part.code}#${part.occurrence ?? 0}`) ?? cell(section("items").title, 0);
      case "document-item":
        return cell(documentRows[part.field]?.index ?? section("general").title, 1);
      case "national":
        return cell(nationalRows[part.field]?.index ?? section("general").title, 1);
    }
  };
  const found = validateFramework(framework, locate, bands);
  if (found.length > 0) return { ok: false, issues: found, warnings };
  return { ok: true, value: framework, warnings };
}
