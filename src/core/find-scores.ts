/**
 * Finding indicator scores wherever an officer pasted them: a report's comparison table (rank order, Thai
 * digits, signed changes), its per-tool tables, the NACC's result page. The whole used range is scanned;
 * every number read is tied to an indicator name and a year from its table's header, and the figures the
 * block states about itself (changes, tool scores, the total) are checked, not believed.
 */
import { CellPosition } from "./a1";
import { ItemEntry } from "./assessment";
import {
  Exact,
  exactCompare,
  exactFraction,
  exactInteger,
  exactSubtract,
  roundHalfUpToString,
} from "./exact";
import {
  Column,
  Header,
  headerColumn,
  hasLetters,
  indicatorNamed,
  ITEM_CODE_LEAD,
  MAX_LABEL_LENGTH,
  toolInLabel,
  TOTAL_WORDS,
} from "./find-scores-labels";
import {
  CONFLICTING_SCORE,
  FoundCheck,
  FoundIndicator,
  FoundScores,
  FoundValue,
  UnmatchedCell,
} from "./find-scores-types";
import { Framework, ToolId } from "./frameworks";
import { issueAt, problem, quoteValue, Validated, ValidationIssue } from "./issues";
import { digitForLetterSuggestion, parseOitResult, parseScore } from "./parse";
import { cleaned, isFiller, numberIn, textOf } from "./pasted-cells";
import { toolScore, weightedTotal } from "./score";
import { sheetCellAddress } from "./score-block";

export { CONFLICTING_SCORE } from "./find-scores-types";
export type { FoundCheck, FoundIndicator, FoundScores, FoundValue, UnmatchedCell } from "./find-scores-types";

/** A stated figure may differ from the computed one by rounding to 2 decimals, no more. */
const TOLERANCE = exactFraction(BigInt(1), BigInt(100));
/** How far above a row its table's header may be. */
const MAX_TABLE_ROWS = 20;

function differsBeyondTolerance(a: Exact, b: Exact): boolean {
  const difference = exactSubtract(a, b);
  const magnitude = exactCompare(difference, exactInteger(0)) < 0 ? exactSubtract(b, a) : difference;
  return exactCompare(magnitude, TOLERANCE) > 0;
}

function formatted(value: Exact): string {
  return roundHalfUpToString(value, 2);
}

/**
 * Scans a grid of cells (a sheet's used range) for the indicator scores it holds, one column per year
 * when a header row names years ("คะแนน ๒๕๖๔", 2565), else a single score column for the framework's year.
 * A change column is checked against the two years beside it, tool scores and a total against the core's
 * arithmetic. Returns problems only when no indicator score nor item result is found; disagreements and unknown
 * labels are part of the result, for the officer to judge.
 *
 * @example findScores("Sheet1", { row: 0, column: 0 }, [["การใช้อำนาจ", "๘๗.๕๓"]], FY2565)
 * // found: [{ indicator: 3, values: [{ year: 2565, cell: "Sheet1!B1", score: 87.53 }] }]
 */
