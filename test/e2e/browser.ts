/**
 * The built task pane in Debian's Chromium (never a downloaded browser), driven by playwright-core: dist/
 * is served from a local http server, and the office.js request is answered with the in-memory Excel host
 * (test-results/e2e-host/office-host.js, built by `npm run build:e2e-host`).
 */
import { existsSync, readFileSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize } from "path";
import { Browser, chromium, Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const HOST_BUNDLE = join(ROOT, "test-results", "e2e-host", "office-host.js");
/** axe-core, served from the pane's own origin so the page's Content-Security-Policy lets it run. */
export const AXE_PATH = "/__e2e/axe.min.js";
const AXE_SCRIPT = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves dist/ on 127.0.0.1 at a free port. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/ is not built: run `npm run build` first");
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/")).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-thai-tlwg`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Every request the page makes to an origin other than its own and office.js's CDN. */
export interface PaneSession {
  page: Page;
  foreignRequests: string[];
  pageErrors: string[];
}

/** How the pane is shown: its width in screen pixels, the zoom of the pane, and Office's theme. */
export interface PaneView {
  /** The pane's width on screen; default 350. */
  readonly width?: number;
  /** The officer's zoom: at 2, a 320 px pane is 160 CSS px wide and drawn at twice the pixels. */
  readonly zoom?: number;
  /** `Office.context.officeTheme` as the pane starts; default Colorful. */
  readonly officeTheme?: "Colorful" | "DarkGray" | "Black" | "White";
  /** `Office.context.displayLanguage`; default "th-TH" (another language: Thai, then English lines). */
  readonly displayLanguage?: string;
}

/** Opens the pane at a narrow width with the in-memory host standing in for office.js. */
export async function openPane(
  browser: Browser,
  origin: string,
  view: number | PaneView = 350
): Promise<PaneSession> {
  if (!existsSync(HOST_BUNDLE)) throw new Error("the e2e host is not built: run `npm run build:e2e-host`");
  const {
    width = 350,
    zoom = 1,
    officeTheme,
    displayLanguage,
  } = typeof view === "number" ? { width: view } : view;
  const context = await browser.newContext({
    viewport: { width: Math.round(width / zoom), height: Math.round(900 / zoom) },
    deviceScaleFactor: zoom,
    locale: "th-TH",
  });
  // Read by browser-host.ts as it builds the host, before the pane starts.
  await context.addInitScript((office) => Object.assign(window, { __itaOffice: office }), {
    officeTheme,
    displayLanguage,
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/") && url.endsWith("/office.js")) {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(HOST_BUNDLE, "utf8") });
    } else if (url === `${origin}${AXE_PATH}`) {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(AXE_SCRIPT, "utf8") });
    } else if (url.startsWith(origin)) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort();
    }
  });
  await page.goto(`${origin}/taskpane.html`);
  return { page, foreignRequests, pageErrors };
}

/**
 * dist/ served and Chromium launched for the calling test file, closed after it (jest's beforeAll and
 * afterAll are registered here): `open` loads the pane in a fresh page.
 */
export function servedPane(): { open(view?: number | PaneView): ReturnType<typeof openPane> } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    open(view) {
      if (!browser) throw new Error("servedPane().open is for tests, after beforeAll");
      return openPane(browser, origin, view);
    },
  };
}
