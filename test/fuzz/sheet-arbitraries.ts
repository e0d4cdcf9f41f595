/**
 * Fuzz generators for what the add-in reads from a sheet: sheet names, where a block starts, the blocks an
 * officer selects for `recognizeScores` and the used ranges `findScores` scans.
 */
import fc from "fast-check";
import { Framework, SUPPORTED_FISCAL_YEARS } from "../../src/core";
import { cellGrid, framework, hostCell, itemCodeText, scoreCell, THAI_DIGITS } from "./cell-arbitraries";

/** A sheet name as Excel allows it, with the characters that need quoting in an address. */
export const sheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("Sheet1", "ITA 2565", "คะแนน ITA", "O'Brien", "'", "a!b", "ผลการวิเคราะห์ ITA ๒๕๖๕"),
  fc.string({ minLength: 1, maxLength: 31 })
);

/** Where a block starts on the sheet: mostly near the top, sometimes at the far edge. */
export const origin = fc.record({
  row: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1048575 })),
  column: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 16383 })),
});

/** A label of indicator `number` as the seed and officers write it. */
function labelCell(of: Framework, number: number, style: number): unknown {
  const indicator = of.indicators[number - 1];
  const thai = [...String(number)].map((d) => THAI_DIGITS.charAt(Number(d))).join("");
  switch (style % 6) {
    case 0:
      return number;
    case 1:
      return indicator?.nameTh ?? "";
    case 2:
      return `ตัวชี้วัดที่ ${thai} ${indicator?.nameTh ?? ""}`;
    case 3:
      return indicator?.nameEn ?? "";
    case 4:
      return `${number}. ${indicator?.nameTh ?? ""}`;
    default:
      return String(number);
  }
}

/** A header cell over a column of scores. */
const scoreHeader: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SUPPORTED_FISCAL_YEARS, 2569).map((year) => `คะแนน ${year}`),
  fc.constantFrom(...SUPPORTED_FISCAL_YEARS, 2561).map((year) => year),
  fc
    .constantFrom(...SUPPORTED_FISCAL_YEARS)
    .map((year) => `คะแนนปี ${[...String(year)].map((d) => THAI_DIGITS.charAt(Number(d))).join("")}`),
  fc.constantFrom("คะแนน", "ปีก่อน", "previous", "last year", "", "คะแนนปีนี้"),
  hostCell
);

/**
 * A block as an officer selects it for `recognizeScores`: the ten indicators as a column or a row, with
 * or without a header line and a label field, one or more years of scores; sometimes the wrong size,
 * labels out of order or twice, and stray values.
 */
