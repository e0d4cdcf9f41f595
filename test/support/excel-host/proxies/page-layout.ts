/** `worksheet.pageLayout` and its headers and footers. */

import { isWholeRows } from "../a1";
import { HostFailure } from "../errors";
import type { HeaderFooterPart, PageLayoutModel, PageZoom } from "../model";
import type { Workbook } from "../workbook";
import { ofType, oneOf } from "./arguments";
import { type Bound, ClientObject, cloneInput, derive, expose, type HostRequestContext } from "./base";
import type { RangeObject } from "./range";
import { checkSameContext, rangeOnSheet } from "./range-argument";

// ---- page layout (ExcelApi 1.9) ---------------------------------------------------------------------

const orientations = ["Portrait", "Landscape"];
/** Excel.PaperType values the host accepts. */
export const paperTypes = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
];
const marginNames = [
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
] as const;
type MarginName = (typeof marginNames)[number];

function margin(value: unknown, what: string): number {
  const points = ofType<number>(value, "number", what);
  if (points < 0) throw new HostFailure("InvalidArgument", `${what} ${points}`);
  return points;
}

/**
 * Zoom is either a scale (10–400 %) or a fit to pages. A fit of 0 pages in one direction means "automatic"
 * (as many pages as needed), as in Excel's page setup and OOXML's fitToHeight="0".
 */
function zoomOptions(value: unknown): PageZoom {
  if (!value || typeof value !== "object") throw new HostFailure("InvalidArgument", "zoom must be an object");
  const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw new HostFailure("InvalidArgument", `zoom has no ${Object.keys(rest).join(", ")}`);
  const pages = (n: unknown, what: string) => {
    if (n === undefined || n === null) return undefined;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      throw new HostFailure("InvalidArgument", `${what} ${JSON.stringify(n)}`);
    return n;
  };
  const horizontal = pages(horizontalFitToPages, "horizontalFitToPages");
  const vertical = pages(verticalFitToPages, "verticalFitToPages");
  if (scale !== undefined && scale !== null) {
    if (horizontal !== undefined || vertical !== undefined)
      throw new HostFailure("InvalidArgument", "zoom takes a scale or a fit to pages, not both");
    if (typeof scale !== "number" || scale < 10 || scale > 400)
      throw new HostFailure("InvalidArgument", `zoom scale ${JSON.stringify(scale)}`);
    return { scale };
  }
  if (horizontal === undefined && vertical === undefined)
    throw new HostFailure("InvalidArgument", "zoom needs a scale or a fit to pages");
  return { horizontalFitToPages: horizontal ?? 0, verticalFitToPages: vertical ?? 0 };
}

