import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration, RuleSetRule } from "webpack";

type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>) & {
  urlDev: string;
  urlProd: string;
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

function htmlPlugin(config: Configuration): HtmlWebpackPlugin {
  const found = (config.plugins ?? []).filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin);
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

  it("uses source maps that need no eval, in both modes", async () => {
    for (const mode of ["production", "development"] as const) {
      expect(String((await buildConfig(mode)).devtool)).not.toContain("eval");
    }
  });
});
