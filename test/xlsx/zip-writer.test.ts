/**
 * ZipWriter writes packages other readers check and read (JSZip with its CRC check on, and ZipParts):
 * parts written whole and in pieces, Thai names, a part replaced before the end.
 */
import JSZip from "jszip";
import { ZipParts } from "../../src/xlsx/zip-parts";
import { tableCrc32, ZipWriter } from "../../src/xlsx/zip-writer";

describe("ZipWriter", () => {
  it("writes parts whole and in pieces into a zip other readers check", async () => {
    const writer = new ZipWriter();
    writer.write("[Content_Types].xml", "<Types/>");
    writer.write("xl/workbook.xml", "<workbook/>");
    writer.write("xl/workbook.xml", "<workbook><sheets/></workbook>");
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`);
    await writer.writePieces("xl/worksheets/sheet1.xml", ["<sheetData>", ...rows, "</sheetData>"]);
    writer.write("docProps/ไทย.xml", "ชื่อ&ภาษาไทย");
    expect(writer.read("xl/worksheets/sheet1.xml")).toBe(`<sheetData>${rows.join("")}</sheetData>`);
    const bytes = writer.toBuffer(new Date(2026, 11, 5, 10, 30, 0));

    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "docProps/ไทย.xml",
    ]);
    expect(await zip.file("xl/workbook.xml")?.async("string")).toBe("<workbook><sheets/></workbook>");
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(
      `<sheetData>${rows.join("")}</sheetData>`
    );
    expect(zip.file("docProps/ไทย.xml")?.date.getFullYear()).toBe(2026);
    expect(new ZipParts(bytes).read("docProps/ไทย.xml")).toBe("ชื่อ&ภาษาไทย");
  });

  it("computes CRC-32 in JavaScript as zip defines it, where node has no zlib.crc32, in one go or in pieces", () => {
    expect(tableCrc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(Buffer.from("6789"), tableCrc32(Buffer.from("12345")))).toBe(0xcbf43926);
    expect(tableCrc32(Buffer.from(""))).toBe(0);
  });
});
