import { execFileSync, spawnSync } from "child_process";
import { join } from "path";

type Parsed = { ok: true; value: string | undefined } | { ok: false; message: string };
interface AddinUrlModule {
  parseAddinUrl(value: string | undefined): Parsed;
  hostLabel(base: string): string;
  PLACEHOLDER_URL: string;
}

const { parseAddinUrl, hostLabel, PLACEHOLDER_URL } = jest.requireActual<AddinUrlModule>(
  "../../scripts/addin-url.js"
);
const SCRIPT = join(__dirname, "..", "..", "scripts", "addin-url.js");

/** The refusal's message, or a failure when the value was accepted. */
function refusal(value: string): string {
  const parsed = parseAddinUrl(value);
  if (parsed.ok) throw new Error(`${value} was accepted as ${parsed.value}`);
  return parsed.message;
}

describe("parseAddinUrl", () => {
  it("treats an unset or empty ADDIN_URL as not set, so the build keeps the placeholder", () => {
    expect(parseAddinUrl(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseAddinUrl("")).toEqual({ ok: true, value: undefined });
    expect(PLACEHOLDER_URL).toBe("https://ita-addin.example.org/");
  });

  it.each([
    ["https://ita.example.go.th/addin/", "https://ita.example.go.th/addin/"],
    ["https://ita.example.go.th", "https://ita.example.go.th/"],
    ["https://ita.example.go.th/addin", "https://ita.example.go.th/addin/"],
    ["https://ITA.Example.go.th:443/a/b.c/", "https://ita.example.go.th/a/b.c/"],
    ["https://localhost:8443/ita/addin/", "https://localhost:8443/ita/addin/"],
    ["https://127.0.0.1:9000/x_y~z-1/", "https://127.0.0.1:9000/x_y~z-1/"],
  ])("accepts %s as the base %s", (value, base) => {
    expect(parseAddinUrl(value)).toEqual({ ok: true, value: base });
  });

  it.each([
    "http://ita.example.go.th/addin/",
    "http://localhost:3000/",
    "ftp://ita.example.go.th/",
    "HTTP://ita.example.go.th/",
  ])("refuses %s, which is not https", (value) => {
    expect(refusal(value)).toContain("https://");
  });

  it("refuses a user name or password, which every request would carry", () => {
    expect(refusal("https://admin:secret@ita.example.go.th/")).toMatch(/user name or password/);
    expect(refusal("https://admin@ita.example.go.th/")).toMatch(/user name or password/);
  });

  it.each(["https://ita.example.go.th/addin/?v=2", "https://ita.example.go.th/#x", "https://x/?"])(
    "refuses %s, which has a query or a fragment",
    (value) => {
      expect(refusal(value)).toMatch(/query \(\?\) or a fragment \(#\)/);
    }
  );

  it.each([
    ["https://x/a/../b/", '".."'],
    ["https://x/./a/", '"."'],
    ["https://x/a%2e/", '"a%2e"'],
    ["https://x/ไทย/", '"ไทย"'],
    ["https://x/a'b/", `"a'b"`],
    ["https://x/a&b/", '"a&b"'],
  ])("refuses %s, whose path part %s would need escaping or resolve elsewhere", (value, part) => {
    expect(refusal(value)).toContain(`the path part ${part}`);
  });

  it("refuses //, white space, a backslash and what is not a URL at all", () => {
    expect(refusal("https://x//a/")).toMatch(/must not contain \/\//);
    expect(refusal(" https://x/")).toMatch(/white space/);
    expect(refusal("https://x/a b/")).toMatch(/white space/);
    expect(refusal("https://x\\a/")).toMatch(/https:\/\/host\/path\//);
    expect(refusal("https:/x/")).toMatch(/https:\/\/host\/path\//);
    expect(refusal("ita.example.go.th")).toMatch(/not a complete URL/);
  });

  it("names the value and says why in Thai and in English, on one line", () => {
    const message = refusal("http://localhost:3000/");
    expect(message).toMatch(/^ADDIN_URL "http:\/\/localhost:3000\/" ใช้ไม่ได้: [\u0E00-\u0E7F]/);
    expect(message).toContain(" / cannot be used: must start with https://");
    expect(message).not.toContain("\n");
  });
});

describe("hostLabel", () => {
  it("names the host, and the port after a dash, in a form any file system accepts", () => {
    expect(hostLabel("https://ita.example.go.th/addin/")).toBe("ita.example.go.th");
    expect(hostLabel("https://localhost:8443/ita/")).toBe("localhost-8443");
  });
});

describe("node scripts/addin-url.js", () => {
  it("names the address and exits 0 for a good value", () => {
    const out = execFileSync(process.execPath, [SCRIPT], {
      env: { ...process.env, ADDIN_URL: "https://ita.example.go.th/addin" },
      encoding: "utf8",
    });
    expect(out).toContain("add-in address: https://ita.example.go.th/addin/");
  });

  it("prints one line on stderr and exits 1 for a refused value", () => {
    const run = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, ADDIN_URL: "http://localhost:3000/" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("nothing was built");
  });
});
