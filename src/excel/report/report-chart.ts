/**
 * A layout's charts on the sheet: type, data, titles, font, axes, data labels and position. Queues writes
 * only; the caller syncs.
 */
import { ChartPlacement, Digits, numberFormatFor, SheetLayout } from "../../core/report/layout";
import { mergeRect, rangeOf } from "./sheet-rects";

/** The chart's text: TH Sarabun New is small for its size, 14 pt reads as 11 pt of Calibri. */
const CHART_FONT_SIZE = 14;

export function queueChart(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  placement: ChartPlacement,
  index: number,
  digits: Digits,
  formatting: boolean
): void {
  const type = placement.kind === "clusteredBar" ? Excel.ChartType.barClustered : Excel.ChartType.line;
  const chart = sheet.charts.add(
    type,
    rangeOf(sheet, mergeRect(placement.dataRange)),
    Excel.ChartSeriesBy.columns
  );
  chart.name = `${layout.id} ${index + 1}`;
  chart.title.text = placement.title;
  chart.axes.categoryAxis.title.text = placement.categoryAxisTitle;
  chart.axes.valueAxis.title.text = placement.valueAxisTitle;
  chart.legend.visible = true;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  chart.format.font.name = layout.fontName;
  chart.format.font.size = CHART_FONT_SIZE;
  if (formatting) {
    const { categoryAxis, valueAxis } = chart.axes;
    if (placement.firstCategoryOnTop) {
      // Categories from the top; the value axis then crosses at the last category, below the bars.
      categoryAxis.reversePlotOrder = true;
      categoryAxis.position = Excel.ChartAxisPosition.maximum;
    }
    categoryAxis.tickLabelSpacing = 1;
    if (placement.valueAxis) {
      valueAxis.minimum = placement.valueAxis.min;
      valueAxis.maximum = placement.valueAxis.max;
      valueAxis.majorUnit = placement.valueAxis.majorUnit;
    }
    if (digits === "thai") valueAxis.numberFormat = numberFormatFor("integer", digits);
    if (placement.dataLabels) {
      chart.dataLabels.showValue = true;
      chart.dataLabels.numberFormat = numberFormatFor("score", digits);
      chart.dataLabels.position =
        placement.kind === "clusteredBar"
          ? Excel.ChartDataLabelPosition.outsideEnd
          : Excel.ChartDataLabelPosition.top;
    }
  }
  const anchor = mergeRect(placement.anchor);
  chart.setPosition(
    sheet.getRangeByIndexes(anchor.top, anchor.left, 1, 1),
    sheet.getRangeByIndexes(anchor.bottom, anchor.right, 1, 1)
  );
}
