/**
 * Security properties held by tests rather than by review: the add-in's code never turns text into code or
 * markup (no eval, no Function constructor, no HTML sinks), never talks to a network (it computes from the
 * workbook, and the task pane's Content-Security-Policy would block it anyway), and the repository holds no
 * credentials. The code is read with the TypeScript parser, so comments and strings that merely name a
 * sink ("innerHTML" in a sentence) are not findings, while `el["innerHTML"] = …` is.
 *
 * The manifest's permission and URLs are checked in test/manifest.test.ts; the built page's requests in
 * test/e2e/taskpane.e2e.ts (every request to another origin fails the walk).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import ts from "typescript";
import type { Configuration } from "webpack";

const ROOT = join(__dirname, "..");
const SRC = join(ROOT, "src");

function filesUnder(
  dir: string,
  keep: (path: string) => boolean,
  skip: ReadonlySet<string> = new Set()
): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(name)) return [];
    if (statSync(path).isDirectory()) return filesUnder(path, keep, skip);
    return keep(path) ? [path] : [];
  });
}

/** Every TypeScript source of the add-in and the CLI (tests beside the code included: they ship nothing, but a sink there is still a habit). */
const sources = filesUnder(SRC, (path) => /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(path));

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly what: string;
}

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  ".ts": ts.ScriptKind.TS,
  ".tsx": ts.ScriptKind.TSX,
  ".js": ts.ScriptKind.JS,
  ".jsx": ts.ScriptKind.JSX,
  ".mjs": ts.ScriptKind.JS,
  ".cjs": ts.ScriptKind.JS,
};

/** The name a property is reached by: `a.name`, `a["name"]`, `{ name: … }`, `<X name=… />`. */
function memberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return node.argumentExpression.text;
  return undefined;
}

/** `eval`, `window.eval`, `globalThis.fetch`: the callee's own name. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  return memberName(expression);
}

const HTML_SINKS = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "createContextualFragment",
  "srcdoc",
]);
/** A package name from node_modules, as a bundler resolves it: "exceljs", "@scope/name/sub". */
const INSTALLED_PACKAGE = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/;
const NETWORK_CALLS = new Set(["fetch", "sendBeacon", "importScripts"]);
const NETWORK_CONSTRUCTORS = new Set(["XMLHttpRequest", "WebSocket", "EventSource", "RTCPeerConnection"]);

/** Code sinks, HTML sinks and network access in one file. */
function findingsIn(
  file: string,
  text = readFileSync(file, "utf8")
): { code: Finding[]; network: Finding[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, SCRIPT_KINDS[extname(file)]);
  const code: Finding[] = [];
  const network: Finding[] = [];
  const at = (node: ts.Node, what: string, into: Finding[]) =>
    into.push({
      file: relative(ROOT, file),
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      what,
    });

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const first = node.arguments?.[0];
      if (name === "eval") at(node, "eval(…)", code);
      if (name === "Function") at(node, "the Function constructor", code);
      if (
        (name === "setTimeout" || name === "setInterval" || name === "setImmediate") &&
        first !== undefined &&
        (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))
      )
        at(node, `${name} with a string of code`, code);
      if (name === "write" || name === "writeln") {
        const target = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.expression.getText(source)
          : "";
        if (/(^|\.)document$/.test(target)) at(node, `document.${name}(…)`, code);
      }
      if (name !== undefined && NETWORK_CALLS.has(name)) at(node, `${name}(…)`, network);
      if (name !== undefined && ts.isNewExpression(node) && NETWORK_CONSTRUCTORS.has(name))
        at(node, `new ${name}`, network);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first)) {
        // The add-in's own files and its installed packages ("exceljs", loaded late to start faster) are
        // bundled; anything else (an address, a protocol-relative path) would be fetched at run time.
        if (!first.text.startsWith(".") && !INSTALLED_PACKAGE.test(first.text))
          at(node, `import("${first.text}") of a module that is not the add-in's`, network);
      }
    }
    const name = memberName(node);
    if (name !== undefined && HTML_SINKS.has(name)) at(node, name, code);
    if (ts.isJsxAttribute(node) && node.name.getText(source) === "dangerouslySetInnerHTML")
      at(node, "dangerouslySetInnerHTML", code);
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      node.name.getText(source).replace(/["']/g, "") === "dangerouslySetInnerHTML"
    )
      at(node, "dangerouslySetInnerHTML", code);
    if (ts.isIdentifier(node) && NETWORK_CONSTRUCTORS.has(node.text) && !ts.isNewExpression(node.parent))
      at(node, node.text, network);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { code, network };
}

