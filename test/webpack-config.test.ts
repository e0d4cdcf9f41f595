import CopyWebpackPlugin from "copy-webpack-plugin";
import { readFileSync } from "fs";
import os from "os";
import path from "path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration, RuleSetRule } from "webpack";

type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>) & {
  urlDev: string;
  urlProd: string;
  contentSecurityPolicy(dev: boolean): string;
};

// CopyWebpackPlugin keeps its patterns private; these are the fields the build relies on.
interface CopyPattern {
  from: string;
  to?: string;
  transform?: (content: Buffer, absoluteFrom: string) => Buffer | string;
}

const createConfig = jest.requireActual<ConfigFactory>("../webpack.config.js");

async function buildConfig(mode: "production" | "development"): Promise<Configuration> {
  return createConfig({ WEBPACK_BUILD: true }, { mode });
}

/** The configuration as the build makes it with these environment variables set (undefined: unset). */
async function buildConfigWith(
  variables: Record<string, string | undefined>,
  mode: "production" | "development" = "production"
): Promise<Configuration> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const assign = (values: Record<string, string | undefined>): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(variables);
  try {
    return await buildConfig(mode);
  } finally {
    assign(saved);
  }
}

function htmlPlugin(config: Configuration, filename = "taskpane.html"): HtmlWebpackPlugin {
  const found = (config.plugins ?? []).filter(
    (p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin && p.userOptions.filename === filename
  );
  expect(found).toHaveLength(1);
  return found[0] as HtmlWebpackPlugin;
}

function copyPatterns(config: Configuration): CopyPattern[] {
  const found = (config.plugins ?? []).filter((p): p is CopyWebpackPlugin => p instanceof CopyWebpackPlugin);
  expect(found).toHaveLength(1);
  return (found[0] as unknown as { patterns: CopyPattern[] }).patterns;
}

function manifestTransform(config: Configuration): NonNullable<CopyPattern["transform"]> {
  const pattern = copyPatterns(config).find((p) => p.from === "manifest*.xml");
  if (pattern?.transform === undefined) throw new Error("manifest*.xml is copied without a transform");
  return pattern.transform;
}

describe("webpack.config.js", () => {
  it("builds the task pane and the custom functions as two entries", async () => {
    const config = await buildConfig("production");
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    });
  });

  it("loads both bundles in the task pane page, which is the shared runtime", async () => {
    const options = htmlPlugin(await buildConfig("production")).userOptions;
    expect(options.filename).toBe("taskpane.html");
    expect(options.chunks).toEqual(expect.arrayContaining(["taskpane", "functions"]));
  });

  it("compiles TypeScript with ts-loader alone, against tsconfig.json", async () => {
    const rules = ((await buildConfig("production")).module?.rules ?? []) as RuleSetRule[];
    const loaders = JSON.stringify(rules);
    expect(loaders).toContain("ts-loader");
    expect(loaders).toContain("tsconfig.json");
    expect(loaders).not.toContain("babel");
  });

  it("resolves .ts, .tsx and .js", async () => {
    expect((await buildConfig("production")).resolve?.extensions).toEqual([".ts", ".tsx", ".js"]);
  });

  it("copies the assets and the manifest, and never office.js", async () => {
    const patterns = copyPatterns(await buildConfig("production"));
    expect(patterns.map((p) => p.from)).toEqual(["assets/*", "manifest*.xml"]);
    expect(JSON.stringify(patterns)).not.toMatch(/office-js/i);
  });

  it("leaves the production URL in a production build's manifest", async () => {
    const transform = manifestTransform(await buildConfig("production"));
    const manifest = `<IconUrl DefaultValue="${createConfig.urlProd}assets/icon-32.png"/>`;
    expect(String(transform(Buffer.from(manifest), "manifest.xml"))).toBe(manifest);
  });

  it("rewrites the production URL to the dev server in a development build's manifest", async () => {
    const transform = manifestTransform(await buildConfig("development"));
    const manifest = `<a href="${createConfig.urlProd}x"/><b href="${createConfig.urlProd}y"/>`;
    expect(String(transform(Buffer.from(manifest), "manifest.xml"))).toBe(
      `<a href="https://localhost:3000/x"/><b href="https://localhost:3000/y"/>`
    );
  });

  it("allows office.js from Microsoft's CDN in the page's content security policy, and no eval", async () => {
    const csp = String(htmlPlugin(await buildConfig("production")).userOptions.contentSecurityPolicy);
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("writes the deployment address ADDIN_URL into a production build's manifest, and nothing else", async () => {
    const transform = manifestTransform(
      await buildConfigWith({ ADDIN_URL: "https://ita.example.go.th/addin" })
    );
    const manifest =
      `<!-- placeholder ${createConfig.urlProd} -->` +
      `<IconUrl DefaultValue="${createConfig.urlProd}assets/icon-32.png"/>` +
      `<SupportUrl DefaultValue="${createConfig.urlProd}support.html"/>`;
    expect(String(transform(Buffer.from(manifest), "manifest.xml"))).toBe(
      `<!-- placeholder ${createConfig.urlProd} -->` +
        `<IconUrl DefaultValue="https://ita.example.go.th/addin/assets/icon-32.png"/>` +
        `<SupportUrl DefaultValue="https://ita.example.go.th/addin/support.html"/>`
    );
  });

  it("refuses an ADDIN_URL that is not a clean https base before anything is built", async () => {
    await expect(buildConfigWith({ ADDIN_URL: "http://localhost:3000/" })).rejects.toThrow(
      /^ADDIN_URL "http:\/\/localhost:3000\/" ใช้ไม่ได้: .* \/ cannot be used: must start with https:\/\//
    );
  });

  it("builds into dist/, or into DIST_DIR so that a test can build elsewhere", async () => {
    const root = path.resolve(__dirname, "..");
    expect((await buildConfigWith({ DIST_DIR: undefined })).output?.path).toBe(path.join(root, "dist"));
    const elsewhere = path.join(os.tmpdir(), "ita-build");
    expect((await buildConfigWith({ DIST_DIR: elsewhere })).output?.path).toBe(elsewhere);
  });

  it("finds scripts and lazily loaded chunks relative to the page, so any sub-path works", async () => {
    expect((await buildConfig("production")).output?.publicPath).toBe("auto");
  });

  it("builds the support page under the pane's policy, with no script", async () => {
    for (const mode of ["production", "development"] as const) {
      const config = await buildConfig(mode);
      const support = htmlPlugin(config, "support.html").userOptions;
      expect(support.template).toBe("./assets/support/support.html");
      expect(support.inject).toBe(false);
      expect(support.chunks).toEqual([]);
      expect(support.contentSecurityPolicy).toBe(htmlPlugin(config).userOptions.contentSecurityPolicy);
    }
    const template = readFileSync(path.resolve(__dirname, "..", "assets", "support", "support.html"), "utf8");
    expect(template).not.toMatch(/<script\b/i);
    expect(template).toContain('content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>"');
  });

  it("exports the page's policy, which the README's server configuration repeats as a header", async () => {
    const policy = createConfig.contentSecurityPolicy(false);
    expect(String(htmlPlugin(await buildConfig("production")).userOptions.contentSecurityPolicy)).toBe(
      policy
    );
    const readme = readFileSync(path.resolve(__dirname, "..", "README.md"), "utf8");
    const headers = [...readme.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)];
    expect(headers.map((header) => header[1])).toEqual([policy]);
  });

  it("uses source maps that need no eval, in both modes", async () => {
    for (const mode of ["production", "development"] as const) {
      expect(String((await buildConfig(mode)).devtool)).not.toContain("eval");
    }
  });
});
