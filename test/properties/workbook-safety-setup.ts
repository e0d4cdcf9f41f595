/**
 * Workbook safety, as properties over random workbooks and random requests, on the strict in-memory host:
 *
 * 1. An action changes nothing outside what it declares: Analyze its output block, the report its sheets,
 *    the input sheet its new sheet, many agencies its output block and summary sheet, Find scores fills only.
 * 2. A refused action (ok: false) changes nothing at all.
 * 3. Analyze then Generate report, run twice, leave the same workbook as run once.
 * 4. A user's sheet is never deleted or renamed, even when it holds a name a generated sheet would take.
 * 5. Text written into a cell (agency names, pasted labels, the catalogue) never becomes a formula.
 *
 * Each property notes the defect in src/ it exists to catch. fast-check prints the seed and the shrunk
 * counterexample on failure; `fc.assert(..., { seed, path })` replays it.
 *
 * The seed is fixed, as the fuzz tests' is, so that `npm test` checks the same workbooks on every machine and
 * a failure on CI is one a developer's run repeats; `ITA_PROPERTY_SEED=<n>` explores other workbooks.
 *
 * This module is what the property files share: the run counts and the seed, a workbook built and installed
 * for the code under test, and `checkedAction`, which holds one action to properties 1, 2, 4 and 5, with
 * what each action declares. The properties: declared-outputs.test.ts, report-sheets.test.ts (1, 2, 4, 5),
 * idempotence.test.ts (3), user-sheets-session.test.ts (4 over a session).
 */
import fc from "fast-check";
import type { Validated } from "../../src/core";
import { GENERATED_SHEETS_KEY } from "../../src/excel/report/generated-sheets";
import type { ExcelHost, WorkbookSnapshot } from "../support/excel-host";
import { cellName, quoteSheetName } from "../support/excel-host/a1";
import { buildWorkbook, WorkbookSeed } from "./generators";
import {
  Allowance,
  CellRect,
  formulasWritten,
  issuesOf,
  lostSheets,
  NOTHING,
  outsideAllowance,
  rectOf,
  sheetIdNamed,
} from "./safety-checks";

/**
 * Runs per property, sized so the file takes seconds in `npm test` on a slow 2-core machine. For a deeper
 * search, `ITA_PROPERTY_SCALE=20 npx jest test/properties` multiplies them.
 */
const SCALE = Math.max(1, Number(process.env.ITA_PROPERTY_SCALE ?? "1") || 1);
export const runs = (count: number) => ({ numRuns: count * SCALE });
export const TIMEOUT_MS = 60_000 * SCALE;

/** Every property's seed (fast-check would otherwise draw one from the clock each run). */
// An empty variable counts as unset, not as seed 0 (Number("") is 0).
const SEED = Number(process.env.ITA_PROPERTY_SEED || 20250601);
if (!Number.isSafeInteger(SEED))
  throw new Error(`ITA_PROPERTY_SEED must be an integer, not "${process.env.ITA_PROPERTY_SEED}"`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: SEED });

/** Builds the workbook, puts the host on the globals for the code under test, and always takes it off. */
export async function withWorkbook<T>(
  seed: WorkbookSeed,
  extras: Parameters<typeof buildWorkbook>[1],
  body: (host: ExcelHost) => Promise<T>
): Promise<T> {
  const host = await buildWorkbook(seed, extras);
  const uninstall = host.install();
  try {
    return await body(host);
  } finally {
    uninstall();
  }
}

/** A workbook of one empty sheet, "Sheet1", as Excel starts one. */
export const BARE_WORKBOOK: WorkbookSeed = {
  sheets: [{ name: "Sheet1", cells: [], isProtected: false, merges: [] }],
  names: [],
  activeSheet: 0,
  atomicSync: true,
  evaluateFormulas: false,
};

interface Checked<T> {
  readonly outcome: Validated<T>;
  readonly before: WorkbookSnapshot;
  readonly after: WorkbookSnapshot;
}

/** How many checked actions wrote and how many refused: a property whose runs all refuse proves little. */
interface Tally {
  wrote: number;
  refused: number;
}

export const newTally = (): Tally => ({ wrote: 0, refused: 0 });

