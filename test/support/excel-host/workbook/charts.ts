/** `Workbook`'s layer for charts and page layout. */

import { columnCount, rowCount } from "../a1";
import { HostFailure } from "../errors";
import type { ChartModel, PageLayoutModel, SheetModel } from "../model";
import { plainValue } from "../values";
import { WorkbookRules } from "./rules";

export class WorkbookCharts extends WorkbookRules {
  // ---- charts and page layout --------------------------------------------------------------------------

  addChart(
    sheet: SheetModel,
    chart: Omit<ChartModel, "serial" | "name" | "position"> & { readonly name?: string }
  ): ChartModel {
    this.assertEditable(sheet);
    const serial = this.model.nextChartSerial++;
    const model: ChartModel = {
      ...chart,
      serial,
      name: chart.name ?? `Chart ${serial}`,
      // Excel drops a new chart near the top left of the visible window; the host picks B2:H16.
      position: { top: 1, left: 1, bottom: 15, right: 7 },
    };
    sheet.charts.push(model);
    return model;
  }

  chartBySerial(serial: number): { sheet: SheetModel; chart: ChartModel } {
    for (const sheet of this.model.sheets) {
      const chart = sheet.charts.find((candidate) => candidate.serial === serial);
      if (chart) return { sheet, chart };
    }
    throw new HostFailure("ItemNotFound", "the chart was deleted");
  }

  updateChart(serial: number, patch: (chart: ChartModel) => ChartModel): void {
    const { sheet, chart } = this.chartBySerial(serial);
    this.assertEditable(sheet);
    sheet.charts = sheet.charts.map((candidate) => (candidate === chart ? patch(chart) : candidate));
  }

  deleteChart(serial: number): void {
    const { sheet, chart } = this.chartBySerial(serial);
    this.assertEditable(sheet);
    sheet.charts = sheet.charts.filter((candidate) => candidate !== chart);
  }

  /** Series names as Excel reads them from the source: a header row and a category column when they hold text. */
  chartSeriesNames(sheet: SheetModel, chart: ChartModel): string[] {
    const { source } = chart;
    const byRows = chart.seriesBy === "Rows";
    const text = (row: number, column: number) => this.cellValue(sheet, row, column)?.kind === "text";
    const seriesCount = byRows ? rowCount(source) : columnCount(source);
    const lineCount = byRows ? columnCount(source) : rowCount(source);
    const at = (series: number, line: number) =>
      byRows
        ? { row: source.top + series, column: source.left + line }
        : { row: source.top + line, column: source.left + series };
    let hasCategories = false;
    for (let line = 1; line < lineCount; line++) {
      const { row, column } = at(0, line);
      if (text(row, column)) hasCategories = true;
    }
    let hasNames = false;
    for (let series = hasCategories ? 1 : 0; series < seriesCount; series++) {
      const { row, column } = at(series, 0);
      if (text(row, column)) hasNames = true;
    }
    const names: string[] = [];
    for (let series = hasCategories ? 1 : 0; series < seriesCount; series++) {
      const { row, column } = at(series, 0);
      const value = this.cellValue(sheet, row, column);
      names.push(hasNames && value ? String(plainValue(value)) : `Series${names.length + 1}`);
    }
    return names;
  }

  updatePageLayout(sheet: SheetModel, patch: (layout: PageLayoutModel) => PageLayoutModel): void {
    this.assertEditable(sheet);
    sheet.pageLayout = patch(sheet.pageLayout);
  }
}
