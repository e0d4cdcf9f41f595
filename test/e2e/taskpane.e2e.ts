/**
 * The officer's path in a real browser: the pane starts, uses the selected seed table, shows what it read
 * and where it will write, analyses, and shows the seed's result (A, 91.96); then it writes the report
 * sheets. Screenshots of the pane go to test-results/ for a person to look at.
 */
import { execFileSync } from "child_process";
import { mkdirSync } from "fs";
import { join } from "path";
import { Page } from "playwright-core";
import { SEED_2564, SEED_2565 } from "../support/seed";
import { expectAccessible } from "./accessibility";
import { PaneSession, ROOT, servedPane } from "./browser";
import { pasteSeedComparison, type2569Scores } from "./pane-steps";

const pane = servedPane();

/**
 * The pane with a watch on its Content-Security-Policy. A request the policy blocks never leaves the page,
 * so the route that records requests to other origins (openPane's `foreignRequests`) never sees it; the
 * browser reports it on the console instead. The page is reloaded once the listener is in place, so a
 * request made while it loads is caught too.
 */
async function openWatchedPane(): Promise<PaneSession & { blockedByPolicy: string[] }> {
  const session = await pane.open();
  const blockedByPolicy: string[] = [];
  session.page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blockedByPolicy.push(message.text());
  });
  await session.page.reload();
  return { ...session, blockedByPolicy };
}

it("catches a request to another origin, whether the policy blocks it or the route does", async () => {
  const { page, foreignRequests, blockedByPolicy } = await openWatchedPane();
  await page.evaluate(async () => {
    await fetch("https://example.org/probe").catch(() => undefined);
    const image = new Image();
    image.src = "https://example.org/probe.png";
    // Allowed by the policy (office.js's CDN), refused by the route: only office.js itself is expected.
    await fetch("https://appsforoffice.microsoft.com/lib/1/hosted/other.js").catch(() => undefined);
  });
  // The image is not awaited and the browser reports a blocked load when it gets to it: wait for both
  // reports (a fixed pause was enough on a quiet machine, not on a loaded one), then give up after 10 s.
  const reported = (url: string) => blockedByPolicy.some((text) => text.includes(url));
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (reported("https://example.org/probe'") && reported("https://example.org/probe.png")) break;
    await page.waitForTimeout(100);
  }
  expect(reported("https://example.org/probe'")).toBe(true);
  expect(reported("https://example.org/probe.png")).toBe(true);
  expect(foreignRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/other.js"]);
});

it("has Thai fonts installed, or every Thai glyph would be a box", () => {
  expect(execFileSync("fc-list", [":lang=th"], { encoding: "utf8" }).trim()).not.toBe("");
});

/** Uses the selected seed table and analyses it, as the officer would. */
async function analyzeSeed(page: Page): Promise<void> {
  await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
  await page.getByText("Sheet1!F3:I13").first().waitFor();
  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("91.96").first().waitFor();
}

it("walks the officer's path on the seed case and shows the seed's figures", async () => {
  const { page, foreignRequests, pageErrors, blockedByPolicy } = await openWatchedPane();
  await page.getByRole("heading", { name: "ข้อมูลการประเมิน" }).waitFor();
  await expectAccessible(page, "start");

  await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
  await page.getByText("Sheet1!E4:E13").first().waitFor();
  await page.getByText("Sheet1!F3:I13").first().waitFor();
  await expectAccessible(page, "preview");

  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("91.96").first().waitFor();
  await expectAccessible(page, "results");
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
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);

  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-seed-results.png"), fullPage: true });
});

