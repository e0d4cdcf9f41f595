/**
 * Free names for what an action adds: a sheet name or a workbook name that does not clash with the
 * officer's (Excel compares both case-insensitively). Every insert action takes its names from here.
 */

/** "ITA 2568", or the first "ITA 2568 (n)" not taken (sheet names compare case-insensitively in Excel). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** "ITA_Scores_2568", or with "_2", "_3"… when a workbook name is taken. */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
