import { formatIssue, roundHalfUpToNumber } from "../../src/core";
import { NumberedRow, readAgencies, summarizeBatch, SUMMARY_SHEET_NAME } from "../../src/core/batch";
import { analyzeAgencies, chunkLines } from "../../src/excel/batch";
import { createExcelHost, ExcelHost } from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

let host: ExcelHost;
let uninstall: () => void;

function useHost(options: Parameters<typeof createExcelHost>[0] = {}): void {
  uninstall?.();
  host = createExcelHost(options);
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
}

beforeEach(() => useHost());
afterEach(() => uninstall());

const ENGLISH_HEADER = [
  "agency",
  "type",
  "province",
  "fiscalYear",
  ...SEED_2565.map((_, i) => `ind${i + 1}`),
  "previousFiscalYear",
  ...SEED_2565.map((_, i) => `prev${i + 1}`),
];
const THAI_HEADER = [
  "หน่วยงาน",
  "ประเภท",
  "จังหวัด",
  "ปีงบประมาณ",
  ...SEED_2565.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`),
  "ปีก่อน",
  ...SEED_2565.map((_, i) => `ปีก่อน ${i + 1}`),
];

const shifted = (scores: readonly number[], by: number) =>
  scores.map((score) => Math.min(100, Math.round((score + by) * 100) / 100));

/** Five agencies in two provinces; the first is the seed case (91.96, A, +13.76), the fourth is new. */
const AGENCIES: (string | number)[][] = [
  ["เทศบาลตำบลด่านเกวียน", "เทศบาลตำบล", "นครราชสีมา", 2565, ...SEED_2565, 2564, ...SEED_2564],
  ["อบต. หนองระเวียง", "อบต.", "นครราชสีมา", 2565, ...shifted(SEED_2565, -9), 2564, ...SEED_2564],
  ["เทศบาลเมืองบัวใหญ่", "เทศบาลเมือง", "ขอนแก่น", 2565, ...shifted(SEED_2565, 3), 2564, ...SEED_2565],
  ["อบต. บ้านเป็ด", "อบต.", "ขอนแก่น", 2565, ...shifted(SEED_2565, -20), "", ...SEED_2565.map(() => "")],
  ["เทศบาลนครขอนแก่น", "เทศบาลนคร", "ขอนแก่น", 2565, ...shifted(SEED_2565, -3), 2564, ...SEED_2564],
];

function putTable(header: readonly string[], rows = AGENCIES, sheet = "Sheet1", headerRow = 1): void {
  host.setCells(`${sheet}!A${headerRow}:Y${headerRow + rows.length}`, [header, ...rows]);
}

const messages = (outcome: Awaited<ReturnType<typeof analyzeAgencies>>) =>
  outcome.ok ? [] : outcome.issues.map((issue) => formatIssue(issue, "en"));

/** What the batch core makes of the same rows: the figures every result cell must show. */
function expectedResults(rows: readonly (readonly unknown[])[]) {
  const numbered: NumberedRow[] = rows.map((cells, i) => ({ number: i + 1, cells }));
  const reading = readAgencies(numbered);
  expect(reading.issues).toEqual([]);
  return summarizeBatch(reading.agencies);
}

const RESULT_COLUMNS = ["Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH"];

/** The nine result cells of a sheet row (values, then number formats). */
function resultRow(row: number, sheet = "Sheet1") {
  const cells = RESULT_COLUMNS.map((column) => host.getCell(`${sheet}!${column}${row}`));
  return { values: cells.map((cell) => cell.value), formats: cells.map((cell) => cell.numberFormat) };
}

describe("analyzeAgencies", () => {
  it("writes each agency's results beside the table and a summary sheet, in four syncs", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    host.resetCounters();
    const progress: [number, number][] = [];
    const outcome = await analyzeAgencies({ onProgress: (done, total) => progress.push([done, total]) });
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(host.syncCount).toBe(4);
    expect(outcome.value).toEqual({
      agencies: 5,
      skipped: 0,
      outputAddress: "Sheet1!Z1:AH6",
      summarySheet: SUMMARY_SHEET_NAME,
      shareAtLeast85: 0.6,
      meanTotal: 86.04,
      nationalMean: { fiscalYear: 2565, mean: 87.57 },
    });
    expect(progress).toEqual([[5, 5]]);

    expect(resultRow(1).values).toEqual([
      "IIT",
      "EIT",
      "OIT",
      "คะแนนรวม",
      "ระดับ",
      "ผลการประเมิน",
      "เปลี่ยนแปลง",
      "อันดับประเทศ",
      "อันดับในจังหวัด",
    ]);
    expect(host.getCell("Sheet1!Z1").format).toMatchObject({ bold: true, fillColor: "#DCE6F2" });
    expect(resultRow(2)).toEqual({
      values: [86.55, 89.98, 97.5, 91.96, "A", "ผ่าน", 13.76, 2, 1],
      formats: ["0.00", "0.00", "0.00", "0.00", "@", "@", "+0.00;-0.00;0.00", "0", "0"],
    });
    // The new agency has no change; its cell is left empty.
    expect(resultRow(5).values[6]).toBe("");

    const summary = expectedResults([ENGLISH_HEADER, ...AGENCIES]);
    summary.results.forEach((result, i) => {
      const year = result.agency.current;
      expect(resultRow(i + 2).values).toEqual([
        year.printedTools.IIT,
        year.printedTools.EIT,
        year.printedTools.OIT,
        year.printedTotal,
        year.rating.rating,
        year.passed ? "ผ่าน" : "ไม่ผ่าน",
        result.change === undefined ? "" : roundHalfUpToNumber(result.change, 2),
        result.nationalRank,
        result.provinceRank ?? "",
      ]);
    });

    const snapshot = host.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", SUMMARY_SHEET_NAME]);
    expect(snapshot.activeSheet).toBe("Sheet1");
    expect(host.getCell(`'${SUMMARY_SHEET_NAME}'!A1`).value).toBe("สรุปผลการประเมิน ITA ภาพรวม ปีงบประมาณ 2565");
  });

  it("reads Thai headers to the same results", async () => {
    putTable(THAI_HEADER);
    host.select("Sheet1!A1:Y6");
    const outcome = await analyzeAgencies({});
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(resultRow(2).values).toEqual([86.55, 89.98, 97.5, 91.96, "A", "ผ่าน", 13.76, 2, 1]);
    expect(outcome.value.outputAddress).toBe("Sheet1!Z1:AH6");
  });

  it("reads only the used rows of a whole-column selection, and analyses a table given by address", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A:Y");
    const outcome = await analyzeAgencies({});
    expect(outcome.ok && outcome.value.outputAddress).toBe("Sheet1!Z1:AH6");

    useHost();
    host.addSheet("หน่วยงาน 2565");
    putTable(ENGLISH_HEADER, AGENCIES, "'หน่วยงาน 2565'", 3);
    const byAddress = await analyzeAgencies({ tableAddress: "'หน่วยงาน 2565'!A:Y" });
    expect(byAddress.ok && byAddress.value.outputAddress).toBe("'หน่วยงาน 2565'!Z3:AH8");
    expect(resultRow(4, "'หน่วยงาน 2565'").values[3]).toBe(91.96);
  });

  it("lists every problem of the bad rows at its cell and writes nothing", async () => {
    const bad = AGENCIES.map((row) => [...row]);
    (bad[1] as unknown[])[6] = "n/a"; // G3: ind3
    (bad[3] as unknown[])[0] = ""; // A5: the agency name
    (bad[3] as unknown[])[13] = 120; // N5: ind10
    (bad[4] as unknown[])[3] = 2500; // D6: an unknown fiscal year
    putTable(ENGLISH_HEADER, bad);
    host.select("Sheet1!A1:Y6");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await analyzeAgencies({});
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(outcome.ok).toBe(false);
    const locations = outcome.ok ? [] : outcome.issues.map((issue) => issue.location);
    // D6's year is unknown, and the previous year in O6 is then not earlier than it.
    expect(locations).toEqual([
      "Sheet1!G3",
      "Sheet1!A5",
      "Sheet1!N5",
      "Sheet1!D6",
      "Sheet1!O6",
      "Sheet1!A1:Y6",
    ]);
    expect(messages(outcome).at(-1)).toBe(
      "Sheet1!A1:Y6: 3 row(s) have problems: correct the cells listed and analyse again; nothing was written"
    );
  });

  it("says so when the first row is not a header, at the header's row", async () => {
    host.setCells("Sheet1!A1:B2", [
      ["agency", "note"],
      ["ด่านเกวียน", "x"],
    ]);
    host.select("Sheet1!A1:B2");
    const outcome = await analyzeAgencies({});
    expect(outcome.ok).toBe(false);
    const codes = outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`);
    expect(codes).toContain("Sheet1!1:1 missing-column");
    expect(codes.at(-1)).toBe("Sheet1!A1:B2 invalid-header");
    expect(outcome.warnings.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!B1 unknown-column",
    ]);
  });

  it("refuses to write over the officer's cells, and says which", async () => {
    putTable(ENGLISH_HEADER);
    host.setCell("Sheet1!AB4", "หมายเหตุ");
    host.select("Sheet1!A1:Y6");
    const before = host.snapshot();
    const outcome = await analyzeAgencies({});
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["output-not-empty"]);
    expect(messages(outcome)[0]).toContain("Sheet1!AB4");
  });

  it("rewrites its own output identically on a re-run, even when the selection takes that output in", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    expect((await analyzeAgencies({})).ok).toBe(true);
    const first = host.snapshot();

    const again = await analyzeAgencies({});
    if (!again.ok) throw new Error(messages(again).join("\n"));
    expect(host.diffSnapshots(first, host.snapshot())).toEqual([]);

    host.select("Sheet1!A1:AH6");
    const wider = await analyzeAgencies({});
    if (!wider.ok) throw new Error(messages(wider).join("\n"));
    expect(wider.warnings).toEqual([]);
    expect(wider.value.outputAddress).toBe("Sheet1!Z1:AH6");
    expect(host.diffSnapshots(first, host.snapshot())).toEqual(['sheet Sheet1 selection "A1:Y6" → "A1:AH6"']);
  });

  it("replaces an edited summary sheet only when asked, and never writes on a protected sheet", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    expect((await analyzeAgencies({})).ok).toBe(true);
    host.setCell(`'${SUMMARY_SHEET_NAME}'!A1`, "แก้แล้ว");
    const before = host.snapshot();
    const refused = await analyzeAgencies({});
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.code)).toEqual(["generated-sheet-edited"]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    const replaced = await analyzeAgencies({ replaceEdited: true });
    expect(replaced.ok && replaced.value.summarySheet).toBe(SUMMARY_SHEET_NAME);
    expect(host.getCell(`'${SUMMARY_SHEET_NAME}'!A1`).value).not.toBe("แก้แล้ว");

    host.protectSheet("Sheet1");
    const protectedOutcome = await analyzeAgencies({});
    expect(protectedOutcome.ok ? [] : protectedOutcome.issues.map((issue) => issue.code)).toEqual([
      "protected-sheet",
    ]);
  });

  it("refuses a read-only workbook after the first read, at the table's sheet, writing nothing", async () => {
    useHost({ readOnly: true });
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await analyzeAgencies({});
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1 read-only-workbook",
    ]);
    expect(messages(outcome)[0]).toMatch(/read-only.*nothing was written$/);
  });

  it("asks for the whole table when one cell is selected, and says an empty selection holds no data", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!C3");
    const before = host.snapshot();
    host.resetCounters();
    const single = await analyzeAgencies({});
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    expect(single.ok ? [] : single.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!C3 single-cell",
    ]);

    host.select("Sheet1!AK10:AP20");
    const empty = await analyzeAgencies({});
    expect(empty.ok ? [] : empty.issues.map((issue) => issue.code)).toEqual(["no-table"]);
    expect(messages(empty)[0]).toMatch(/nothing was written$/);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([
      'sheet Sheet1 selection "C3" → "AK10:AP20"',
    ]);
  });

  it("clears the rows of a taller earlier output when the table shrinks", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    expect((await analyzeAgencies({})).ok).toBe(true);
    host.setCells("Sheet1!A6:Y6", [ENGLISH_HEADER.map(() => "")]);
    host.select("Sheet1!A1:Y5");
    const outcome = await analyzeAgencies({});
    expect(outcome.ok && outcome.value.outputAddress).toBe("Sheet1!Z1:AH6");
    expect(resultRow(6).values).toEqual(RESULT_COLUMNS.map(() => ""));
    expect(outcome.ok && outcome.value.agencies).toBe(4);
  });

  it("leaves a user sheet named like the summary alone, and skips blank rows inside the table", async () => {
    host.addSheet(SUMMARY_SHEET_NAME);
    host.setCell(`'${SUMMARY_SHEET_NAME}'!A1`, "ของฉัน");
    putTable(ENGLISH_HEADER, [...AGENCIES.slice(0, 2), ENGLISH_HEADER.map(() => ""), ...AGENCIES.slice(2)]);
    host.select("Sheet1!A1:Y7");
    const outcome = await analyzeAgencies({});
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value).toMatchObject({
      agencies: 5,
      skipped: 1,
      summarySheet: `${SUMMARY_SHEET_NAME} (2)`,
    });
    expect(host.getCell(`'${SUMMARY_SHEET_NAME}'!A1`).value).toBe("ของฉัน");
    expect(resultRow(4).values).toEqual(RESULT_COLUMNS.map(() => ""));
    const summary = expectedResults([ENGLISH_HEADER, ...AGENCIES]);
    expect(resultRow(5).values[3]).toBe(summary.results[2]?.agency.current.printedTotal);
  });

  it("writes a big table in chunks under the request limit, reporting progress after each", async () => {
    const limit = 200 * 1024;
    useHost({ maxRequestBytes: limit, evaluateFormulas: false });
    const rows = generatedAgencies(3000);
    host.setCells(`Sheet1!A1:Y${rows.length + 1}`, [ENGLISH_HEADER, ...rows]);
    host.select("Sheet1!A:Y");
    host.resetCounters();
    const progress: number[] = [];
    const outcome = await analyzeAgencies(
      {
        onProgress: (done, total) => {
          expect(total).toBe(3000);
          progress.push(done);
        },
      },
      { maxRequestBytes: limit }
    );
    // The host rejects any sync over the limit, so ok means every request fit.
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(progress.length).toBeGreaterThan(1);
    expect(host.syncCount).toBe(2 + progress.length + 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBe(progress.length);
    expect(progress.at(-1)).toBe(3000);
    expect(outcome.value.outputAddress).toBe("Sheet1!Z1:AH3001");

    const summary = expectedResults([ENGLISH_HEADER, ...rows]);
    for (const index of [0, 1499, 2999]) {
      const result = summary.results[index];
      expect(resultRow(index + 2).values.slice(3, 8)).toEqual([
        result?.agency.current.printedTotal,
        result?.agency.current.rating.rating,
        result?.agency.current.passed ? "ผ่าน" : "ไม่ผ่าน",
        result?.change === undefined ? "" : roundHalfUpToNumber(result.change, 2),
        result?.nationalRank,
      ]);
    }
  });
});