it("writes the analysis and measures sheets of the seed after Analyze", async () => {
  const { page, foreignRequests, pageErrors, blockedByPolicy } = await openWatchedPane();
  await analyzeSeed(page);

  const report = page.getByRole("region", { name: "รายงานสำหรับเผยแพร่" });
  expect(await report.getByRole("switch", { name: "ใช้เลขไทย" }).isChecked()).toBe(true);
  expect(await report.getByRole("switch", { name: "แทรกแผนภูมิ" }).isChecked()).toBe(true);
  await report.getByRole("button", { name: "สร้างแผ่นงานรายงาน" }).click();
  const status = page.getByRole("status").filter({ hasText: /ผลการวิเคราะห์ ITA.*มาตรการ ITA 2566/ });
  await status.waitFor({ timeout: 60_000 });
  await expectAccessible(page, "report generated");

  const workbook = await page.evaluate(() => {
    type Cell = { value: unknown };
    type Sheet = { name: string; cells: Record<string, Cell>; charts: unknown[] };
    const host = (window as unknown as { __itaHost: { snapshot(): { sheets: Sheet[] } } }).__itaHost;
    // Thai digits are the default: a sentence says "๙๑.๙๖" where the figure is text.
    const arabic = (text: string) => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
    const holds = (cell: Cell, figure: string) =>
      typeof cell.value === "number"
        ? cell.value.toFixed(2) === figure
        : arabic(String(cell.value)).includes(figure);
    return host.snapshot().sheets.map((sheet) => ({
      name: sheet.name,
      holdsTotal: Object.values(sheet.cells).some((cell) => holds(cell, "91.96")),
      charts: sheet.charts.length,
    }));
  });
  const names = workbook.map((sheet) => sheet.name);
  const analysis = workbook.find((sheet) => sheet.name.startsWith("ผลการวิเคราะห์ ITA"));
  expect(analysis).toMatchObject({ holdsTotal: true });
  expect(names).toContain("มาตรการ ITA 2566");
  expect(names).toContain("Sheet1");
  // The chart switch was on: a native chart somewhere in the report.
  expect(workbook.reduce((count, sheet) => count + sheet.charts, 0)).toBeGreaterThan(0);

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(350);
  expect(foreignRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);

  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-report.png"), fullPage: true });
});

it("finds the seed's comparison table pasted on a sheet, checks its changes, and analyses it once confirmed", async () => {
  const { page, foreignRequests, pageErrors, blockedByPolicy } = await openWatchedPane();
  await pasteSeedComparison(page);
  await page.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้/ }).click();
  await page.getByRole("heading", { name: "คะแนนที่พบในแผ่นงาน" }).waitFor();
  const table = await page.getByRole("table").innerText();
  for (const score of [...SEED_2564, ...SEED_2565]) expect(table).toContain(score.toFixed(2));
  const pane = await page.locator("body").innerText();
  expect(pane).toContain("ตรงกับที่คำนวณได้ 10 รายการ");
  expect(pane).toContain("พบคะแนนของตัวชี้วัด 10 ตัว");
  const fill = await page.evaluate(
    () =>
      (
        window as unknown as { __itaHost: { getCell(address: string): { format: { fillColor?: string } } } }
      ).__itaHost.getCell("'วางจากรายงาน'!E5").format.fillColor
  );
  expect(fill).toBe("#FFF2CC");
  await expectAccessible(page, "found scores");
  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-found-scores.png"), fullPage: true });

  await page.getByRole("button", { name: /ใช้คะแนนเหล่านี้/ }).click();
  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("91.96").first().waitFor();
  expect(await page.locator("body").innerText()).toContain("+36.50");
  expect(foreignRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);
});

it("reports a deliberately altered change of the pasted table as a mismatch with its cell", async () => {
  const { page, pageErrors } = await pane.open();
  await pasteSeedComparison(page, "+๓๐.๕๐");
  await page.getByRole("button", { name: /ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้/ }).click();
  const mismatches = page.getByRole("list", { name: /ไม่ตรงกับการคำนวณ/ });
  await mismatches.waitFor();
  expect(await mismatches.innerText()).toContain("'วางจากรายงาน'!F7");
  await expectAccessible(page, "found scores with a mismatch");
  const fill = await page.evaluate(
    () =>
      (
        window as unknown as { __itaHost: { getCell(address: string): { format: { fillColor?: string } } } }
      ).__itaHost.getCell("'วางจากรายงาน'!F7").format.fillColor
  );
  expect(fill).toBe("#F8CBAD");
  expect(pageErrors).toEqual([]);
});

