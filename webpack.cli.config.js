// The `ita` command as one bundle (lib/cli/main.js, run by bin/ita.js) with one chunk per command and one
// for ExcelJS. Node resolves and compiles every module file it requires, and that, not the work, was most
// of a command's time: `ita score` loaded ~800 files (ExcelJS's 170 among them) to score one JSON file.
// Bundled, a command loads the start-up chunk, its own chunk and, only when it reads or writes a workbook,
// ExcelJS's. Type-checking is `npm run typecheck`'s job (tsconfig.json covers src/cli), so ts-loader only
// transpiles here.
"use strict";

const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  devtool: false,
  entry: { main: "./src/cli/main.ts" },
  output: {
    // lib/cli/ as before: bin/ita.js requires lib/cli/main.js, and the bundled example is found from
    // __dirname (two folders up), so the bundle keeps Node's own __dirname (node.__dirname: false).
    path: path.resolve(__dirname, "lib", "cli"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  node: { __dirname: false, __filename: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.cli.json"),
            transpileOnly: true,
            // ES modules, so that each `await import("./x-command")` becomes a chunk webpack loads on demand.
            compilerOptions: { module: "es2020" },
          },
        },
      },
    ],
  },
  optimization: {
    // Readable stack traces for ITA_DEBUG=1; minifying saved no measurable start-up time.
    minimize: false,
    chunkIds: "named",
    splitChunks: {
      chunks: "async",
      cacheGroups: {
        exceljs: {
          // Every package (ExcelJS and what it needs) except the default Office theme, one string that the
          // package writer includes (write-package.ts): in this chunk it would load all of ExcelJS with it.
          test: (module) =>
            /[\\/]node_modules[\\/]/.test(module.resource ?? "") &&
            !/[\\/]exceljs[\\/]lib[\\/]xlsx[\\/]xml[\\/]theme1\.js$/.test(module.resource ?? ""),
          name: "vendor-exceljs",
          priority: 10,
        },
      },
    },
  },
  performance: { hints: false },
  stats: "errors-warnings",
};
