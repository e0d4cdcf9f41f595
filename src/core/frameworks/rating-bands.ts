/**
 * Rating bands: the rating table as a sheet prints it (each rating a band of totals), implied from a
 * rating rule or checked to tile 0.00–100.00 from the highest band down.
 */
import { issueAt, problem, Problem, ValidationIssue } from "../issues";
import { defaultFrameworkLocation, FrameworkPart } from "./framework-part";
import { RatingRule } from "./types";

/**
 * One rating row as a table prints it: a band of printed totals from `min` to `max` (2 decimals), and
 * optionally a minimum every tool must reach. The sheet holds bands; a `RatingRule` keeps only the minimum.
 */
export interface RatingBand {
  readonly rating: string;
  readonly ratingEn: string;
  readonly min: number;
  readonly max: number;
  readonly minEveryTool?: number;
}

const HUNDREDTHS_OF_100 = 10000;

/** A value in hundredths, or undefined when it has more than 2 decimals (bands step by 0.01). */
function hundredths(value: number): number | undefined {
  const scaled = Math.round(value * 100);
  return Math.abs(value * 100 - scaled) < 1e-6 ? scaled : undefined;
}

function showHundredths(value: number): string {
  return (value / 100).toFixed(2);
}

/**
 * The bands a rating rule implies: a row without a tool condition runs from its minimum up to just below
 * the minimum of the row without a condition before it (or 100); a row with a condition runs up to 100.
 */
export function ratingBands(rule: RatingRule): RatingBand[] {
  let ceiling = 100;
  return rule.rows.map((row) => {
    const band: RatingBand = {
      rating: row.rating,
      ratingEn: row.ratingEn,
      min: row.minTotal,
      max: row.minEveryTool === undefined ? ceiling : 100,
      ...(row.minEveryTool === undefined ? {} : { minEveryTool: row.minEveryTool }),
    };
    if (row.minEveryTool === undefined) ceiling = Math.round((row.minTotal - 0.01) * 100) / 100;
    return band;
  });
}

/**
 * Checks rating bands: labels unique; the rows without a tool condition, read as min–max bands in steps of
 * 0.01, tile 0.00–100.00 exactly and run from the highest band down (the first row that holds gives the
 * rating); a row with a tool condition lies inside 0–100 and is reached before the plain row it refines.
 */
