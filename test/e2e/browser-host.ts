/**
 * Served to the task pane in place of office.js during the browser e2e test: the in-memory Excel host,
 * seeded with the golden case, installed as the page's Office and Excel globals. The test reads the
 * workbook back through `window.__itaHost`.
 */
import { createExcelHost } from "../support/excel-host";

const seed2565 = [91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0];
const seed2564 = [87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25];
const names = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

const host = createExcelHost({ displayLanguage: "th-TH" });
host.setCells("Sheet1!C3:E13", [
  ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
  ...names.map((name, i) => [name, seed2564[i] ?? 0, seed2565[i] ?? 0]),
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
