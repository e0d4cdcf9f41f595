/**
 * The Office.js object model as proxies: reads need load + sync, writes and methods queue until the next
 * sync, and every queued statement runs, in order, against the host's workbook when `context.sync()` runs.
 *
 * One file per area of the API under proxies/; this index re-exports what proxies.ts exported before the
 * split. The files import one another in one direction only: base.ts and arguments.ts at the bottom,
 * request-context.ts (which alone knows the workbook, worksheets and ranges) at the top.
 */
export { type Action, ClientObject, type HostCore, HostRequestContext, NULL_OBJECT } from "./proxies/base";
export { type RangeRef } from "./proxies/arguments";
export { createRequestContext, ExcelRequestContext } from "./proxies/request-context";
export {
  ApplicationObject,
  NamedItemCollectionObject,
  NamedItemObject,
  SettingCollectionObject,
  SettingObject,
  WorkbookObject,
  WorkbookProtectionObject,
} from "./proxies/workbook-object";
export {
  FreezePanesObject,
  WorksheetCollectionObject,
  WorksheetObject,
  WorksheetProtectionObject,
} from "./proxies/worksheets";
export { type CellFillProperties, RangeAreasObject, RangeObject } from "./proxies/range";
export {
  FILL_PATTERNS,
  RangeBorderCollectionObject,
  RangeBorderObject,
  RangeFillObject,
  RangeFontObject,
  RangeFormatObject,
} from "./proxies/range-format";
export { DataValidationObject } from "./proxies/data-validation";
export {
  conditionalFormatTypes,
  ConditionalFormatCollectionObject,
  ConditionalFormatObject,
  ConditionalFormatRuleObject,
  ConditionalRangeFillObject,
  ConditionalRangeFontObject,
  ConditionalRangeFormatObject,
  CustomConditionalFormatObject,
} from "./proxies/conditional-formats";
export { TableCollectionObject, TableObject, TableScopedCollectionObject } from "./proxies/excel-tables";
export { AutoFilterObject } from "./proxies/auto-filter";
export { ChartCollectionObject, ChartObject, chartTypes } from "./proxies/charts";
export {
  ChartAreaFormatObject,
  ChartAxesObject,
  ChartAxisObject,
  ChartAxisTitleObject,
  ChartDataLabelsObject,
  ChartFontObject,
  ChartLegendObject,
  ChartSeriesCollectionObject,
  ChartSeriesObject,
  ChartTitleObject,
  DATA_LABEL_POSITIONS,
} from "./proxies/chart-parts";
export { PageBreakCollectionObject, PageBreakObject } from "./proxies/page-breaks";
export {
  HeaderFooterGroupObject,
  HeaderFooterObject,
  PageLayoutObject,
  paperTypes,
} from "./proxies/page-layout";
