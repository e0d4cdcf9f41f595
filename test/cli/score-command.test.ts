import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { displayWidth } from "../../src/cli/text-table";

const fixture = join(__dirname, "..", "fixtures", "dan-kwian-2565.json");

async function ita(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const scratch = mkdtempSync(join(tmpdir(), "ita-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content, "utf8");
  return path;
}

describe("ita score --json", () => {
  it("prints one JSON object with the documented fields, rounded to 2 decimals", async () => {
    const { code, stdout, stderr } = await ita("score", fixture, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      fiscalYear: 2565,
      tools: { IIT: 86.55, EIT: 89.98, OIT: 97.5 },
      total: 91.96,
      grade: "A",
      passed: true,
      previous: { fiscalYear: 2564, tools: { IIT: 79.52, EIT: 61.97, OIT: 89.38 }, total: 78.2, grade: "B" },
    });
    expect(out.indicators[3]).toEqual({
      number: 4,
      name: "การใช้ทรัพย์สินของราชการ",
      nameEn: "Use of government property",
      tool: "IIT",
      score: 84.47,
      source: "input",
      previous: 76.27,
      delta: 8.2,
      rank: 9,
    });
  });

  it("requires exactly one input file", async () => {
    const { code, stderr } = await ita("score");
    expect(code).toBe(2);
    expect(stderr).toContain("give exactly one input file");
  });
});

describe("ita score (readable)", () => {
  it("prints Thai labels, the total, the rating and the ranked indicators", async () => {
    const { code, stdout } = await ita("score", fixture);
    expect(code).toBe(0);
    expect(stdout).toContain("เทศบาลตำบลด่านเกวียน: ผลการประเมิน ITA ปีงบประมาณ 2565");
    expect(stdout).toContain("คะแนนรวม 91.96  ระดับ A  ผ่านเกณฑ์");
    expect(stdout).toContain("ปีงบประมาณ 2564: 78.20 ระดับ B  เปลี่ยนแปลง +13.76");
    expect(stdout).toMatch(/ 1 +10\. การป้องกันการทุจริต +OIT +81\.25 +100\.00 +\+18\.75/);
    expect(stdout).toMatch(/9\.2 การบริหารงาน +75\.00 +o11, o12/);
  });

  it("notes that the rating rule of 2566 onward is a working rule", async () => {
    const path = writeTemp(
      "a.json",
      JSON.stringify({
        fiscalYear: 2566,
        scores: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 },
      })
    );
    const { stdout } = await ita("score", path);
    expect(stdout).toContain("ระดับ ผ่านดี");
    expect(stdout).toContain("เกณฑ์ที่ใช้ทำงาน");
  });
});

describe("ita score refuses bad input with exit code 2 and nothing on stdout", () => {
  it("lists every problem with its JSON path", async () => {
    const path = writeTemp("bad.json", JSON.stringify({ fiscalYear: 2565, scores: { 1: "n/a", 2: 101 } }));
    const { code, stdout, stderr } = await ita("score", path, "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${path}: $.scores.1: "n/a" ไม่ใช่คะแนน / "n/a" is not a score`);
    expect(stderr).toContain("$.scores.2:");
    expect(stderr).toContain("$.scores.10:");
    expect(stderr).toContain("10 problem(s)");
  });

  it("names the line and column of broken JSON", async () => {
    const path = writeTemp("broken.json", '{\n  "fiscalYear": 2565,\n  "scores": { "1": 91.21, }\n}');
    const { code, stdout, stderr } = await ita("score", path);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: .*not valid JSON`)
    );
  });

  it("reports a missing file", async () => {
    const { code, stderr } = await ita("score", "/nonexistent/ita.json");
    expect(code).toBe(2);
    expect(stderr).toContain("/nonexistent/ita.json: ไม่พบไฟล์ / file not found");
  });

  it("prints warnings on stderr but still scores", async () => {
    const input = JSON.parse(readFileSync(fixture, "utf8"));
    input.items.o11 = 100;
    const { code, stdout, stderr } = await ita(
      "score",
      writeTemp("warn.json", JSON.stringify(input)),
      "--json"
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(91.96);
    expect(stderr).toContain("warning");
    expect(stderr).toContain("$.scores.9");
  });

  it("refuses unknown commands and options", async () => {
    expect((await ita("grade")).code).toBe(2);
    expect((await ita("score", fixture, "--jsn")).code).toBe(2);
  });

  it("shows help", async () => {
    expect(await ita("--help")).toMatchObject({ code: 0 });
    expect((await ita("score", "--help")).stdout).toContain("ita score INPUT [--json]");
  });
});

describe("displayWidth", () => {
  it("does not count Thai vowels and tone marks above or below the line", async () => {
    expect(displayWidth("การปฏิบัติหน้าที่")).toBe(11);
    expect(displayWidth("IIT")).toBe(3);
  });
});
