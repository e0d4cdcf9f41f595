import ExcelJS from "exceljs";
import JSZip from "jszip";
import { frameworkFor } from "../../src/core";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import { categoryOfCoreXml, itaMark, markedKind, markWorkbook } from "../../src/xlsx/ita-mark";
import { renderWorkbook } from "../../src/xlsx/render-workbook";

async function categoryOf(bytes: Uint8Array): Promise<string | undefined> {
  const core = await (await JSZip.loadAsync(bytes)).file("docProps/core.xml")?.async("string");
  return core === undefined ? undefined : categoryOfCoreXml(core);
}

describe("ita's mark", () => {
  it("is the category ita:<kind>, and only that reads back as a kind", () => {
    const workbook = new ExcelJS.Workbook();
    markWorkbook(workbook, "batch");
    expect(workbook.category).toBe("ita:batch");
    expect(markedKind(itaMark("progress"))).toBe("progress");
    expect(markedKind(" ita:report ")).toBe("report");
    expect(markedKind("ita:something")).toBeUndefined();
    expect(markedKind("รายงาน")).toBeUndefined();
    expect(markedKind(undefined)).toBeUndefined();
  });

  it("is written by the report renderer (a report unless told otherwise) and the framework workbook", async () => {
    expect(await categoryOf(await renderWorkbook([], { digits: "thai" }))).toBe("ita:report");
    expect(await categoryOf(await renderWorkbook([], { digits: "arabic", kind: "batch" }))).toBe("ita:batch");
    const fy2569 = frameworkFor(2569);
    if (!fy2569) throw new Error("no built-in 2569");
    expect(await categoryOf(await frameworkWorkbook(fy2569))).toBe("ita:framework");
  });

  it("survives the workbook being opened, edited and saved again (core properties are kept)", async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await renderWorkbook([], { digits: "thai", kind: "progress" });
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
    );
    workbook.addWorksheet("หมายเหตุ").getCell("A1").value = "แก้ไขแล้ว";
    const saved = await workbook.xlsx.writeBuffer();
    expect(await categoryOf(new Uint8Array(saved))).toBe("ita:progress");
  });

  it("reads the category with its XML entities decoded", () => {
    expect(
      categoryOfCoreXml("<cp:coreProperties><cp:category>a &amp; b</cp:category></cp:coreProperties>")
    ).toBe("a & b");
    expect(categoryOfCoreXml("<cp:coreProperties></cp:coreProperties>")).toBeUndefined();
  });
});
