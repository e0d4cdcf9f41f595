/**
 * The release as an agency deploys it: a production build for ADDIN_URL (an https address under a sub-path,
 * on localhost), packed by `npm run package`'s script, unpacked, its SHA-256 list checked, its site served
 * over https with the README's headers and a throw-away certificate, and the pane loaded from there in
 * Chromium with office.js answered by the in-memory host. Nothing may be requested from another origin.
 *
 * The build goes to a temporary folder (DIST_DIR), never to dist/, which other tests serve at the same time.
 * Its manifest is left at test-results/hosted/manifest.xml for `.ci/run` to validate against the schema.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium, ROOT } from "./browser";
import { HostedSite, makeCertificate, serveSite, unpackZip } from "./hosted-site";

const HOST_BUNDLE = join(ROOT, "test-results", "e2e-host", "office-host.js");
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;
const BASE_PATH = "/ita/addin/";
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const { contentSecurityPolicy } = jest.requireActual<{ contentSecurityPolicy(dev: boolean): string }>(
  "../../webpack.config.js"
);

let work: string;
let site: HostedSite;
let addinUrl: string;
let packageDir: string;
let unpacked: string[];
let browser: Browser;

/** Runs a node script of the project with extra environment variables; throws with its output on failure. */
function runNode(args: string[], env: Record<string, string>): string {
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(`${args.join(" ")} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ita-hosted-"));
  const siteDir = join(work, "unpacked");
  // The server holds its port from the start: ADDIN_URL names the port, and the build needs ADDIN_URL.
  site = await serveSite({
    root: () => join(siteDir, `ita-addin-${VERSION}-localhost-${site.port}`, "site"),
    basePath: BASE_PATH,
    contentSecurityPolicy: contentSecurityPolicy(false),
    certificate: makeCertificate(work),
  });
  addinUrl = `${site.origin}${BASE_PATH}`;
  const env = { ADDIN_URL: addinUrl, DIST_DIR: join(work, "dist"), RELEASE_DIR: join(work, "release") };
  runNode(["scripts/addin-url.js"], env);
  runNode([join("node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], env);
  runNode(["scripts/package-release.js"], env);
  const zip = join(work, "release", `ita-addin-${VERSION}-localhost-${site.port}.zip`);
  unpacked = await unpackZip(zip, siteDir);
  packageDir = join(siteDir, `ita-addin-${VERSION}-localhost-${site.port}`);
  const kept = join(ROOT, "test-results", "hosted");
  mkdirSync(kept, { recursive: true });
  copyFileSync(join(packageDir, "manifest.xml"), join(kept, "manifest.xml"));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => site?.server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

it("refuses an ADDIN_URL that is not https before anything is built, in one line", () => {
  const refusedDir = join(work, "refused");
  const run = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: `http://localhost:${site.port}${BASE_PATH}`, DIST_DIR: refusedDir },
    encoding: "utf8",
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(
      new RegExp(`^ADDIN_URL "http://localhost:${site.port}/ita/addin/" ใช้ไม่ได้: .*cannot be used: .*https://`)
    ),
  ]);
  expect(existsSync(refusedDir)).toBe(false);
});

it("packs one folder: the site, the manifest, a SHA-256 list that holds, and the note", () => {
  const folder = `ita-addin-${VERSION}-localhost-${site.port}/`;
  expect(unpacked.every((file) => file.startsWith(folder))).toBe(true);
  const files = unpacked.map((file) => file.slice(folder.length));
  expect(files).toEqual(
    expect.arrayContaining([
      "README.txt",
      "SHA256SUMS",
      "manifest.xml",
      "site/taskpane.html",
      "site/taskpane.js",
      "site/functions.js",
      "site/functions.json",
      "site/support.html",
      "site/manifest.xml",
      "site/assets/icon-80.png",
    ])
  );
  const sums = readFileSync(join(packageDir, "SHA256SUMS"), "utf8").trim().split("\n");
  const listed = sums.map((line) => {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match === null) throw new Error(`not a sha256sum line: ${line}`);
    const [, hash, name] = match as unknown as [string, string, string];
    const actual = createHash("sha256")
      .update(readFileSync(join(packageDir, name)))
      .digest("hex");
    expect({ name, hash }).toEqual({ name, hash: actual });
    return name;
  });
  expect(listed.sort()).toEqual(files.filter((file) => file !== "SHA256SUMS").sort());
  const note = readFileSync(join(packageDir, "README.txt"), "utf8");
  expect(note).toContain(addinUrl);
  expect(note).toMatch(/[\u0E00-\u0E7F]/);
});