it("walks a 2569 case: the default year, its input sheet with O-items, Analyze and a report for 2570", async () => {
  const { page, foreignRequests, pageErrors, blockedByPolicy } = await openWatchedPane();
  const year = page.getByRole("combobox", { name: /ปีงบประมาณ/ });
  expect(await year.inputValue()).toBe("2569");
  await page.getByRole("textbox", { name: /ชื่อหน่วยงาน/ }).fill("องค์การบริหารส่วนตำบลทดสอบ");
  await page.getByRole("button", { name: "แทรกแผ่นงานกรอกคะแนน" }).click();
  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).waitFor();
  await expectAccessible(page, "2569 input sheet");

  // The officer types the 2569 result (EIT below 85) and last year's, one failed item: O11.
  await type2569Scores(page);
  const sheetCodes = await page.evaluate(() => {
    const host = (window as unknown as { __itaHost: { getCell(a: string): { value: unknown } } }).__itaHost;
    return [host.getCell("'ITA 2569'!A63").value, host.getCell("'ITA 2569'!A88").value];
  });
  expect(sheetCodes).toEqual(["O1", "O26"]);

  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("90.00").first().waitFor();
  const pane = await page.locator("body").innerText();
  expect(pane).toContain("ผ่าน");
  expect(pane).not.toContain("ผ่านดี");
  expect(pane).toContain("ส่วนของกรอบการประเมินปี 2569 ที่ยังไม่ได้รับการยืนยันจาก ป.ป.ช.");
  await expectAccessible(page, "2569 results");

  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-2569-results.png"), fullPage: true });

  const report = page.getByRole("region", { name: "รายงานสำหรับเผยแพร่" });
  await report.getByRole("button", { name: "สร้างแผ่นงานรายงาน" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /มาตรการ ITA 2570/ })
    .waitFor({ timeout: 60_000 });
  const measures = await page.evaluate(() => {
    type Sheet = { name: string; cells: Record<string, { value: unknown }> };
    const host = (window as unknown as { __itaHost: { snapshot(): { sheets: Sheet[] } } }).__itaHost;
    const sheet = host.snapshot().sheets.find((candidate) => candidate.name === "มาตรการ ITA 2570");
    return Object.values(sheet?.cells ?? {}).map((cell) => String(cell.value));
  });
  const text = measures.join("\n");
  expect(text).toContain("๓๑ มีนาคม ๒๕๗๐");
  expect(text).toContain("๓๐ กันยายน ๒๕๗๐");
  // The issue cell names the failed item by its code, as the NACC prints it (its title is in section ๖).
  expect(text).toContain("ข้อ O11 (ไม่ผ่าน)");
  expect(foreignRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);
});

it("runs the compatibility check under advanced settings and lists each result with the text to copy", async () => {
  const { page, pageErrors, foreignRequests, blockedByPolicy } = await openWatchedPane();
  const sheetsBefore = await page.evaluate(() =>
    (window as unknown as { __itaHost: { snapshot(): { sheets: { name: string }[] } } }).__itaHost
      .snapshot()
      .sheets.map((sheet) => sheet.name)
  );
  await page.getByRole("button", { name: /ตั้งค่าขั้นสูง/ }).click();
  await page.getByRole("button", { name: /ตรวจความเข้ากันได้กับ Excel นี้/ }).click();
  const results = page.getByRole("list", { name: "ผลการตรวจความเข้ากันได้" });
  await results.waitFor({ timeout: 30_000 });
  const items = await results.getByRole("listitem").allInnerTexts();
  expect(items.length).toBe(9);
  const text = await page.getByRole("textbox", { name: "ผลการตรวจเป็นข้อความสำหรับคัดลอก" }).inputValue();
  expect(text).toContain("text-format-first");
  await expectAccessible(page, "compatibility check");
  const sheetsAfter = await page.evaluate(() =>
    (window as unknown as { __itaHost: { snapshot(): { sheets: { name: string }[] } } }).__itaHost
      .snapshot()
      .sheets.map((sheet) => sheet.name)
  );
  expect(sheetsAfter).toEqual(sheetsBefore);
  expect(foreignRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);
  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-compatibility-check.png"), fullPage: true });
});