export const scoreBlock = fc
  .record({
    framework,
    transpose: fc.boolean(),
    header: fc.constantFrom(true, true, true, false),
    headerStyle: fc.constantFrom<"years" | "words" | "any">("years", "years", "words", "any"),
    label: fc.constantFrom<"none" | "first" | "last">("none", "first", "first", "last"),
    labelStyle: fc.integer({ min: 0, max: 5 }),
    shuffle: fc.boolean(),
    years: fc.oneof(
      { arbitrary: fc.constant(1), weight: 4 },
      { arbitrary: fc.constant(2), weight: 3 },
      { arbitrary: fc.integer({ min: 3, max: 6 }), weight: 1 }
    ),
    lines: fc.oneof(
      { arbitrary: fc.constant(10), weight: 8 },
      { arbitrary: fc.constantFrom(9, 11, 12, 0, 1), weight: 1 }
    ),
    headers: fc.array(scoreHeader, { minLength: 6, maxLength: 6 }),
    scores: fc.array(fc.array(scoreCell, { minLength: 12, maxLength: 12 }), { minLength: 6, maxLength: 6 }),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { minLength: 12, maxLength: 12 }),
    noise: fc.array(fc.tuple(fc.nat(20), fc.nat(8), hostCell), { maxLength: 2 }),
    sheet: sheetName,
    origin,
  })
  .map((spec) => {
    const count = spec.lines;
    const numbers = Array.from({ length: count }, (_, i) => (spec.shuffle ? (spec.order[i] ?? i) : i) + 1);
    const fields: unknown[][] = [];
    const labelField = numbers.map((number) => labelCell(spec.framework, number, spec.labelStyle));
    if (spec.label === "first") fields.push(spec.header ? ["ตัวชี้วัด", ...labelField] : labelField);
    // Headers as a sheet has them: the years, newest first (this year's may differ from the pane's), or
    // "คะแนน" and "ปีก่อน" over two columns, or anything.
    const headerOf = (year: number): unknown => {
      if (spec.headerStyle === "years") return `คะแนน ${spec.framework.fiscalYear - year}`;
      if (spec.headerStyle === "words")
        return year === 0 ? "คะแนน" : year === 1 ? "ปีก่อน" : spec.headers[year];
      return spec.headers[year];
    };
    for (let year = 0; year < spec.years; year += 1) {
      const column = Array.from({ length: count }, (_, i) => spec.scores[year]?.[i]);
      fields.push(spec.header ? [headerOf(year), ...column] : column);
    }
    if (spec.label === "last") fields.push(spec.header ? ["ชื่อ", ...labelField] : labelField);
    const lineCount = Math.max(0, ...fields.map((field) => field.length));
    let values: unknown[][] = Array.from({ length: lineCount }, (_, line) =>
      fields.map((field) => field[line])
    );
    if (spec.transpose) values = fields.map((field) => [...field]);
    for (const [row, column, value] of spec.noise) {
      const line = values[row % Math.max(1, values.length)];
      if (line && line.length > 0) line[column % line.length] = value;
    }
    return { framework: spec.framework, block: { sheet: spec.sheet, origin: spec.origin, values } };
  });

/**
 * A sheet's used range for `findScores`: the seed's comparison table (a header naming the years, the ten
 * indicators by name, a change column, tool and total rows, item codes) placed among other cells, with some
 * cells replaced by anything; or a grid of anything.
 */
export const findScoresGrid = fc.oneof(
  {
    arbitrary: fc
      .record({
        framework,
        top: fc.nat(4),
        left: fc.nat(3),
        years: fc.constantFrom(2564, 2565, 2566, 2567).map((year) => [year - 1, year] as const),
        scores: fc.array(fc.tuple(scoreCell, scoreCell), { minLength: 10, maxLength: 10 }),
        change: fc.boolean(),
        totals: fc.boolean(),
        items: fc.array(fc.tuple(itemCodeText, scoreCell), { maxLength: 4 }),
        labelStyle: fc.integer({ min: 1, max: 4 }),
        noise: fc.array(fc.tuple(fc.nat(25), fc.nat(8), hostCell), { maxLength: 6 }),
        separator: fc.boolean(),
        sheet: sheetName,
      })
      .map((spec) => {
        const rows: unknown[][] = [];
        for (let i = 0; i < spec.top; i += 1) rows.push([]);
        const pad = Array.from({ length: spec.left }, () => "");
        rows.push([
          ...pad,
          "ตัวชี้วัด",
          `คะแนน ${spec.years[0]}`,
          `คะแนน ${spec.years[1]}`,
          ...(spec.change ? ["เปลี่ยนแปลง"] : []),
        ]);
        if (spec.separator) rows.push([...pad, "|---|", "---", "---"]);
        spec.scores.forEach(([previous, current], i) => {
          const change =
            typeof previous === "number" && typeof current === "number"
              ? [(current - previous).toFixed(2)]
              : ["-"];
          rows.push([
            ...pad,
            labelCell(spec.framework, i + 1, spec.labelStyle),
            previous,
            current,
            ...(spec.change ? change : []),
          ]);
        });
        if (spec.totals) {
          rows.push([...pad, "IIT", 86.55, 86.55]);
          rows.push([...pad, "คะแนนรวม", 80, 91.96]);
        }
        for (const [code, value] of spec.items) rows.push([...pad, code, value]);
        for (const [row, column, value] of spec.noise) {
          const line = rows[row % rows.length] ?? [];
          line[column] = value;
        }
        return { framework: spec.framework, sheet: spec.sheet, values: rows };
      }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ framework, sheet: sheetName, values: cellGrid(14, 8) }),
    weight: 1,
  }
);
