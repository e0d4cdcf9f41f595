/**
 * ZipParts reads the parts of a zip package as other programs write them (here JSZip: deflated and stored
 * parts, Thai names, a comment after the central directory) and refuses what is not a zip.
 */
import JSZip from "jszip";
import { ZipParts } from "../../src/xlsx/zip-parts";

async function sample(comment?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types></Types>");
  zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
  zip.file("docProps/ไทย.xml", "ชื่อภาษาไทย");
  zip.file("stored.txt", "kept as stored", { compression: "STORE" });
  return Buffer.from(
    await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", ...(comment ? { comment } : {}) })
  );
}

describe("ZipParts", () => {
  it("reads stored and deflated parts, Thai names included, and knows which parts exist", async () => {
    const parts = new ZipParts(await sample());
    expect(parts.read("xl/workbook.xml")).toBe("<workbook><sheets/></workbook>");
    expect(parts.read("stored.txt")).toBe("kept as stored");
    expect(parts.read("docProps/ไทย.xml")).toBe("ชื่อภาษาไทย");
    expect(parts.has("xl/workbook.xml")).toBe(true);
    expect(parts.has("xl/charts/chart1.xml")).toBe(false);
    expect(parts.read("xl/charts/chart1.xml")).toBeUndefined();
  });

  it("finds the central directory behind a comment that holds the end record's signature", async () => {
    const parts = new ZipParts(await sample("PK\u0005\u0006 a comment that looks like an end record"));
    expect(parts.read("stored.txt")).toBe("kept as stored");
  });

  it("refuses bytes that are not a zip, saying so", () => {
    for (const bytes of [Buffer.from("not a zip at all, just some text of some length"), Buffer.alloc(3)]) {
      expect(() => new ZipParts(bytes)).toThrow(/not a zip package ita can read/);
    }
  });
});
