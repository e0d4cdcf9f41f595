/**
 * The item table of a framework sheet read back: IIT/EIT items grouped by indicator, OIT items by
 * sub-indicator, and OIT items whose grouping is not known yet; with the rows each came from.
 */
import { problem } from "../issues";
import { isBlank, parseItemCode } from "../parse";
import { toArabicDigits } from "../thai";
import { cellText, FrameworkSheetCells, SheetRow } from "./framework-sheet-cells";
import { UngroupedOitItem } from "./types";

/** An OIT sub-indicator as read so far: its items and the rows they came from. */
export interface SubIndicatorRows {
  readonly sub: { id: string; indicator: number; nameTh: string };
  readonly items: { code: string; nameTh: string }[];
  readonly rows: number[];
}

/** What the item table holds. */
export interface ItemRows {
  /** OIT items without a sub-indicator, each with its row. */
  readonly ungrouped: { item: UngroupedOitItem; index: number }[];
  /** IIT/EIT item codes by indicator, each with its row. */
  readonly groups: Map<number, { codes: string[]; rows: number[] }>;
  readonly subs: Map<string, SubIndicatorRows>;
  /** The OIT codes as typed: all with a capital O means the year prints them so (O25). */
  readonly typedOitCodes: string[];
}

/** The items of the table, in sheet order. */
export function readItems(reader: FrameworkSheetCells, rows: readonly SheetRow[]): ItemRows {
  const { read, wholeNumber, report, warn } = reader;
  const typedOitCodes: string[] = [];
  // A row with a sub-indicator is an OIT item of that sub-indicator; an o-code without one is an
  // OIT item whose grouping is not known (its indicator may be blank); otherwise an IIT/EIT item.
  const ungrouped: { item: UngroupedOitItem; index: number }[] = [];
  const groups = new Map<number, { codes: string[]; rows: number[] }>();
  const subs = new Map<string, SubIndicatorRows>();
  for (const row of rows) {
    const code = read(row, 0, parseItemCode(row.cells[0]));
    if (code?.startsWith("o")) typedOitCodes.push(cellText(row.cells[0]));
    const subId = toArabicDigits(cellText(row.cells[2]));
    if (code?.startsWith("o") && subId === "") {
      const placed = isBlank(row.cells[1]) ? undefined : wholeNumber(row, 1, "ตัวชี้วัด", "indicator");
      if (!isBlank(row.cells[1]) && placed === undefined) continue;
      ungrouped.push({
        item: {
          code,
          nameTh: cellText(row.cells[4]),
          ...(placed === undefined ? {} : { indicator: placed }),
        },
        index: row.index,
      });
      continue;
    }
    const indicator = wholeNumber(row, 1, "ตัวชี้วัด", "indicator");
    if (code === undefined || indicator === undefined) continue;
    if (subId === "") {
      const group = groups.get(indicator) ?? { codes: [], rows: [] };
      groups.set(indicator, group);
      group.codes.push(code);
      group.rows.push(row.index);
      continue;
    }
    const entry = subs.get(subId) ?? {
      sub: { id: subId, indicator, nameTh: cellText(row.cells[3]) },
      items: [],
      rows: [],
    };
    subs.set(subId, entry);
    if (entry.sub.indicator !== indicator) {
      report(
        row.index,
        1,
        problem(
          "sub-indicator-moved",
          `ตัวชี้วัดย่อย ${subId} อยู่ในตัวชี้วัดที่ ${entry.sub.indicator} ในแถวก่อนหน้า ไม่ใช่ ${indicator}`,
          `the sub-indicator ${subId} is under indicator ${entry.sub.indicator} in earlier rows, not ${indicator}`
        )
      );
    }
    const subName = cellText(row.cells[3]);
    if (entry.sub.nameTh === "") entry.sub.nameTh = subName;
    else if (subName !== "" && subName !== entry.sub.nameTh) {
      warn(
        row.index,
        3,
        problem(
          "sub-indicator-renamed",
          `ชื่อตัวชี้วัดย่อย ${subId} ต่างจากแถวก่อนหน้า ใช้ชื่อแรก "${entry.sub.nameTh}"`,
          `the name of sub-indicator ${subId} differs from earlier rows; the first, "${entry.sub.nameTh}", is used`
        )
      );
    }
    entry.items.push({ code, nameTh: cellText(row.cells[4]) });
    entry.rows.push(row.index);
  }
  return { ungrouped, groups, subs, typedOitCodes };
}
