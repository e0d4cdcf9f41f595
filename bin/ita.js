#!/usr/bin/env node
// The `ita` command. The TypeScript sources are bundled into lib/cli/ by `npm run build:cli`
// (webpack.cli.config.js), which `npm ci` runs through the `prepare` script; a missing build is reported,
// not hidden.
"use strict";
const path = require("path");
const fs = require("fs");

const lib = path.join(__dirname, "..", "lib", "cli");
const entry = path.join(lib, "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("ita: the CLI is not built yet; run `npm run build:cli` (npm ci does it through `prepare`)\n");
  process.exit(1);
}

require(entry).main();
