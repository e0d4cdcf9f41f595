/**
 * Closing the yearly cycle in a real browser (issue 14): the built pane analyses the seed, writes the
 * report, then the tracking sheet of its measures; the officer fills some rows in on the host's tracking
 * sheet; the pane writes the implementation report as of 31 March 2566 (the six-month round). A screenshot
 * of the pane goes to test-results/taskpane-tracking.png for a person to look at. LibreOffice's rendering of
 * the implementation report is covered by progress-cli.e2e.ts.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { Page } from "playwright-core";
import { ROOT, servedPane } from "./browser";

const pane = servedPane();

const TRACKING = "ติดตามมาตรการ ITA 2566";
const REPORT = "ผลตามมาตรการ ITA 2566";

/** Excel's serial number of a day of the Buddhist era, as a date cell holds it. */
const dayBE = (day: number, month: number, buddhistYear: number) =>
  Math.round((Date.UTC(buddhistYear - 543, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Uses the selected seed table and analyses it, as the officer would (as taskpane.e2e.ts does). */
async function analyzeSeed(page: Page): Promise<void> {
  await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).click();
  await page.getByText("Sheet1!F3:I13").first().waitFor();
  await page.getByRole("button", { name: "วิเคราะห์และเขียนผล" }).click();
  await page.getByText("91.96").first().waitFor();
}

/** Cells typed into the host's workbook, as the officer at the keyboard. */
async function officerTypes(page: Page, cells: Readonly<Record<string, unknown>>): Promise<void> {
  await page.evaluate((typed) => {
    const host = (window as unknown as { __itaHost: { setCell(address: string, value: unknown): void } })
      .__itaHost;
    for (const [address, value] of Object.entries(typed)) host.setCell(address, value);
  }, cells);
}

interface SheetSummary {
  readonly name: string;
  readonly texts: string[];
  readonly charts: number;
  readonly validations: number;
  readonly conditionalFormats: number;
  readonly hiddenColumns: string[];
}

/** The host's sheets, each with its values as text (Thai digits made Arabic), charts and rules. */
async function workbookSheets(page: Page): Promise<SheetSummary[]> {
  return page.evaluate(() => {
    type Sheet = {
      name: string;
      cells: Record<string, { value: unknown }>;
      charts: unknown[];
      dataValidation: unknown[];
      conditionalFormats: unknown[];
      hiddenColumns: string[];
    };
    const host = (window as unknown as { __itaHost: { snapshot(): { sheets: Sheet[] } } }).__itaHost;
    const arabic = (text: string) => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
    return host.snapshot().sheets.map((sheet) => ({
      name: sheet.name,
      texts: Object.values(sheet.cells).map((cell) => arabic(String(cell.value))),
      charts: sheet.charts.length,
      validations: sheet.dataValidation.length,
      conditionalFormats: sheet.conditionalFormats.length,
      hiddenColumns: sheet.hiddenColumns,
    }));
  });
}

it("walks analyse → report → tracking sheet → the officer's entries → implementation report", async () => {
  const { page, foreignRequests, pageErrors } = await pane.open();
  await analyzeSeed(page);

  const report = page.getByRole("region", { name: "รายงานสำหรับเผยแพร่" });
  await report.getByRole("button", { name: "สร้างแผ่นงานรายงาน" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /ผลการวิเคราะห์ ITA.*มาตรการ ITA 2566/ })
    .waitFor({ timeout: 60_000 });

  const tracking = page.getByRole("region", { name: "ติดตามผลตามมาตรการ" });
  await tracking.getByRole("button", { name: "สร้างแผ่นงานติดตามมาตรการ" }).click();
  await tracking
    .getByRole("status")
    .filter({ hasText: `เขียนแผ่นงานติดตามมาตรการ "${TRACKING}" แล้ว (8 มาตรการ ปีงบประมาณ 2566)` })
    .waitFor({ timeout: 60_000 });

  const quoted = `'${TRACKING}'`;
  await officerTypes(page, {
    [`${quoted}!G5`]: "ดำเนินการแล้วเสร็จ",
    [`${quoted}!H5`]: 100,
    [`${quoted}!I5`]: dayBE(15, 2, 2566),
    [`${quoted}!J5`]: "คู่มือการยืมทรัพย์สิน พ.ศ. 2566",
    [`${quoted}!G6`]: "กำลังดำเนินการ",
    [`${quoted}!H6`]: 50,
    [`${quoted}!K6`]: "รอครุภัณฑ์จากจังหวัด",
  });

  // Generated again, the tracking sheet keeps what was typed.
  await tracking.getByRole("button", { name: "สร้างแผ่นงานติดตามมาตรการ" }).click();
  await tracking
    .getByRole("status")
    .filter({ hasText: "คงข้อมูลที่กรอกไว้ของ 8 มาตรการ" })
    .waitFor({ timeout: 60_000 });

  await tracking.getByLabel("ข้อมูล ณ วันที่").fill("2023-03-31");
  await tracking.getByRole("button", { name: "รายงานผลการดำเนินการตามมาตรการ" }).click();
  await tracking
    .getByRole("status")
    .filter({
      hasText: `เขียนรายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน ลงในแผ่นงาน "${REPORT}" แล้ว: แล้วเสร็จ 1 จาก 8 มาตรการ`,
    })
    .waitFor({ timeout: 60_000 });

  const sheets = await workbookSheets(page);
  expect(sheets.map((sheet) => sheet.name)).toEqual([
    "Sheet1",
    "ผลการวิเคราะห์ ITA 2565",
    "มาตรการ ITA 2566",
    TRACKING,
    REPORT,
  ]);
  const trackingSheet = sheets.find((sheet) => sheet.name === TRACKING);
  expect(trackingSheet).toMatchObject({ validations: 6, conditionalFormats: 1, hiddenColumns: ["M"] });
  expect(trackingSheet?.texts).toContain("ดำเนินการแล้วเสร็จ");
  expect(trackingSheet?.texts).toContain("รอครุภัณฑ์จากจังหวัด");
  const progress = sheets.find((sheet) => sheet.name === REPORT);
  expect(progress?.charts).toBe(1);
  expect(progress?.texts.some((text) => text.startsWith("รายงานผลการดำเนินการตามมาตรการ"))).toBe(true);
  expect(progress?.texts.some((text) => text.includes("รอบ 6 เดือน (ข้อมูล ณ วันที่ 31 มีนาคม 2566)"))).toBe(true);
  expect(progress?.texts).toContain("คู่มือการยืมทรัพย์สิน พ.ศ. 2566");
  expect(progress?.texts).toContain("รอครุภัณฑ์จากจังหวัด");

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(350);
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);

  const dir = join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, "taskpane-tracking.png"), fullPage: true });
});

