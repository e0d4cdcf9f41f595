import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";

type Result = { ok: true; file: string; base: string; files: number } | { ok: false; message: string };
interface PackageModule {
  packageRelease(options: {
    distDir: string;
    releaseDir: string;
    addinUrl?: string;
    version: string;
  }): Promise<Result>;
  manifestUrls(manifest: string): string[];
  MARK: string;
}

const { packageRelease, manifestUrls, MARK } = jest.requireActual<PackageModule>(
  "../../scripts/package-release.js"
);

const BASE = "https://ita.example.go.th/addin/";

/** A manifest with the shape of the real one where the packager looks: namespaces, a page, icons, comments. */
function manifestFor(base: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- the placeholder https://ita-addin.example.org/ is named here, in a comment -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
  <Version>0.1.0.0</Version>
  <IconUrl DefaultValue="${base}assets/icon-32.png"/>
  <SupportUrl DefaultValue="${base}support.html"/>
  <DefaultSettings><SourceLocation DefaultValue="${base}taskpane.html"/></DefaultSettings>
  <bt:Url id="Functions.Script.Url" DefaultValue="${base}functions.js"/>${extra}
</OfficeApp>`;
}

let work: string;
let dist: string;
let release: string;

function writeBuild(manifest: string): void {
  mkdirSync(join(dist, "assets"), { recursive: true });
  for (const file of ["taskpane.html", "functions.js", "functions.json", "support.html", "233.js"])
    writeFileSync(join(dist, file), `contents of ${file}`);
  writeFileSync(join(dist, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dist, "manifest.xml"), manifest);
}

const pack = (addinUrl?: string): Promise<Result> =>
  packageRelease({ distDir: dist, releaseDir: release, addinUrl, version: "0.1.0" });

async function refusalOf(addinUrl?: string): Promise<string> {
  const result = await pack(addinUrl);
  if (result.ok) throw new Error(`packaged ${result.file}`);
  return result.message;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "ita-package-"));
  dist = join(work, "dist");
  release = join(work, "release");
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("packageRelease", () => {
  it("packs every built file under site/, the manifest, a SHA-256 list and a Thai/English note", async () => {
    writeBuild(manifestFor(BASE));
    const result = await pack(BASE);
    expect(result).toEqual({
      ok: true,
      file: join(release, "ita-addin-0.1.0-ita.example.go.th.zip"),
      base: BASE,
      files: 7,
    });
    const zip = await JSZip.loadAsync(readFileSync(join(release, "ita-addin-0.1.0-ita.example.go.th.zip")));
    // JSZip reads the archive comment but its types do not declare it.
    expect((zip as JSZip & { comment?: string }).comment).toBe(MARK);
    const folder = "ita-addin-0.1.0-ita.example.go.th/";
    const files = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name.slice(folder.length))
      .sort();
    expect(files).toEqual([
      "README.txt",
      "SHA256SUMS",
      "manifest.xml",
      "site/233.js",
      "site/assets/icon-32.png",
      "site/functions.js",
      "site/functions.json",
      "site/manifest.xml",
      "site/support.html",
      "site/taskpane.html",
    ]);
    const read = (name: string): Promise<Buffer> => zip.file(folder + name)!.async("nodebuffer");
    const sums = (await read("SHA256SUMS")).toString("utf8").trim().split("\n");
    expect(sums.map((line) => line.slice(66)).sort()).toEqual(files.filter((f) => f !== "SHA256SUMS"));
    for (const line of sums) {
      const [hash, name] = [line.slice(0, 64), line.slice(66)];
      expect({
        name,
        hash: createHash("sha256")
          .update(await read(name))
          .digest("hex"),
      }).toEqual({ name, hash });
    }
    expect(await read("manifest.xml")).toEqual(await read("site/manifest.xml"));
    const note = (await read("README.txt")).toString("utf8");
    expect(note).toContain(`ส่วนเสริม ITA สำหรับ Excel รุ่น 0.1.0 (manifest <Version> 0.1.0.0) สำหรับ ${BASE}`);
    expect(note).toContain(`ITA add-in for Excel 0.1.0 (manifest <Version> 0.1.0.0) for ${BASE}`);
    expect(note).toContain("sha256sum -c SHA256SUMS");
  });

  it("takes the address from the build when ADDIN_URL is not set, and names the port in the file", async () => {
    const base = "https://localhost:8443/ita/";
    writeBuild(manifestFor(base));
    const result = await pack();
    expect(result).toMatchObject({ ok: true, file: join(release, "ita-addin-0.1.0-localhost-8443.zip") });
  });

  it("replaces a zip it wrote itself", async () => {
    writeBuild(manifestFor(BASE));
    expect((await pack()).ok).toBe(true);
    writeFileSync(join(dist, "233.js"), "changed");
    expect((await pack()).ok).toBe(true);
  });

  it("leaves a file it did not write where the zip would go, and says so", async () => {
    writeBuild(manifestFor(BASE));
    const target = join(release, "ita-addin-0.1.0-ita.example.go.th.zip");
    mkdirSync(release);
    writeFileSync(target, "an officer's own file");
    expect(await refusalOf()).toContain("was not written by this packager");
    expect(readFileSync(target, "utf8")).toBe("an officer's own file");
  });

  it("refuses a folder with no build", async () => {
    expect(await refusalOf()).toMatch(/holds no build \(missing taskpane\.html, .*\): run ADDIN_URL=/);
  });

  it("refuses a build made without ADDIN_URL, or for development", async () => {
    writeBuild(manifestFor("https://ita-addin.example.org/"));
    expect(await refusalOf()).toContain("which is not a real address: build again with ADDIN_URL=");
    writeBuild(manifestFor("https://localhost:3000/"));
    expect(await refusalOf()).toContain("which is not a real address");
  });

  it("refuses an ADDIN_URL other than the build's, and a bad ADDIN_URL", async () => {
    writeBuild(manifestFor(BASE));
    expect(await refusalOf("https://other.example.go.th/")).toContain(
      `is for ${BASE}, not https://other.example.go.th/: build again`
    );
    expect(await refusalOf("http://ita.example.go.th/addin/")).toContain("must start with https://");
  });

  it("refuses a manifest with a URL outside the build's address", async () => {
    writeBuild(
      manifestFor(BASE, `\n  <AppDomains><AppDomain>https://elsewhere.example.org</AppDomain></AppDomains>`)
    );
    expect(await refusalOf()).toContain(`outside ${BASE}: https://elsewhere.example.org`);
  });
});

describe("manifestUrls", () => {
  it("lists attribute values and element text, not namespaces or comments", () => {
    expect(manifestUrls(manifestFor(BASE, "<AppDomain>https://a.example/</AppDomain>"))).toEqual([
      `${BASE}assets/icon-32.png`,
      `${BASE}support.html`,
      `${BASE}taskpane.html`,
      `${BASE}functions.js`,
      "https://a.example/",
    ]);
  });
});
