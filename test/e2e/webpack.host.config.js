// Bundles test/e2e/browser-host.ts (the in-memory Excel host) into one script that the browser e2e test
// serves in place of office.js. Test-only: never part of dist/.
"use strict";
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.resolve(__dirname, "browser-host.ts"),
  output: { path: path.resolve(__dirname, "../../test-results/e2e-host"), filename: "office-host.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "../../tsconfig.json"), onlyCompileBundledFiles: true, transpileOnly: true } },
      },
    ],
  },
  performance: { hints: false },
};