interface CheckOptions {
  /** Sheets the add-in generated before this step: it may replace them or rename them back. */
  readonly generatedEarlier?: ReadonlySet<string>;
  readonly tally?: Tally;
}

/**
 * Runs one action between two snapshots and holds it to properties 1, 2, 4 and 5. `allowanceFor` turns
 * what the action declared (its outcome) into what it may change. Every sheet that is not in
 * `generatedEarlier` is the user's.
 */
export async function checkedAction<T>(
  host: ExcelHost,
  action: () => Promise<Validated<T>>,
  allowanceFor: (value: T, before: WorkbookSnapshot, after: WorkbookSnapshot) => Allowance,
  { generatedEarlier = new Set(), tally }: CheckOptions = {}
): Promise<Checked<T>> {
  const before = host.snapshot();
  const outcome = await action();
  const after = host.snapshot();
  if (!outcome.ok) {
    if (tally) tally.refused += 1;
    // Property 2: refused means untouched, to the last setting and selection.
    const diff = host.diffSnapshots(before, after);
    const refused = issuesOf(outcome);
    expect({ refused, changes: diff.length, first: diff.slice(0, 10) }).toEqual({
      refused,
      changes: 0,
      first: [],
    });
    return { outcome, before, after };
  }
  if (tally) tally.wrote += 1;
  const allowance = allowanceFor(outcome.value, before, after);
  // Property 4: the sheets an action may rewrite are ones it generated now or earlier, never the user's.
  const claimedUserSheets = before.sheets
    .filter((sheet) => !generatedEarlier.has(sheet.id) && allowance.sheets.has(sheet.id))
    .map((sheet) => `'${sheet.name}' (${sheet.id})`);
  expect(claimedUserSheets).toEqual([]);
  expect(lostSheets(before, after, generatedEarlier)).toEqual([]);
  // Property 1: outside the declared output, the workbook reads as it did.
  expect(outsideAllowance(after, allowance)).toEqual(outsideAllowance(before, allowance));
  // Property 5: no formula where the action wrote text.
  expect(formulasWritten(before, after, allowance)).toEqual([]);
  return { outcome, before, after };
}

/** "Sheet1!B2" for a cell of a sheet, quoted as the host wants it. */
export const cellOn = (sheet: string, row: number, column: number): string =>
  `${quoteSheetName(sheet)}!${cellName(row, column)}`;

// ---- allowances: what each action declares -----------------------------------------------------------

export function rectsOn(snapshot: WorkbookSnapshot, address: string): Map<string, CellRect[]> {
  const { sheet, rect } = rectOf(address);
  return new Map([[sheetIdNamed(snapshot, sheet), [rect]]]);
}

export function analyzeAllowance(
  value: { outputAddress: string; mode: string },
  _b: WorkbookSnapshot,
  after: WorkbookSnapshot
): Allowance {
  const cells = rectsOn(after, value.outputAddress);
  return {
    ...NOTHING,
    cells,
    names: (name) => /^ITA_Output(_\d+)?$/.test(name),
    formulaCells: value.mode === "formulas" ? cells : new Map(),
  };
}

/** The sheets a report declares (by their names once written), which must be new or its own earlier ones. */
export function reportAllowance(
  value: { sheets: readonly { name: string }[] },
  _b: WorkbookSnapshot,
  after: WorkbookSnapshot
): Allowance {
  return {
    ...NOTHING,
    sheets: new Set(value.sheets.map((sheet) => sheetIdNamed(after, sheet.name))),
    names: (name) => name.startsWith("ITA_Report_"),
    settings: [GENERATED_SHEETS_KEY],
    activeSheet: true,
  };
}

export function newNames(before: WorkbookSnapshot, pattern: RegExp): (name: string) => boolean {
  const had = new Set(before.names.map((item) => item.name.toLowerCase()));
  return (name) => !had.has(name.toLowerCase()) && pattern.test(name);
}

export function inputSheetAllowance(
  value: { sheetName: string },
  before: WorkbookSnapshot,
  after: WorkbookSnapshot
): Allowance {
  return {
    ...NOTHING,
    sheets: new Set([sheetIdNamed(after, value.sheetName)]),
    names: newNames(before, /^ITA_(Scores|Previous|Items)_\d+(_\d+)?$/),
    activeSheet: true,
  };
}
