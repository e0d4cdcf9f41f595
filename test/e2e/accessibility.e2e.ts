/**
 * Every state of the officer's path checked by axe-core against WCAG 2.1 A and AA, with no sideways scroll
 * of the page (WCAG 1.4.10), in each way an officer may see the pane: 320 px wide, 200 % zoom of it (160
 * CSS px), Office's dark themes, and WCAG 1.4.12's text spacing. Screenshots of the dark theme and of the
 * zoom go to test-results/accessibility/; what was checked goes to test-results/accessibility.json.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { Page } from "playwright-core";
import { expectAccessible, overrideTextSpacing, type StateChecked } from "./accessibility";
import { type PaneView, ROOT, servedPane } from "./browser";
import {
  holdExcel,
  pasteSeedComparison,
  selectAgenciesTable,
  selectBlankCell,
  type PageHost,
  type2569Scores,
} from "./pane-steps";

const pane = servedPane();
const checked: (StateChecked & { view: string })[] = [];
const SHOTS = join(ROOT, "test-results", "accessibility");

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  writeFileSync(
    join(ROOT, "test-results", "accessibility.json"),
    `${JSON.stringify({ standard: "WCAG 2.1 A/AA (axe-core)", checked }, null, 2)}\n`
  );
});

interface View extends PaneView {
  readonly name: string;
  readonly textSpacing?: boolean;
  /** Screenshots of each state, for a person to look at. */
  readonly screenshots?: boolean;
}

const VIEWS: readonly View[] = [
  { name: "320px", width: 320 },
  { name: "320px-dark-black", width: 320, officeTheme: "Black", screenshots: true },
  { name: "zoom-200", width: 320, zoom: 2, screenshots: true },
  { name: "zoom-200-dark-gray", width: 320, zoom: 2, officeTheme: "DarkGray", screenshots: true },
  { name: "320px-text-spacing", width: 320, textSpacing: true },
  { name: "zoom-200-english", width: 320, zoom: 2, displayLanguage: "en-US" },
];

/** Opens the pane in the view, ready on its start form. */
async function open(view: View): Promise<{ page: Page; pageErrors: string[] }> {
  const { page, pageErrors } = await pane.open(view);
  await page.getByRole("heading", { name: "ข้อมูลการประเมิน" }).waitFor();
  if (view.textSpacing) await overrideTextSpacing(page);
  return { page, pageErrors };
}

async function check(page: Page, view: View, state: string): Promise<void> {
  checked.push({ view: view.name, ...(await expectAccessible(page, `${view.name}: ${state}`)) });
  if (view.screenshots)
    await page.screenshot({
      path: join(SHOTS, `${view.name}-${state.replace(/[^a-z0-9]+/gi, "-")}.png`),
      fullPage: true,
    });
}

describe.each(VIEWS)("the pane at $name", (view) => {
  it("passes axe and reflows from the seed's preview to its report", async () => {
    const { page, pageErrors } = await open(view);
    await check(page, view, "start");
    await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
    await page.getByRole("heading", { name: "ช่วงที่เลือก" }).waitFor();
    await check(page, view, "preview");
    await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
    await page.getByText("91.96").first().waitFor();
    await check(page, view, "results");
    await page.getByRole("button", { name: "สร้างแผ่นงานรายงาน" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /มาตรการ ITA 2566/ })
      .waitFor({ timeout: 60_000 });
    await check(page, view, "report generated");
    expect(pageErrors).toEqual([]);
  });

  it("passes axe and reflows with the scores found on a sheet, one of them disagreeing", async () => {
    const { page, pageErrors } = await open(view);
    await pasteSeedComparison(page, "+๓๐.๕๐");
    await page.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้/ }).click();
    await page.getByRole("list", { name: /ไม่ตรงกับการคำนวณ/ }).waitFor();
    await check(page, view, "found scores");
    expect(pageErrors).toEqual([]);
  });

  it("passes axe and reflows with the problem bar, many agencies done and the compatibility check", async () => {
    const { page, pageErrors } = await open(view);
    await selectBlankCell(page);
    await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
    const problem = page.getByRole("group", { name: /พบปัญหา/ });
    await problem.waitFor();
    expect(await problem.evaluate((element) => element === document.activeElement)).toBe(true);
    await check(page, view, "problem bar");

    await selectAgenciesTable(page);
    const release = await holdExcel(page);
    await page.getByRole("button", { name: "วิเคราะห์ตารางหน่วยงานที่เลือก" }).click();
    await page.getByRole("progressbar", { name: /ความคืบหน้าการวิเคราะห์หลายหน่วยงาน/ }).waitFor();
    await check(page, view, "many agencies reading the table");
    await release();
    const outcome = page.getByRole("group", { name: "วิเคราะห์หลายหน่วยงานเสร็จแล้ว" });
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.evaluate((element) => element === document.activeElement)).toBe(true);
    await check(page, view, "many agencies done");

    await page.getByRole("button", { name: /ตั้งค่าขั้นสูง/ }).click();
    await page.getByRole("button", { name: /ตรวจความเข้ากันได้กับ Excel นี้/ }).click();
    await page.getByRole("list", { name: "ผลการตรวจความเข้ากันได้" }).waitFor({ timeout: 30_000 });
    await check(page, view, "compatibility check");
    expect(pageErrors).toEqual([]);
  });

  it("passes axe and reflows through a 2569 input sheet and its results", async () => {
    const { page, pageErrors } = await open(view);
    await page.getByRole("button", { name: "แทรกแผ่นงานกรอกคะแนน" }).click();
    await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).waitFor();
    await check(page, view, "2569 input sheet");
    await type2569Scores(page);
    await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
    await page.getByText("90.00").first().waitFor();
    await check(page, view, "2569 results");
    expect(pageErrors).toEqual([]);
  });
});

/** The pane's background as the browser paints it. */
function paneBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.querySelector("main") as Element).backgroundColor);
}

it("follows Office's theme when the officer changes it and comes back to the pane", async () => {
  const { page, pageErrors } = await pane.open(320);
  await page.getByRole("heading", { name: "ข้อมูลการประเมิน" }).waitFor();
  expect(await paneBackground(page)).toBe("rgb(255, 255, 255)");

  // Excel raises no theme event: the pane reads the theme again when it takes focus.
  await page.evaluate(() => {
    (window as unknown as { __itaHost: PageHost }).__itaHost.setOfficeTheme("Black");
    window.dispatchEvent(new Event("focus"));
  });
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector("main") as Element).backgroundColor !== "rgb(255, 255, 255)"
  );
  expect(await paneBackground(page)).toBe("rgb(41, 41, 41)");
  expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe("dark");

  await page.evaluate(() => {
    (window as unknown as { __itaHost: PageHost }).__itaHost.setOfficeTheme("White");
    window.dispatchEvent(new Event("focus"));
  });
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector("main") as Element).backgroundColor === "rgb(255, 255, 255)"
  );
  expect(pageErrors).toEqual([]);
});
