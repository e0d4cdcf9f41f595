import { analyze, previewSelection } from "../../src/excel/analyze";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { formatIssue } from "../../src/core";
import { paneStrings } from "../../src/taskpane/strings";
import { createExcelHost, ExcelHost } from "../support/excel-host";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";

let host: ExcelHost;
let uninstall: () => void;

/** Analyze derives nothing from a null object, so its host refuses what Microsoft leaves undocumented. */
const STRICT = { derivedNullObjects: "refuse" } as const;

beforeEach(() => {
  host = createExcelHost(STRICT);
  uninstall = host.install();
  host.setActiveSheet("Sheet1");
});
afterEach(() => uninstall());

function seedTable(): void {
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i], SEED_2565[i]]),
  ]);
}

const messages = (outcome: { ok: boolean; issues?: readonly { location: string; messageEn: string }[] }) =>
  outcome.ok ? [] : (outcome.issues ?? []).map((issue) => `${issue.location}: ${issue.messageEn}`);

describe("previewSelection", () => {
  it("shows what it read and where it will write, in one sync, writing nothing", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await previewSelection(2565);
    expect(host.syncCount).toBe(1);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value.inputAddress).toBe("Sheet1!E4:E13");
    expect(outcome.value.previousAddress).toBe("Sheet1!D4:D13");
    expect(outcome.value.outputAddress).toBe("Sheet1!F3:I13");
    expect(outcome.value.indicators[3]).toMatchObject({
      number: 4,
      cell: "Sheet1!E7",
      value: 84.47,
      previous: 76.27,
    });
    expect(outcome.value.blockAddress).toBe("Sheet1!C3:E13");
  });

  it("gives Analyze the block it showed, so a moved selection does not change what is analysed", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    const preview = await previewSelection(2565);
    if (!preview.ok) throw new Error("preview");
    host.select("Sheet1!A1");
    const outcome = await analyze({
      fiscalYear: 2565,
      mode: "values",
      inputAddress: preview.value.blockAddress,
    });
    expect(outcome.ok && outcome.value.outputAddress).toBe("Sheet1!F3:I13");
  });
});

