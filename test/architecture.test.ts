/**
 * ARCHITECTURE.md's rules that keep the core pure, enforced: src/core imports nothing from the other
 * folders, nor react, Fluent UI, ExcelJS or node modules, and never touches the Excel/Office globals; only
 * src/excel (and the pane's start-up) uses Office.js.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "..", "src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (source: string) =>
  [
    ...source.matchAll(/(?:import|export)[^'"]*from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? "");
/** Code without comments and strings, so a comment that names Office.js is not a use of it. */
const codeOf = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');

describe("the core stays pure", () => {
  const coreFiles = filesUnder(join(SRC, "core"));

  it.each(coreFiles.map((file) => [relative(SRC, file)]))("%s imports only the core", (file) => {
    const imports = importsOf(readFileSync(join(SRC, file), "utf8"));
    const outside = imports.filter(
      (target) =>
        !target.startsWith(".") || /(^|\/)\.\.\/(excel|taskpane|functions|cli|xlsx)(\/|$)/.test(target)
    );
    expect(outside).toEqual([]);
  });

  it.each(coreFiles.map((file) => [relative(SRC, file)]))(
    "%s never touches the Excel or Office globals",
    (file) => {
      expect(codeOf(readFileSync(join(SRC, file), "utf8"))).not.toMatch(
        /\b(Excel|Office|OfficeExtension|CustomFunctions)\./
      );
    }
  );
});

describe("Office.js stays in src/excel", () => {
  const others = ["cli", "xlsx", "functions", "taskpane"].flatMap((folder) => filesUnder(join(SRC, folder)));
  it.each(others.map((file) => [relative(SRC, file)]))("%s does not call Excel.*", (file) => {
    expect(codeOf(readFileSync(join(SRC, file), "utf8"))).not.toMatch(/\bExcel\.(run|createWorkbook)\b/);
  });
});