export function validateRatingBands(
  bands: readonly RatingBand[],
  locate: (part: FrameworkPart) => string = defaultFrameworkLocation
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (index: number, what: Problem) =>
    issues.push(issueAt(locate({ kind: "rating-row", index }), what));
  if (bands.length === 0) {
    issues.push(
      issueAt(
        locate({ kind: "rating" }),
        problem("no-rating-rows", "ไม่มีเกณฑ์ระดับผลการประเมิน", "the rating table has no rows")
      )
    );
    return issues;
  }
  const seen = new Map<string, number>();
  bands.forEach((band, index) => {
    const label = band.rating.trim();
    const first = seen.get(label);
    if (first !== undefined) {
      at(
        index,
        problem(
          "duplicate-rating",
          `ระดับ "${label}" ซ้ำกับแถวที่ ${first + 1} ของตารางระดับ`,
          `the rating "${label}" repeats row ${first + 1} of the rating table`
        )
      );
    } else seen.set(label, index);
  });

  interface Plain {
    readonly index: number;
    readonly min: number;
    readonly max: number;
  }
  const plain: Plain[] = [];
  const broken = new Set<number>();
  bands.forEach((band, index) => {
    const min = hundredths(band.min);
    const max = hundredths(band.max);
    if (min === undefined || max === undefined) {
      broken.add(index);
      at(
        index,
        problem(
          "rating-decimals",
          `ช่วงคะแนนของระดับ "${band.rating}" ต้องมีทศนิยมไม่เกิน 2 ตำแหน่ง`,
          `the band of "${band.rating}" must have at most 2 decimals`
        )
      );
      return;
    }
    if (min < 0 || max > HUNDREDTHS_OF_100 || min > max) {
      broken.add(index);
      at(
        index,
        problem(
          "rating-band-outside",
          `ช่วงคะแนน ${band.min}–${band.max} ของระดับ "${band.rating}" ต้องอยู่ภายใน 0–100 และต่ำสุดไม่เกินสูงสุด`,
          `the band ${band.min}–${band.max} of "${band.rating}" must lie inside 0–100 with its minimum not above its maximum`
        )
      );
      return;
    }
    if (band.minEveryTool === undefined) {
      plain.push({ index, min, max });
      return;
    }
    const tool = hundredths(band.minEveryTool);
    if (tool === undefined || tool < 0 || tool > HUNDREDTHS_OF_100) {
      at(
        index,
        problem(
          "rating-tool-minimum",
          `คะแนนขั้นต่ำของทุกเครื่องมือ (${band.minEveryTool}) ของระดับ "${band.rating}" ต้องอยู่ภายใน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง`,
          `the every-tool minimum (${band.minEveryTool}) of "${band.rating}" must lie inside 0–100 with at most 2 decimals`
        )
      );
    }
    if (max !== HUNDREDTHS_OF_100) {
      // A RatingRow keeps only minimums: a tool condition applies from its minimum total upward.
      at(
        index,
        problem(
          "rating-condition-band",
          `ระดับ "${band.rating}" มีเงื่อนไขรายเครื่องมือ ช่วงคะแนนต้องสิ้นสุดที่ 100.00 (เงื่อนไขใช้ตั้งแต่คะแนนต่ำสุดขึ้นไป)`,
          `"${band.rating}" has a tool condition, so its band must end at 100.00 (the condition applies from its minimum upward)`
        )
      );
    }
  });

  const ascending = [...plain].sort((a, b) => a.min - b.min || a.index - b.index);
  let cursor = 0;
  let previous: Plain | undefined;
  for (const band of ascending) {
    if (band.min > cursor) {
      at(
        band.index,
        problem(
          "rating-gap",
          `ไม่มีระดับใดครอบคลุมคะแนน ${showHundredths(cursor)}–${showHundredths(band.min - 1)}`,
          `no rating covers the totals ${showHundredths(cursor)}–${showHundredths(band.min - 1)}`
        )
      );
    } else if (band.min < cursor && previous) {
      const other = bands[previous.index]?.rating ?? "";
      const label = bands[band.index]?.rating ?? "";
      at(
        band.index,
        problem(
          "rating-overlap",
          `ช่วงคะแนนของระดับ "${label}" (${showHundredths(band.min)}–${showHundredths(band.max)}) ซ้อนกับระดับ "${other}" (${showHundredths(previous.min)}–${showHundredths(previous.max)})`,
          `the band of "${label}" (${showHundredths(band.min)}–${showHundredths(band.max)}) overlaps "${other}" (${showHundredths(previous.min)}–${showHundredths(previous.max)})`
        )
      );
    }
    if (band.max + 1 > cursor) {
      cursor = band.max + 1;
      previous = band;
    }
  }
  if (cursor <= HUNDREDTHS_OF_100) {
    issues.push(
      issueAt(
        locate({ kind: "rating" }),
        problem(
          "rating-gap",
          `ไม่มีระดับใดครอบคลุมคะแนน ${showHundredths(cursor)}–100.00`,
          `no rating covers the totals ${showHundredths(cursor)}–100.00`
        )
      )
    );
  }
  for (let i = 1; i < plain.length; i += 1) {
    const before = plain[i - 1];
    const band = plain[i];
    if (before && band && band.min > before.min) {
      at(
        band.index,
        problem(
          "rating-order",
          `เรียงระดับจากช่วงคะแนนสูงไปต่ำ: "${bands[band.index]?.rating ?? ""}" ต้องอยู่ก่อน "${bands[before.index]?.rating ?? ""}"`,
          `order the ratings from the highest band down: "${bands[band.index]?.rating ?? ""}" must come before "${bands[before.index]?.rating ?? ""}"`
        )
      );
    }
  }
  bands.forEach((band, index) => {
    if (band.minEveryTool === undefined || broken.has(index)) return;
    const covering = plain.find((p) => p.min <= Math.round(band.min * 100));
    if (covering && covering.index < index) {
      at(
        index,
        problem(
          "rating-unreachable",
          `ระดับ "${band.rating}" ไม่มีวันได้ใช้ เพราะระดับ "${bands[covering.index]?.rating ?? ""}" ที่อยู่ก่อนครอบคลุมคะแนนนี้แล้ว ให้ย้ายขึ้นไปก่อน`,
          `"${band.rating}" can never apply: "${bands[covering.index]?.rating ?? ""}" above it already covers these totals; move it up`
        )
      );
    }
  });
  return issues;
}
