/**
 * The header row of a file of agencies (one agency per row): which column holds what. English and Thai
 * names are accepted, in any case, with or without spaces, with a byte-order mark or Thai digits.
 */
import { issueAt, problem, ValidationIssue } from "../issues";
import { toArabicDigits } from "../thai";

/** What a column of the agencies file holds. */
type NamedKind = "agency" | "type" | "province" | "fiscalYear" | "previousFiscalYear";

export type BatchField =
  { readonly kind: NamedKind } | { readonly kind: "score" | "previousScore"; readonly indicator: number };

/** A recognised column: its 0-based position, its header as written, and what it holds. */
export interface BatchColumn {
  readonly index: number;
  readonly header: string;
  readonly field: BatchField;
}

export interface BatchColumns {
  readonly agency: BatchColumn;
  readonly fiscalYear: BatchColumn;
  readonly type?: BatchColumn;
  readonly province?: BatchColumn;
  readonly previousFiscalYear?: BatchColumn;
  /** Indicator number → column, this year and the previous year. */
  readonly scores: ReadonlyMap<number, BatchColumn>;
  readonly previousScores: ReadonlyMap<number, BatchColumn>;
}

/** The indicator columns every file must have: ind1 … ind10. */
export const BATCH_INDICATORS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const NAMED: ReadonlyMap<string, NamedKind> = new Map<string, NamedKind>([
  ["agency", "agency"],
  ["agencyname", "agency"],
  ["name", "agency"],
  ["หน่วยงาน", "agency"],
  ["ชื่อหน่วยงาน", "agency"],
  ["type", "type"],
  ["agencytype", "type"],
  ["ประเภท", "type"],
  ["ประเภทหน่วยงาน", "type"],
  ["province", "province"],
  ["จังหวัด", "province"],
  ["fiscalyear", "fiscalYear"],
  ["year", "fiscalYear"],
  ["ปีงบประมาณ", "fiscalYear"],
  ["ปีงบ", "fiscalYear"],
  ["ปี", "fiscalYear"],
  ["previousfiscalyear", "previousFiscalYear"],
  ["prevfiscalyear", "previousFiscalYear"],
  ["previousyear", "previousFiscalYear"],
  ["prevyear", "previousFiscalYear"],
  ["ปีก่อน", "previousFiscalYear"],
  ["ปีงบประมาณก่อน", "previousFiscalYear"],
  ["ปีงบประมาณก่อนหน้า", "previousFiscalYear"],
  ["ปีงบประมาณปีก่อน", "previousFiscalYear"],
]);

const SCORE = /^(?:ind|indicator|ตัวชี้วัดที่|ตัวชี้วัด)(\d{1,2})$/;
const PREVIOUS_SCORE =
  /^(?:prev|previous|prevind|previousind|previndicator|previousindicator|ปีก่อน|ปีก่อนตัวชี้วัดที่|ปีก่อนตัวชี้วัด)(\d{1,2})$|^(?:ตัวชี้วัดที่|ตัวชี้วัด)(\d{1,2})(?:ปีก่อน|prev|previous)$/;

/** A header as compared: no BOM, no spaces or punctuation, lower case, Arabic digits. */
export function normalizeHeader(header: string): string {
  return toArabicDigits(header)
    .replace(/[\s\u00a0\u200b\ufeff_\-.:()]/g, "")
    .toLowerCase();
}

/** What a header names, or `undefined` for a column the batch does not read. */
export function fieldOfHeader(header: string): BatchField | undefined {
  const key = normalizeHeader(header);
  const named = NAMED.get(key);
  if (named) return { kind: named };
  const score = SCORE.exec(key);
  if (score) return { kind: "score", indicator: Number(score[1]) };
  const previous = PREVIOUS_SCORE.exec(key);
  if (previous) return { kind: "previousScore", indicator: Number(previous[1] ?? previous[2]) };
  return undefined;
}

