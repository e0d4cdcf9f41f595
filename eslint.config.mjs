// ESLint 9 flat config. `npm run lint` runs office-addin-lint, which passes this file to ESLint only
// under the name eslint.config.mjs (any other name falls back to its built-in config), and lints the
// files named by "config.lint_files" in package.json. Formatting is checked by prettier/prettier with
// .prettierrc.json.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/", "lib/", "coverage/", "node_modules/"] },

  // Office add-in rules, React, and Prettier as an ESLint rule; the office-addins recommended block
  // only covers .js/.ts, so the TypeScript parser for .tsx comes from typescript-eslint below.
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,

  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
        ecmaFeatures: { jsx: true },
        // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) predates TypeScript 5.9 and would
        // print a version warning on every run; the rules used here behave the same on 5.9.
        warnOnUnsupportedTypeScriptVersion: false,
      },
    },
    rules: {
      // Errors and promises must never vanish silently (ARCHITECTURE.md: no swallowed errors).
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-explicit-any": "error",
      // `const { a: _a, ...rest } = x` is the idiomatic copy-without-a key; the rest sibling is the point.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      // typescript-eslint 8.8 reads this rule's options from ESLint < 9.15's defaults and crashes on
      // ESLint 9.39 without them; these are the rule's documented defaults, spelled out.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
      // The react-jsx transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // Props are checked by TypeScript; runtime propTypes would duplicate them.
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      // A custom function reports #VALUE!/#N/A by throwing CustomFunctions.Error, which (documented
      // Office API) does not extend Error; typescript-eslint 8.8 has no per-type allow list yet.
      "@typescript-eslint/only-throw-error": "off",
    },
  },
];
