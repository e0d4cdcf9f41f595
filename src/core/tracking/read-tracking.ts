/**
 * Reading a tracking sheet back (issue 14 point 3): every row matched to its measure by the hidden key,
 * every officer cell checked, every problem at its cell in Thai and English, all of them collected. The
 * implementation report is written only from a sheet that reads without a problem.
 */
import { cellAddress, CellPosition, quoteSheetName } from "../a1";
import type { ToolId } from "../frameworks";
import { exactToNumber } from "../exact";
import { issueAt, Problem, problem, quoteValue, Validated, ValidationIssue } from "../issues";
import { isBlank, parseNumber, trimPasted } from "../parse";
import { formatThaiDate, ThaiDate, toArabicDigits } from "../thai";
import { compareDates, fiscalYearSpan, parseCellDate } from "./cell-date";
import { locateTrackingSheet } from "./locate";
import { parseStatus, statusLabel, TrackingStatusId } from "./statuses";
import { parseMeasureKey, TrackedMeasure, TrackingAgency } from "./tracked-measure";
import {
  TRACKING_COLUMN_INDEX,
  TRACKING_COLUMN_ORDER,
  TRACKING_HEADERS,
  TrackingColumn,
} from "./tracking-sheet";

/** One measure's row as read: the measure, and what the officer reported on it. */
export interface TrackingRow extends TrackedMeasure {
  readonly status: TrackingStatusId;
  /** 0–100; a measure done with its progress left blank is at 100. Absent when left blank. */
  readonly progress?: number;
  readonly doneOn?: ThaiDate;
  readonly evidence: string;
  readonly obstacles: string;
  readonly note: string;
  /** The row on the sheet (0-based), for a host to point at it. */
  readonly sheetRow: number;
}

/** A tracking sheet as read: its agency, the year of its measures, and every measure in the plan's order. */
export interface Tracking {
  readonly sheetName: string;
  readonly agency: TrackingAgency;
  readonly fiscalYear: number;
  readonly rows: readonly TrackingRow[];
}

export interface TrackingReadOptions {
  /** Where `rows[0][0]` sits on the sheet (a used range need not start at A1). */
  readonly origin?: CellPosition;
  /** The date the report is as of: a measure cannot have been done after it. */
  readonly asOf?: ThaiDate;
  /**
   * What the workbook's measures are (the measures sheet beside it, or the pane's plan): a tracking sheet of
   * another agency or year is refused; different measures of the same year are a warning.
   */
  readonly expected?: {
    readonly agency?: string;
    readonly fiscalYear?: number;
    readonly measures?: readonly TrackedMeasure[];
  };
}

const cellText = (value: unknown): string =>
  typeof value === "string" ? trimPasted(value) : value === null || value === undefined ? "" : String(value);

const sameAgency = (a: string, b: string) =>
  toArabicDigits(a).replace(/\s+/g, "") === toArabicDigits(b).replace(/\s+/g, "");

const date = (d: ThaiDate) => formatThaiDate(d, "arabic");

/**
 * Reads a tracking sheet from its cells: the agency and year of its identity, and each measure's row with
 * its status, progress, done date, evidence, obstacles and notes; or every problem, each at its cell
 * (`'ติดตามมาตรการ ITA 2566'!G7`). Nothing is written.
 *
 * @example
 * trackingFromRows("ติดตามมาตรการ ITA 2566", rows, { asOf: { day: 31, month: 3, buddhistYear: 2566 } })
 */