const findings = sources.map((file) => findingsIn(file));

describe("the add-in's code", () => {
  it("is read: the scan covers every source folder", () => {
    const folders = new Set(sources.map((file) => relative(SRC, file).split(/[\\/]/)[0]));
    expect([...folders].sort()).toEqual(
      expect.arrayContaining(["cli", "core", "excel", "functions", "taskpane", "xlsx"])
    );
  });

  it("never turns text into code or markup (eval, new Function, string timers, innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write)", () => {
    // No allow-list: React renders text as text, and nothing in the add-in needs HTML from a string.
    expect(findings.flatMap((found) => found.code)).toEqual([]);
  });

  it("makes no network call (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, remote import)", () => {
    // No allow-list: everything is computed from the workbook or the file given. office.js itself is
    // loaded by the page from Microsoft's CDN (taskpane.html), not by the add-in's code. The one URL the
    // code makes is the object URL of a download (src/excel/download.ts), which stays in the browser.
    expect(findings.flatMap((found) => found.network)).toEqual([]);
  });

  it("would notice each kind of sink (the scanner is not blind)", () => {
    const lines = [
      "eval('1');",
      "new Function('return 1');",
      "setTimeout('alert(1)', 1);",
      "document.body.innerHTML = '<b>x</b>';",
      "el['outerHTML'] = '';",
      "el.insertAdjacentHTML('beforeend', '');",
      "document.write('x');",
      "fetch('https://example.org');",
      "new XMLHttpRequest();",
      "navigator.sendBeacon('https://example.org');",
      "new WebSocket('wss://example.org');",
      "import('https://example.org/x.js');",
      "// innerHTML in a comment is fine",
      "const text = 'eval(1) and fetch() in a string are fine';",
    ];
    const found = findingsIn(join(SRC, "probe.ts"), lines.join("\n"));
    expect(found.code.map((finding) => finding.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(found.network.map((finding) => finding.line)).toEqual([8, 9, 10, 11, 12]);
  });
});

describe("the repository", () => {
  /** Folders that are generated, installed or hold only build and test output. */
  const SKIPPED = new Set(["node_modules", ".git", "dist", "lib", "out", "test-results", "coverage"]);
  const BINARY = /\.(png|jpe?g|gif|ico|xlsx|xls|pdf|zip|woff2?|ttf|otf)$/i;
  const files = filesUnder(ROOT, (path) => !BINARY.test(path) && statSync(path).size < 5_000_000, SKIPPED);

  const SECRET_PATTERNS: readonly (readonly [string, RegExp])[] = [
    ["a private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
    ["an AWS access key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
    ["a GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
    ["an npm token", /\bnpm_[A-Za-z0-9]{36}\b/],
    ["a Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
    ["a Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
    ["an OpenAI-style key", /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}/],
    ["a JSON web token", /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
    [
      "an Azure or registry credential",
      /\b(?:AccountKey|SharedAccessSignature|_authToken|_auth|client_secret)\s*[=:]\s*\S/i,
    ],
    [
      "a password, secret or token assigned in the clear",
      /\b(?:api[_-]?key|secret|password|passwd|access[_-]?token|auth[_-]?token)["']?\s*[:=]\s*["'][^"'\s]{12,}["']/i,
    ],
  ];

  it("is scanned: the scan reads the sources, tests, scripts and configuration", () => {
    const scanned = new Set(files.map((file) => relative(ROOT, file)));
    for (const expected of [
      "package.json",
      "manifest.xml",
      "webpack.config.js",
      "src/functions/functions.ts",
      ".npmrc",
    ]) {
      expect([expected, scanned.has(expected)]).toEqual([expected, true]);
    }
  });

  it("holds no credentials (keys, tokens, passwords)", () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return SECRET_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(
        ([what]) => `${relative(ROOT, file)}: ${what}`
      );
    });
    expect(found).toEqual([]);
  });

  it("would notice each kind of credential (the patterns are not blind)", () => {
    // Built from pieces, so that this file does not hold what it looks for.
    const samples = [
      ["-----BEGIN RSA ", "PRIVATE KEY-----"],
      ["AKIA", "IOSFODNN7EXAMPLE"],
      ["ghp_", "a".repeat(36)],
      ["npm_", "b".repeat(36)],
      ["xoxb-", "1234567890-abc"],
      ["AIza", "c".repeat(35)],
      ["sk-", "d".repeat(40)],
      ["eyJhbGciOiJIUzI1NiJ9", ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
      ["//registry.npmjs.org/:_auth", "Token=abc"],
      ['password: "', 'correct-horse-battery"'],
    ].map((parts) => parts.join(""));
    const missed = samples.filter((sample) => !SECRET_PATTERNS.some(([, pattern]) => pattern.test(sample)));
    expect(missed).toEqual([]);
  });

  it("holds no key, certificate or environment files", () => {
    const risky = files
      .map((file) => relative(ROOT, file))
      .filter((file) =>
        /(^|[\\/])(\.env(\..*)?|id_(rsa|dsa|ecdsa|ed25519))$|\.(pem|key|pfx|p12|crt|cer)$/i.test(file)
      );
    expect(risky).toEqual([]);
  });
});

/** The production or development webpack configuration, as the build makes it. */
type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>) & {
  urlDev: string;
};
const createConfig = jest.requireActual<ConfigFactory>("../webpack.config.js");

async function contentSecurityPolicy(mode: "production" | "development"): Promise<string> {
  const config = await createConfig({ WEBPACK_BUILD: true }, { mode });
  const html = (config.plugins ?? []).find(
    (plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin
  );
  return String(html?.userOptions.contentSecurityPolicy ?? "");
}

/** Directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? "", values])
  );
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

describe("the task pane's Content-Security-Policy", () => {
  const template = readFileSync(join(SRC, "taskpane", "taskpane.html"), "utf8");

  it("is set by the page itself, from the build's policy, before anything it governs", () => {
    expect(template.match(/http-equiv="Content-Security-Policy"/gi)).toHaveLength(1);
    const meta =
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="<%= htmlWebpackPlugin\.options\.contentSecurityPolicy %>"\s*\/?>/.exec(
        template
      );
    expect(meta).not.toBeNull();
    // A policy in a <meta> applies only to what comes after it.
    expect(meta?.index).toBeLessThan(template.search(/<(script|link|style)\b/i));
  });

  it("loads scripts only from the page's origin and office.js from Microsoft's CDN, none inline", () => {
    const scripts = [...template.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map((script) => /\bsrc="([^"]*)"/.exec(script[1] ?? "")?.[1])).toEqual([
      `${OFFICE_CDN}/lib/1/hosted/office.js`,
    ]);
    expect(scripts.filter((script) => (script[2] ?? "").trim() !== "")).toEqual([]);
    expect(template).not.toMatch(/\son[a-z]+\s*=/i);
    expect(template).not.toMatch(/<(iframe|object|embed|base)\b/i);
  });

  it.each(["production", "development"] as const)(
    "allows only 'self' and the office.js CDN (%s)",
    async (mode) => {
      const policy = directives(await contentSecurityPolicy(mode));
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'none'"]);
      const devSocket = `wss://localhost:${new URL(createConfig.urlDev).port}`;
      for (const [name, sources] of policy) {
        const allowed = new Set(["'self'", "'none'", OFFICE_CDN]);
        // Griffel (Fluent UI) injects style elements; images and fonts may be data: URLs (the icons).
        if (name === "style-src") allowed.add("'unsafe-inline'");
        if (name === "img-src" || name === "font-src") allowed.add("data:");
        // webpack-dev-server's live reload, in development builds only.
        if (name === "connect-src" && mode === "development") allowed.add(devSocket);
        expect({ name, sources: sources.filter((source) => !allowed.has(source)) }).toEqual({
          name,
          sources: [],
        });
      }
    }
  );
});
