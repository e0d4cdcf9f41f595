/**
 * The officer's steps in the browser pane, shared by the e2e walks: what they put on the sheet (through the
 * in-memory host, as typing or pasting would) and what they press.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { SEED_2564, SEED_2565 } from "../support/seed";
import { ROOT } from "./browser";

/** The host's test controls, as browser-host.ts puts them on the page. */
export interface PageHost {
  addSheet(name: string): void;
  setCells(address: string, values: unknown[][]): void;
  setCell(address: string, value: unknown): void;
  setActiveSheet(name: string): void;
  select(address: string): void;
  setOfficeTheme(themeId: "Colorful" | "DarkGray" | "Black" | "White"): void;
  getCell(address: string): { value: unknown; formula: unknown; format: { fillColor?: string } };
}

/** The seed's comparison table as pasted from Word into "วางจากรายงาน", that sheet active; one change altered. */
export async function pasteSeedComparison(page: Page, alteredChange?: string): Promise<void> {
  const fixture = JSON.parse(
    readFileSync(join(ROOT, "test", "fixtures", "pasted", "comparison.cells.json"), "utf8")
  ) as { rows: string[][] };
  const rows = fixture.rows.map((row) => [...row]);
  // The fifth row of the table (ranked 3rd): its stated change is the one altered.
  const altered = rows[4];
  if (alteredChange !== undefined && altered) altered[4] = alteredChange;
  const width = Math.max(...rows.map((row) => row.length));
  // Typed into a cell, "+36.50" would become a number; pasted from Word it stays text, as "'" keeps it.
  const cells = rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? null;
      return typeof value === "string" && /^[+-]/.test(value) ? `'${value}` : value;
    })
  );
  await page.evaluate(
    ({ cells, last }) => {
      const host = (window as unknown as { __itaHost: PageHost }).__itaHost;
      host.addSheet("วางจากรายงาน");
      host.setCells(`'วางจากรายงาน'!B3:F${last}`, cells);
      host.setActiveSheet("วางจากรายงาน");
    },
    { cells, last: 2 + cells.length }
  );
}

const shifted = (scores: readonly number[], by: number) =>
  scores.map((score) => Math.min(100, Math.round((score + by) * 100) / 100));

/** A supervisor's table of three agencies on the sheet "หน่วยงาน", selected (a header row, one agency a row). */
export async function selectAgenciesTable(page: Page): Promise<void> {
  const header = [
    "หน่วยงาน",
    "ประเภท",
    "จังหวัด",
    "ปีงบประมาณ",
    ...SEED_2565.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`),
    "ปีก่อน",
    ...SEED_2565.map((_, i) => `ปีก่อน ${i + 1}`),
  ];
  const rows = [
    ["เทศบาลตำบลด่านเกวียน", "เทศบาลตำบล", "นครราชสีมา", 2565, ...SEED_2565, 2564, ...SEED_2564],
    ["อบต. หนองระเวียง", "อบต.", "นครราชสีมา", 2565, ...shifted(SEED_2565, -9), 2564, ...SEED_2564],
    ["เทศบาลเมืองบัวใหญ่", "เทศบาลเมือง", "ขอนแก่น", 2565, ...shifted(SEED_2565, 3), 2564, ...SEED_2565],
  ];
  await page.evaluate(
    ({ table, last }) => {
      const host = (window as unknown as { __itaHost: PageHost }).__itaHost;
      host.addSheet("หน่วยงาน");
      host.setCells(`'หน่วยงาน'!A1:Y${last}`, table);
      host.select(`'หน่วยงาน'!A1:Y${last}`);
    },
    { table: [header, ...rows], last: rows.length + 1 }
  );
}

/** Selects one blank cell: "use the selected range" then has nothing to read. */
export async function selectBlankCell(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __itaHost: PageHost }).__itaHost.select("Sheet1!A30"));
}

/** The 2569 result (EIT below 85) and last year's, typed into the inserted sheet; one failed item, O11. */
export async function type2569Scores(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = (window as unknown as { __itaHost: PageHost }).__itaHost;
    const current = [90, 86, 88, 87, 89, 84, 83, 85, 95, 97];
    const previous = [85, 84, 86, 85, 86, 80, 82, 83, 90, 92];
    host.setCells(
      "'ITA 2569'!D5:E14",
      current.map((score, i) => [score, previous[i]])
    );
    host.setCell("'ITA 2569'!D73", "ไม่ผ่าน");
  });
}

/**
 * Holds every Excel.run until the returned function is called, as a slow workbook would: the pane's
 * "working" states (a progress bar before Excel reports any progress) stay on screen to be checked.
 */
export async function holdExcel(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const held = window as unknown as {
      Excel: { run: (batch: unknown) => Promise<unknown> };
      __itaRelease?: () => void;
    };
    const run = held.Excel.run.bind(held.Excel);
    const released = new Promise<void>((resolve) => (held.__itaRelease = resolve));
    held.Excel.run = async (batch) => {
      await released;
      return run(batch);
    };
  });
  return async () => {
    await page.evaluate(() => (window as unknown as { __itaRelease?: () => void }).__itaRelease?.());
  };
}
