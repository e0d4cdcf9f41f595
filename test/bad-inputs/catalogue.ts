/**
 * The bad-input catalogue: every kind of mistake an officer can make, across the task pane, the custom
 * functions and the CLI, with the exact message they see. Each entry runs the real code path and the
 * catalogue test compares what it observed with what the entry promises; the README's troubleshooting
 * section is generated from the same entries (`npm run catalogue`), so the manual cannot drift from the
 * code.
 */

export type Surface = "pane" | "functions" | "cli";

/** What the officer sees: the place and the message, in both languages. */
export interface SeenMessage {
  /** Where: "'ITA 2565'!D7", "row 3", "$.scores[2]", "=ITA.GRADE(A1)"; "" when the message has no place. */
  readonly location: string;
  readonly th: string;
  readonly en: string;
}

/** What running the bad input produced. */
export interface Observed {
  /**
   * Whether the input was turned away, as the surface shows it: the pane's action failed, the command
   * exited non-zero (and wrote no report), the function threw a CustomFunctions.Error. The test holds it to
   * the entry's `outcome`.
   */
  readonly refused: boolean;
  /** The first (or only) message shown. */
  readonly message: SeenMessage;
  /**
   * Whatever was changed although it should not have been: host snapshot differences for the pane, files
   * written for the CLI. The test requires it empty. Custom functions write nothing, so `[]`.
   */
  readonly changes: readonly string[];
}

export interface BadInputCase {
  /** Stable, unique, kebab-case: "pane-non-numeric-text". */
  readonly id: string;
  readonly surface: Surface;
  /** The mistake in the officer's words. */
  readonly kind: { readonly th: string; readonly en: string };
  /** The input itself, short: `D7 = "ดี"`, `--year 2570`, `{"scores": [..9 values]}`. */
  readonly example: string;
  /** Accepted inputs (Thai digits, thousands separators) are listed too; they expect a warning or nothing. */
  readonly outcome: "refused" | "accepted";
  /** The message the officer sees (for accepted cases: the warning, or a note of what is read). */
  readonly expected: SeenMessage;
  /** Runs the real path on the input and reports what happened. */
  run(): Promise<Observed>;
}

export const SURFACE_TITLES: Record<Surface, { readonly th: string; readonly en: string }> = {
  pane: { th: "แผงงานใน Excel", en: "Task pane" },
  functions: { th: "ฟังก์ชันในสูตร (=ITA.*)", en: "Custom functions (=ITA.*)" },
  cli: { th: "คำสั่ง ita", en: "The ita command" },
};

/** The README section between these markers is generated. */
export const README_START = "<!-- bad-input-catalogue:start -->";
export const README_END = "<!-- bad-input-catalogue:end -->";

/** Markdown cells cannot hold a raw pipe or line break. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The README's troubleshooting section, one table per surface, in catalogue order. */
export function catalogueMarkdown(cases: readonly BadInputCase[]): string {
  const lines: string[] = [];
  for (const surface of Object.keys(SURFACE_TITLES) as Surface[]) {
    const mine = cases.filter((entry) => entry.surface === surface);
    if (mine.length === 0) continue;
    const title = SURFACE_TITLES[surface];
    lines.push(`### ${title.en} · ${title.th}`, "");
    lines.push("| # | What happened · สิ่งที่เกิดขึ้น | Input · ข้อมูล | Result · ผล | Message · ข้อความ |");
    lines.push("|---|---|---|---|---|");
    mine.forEach((entry, index) => {
      const where = entry.expected.location ? `\`${cell(entry.expected.location)}\`: ` : "";
      const result = entry.outcome === "refused" ? "refused · ไม่รับ" : "accepted · รับ";
      lines.push(
        `| ${index + 1} | ${cell(entry.kind.en)} · ${cell(entry.kind.th)} | \`${cell(entry.example)}\` | ${result} | ${where}${cell(entry.expected.th)} / ${cell(entry.expected.en)} |`
      );
    });
    lines.push("");
  }
  return lines.join("\n");
}

/** The README with its troubleshooting section replaced by the catalogue. */
export function withCatalogue(readme: string, cases: readonly BadInputCase[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  return `${readme.slice(0, start + README_START.length)}\n\n${catalogueMarkdown(cases).trim()}\n\n${readme.slice(end)}`;
}
