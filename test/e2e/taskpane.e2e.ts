/**
 * Steps 1–4 of the officer's path in a real browser: the pane starts, uses the selected seed table, shows
 * what it read and where it will write, analyses, and shows the seed's result (A, 91.96). A screenshot of
 * the pane with results goes to test-results/ for a person to look at.
 */
import { execFileSync } from "child_process";
import { mkdirSync } from "fs";
import { Server } from "http";
import { join } from "path";
import { Browser } from "playwright-core";
import { launchChromium, openPane, ROOT, serveDist } from "./browser";

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it("has Thai fonts installed, or every Thai glyph would be a box", () => {
  expect(execFileSync("fc-list", [":lang=th"], { encoding: "utf8" }).trim()).not.toBe("");
});

it("walks the officer's path on the seed case and shows the seed's figures", async () => {
  const { page, foreignRequests, pageErrors } = await openPane(browser, origin);

  await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
  await page.getByText("Sheet1!E4:E13").first().waitFor();
  await page.getByText("Sheet1!F3:I13").first().waitFor();

  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("91.96").first().waitFor();
  const pane = await page.locator("body").innerText();
  expect(pane).toContain("91.96");
  expect(pane).toMatch(/\bA\b/);
  for (const figure of ["86.55", "89.98", "97.50", "84.47", "+36.50", "-2.50"])
    expect(pane).toContain(figure);

  const written = await page.evaluate(() => {
    const host = (
      window as unknown as { __itaHost: { getCell(address: string): { value: unknown; formula: unknown } } }
    ).__itaHost;
    return { total: host.getCell("Sheet1!I7"), rank: host.getCell("Sheet1!G13") };
  });
  expect(written.total.formula).toBe("=0.3*I4+0.3*I5+0.4*I6");
  expect(written.rank.value).toBe(1);

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(350);
  const registered = await page.evaluate(
    () => (window as unknown as { __itaRegisteredFunctions: string[] }).__itaRegisteredFunctions
  );
  expect(registered).toEqual(expect.arrayContaining(["GRADE", "SCORE", "RANK"]));
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);

  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-seed-results.png"), fullPage: true });
});
