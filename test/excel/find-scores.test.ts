import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "../../src/core";
import { analyze } from "../../src/excel/analyze";
import {
  FOUND_FILL,
  findScoresOnSheet,
  MISMATCH_FILL,
  MISMATCH_PATTERN,
  NO_FILL,
  planHighlights,
  SCAN_LIMIT,
} from "../../src/excel/find-scores";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { createExcelHost, ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  // Find scores derives nothing from a null object, so its host refuses what Microsoft leaves undocumented.
  host = createExcelHost({ derivedNullObjects: "refuse" });
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
    // The record of what was highlighted: hidden names over the blocks painted.
    const records = diff.filter((line) => /^name ITA_Found(_\d+)? \(none\) → /.test(line));
    expect(fills).toHaveLength(40);
    expect(fills.every((line) => line.includes(FOUND_FILL))).toBe(true);
    expect(diff.length).toBe(fills.length + records.length);
    expect(records.length).toBeGreaterThan(0);
  });

  it("highlights an altered change as a mismatch, naming its cell", async () => {
    pasteComparison({ indicatorName: "การใช้อำนาจ", value: "+๕.๗๕" });
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error("not found");
    expect(outcome.value.mismatches.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!F10 change-mismatch",
    ]);
    // Told apart without colour too (issue 16, WCAG 1.4.1): the mismatch is hatched, the found cell solid.
    expect(host.getCell("Sheet1!F10")).toMatchObject({
      value: "+๕.๗๕",
      format: { fillColor: MISMATCH_FILL, fillPattern: "LightUp", fillPatternColor: MISMATCH_PATTERN },
    });
    expect(host.getCell("Sheet1!F9")).toMatchObject({ format: { fillColor: FOUND_FILL } });
    expect(host.getCell("Sheet1!F9").format.fillPattern).toBeUndefined();
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
    const diff = host.diffSnapshots(before, host.snapshot()).filter((line) => !line.startsWith("name "));
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
    expect(outcome.warnings[0]?.code).toBe("scan-truncated");
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

describe("highlights and the officer's own colours", () => {
  it("never paints over a fill of the officer's, and says how many cells kept theirs", async () => {
    pasteComparison();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5:E5").format.fill.color = "#00B050";
      await context.sync();
    });
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error("refused");
    expect(host.getCell("Sheet1!D5").format.fillColor).toBe("#00B050");
    expect(host.getCell("Sheet1!E5").format.fillColor).toBe("#00B050");
    expect(host.getCell("Sheet1!D6").format.fillColor).toBe(FOUND_FILL);
    expect(outcome.value.highlighted).not.toContain("D5");
    expect(outcome.warnings.find((warning) => warning.code === "own-fill-kept")?.messageEn).toMatch(/^2 of/);
  });

  it("leaves a highlight the officer has recoloured since, when it clears its own", async () => {
    pasteComparison();
    await findScoresOnSheet(2565);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D5").format.fill.color = "#FF0000";
      sheet.getRange("B3:F14").values = Array.from({ length: 12 }, () => ["", "", "", "", ""]);
      await context.sync();
    });
    host.setCells("Sheet1!H20:I21", [
      ["ตัวชี้วัด", "ผลคะแนน"],
      ["การใช้อำนาจ", 87.53],
    ]);
    await findScoresOnSheet(2565);
    expect(host.getCell("Sheet1!D5").format.fillColor).toBe("#FF0000");
    expect(host.getCell("Sheet1!D6").format.fillColor).toBeUndefined();
  });

  it("keeps an officer's white fill, which Excel reads as the same colour as no fill (audit C15)", async () => {
    pasteComparison();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5:E5").format.fill.color = "#FFFFFF";
      await context.sync();
    });
    const outcome = await findScoresOnSheet(2565);
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.warnings.map((warning) => warning.code)).toContain("own-fill-kept");
    expect(host.getCell("Sheet1!D5").format.fillColor).toBe("#FFFFFF");
    expect(host.getCell("Sheet1!D6").format.fillColor).toBe(FOUND_FILL);
  });

  it.each(["1.10", "1.12"])(
    "highlights at ExcelApi %s, where getCellProperties (1.9) is always there",
    async (version) => {
      uninstall();
      host = createExcelHost({ derivedNullObjects: "refuse", apiSets: { ExcelApi: version } });
      uninstall = host.install();
      pasteComparison();
      const outcome = await findScoresOnSheet(2565);
      if (!outcome.ok) throw new Error("refused");
      expect(outcome.value.highlighted).toHaveLength(40);
    }
  );

  it("says an empty sheet is empty, deriving nothing from a null used range (audit B2)", async () => {
    host.resetCounters();
    const outcome = await findScoresOnSheet(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location}: ${issue.messageEn}`)).toEqual([
      "Sheet1: the sheet is empty",
    ]);
    expect(host.syncCount).toBe(1);
  });

  it("clears its own highlights after the workbook is closed and reopened, when sheet ids change (audit B4)", async () => {
    pasteComparison();
    await findScoresOnSheet(2565);
    host.reopen();
    host.setCells(
      "Sheet1!B3:F14",
      Array.from({ length: 12 }, () => ["", "", "", "", ""])
    );
    const outcome = await findScoresOnSheet(2565);
    expect(outcome.ok).toBe(false);
    host.setCells("Sheet1!H20:I21", [
      ["ตัวชี้วัด", "ผลคะแนน"],
      ["การใช้อำนาจ", 87.53],
    ]);
    const again = await findScoresOnSheet(2565);
    expect(again.ok && again.value.highlighted).toEqual(["H21", "I21"]);
    expect(host.getCell("Sheet1!D5").format.fillColor).toBeUndefined();
    expect(host.getCell("Sheet1!I21").format.fillColor).toBe(FOUND_FILL);
  });

  it("plans: paints cells without a fill or with ours from before, clears only what still has ours", () => {
    const fills: Record<string, string> = {
      B2: NO_FILL,
      B3: "#00B050",
      B4: FOUND_FILL,
      B5: FOUND_FILL,
      B6: "#FF0000",
    };
    const plan = planHighlights({
      earlier: ["B4", "B5", "B6", "Z99"],
      found: new Set(["B2", "B3", "B4"]),
      mismatched: new Set(),
      fillOf: (cell) => fills[cell],
    });
    expect(plan).toEqual({
      clear: ["B5"],
      paintFound: ["B2", "B4"],
      paintMismatched: [],
      kept: ["B3"],
      record: ["B2", "B4", "Z99"],
    });
  });
});

describe("paste and go", () => {
  it("takes the whole seed pasted at once (comparison and per-tool tables) as 2565, whatever the pane's year", async () => {
    pasteComparison();
    const text = readFileSync(join(__dirname, "..", "fixtures", "pasted", "per-tool.cells.json"), "utf8");
    const rows = (JSON.parse(text) as { rows: unknown[][] }).rows;
    const width = Math.max(...rows.map((row) => row.length));
    host.setCells(
      `Sheet1!B20:${String.fromCharCode(65 + width)}${19 + rows.length}`,
      rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null))
    );
    const found = await findScoresOnSheet(2568);
    if (!found.ok) throw new Error(found.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(found.value.years).toEqual([2564, 2565]);
    const usable = found.value.use;
    expect(usable.ready && usable.fiscalYear).toBe(2565);
    expect(
      found.value.found.map((entry) => entry.values.find((value) => value.year === 2565)?.value)
    ).toEqual(SEED_2565);
    expect(found.value.mismatches).toEqual([]);
  });

  it("turns the confirmed scores into an input sheet that Analyze scores like the seed, the paste untouched", async () => {
    pasteComparison();
    const found = await findScoresOnSheet(2568);
    if (!found.ok) throw new Error(found.issues.map((issue) => formatIssue(issue)).join("\n"));
    const usable = found.value.use;
    if (!usable.ready) throw new Error(`not usable: ${JSON.stringify(usable)}`);
    const pastedValues = () =>
      Object.entries(host.snapshot().sheets.find((sheet) => sheet.name === "Sheet1")?.cells ?? {}).map(
        ([address, cell]) => [address, cell.value, cell.formula]
      );
    const pasted = pastedValues();
    const inserted = await insertInputSheet({
      fiscalYear: usable.fiscalYear,
      agency: "เทศบาลตำบลด่านเกวียน",
      prefill: usable.prefill,
    });
    if (!inserted.ok) throw new Error(inserted.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(inserted.value.sheetName).toBe("ITA 2565");
    expect(host.getCell("'ITA 2565'!D14").value).toBe(SEED_2565[9]);
    expect(host.getCell("'ITA 2565'!E14").value).toBe(SEED_2564[9]);
    expect(host.getCell("'ITA 2565'!F14").value).toBe("");
    expect(String(host.getCell("'ITA 2565'!A3").value)).toContain("Sheet1!B3:F14");
    const analysis = await analyze({
      fiscalYear: usable.fiscalYear,
      mode: "values",
      inputAddress: inserted.value.analysisAddress,
    });
    if (!analysis.ok) throw new Error(analysis.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(analysis.value.result).toMatchObject({
      fiscalYear: 2565,
      tools: { IIT: 86.55, EIT: 89.98, OIT: 97.5 },
      total: 91.96,
      grade: "A",
      previous: { fiscalYear: 2564, total: 78.2, grade: "B" },
    });
    // The officer's paste keeps its values; only the highlight fills differ.
    expect(pastedValues()).toEqual(pasted);
    expect(pasted.length).toBeGreaterThan(40);
  });

  it("leaves out an incomplete earlier year, as ita report does, rather than copying a gap", async () => {
    pasteComparison();
    host.setCell("Sheet1!D14", "");
    const found = await findScoresOnSheet(2565);
    if (!found.ok || !found.value.use.ready) throw new Error("not usable");
    expect(found.value.use.prefill.scores.map((score) => score.year)).toEqual(Array(10).fill(2565));
    expect(found.warnings.map((warning) => warning.code)).toContain("earlier-year-left-out");
  });

  it("offers no use when one indicator and year were read twice with different scores", async () => {
    pasteComparison();
    host.setCells("Sheet1!H20:I21", [
      ["ตัวชี้วัด", "คะแนน ๒๕๖๕"],
      ["การใช้อำนาจ", "๘๗.๓๕"],
    ]);
    const found = await findScoresOnSheet(2565);
    if (!found.ok) throw new Error("refused");
    expect(found.value.use.ready).toBe(false);
    expect(!found.value.use.ready && found.value.use.issues.map((issue) => issue.code)).toContain(
      "conflicting-score"
    );
  });

  it("refuses item results the input sheet would refuse, naming the cell they were found in, writing nothing", async () => {
    pasteComparison();
    const found = await findScoresOnSheet(2565);
    const usable = found.ok ? found.value.use : undefined;
    if (usable?.ready !== true) throw new Error("not usable");
    const before = host.snapshot();
    const inserted = await insertInputSheet({
      fiscalYear: 2565,
      prefill: {
        ...usable.prefill,
        items: [{ key: "o11", value: "บางส่วน", keyLocation: "Sheet1!H3", valueLocation: "Sheet1!I3" }],
      },
    });
    expect(inserted.ok).toBe(false);
    expect(!inserted.ok && inserted.issues.map((issue) => issue.location)).toEqual(["Sheet1!I3"]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });
});
