/**
 * The tracking sheet drawn with ExcelJS from its layout (src/core/tracking/tracking-sheet.ts): values and
 * formulas, number formats (dates in the Thai calendar), data validation on the officer's columns, the
 * overdue rule, the hidden identity column, frozen header and the print setup. The add-in draws the same
 * layout with Office.js.
 */
import ExcelJS from "exceljs";
import type { CellStyle } from "../core/report/layout";
import { headerFooterText, MAX_HEADER_FOOTER_LENGTH } from "../core/report/header-footer";
import { columnLetters } from "../core/a1";
import type { Merge } from "../core/report/layout";
import type { TrackingRule, TrackingSheetLayout } from "../core/tracking/tracking-sheet";

const CM_PER_INCH = 2.54;
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function address(range: Merge): string {
  const from = `${columnLetters(range.column)}${range.row + 1}`;
  const to = `${columnLetters(range.column + range.columnCount - 1)}${range.row + range.rowCount}`;
  return from === to ? from : `${from}:${to}`;
}

function styleOf(style: CellStyle | undefined, fontName: string, fontSize: number): Partial<ExcelJS.Style> {
  const look = style ?? {};
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(look.horizontal ? { horizontal: look.horizontal } : {}),
    ...(look.vertical ? { vertical: look.vertical === "center" ? "middle" : "top" } : {}),
    ...(look.wrap ? { wrapText: true } : {}),
  };
  return {
    font: {
      name: fontName,
      size: look.fontSize ?? fontSize,
      ...(look.bold ? { bold: true } : {}),
      ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
    },
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } } } : {}),
    ...(look.border ? { border: { top: THIN, bottom: THIN, left: THIN, right: THIN } } : {}),
  };
}

/** A date as ExcelJS writes it into a validation: midnight UTC of that day. */
const utcDate = (date: { day: number; month: number; buddhistYear: number }) =>
  new Date(Date.UTC(date.buddhistYear - 543, date.month - 1, date.day));

function validationOf(rule: TrackingRule): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return { type: "date", operator: "between", formulae: [utcDate(rule.from), utcDate(rule.to)] };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

/**
 * Adds the tracking sheet to `workbook`: one worksheet named as the layout says. The workbook is set to
 * recalculate on opening, so the summary's TODAY() is the day the file is opened.
 *
 * @example drawTrackingSheet(workbook, trackingSheetLayout(plan, { digits: "thai" }))
 */
export function drawTrackingSheet(workbook: ExcelJS.Workbook, layout: TrackingSheetLayout): void {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 0 }],
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const column of layout.hiddenColumns) sheet.getColumn(column + 1).hidden = true;
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    if (cell.formula !== undefined) target.value = { formula: cell.formula.replace(/^=/, "") };
    // A string is written as a shared string, never as a formula, even when it starts with "=".
    else if (cell.value !== undefined) target.value = cell.value;
    target.style = {
      ...styleOf(cell.style, layout.fontName, layout.fontSize),
      ...(cell.numberFormat ? { numFmt: cell.numberFormat } : {}),
    };
  }
  for (const { row, points } of layout.rowHeights) sheet.getRow(row + 1).height = points;
  for (const merge of layout.merges) {
    sheet.mergeCells(
      merge.row + 1,
      merge.column + 1,
      merge.row + merge.rowCount,
      merge.column + merge.columnCount
    );
  }
  for (const validation of layout.validations) {
    const rule: ExcelJS.DataValidation = {
      ...validationOf(validation.rule),
      allowBlank: true,
      showInputMessage: true,
      promptTitle: validation.prompt.title,
      prompt: validation.prompt.message,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: validation.error.title,
      error: validation.error.message,
    };
    // Cell by cell: ExcelJS joins equal neighbours into one range when it writes the sheet.
    const { row, column, rowCount, columnCount } = validation.range;
    for (let r = row; r < row + rowCount; r += 1) {
      for (let c = column; c < column + columnCount; c += 1)
        sheet.getCell(r + 1, c + 1).dataValidation = rule;
    }
  }
  layout.conditionalFormats.forEach((format, i) => {
    sheet.addConditionalFormatting({
      ref: address(format.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
            font: { color: { argb: argb(format.fontColor) } },
          },
        },
      ],
    });
  });
  const inches = (cm: number) => cm / CM_PER_INCH;
  const { page } = layout;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToPagesWide,
    fitToHeight: 0,
    margins: {
      top: inches(page.margins.top),
      bottom: inches(page.margins.bottom),
      left: inches(page.margins.left),
      right: inches(page.margins.right),
      header: 0.3,
      footer: 0.3,
    },
  };
  const font = `&"${layout.fontName.replace(/"/g, "")},Regular"`;
  const header = `&C${font}`;
  sheet.headerFooter = {
    oddHeader: `${header}${headerFooterText(page.headerCenter, MAX_HEADER_FOOTER_LENGTH - header.length)}`,
    ...(page.footerPageNumbers ? { oddFooter: `&C${font}หน้า &P จาก &N` } : {}),
  };
}
