/** The enumerations on the host's `Excel` global (`Excel.ChartType`, `Excel.SheetVisibility`, …). */

import {
  chartTypes,
  DATA_LABEL_POSITIONS,
  FILL_PATTERNS,
  conditionalFormatTypes,
  paperTypes,
} from "./proxies";

export const enums = {
  RangeValueType: ["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"],
  DataValidationType: [
    "None",
    "WholeNumber",
    "Decimal",
    "List",
    "Date",
    "Time",
    "TextLength",
    "Custom",
    "Inconsistent",
    "MixedCriteria",
  ],
  DataValidationOperator: [
    "Between",
    "NotBetween",
    "EqualTo",
    "NotEqualTo",
    "GreaterThan",
    "LessThan",
    "GreaterThanOrEqualTo",
    "LessThanOrEqualTo",
  ],
  ClearApplyTo: ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"],
  HorizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  VerticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  BorderIndex: [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
    "DiagonalDown",
    "DiagonalUp",
  ],
  BorderLineStyle: ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
  BorderWeight: ["Hairline", "Thin", "Medium", "Thick"],
  SheetVisibility: ["Visible", "Hidden", "VeryHidden"],
  CalculationMode: ["Automatic", "AutomaticExceptTables", "Manual"],
  NamedItemType: ["String", "Integer", "Double", "Boolean", "Range", "Error", "Array"],
  ChartType: chartTypes,
  ChartSeriesBy: ["Auto", "Columns", "Rows"],
  ChartLegendPosition: ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"],
  ChartAxisPosition: ["Automatic", "Maximum", "Minimum", "Custom"],
  FillPattern: FILL_PATTERNS,
  ChartDataLabelPosition: ["Invalid", ...DATA_LABEL_POSITIONS],
  HeaderFooterState: ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"],
  PageOrientation: ["Portrait", "Landscape"],
  PaperType: paperTypes,
  ConditionalFormatType: conditionalFormatTypes,
};

/** `{ Visible: "Visible" }` and the camelCase alias Office.js enums also carry (`visible`). */
export function enumObject(members: readonly string[]): Readonly<Record<string, string>> {
  return Object.freeze(
    Object.fromEntries(
      members.flatMap((m) => [
        [m, m],
        [m.charAt(0).toLowerCase() + m.slice(1), m],
      ])
    )
  );
}