export class PageLayoutObject extends ClientObject<string> {
  readonly _scalarNames = ["orientation", "paperSize", ...marginNames, "zoom"] as const;
  private _headersFooters: HeaderFooterGroupObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "PageLayout", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    const layout = workbook.requireSheet(id).pageLayout;
    if (property === "zoom") return { ...layout.zoom };
    if ((this._scalarNames as readonly string[]).includes(property))
      return layout[property as keyof PageLayoutModel];
    return super._readScalar(workbook, id, property);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { headersFooters: () => this.headersFooters };
  }
  private _update(
    location: string,
    value: unknown,
    patch: (layout: PageLayoutModel) => PageLayoutModel
  ): void {
    this._queue(location, value, (wb, id) => wb.updatePageLayout(wb.requireSheet(id), patch));
  }
  private _margin(name: MarginName, value: number): void {
    this._update(name, value, (layout) => ({ ...layout, [name]: margin(value, name) }));
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(value: string) {
    this._update("orientation", value, (layout) => ({
      ...layout,
      orientation: oneOf(value, orientations, "orientation"),
    }));
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(value: string) {
    this._update("paperSize", value, (layout) => ({
      ...layout,
      paperSize: oneOf(value, paperTypes, "paperSize"),
    }));
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(value: number) {
    this._margin("topMargin", value);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this._margin("bottomMargin", value);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(value: number) {
    this._margin("leftMargin", value);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(value: number) {
    this._margin("rightMargin", value);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(value: number) {
    this._margin("headerMargin", value);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(value: number) {
    this._margin("footerMargin", value);
  }
  get zoom(): PageZoom {
    return this._get("zoom");
  }
  /** Set as a whole object (`zoom = {...}`), as the API reference requires. */
  set zoom(value: PageZoom) {
    const data = cloneInput(value);
    this._update("zoom", data, (layout) => ({ ...layout, zoom: zoomOptions(data) }));
  }

  get headersFooters(): HeaderFooterGroupObject {
    return (this._headersFooters ??= expose(
      new HeaderFooterGroupObject(
        this.context,
        derive(this, (_wb, id) => id)
      ),
      "HeaderFooterGroup"
    ));
  }

  /** The rows repeated on every printed page; the range must be whole rows ("$1:$3"). */
  setPrintTitleRows(printTitleRows: RangeObject | string): void {
    checkSameContext(this.context, printTitleRows, "PageLayout.setPrintTitleRows");
    this._queue(
      "setPrintTitleRows",
      typeof printTitleRows === "string" ? printTitleRows : "(Range)",
      (wb, id) => {
        const rect = rangeOnSheet(wb, id, printTitleRows, "the print title rows");
        if (!isWholeRows(rect))
          throw new HostFailure("InvalidArgument", "print title rows must be whole rows");
        wb.updatePageLayout(wb.requireSheet(id), (layout) => ({ ...layout, printTitleRows: rect }));
      }
    );
  }

  setPrintArea(printArea: RangeObject | string): void {
    checkSameContext(this.context, printArea, "PageLayout.setPrintArea");
    this._queue("setPrintArea", typeof printArea === "string" ? printArea : "(Range)", (wb, id) => {
      const rects =
        typeof printArea === "string"
          ? printArea.split(",").map((part) => rangeOnSheet(wb, id, part.trim(), "the print area"))
          : [rangeOnSheet(wb, id, printArea, "the print area")];
      wb.updatePageLayout(wb.requireSheet(id), (layout) => ({ ...layout, printArea: rects }));
    });
  }

  setPrintMargins(
    unit: string,
    options: Partial<Record<"top" | "bottom" | "left" | "right" | "header" | "footer", number>>
  ): void {
    const data = cloneInput(options) as Record<string, unknown>;
    this._update("setPrintMargins", { unit, options: data }, (layout) => {
      const factor: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
      const scale = factor[oneOf(unit, Object.keys(factor), "margin unit")] ?? 1;
      const next: Record<string, unknown> = { ...layout };
      for (const [key, value] of Object.entries(data)) {
        const name = `${key}Margin`;
        if (!(marginNames as readonly string[]).includes(name))
          throw new HostFailure("InvalidArgument", `margin '${key}'`);
        next[name] = margin(value, name) * scale;
      }
      return next as unknown as PageLayoutModel;
    });
  }
}

const headerFooterStates = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];

/** The default header/footer, the first page's own, and which of them print (`state`); odd/even are not modelled. */
export class HeaderFooterGroupObject extends ClientObject<string> {
  readonly _scalarNames = ["state"] as const;
  private _default: HeaderFooterObject | undefined = undefined;
  private _first: HeaderFooterObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "HeaderFooterGroup", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (property === "state") return workbook.requireSheet(id).pageLayout.headerFooterState;
    return super._readScalar(workbook, id, property);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { defaultForAllPages: () => this.defaultForAllPages, firstPage: () => this.firstPage };
  }
  get state(): string {
    return this._get("state");
  }
  set state(value: string) {
    this.context._requireApi("HeaderFooterGroup.state");
    this._queue("state", value, (wb, id) =>
      wb.updatePageLayout(wb.requireSheet(id), (layout) => ({
        ...layout,
        headerFooterState: oneOf(value, headerFooterStates, "header/footer state"),
      }))
    );
  }
  get defaultForAllPages(): HeaderFooterObject {
    return (this._default ??= expose(
      new HeaderFooterObject(
        this.context,
        derive(this, (_wb, id) => id),
        "headersFooters"
      ),
      "HeaderFooter"
    ));
  }
  get firstPage(): HeaderFooterObject {
    return (this._first ??= expose(
      new HeaderFooterObject(
        this.context,
        derive(this, (_wb, id) => id),
        "firstPageHeadersFooters"
      ),
      "HeaderFooter"
    ));
  }
}

const headerFooterParts: readonly HeaderFooterPart[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

export class HeaderFooterObject extends ClientObject<string> {
  readonly _scalarNames = headerFooterParts;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<string>,
    readonly _which: "headersFooters" | "firstPageHeadersFooters"
  ) {
    super(context, "HeaderFooter", resolve);
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (headerFooterParts.includes(property as HeaderFooterPart))
      return workbook.requireSheet(id).pageLayout[this._which][property as HeaderFooterPart];
    return super._readScalar(workbook, id, property);
  }
  private _part(part: HeaderFooterPart, value: unknown): void {
    this._queue(part, value, (wb, id) =>
      wb.updatePageLayout(wb.requireSheet(id), (layout) => {
        const text = ofType<string>(value, "string", part);
        const sections = { ...layout[this._which], [part]: text };
        // Excel stores a page's header (and its footer) as one "&L…&C…&R…" string of at most 255
        // characters ([MS-OI29500] 2.1.651, [MS-XLSB] 2.5.73; audit B3): the limit is on the assembled
        // string, codes counted, not on each section.
        const side = part.endsWith("Header") ? "Header" : "Footer";
        const assembled = (["left", "center", "right"] as const)
          .map((where) => {
            const section = (sections as Record<string, string | undefined>)[`${where}${side}`] ?? "";
            return section === "" ? "" : `&${where[0]?.toUpperCase() ?? ""}${section}`;
          })
          .join("");
        if (assembled.length > 255) {
          throw new HostFailure(
            "InvalidArgument",
            `the assembled page ${side.toLowerCase()} is longer than 255 characters`
          );
        }
        return { ...layout, [this._which]: sections };
      })
    );
  }
  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(value: string) {
    this._part("leftHeader", value);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(value: string) {
    this._part("centerHeader", value);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(value: string) {
    this._part("rightHeader", value);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(value: string) {
    this._part("leftFooter", value);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(value: string) {
    this._part("centerFooter", value);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(value: string) {
    this._part("rightFooter", value);
  }
}
