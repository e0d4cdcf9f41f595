/**
 * The accessibility checks of the browser e2e tests: axe-core against WCAG 2.1 A and AA, and reflow (WCAG
 * 1.4.10: the page never scrolls sideways). axe is served from the pane's origin (browser.ts), so the
 * pane's Content-Security-Policy stays as it ships.
 */
import type { Page } from "playwright-core";
import type * as Axe from "axe-core";
import { AXE_PATH } from "./browser";

/** axe-core's tags for the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** One axe rule broken, with each element that breaks it and why. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** The page wider than its viewport: it scrolls sideways. */
export interface SidewaysScroll {
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/** What one state of the pane gave. */
export interface StateChecked {
  readonly state: string;
  readonly rulesPassed: number;
  readonly violations: readonly AxeViolation[];
  readonly sidewaysScroll: SidewaysScroll | null;
}

/**
 * WCAG 1.4.12's text-spacing overrides (line height 1.5, paragraph spacing 2, letter spacing 0.12 and word
 * spacing 0.16 times the font size), as a user style sheet or bookmarklet applies them.
 */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

export async function overrideTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
}

/** Waits for the pane's entrance motions (a message bar fading in) so contrast is read at rest. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Runs axe on the whole page against WCAG 2.1 A/AA and measures the page's width. */
export async function checkState(page: Page, state: string): Promise<StateChecked> {
  await settle(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_PATH });
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const run = await axe.run(document, {
      runOnly: { type: "tag", values: [...tags] },
      resultTypes: ["violations"],
    });
    return {
      passes: run.passes.length,
      violations: run.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`),
      })),
    };
  }, WCAG_21_AA_TAGS);
  const sidewaysScroll = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth > clientWidth ? { scrollWidth, clientWidth } : null;
  });
  return { state, rulesPassed: results.passes, violations: results.violations, sidewaysScroll };
}

/**
 * Fails the test on any axe violation of WCAG 2.1 A/AA or any sideways scroll of the page, naming the state,
 * the rule and the elements. Returns what was checked, for the record.
 */
export async function expectAccessible(page: Page, state: string): Promise<StateChecked> {
  const checked = await checkState(page, state);
  expect({ state, violations: checked.violations, sidewaysScroll: checked.sidewaysScroll }).toEqual({
    state,
    violations: [],
    sidewaysScroll: null,
  });
  return checked;
}