describe("analyzeAgencies and real Excel's limits (audit B4, B5, B7, B13)", () => {
  it("reads a table too large for one answer in blocks of rows, each under the budget, and writes it", async () => {
    // Excel on the web refuses an answer over 5 MB; this host refuses one over 1.2 MB, and the table's
    // values weigh about 1.5 MB, so one load of them all would fail.
    useHost({ maxResponseBytes: 1_200_000, evaluateFormulas: false });
    const rows = generatedAgencies(3000);
    host.setCells(`Sheet1!A1:Y${rows.length + 1}`, [ENGLISH_HEADER, ...rows]);
    host.select("Sheet1!A:Y");
    host.resetCounters();
    const outcome = await analyzeAgencies({}, { readBudgetBytes: 400_000 });
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value.agencies).toBe(3000);
    // Read 1 (2,000 rows); the other 1,000 rows in two blocks under 400 KB, the first with the place of the
    // results; one write chunk; the summary sheet.
    expect(host.syncCount).toBe(5);
    const summary = expectedResults([ENGLISH_HEADER, ...rows]);
    expect(resultRow(3001).values[3]).toBe(summary.results[2999]?.agency.current.printedTotal);
  });

  it("says in both languages when even one block is more than Excel on the web can answer", async () => {
    useHost({ maxResponseBytes: 300_000, evaluateFormulas: false });
    const rows = generatedAgencies(3000);
    host.setCells(`Sheet1!A1:Y${rows.length + 1}`, [ENGLISH_HEADER, ...rows]);
    host.select("Sheet1!A:Y");
    const before = host.snapshot();
    const outcome = await analyzeAgencies({});
    expect(messages(outcome)).toEqual([
      "Excel: too much data for Excel on the web to send in one answer: select a smaller range, or remove the columns not needed",
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("refuses a table of agencies formatted as an Excel Table, which would spread over the results, writing nothing", async () => {
    putTable(ENGLISH_HEADER);
    host.addTable("Sheet1!A1:Y6", "Agencies");
    host.select("Sheet1!A1:Y6");
    const before = host.snapshot();
    const outcome = await analyzeAgencies({});
    expect(messages(outcome)).toEqual([
      'Sheet1!Z1:AH6: the cells for the results are in or right beside the Excel Table "Agencies", which Excel would extend over them (filling formulas down its columns), changing other cells: convert the table to a range (Table Design › Convert to Range) or move it, then try again; nothing was written',
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("refuses a workbook whose structure is protected, where the summary sheet could not be added, writing nothing", async () => {
    putTable(ENGLISH_HEADER);
    host.protectWorkbook();
    host.select("Sheet1!A1:Y6");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await analyzeAgencies({});
    expect(messages(outcome)).toEqual([
      "สมุดงาน / workbook: the workbook's structure is protected, so no sheet can be added: unprotect the workbook (Review › Protect Workbook), then try again; nothing was written",
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("rewrites its own output after the workbook is closed and reopened, when sheet ids change", async () => {
    putTable(ENGLISH_HEADER);
    host.select("Sheet1!A1:Y6");
    expect((await analyzeAgencies({})).ok).toBe(true);
    host.reopen();
    host.setCell("Sheet1!E2", 50);
    const again = await analyzeAgencies({});
    expect(messages(again)).toEqual([]);
    expect(again.ok && again.value.outputAddress).toBe("Sheet1!Z1:AH6");
    expect(host.snapshot().names.filter((name) => name.name.startsWith("ITA_Output"))).toHaveLength(1);
  });
});

describe("chunkLines", () => {
  it("cuts lines into runs under the budget, the first carrying the extra bytes", () => {
    expect(chunkLines([40, 40, 40, 40, 40], 100)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    expect(chunkLines([40, 40, 40], 100, 30)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
    ]);
  });

  it("gives a line over the budget a chunk of its own rather than looping", () => {
    expect(chunkLines([10, 500, 10], 100)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });
});

/** Deterministic agencies: 2568 with 2567 before, Thai names, scores with two decimals. */
function generatedAgencies(count: number): (string | number)[][] {
  let state = 2568;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const scores = () => Array.from({ length: 10 }, () => Math.round((60 + 40 * next()) * 100) / 100);
  const provinces = ["นครราชสีมา", "ขอนแก่น", "เชียงใหม่", "สงขลา"];
  return Array.from({ length: count }, (_, i) => [
    `องค์การบริหารส่วนตำบลที่ ${i + 1}`,
    "องค์การบริหารส่วนตำบล",
    provinces[i % provinces.length] ?? "",
    2568,
    ...scores(),
    2567,
    ...scores(),
  ]);
}
