/** The parts of a chart: title, axes and their titles, data labels, the chart area's font, legend, series. */

import { HostFailure, propertyNotLoaded } from "../errors";
import type { LoadTree } from "../load";
import type { ChartAxisModel, ChartModel } from "../model";
import type { Workbook } from "../workbook";
import { ofType, oneOf } from "./arguments";
import { type Bound, ClientObject, derive, expose, type HostRequestContext, NULL_OBJECT } from "./base";

const legendPositions = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

/** A chart part (title, axis title, legend) bound to its chart's serial, with one reader and one writer. */
export abstract class ChartPartObject extends ClientObject<number> {
  abstract _read(chart: ChartModel, property: string): unknown;
  abstract _write(chart: ChartModel, property: string, value: unknown): ChartModel;

  override _readScalar(workbook: Workbook, serial: number, property: string): unknown {
    if (!this._scalarNames.includes(property)) return super._readScalar(workbook, serial, property);
    return this._read(workbook.chartBySerial(serial).chart, property);
  }
  _set(property: string, value: unknown): void {
    this._queue(property, value, (wb, serial) =>
      wb.updateChart(serial, (chart) => this._write(chart, property, value))
    );
  }
}

export class ChartTitleObject extends ChartPartObject {
  readonly _scalarNames = ["text", "visible"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartTitle", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "text" ? chart.title : chart.titleVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    // Setting a title's text shows it, as in Excel.
    if (property === "text")
      return { ...chart, title: ofType<string>(value, "string", "chart title"), titleVisible: true };
    return { ...chart, titleVisible: ofType<boolean>(value, "boolean", "title visible") };
  }
  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

export class ChartAxesObject extends ClientObject<number> {
  readonly _scalarNames = [] as const;
  private _category: ChartAxisObject | undefined = undefined;
  private _value: ChartAxisObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartAxes", resolve);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
  }
  get categoryAxis(): ChartAxisObject {
    return (this._category ??= expose(
      new ChartAxisObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        "category"
      ),
      "ChartAxis"
    ));
  }
  get valueAxis(): ChartAxisObject {
    return (this._value ??= expose(
      new ChartAxisObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        "value"
      ),
      "ChartAxis"
    ));
  }
}

const axisPositions = ["Automatic", "Maximum", "Minimum", "Custom"];
const axisProperties = [
  "reversePlotOrder",
  "position",
  "minimum",
  "maximum",
  "majorUnit",
  "numberFormat",
  "tickLabelSpacing",
] as const;
type AxisProperty = (typeof axisProperties)[number];

/** A number, or "" for Excel's automatic value (null in the model). */
function automaticOrNumber(value: unknown, what: string): number | null {
  if (value === "") return null;
  return ofType<number>(value, "number", what);
}

/**
 * A chart axis: its title, and its scale and labels. Minimum, maximum and major unit belong to a value
 * axis, label spacing to a category axis: the other axis refuses them (Excel has no such scale there).
 */
export class ChartAxisObject extends ChartPartObject {
  readonly _scalarNames = axisProperties;
  private _title: ChartAxisTitleObject | undefined = undefined;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<number>,
    readonly _axis: "category" | "value"
  ) {
    super(context, "ChartAxis", resolve);
  }
  private get _key(): "categoryAxis" | "valueAxis" {
    return this._axis === "category" ? "categoryAxis" : "valueAxis";
  }
  _read(chart: ChartModel, property: string): unknown {
    const value = chart[this._key][property as AxisProperty];
    // Office.js returns a number for an automatic scale; the host reads back what Excel would compute as 0.
    return value === null ? 0 : value;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const axis = chart[this._key];
    const valueOnly = property === "minimum" || property === "maximum" || property === "majorUnit";
    if (
      (valueOnly && this._axis !== "value") ||
      (property === "tickLabelSpacing" && this._axis !== "category")
    )
      throw new HostFailure("InvalidArgument", `a ${this._axis} axis has no ${property}`);
    let next: ChartAxisModel;
    switch (property as AxisProperty) {
      case "reversePlotOrder":
        next = { ...axis, reversePlotOrder: ofType<boolean>(value, "boolean", property) };
        break;
      case "position":
        next = { ...axis, position: oneOf(value, axisPositions, "axis position") };
        break;
      case "numberFormat":
        next = { ...axis, numberFormat: ofType<string>(value, "string", property) };
        break;
      case "majorUnit": {
        const unit = automaticOrNumber(value, property);
        if (unit !== null && unit <= 0) throw new HostFailure("InvalidArgument", `majorUnit ${unit}`);
        next = { ...axis, majorUnit: unit };
        break;
      }
      case "tickLabelSpacing": {
        const spacing = automaticOrNumber(value, property);
        if (spacing !== null && (!Number.isInteger(spacing) || spacing < 1 || spacing > 31999))
          throw new HostFailure("InvalidArgument", `tickLabelSpacing ${spacing}`);
        next = { ...axis, tickLabelSpacing: spacing };
        break;
      }
      default:
        next = { ...axis, [property]: automaticOrNumber(value, property) };
    }
    return { ...chart, [this._key]: next };
  }
  private _setGated(property: AxisProperty, value: unknown, api?: string): void {
    if (api) this.context._requireApi(api);
    this._set(property, value);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { title: () => this.title };
  }
  get title(): ChartAxisTitleObject {
    return (this._title ??= expose(
      new ChartAxisTitleObject(
        this.context,
        derive(this, (_wb, serial) => serial),
        this._axis
      ),
      "ChartAxisTitle"
    ));
  }
  get reversePlotOrder(): boolean {
    return this._get("reversePlotOrder");
  }
  set reversePlotOrder(value: boolean) {
    this._setGated("reversePlotOrder", value, "ChartAxis.reversePlotOrder");
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._setGated("position", value, "ChartAxis.position");
  }
  get minimum(): number {
    return this._get("minimum");
  }
  set minimum(value: number) {
    this._setGated("minimum", value);
  }
  get maximum(): number {
    return this._get("maximum");
  }
  set maximum(value: number) {
    this._setGated("maximum", value);
  }
  get majorUnit(): number {
    return this._get("majorUnit");
  }
  set majorUnit(value: number) {
    this._setGated("majorUnit", value);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(value: string) {
    this._setGated("numberFormat", value, "ChartAxis.numberFormat");
  }
  get tickLabelSpacing(): number {
    return this._get("tickLabelSpacing");
  }
  set tickLabelSpacing(value: number) {
    this._setGated("tickLabelSpacing", value, "ChartAxis.tickLabelSpacing");
  }
}

