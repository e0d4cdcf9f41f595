/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "node:util";
import { exportOffer } from "../../src/excel/export-offer";
import { exportReport } from "../../src/excel/report";
import {
  createExcelHost,
  type ExcelHost,
  type ExcelHostOptions,
  type HostPlatform,
} from "../support/excel-host";
import { SEED_2564, SEED_2565 } from "../support/seed";

// ExcelJS needs these, which jsdom's window lacks (browsers and node have them).
Object.assign(globalThis, { TextEncoder, TextDecoder });

let host: ExcelHost;
let uninstall: () => void = () => undefined;

function openExcel(options: ExcelHostOptions): ExcelHost {
  uninstall();
  host = createExcelHost(options);
  uninstall = host.install();
  host.setCells("Sheet1!C3:E13", [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i + 1}`, SEED_2564[i] ?? 0, score]),
  ]);
  return host;
}

afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

const request = { fiscalYear: 2565, inputAddress: "Sheet1!C3:E13", digits: "thai" as const, chart: true };

describe("exportReport as .xlsx where Excel cannot open a new workbook (ExcelApi below 1.8)", () => {
  it("on Windows, saves the file to the downloads and says so", async () => {
    openExcel({ platform: "PC", apiSets: { ExcelApi: "1.7" } });
    const outcome = await exportReport(request);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toEqual({ fileName: "ITA-2565-report.xlsx", delivery: "download" });
    expect(host.downloads.map((saved) => saved.fileName)).toEqual(["ITA-2565-report.xlsx"]);
  });

  it("on Excel for Mac, where nothing can be saved from the pane, says what to do instead and claims no download", async () => {
    openExcel({ platform: "Mac", apiSets: { ExcelApi: "1.7" } });
    const outcome = await exportReport(request);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(["xlsx-unavailable"]);
    if (!outcome.ok) expect(outcome.issues[0]?.messageEn).toContain("Generate report sheets");
    expect(host.downloads).toEqual([]);
    expect(host.openedWorkbooks).toEqual([]);
  });
});

describe("exportOffer", () => {
  const offered = (delivery: string) => ({ offered: true, delivery });
  const instead = (code: string) => ({ offered: false, instead: expect.objectContaining({ code }) });

  it.each<[string, HostPlatform, string, object, object]>([
    ["Windows", "PC", "1.17", offered("new-workbook"), offered("download")],
    ["Excel for Mac", "Mac", "1.17", offered("new-workbook-behind"), instead("pdf-mac")],
    ["Excel on the web", "OfficeOnline", "1.17", offered("new-workbook"), instead("pdf-web")],
    ["Excel on iPad", "iOS", "1.17", offered("new-workbook"), instead("pdf-unsupported")],
    ["Windows without createWorkbook", "PC", "1.7", offered("download"), offered("download")],
    ["the web without createWorkbook", "OfficeOnline", "1.7", offered("download"), instead("pdf-web")],
    ["Mac without createWorkbook", "Mac", "1.7", instead("xlsx-unavailable"), instead("pdf-mac")],
  ])("on %s, offers what the pane can deliver", (_, platform, excelApi, xlsx, pdf) => {
    openExcel({ platform, apiSets: { ExcelApi: excelApi } });
    expect(exportOffer()).toEqual({ platform: expect.any(String), xlsx, pdf });
  });

  it("names the platform as the pane speaks of it", () => {
    const names = (["PC", "Mac", "OfficeOnline", "Android"] as const).map((platform) => {
      openExcel({ platform });
      return exportOffer().platform;
    });
    expect(names).toEqual(["windows", "mac", "web", "other"]);
  });

  it("says in Thai and in English what to do instead of each export it does not offer", () => {
    openExcel({ platform: "Mac", apiSets: { ExcelApi: "1.7" } });
    const { xlsx, pdf } = exportOffer();
    const lines = [xlsx, pdf].flatMap((export_) => (export_.offered ? [] : [export_.instead]));
    expect(lines.map((line) => [line.code, /ไฟล์ \(File\) › บันทึกเป็น/.test(line.messageTh)])).toEqual([
      ["xlsx-unavailable", true],
      ["pdf-mac", true],
    ]);
    expect(lines.every((line) => line.messageEn.includes("File › Save As"))).toBe(true);
  });

  it("offers nothing outside Office", () => {
    expect(exportOffer()).toEqual({
      platform: "other",
      xlsx: instead("xlsx-unavailable"),
      pdf: instead("pdf-unsupported"),
    });
  });
});
