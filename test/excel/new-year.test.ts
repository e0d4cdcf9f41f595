/**
 * The year officers are in (issue 11): a 2569 result analysed and reported with the built-in working-rule
 * framework, and a 2570 result carried through a framework sheet copied from 2569, on the strict host.
 */
import { analyze } from "../../src/excel/analyze";
import { insertFrameworkSheet } from "../../src/excel/framework-sheet";
import { insertInputSheet } from "../../src/excel/input-sheet";
import { generateReport } from "../../src/excel/report";
import { createExcelHost, ExcelHost } from "../support/excel-host";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  uninstall = host.install();
});
afterEach(() => uninstall());

/** A 2569 result with one tool below 85: IIT 88.00, EIT 84.00, OIT 96.00, total 90.00, ผ่าน (not ผ่านดี). */
const SCORES_2569 = [90, 86, 88, 87, 89, 84, 83, 85, 95, 97];
const SCORES_2568 = [85, 84, 86, 85, 86, 80, 82, 83, 90, 92];

function texts(sheetName: string): string[] {
  const sheet = host.snapshot().sheets.find((candidate) => candidate.name === sheetName);
  return Object.values(sheet?.cells ?? {})
    .map((cell) => (cell as { value?: unknown }).value)
    .filter((value): value is string => typeof value === "string");
}

async function filledInputSheet(fiscalYear: number) {
  const inserted = await insertInputSheet({ fiscalYear, agency: "องค์การบริหารส่วนตำบลทดสอบ" });
  if (!inserted.ok || !inserted.value.itemsAddress) throw new Error(JSON.stringify(inserted));
  const sheet = inserted.value.sheetName;
  host.setCells(
    `'${sheet}'!D5:E14`,
    SCORES_2569.map((score, i) => [score, SCORES_2568[i] ?? 0])
  );
  return inserted.value;
}

describe("fiscal year 2569, built in", () => {
  it("lists the 26 OIT items of 2569 on the input sheet with the codes the NACC prints", async () => {
    const inserted = await filledInputSheet(2569);
    const sheet = inserted.sheetName;
    // Items start at row 18: 30 IIT and 15 EIT items, then O1 at row 63 and O26 at row 88.
    expect(host.getCell(`'${sheet}'!A63`).value).toBe("O1");
    expect(host.getCell(`'${sheet}'!C63`).value).toBe("9 การเปิดเผยข้อมูล: โครงสร้าง หน้าที่และอำนาจ");
    expect(host.getCell(`'${sheet}'!A88`).value).toBe("O26");
    expect(host.getCell(`'${sheet}'!C87`).value).toBe(
      "10 การป้องกันการทุจริต: การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"
    );
    expect(host.getCell(`'${sheet}'!A89`).value ?? "").toBe("");
  });

  it("analyses with the word ratings and says which parts of the framework are unconfirmed", async () => {
    const inserted = await filledInputSheet(2569);
    const outcome = await analyze({
      fiscalYear: 2569,
      mode: "values",
      inputAddress: inserted.analysisAddress,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.result.total).toBe(90);
    expect(outcome.value.result.grade).toBe("ผ่าน");
    expect(outcome.value.framework.unconfirmed.map((part) => part.en)).toContain(
      "the grouping of OIT items into sub-indicators (not known, so indicators 9 and 10 are entered as scores)"
    );
    // The 2570 list is not known, so nothing is said of the item the 2569 report will serve.
    expect(outcome.value.framework.servedItem).toBeUndefined();
  });

  it("reports failed O-items and weak items with their recommendations, and measures dated in fiscal 2570", async () => {
    const inserted = await filledInputSheet(2569);
    const sheet = inserted.sheetName;
    host.setCell(`'${sheet}'!D45`, 78.5); // i28
    host.setCell(`'${sheet}'!D73`, "ไม่ผ่าน"); // O11 monthly procurement summary
    host.setCell(`'${sheet}'!D87`, "ไม่ผ่าน"); // O25 using the ITA result
    host.setCell(`'${sheet}'!D69`, "ไม่ผ่าน"); // O7: title not known
    const outcome = await generateReport({
      fiscalYear: 2569,
      agency: "องค์การบริหารส่วนตำบลทดสอบ",
      inputAddress: inserted.analysisAddress,
      itemsAddress: inserted.itemsAddress,
      digits: "arabic",
      chart: false,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.sheets.map((generated) => generated.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2569",
      "มาตรการ ITA 2570",
    ]);
    const analysis = texts("ผลการวิเคราะห์ ITA 2569");
    expect(analysis).toEqual(expect.arrayContaining(["O11", "O25", "O7", "i28"]));
    expect(analysis).toContain("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: ข้อที่ไม่ผ่าน");
    expect(analysis.some((text) => text.includes("เอกสารนี้เป็นหลักฐาน"))).toBe(false);
    const measures = texts("มาตรการ ITA 2570").join("\n");
    expect(measures).toContain("31 มีนาคม 2570");
    expect(measures).toContain("30 กันยายน 2570");
    expect(measures).toContain("ข้อ O11");
    expect(measures).toContain("ข้อ O7 (ไม่ผ่าน)");
    expect(measures).toContain("ข้อมูลของข้อ O7 บนเว็บไซต์");
    expect(measures).not.toMatch(/มอบหมายผู้รับผิดชอบประเด็น/);
  });
});

describe("a year the add-in does not know (2570)", () => {
  it("is refused without a framework sheet, with the way to make one, and nothing is written", async () => {
    const before = host.snapshot();
    const outcome = await insertInputSheet({ fiscalYear: 2570 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues.map((issue) => issue.code)).toEqual(["unsupported-year"]);
      expect(outcome.issues[0]?.messageTh).toContain("แทรกแผ่นงานกรอบ ITA 2570");
    }
    expect(host.diffSnapshots(before, host.snapshot())).toEqual([]);
  });

  it("goes on through its framework sheet: input sheet, Analyze and the report for 2571", async () => {
    const framework = await insertFrameworkSheet(2570);
    expect(framework.ok).toBe(true);
    const inserted = await filledInputSheet(2570);
    const analysed = await analyze({
      fiscalYear: 2570,
      mode: "formulas",
      inputAddress: inserted.analysisAddress,
    });
    if (!analysed.ok) throw new Error(JSON.stringify(analysed.issues));
    expect(analysed.value.result.fiscalYear).toBe(2570);
    expect(analysed.value.result.grade).toBe("ผ่าน");
    expect(analysed.value.framework.basedOn).toBe(2569);
    const report = await generateReport({
      fiscalYear: 2570,
      inputAddress: inserted.analysisAddress,
      digits: "thai",
      chart: true,
    });
    if (!report.ok) throw new Error(JSON.stringify(report.issues));
    expect(report.value.sheets.map((generated) => generated.name)).toEqual([
      "ผลการวิเคราะห์ ITA 2570",
      "มาตรการ ITA 2571",
    ]);
    expect(texts("มาตรการ ITA 2571").join("\n")).toContain("๓๑ มีนาคม ๒๕๗๑");
  });
});
