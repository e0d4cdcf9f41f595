/** A range's format: alignment, sizes, and its font, fill and borders. */

import { isUnbounded, MAX_COLUMNS, type Rect } from "../a1";
import { HostFailure } from "../errors";
import {
  type BorderSide,
  type CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
} from "../model";
import type { Workbook } from "../workbook";
import { color, ofType, oneOf, type RangeRef, sheetAndRect } from "./arguments";
import { type Bound, ClientObject, derive, expose, type HostRequestContext } from "./base";

// ---- formats -----------------------------------------------------------------------------------------

const horizontalAlignments = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const verticalAlignments = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class RangeFormatObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "columnWidth",
    "rowHeight",
    "useStandardWidth",
    "useStandardHeight",
  ] as const;
  private _font: RangeFontObject | undefined = undefined;
  private _fill: RangeFillObject | undefined = undefined;
  private _borders: RangeBorderCollectionObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFormat", resolve);
  }

  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const [sheet, rect] = sheetAndRect(workbook, ref);
    switch (property) {
      case "horizontalAlignment":
        return workbook.uniformStyle(sheet, rect, (s) => s.horizontalAlignment, "General");
      case "verticalAlignment":
        return workbook.uniformStyle(sheet, rect, (s) => s.verticalAlignment, "Bottom");
      case "wrapText":
        return workbook.uniformStyle(sheet, rect, (s) => s.wrapText, false);
      case "columnWidth":
        return workbook.shownSize(sheet, "columns", rect.left, rect.right);
      case "rowHeight":
        return workbook.shownSize(sheet, "rows", rect.top, rect.bottom);
      case "useStandardWidth":
      case "useStandardHeight": {
        const columns = property === "useStandardWidth";
        const sizes = columns ? sheet.columnWidths : sheet.rowHeights;
        const [from, to] = columns ? [rect.left, rect.right] : [rect.top, rect.bottom];
        const custom = [...sizes.keys()].filter((index) => index >= from && index <= to).length;
        if (custom === 0) return true;
        return custom === to - from + 1 && workbook.uniformSize(sizes, from, to, 0) !== null ? false : null;
      }
    }
    return super._readScalar(workbook, ref, property);
  }

  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      font: () => this.font,
      fill: () => this.fill,
      borders: () => this.borders,
    };
  }

  private _style(location: string, value: unknown, patch: (style: CellStyle) => CellStyle): void {
    this._queue(location, value, (wb, ref) => wb.updateStyle(...sheetAndRect(wb, ref), patch));
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._style("horizontalAlignment", value, (s) => ({
      ...s,
      horizontalAlignment: oneOf(value, horizontalAlignments, "horizontalAlignment"),
    }));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._style("verticalAlignment", value, (s) => ({
      ...s,
      verticalAlignment: oneOf(value, verticalAlignments, "verticalAlignment"),
    }));
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._style("wrapText", value, (s) => ({
      ...s,
      wrapText: ofType<boolean>(value, "boolean", "wrapText"),
    }));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._queue("columnWidth", value, (wb, ref) =>
      wb.setSizes(wb.requireSheet(ref.sheetId), "columns", ref.rect.left, ref.rect.right, value)
    );
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._queue("rowHeight", value, (wb, ref) =>
      wb.setSizes(wb.requireSheet(ref.sheetId), "rows", ref.rect.top, ref.rect.bottom, value)
    );
  }

  get useStandardWidth(): boolean {
    this.context._requireApi("RangeFormat.useStandardWidth");
    return this._get("useStandardWidth");
  }
  /** Only `true` does anything (Office.js: "setting it to false has no effect"): the columns go back to standard. */
  set useStandardWidth(value: boolean) {
    this.context._requireApi("RangeFormat.useStandardWidth");
    this._queue("useStandardWidth", value, (wb, ref) => {
      if (ofType<boolean>(value, "boolean", "useStandardWidth"))
        wb.setSizes(
          wb.requireSheet(ref.sheetId),
          "columns",
          ref.rect.left,
          ref.rect.right,
          DEFAULT_COLUMN_WIDTH
        );
    });
  }
  get useStandardHeight(): boolean {
    this.context._requireApi("RangeFormat.useStandardHeight");
    return this._get("useStandardHeight");
  }
  set useStandardHeight(value: boolean) {
    this.context._requireApi("RangeFormat.useStandardHeight");
    this._queue("useStandardHeight", value, (wb, ref) => {
      if (ofType<boolean>(value, "boolean", "useStandardHeight"))
        wb.setSizes(wb.requireSheet(ref.sheetId), "rows", ref.rect.top, ref.rect.bottom, DEFAULT_ROW_HEIGHT);
    });
  }

  get font(): RangeFontObject {
    return (this._font ??= expose(
      new RangeFontObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeFont"
    ));
  }
  get fill(): RangeFillObject {
    return (this._fill ??= expose(
      new RangeFillObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeFill"
    ));
  }
  get borders(): RangeBorderCollectionObject {
    return (this._borders ??= expose(
      new RangeBorderCollectionObject(
        this.context,
        derive(this, (_wb, ref) => ref)
      ),
      "RangeBorderCollection"
    ));
  }

  autofitColumns(): void {
    this.context._requireApi("RangeFormat.autofitColumns");
    this._queue("autofitColumns", null, (wb, ref) => wb.autofit(...sheetAndRect(wb, ref), "columns"));
  }
  autofitRows(): void {
    this.context._requireApi("RangeFormat.autofitRows");
    this._queue("autofitRows", null, (wb, ref) => wb.autofit(...sheetAndRect(wb, ref), "rows"));
  }
}