function keyOf(field: BatchField): string {
  return field.kind === "score" || field.kind === "previousScore"
    ? `${field.kind}${field.indicator}`
    : field.kind;
}

/** The location of a header cell: row 1 and its header. */
function headerLocation(headerRow: number, header: string): string {
  return `แถว ${headerRow} (row ${headerRow}), ${header}`;
}

/**
 * Reads the header row. Returns the columns, or the problems: a required column (agency, fiscalYear,
 * ind1…ind10) missing, or a column given twice. Columns the batch does not know are reported as warnings.
 *
 * @example batchColumnsOf(["agency", "fiscalYear", "ind1", …, "ind10"], 1)
 */
export function batchColumnsOf(
  headers: readonly unknown[],
  headerRow: number
): {
  readonly columns?: BatchColumns;
  readonly issues: ValidationIssue[];
  readonly warnings: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const found = new Map<string, BatchColumn>();
  headers.forEach((raw, index) => {
    const header =
      typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
    if (header.replace(/\ufeff/g, "").trim() === "") return;
    const field = fieldOfHeader(header);
    const at = headerLocation(headerRow, header);
    const validIndicator =
      field === undefined ||
      !(field.kind === "score" || field.kind === "previousScore") ||
      BATCH_INDICATORS.includes(field.indicator);
    if (!field || !validIndicator) {
      warnings.push(
        issueAt(
          at,
          problem(
            "unknown-column",
            `ไม่รู้จักคอลัมน์ ${JSON.stringify(header)} จึงข้ามไป`,
            `unknown column ${JSON.stringify(header)} is ignored`
          )
        )
      );
      return;
    }
    const key = keyOf(field);
    const earlier = found.get(key);
    if (earlier) {
      issues.push(
        issueAt(
          at,
          problem(
            "duplicate-column",
            `คอลัมน์ ${JSON.stringify(header)} ซ้ำกับ ${JSON.stringify(earlier.header)}`,
            `column ${JSON.stringify(header)} repeats ${JSON.stringify(earlier.header)}`
          )
        )
      );
      return;
    }
    found.set(key, { index, header, field });
  });
  const required: readonly [string, string, string][] = [
    ["agency", "agency (หน่วยงาน)", "agency"],
    ["fiscalYear", "fiscalYear (ปีงบประมาณ)", "fiscalYear"],
    ...BATCH_INDICATORS.map((n): [string, string, string] => [
      `score${n}`,
      `ind${n} (ตัวชี้วัดที่ ${n})`,
      `ind${n}`,
    ]),
  ];
  for (const [key, th, en] of required) {
    if (found.has(key)) continue;
    issues.push(
      issueAt(
        `แถว ${headerRow} (row ${headerRow})`,
        problem("missing-column", `ไม่มีคอลัมน์ ${th} ในแถวหัวตาราง`, `the header row has no column ${en}`)
      )
    );
  }
  const agency = found.get("agency");
  const fiscalYear = found.get("fiscalYear");
  if (issues.length > 0 || !agency || !fiscalYear) return { issues, warnings };
  const byIndicator = (kind: "score" | "previousScore") =>
    new Map(
      [...found.values()].flatMap((column) =>
        column.field.kind === kind ? [[column.field.indicator, column] as const] : []
      )
    );
  return {
    issues,
    warnings,
    columns: {
      agency,
      fiscalYear,
      type: found.get("type"),
      province: found.get("province"),
      previousFiscalYear: found.get("previousFiscalYear"),
      scores: byIndicator("score"),
      previousScores: byIndicator("previousScore"),
    },
  };
}

/** True when a row looks like the header of an agencies file (agency, fiscal year and ind1 present). */
export function isBatchHeader(cells: readonly unknown[]): boolean {
  const kinds = new Set(
    cells
      .map((cell) => (typeof cell === "string" ? fieldOfHeader(cell) : undefined))
      .map((f) => f && keyOf(f))
  );
  return kinds.has("agency") && kinds.has("fiscalYear") && kinds.has("score1");
}
