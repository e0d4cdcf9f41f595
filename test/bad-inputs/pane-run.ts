/**
 * How a pane case runs: on a fresh in-memory Excel host, the snapshot before and after the real action,
 * and what the officer is shown; `refused` and `accepted` make a case of a scenario.
 */
import { parseRangeReference, Validated } from "../../src/core";
import { createExcelHost, ExcelHost, ExcelHostOptions } from "../support/excel-host";
import type { BadInputCase, Observed, SeenMessage } from "./catalogue";

interface Scenario {
  readonly options?: ExcelHostOptions;
  /** The officer's workbook: test controls, and earlier actions (insert the input sheet, Analyze once). */
  readonly setup: (host: ExcelHost) => unknown;
  /** The action under test, with the outcome the pane shows. */
  readonly act: () => Promise<Validated<unknown>>;
}

export const seen = (location: string, th: string, en: string): SeenMessage => ({ location, th, en });

/** Runs a scenario on a fresh host: the snapshot before the action, the outcome, the snapshot after. */
async function play(scenario: Scenario) {
  const host = createExcelHost(scenario.options);
  const uninstall = host.install();
  try {
    host.setActiveSheet("Sheet1");
    await scenario.setup(host);
    const before = host.snapshot();
    const outcome = await scenario.act();
    return { outcome, changes: host.diffSnapshots(before, host.snapshot()) };
  } finally {
    uninstall();
  }
}

/** "Sheet1!F4 value (none) → 3.28" is inside "Sheet1!F3:I13"; a line about anything else is not. */
function insideBlock(line: string, block: string): boolean {
  const match = /^((?:'(?:[^']|'')+'|[^\s!']+)![A-Z]+\d+) /.exec(line);
  const cell = match ? parseRangeReference(match[1] ?? "") : undefined;
  const range = parseRangeReference(block);
  if (!cell || !range || cell.sheet.toLowerCase() !== range.sheet.toLowerCase()) return false;
  const { row, column } = cell.start;
  return (
    row >= range.start.row &&
    row <= range.end.row &&
    column >= range.start.column &&
    column <= range.end.column
  );
}

/**
 * What the officer sees after the action. Refused: the first issue, and every workbook change (there must
 * be none). Accepted: the first warning (or a note that there was none), and the changes outside the output
 * block the action declared (the add-in's own record of the block, the hidden name "ITA_Output", belongs to
 * the output).
 */
async function observe(scenario: Scenario): Promise<Observed> {
  const { outcome, changes } = await play(scenario);
  if (!outcome.ok) {
    const first = outcome.issues[0];
    return {
      refused: true,
      message: seen(first?.location ?? "", first?.messageTh ?? "", first?.messageEn ?? ""),
      changes,
    };
  }
  const output = (outcome.value as { outputAddress?: string }).outputAddress ?? "";
  const warning = outcome.warnings[0];
  return {
    refused: false,
    message: warning
      ? seen(warning.location, warning.messageTh, warning.messageEn)
      : seen("", "รับข้อมูลโดยไม่มีคำเตือน", "accepted without a warning"),
    changes: changes.filter((line) => !insideBlock(line, output) && !/^name ITA_Output(_\d+)? /.test(line)),
  };
}

export const refused = (
  id: string,
  kind: { th: string; en: string },
  example: string,
  expected: SeenMessage,
  scenario: Scenario
): BadInputCase => ({
  id: `pane-${id}`,
  surface: "pane",
  kind,
  example,
  outcome: "refused",
  expected,
  run: () => observe(scenario),
});

export const accepted = (
  id: string,
  kind: { th: string; en: string },
  example: string,
  expected: SeenMessage,
  scenario: Scenario
): BadInputCase => ({
  id: `pane-${id}`,
  surface: "pane",
  kind,
  example,
  outcome: "accepted",
  expected,
  run: () => observe(scenario),
});

export const NOT_WRITTEN_TH = "ระบบยังไม่ได้เขียนข้อมูลใด ๆ";
