/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts; this test holds the generated
 * metadata to the documented contract (ids, parameters, optional flags, result types), so a JSDoc edit
 * that would break existing workbooks fails here first.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";

interface Parameter {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

const signature = (f: FunctionMetadata) =>
  `${f.id}(${f.parameters.map((p) => `${p.optional ? "[" : ""}${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`).join(", ")}) -> ${f.result.type}${f.result.dimensionality === "matrix" ? "[][]" : ""}`;

describe("generated functions.json", () => {
  let functions: FunctionMetadata[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      join(__dirname, "../../src/functions/functions.ts"),
      false
    );
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
  }, 60000);

  it("declares every documented function with its parameters and result type", () => {
    expect(functions.map(signature)).toEqual([
      "GRADE(score:any, [fiscalYear:any], [iit:any], [eit:any], [oit:any]) -> string",
      "PASS(score:any) -> boolean",
      "TOTAL(iit:any, eit:any, oit:any, [fiscalYear:any]) -> number",
      "SCORE(indicators:any[][], [fiscalYear:any]) -> number",
      "TOOL(indicators:any[][], tool:string, [fiscalYear:any]) -> number",
      "DELTA(current:any, previous:any) -> number",
      "RANK(score:any, scores:any[][]) -> number[][]",
      "THAIDIGITS(value:any, [decimals:any]) -> string",
      "NUMBER(text:any) -> number",
      "INDICATOR(number:any, [fiscalYear:any], [language:any]) -> string",
    ]);
  });

  it("asks Excel for argument addresses in RANK, to rank ties in range order", () => {
    expect(functions.find((f) => f.id === "RANK")?.options?.requiresParameterAddresses).toBe(true);
  });

  it("declares a matrix result wherever it asks for addresses: Excel passes them to no other function", () => {
    // Microsoft Learn, "Manually create JSON metadata for custom functions", options.requiresParameterAddresses:
    // "must be used in combination with the dimensionality property of the result object ... set to matrix".
    const asking = functions.filter((f) => f.options?.requiresParameterAddresses);
    expect(asking.map((f) => f.id)).toEqual(["RANK"]);
    for (const f of asking) expect([f.id, f.result.dimensionality]).toEqual([f.id, "matrix"]);
  });

  it("describes every function in Thai and English on one line", () => {
    for (const f of functions) {
      expect(f.description).toMatch(/[ก-๙]/);
      expect(f.description).toMatch(/[A-Za-z]/);
      expect(f.description).not.toContain("\n");
    }
  });
});
