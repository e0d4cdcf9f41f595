import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allCases } from "./all-cases";
import { catalogueMarkdown, README_END, README_START } from "./catalogue";

describe("the bad-input catalogue", () => {
  it("has at least 40 kinds, each with a unique id and both languages", () => {
    const ids = allCases.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allCases.filter((entry) => entry.outcome === "refused").length).toBeGreaterThanOrEqual(40);
    for (const entry of allCases) {
      expect(entry.kind.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(entry.expected.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(entry.kind.en).toMatch(/[a-z]/i);
      expect(entry.expected.en).toMatch(/[a-z]/i);
    }
  });

  it.each(allCases.map((entry) => [entry.id, entry] as const))(
    "%s: is refused or accepted as promised, shows the promised message and changes nothing it should not",
    async (_id, entry) => {
      const observed = await entry.run();
      expect(observed.refused).toBe(entry.outcome === "refused");
      expect(observed.message).toEqual(entry.expected);
      expect(observed.changes).toEqual([]);
    }
  );

  it("is the README's troubleshooting section, word for word (npm run catalogue rewrites it)", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + README_START.length, end).trim()).toBe(catalogueMarkdown(allCases).trim());
  });
});