export function findScores(
  sheet: string,
  origin: CellPosition,
  values: readonly (readonly unknown[])[],
  framework: Framework
): Validated<FoundScores> {
  const at = (row: number, column: number): CellPosition => ({
    row: origin.row + row,
    column: origin.column + column,
  });
  const address = (row: number, column: number) => sheetCellAddress(sheet, at(row, column));
  const cell = (row: number, column: number): unknown => values[row]?.[column];
  const width = (row: number) => values[row]?.length ?? 0;
  const isSeparator = (row: number) => (values[row] ?? []).every(isFiller);

  const headers = new Map<number, Header>();
  const headerProblems: ValidationIssue[] = [];
  values.forEach((line, row) => {
    const columns = new Map<number, Column>();
    line.forEach((value, column) => {
      const kind = headerColumn(value);
      if (kind) columns.set(column, kind);
    });
    const namesAYear = [...columns.values()].some((column) => column.kind !== "change");
    if (!namesAYear || !line.every((value) => numberIn(value) === undefined || headerColumn(value))) return;
    // Two columns that both stand for "this year" (or both for "last year") cannot be told apart.
    for (const previous of [false, true]) {
      const alike = [...columns].filter(([, kind]) => kind.kind === "score" && kind.previous === previous);
      if (alike.length < 2) continue;
      for (const [column] of alike) columns.set(column, { kind: "unreadable" });
    }
    for (const [column, kind] of columns) {
      if (kind.kind !== "unreadable") continue;
      const text = String(line[column]);
      headerProblems.push(
        issueAt(
          address(row, column),
          kind.commonEraYear !== undefined
            ? problem(
                "common-era-header",
                `หัวคอลัมน์ ${quoteValue(text)} ระบุปี ${kind.commonEraYear} ซึ่งเป็นปีคริสต์ศักราช จึงไม่ได้อ่านคอลัมน์นี้ โปรดแก้เป็นปีพุทธศักราช (${kind.commonEraYear + 543})`,
                `the column headed ${quoteValue(text)} names ${kind.commonEraYear}, a Common-Era year, so it was not read: write the Buddhist-era year (${kind.commonEraYear + 543})`
              )
            : problem(
                "year-less-columns",
                `หัวคอลัมน์ ${quoteValue(text)} ไม่ระบุปี และตารางนี้มีคอลัมน์คะแนนที่ไม่ระบุปีมากกว่าหนึ่งคอลัมน์ จึงไม่ได้อ่าน เพราะบอกไม่ได้ว่าคอลัมน์ใดเป็นของปีใด โปรดเพิ่มปีในหัวตาราง เช่น "คะแนน ๒๕๖๕"`,
                `the column headed ${quoteValue(text)} names no year, and so does another score column of this table: neither was read, since which is which year cannot be told. Add the years to the header, e.g. "คะแนน ๒๕๖๕"`
              )
        )
      );
    }
    headers.set(row, { row, columns });
  });

  /** The header of the table a row belongs to: the nearest header above, with no blank row between. */
  const headerAbove = (row: number, labelColumn: number): Header | undefined => {
    for (let above = row - 1; above >= 0 && above >= row - MAX_TABLE_ROWS; above -= 1) {
      const header = headers.get(above);
      if (header) return [...header.columns.keys()].some((c) => c > labelColumn) ? header : undefined;
      const separatorOrContinued = isSeparator(above)
        ? /-/.test((values[above] ?? []).map(String).join(""))
        : true;
      if (!separatorOrContinued) return undefined;
    }
    return undefined;
  };

  const scores = new Map<number, Map<number, FoundValue>>();
  const labels = new Map<number, { cell: string; position: CellPosition }>();
  const checks: FoundCheck[] = [];
  const unmatched: UnmatchedCell[] = [];
  const mismatches: ValidationIssue[] = [];
  const items: ItemEntry[] = [];
  const pendingChanges: { indicator: number; row: number; column: number; stated: Exact; years: number[] }[] =
    [];
  const pendingTotals: {
    kind: "tool" | "total";
    subject: string;
    row: number;
    column: number;
    stated: Exact;
    year: number;
  }[] = [];

  const yearOf = (column: Column): number | undefined =>
    column.kind === "year"
      ? column.year
      : column.kind === "score"
        ? framework.fiscalYear - (column.previous ? 1 : 0)
        : undefined;

  /** The year-columns of a row: from its header, or the one number right of the label when there is none. */
  const valueCells = (row: number, labelColumn: number): { column: number; kind: Column }[] => {
    const header = headerAbove(row, labelColumn);
    if (header) {
      return [...header.columns]
        .filter(([column]) => column > labelColumn)
        .map(([column, kind]) => ({ column, kind }));
    }
    const numbers: number[] = [];
    for (let column = labelColumn + 1; column < width(row); column += 1) {
      if (numberIn(cell(row, column)) !== undefined) numbers.push(column);
    }
    return numbers.length === 1
      ? [{ column: numbers[0] ?? 0, kind: { kind: "score", previous: false } }]
      : [];
  };

  const record = (
    indicator: number,
    year: number,
    row: number,
    column: number,
    score: Exact,
    assumedYear: boolean
  ) => {
    const perYear = scores.get(indicator) ?? new Map<number, FoundValue>();
    scores.set(indicator, perYear);
    const earlier = perYear.get(year);
    if (earlier && differsBeyondTolerance(earlier.score, score)) {
      mismatches.push(
        issueAt(
          address(row, column),
          problem(
            CONFLICTING_SCORE,
            `ตัวชี้วัดที่ ${indicator} ปี ${year} มีคะแนน ${formatted(score)} ไม่ตรงกับ ${formatted(earlier.score)} ที่ ${earlier.cell}`,
            `indicator ${indicator}, ${year}: ${formatted(score)} here but ${formatted(earlier.score)} at ${earlier.cell}`
          )
        )
      );
    } else if (!earlier) {
      perYear.set(year, {
        year,
        cell: address(row, column),
        position: at(row, column),
        score,
        ...(assumedYear ? { assumedYear } : {}),
      });
    }
  };

  values.forEach((line, row) => {
    const texts = line
      .map((value, column) => ({ column, text: textOf(value) }))
      .filter((entry): entry is { column: number; text: string } => entry.text !== undefined);

    const itemCell = texts.find((entry) => ITEM_CODE_LEAD.test(entry.text));
    if (itemCell) {
      const match = ITEM_CODE_LEAD.exec(itemCell.text);
      for (let column = itemCell.column + 1; column < line.length; column += 1) {
        const value = cell(row, column);
        if (isFiller(value)) continue;
        if (parseScore(cleaned(value)).ok || parseOitResult(cleaned(value)).ok) {
          items.push({
            key: `${match?.[1] ?? ""}${match?.[2] ?? ""}`,
            value: cleaned(value),
            keyLocation: address(row, itemCell.column),
            valueLocation: address(row, column),
          });
          break;
        }
      }
      return;
    }

    // "1๒๘ 80.1": the seed's digit one for the letter I. Listed with the code it probably means, never read
    // as that item: the officer corrects the source.
    // Only the row's first text can be a code: a score written "1๐๐" further right is a score.
    const lead = texts[0];
    const misread = lead && digitForLetterSuggestion(lead.text) !== undefined ? lead : undefined;
    if (misread && line.some((_, column) => column > misread.column && !isFiller(cell(row, column)))) {
      unmatched.push({
        cell: address(row, misread.column),
        position: at(row, misread.column),
        text: misread.text,
        didYouMean: digitForLetterSuggestion(misread.text),
      });
      return;
    }

    const label = texts.find((entry) => indicatorNamed(entry.text, framework) !== undefined);
    if (label) {
      const indicator = indicatorNamed(label.text, framework) ?? 0;
      const columns = valueCells(row, label.column);
      const yearsHere: number[] = [];
      for (const { column, kind } of columns) {
        const year = yearOf(kind);
        const value = cell(row, column);
        if (year === undefined || isFiller(value)) continue;
        const score = parseScore(cleaned(value));
        if (!score.ok) {
          unmatched.push({ cell: address(row, column), position: at(row, column), text: String(value) });
          continue;
        }
        yearsHere.push(year);
        record(indicator, year, row, column, score.value, kind.kind === "score");
      }
      if (yearsHere.length > 0 && !labels.has(indicator)) {
        labels.set(indicator, { cell: address(row, label.column), position: at(row, label.column) });
      }
      for (const { column, kind } of columns) {
        const stated = numberIn(cell(row, column));
        if (kind.kind === "change" && stated !== undefined) {
          pendingChanges.push({ indicator, row, column, stated, years: [...yearsHere] });
        }
      }
      return;
    }

    const first = texts.find((entry) => entry.text.length <= MAX_LABEL_LENGTH && hasLetters(entry.text));
    if (!first) return;
    const header = headerAbove(row, first.column);
    const columns = valueCells(row, first.column);
    const stated = columns
      .map(({ column, kind }) => ({ column, year: yearOf(kind), value: numberIn(cell(row, column)) }))
      .filter((entry) => entry.year !== undefined && entry.value !== undefined);
    if (stated.length === 0) return;
    const tool = toolInLabel(first.text, framework);
    const kind = TOTAL_WORDS.test(first.text) ? "total" : tool ? "tool" : undefined;
    if (kind) {
      for (const entry of stated) {
        pendingTotals.push({
          kind,
          subject: kind === "total" ? "total" : (tool ?? ""),
          row,
          column: entry.column,
          stated: entry.value ?? exactInteger(0),
          year: entry.year ?? framework.fiscalYear,
        });
      }
    } else if (header) {
      unmatched.push({ cell: address(row, first.column), position: at(row, first.column), text: first.text });
    }
  });

  const scoreOf = (indicator: number, year: number) => scores.get(indicator)?.get(year)?.score;

  for (const change of pendingChanges) {
    const [older, newer] = [...change.years].sort((a, b) => a - b).slice(-2);
    const current = newer !== undefined ? scoreOf(change.indicator, newer) : undefined;
    const previous = older !== undefined && older !== newer ? scoreOf(change.indicator, older) : undefined;
    if (!current || !previous) continue;
    const computed = exactSubtract(current, previous);
    const agrees = !differsBeyondTolerance(computed, change.stated);
    checks.push({
      kind: "change",
      subject: String(change.indicator),
      cell: address(change.row, change.column),
      position: at(change.row, change.column),
      stated: change.stated,
      computed,
      agrees,
    });
    if (!agrees) {
      mismatches.push(
        issueAt(
          address(change.row, change.column),
          problem(
            "change-mismatch",
            `การเปลี่ยนแปลงของตัวชี้วัดที่ ${change.indicator} เขียนว่า ${formatted(change.stated)} แต่ ${newer} − ${older} = ${formatted(computed)}`,
            `the change of indicator ${change.indicator} says ${formatted(change.stated)} but ${newer} − ${older} is ${formatted(computed)}`
          )
        )
      );
    }
  }

  for (const total of pendingTotals) {
    const yearScores = new Map<number, Exact>();
    for (const indicator of framework.indicators) {
      const score = scoreOf(indicator.number, total.year);
      if (score) yearScores.set(indicator.number, score);
    }
    const needed = framework.indicators.filter(
      (indicator) => total.kind === "total" || indicator.tool === total.subject
    );
    if (!needed.every((indicator) => yearScores.has(indicator.number))) continue;
    const computed =
      total.kind === "total"
        ? weightedTotal(framework, {
            IIT: toolScore(framework, yearScores, "IIT"),
            EIT: toolScore(framework, yearScores, "EIT"),
            OIT: toolScore(framework, yearScores, "OIT"),
          })
        : toolScore(framework, yearScores, total.subject as ToolId);
    const agrees = !differsBeyondTolerance(computed, total.stated);
    checks.push({
      kind: total.kind,
      subject: total.subject,
      cell: address(total.row, total.column),
      position: at(total.row, total.column),
      stated: total.stated,
      computed,
      agrees,
    });
    if (!agrees) {
      const what = total.kind === "total" ? "คะแนนรวม" : `คะแนน ${total.subject}`;
      const whatEn = total.kind === "total" ? "the total" : `the ${total.subject} score`;
      mismatches.push(
        issueAt(
          address(total.row, total.column),
          problem(
            `${total.kind}-mismatch`,
            `${what} ปี ${total.year} เขียนว่า ${formatted(total.stated)} แต่คำนวณจากคะแนนตัวชี้วัดได้ ${formatted(computed)}`,
            `${whatEn} of ${total.year} says ${formatted(total.stated)} but the indicator scores give ${formatted(computed)}`
          )
        )
      );
    }
  }

  const found: FoundIndicator[] = framework.indicators.flatMap((indicator) => {
    const perYear = scores.get(indicator.number);
    const label = labels.get(indicator.number);
    if (!perYear || perYear.size === 0 || !label) return [];
    return [
      {
        indicator: indicator.number,
        labelCell: label.cell,
        labelPosition: label.position,
        values: [...perYear.values()].sort((a, b) => a.year - b.year),
      },
    ];
  });
  if (found.length === 0 && items.length === 0) {
    return {
      ok: false,
      warnings: [],
      issues: [
        ...headerProblems,
        issueAt(
          sheet,
          problem(
            "no-scores-found",
            "ไม่พบชื่อตัวชี้วัดหรือรหัสข้อคำถามที่มีคะแนนอยู่ข้าง ๆ ในแผ่นงานนี้",
            "no indicator name or item code with a score beside it was found on this sheet"
          )
        ),
      ],
    };
  }
  const years = [...new Set(found.flatMap((entry) => entry.values.map((value) => value.year)))].sort(
    (a, b) => a - b
  );
  return {
    ok: true,
    warnings: [],
    value: { sheet, found, years, checks, unmatched, mismatches, unreadableColumns: headerProblems, items },
  };
}
