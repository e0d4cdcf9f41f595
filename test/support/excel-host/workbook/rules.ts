/** `Workbook`'s layer for the rules set on ranges: data validation and conditional formats. */

import { type Rect, contains, intersect, sameRect, subtract } from "../a1";
import { HostFailure } from "../errors";
import type { ConditionalFormatModel, SheetModel, ValidationArea } from "../model";
import { WorkbookReading } from "./reading";

export class WorkbookRules extends WorkbookReading {
  setValidation(sheet: SheetModel, rect: Rect, patch: Partial<ValidationArea>): void {
    this.assertEditable(sheet);
    const same = sheet.validations.find((area) => sameRect(area.rect, rect));
    const base = same ?? sheet.validations.find((area) => contains(area.rect, rect));
    const next: ValidationArea = dropUndefined({ ...(base ?? {}), ...patch, rect });
    sheet.validations = sheet.validations.flatMap((area) =>
      subtract(area.rect, rect).map((piece) => (sameRect(piece, area.rect) ? area : { ...area, rect: piece }))
    );
    sheet.validations.push(next);
  }

  clearValidation(sheet: SheetModel, rect: Rect): void {
    this.assertEditable(sheet);
    sheet.validations = sheet.validations.flatMap((area) =>
      subtract(area.rect, rect).map((piece) => (sameRect(piece, area.rect) ? area : { ...area, rect: piece }))
    );
  }

  /** The validation covering the whole range, undefined when none, null when the range is mixed. */
  validationOf(sheet: SheetModel, rect: Rect): ValidationArea | undefined | null {
    const touching = sheet.validations.filter((area) => intersect(area.rect, rect));
    if (touching.length === 0) return undefined;
    const covering = touching.find((area) => contains(area.rect, rect));
    return covering ?? null;
  }

  // ---- conditional formats -----------------------------------------------------------------------------

  addConditionalFormat(sheet: SheetModel, rect: Rect): ConditionalFormatModel {
    this.assertEditable(sheet);
    const model: ConditionalFormatModel = {
      serial: this.model.nextConditionalFormatSerial++,
      rect,
      type: "Custom",
    };
    sheet.conditionalFormats.push(model);
    return model;
  }

  conditionalFormatBySerial(serial: number): { sheet: SheetModel; format: ConditionalFormatModel } {
    for (const sheet of this.model.sheets) {
      const format = sheet.conditionalFormats.find((candidate) => candidate.serial === serial);
      if (format) return { sheet, format };
    }
    throw new HostFailure("ItemNotFound", "the conditional format was deleted");
  }

  updateConditionalFormat(
    serial: number,
    patch: (format: ConditionalFormatModel) => ConditionalFormatModel
  ): void {
    const { sheet, format } = this.conditionalFormatBySerial(serial);
    this.assertEditable(sheet);
    sheet.conditionalFormats = sheet.conditionalFormats.map((candidate) =>
      candidate === format ? patch(format) : candidate
    );
  }

  /**
   * Removes conditional formatting from `rect`: a format wholly inside goes, one that reaches outside keeps
   * the part outside (Excel's "Clear Rules from Selected Cells"; each remaining piece is a format of its own).
   */
  clearConditionalFormats(sheet: SheetModel, rect: Rect): void {
    this.assertEditable(sheet);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((format) => {
      const pieces = subtract(format.rect, rect);
      if (pieces.length === 1 && pieces[0] && sameRect(pieces[0], format.rect)) return [format];
      return pieces.map((piece) => ({
        ...format,
        serial: this.model.nextConditionalFormatSerial++,
        rect: piece,
      }));
    });
  }

  /** The conditional formats that touch `rect`, by priority. */
  conditionalFormatsIn(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((format) => intersect(format.rect, rect));
  }
}

export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
