/**
 * The CLI's V8 code cache (bin/compile-cache.js): code is cached per chunk content, so a chunk changed
 * by an update, even to the same length (which V8's own check does not notice), runs as it now is; the
 * cache of the earlier build is replaced, not piled up.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COMPILE_CACHE = join(__dirname, "..", "..", "bin", "compile-cache.js");

describe("the CLI's compile cache", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ita-compile-cache-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs a chunk as it is now after an update that kept its length, and keeps one cache per chunk", () => {
    const lib = join(dir, "lib");
    const home = join(dir, "home");
    mkdirSync(lib);
    mkdirSync(home);
    const chunk = join(lib, "chunk.js");
    const driver = join(dir, "driver.js");
    writeFileSync(
      driver,
      `require(${JSON.stringify(COMPILE_CACHE)}).installCompileCache(${JSON.stringify(lib)});\n` +
        `process.stdout.write(require(${JSON.stringify(chunk)}).rate());\n`
    );
    const run = () => {
      const result = spawnSync(process.execPath, [driver], {
        encoding: "utf8",
        env: { ...process.env, TMPDIR: home, ITA_NO_COMPILE_CACHE: "" },
      });
      expect(result.stderr).toBe("");
      return result.stdout;
    };
    const version = (weight: string) =>
      `exports.rate = function rate() { return "weight " + ${JSON.stringify(weight)}; };\n`;

    writeFileSync(chunk, version("0.25"));
    expect(run()).toBe("weight 0.25");
    expect(run()).toBe("weight 0.25");
    const cache = join(home, `ita-compile-cache-${process.getuid?.() ?? "user"}`, process.version);
    const first = readdirSync(cache);
    expect(first).toHaveLength(1);

    writeFileSync(chunk, version("0.30"));
    expect(run()).toBe("weight 0.30");
    const second = readdirSync(cache);
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
  });
});
