import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../../../src/core/report/header-footer";

describe("headerFooterText", () => {
  it("doubles a literal ampersand, which would otherwise start a code", () => {
    expect(headerFooterText("กองคลัง & พัสดุ")).toBe("กองคลัง && พัสดุ");
  });

  it("keeps text that fits, counting the doubled ampersands", () => {
    const fits = "ก".repeat(MAX_HEADER_FOOTER_LENGTH - 2) + "&";
    expect(headerFooterText(fits)).toBe(`${"ก".repeat(MAX_HEADER_FOOTER_LENGTH - 2)}&&`);
  });

  it("shortens a long agency name to the room left, never splitting '&&' or a surrogate pair", () => {
    const long = `${"เทศบาลตำบล".repeat(30)}&${"😀".repeat(100)}`;
    for (const room of [255, 200, 31]) {
      const text = headerFooterText(long, room);
      expect(text.length).toBeLessThanOrEqual(room);
      expect(text.endsWith("…")).toBe(true);
      expect(text.replace(/&&/g, "")).not.toContain("&");
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    const cutAtAmpersand = headerFooterText(`${"ก".repeat(253)}&x`);
    expect(cutAtAmpersand).toBe(`${"ก".repeat(253)}…`);
  });
});
