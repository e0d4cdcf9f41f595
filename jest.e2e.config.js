/**
 * End-to-end tests: a real spreadsheet program (LibreOffice headless) and a real browser (Debian's
 * Chromium through playwright-core). They need system packages that `.ci/run` installs; `npm test` stays
 * free of them.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 180000,
  maxWorkers: 1,
  // The transform cache lives with the clone, not in the machine's shared /tmp/jest_*: a fresh clone then
  // starts cold here exactly as on CI, where a test that only passed with a warm cache once failed.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
};
