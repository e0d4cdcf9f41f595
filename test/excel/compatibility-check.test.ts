/**
 * The compatibility check on the strict host: it runs every check on a temporary sheet of its own, leaves
 * the officer's workbook exactly as it was, and reports what this "Excel" does.
 */
import { runCompatibilityCheck } from "../../src/excel/compatibility-check";
import { createExcelHost, ExcelHost } from "../support/excel-host";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  uninstall = host.install();
  host.setCells("Sheet1!A1:B2", [
    ["ตัวชี้วัด", "คะแนน"],
    ["1", 91.21],
  ]);
});
afterEach(() => uninstall());

describe("runCompatibilityCheck", () => {
  it("tries each assumption on a temporary sheet it removes, touching nothing of the officer's", async () => {
    const before = host.snapshot();
    const outcome = await runCompatibilityCheck(0);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(outcome.value.checks.map((check) => check.id)).toEqual([
      "platform",
      "api-sets",
      "pdf",
      "text-format-first",
      "null-object-chain",
      "used-range",
      "header-length",
      "blank-in-function",
      "table-expansion",
    ]);
    const byId = new Map(outcome.value.checks.map((check) => [check.id, check]));
    expect(byId.get("text-format-first")?.outcome).toBe("pass");
    expect(byId.get("api-sets")?.outcome).toBe("pass");
    expect(byId.get("header-length")?.en).toMatch(/longest centre header Excel accepts: 25[0-5] characters/);
    expect(byId.get("table-expansion")?.en).toMatch(/the table (grew|did not grow)/);
    for (const check of outcome.value.checks) {
      expect(check.th.length).toBeGreaterThan(0);
      expect(check.en.length).toBeGreaterThan(0);
    }
  });

  it("uses another temporary name when the officer has a sheet of that name, and keeps it", async () => {
    host.addSheet("ITA ตรวจความเข้ากันได้");
    host.setCell("'ITA ตรวจความเข้ากันได้'!A1", "ของเจ้าหน้าที่");
    const before = host.snapshot();
    const outcome = await runCompatibilityCheck(0);
    expect(outcome.ok).toBe(true);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });
});