export class RangeFontObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["bold", "italic", "color", "name", "size"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFont", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const [sheet, rect] = sheetAndRect(workbook, ref);
    switch (property) {
      case "bold":
        return workbook.uniformStyle(sheet, rect, (s) => s.bold, false);
      case "italic":
        return workbook.uniformStyle(sheet, rect, (s) => s.italic, false);
      case "color":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontColor, DEFAULT_FONT.color);
      case "name":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontName, DEFAULT_FONT.name);
      case "size":
        return workbook.uniformStyle(sheet, rect, (s) => s.fontSize, DEFAULT_FONT.size);
    }
    return super._readScalar(workbook, ref, property);
  }
  private _style(location: string, value: unknown, patch: (style: CellStyle) => CellStyle): void {
    this._queue(location, value, (wb, ref) => wb.updateStyle(...sheetAndRect(wb, ref), patch));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (s) => ({ ...s, bold: ofType<boolean>(value, "boolean", "bold") }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (s) => ({ ...s, italic: ofType<boolean>(value, "boolean", "italic") }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => ({ ...s, fontColor: color(value) }));
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._style("name", value, (s) => ({ ...s, fontName: ofType<string>(value, "string", "font name") }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._style("size", value, (s) => {
      const size = ofType<number>(value, "number", "font size");
      if (size < 1 || size > 409) throw new HostFailure("InvalidArgument", `font size ${size}`);
      return { ...s, fontSize: size };
    });
  }
}

/** Excel.FillPattern, in Excel's order: the names a fill pattern may have. */
export const FILL_PATTERNS: readonly string[] = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];

export class RangeFillObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["color", "pattern", "patternColor"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeFill", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    // Office.js reads a cell without fill as white.
    if (property === "color")
      return workbook.uniformStyle(...sheetAndRect(workbook, ref), (s) => s.fillColor, "#FFFFFF");
    if (property === "pattern")
      return workbook.uniformStyle(
        ...sheetAndRect(workbook, ref),
        (s) => s.fillPattern ?? (s.fillColor ? "Solid" : "None"),
        "None"
      );
    if (property === "patternColor")
      return workbook.uniformStyle(...sheetAndRect(workbook, ref), (s) => s.fillPatternColor, null);
    return super._readScalar(workbook, ref, property);
  }
  get color(): string {
    return this._get("color");
  }
  get pattern(): string {
    return this._get("pattern");
  }
  /** ExcelApi 1.9: a pattern over the fill; the host knows Excel's pattern names only. */
  set pattern(value: string) {
    this.context._requireApi("RangeFill.pattern");
    if (!FILL_PATTERNS.includes(value))
      throw new HostFailure("InvalidArgument", `'${value}' is not a fill pattern`);
    this._queue("pattern", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillPattern: value }))
    );
  }
  get patternColor(): string {
    return this._get("patternColor");
  }
  set patternColor(value: string) {
    this.context._requireApi("RangeFill.pattern");
    this._queue("patternColor", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillPatternColor: color(value) }))
    );
  }
  set color(value: string) {
    this._queue("color", value, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({ ...s, fillColor: color(value) }))
    );
  }
  clear(): void {
    this._queue("clear", null, (wb, ref) =>
      wb.updateStyle(...sheetAndRect(wb, ref), (s) => ({
        ...s,
        fillColor: undefined,
        fillPattern: undefined,
        fillPatternColor: undefined,
      }))
    );
  }
}