/** Excel.ChartDataLabelPosition, without "Invalid" (which cannot be set). */
export const DATA_LABEL_POSITIONS: readonly string[] = [
  "None",
  "Center",
  "InsideEnd",
  "InsideBase",
  "OutsideEnd",
  "Left",
  "Right",
  "Top",
  "Bottom",
  "BestFit",
  "Callout",
];

/** The chart's data labels: whether values show, their number format and position. */
export class ChartDataLabelsObject extends ChartPartObject {
  readonly _scalarNames = ["showValue", "numberFormat", "position"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartDataLabels", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return chart.dataLabels[property as keyof ChartModel["dataLabels"]];
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const labels = chart.dataLabels;
    if (property === "showValue")
      return { ...chart, dataLabels: { ...labels, showValue: ofType<boolean>(value, "boolean", property) } };
    if (property === "numberFormat")
      return { ...chart, dataLabels: { ...labels, numberFormat: ofType<string>(value, "string", property) } };
    return {
      ...chart,
      dataLabels: { ...labels, position: oneOf(value, DATA_LABEL_POSITIONS, "label position") },
    };
  }
  get showValue(): boolean {
    return this._get("showValue");
  }
  set showValue(value: boolean) {
    this._set("showValue", value);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(value: string) {
    this.context._requireApi("ChartDataLabels.numberFormat");
    this._set("numberFormat", value);
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._set("position", value);
  }
}

/** The chart area's format: only its font is modelled. */
export class ChartAreaFormatObject extends ClientObject<number> {
  readonly _scalarNames = [] as const;
  private _font: ChartFontObject | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartAreaFormat", resolve);
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return { font: () => this.font };
  }
  get font(): ChartFontObject {
    return (this._font ??= expose(
      new ChartFontObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartFont"
    ));
  }
}

export class ChartFontObject extends ChartPartObject {
  readonly _scalarNames = ["name", "size"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartFont", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "name" ? chart.font.name : chart.font.size;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "name")
      return { ...chart, font: { ...chart.font, name: ofType<string>(value, "string", "font name") } };
    const size = ofType<number>(value, "number", "font size");
    if (size < 1 || size > 409) throw new HostFailure("InvalidArgument", `font size ${size}`);
    return { ...chart, font: { ...chart.font, size } };
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value);
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._set("size", value);
  }
}

export class ChartAxisTitleObject extends ChartPartObject {
  readonly _scalarNames = ["text", "visible"] as const;
  constructor(
    context: HostRequestContext,
    resolve: (workbook: Workbook) => Bound<number>,
    readonly _axis: "category" | "value"
  ) {
    super(context, "ChartAxisTitle", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    if (this._axis === "category")
      return property === "text" ? chart.categoryAxisTitle : chart.categoryAxisTitleVisible;
    return property === "text" ? chart.valueAxisTitle : chart.valueAxisTitleVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    const key = this._axis === "category" ? "categoryAxisTitle" : "valueAxisTitle";
    if (property === "text")
      return { ...chart, [key]: ofType<string>(value, "string", "axis title"), [`${key}Visible`]: true };
    return { ...chart, [`${key}Visible`]: ofType<boolean>(value, "boolean", "axis title visible") };
  }
  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

export class ChartLegendObject extends ChartPartObject {
  readonly _scalarNames = ["position", "visible"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartLegend", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "position" ? chart.legendPosition : chart.legendVisible;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "position")
      return { ...chart, legendPosition: oneOf(value, legendPositions, "legend position") };
    return { ...chart, legendVisible: ofType<boolean>(value, "boolean", "legend visible") };
  }
  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this._set("position", value);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value);
  }
}

/** The series Excel derived from the source data; read-only in the host (`count`, `items/name`). */
export class ChartSeriesCollectionObject extends ClientObject<number> {
  readonly _scalarNames = ["count"] as const;
  _items: ChartSeriesObject[] | undefined = undefined;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "ChartSeriesCollection", resolve);
  }
  get items(): ChartSeriesObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }
  get count(): number {
    return this._get("count");
  }
  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    const serial = this._bind(workbook);
    if (serial === NULL_OBJECT) return super._readInto(workbook, tree);
    const { sheet, chart } = workbook.chartBySerial(serial);
    const names = workbook.chartSeriesNames(sheet, chart);
    return () => {
      this._nullLoaded = false;
      this._loaded.set("count", names.length);
      this._items = names.map((name) => {
        const item = expose(new ChartSeriesObject(this.context, () => NULL_OBJECT), "ChartSeries");
        item._nullLoaded = false;
        item._loaded.set("name", name);
        return item;
      });
    };
  }
}

export class ChartSeriesObject extends ClientObject<never> {
  readonly _scalarNames = ["name"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<never>) {
    super(context, "ChartSeries", resolve);
  }
  get name(): string {
    return this._get("name");
  }
}
