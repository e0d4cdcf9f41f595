/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // The transform cache lives with the clone, not in the machine's shared /tmp/jest_*: a fresh clone then
  // starts cold here exactly as on CI, where a test that only passed with a warm cache once failed.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
};
