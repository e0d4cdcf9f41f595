/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "node:util";
import { exportOffer } from "../../src/excel/export-offer";
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

describe("exportOffer", () => {
  const offered = (delivery: string) => ({ offered: true, delivery });
  const instead = (code: string) => ({ offered: false, instead: expect.objectContaining({ code }) });

  it.each<[string, HostPlatform, string, object, object]>([
    ["Windows", "PC", "1.17", offered("new-workbook"), offered("download")],
    ["Excel for Mac", "Mac", "1.17", offered("new-workbook-behind"), instead("pdf-mac")],
    ["Excel on the web", "OfficeOnline", "1.17", offered("new-workbook"), instead("pdf-web")],
    ["Excel on iPad", "iOS", "1.17", offered("new-workbook"), instead("pdf-unsupported")],
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
    openExcel({ platform: "Mac" });
    const { xlsx, pdf } = exportOffer();
    const lines = [xlsx, pdf].flatMap((export_) => (export_.offered ? [] : [export_.instead]));
    expect(lines.map((line) => [line.code, /ไฟล์ \(File\) › บันทึกเป็น/.test(line.messageTh)])).toEqual([
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
