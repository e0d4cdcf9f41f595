import { parseJsonText } from "../../src/cli/json-text";

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
});