it("packs every file the build emitted, lazily loaded chunks included", () => {
  const built = (dir: string, prefix = ""): string[] =>
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? built(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
    );
  const emitted = built(join(work, "dist")).sort();
  const siteFiles = unpacked
    .filter((file) => file.includes("/site/"))
    .map((file) => file.replace(/^[^/]+\/site\//, ""))
    .sort();
  expect(siteFiles).toEqual(emitted);
});

it("points every URL of the built manifest at ADDIN_URL", () => {
  const manifest = readFileSync(join(packageDir, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const urls = [
    ...[...manifest.matchAll(/\s([\w:.-]+)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)]
      .filter(([, name]) => !(name ?? "").startsWith("xmlns"))
      .map(([, , url]) => url),
    ...[...manifest.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)].map(([, url]) => url),
  ];
  expect(urls.length).toBeGreaterThanOrEqual(10);
  expect(urls.filter((url) => !url?.startsWith(addinUrl))).toEqual([]);
  for (const page of ["taskpane.html", "functions.js", "functions.json", "support.html"])
    expect(urls).toContain(`${addinUrl}${page}`);
  expect(readFileSync(join(packageDir, "site", "manifest.xml"))).toEqual(
    readFileSync(join(packageDir, "manifest.xml"))
  );
});

interface HostedPage {
  page: Page;
  /** Every URL the page requested, office.js included. */
  requests: string[];
  foreignRequests: string[];
  /** Requests answered with an error status or not answered: a chunk looked for at the wrong path. */
  failedRequests: string[];
  blockedByPolicy: string[];
  pageErrors: string[];
}

/** Opens a page of the hosted site; office.js is answered with the in-memory host, any other origin refused. */
async function openHosted(file: string): Promise<HostedPage> {
  if (!existsSync(HOST_BUNDLE)) throw new Error("the e2e host is not built: run `npm run build:e2e-host`");
  // The certificate is the test's own: Chromium is told to accept it rather than a CA being installed.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 350, height: 900 },
    locale: "th-TH",
  });
  const page = await context.newPage();
  const hosted: HostedPage = {
    page,
    requests: [],
    foreignRequests: [],
    failedRequests: [],
    blockedByPolicy: [],
    pageErrors: [],
  };
  page.on("request", (request) => hosted.requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) hosted.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    if (new URL(request.url()).origin === site.origin) hosted.failedRequests.push(`failed ${request.url()}`);
  });
  page.on("pageerror", (error) => hosted.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) hosted.blockedByPolicy.push(message.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(url)) {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(HOST_BUNDLE, "utf8") });
    } else if (new URL(url).origin === site.origin) {
      await route.continue();
    } else {
      hosted.foreignRequests.push(url);
      await route.abort();
    }
  });
  await page.goto(`${addinUrl}${file}`);
  return hosted;
}

it("loads the pane from the https site under its sub-path, and nothing from another origin", async () => {
  const { page, requests, foreignRequests, failedRequests, blockedByPolicy, pageErrors } =
    await openHosted("taskpane.html");
  // The first view React renders, not the static shell of taskpane.html.
  await page.getByRole("heading", { name: "ข้อมูลการประเมิน" }).waitFor();
  await page.getByRole("button", { name: "ใช้ช่วงที่เลือก" }).waitFor();
  expect(await page.locator(".shell").count()).toBe(0);
  const registered = await page.evaluate(
    () => (window as unknown as { __itaRegisteredFunctions: string[] }).__itaRegisteredFunctions
  );
  expect(registered).toEqual(expect.arrayContaining(["GRADE", "SCORE", "RANK"]));
  await page.waitForLoadState("networkidle");

  const own = requests.filter((url) => !OFFICE_JS.test(url));
  expect(requests.filter((url) => OFFICE_JS.test(url))).toHaveLength(1);
  expect(own.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  expect(own.filter((url) => !url.startsWith(addinUrl))).toEqual([]);
  expect(own).toEqual(
    expect.arrayContaining([`${addinUrl}taskpane.html`, `${addinUrl}taskpane.js`, `${addinUrl}functions.js`])
  );
  expect(foreignRequests).toEqual([]);
  // Lazily loaded chunks are found under the sub-path (publicPath "auto"), or they would fail here.
  expect(failedRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);
  mkdirSync(join(ROOT, "test-results", "hosted"), { recursive: true });
  writeFileSync(
    join(ROOT, "test-results", "hosted", "requests.json"),
    `${JSON.stringify(requests, null, 2)}\n`
  );
  await page.screenshot({ path: join(ROOT, "test-results", "hosted", "taskpane.png"), fullPage: true });
  await page.context().close();
});

it("serves the support page the manifest links to, in Thai and English, under the same policy", async () => {
  const { page, requests, foreignRequests, failedRequests, blockedByPolicy, pageErrors } =
    await openHosted("support.html");
  const response = await page.request.get(`${addinUrl}support.html`);
  expect(response.headers()["content-security-policy"]).toBe(contentSecurityPolicy(false));
  expect(response.headers()["cache-control"]).toBe("no-cache");
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  expect(heading).toContain("ส่วนเสริม ITA สำหรับ Excel");
  expect(heading).toContain("ITA add-in for Excel");
  expect(await page.locator("footer").innerText()).toContain(`version ${VERSION}`);
  expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(failedRequests).toEqual([]);
  expect(blockedByPolicy).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.context().close();
});