it("shows the tracking sheet's problems with their cells, writing no report", async () => {
  const { page, pageErrors } = await pane.open();
  await analyzeSeed(page);
  const tracking = page.getByRole("region", { name: "ติดตามผลตามมาตรการ" });
  await tracking.getByRole("button", { name: "สร้างแผ่นงานติดตามมาตรการ" }).click();
  await tracking.getByRole("status").filter({ hasText: TRACKING }).waitFor({ timeout: 60_000 });
  await officerTypes(page, { [`'${TRACKING}'!G7`]: "เสร็จแล้ว", [`'${TRACKING}'!H8`]: 150 });

  await tracking.getByLabel("ข้อมูล ณ วันที่").fill("2023-03-31");
  await tracking.getByRole("button", { name: "รายงานผลการดำเนินการตามมาตรการ" }).click();
  const problem = tracking.getByRole("group", { name: /พบปัญหา 2 รายการ/ });
  await problem.waitFor({ timeout: 60_000 });
  const items = await problem.getByRole("listitem").allInnerTexts();
  expect(items[0]).toContain(`'${TRACKING}'!G7`);
  expect(items[1]).toContain(`'${TRACKING}'!H8`);
  const names = (await workbookSheets(page)).map((sheet) => sheet.name);
  expect(names).not.toContain(REPORT);
  expect(pageErrors).toEqual([]);
});
