import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJsonText } from "../../src/cli/json-text";
import { readInput } from "../../src/cli/read-input";

const issuesOf = (text: string) => {
  const result = parseJsonText(text, "a.json");
  return result.ok ? [] : result.issues.map((issue) => `${issue.location} ${issue.code}`);
};

describe("parseJsonText", () => {
  it("parses valid JSON, with // and NaN inside strings left alone", () => {
    expect(parseJsonText('{ "note": "ดู https://itas.nacc.go.th // NaN" }', "a.json")).toEqual({
      ok: true,
      value: { note: "ดู https://itas.nacc.go.th // NaN" },
      warnings: [],
    });
  });

  it("names every key given twice at the JSON path of its repeat, in nested objects and lists", () => {
    expect(
      issuesOf(
        '{ "scores": { "1": 1, "1": 2 }, "history": [ { "fiscalYear": 2563, "fiscalYear": 2562 } ], "ชื่อ": 1, "ชื่อ": 2 }'
      )
    ).toEqual([
      "$.scores.1 json-duplicate-key",
      "$.history[0].fiscalYear json-duplicate-key",
      '$["ชื่อ"] json-duplicate-key',
    ]);
  });

  it("tells keys apart after unescaping, as JSON.parse does", () => {
    expect(issuesOf('{ "a": 1, "\\u0061": 2 }')).toEqual(["$.a json-duplicate-key"]);
    expect(issuesOf('{ "a": { "b": 1 }, "b": 2 }')).toEqual([]);
  });

  it("names comments and NaN/Infinity at their line and column", () => {
    expect(issuesOf('{\n  /* ปี */ "fiscalYear": 2565,\n  "x": -Infinity\n}')).toEqual([
      "a.json:2:3 json-comment",
      "a.json:3:9 json-not-a-number",
    ]);
  });

  it("reports other syntax errors at their line and column", () => {
    expect(issuesOf('{\n  "a": 1,\n}')).toEqual(["a.json:3:1 invalid-json"]);
  });

  it("takes JSON nested as deep as JSON.parse does, without overflowing the stack", () => {
    for (const depth of [5000, 100000]) {
      const result = parseJsonText(`${"[".repeat(depth)}${"]".repeat(depth)}`, "a.json");
      // The value is not compared: jest's own comparison recurses, and would overflow on it.
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it("names a key given twice at the bottom of deep nesting by its whole path", () => {
    const depth = 5000;
    const text = `${'{"a": ['.repeat(depth)}{ "k": 1, "k": 2 }${"]}".repeat(depth)}`;
    expect(issuesOf(text)).toEqual([`$${".a[0]".repeat(depth)}.k json-duplicate-key`]);
  });
});

describe("readInput on deeply nested JSON", () => {
  const scratch = mkdtempSync(join(tmpdir(), "ita-json-text-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("refuses it as a validation issue, not a thrown RangeError", async () => {
    const file = join(scratch, "deep.json");
    writeFileSync(file, `${"[".repeat(5000)}${"]".repeat(5000)}`);
    const reading = await readInput(file);
    expect(reading.assessment.ok).toBe(false);
    expect(reading.assessment.ok ? [] : reading.assessment.issues.map((issue) => issue.code)).toEqual([
      "not-an-object",
    ]);
  });
});