const borderEdges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
const borderStyles = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const borderWeights = ["Hairline", "Thin", "Medium", "Thick"];
type BorderRef = { ref: RangeRef; edge: string };

export class RangeBorderCollectionObject extends ClientObject<RangeRef> {
  readonly _scalarNames = [] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "RangeBorderCollection", resolve);
  }
  getItem(index: string): RangeBorderObject {
    return expose(
      new RangeBorderObject(
        this.context,
        derive(this, (_wb, ref) => {
          if (!borderEdges.includes(index)) {
            if (index === "DiagonalDown" || index === "DiagonalUp")
              throw new HostFailure("NotImplemented", `border ${index}`);
            throw new HostFailure("InvalidArgument", `border ${JSON.stringify(index)}`);
          }
          return { ref, edge: index };
        })
      ),
      "RangeBorder"
    );
  }
}

/** The cell sides an edge of a range stands for. */
function borderCells(rect: Rect, edge: string): { row: number; column: number; side: BorderSide }[] {
  const cells: { row: number; column: number; side: BorderSide }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      if (edge === "EdgeTop" && row === rect.top) cells.push({ row, column, side: "top" });
      if (edge === "EdgeBottom" && row === rect.bottom) cells.push({ row, column, side: "bottom" });
      if (edge === "EdgeLeft" && column === rect.left) cells.push({ row, column, side: "left" });
      if (edge === "EdgeRight" && column === rect.right) cells.push({ row, column, side: "right" });
      if (edge === "InsideHorizontal" && row < rect.bottom) cells.push({ row, column, side: "bottom" });
      if (edge === "InsideVertical" && column < rect.right) cells.push({ row, column, side: "right" });
    }
  }
  return cells;
}

export class RangeBorderObject extends ClientObject<BorderRef> {
  readonly _scalarNames = ["style", "color", "weight", "sideIndex"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<BorderRef>) {
    super(context, "RangeBorder", resolve);
  }
  override _readScalar(workbook: Workbook, border: BorderRef, property: string): unknown {
    if (property === "sideIndex") return border.edge;
    const [sheet] = sheetAndRect(workbook, border.ref);
    const fallback: Record<string, string> = { style: "None", color: "#000000", weight: "Thin" };
    const seen = new Set<string>();
    for (const { row, column, side } of borderCells(border.ref.rect, border.edge)) {
      const spec = sheet.cells.get(row * MAX_COLUMNS + column)?.style?.borders?.[side];
      seen.add((spec as Record<string, string> | undefined)?.[property] ?? fallback[property] ?? "");
    }
    return seen.size === 1 ? [...seen][0] : null;
  }
  private _set(property: "style" | "color" | "weight", value: unknown): void {
    this._queue(property, value, (wb, border) => {
      const normalized =
        property === "color"
          ? color(value)
          : oneOf(value, property === "style" ? borderStyles : borderWeights, `border ${property}`);
      const [sheet, rect] = sheetAndRect(wb, border.ref);
      if (isUnbounded(rect)) {
        throw new HostFailure("NotImplemented", "ExcelHost does not draw borders on whole rows or columns");
      }
      const targets = borderCells(rect, border.edge);
      for (const { row, column, side } of targets) {
        wb.updateStyle(sheet, { top: row, bottom: row, left: column, right: column }, (s) => ({
          ...s,
          borders: { ...s.borders, [side]: { ...s.borders?.[side], [property]: normalized } },
        }));
      }
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._set("style", value);
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(value: string) {
    this._set("weight", value);
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
}
