// Preloaded into a measured process (NODE_OPTIONS=--require …): at exit, appends the process's peak
// resident memory in KiB to the file named by ITA_BENCH_PEAK_FILE, so the bench can compare the peaks of
// `ita batch` and of its floor without any tool outside node.
"use strict";
const { appendFileSync } = require("node:fs");

const file = process.env.ITA_BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
