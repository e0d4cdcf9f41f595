/**
 * Fuzz generators for JSON files as the CLI reads them, written token by token so that a key can be given
 * twice, with comments, NaN/Infinity, deep nesting and cut-short text, and what a strict reader must find.
 */
import fc from "fast-check";
import { assessmentJsonText } from "./assessment-json-arbitraries";

/**
 * A JSON document written out token by token, so that an object may give a key twice, as a hand-edited
 * file can (a value built in JavaScript cannot hold a repeated key). Keys are drawn from a few, some
 * spelled with escapes (`"\\u0061"` is "a").
 */
type JsonTree =
  | { readonly kind: "scalar"; readonly text: string }
  | { readonly kind: "array"; readonly items: readonly JsonTree[] }
  | {
      readonly kind: "object";
      readonly entries: readonly (readonly [{ readonly written: string; readonly key: string }, JsonTree])[];
    };

const jsonKey = fc.constantFrom(
  { written: '"1"', key: "1" },
  { written: '"scores"', key: "scores" },
  { written: '"a"', key: "a" },
  { written: '"\\u0061"', key: "a" },
  { written: '"ชื่อ"', key: "ชื่อ" },
  { written: '"a b"', key: "a b" },
  { written: '"say \\"hi\\""', key: 'say "hi"' },
  { written: '""', key: "" },
  { written: '"__proto__"', key: "__proto__" }
);

/** Scalars, strings among them that look like comments, NaN or escapes to a reader that skips strings badly. */
const jsonScalar = fc.constantFrom(
  "91.21",
  "-0",
  "1e3",
  "100",
  "true",
  "null",
  '"https://itas.nacc.go.th // NaN"',
  '"/* ไม่ใช่หมายเหตุ */"',
  '"C:\\\\ITA\\\\"',
  '"\\u0e01"',
  '"Infinity"',
  '"]}"'
);

/** NaN and Infinity where a number belongs, as other languages write them. */
const notANumber = fc.constantFrom("NaN", "Infinity", "-Infinity");

const jsonTree = (scalar: fc.Arbitrary<string>): fc.Arbitrary<JsonTree> =>
  fc.letrec<{ tree: JsonTree }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 4, depthSize: "small" },
      { arbitrary: scalar.map((text): JsonTree => ({ kind: "scalar", text })), weight: 3 },
      {
        arbitrary: fc
          .array(tie("tree"), { maxLength: 4 })
          .map((items): JsonTree => ({ kind: "array", items })),
        weight: 1,
      },
      {
        arbitrary: fc
          .array(fc.tuple(jsonKey, tie("tree")), { maxLength: 5 })
          .map((entries): JsonTree => ({ kind: "object", entries })),
        weight: 2,
      }
    ),
  })).tree;

/** What a strict JSON reader must find in a document: repeated keys by JSON path, comments, NaN/Infinity. */
export interface JsonFindings {
  readonly duplicateKeys: readonly string[];
  readonly comments: number;
  readonly notANumbers: number;
}

/** A JSON input file's text, with what is in it when the generator knows. */
export interface JsonFileText {
  readonly text: string;
  /** Absent for text cut short or arbitrary: only the reader's contract applies. */
  readonly findings?: JsonFindings;
}

/** A key's step in a JSON path as the CLI names places: `.scores`, `.1`, `["ชื่อ"]`. */
const keyStep = (key: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

/**
 * Writes `tree` with the gaps between tokens taken in turn from `gaps` (whitespace, or comments in a
 * damaged file), wrapped in `depth` levels of `{"a": …}` or `[…]`; what it wrote is counted as it goes.
 */
function writeJsonTree(
  tree: JsonTree,
  gaps: readonly string[],
  wrap: { readonly depth: number; readonly arrays: boolean }
): JsonFileText {
  const duplicateKeys: string[] = [];
  let comments = 0;
  let notANumbers = 0;
  let turn = 0;
  const gap = () => {
    const text = gaps[turn % gaps.length] ?? "";
    turn += 1;
    if (text.startsWith("/")) comments += 1;
    return text;
  };
  const write = (node: JsonTree, path: string): string => {
    if (node.kind === "scalar") {
      if (/^-?(?:NaN|Infinity)$/.test(node.text)) notANumbers += 1;
      return node.text;
    }
    if (node.kind === "array") {
      const items = node.items.map((item, i) => `${gap()}${write(item, `${path}[${i}]`)}${gap()}`);
      return `[${items.join(",")}]`;
    }
    const seen = new Set<string>();
    const entries = node.entries.map(([key, value]) => {
      const keyPath = `${path}${keyStep(key.key)}`;
      if (seen.has(key.key)) duplicateKeys.push(keyPath);
      seen.add(key.key);
      return `${gap()}${key.written}${gap()}:${gap()}${write(value, keyPath)}${gap()}`;
    });
    return `{${entries.join(",")}}`;
  };
  const wrapPath = (wrap.arrays ? "[0]" : ".a").repeat(wrap.depth);
  const body = write(tree, `$${wrapPath}`);
  const text = wrap.arrays
    ? `${"[".repeat(wrap.depth)}${body}${"]".repeat(wrap.depth)}`
    : `${'{"a":'.repeat(wrap.depth)}${body}${"}".repeat(wrap.depth)}`;
  return { text: `${gap()}${text}${gap()}`, findings: { duplicateKeys, comments, notANumbers } };
}

const whitespace = fc.constantFrom("", " ", "\n", "\t", "\r\n", "\n    ");
const nesting = fc.oneof(
  { arbitrary: fc.constant({ depth: 0, arrays: false }), weight: 16 },
  { arbitrary: fc.record({ depth: fc.integer({ min: 1, max: 20000 }), arrays: fc.boolean() }), weight: 1 }
);

/**
 * JSON files as the CLI reads them: well-formed ones with keys given twice, the same with comments and
 * NaN/Infinity in them, nested up to 20,000 deep, cut short, the assessment texts above, and arbitrary
 * text made of JSON's punctuation.
 */
export const jsonFileText: fc.Arbitrary<JsonFileText> = fc.oneof(
  {
    arbitrary: fc
      .tuple(jsonTree(jsonScalar), fc.array(whitespace, { minLength: 1, maxLength: 6 }), nesting)
      .map(([tree, gaps, wrap]) => writeJsonTree(tree, gaps, wrap)),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(
        jsonTree(fc.oneof(jsonScalar, notANumber)),
        fc.array(fc.oneof(whitespace, fc.constantFrom("/* ปี */", "// หมายเหตุ\n", "//\n")), {
          minLength: 1,
          maxLength: 6,
        }),
        nesting
      )
      .map(([tree, gaps, wrap]) => writeJsonTree(tree, gaps, wrap)),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(jsonTree(jsonScalar), fc.array(whitespace, { minLength: 1, maxLength: 6 }), fc.nat())
      .map(([tree, gaps, cut]): JsonFileText => {
        const { text } = writeJsonTree(tree, gaps, { depth: 0, arrays: false });
        return { text: text.slice(0, cut % Math.max(1, text.length)) };
      }),
    weight: 2,
  },
  {
    arbitrary: assessmentJsonText.map((text): JsonFileText => ({
      text,
      findings: { duplicateKeys: [], comments: 0, notANumbers: 0 },
    })),
    weight: 2,
  },
  {
    arbitrary: fc
      .string({ unit: fc.constantFrom(...'{}[]:,"\\/* \n0123.-eNaInfitysuก'), maxLength: 40 })
      .map((text): JsonFileText => ({ text })),
    weight: 1,
  }
);
