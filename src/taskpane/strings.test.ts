import { paneLanguageFor } from "./strings";

describe("paneLanguageFor", () => {
  it.each([
    ["th-TH", "th"],
    ["TH-th", "th"],
    ["en-US", "en"],
    ["ja-JP", "en"],
  ])("reads the Office display language %s as %s", (displayLanguage, language) => {
    expect(paneLanguageFor(displayLanguage)).toBe(language);
  });

  it("falls back to Thai when Office gives no display language", () => {
    expect(paneLanguageFor(undefined)).toBe("th");
    expect(paneLanguageFor("")).toBe("th");
  });
});
