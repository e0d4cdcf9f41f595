import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "../../src/core";
import { FOUND_FILL, findScoresOnSheet, MISMATCH_FILL, SCAN_LIMIT } from "../../src/excel/find-scores";
import { createExcelHost, ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
});
afterEach(() => uninstall());

/** The seed's comparison table as pasted cells: B3 holds the sentence above it, B4 the header. */
function pasteComparison(change?: { indicatorName: string; value: string }): unknown[][] {
  const text = readFileSync(join(__dirname, "..", "fixtures", "pasted", "comparison.cells.json"), "utf8");
  const rows = (JSON.parse(text) as { rows: unknown[][] }).rows;
  if (change) {
    const row = rows.find((line) => line[1] === change.indicatorName);
    if (row) row[4] = change.value;
  }
  const width = Math.max(...rows.map((row) => row.length));
  // Pasted from Word, a signed change is text: a leading apostrophe is how the host stores typed text.
  const asText = (value: unknown) => (typeof value === "string" && /^[+-]/.test(value) ? `'${value}` : value);
  const square = rows.map((row) => Array.from({ length: width }, (_, c) => asText(row[c] ?? null)));
  host.setCells(`Sheet1!B3:F${2 + rows.length}`, square);
  return rows;
}

describe("findScoresOnSheet", () => {
  it("finds the seed's 2564 and 2565 scores, in two syncs, changing only fills", async () => {
    pasteComparison();
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error(outcome.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(host.syncCount).toBe(2);
    const scores = (year: number) =>
      outcome.value.found.map((entry) => entry.values.find((value) => value.year === year)?.value);
    expect(outcome.value.years).toEqual([2564, 2565]);
    expect(scores(2565)).toEqual(SEED_2565);
    expect(scores(2564)).toEqual(SEED_2564);
    expect(outcome.value.found[9]).toMatchObject({
      indicator: 10,
      labelCell: "Sheet1!C5",
      values: [
        { year: 2564, cell: "Sheet1!D5", value: 81.25 },
        { year: 2565, cell: "Sheet1!E5", value: 100 },
      ],
    });
    expect(outcome.value.checks.filter((check) => check.kind === "change" && check.agrees)).toHaveLength(10);
    expect(outcome.value.scannedAddress).toBe("Sheet1!B3:F14");
    const diff = host.diffSnapshots(before, host.snapshot());
    const fills = diff.filter((line) => / fill /.test(line) || /fillColor/.test(line));
    const settings = diff.filter((line) => line.startsWith("setting"));
    expect(fills).toHaveLength(40);
    expect(fills.every((line) => line.includes(FOUND_FILL))).toBe(true);
    expect(diff.length).toBe(fills.length + settings.length);
    expect(settings).toHaveLength(1);
  });

  it("highlights an altered change as a mismatch, naming its cell", async () => {
    pasteComparison({ indicatorName: "การใช้อำนาจ", value: "+๕.๗๕" });
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error("not found");
    expect(outcome.value.mismatches.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!F10 change-mismatch",
    ]);
    expect(host.getCell("Sheet1!F10")).toMatchObject({
      value: "+๕.๗๕",
      format: { fillColor: MISMATCH_FILL },
    });
    expect(host.getCell("Sheet1!F9")).toMatchObject({ format: { fillColor: FOUND_FILL } });
    expect(outcome.value.highlighted).toContain("F10");
  });

  it("clears its own earlier highlights, and only them, on the next run", async () => {
    pasteComparison();
    await findScoresOnSheet(2565);
    host.setCells(
      "Sheet1!B3:F14",
      Array.from({ length: 12 }, () => ["", "", "", "", ""])
    );
    host.setCells("Sheet1!H20:I21", [
      ["ตัวชี้วัด", "ผลคะแนน"],
      ["การใช้อำนาจ", 87.53],
    ]);
    const before = host.snapshot();
    const outcome = await findScoresOnSheet(2565);
    expect(outcome.ok && outcome.value.highlighted).toEqual(["H21", "I21"]);
    const diff = host.diffSnapshots(before, host.snapshot()).filter((line) => !line.startsWith("setting"));
    expect(diff.filter((line) => line.includes(FOUND_FILL))).toHaveLength(40 + 2);
  });

  it("reads at most the scan limit of a huge used range, and says so", async () => {
    host.setCells("Sheet1!B2:C2", [["การใช้อำนาจ", 87.53]]);
    host.setCell("Sheet1!A5000", "x");
    host.resetCounters();
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error("not found");
    expect(outcome.value.truncated).toBe(true);
    expect(outcome.value.scannedAddress).toBe(`Sheet1!A2:C${SCAN_LIMIT.rows + 1}`);
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(["scan-truncated"]);
    expect(host.syncCount).toBe(2);
  });

  it("reports an empty sheet in one sync, writing nothing", async () => {
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await findScoresOnSheet(2565);
    expect(outcome.ok).toBe(false);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });
});
