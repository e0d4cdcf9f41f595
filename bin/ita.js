#!/usr/bin/env node
// The `ita` command. The TypeScript sources are bundled into lib/cli/ by `npm run build:cli`
// (webpack.cli.config.js), which `npm ci` runs through the `prepare` script; a missing build is reported,
// not hidden.
"use strict";
const path = require("path");
const fs = require("fs");
const { installCompileCache } = require("./compile-cache");

const lib = path.join(__dirname, "..", "lib", "cli");
const entry = path.join(lib, "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("ita: the CLI is not built yet; run `npm run build:cli` (npm ci does it through `prepare`)\n");
  process.exit(1);
}

// ExcelJS's zip writer (archiver-utils) still calls the deprecated Buffer(). Node says nothing about that
// inside node_modules, but bundled into lib/ it would print a deprecation warning to every officer for
// code they cannot change. Only that warning is dropped; any other still reaches stderr.
const emitWarning = process.emitWarning;
process.emitWarning = function emitWarningExceptBufferConstructor(warning, ...rest) {
  const code = typeof rest[0] === "object" && rest[0] !== null ? rest[0].code : rest[1];
  if (code === "DEP0005") return;
  return emitWarning.call(process, warning, ...rest);
};

installCompileCache(lib);
require(entry).main();