export function trackingFromRows(
  sheetName: string,
  rows: readonly (readonly unknown[])[],
  options: TrackingReadOptions = {}
): Validated<Tracking> {
  const origin = options.origin ?? { row: 0, column: 0 };
  const sheet = quoteSheetName(sheetName);
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const cell = (row: number, column: number) =>
    `${sheet}!${cellAddress({ row: origin.row + row, column: origin.column + column })}`;
  const refuse = (row: number, column: number, what: Problem) =>
    issues.push(issueAt(cell(row, column), what));
  const warn = (row: number, column: number, what: Problem) =>
    warnings.push(issueAt(cell(row, column), what));
  const failed = (): Validated<Tracking> => ({ ok: false, issues, warnings });

  const located = locateTrackingSheet(rows);
  if (!located) {
    issues.push(
      issueAt(
        cell(0, 0),
        problem(
          "not-a-tracking-sheet",
          "แผ่นงานนี้ไม่มีรหัสประจำแผ่นงานติดตามมาตรการ (คอลัมน์ที่ซ่อนไว้ถูกลบหรือล้าง หรือไม่ใช่แผ่นงานติดตามมาตรการ) โปรดสร้างแผ่นงานติดตามใหม่จากมาตรการ",
          "this sheet carries no tracking identity (its hidden column was deleted or cleared, or it is no tracking sheet): generate the tracking sheet again from the measures"
        )
      )
    );
    return failed();
  }
  const { identity, keyColumn, headerRow, measuresEnd } = located;
  if (!located.identityReadable || identity.fiscalYear === undefined || identity.measures === undefined) {
    refuse(
      located.identityRow,
      keyColumn,
      problem(
        "tracking-identity-damaged",
        "รหัสประจำแผ่นงานติดตามมาตรการในช่องที่ซ่อนไว้ถูกแก้ไขจนอ่านไม่ได้ โปรดสร้างแผ่นงานติดตามใหม่จากมาตรการ (ข้อมูลที่กรอกไว้จะคงอยู่)",
        "the tracking sheet's hidden identity cell was edited and cannot be read: generate the tracking sheet again from the measures (what was typed is kept)"
      )
    );
    return failed();
  }
  const fiscalYear = identity.fiscalYear;
  // Named as the report names it: an agency without a name is "หน่วยงาน" on its measures sheet too.
  const agencyName = identity.agency?.agency?.trim() || "หน่วยงาน";

  const expected = options.expected;
  if (expected?.fiscalYear !== undefined && expected.fiscalYear !== fiscalYear) {
    refuse(
      0,
      0,
      problem(
        "tracking-other-year",
        `แผ่นงานติดตามนี้เป็นของมาตรการปีงบประมาณ ${fiscalYear} แต่มาตรการในสมุดงานเป็นของปี ${expected.fiscalYear} โปรดสร้างแผ่นงานติดตามจากมาตรการปี ${expected.fiscalYear}`,
        `this tracking sheet follows the measures of fiscal year ${fiscalYear}, but the workbook's measures are for ${expected.fiscalYear}: generate the tracking sheet from the ${expected.fiscalYear} measures`
      )
    );
  }
  if (expected?.agency !== undefined && !sameAgency(expected.agency, agencyName)) {
    refuse(
      0,
      0,
      problem(
        "tracking-other-agency",
        `แผ่นงานติดตามนี้เป็นของ${agencyName} แต่มาตรการในสมุดงานเป็นของ${expected.agency} อาจคัดลอกมาจากสมุดงานอื่น`,
        `this tracking sheet belongs to ${agencyName}, but the workbook's measures are ${expected.agency}'s: it may have been copied from another workbook`
      )
    );
  }
  if (identity.sheetName !== undefined && identity.sheetName !== sheetName) {
    warnings.push(
      issueAt(
        cell(0, 0),
        problem(
          "tracking-sheet-renamed",
          `แผ่นงานติดตามถูกเปลี่ยนชื่อจาก ${quoteSheetName(identity.sheetName)} จึงอ่านจากรหัสประจำแผ่นงานแทนชื่อ`,
          `the tracking sheet was renamed from ${quoteSheetName(identity.sheetName)}; it was found by its identity instead of its name`
        )
      )
    );
  }
  if (headerRow < 0) {
    refuse(
      located.identityRow,
      keyColumn,
      problem(
        "tracking-header-missing",
        `ไม่พบแถวหัวตารางของแผ่นงานติดตาม (แถวที่คอลัมน์ซ่อนมีคำว่า "${TRACKING_HEADERS.key}") โปรดสร้างแผ่นงานติดตามใหม่จากมาตรการ`,
        `the tracking sheet's header row (the one whose hidden column says "${TRACKING_HEADERS.key}") is missing: generate the tracking sheet again from the measures`
      )
    );
    return failed();
  }

  // ---- columns, by their headers ----------------------------------------------------------------------
  const header = rows[headerRow] ?? [];
  const at = {} as Record<TrackingColumn, number>;
  for (const column of TRACKING_COLUMN_ORDER) {
    const found = header.findIndex((value) => cellText(value) === TRACKING_HEADERS[column]);
    if (found >= 0) {
      at[column] = found;
      continue;
    }
    const where = keyColumn - TRACKING_COLUMN_INDEX.key + TRACKING_COLUMN_INDEX[column];
    refuse(
      headerRow,
      Math.max(0, where),
      problem(
        "tracking-column-missing",
        `ไม่พบคอลัมน์ "${TRACKING_HEADERS[column]}" ในแถวหัวตาราง (ถูกลบหรือเปลี่ยนชื่อ) โปรดคืนหัวคอลัมน์ตามเดิม`,
        `the column "${TRACKING_HEADERS[column]}" is missing from the header row (deleted or renamed): restore its header`
      )
    );
  }
  if (issues.length > 0) return failed();

  // ---- rows, matched by measure ----------------------------------------------------------------------
  const span = fiscalYearSpan(fiscalYear);
  const listed = identity.measures.flatMap((text, order) => {
    const key = parseMeasureKey(text);
    return key ? [{ ...key, order }] : [];
  });
  const listedByHash = new Map(listed.map((key) => [key.hash, key]));
  const foundRows = new Map<string, TrackingRow>();
  const foundIndex = new Map<string, number>();
  const visible = TRACKING_COLUMN_ORDER.filter((column) => column !== "key");

  for (let index = headerRow + 1; index < measuresEnd; index += 1) {
    const cells = rows[index] ?? [];
    const blank = [...visible.map((column) => cells[at[column]]), cells[keyColumn]].every(isBlank);
    if (blank) continue;
    const key = parseMeasureKey(cells[keyColumn]);
    const shown = toArabicDigits(cellText(cells[at.number]));
    if (!key) {
      refuse(
        index,
        at.number,
        problem(
          "measure-row-unkeyed",
          `แถวนี้ไม่ใช่มาตรการในแผน (เพิ่มขึ้นเอง หรือรหัสมาตรการในคอลัมน์ที่ซ่อนถูกลบ) มาตรการใหม่ให้เพิ่มในแผ่นงานมาตรการแล้วสร้างแผ่นงานติดตามใหม่`,
          `this row is not a measure of the plan (added by hand, or its hidden measure code was deleted): add a new measure to the measures sheet and generate the tracking sheet again`
        )
      );
      continue;
    }
    const listedKey = listedByHash.get(key.hash);
    if (!listedKey) {
      refuse(
        index,
        at.number,
        problem(
          "measure-row-unknown",
          `แถวนี้มีรหัสของมาตรการ ${key.number} ที่ไม่อยู่ในรายการมาตรการของแผ่นงานนี้ (อาจคัดลอกมาจากแผ่นงานอื่น)`,
          `this row carries the code of measure ${key.number}, which is not among this sheet's measures (copied from another sheet?)`
        )
      );
      continue;
    }
    const earlier = foundIndex.get(key.hash);
    if (earlier !== undefined) {
      refuse(
        index,
        at.number,
        problem(
          "measure-row-twice",
          `มาตรการ ${key.number} มีสองแถว (แถว ${origin.row + earlier + 1} และแถวนี้) โปรดลบแถวที่คัดลอกซ้ำ`,
          `measure ${key.number} has two rows (row ${origin.row + earlier + 1} and this one): delete the copied row`
        )
      );
      continue;
    }
    if (shown !== key.number) {
      foundIndex.set(key.hash, index);
      refuse(
        index,
        at.number,
        problem(
          "measure-row-moved",
          `แถวนี้แสดงมาตรการ ${quoteValue(cellText(cells[at.number]))} แต่รหัสในคอลัมน์ที่ซ่อนเป็นของมาตรการ ${key.number} แถวถูกเรียงหรือย้ายโดยไม่รวมคอลัมน์ที่ซ่อน โปรดเลิกทำ (Undo) การเรียงนั้น`,
          `this row shows measure ${quoteValue(cellText(cells[at.number]))} but its hidden code belongs to measure ${key.number}: the rows were sorted or moved without the hidden column; undo that sort`
        )
      );
      continue;
    }
    foundIndex.set(key.hash, index);
    const row = readRow(index, cells, `${key.number}#${key.hash}`, key.number);
    if (row) foundRows.set(key.hash, row);
  }

  // A measure whose row is gone: said at the row where it belongs, after the measure listed before it.
  let previousRow = headerRow;
  for (const key of listed) {
    const index = foundIndex.get(key.hash);
    if (index !== undefined) {
      previousRow = index;
      continue;
    }
    const label = identity.labels?.[key.order] ?? key.number;
    refuse(
      previousRow + 1,
      at.number,
      problem(
        "measure-row-missing",
        `ไม่พบแถวของมาตรการ ${label} (ถูกลบหรือรหัสในคอลัมน์ที่ซ่อนถูกล้าง) โปรดเลิกทำ (Undo) การลบ หรือสร้างแผ่นงานติดตามใหม่จากมาตรการ (ข้อมูลที่กรอกไว้จะคงอยู่)`,
        `the row of measure ${label} is missing (deleted, or its hidden code cleared): undo the deletion, or generate the tracking sheet again from the measures (what was typed is kept)`
      )
    );
  }
  const inSheetOrder = [...foundIndex.entries()].sort((a, b) => a[1] - b[1]).map(([hash]) => hash);
  const inPlanOrder = listed.map((key) => key.hash).filter((hash) => foundIndex.has(hash));
  if (issues.length === 0 && inSheetOrder.join() !== inPlanOrder.join()) {
    warnings.push(
      issueAt(
        `${sheet}!${cellAddress({ row: origin.row + headerRow + 1, column: origin.column })}:${cellAddress({
          row: origin.row + measuresEnd - 1,
          column: origin.column + keyColumn,
        })}`,
        problem(
          "measure-rows-reordered",
          "แถวของมาตรการถูกเรียงลำดับใหม่ จึงจับคู่แต่ละแถวกับมาตรการด้วยรหัส และรายงานตามลำดับของแผน",
          "the measure rows were reordered: each row was matched to its measure by its code, and the report follows the plan's order"
        )
      )
    );
  }
  if (expected?.measures !== undefined && issues.length === 0) {
    const plannedHashes = expected.measures.map((measure) => measure.key.slice(measure.key.indexOf("#") + 1));
    if (plannedHashes.join() !== listed.map((key) => key.hash).join()) {
      warnings.push(
        issueAt(
          cell(0, 0),
          problem(
            "tracking-measures-changed",
            "มาตรการในสมุดงานเปลี่ยนไปหลังจากสร้างแผ่นงานติดตามนี้ รายงานจะเป็นไปตามแผ่นงานติดตาม หากต้องการให้ตรงกับมาตรการปัจจุบัน โปรดสร้างแผ่นงานติดตามใหม่ (ข้อมูลที่กรอกไว้จะคงอยู่)",
            "the workbook's measures changed after this tracking sheet was made: the report follows the tracking sheet; to follow the current measures, generate the tracking sheet again (what was typed is kept)"
          )
        )
      );
    }
  }
  if (issues.length > 0) return failed();
  return {
    ok: true,
    value: {
      sheetName,
      agency: identity.agency ?? {},
      fiscalYear,
      rows: listed.flatMap((key) => {
        const row = foundRows.get(key.hash);
        return row ? [row] : [];
      }),
    },
    warnings,
  };

  function readRow(
    index: number,
    cells: readonly unknown[],
    key: string,
    number: string
  ): TrackingRow | undefined {
    const before = issues.length;
    const tool = cellText(cells[at.tool]).toUpperCase();
    if (tool !== "IIT" && tool !== "EIT" && tool !== "OIT") {
      refuse(
        index,
        at.tool,
        problem(
          "unknown-tool",
          `${quoteValue(cells[at.tool])} ไม่ใช่ด้าน IIT, EIT หรือ OIT`,
          `${quoteValue(cells[at.tool])} is not IIT, EIT or OIT`
        )
      );
    }
    const deadline = parseCellDate(cells[at.deadline]);
    if (!deadline.ok) refuse(index, at.deadline, deadline.problem);

    const status = parseStatus(cells[at.status]);
    if (!status.ok) refuse(index, at.status, status.problem);

    let progress: number | undefined;
    const progressCell = cells[at.progress];
    if (!isBlank(progressCell)) {
      const parsed = parseNumber(progressCell);
      if (!parsed.ok) {
        refuse(
          index,
          at.progress,
          problem(
            "progress-not-a-number",
            `${quoteValue(progressCell)} ไม่ใช่ตัวเลขความก้าวหน้า (0–100)`,
            `${quoteValue(progressCell)} is not a progress figure (0–100)`
          )
        );
      } else {
        progress = exactToNumber(parsed.value);
        if (progress < 0 || progress > 100) {
          refuse(
            index,
            at.progress,
            problem(
              "progress-out-of-range",
              `ความก้าวหน้า ${quoteValue(progressCell)} อยู่นอกช่วง 0–100`,
              `the progress ${quoteValue(progressCell)} is outside 0–100`
            )
          );
        }
      }
    }
    if (status.ok && progress !== undefined && progress >= 0 && progress <= 100) {
      if (progress === 100 && status.value !== "done" && status.value !== "cancelled") {
        refuse(
          index,
          at.progress,
          problem(
            "progress-contradicts-status",
            `ความก้าวหน้าร้อยละ 100 แต่สถานะเป็น "${statusLabel(status.value)}" หากเสร็จแล้วให้เลือกสถานะ "${statusLabel("done")}" หากยังไม่เสร็จให้แก้ตัวเลขความก้าวหน้า`,
            `the progress is 100 % but the status is "${statusLabel(status.value)}": if it is finished choose "${statusLabel("done")}", otherwise correct the progress`
          )
        );
      } else if (progress === 0 && status.value === "done") {
        refuse(
          index,
          at.progress,
          problem(
            "progress-contradicts-status",
            `สถานะเป็น "${statusLabel("done")}" แต่ความก้าวหน้าร้อยละ 0 โปรดแก้ความก้าวหน้าเป็น 100 หรือแก้สถานะ`,
            `the status is "${statusLabel("done")}" but the progress is 0 %: set the progress to 100 or correct the status`
          )
        );
      } else if (progress > 0 && status.value === "not-started") {
        warn(
          index,
          at.progress,
          problem(
            "progress-without-start",
            `สถานะเป็น "${statusLabel("not-started")}" แต่ความก้าวหน้าร้อยละ ${progress} ควรเลือกสถานะ "${statusLabel("in-progress")}"`,
            `the status is "${statusLabel("not-started")}" but the progress is ${progress} %: the status is probably "${statusLabel("in-progress")}"`
          )
        );
      }
    }

    let doneOn: ThaiDate | undefined;
    const doneCell = cells[at.doneOn];
    if (!isBlank(doneCell)) {
      const parsed = parseCellDate(doneCell);
      if (!parsed.ok) {
        refuse(index, at.doneOn, parsed.problem);
      } else if (compareDates(parsed.value, span.from) < 0 || compareDates(parsed.value, span.to) > 0) {
        refuse(
          index,
          at.doneOn,
          problem(
            "done-date-outside-year",
            `วันที่แล้วเสร็จ ${date(parsed.value)} อยู่นอกปีงบประมาณ ${fiscalYear} (${date(span.from)} ถึง ${date(span.to)})`,
            `the date done, ${date(parsed.value)}, is outside fiscal year ${fiscalYear} (${date(span.from)} to ${date(span.to)})`
          )
        );
      } else if (options.asOf && compareDates(parsed.value, options.asOf) > 0) {
        refuse(
          index,
          at.doneOn,
          problem(
            "done-date-after-as-of",
            `วันที่แล้วเสร็จ ${date(parsed.value)} อยู่หลังวันที่ของข้อมูลในรายงาน (${date(options.asOf)})`,
            `the date done, ${date(parsed.value)}, is after the report's as-of date (${date(options.asOf)})`
          )
        );
      } else {
        doneOn = parsed.value;
      }
    }
    if (status.ok && status.value === "done" && isBlank(doneCell)) {
      warn(
        index,
        at.doneOn,
        problem(
          "done-without-date",
          "สถานะแล้วเสร็จแต่ไม่ได้ระบุวันที่แล้วเสร็จ",
          "the measure is done but the date it was done is blank"
        )
      );
    }
    if (
      status.ok &&
      doneOn !== undefined &&
      (status.value === "not-started" || status.value === "in-progress")
    ) {
      warn(
        index,
        at.doneOn,
        problem(
          "date-without-done",
          `มีวันที่แล้วเสร็จแต่สถานะเป็น "${statusLabel(status.value)}"`,
          `a date done is given but the status is "${statusLabel(status.value)}"`
        )
      );
    }
    if (issues.length > before || !deadline.ok || !status.ok) return undefined;
    return {
      key,
      number,
      tool: tool as ToolId,
      // The measure's own texts were written in the sheet's digits: read back in Arabic, as the plan has them.
      issue: toArabicDigits(cellText(cells[at.issue])),
      action: toArabicDigits(cellText(cells[at.action])),
      responsible: toArabicDigits(cellText(cells[at.responsible])),
      deadline: deadline.value,
      status: status.value,
      ...(progress !== undefined ? { progress } : status.value === "done" ? { progress: 100 } : {}),
      ...(doneOn ? { doneOn } : {}),
      evidence: cellText(cells[at.evidence]),
      obstacles: cellText(cells[at.obstacles]),
      note: cellText(cells[at.note]),
      sheetRow: origin.row + index,
    };
  }
}
