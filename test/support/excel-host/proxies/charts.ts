/** `worksheet.charts` and a chart. */

import { boundingRect, isUnbounded } from "../a1";
import { HostFailure, propertyNotLoaded } from "../errors";
import { emptyTree, type LoadTree } from "../load";
import { type ChartModel, DEFAULT_CHART_AXIS } from "../model";
import type { Workbook } from "../workbook";
import { ofType, oneOf } from "./arguments";
import { type Bound, ClientObject, derive, expose, type HostRequestContext, NULL_OBJECT } from "./base";
import {
  ChartAreaFormatObject,
  ChartAxesObject,
  ChartDataLabelsObject,
  ChartLegendObject,
  ChartPartObject,
  ChartSeriesCollectionObject,
  ChartTitleObject,
} from "./chart-parts";
import type { RangeObject } from "./range";
import { checkSameContext, rangeOnSheet } from "./range-argument";

// ---- charts ------------------------------------------------------------------------------------------

/** The chart types the host accepts (Excel.ChartType values); any other string rejects with InvalidArgument. */
export const chartTypes = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
  "Radar",
];
const seriesByValues = ["Auto", "Columns", "Rows"];

export class ChartCollectionObject extends ClientObject<string> {
  readonly _scalarNames = ["count"] as const;
  _items: ChartObject[] | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<string>) {
    super(context, "ChartCollection", resolve);
  }

  get items(): ChartObject[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._type);
    return this._items;
  }
  get count(): number {
    return this._get("count");
  }
  override _readScalar(workbook: Workbook, id: string, property: string): unknown {
    if (property === "count") return workbook.requireSheet(id).charts.length;
    return super._readScalar(workbook, id, property);
  }

  /** `load("items/name")`, `load("name")` (every item's name) and `load("count")`, like the other collections. */
  override _readInto(workbook: Workbook, tree: LoadTree): () => void {
    const id = this._bind(workbook);
    if (id === NULL_OBJECT) return super._readInto(workbook, tree);
    const itemTree = tree.nav.get("items") ?? emptyTree();
    let wantsItems = tree.nav.has("items") || tree.all;
    for (const name of tree.scalars) {
      if (name === "items") {
        itemTree.all = true;
        wantsItems = true;
      } else if (name !== "count" && name !== "isNullObject") {
        itemTree.scalars.add(name);
        wantsItems = true;
      }
    }
    for (const [name, subtree] of tree.nav) if (name !== "items") itemTree.nav.set(name, subtree);
    const count = workbook.requireSheet(id).charts.length;
    const items = wantsItems
      ? workbook.requireSheet(id).charts.map((chart) => {
          const item = newChart(this.context, () => chart.serial);
          item._preset(chart.serial);
          return item;
        })
      : undefined;
    const deliveries = (items ?? []).map((item) => item._readInto(workbook, itemTree));
    return () => {
      this._nullLoaded = false;
      if (tree.all || tree.scalars.has("count")) this._loaded.set("count", count);
      if (items) this._items = items;
      deliveries.forEach((deliver) => deliver());
    };
  }

  add(type: string, sourceData: RangeObject, seriesBy: string = "Auto"): ChartObject {
    checkSameContext(this.context, sourceData, "ChartCollection.add");
    const chart = newChart(this.context, () => {
      throw new HostFailure("ItemNotFound", "the chart was never added");
    });
    this._queue("add", { type, seriesBy }, (wb, id) => {
      const chartType = oneOf(type, chartTypes, "chart type");
      const by = oneOf(seriesBy, seriesByValues, "seriesBy");
      const source = rangeOnSheet(wb, id, sourceData, "the source data");
      const model = wb.addChart(wb.requireSheet(id), {
        chartType,
        // Excel on the web reads "Auto" as columns (ChartSeriesBy docs); the host does the same everywhere.
        seriesBy: by === "Auto" ? "Columns" : by,
        source,
        title: "",
        titleVisible: false,
        categoryAxisTitle: "",
        categoryAxisTitleVisible: false,
        valueAxisTitle: "",
        valueAxisTitleVisible: false,
        legendPosition: "Right",
        legendVisible: true,
        categoryAxis: DEFAULT_CHART_AXIS,
        valueAxis: DEFAULT_CHART_AXIS,
        dataLabels: { showValue: false, numberFormat: "General", position: "BestFit" },
        font: { name: "Calibri", size: 10 },
      });
      chart._preset(model.serial);
    });
    return chart;
  }

  getItem(name: string): ChartObject {
    return newChart(this.context, (wb) => {
      const sheetId = this._bind(wb);
      if (sheetId === NULL_OBJECT) return NULL_OBJECT;
      const chart = wb.requireSheet(sheetId).charts.find((candidate) => candidate.name === name);
      if (!chart) throw new HostFailure("ItemNotFound", `no chart '${name}'`);
      return chart.serial;
    });
  }
}

