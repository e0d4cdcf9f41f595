/**
 * Served to the task pane in place of office.js during the browser e2e test: the in-memory Excel host,
 * seeded with the golden case, installed as the page's Office and Excel globals. The test reads the
 * workbook back through `window.__itaHost`.
 */
import { createExcelHost, type ExcelHostOptions } from "../support/excel-host";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

// The Office theme and display language the test asked for (browser.ts's openPane sets them first).
const asked =
  (window as unknown as { __itaOffice?: Pick<ExcelHostOptions, "officeTheme" | "displayLanguage"> })
    .__itaOffice ?? {};
const host = createExcelHost({
  displayLanguage: asked.displayLanguage ?? "th-TH",
  ...(asked.officeTheme ? { officeTheme: asked.officeTheme } : {}),
});
host.setCells("Sheet1!C3:E13", [
  ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
  ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i] ?? 0, SEED_2565[i] ?? 0]),
]);
host.select("Sheet1!C3:E13");
host.install(window as unknown as typeof globalThis);

// The custom functions share this page (shared runtime); in Excel, office.js provides CustomFunctions.
const registered: string[] = [];
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => void registered.push(id),
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
(window as unknown as { __itaHost: unknown; __itaRegisteredFunctions: string[] }).__itaHost = host;
(window as unknown as { __itaRegisteredFunctions: string[] }).__itaRegisteredFunctions = registered;
