/**
 * ZipParts rewrites a package with node's zlib: what did not change is copied byte for byte, what changed
 * or was added is readable, with a correct CRC, by another zip reader (JSZip, with its CRC check on).
 */
import JSZip from "jszip";
import { tableCrc32, ZipParts } from "../../src/xlsx/zip-parts";

async function sample(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types></Types>");
  zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
  zip.file("xl/worksheets/sheet1.xml", `<worksheet>${"<row/>".repeat(5000)}</worksheet>`);
  zip.file("docProps/ไทย.xml", "ชื่อภาษาไทย");
  zip.file("stored.txt", "kept as stored", { compression: "STORE" });
  return Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

describe("ZipParts", () => {
  it("reads stored and deflated parts, Thai names included, and knows which parts exist", async () => {
    const parts = new ZipParts(await sample());
    expect(parts.read("xl/workbook.xml")).toBe("<workbook><sheets/></workbook>");
    expect(parts.read("stored.txt")).toBe("kept as stored");
    expect(parts.read("docProps/ไทย.xml")).toBe("ชื่อภาษาไทย");
    expect(parts.has("xl/worksheets/sheet1.xml")).toBe(true);
    expect(parts.has("xl/charts/chart1.xml")).toBe(false);
    expect(parts.read("xl/charts/chart1.xml")).toBeUndefined();
  });

  it("replaces and adds parts, copies the others as they were, and writes a zip other readers check", async () => {
    const original = await sample();
    const parts = new ZipParts(original);
    parts.write("xl/workbook.xml", "<workbook><sheets/><definedNames/></workbook>");
    parts.write("xl/charts/chart1.xml", "<chartSpace>ก</chartSpace>");
    expect(parts.read("xl/charts/chart1.xml")).toBe("<chartSpace>ก</chartSpace>");
    const rewritten = parts.toBuffer();

    const zip = await JSZip.loadAsync(rewritten, { checkCRC32: true });
    expect(
      Object.keys(zip.files)
        .filter((name) => !name.endsWith("/"))
        .sort()
    ).toEqual(
      [
        "[Content_Types].xml",
        "docProps/ไทย.xml",
        "stored.txt",
        "xl/charts/chart1.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort()
    );
    expect(await zip.file("xl/workbook.xml")?.async("string")).toBe(
      "<workbook><sheets/><definedNames/></workbook>"
    );
    expect(await zip.file("xl/charts/chart1.xml")?.async("string")).toBe("<chartSpace>ก</chartSpace>");
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toMatch(
      /^<worksheet>(<row\/>){5000}/
    );

    // The large unchanged part's compressed bytes are in the new file exactly as in the old one.
    const before = await JSZip.loadAsync(original);
    const compressed = (file: JSZip.JSZipObject | null) =>
      Buffer.from((file as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent);
    const sheet = compressed(before.file("xl/worksheets/sheet1.xml"));
    expect(rewritten.includes(sheet)).toBe(true);
    // Read back again by ZipParts itself: a second round changes nothing more.
    expect(new ZipParts(rewritten).read("xl/charts/chart1.xml")).toBe("<chartSpace>ก</chartSpace>");
  });

  it("computes CRC-32 in JavaScript as zip defines it, where node has no zlib.crc32", () => {
    expect(tableCrc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(Buffer.from(""))).toBe(0);
  });

  it("refuses bytes that are not a zip, saying so", () => {
    expect(() => new ZipParts(Buffer.from("not a zip at all, just some text of some length"))).toThrow(
      /not a zip ita can complete/
    );
  });
});
