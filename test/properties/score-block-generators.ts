/**
 * Generators for the scores an officer types beside the indicators: valid, in Thai digits or mistaken,
 * laid out as a column or a row, with or without header and labels, and the seed case as a block.
 */
import fc from "fast-check";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";
import { SUPPORTED_YEARS } from "./text-generators";

// ---- scores ------------------------------------------------------------------------------------------

/** One score cell: mostly valid, else each kind of mistake the add-in must refuse or read as text. */
export type ScoreSeed =
  | { readonly kind: "valid"; readonly value: number }
  | { readonly kind: "thai-digits"; readonly value: number }
  | { readonly kind: "bad"; readonly input: string | number | boolean };

const validScore = fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100);

const badScore = fc.constantFrom<string | number | boolean>(
  "'n/a",
  "",
  101,
  -0.01,
  1000,
  "#N/A",
  true,
  "=1/0",
  "'=85",
  "'-",
  "'@90"
);

const scoreSeed: fc.Arbitrary<ScoreSeed> = fc.oneof(
  { weight: 12, arbitrary: validScore.map((value) => ({ kind: "valid" as const, value })) },
  { weight: 1, arbitrary: validScore.map((value) => ({ kind: "thai-digits" as const, value })) },
  { weight: 1, arbitrary: badScore.map((input) => ({ kind: "bad" as const, input })) }
);

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

export function scoreInput(seed: ScoreSeed): string | number | boolean {
  switch (seed.kind) {
    case "valid":
      return seed.value;
    case "thai-digits":
      return `'${String(seed.value).replace(/\d/g, (d) => THAI_DIGITS[Number(d)] ?? d)}`;
    case "bad":
      return seed.input;
  }
}

const tenScores = (scores: fc.Arbitrary<ScoreSeed>) => fc.array(scores, { minLength: 10, maxLength: 10 });

/** Either all ten valid (most cases, so the writes are reached) or with mistakes mixed in. */
export const yearOfScores = fc.oneof(
  { weight: 3, arbitrary: tenScores(validScore.map((value) => ({ kind: "valid" as const, value }))) },
  { weight: 1, arbitrary: tenScores(scoreSeed) }
);

/** The indicator labels beside the scores: the framework's names, numbers, or pasted labels. */
const labelStyle = fc.constantFrom("names", "numbers", "pasted", "none");

export interface ScoreBlockSeed {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly orientation: "column" | "row";
  readonly header: boolean;
  readonly labels: "names" | "numbers" | "pasted" | "none";
  readonly current: readonly ScoreSeed[];
  readonly previous?: readonly ScoreSeed[];
  /** The year the header names for the current scores (the header wins over the pane's year). */
  readonly headerYear: number;
}

export const scoreBlock: fc.Arbitrary<ScoreBlockSeed> = fc.record(
  {
    sheet: fc.nat(5),
    top: fc.nat(18),
    left: fc.nat(6),
    orientation: fc.constantFrom("column" as const, "column" as const, "row" as const),
    // Without a header two columns of scores are ambiguous (refused): headers are the common case.
    header: fc.nat(3).map((n) => n > 0),
    labels: labelStyle,
    current: yearOfScores,
    previous: yearOfScores,
    headerYear: fc.constantFrom(...SUPPORTED_YEARS),
  },
  { requiredKeys: ["sheet", "top", "left", "orientation", "header", "labels", "current", "headerYear"] }
);

/** The seed case as a block, for properties that need the success path every time. */
export function seedScoreBlock(sheet: number, top: number, left: number): ScoreBlockSeed {
  return {
    sheet,
    top,
    left,
    orientation: "column",
    header: true,
    labels: "names",
    current: SEED_2565.map((value) => ({ kind: "valid", value })),
    previous: SEED_2564.map((value) => ({ kind: "valid", value })),
    headerYear: 2565,
  };
}

function labelFor(style: ScoreBlockSeed["labels"], index: number): string | number {
  const name = INDICATOR_NAMES[index] ?? "";
  switch (style) {
    case "names":
      return `'${name}`;
    case "numbers":
      return index + 1;
    case "pasted":
      // As pasted from a Word list: a dash or "=" bullet before the name.
      return `'${index % 2 === 0 ? "- " : "="}${name}`;
    case "none":
      return "";
  }
}

/** The block as rows of typed input, in sheet orientation, and its address on its sheet. */
export function scoreBlockCells(block: ScoreBlockSeed): (string | number | boolean)[][] {
  const fields: (string | number | boolean)[][] = [];
  if (block.labels !== "none") {
    fields.push([
      ...(block.header ? ["'ตัวชี้วัด"] : []),
      ...Array.from({ length: 10 }, (_, i) => labelFor(block.labels, i)),
    ]);
  }
  if (block.previous) {
    fields.push([
      ...(block.header ? [`'คะแนน ${block.headerYear - 1}`] : []),
      ...block.previous.map(scoreInput),
    ]);
  }
  fields.push([...(block.header ? [`'คะแนน ${block.headerYear}`] : []), ...block.current.map(scoreInput)]);
  const lines = fields[0]?.length ?? 0;
  if (block.orientation === "row") return fields;
  return Array.from({ length: lines }, (_, line) => fields.map((field) => field[line] ?? ""));
}