describe("analyze", () => {
  it("writes the seed's results as live formulas beside the input in two syncs", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    host.resetCounters();
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(host.syncCount).toBe(2);
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value.outputAddress).toBe("Sheet1!F3:I13");
    expect(outcome.value.mode).toBe("formulas");
    expect(outcome.value.result.total).toBe(91.96);
    expect(outcome.value.result.grade).toBe("A");
    expect(host.getCell("Sheet1!I7").formula).toBe("=0.3*I4+0.3*I5+0.4*I6");
    expect(host.getCell("Sheet1!I7").value).toBeCloseTo(91.9596, 10);
    // HyperFormula (the host's engine) has no LOOKUP; LibreOffice evaluates it in test/e2e/formulas.e2e.ts.
    expect(host.getCell("Sheet1!I8").formula).toBe(
      '=LOOKUP(ROUND(I7,2),{0,50,55,65,75,85,95},{"F","E","D","C","B","A","AA"})'
    );
    expect(host.getCell("Sheet1!I9").value).toBe("ผ่านเกณฑ์");
    expect(host.getCell("Sheet1!F4").value).toBeCloseTo(3.28, 10);
    expect(host.getCell("Sheet1!G13").value).toBe(1);
    expect(host.getCell("Sheet1!G7").value).toBe(9);
    expect(host.getCell("Sheet1!G8").value).toBe(10);
    expect(outcome.value.weakest.map((w) => w.number)).toEqual([5, 8, 9]);
  });

  it("writes plain values when asked", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    const outcome = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(outcome.ok).toBe(true);
    expect(host.getCell("Sheet1!I7")).toMatchObject({
      value: 91.96,
      hasFormula: false,
      numberFormat: "0.00",
    });
    expect(host.getCell("Sheet1!I4").value).toBe(86.55);
  });

  it("changes no cell outside its declared output block", async () => {
    seedTable();
    host.setCell("Sheet1!K20", "keep me");
    host.select("Sheet1!C3:E13");
    const before = host.snapshot();
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(outcome.ok).toBe(true);
    const changed = host.diffSnapshots(before, host.snapshot());
    const outside = changed.filter((line) => !/^Sheet1!(?:[F-I](?:[3-9]|1[0-3])) /.test(line));
    // The add-in's record of its block: a hidden name that refers to it.
    expect(outside).toEqual([
      `name ITA_Output (none) → {"formula":"=Sheet1!$F$3:$I$13","comment":"ผลที่ส่วนเสริม ITA เขียนไว้ (ส่วนเสริมเขียนทับได้) / results the ITA add-in wrote"}`,
    ]);
  });

  it("updates its own output when run again, and refuses to write over the officer's cells", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    expect((await analyze({ fiscalYear: 2565, mode: "formulas" })).ok).toBe(true);
    host.setCell("Sheet1!E4", 95);
    const again = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(again.ok).toBe(true);
    expect(host.getCell("Sheet1!F4").value).toBe(7.07);

    host.setCell("Sheet1!H20", "x");
    host.setCells(
      "Sheet1!C15:C24",
      SEED_2565.map((v) => [v])
    );
    host.select("Sheet1!C15:C24");
    host.setCell("Sheet1!E18", "note");
    const before = host.snapshot();
    const refused = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(messages(refused)).toEqual([
      "Sheet1!D15:F24: the cells for the results are not empty (Sheet1!E18); the add-in writes only into empty cells or its own earlier output, so nothing was written",
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("falls back to values, with a warning, when scores are text such as Thai digits", async () => {
    host.setCells(
      "Sheet1!B2:B11",
      SEED_2565.map((v, i) => [i === 1 ? "๘๕.๐๘" : v])
    );
    host.select("Sheet1!B2:B11");
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value.mode).toBe("values");
    expect(outcome.warnings.map((w) => w.code)).toEqual(["formulas-need-numbers"]);
    expect(host.getCell("Sheet1!E5").value).toBe(91.96);
  });

  describe("refuses bad input, lists every problem with its cell, and writes nothing", () => {
    async function refused(setup: () => void, request = { fiscalYear: 2565, mode: "formulas" as const }) {
      setup();
      const before = host.snapshot();
      const outcome = await analyze(request);
      expect(outcome.ok).toBe(false);
      expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
      return messages(outcome);
    }

    it("text, above 100, blank and error cells, all at once", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((v) => [v])
        );
        host.setCell("Sheet1!C5", "n/a");
        host.setCell("Sheet1!C6", 101);
        host.setCell("Sheet1!C8", "");
        host.setCell("Sheet1!C12", "=NA()");
        host.select("Sheet1!C4:C13");
      });
      expect(problems).toEqual([
        'Sheet1!C5: "n/a" is not a score',
        "Sheet1!C6: the score 101 is outside 0–100",
        "Sheet1!C8: the cell is blank: no score",
        "Sheet1!C12: the cell holds the Excel error #N/A",
      ]);
    });

    it("a range of the wrong size", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C12",
          SEED_2565.slice(0, 9).map((v) => [v])
        );
        host.select("Sheet1!C4:C12");
      });
      expect(problems[0]).toMatch(/^Sheet1!C4:C12: the selection is 9 rows × 1 columns/);
    });

    it("a whole column", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((v) => [v])
        );
        host.select("Sheet1!C:C");
      });
      expect(problems).toEqual([
        "Sheet1!C:C: whole columns are selected: select only the cells of the 10 indicator scores (with their header, names and earlier years' scores, if you like)",
      ]);
    });

    it("merged cells", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((v) => [v])
        );
        host.merge("Sheet1!D5:E5");
        host.select("Sheet1!C4:C13");
      });
      expect(problems).toEqual([
        "Sheet1!D5:E5: merged cells in the input or where the results go: unmerge them first",
      ]);
    });

    it("a protected sheet", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((v) => [v])
        );
        host.protectSheet("Sheet1");
        host.select("Sheet1!C4:C13");
      });
      expect(problems).toEqual(["Sheet1: the sheet is protected: unprotect it first; nothing was written"]);
    });

    it("a cell being edited", async () => {
      const problems = await refused(() => {
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((v) => [v])
        );
        host.select("Sheet1!C4:C13");
        host.setCellEditMode(true);
      });
      expect(problems).toEqual([
        "Excel: Excel is editing a cell: press Enter or Esc, then try again; nothing was written",
      ]);
    });

    it("an input address whose sheet was deleted or renamed", async () => {
      const problems = await refused(() => undefined, {
        fiscalYear: 2565,
        mode: "formulas",
        inputAddress: "'ITA 2565'!C4:E14",
      } as never);
      expect(problems).toEqual([
        "'ITA 2565': there is no sheet 'ITA 2565' in the workbook (deleted or renamed?): insert an input sheet or select the scores again; nothing was written",
      ]);
    });

    it("an input sheet renamed, naming the pane's button exactly as the pane labels it", async () => {
      const inserted = await insertInputSheet({ fiscalYear: 2565 });
      if (!inserted.ok) throw new Error("the input sheet was not inserted");
      host.renameSheet("ITA 2565", "คะแนน");
      const outcome = await analyze({
        fiscalYear: 2565,
        mode: "formulas",
        inputAddress: inserted.value.analysisAddress,
      });
      const [issue] = outcome.ok ? [] : outcome.issues;
      expect(issue?.code).toBe("sheet-renamed");
      expect(issue?.messageTh).toContain(`"${paneStrings.th.useSelection}"`);
      expect(issue?.messageEn).toContain(`"${paneStrings.en.useSelection}"`);
    });
  });
});

