/**
 * How the pane shows scores and ratings. Display only: the numbers of a ResultJson are already rounded
 * half-up to 2 decimals by the core, so formatting never rounds again, it only pads to two places.
 */

const scoreFormat = new Intl.NumberFormat("th-TH", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

const changeFormat = new Intl.NumberFormat("th-TH", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
  signDisplay: "exceptZero",
});

/**
 * A score with two decimals.
 *
 * @example
 * formatScore(89.3) // "89.30"
 */
export function formatScore(score: number): string {
  return scoreFormat.format(score);
}

/**
 * A year-on-year change with its sign, as the ITA report prints it.
 *
 * @example
 * formatChange(36.5) // "+36.50"
 * formatChange(-2.5) // "-2.50"
 */
export function formatChange(change: number): string {
  return changeFormat.format(change);
}

export type ChangeDirection = "up" | "down" | "unchanged";

export function changeDirection(change: number): ChangeDirection {
  return change > 0 ? "up" : change < 0 ? "down" : "unchanged";
}

/** The Fluent badge colour of a rating. */
export type RatingTone = "success" | "warning" | "danger" | "informative";

// ITA.md §2: letters to 2565 (AA…F), words from 2566. A passing rating is good news; B/C and
// ต้องปรับปรุง need work; the rest need urgent work.
const TONE_OF_RATING: Readonly<Record<string, RatingTone>> = {
  AA: "success",
  A: "success",
  ผ่านดีเยี่ยม: "success",
  ผ่านดี: "success",
  ผ่าน: "success",
  B: "warning",
  C: "warning",
  ต้องปรับปรุง: "warning",
  D: "danger",
  E: "danger",
  F: "danger",
  ต้องปรับปรุงโดยด่วน: "danger",
};

/**
 * The badge colour for a rating as the core names it (`ResultJson.grade`).
 *
 * @example
 * ratingTone("A") // "success"
 * ratingTone("ต้องปรับปรุงโดยด่วน") // "danger"
 */
export function ratingTone(rating: string): RatingTone {
  return TONE_OF_RATING[rating] ?? "informative";
}

/**
 * The cell part of an address, for tables whose heading already names the sheet.
 *
 * @example
 * cellOf("'ITA 2568'!D5") // "D5"
 */
export function cellOf(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang === -1 ? address : address.slice(bang + 1);
}
