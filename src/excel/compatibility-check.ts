/**
 * The compatibility check (issue 13): proves, in the officer's own Excel, the assumptions the add-in was
 * built on but could only check against documentation and our in-memory host (the audit's list of
 * Script Lab checks). It works on a temporary sheet it adds and deletes, never on the officer's sheets,
 * and reports each check as passed, failed or information, in words support staff can read.
 *
 * One Excel.run, several syncs: each check is a few statements and one sync, so a check that Excel
 * refuses fails alone and the others still run.
 */
import { quoteSheetName, type Validated } from "../core";
import type { CompatibilityCheck, CompatibilityReport } from "./actions";
import { runExcel } from "./run-excel";

const TEMPORARY_SHEET = "ITA ตรวจความเข้ากันได้";
/** Texts that must stay text when the cells are formatted "@" first (audit C9). */
const FORMULA_LOOKING = ["=1+1", "+A1", "-x", "'q"];
const EXCEL_API_VERSIONS = ["1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17"];

function supported(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: string;
    message?: string;
  };
  return `${code ?? ""} ${message ?? String(error)}`.trim();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs every check on a temporary sheet and removes it; the officer's sheets are not touched.
 * `settleMs`: how long to let a custom function compute before its result is read.
 */
export function runCompatibilityCheck(settleMs = 1500): Promise<Validated<CompatibilityReport>> {
  return runExcel(async (context) => {
    const checks: CompatibilityCheck[] = [];
    const add = (check: CompatibilityCheck) => checks.push(check);

    // Platform and API versions: information, except the floor the manifest promises.
    const platform = String(Office.context.platform ?? "unknown");
    const diagnostics = Office.context.diagnostics;
    const excelSets = EXCEL_API_VERSIONS.filter((version) => supported("ExcelApi", version));
    add({
      id: "platform",
      outcome: "info",
      th: `แพลตฟอร์ม ${platform}${diagnostics ? ` รุ่น ${diagnostics.version}` : ""}`,
      en: `platform ${platform}${diagnostics ? ` version ${diagnostics.version}` : ""}`,
    });
    add({
      id: "api-sets",
      outcome: excelSets.includes("1.10") && supported("SharedRuntime", "1.1") ? "pass" : "fail",
      th: `ExcelApi ${excelSets.join(" ") || "-"} · SharedRuntime 1.1 ${supported("SharedRuntime", "1.1") ? "มี" : "ไม่มี"} · CustomFunctionsRuntime 1.2 ${supported("CustomFunctionsRuntime", "1.2") ? "มี" : "ไม่มี"} 1.3 ${supported("CustomFunctionsRuntime", "1.3") ? "มี" : "ไม่มี"}`,
      en: `ExcelApi ${excelSets.join(" ") || "-"} · SharedRuntime 1.1 ${supported("SharedRuntime", "1.1") ? "yes" : "no"} · CustomFunctionsRuntime 1.2 ${supported("CustomFunctionsRuntime", "1.2") ? "yes" : "no"} 1.3 ${supported("CustomFunctionsRuntime", "1.3") ? "yes" : "no"}`,
    });
    const pdf = supported("PdfFile", "1.1");
    add({
      id: "pdf",
      outcome: "info",
      th: `พิมพ์สมุดงานเป็น PDF จากส่วนเสริม: ${pdf ? "Excel รองรับ" : "Excel ไม่รองรับ"}`,
      en: `printing the workbook to PDF from the add-in: ${pdf ? "supported" : "not supported"} by this Excel`,
    });

    // The temporary sheet, under a name no officer uses; the active sheet is given back at the end.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const taken = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    let name = TEMPORARY_SHEET;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${TEMPORARY_SHEET} ${n}`;
    const sheet = sheets.add(name);
    await context.sync();

    try {
      // 1. Text format before values keeps formula-looking text as text (audit C9, check 1).
      try {
        const cells = sheet.getRange("A1:D1");
        cells.numberFormat = [["@", "@", "@", "@"]];
        cells.values = [FORMULA_LOOKING];
        cells.load("values,formulas,valueTypes");
        await context.sync();
        const kept = cells.valueTypes[0]?.every((type) => type === "String") === true;
        add({
          id: "text-format-first",
          outcome: kept ? "pass" : "fail",
          th: `ข้อความที่ขึ้นต้นด้วย = + - ' ในเซลล์รูปแบบข้อความ: ${JSON.stringify(cells.values[0])}`,
          en: `text starting with = + - ' in text-formatted cells: ${JSON.stringify(cells.values[0])}`,
        });
      } catch (error) {
        add({ id: "text-format-first", outcome: "fail", th: describe(error), en: describe(error) });
      }

      // 2. Work derived from a null object (audit B2, check 2): the add-in avoids it; this records why.
      try {
        const missing = sheets.getItemOrNullObject(`${name} ไม่มีอยู่`);
        const range = missing.getRange("A1:B2");
        range.load("address");
        // eslint-disable-next-line office-addins/no-navigational-load -- the check reports this very flag
        missing.load("isNullObject");
        await context.sync();
        add({
          id: "null-object-chain",
          outcome: "info",
          th: `งานที่ต่อจากแผ่นงานที่ไม่มีอยู่: Excel ยอมรับ (isNullObject ${String(missing.isNullObject)})`,
          en: `work derived from a missing sheet: accepted by Excel (isNullObject ${String(missing.isNullObject)})`,
        });
      } catch (error) {
        add({
          id: "null-object-chain",
          outcome: "info",
          th: `งานที่ต่อจากแผ่นงานที่ไม่มีอยู่: Excel ปฏิเสธ (${describe(error)}) ส่วนเสริมจึงไม่ทำเช่นนี้`,
          en: `work derived from a missing sheet: refused by Excel (${describe(error)}), which the add-in avoids`,
        });
      }

      // 3. The used range of a blank sheet, the safe path the add-in takes.
      try {
        const blank = context.workbook.worksheets.getItem(name).getRange("F1:F1");
        blank.load("address");
        await context.sync();
        add({ id: "used-range", outcome: "pass", th: "อ่านช่วงเซลล์ได้ตามปกติ", en: "ranges read as expected" });
      } catch (error) {
        add({ id: "used-range", outcome: "fail", th: describe(error), en: describe(error) });
      }

      // 4. The page header's length (audit B3, check 5): the longest centre header Excel accepts here.
      let longest = 0;
      for (const length of [250, 253, 255, 256]) {
        try {
          sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "ก".repeat(length);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each length must fail alone
          await context.sync();
          longest = length;
        } catch {
          break;
        }
      }
      add({
        id: "header-length",
        outcome: longest >= 250 ? "pass" : "fail",
        th: `หัวกระดาษยาวที่สุดที่ Excel รับ: ${longest} ตัวอักษร (ส่วนเสริมใช้ไม่เกิน 253)`,
        en: `longest centre header Excel accepts: ${longest} characters (the add-in uses at most 253)`,
      });

      // 5. A blank cell in a custom function's range (audit A3, check 4): must not score as 0.
      try {
        const scores = sheet.getRange("H1:H10");
        scores.values = [[91.21], [85.08], [87.53], [""], [84.47], [94.31], [89.3], [86.33], [95], [100]];
        const formula = sheet.getRange("I1");
        formula.formulas = [["=ITA.SCORE(H1:H10)"]];
        await context.sync();
        await wait(settleMs);
        formula.load("values,valueTypes");
        await context.sync();
        const type = formula.valueTypes[0]?.[0];
        const value = formula.values[0]?.[0];
        add({
          id: "blank-in-function",
          outcome: type === "Error" ? "pass" : type === "Double" ? "fail" : "info",
          th: `=ITA.SCORE กับช่วงที่มีเซลล์ว่าง ได้ ${String(value)} (${String(type)})`,
          en: `=ITA.SCORE over a range with a blank cell gave ${String(value)} (${String(type)})`,
        });
      } catch (error) {
        add({ id: "blank-in-function", outcome: "fail", th: describe(error), en: describe(error) });
      }

      // 6. Tables (audit B5, check 7): does a write beside a table make it grow?
      try {
        sheet.getRange("K1:L3").values = [
          ["ตัวชี้วัด", "คะแนน"],
          ["1", 90],
          ["2", 80],
        ];
        const table = sheet.tables.add(`${quoteSheetName(name)}!K1:L3`, true);
        await context.sync();
        sheet.getRange("M2").formulas = [["=L2*2"]];
        const grown = table.getRange();
        grown.load("address");
        await context.sync();
        const expanded = !/L3$/.test(grown.address);
        add({
          id: "table-expansion",
          outcome: "info",
          th: `เขียนสูตรข้างตาราง: ตาราง${expanded ? "ขยายออก" : "ไม่ขยาย"} (${grown.address}) ส่วนเสริมจึงไม่เขียนผลติดกับตาราง`,
          en: `a formula written beside a table: the table ${expanded ? "grew" : "did not grow"} (${grown.address}); the add-in does not write beside tables`,
        });
      } catch (error) {
        add({ id: "table-expansion", outcome: "fail", th: describe(error), en: describe(error) });
      }
    } finally {
      // Whatever happened above, the temporary sheet goes and the officer's sheet comes back to the front.
      active.activate();
      sheet.delete();
      await context.sync();
    }
    return { ok: true, value: { checks }, warnings: [] };
  });
}
