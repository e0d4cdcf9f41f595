/**
 * The `ita` command as officers run it: bin/ita.js and the webpack bundle in lib/cli/ (built by
 * `npm ci`'s prepare step), not the TypeScript sources the other CLI tests call in-process. Each command
 * works, says nothing on stderr when all is well (no deprecation warning from bundled code), and loads
 * ExcelJS only where it needs it (reading an officer's workbook, drawing the tracking sheet).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "./browser";

const ITA = join(ROOT, "bin", "ita.js");
/** The chunk webpack.cli.config.js puts ExcelJS (and every other package) in. */
const EXCELJS_CHUNK = "vendor-exceljs.js";
const EXAMPLE = join(ROOT, "assets", "examples", "dan-kwian-2565.json");

const CSV = [
  "agency,type,province,fiscalYear,ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10",
  "เทศบาลตำบลหนึ่ง,เทศบาลตำบล,นครราชสีมา,2568,90,91,92,93,94,95,96,97,98,99",
  "เทศบาลตำบลสอง,เทศบาลตำบล,ขอนแก่น,2568,70,71.5,72,73,74,75,76,77,78,79",
].join("\n");

describe("bin/ita.js, bundled", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ita-bundle-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the command; `loaded` lists the bundle's files the process loaded. */
  function ita(...args: string[]) {
    const listFile = join(dir, `loaded-${args[0]}-${Date.now()}.txt`);
    const preload = join(dir, "list-loaded.js");
    writeFileSync(
      preload,
      `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(listFile)}, Object.keys(require.cache).join("\\n")));`
    );
    const result = spawnSync(process.execPath, ["--require", preload, ITA, ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ITA_DEBUG: "" },
    });
    const loaded = readFileSync(listFile, "utf8")
      .split("\n")
      .filter((file) => file.startsWith(join(ROOT, "lib")))
      .map((file) => file.slice(join(ROOT, "lib", "cli").length + 1));
    return { ...result, loaded };
  }

  it("scores a JSON file without loading ExcelJS, and says nothing on stderr", () => {
    const { status, stdout, stderr, loaded } = ita("score", EXAMPLE);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("91.96");
    expect(loaded).toContain("main.js");
    expect(loaded).not.toContain(EXCELJS_CHUNK);
  });

  it("writes a report marked as ita's without ExcelJS, and loads ExcelJS for the tracking sheet", async () => {
    const output = join(dir, "report.xlsx");
    const plain = ita("report", EXAMPLE, "-o", output);
    expect(plain.stderr).toBe("");
    expect(plain.status).toBe(0);
    expect(plain.loaded).not.toContain(EXCELJS_CHUNK);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.category).toBe("ita:report");
    expect(workbook.worksheets.length).toBeGreaterThan(1);

    const tracked = ita("report", EXAMPLE, "--tracking", "-o", join(dir, "tracked.xlsx"));
    expect(tracked.stderr).toBe("");
    expect(tracked.status).toBe(0);
    expect(tracked.loaded).toContain(EXCELJS_CHUNK);
  });

  it("runs a batch from a CSV and from the same table saved as .xlsx, to the same agencies' results", async () => {
    const csv = join(dir, "agencies.csv");
    writeFileSync(csv, CSV);
    const xlsx = join(dir, "agencies.xlsx");
    const input = new ExcelJS.Workbook();
    const sheet = input.addWorksheet("หน่วยงาน");
    for (const line of CSV.split("\n")) {
      sheet.addRow(line.split(",").map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
    }
    await input.xlsx.writeFile(xlsx, { useSharedStrings: true } as ExcelJS.XlsxWriteOptions);

    const results: unknown[][][] = [];
    for (const [from, name] of [
      [csv, "from-csv.xlsx"],
      [xlsx, "from-xlsx.xlsx"],
    ] as const) {
      const { status, stderr } = ita("batch", from, "-o", join(dir, name));
      expect(stderr).toBe("");
      expect(status).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, name));
      expect(workbook.category).toBe("ita:batch");
      const rows: unknown[][] = [];
      workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      results.push(rows);
    }
    expect(results[0]).toHaveLength(3);
    expect(results[1]).toEqual(results[0]);
    // Atomic writes leave no temporary file behind.
    expect(readdirSync(dir).filter((file) => /tmp/i.test(file))).toEqual([]);
  });
});
