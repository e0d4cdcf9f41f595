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
};