describe("what the officer cannot see, and older Excel", () => {
  it("refuses hidden rows already at the preview, in its one sync, writing nothing", async () => {
    seedTable();
    host.setHidden("Sheet1!6:7");
    host.select("Sheet1!C3:E13");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await previewSelection(2565);
    expect(host.syncCount).toBe(1);
    expect(messages(outcome)).toEqual([
      "Sheet1!6:7: rows 6, 7 of the selection are hidden, so not every value that would be analysed is in view: unhide them and check the values first; nothing was written",
    ]);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("minds neither hidden rows nor a filter outside the selection", async () => {
    seedTable();
    host.setHidden("Sheet1!2:2");
    host.setCells("Sheet1!C20:D23", [
      ["name", "score"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    host.applyAutoFilter("Sheet1!C20:D23", 1, { filterOn: "Custom", criterion1: ">1" });
    host.select("Sheet1!C3:E13");
    const outcome = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(messages(outcome)).toEqual([]);
    expect(outcome.ok).toBe(true);
  });

  it("tells rows a filter hides from rows hidden by hand", async () => {
    seedTable();
    host.applyAutoFilter("Sheet1!C3:E10", 2, { filterOn: "Custom", criterion1: ">=85" });
    host.setHidden("Sheet1!12:12");
    host.select("Sheet1!C3:E13");
    expect((await analyze({ fiscalYear: 2565, mode: "values" })).ok).toBe(false);
    const outcome = await previewSelection(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!7:8 filtered-rows",
      "Sheet1!12:12 hidden-rows",
    ]);
  });

  it.each(["1.10", "1.11", "1.12"])(
    "analyses in two syncs at ExcelApi %s, the lowest Excel the manifest's SharedRuntime 1.1 loads in (no merged-area check)",
    async (version) => {
      uninstall();
      host = createExcelHost({ ...STRICT, apiSets: { ExcelApi: version } });
      uninstall = host.install();
      seedTable();
      host.select("Sheet1!C3:E13");
      host.resetCounters();
      const outcome = await analyze({ fiscalYear: 2565, mode: "values" });
      expect(messages(outcome)).toEqual([]);
      expect(outcome.ok && outcome.value.result.total).toBe(91.96);
      expect(host.syncCount).toBe(2);
    }
  );

  it("below ExcelApi 1.13 cannot see merged cells where the results go, and Excel's refusal of the write stops it loudly (audit B15)", async () => {
    for (const atomicSync of [true, false]) {
      uninstall();
      host = createExcelHost({ ...STRICT, apiSets: { ExcelApi: "1.12" }, atomicSync });
      uninstall = host.install();
      seedTable();
      host.merge("Sheet1!G5:H5");
      host.select("Sheet1!C3:E13");
      const before = host.snapshot();
      const outcome = await analyze({ fiscalYear: 2565, mode: "values" });
      expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["excel-error"]);
      // Real Excel runs a request statement by statement: the number formats queued before the refused
      // write may stay, but only inside the declared output block.
      const outside = host
        .diffSnapshots(before, host.snapshot())
        .filter((line) => !/^Sheet1!(?:[F-I](?:[3-9]|1[0-3])) numberFormat /.test(line));
      expect(outside).toEqual([]);
    }
  });

  it("warns about scores of 0 and still writes them", async () => {
    host.setCells(
      "Sheet1!C4:C13",
      SEED_2565.map((v, i) => [i === 4 ? 0 : v])
    );
    host.select("Sheet1!C4:C13");
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(outcome.ok).toBe(true);
    expect(outcome.warnings.map((warning) => `${warning.location} ${warning.code}`)).toEqual([
      "Sheet1!C8 zero-score",
    ]);
  });
});

describe("insertInputSheet then analyze", () => {
  it("creates the sheet in two syncs, never over an existing one, and Analyze reads it", async () => {
    host.addSheet("ITA 2565");
    host.resetCounters();
    const inserted = await insertInputSheet({ fiscalYear: 2565, agency: '=HYPERLINK("x")' });
    expect(host.syncCount).toBe(2);
    if (!inserted.ok) throw new Error(inserted.issues.map((issue) => formatIssue(issue)).join("\n"));
    expect(inserted.value).toEqual({
      sheetName: "ITA 2565 (2)",
      scoresAddress: "'ITA 2565 (2)'!D5:D14",
      previousAddress: "'ITA 2565 (2)'!E5:E14",
      analysisAddress: "'ITA 2565 (2)'!C4:G14",
      itemsAddress: "'ITA 2565 (2)'!A18:D105",
    });
    expect(host.getCell("'ITA 2565 (2)'!B2")).toMatchObject({ value: '=HYPERLINK("x")', hasFormula: false });
    expect(host.getCell("'ITA 2565 (2)'!D4").value).toBe("คะแนนปี 2565");
    expect(host.getCell("'ITA 2565 (2)'!C9").value).toBe("การแก้ไขปัญหาการทุจริต");
    expect(host.getCell("'ITA 2565 (2)'!A18").value).toBe("i1");

    host.setCells(
      "'ITA 2565 (2)'!D5:E14",
      SEED_2565.map((v, i) => [v, SEED_2564[i]])
    );
    const outcome = await analyze({
      fiscalYear: 2565,
      mode: "formulas",
      inputAddress: inserted.value.analysisAddress,
    });
    if (!outcome.ok) throw new Error(messages(outcome).join("\n"));
    expect(outcome.value.result.previous?.total).toBe(78.2);
    expect(outcome.value.outputAddress).toBe("'ITA 2565 (2)'!H4:K14");
  });
});

describe("Excel Tables beside the scores (audit B5)", () => {
  it("refuses to write beside a table of the scores, where Excel would spread the table and its formulas, and writes nothing", async () => {
    seedTable();
    host.addTable("Sheet1!C3:E13");
    host.select("Sheet1!C3:E13");
    const before = host.snapshot();
    host.resetCounters();
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(messages(outcome)).toEqual([
      'Sheet1!F3:I13: the cells for the results are in or right beside the Excel Table "Table1", which Excel would extend over them (filling formulas down its columns), changing other cells: convert the table to a range (Table Design › Convert to Range) or move it, then try again; nothing was written',
    ]);
    expect(host.syncCount).toBe(2);
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("says so already at the preview, and minds a table the results only touch from above", async () => {
    host.setCells("Sheet1!F1:G2", [
      ["a", "b"],
      [1, 2],
    ]);
    host.addTable("Sheet1!F1:G2");
    seedTable();
    host.select("Sheet1!C3:E13");
    const outcome = await previewSelection(2565);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.location} ${issue.code}`)).toEqual([
      "Sheet1!F3:I13 table-in-the-way",
    ]);
  });

  it("writes as usual, one sync later, when the sheet's only table is elsewhere", async () => {
    host.setCells("Sheet1!M20:N22", [
      ["a", "b"],
      [1, 2],
      [3, 4],
    ]);
    host.addTable("Sheet1!M20:N22");
    seedTable();
    host.select("Sheet1!C3:E13");
    host.resetCounters();
    const outcome = await analyze({ fiscalYear: 2565, mode: "formulas" });
    expect(messages(outcome)).toEqual([]);
    expect(host.syncCount).toBe(3);
    expect(host.snapshot().tables).toEqual({ Table1: "Sheet1!M20:N22" });
  });
});

describe("its own output, across closing and reopening the workbook (audit B4)", () => {
  it("still updates its own cells after a reopen gives every sheet a new id", async () => {
    seedTable();
    host.select("Sheet1!C3:E13");
    expect((await analyze({ fiscalYear: 2565, mode: "formulas" })).ok).toBe(true);
    const idBefore = host.snapshot().sheets[0]?.id;
    host.reopen();
    expect(host.snapshot().sheets[0]?.id).not.toBe(idBefore);
    host.setCell("Sheet1!E4", 95);
    host.renameSheet("Sheet1", "ผล ITA");
    const again = await analyze({ fiscalYear: 2565, mode: "values", inputAddress: "'ผล ITA'!C3:E13" });
    expect(messages(again)).toEqual([]);
    expect(host.getCell("'ผล ITA'!F4").value).toBe(7.07);
    expect(host.snapshot().names.map((name) => name.formula)).toEqual(["='ผล ITA'!$F$3:$I$13"]);
  });
});

describe("reading a sheet named in an address, or the selection (audits B2 and B12)", () => {
  it("looks the sheet up in a sync of its own first, so nothing is derived from a missing sheet: three syncs", async () => {
    seedTable();
    host.resetCounters();
    const outcome = await analyze({ fiscalYear: 2565, mode: "values", inputAddress: "Sheet1!C3:E13" });
    expect(messages(outcome)).toEqual([]);
    expect(host.syncCount).toBe(3);
    const missing = await analyze({ fiscalYear: 2565, mode: "values", inputAddress: "Gone!C3:E13" });
    expect(messages(missing)).toEqual([
      "Gone: there is no sheet Gone in the workbook (deleted or renamed?): insert an input sheet or select the scores again; nothing was written",
    ]);
  });

  it("reads the framework sheet of the year in one more sync, only when the workbook has one", async () => {
    const { insertFrameworkSheet } = await import("../../src/excel/framework-sheet");
    expect((await insertFrameworkSheet(2565)).ok).toBe(true);
    host.setActiveSheet("Sheet1");
    seedTable();
    host.select("Sheet1!C3:E13");
    host.resetCounters();
    const outcome = await analyze({ fiscalYear: 2565, mode: "values" });
    expect(messages(outcome)).toEqual([]);
    expect(host.syncCount).toBe(3);
  });

  it.each([
    ["several ranges (Ctrl+click)", (h: ExcelHost) => h.select("Sheet1!C3:E13,Sheet1!H2")],
    ["a chart", (h: ExcelHost) => h.selectChart("Sheet1")],
  ])(
    "says in both languages that a selection of %s cannot be used, writing nothing",
    async (_what, select) => {
      seedTable();
      select(host);
      const before = host.snapshot();
      const outcome = await previewSelection(2565);
      const [issue] = outcome.ok ? [] : outcome.issues;
      expect(issue?.code).toBe("invalid-selection");
      expect(issue?.messageTh).toBe(
        "สิ่งที่เลือกไว้ใช้ไม่ได้ (เลือกหลายช่วงพร้อมกัน หรือเลือกแผนภูมิหรือรูปภาพ) โปรดเลือกเซลล์เพียงช่วงเดียวแล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ"
      );
      expect((await analyze({ fiscalYear: 2565, mode: "values" })).ok).toBe(false);
      expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
    }
  );
});
