import ExcelJS from "exceljs";
import JSZip from "jszip";
import { frameworkFor } from "../../src/core";
import { frameworkWorkbook } from "../../src/xlsx/framework-workbook";
import {
  categoryOfCoreXml,
  isEditedCoreXml,
  itaMark,
  markedKind,
  markWorkbook,
} from "../../src/xlsx/ita-mark";
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

  it("sets the time modified to the time created, so the file reads as not saved since", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.created = new Date(Date.UTC(2024, 4, 1, 8, 0, 1));
    markWorkbook(workbook, "report");
    expect(workbook.modified).toEqual(workbook.created);
  });
});

describe("isEditedCoreXml", () => {
  const core = (created?: string, modified?: string) =>
    "<cp:coreProperties>" +
    (created === undefined ? "" : `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`) +
    (modified === undefined
      ? ""
      : `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>`) +
    "</cp:coreProperties>";

  it("reads a file whose times created and modified are the same as not edited", () => {
    expect(isEditedCoreXml(core("2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z"))).toBe(false);
    expect(isEditedCoreXml(core("2024-05-01T08:00:00Z", "2024-05-01T08:00:00.000Z"))).toBe(false);
  });

  it("reads a later time modified, or a missing or unreadable time, as edited", () => {
    expect(isEditedCoreXml(core("2024-05-01T08:00:00Z", "2024-05-02T10:30:00Z"))).toBe(true);
    expect(isEditedCoreXml(core("2024-05-01T08:00:00Z"))).toBe(true);
    expect(isEditedCoreXml(core(undefined, "2024-05-01T08:00:00Z"))).toBe(true);
    expect(isEditedCoreXml(core("เมื่อวาน", "เมื่อวาน"))).toBe(true);
  });
});
