/** The host's workbook: the model, its computed values, and every operation the API proxies apply. */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import { type WorkbookModel, cloneWorkbook } from "./model";
import { WorkbookCells } from "./workbook/cells";

export type { GridProperty } from "./workbook/reading";

/**
 * The class is split by area under workbook/, as a chain of classes each adding one area's operations to the
 * one below it: sheets.ts (the state every layer shares, sheets, guards), names.ts, reading.ts, rules.ts
 * (validation, conditional formats), charts.ts (and page layout), hidden.ts (hidden rows and columns,
 * AutoFilter), cells.ts (writing), and this class on top. A layer calls only the layers below it, so the
 * files import one another in one direction. The methods are those of the one class before the split; the
 * only change is that the shared state (`computed`, `dirty`, `engine`) is `protected` instead of `private`,
 * so that the layers above the bottom one can use it.
 */
export class Workbook extends WorkbookCells {
  // ---- whole-workbook ----------------------------------------------------------------------------------

  checkpoint(): WorkbookModel {
    return cloneWorkbook(this.model);
  }

  restore(model: WorkbookModel): void {
    this.model = model;
    this.dirty = true;
  }
}

export function gridBounds(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
}
