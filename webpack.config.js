// Webpack 5 build of the Excel add-in: one task pane page that is also the shared runtime of the custom
// functions (Microsoft's "Excel Custom Functions using a Shared Runtime" and "Office-Addin-TaskPane-React"
// templates, merged). TypeScript goes through ts-loader only; office.js is never bundled, it comes from
// Microsoft's CDN (see src/taskpane/taskpane.html).
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { parseAddinUrl, PLACEHOLDER_URL } = require("./scripts/addin-url");
const packageJson = require("./package.json");

const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);
const urlDev = `https://localhost:${devServerPort}/`;
// Production placeholder, the URL manifest.xml carries. A production build writes ADDIN_URL in its place in
// dist/manifest.xml (`ADDIN_URL=https://ita.example.go.th/addin/ npm run build`; checked by
// scripts/addin-url.js); a development build writes urlDev.
const urlProd = PLACEHOLDER_URL;

/** The deployment address from ADDIN_URL, or the placeholder; a value that cannot be one stops the build. */
function deploymentUrl() {
  const parsed = parseAddinUrl(process.env.ADDIN_URL);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value ?? urlProd;
}

/**
 * Where the build writes: dist/, or DIST_DIR (relative to this folder) so that a test or a packaging run can
 * build elsewhere while others use dist/. webpack's --output-path overrides both.
 */
function outputPath() {
  return path.resolve(__dirname, process.env.DIST_DIR || "dist");
}

const functionsSource = "./src/functions/functions.ts";

/**
 * Content-Security-Policy of the task pane: its own files and office.js (whose CDN also serves the scripts
 * office.js loads), nothing else. Fluent UI (Griffel) injects styles, hence 'unsafe-inline' for styles
 * only. office.js's telemetry endpoint is deliberately not allowed: the add-in sends no telemetry.
 */
function contentSecurityPolicy(dev) {
  const devSocket = dev ? [`wss://localhost:${devServerPort}`] : [];
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    ["connect-src 'self' https://appsforoffice.microsoft.com", ...devSocket].join(" "),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * HTTPS key and certificates for the dev server. office-addin-dev-certs creates them under
 * ~/.office-addin-dev-certs and then installs the CA with sudo; where that install fails (root without
 * sudo, containers) the files are still usable, so read them directly.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { ca, cert, key };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const missing = Object.values(files).filter((name) => !fs.existsSync(path.join(dir, name)));
    if (missing.length > 0) {
      throw new Error(
        `No HTTPS certificate for the dev server: office-addin-dev-certs failed (${error.message}) and ` +
          `${dir} lacks ${missing.join(", ")}. Run \`npx office-addin-dev-certs install\`, then start again.`,
        { cause: error }
      );
    }
    console.warn(
      `office-addin-dev-certs could not verify or install its CA (${error.message}); using the certificate ` +
        `files in ${dir}. Office trusts them only once ca.crt is trusted on this machine.`
    );
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return { ca: read(files.ca), cert: read(files.cert), key: read(files.key) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const urlDeploy = dev ? urlDev : deploymentUrl();

  return {
    mode: dev ? "development" : "production",
    // Separate .map files only: eval-based source maps would need 'unsafe-eval' in the page's CSP.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: functionsSource,
    },
    output: {
      path: outputPath(),
      // The entries keep their names: the manifest names functions.js, and taskpane.html loads taskpane.js.
      filename: "[name].js",
      // Chunks loaded later carry their content's hash: a pane left open while the site is updated asks for
      // the chunks of its own build, and gets them or a clear failure, never a chunk of another build whose
      // module numbers do not match its own. They can be cached for good (README, Caching).
      chunkFilename: "[name].[contenthash:8].js",
      // Scripts and lazily loaded chunks are found relative to the script that loads them, so the site
      // works under any sub-path (https://host/addin/) without building the address into the bundle.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type-check only what the bundle imports, not every file tsconfig.json includes (CLI, tests).
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionsSource,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also registers the custom functions.
        chunks: ["taskpane", "functions"],
        contentSecurityPolicy: contentSecurityPolicy(dev),
      }),
      // The manifest's SupportUrl: a static page with no script, under the same policy as the pane.
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./assets/support/support.html",
        inject: false,
        chunks: [],
        contentSecurityPolicy: contentSecurityPolicy(dev),
        version: packageJson.version,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              // Only quoted values (attributes), so the comment that names the placeholder stays true.
              return urlDeploy === urlProd
                ? content
                : content.toString().replaceAll(`"${urlProd}`, `"${urlDeploy}`);
            },
          },
        ],
      }),
    ],
    performance: {
      // Minified, uncompressed bytes (gzip is about a third). The first shell is ~210 KiB, mostly react-dom
      // and Fluent's tokens and Griffel: a warning says the pane has grown well past that, not a failure.
      hints: dev ? false : "warning",
      maxEntrypointSize: 300 * 1024,
      maxAssetSize: 300 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: {
      port: devServerPort,
      // Excel on the web fetches functions.json and functions.js cross-origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: { type: "https", options: serving ? await devHttpsOptions() : undefined },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