function newChart(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>): ChartObject {
  return expose(new ChartObject(context, resolve), "Chart");
}

export class ChartObject extends ChartPartObject {
  readonly _scalarNames = ["name", "chartType"] as const;
  private _title: ChartTitleObject | undefined = undefined;
  private _axes: ChartAxesObject | undefined = undefined;
  private _legend: ChartLegendObject | undefined = undefined;
  private _series: ChartSeriesCollectionObject | undefined = undefined;
  private _dataLabels: ChartDataLabelsObject | undefined = undefined;
  private _format: ChartAreaFormatObject | undefined = undefined;

  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<number>) {
    super(context, "Chart", resolve);
  }
  _read(chart: ChartModel, property: string): unknown {
    return property === "name" ? chart.name : chart.chartType;
  }
  _write(chart: ChartModel, property: string, value: unknown): ChartModel {
    if (property === "name") return { ...chart, name: ofType<string>(value, "string", "chart name") };
    return { ...chart, chartType: oneOf(value, chartTypes, "chart type") };
  }
  override _navigations(): Record<string, () => ClientObject<unknown>> {
    return {
      title: () => this.title,
      axes: () => this.axes,
      legend: () => this.legend,
      series: () => this.series,
      dataLabels: () => this.dataLabels,
      format: () => this.format,
    };
  }
  get dataLabels(): ChartDataLabelsObject {
    return (this._dataLabels ??= expose(
      new ChartDataLabelsObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartDataLabels"
    ));
  }
  get format(): ChartAreaFormatObject {
    return (this._format ??= expose(
      new ChartAreaFormatObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartAreaFormat"
    ));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(value: string) {
    this._set("chartType", value);
  }
  get title(): ChartTitleObject {
    return (this._title ??= expose(
      new ChartTitleObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartTitle"
    ));
  }
  get axes(): ChartAxesObject {
    return (this._axes ??= expose(
      new ChartAxesObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartAxes"
    ));
  }
  get legend(): ChartLegendObject {
    return (this._legend ??= expose(
      new ChartLegendObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartLegend"
    ));
  }
  get series(): ChartSeriesCollectionObject {
    return (this._series ??= expose(
      new ChartSeriesCollectionObject(
        this.context,
        derive(this, (_wb, serial) => serial)
      ),
      "ChartSeriesCollection"
    ));
  }

  /** Covers the cells from `startCell` to `endCell` (or moves the top left to `startCell` alone). */
  setPosition(startCell: RangeObject | string, endCell?: RangeObject | string): void {
    checkSameContext(this.context, startCell, "Chart.setPosition");
    if (endCell !== undefined) checkSameContext(this.context, endCell, "Chart.setPosition");
    this._queue("setPosition", null, (wb, serial) => {
      const { sheet } = wb.chartBySerial(serial);
      const start = rangeOnSheet(wb, sheet.id, startCell, "the start cell");
      const end = endCell === undefined ? undefined : rangeOnSheet(wb, sheet.id, endCell, "the end cell");
      if (isUnbounded(start) || (end && isUnbounded(end)))
        throw new HostFailure("InvalidArgument", "a chart is placed over cells, not whole rows or columns");
      wb.updateChart(serial, (chart) => ({
        ...chart,
        position: end
          ? boundingRect(start, end)
          : { top: start.top, left: start.left, bottom: start.top, right: start.left },
      }));
    });
  }

  delete(): void {
    this._queue("delete", null, (wb, serial) => wb.deleteChart(serial));
  }
}
