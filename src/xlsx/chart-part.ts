/**
 * A `ChartPlacement` as a DrawingML chart part (`xl/charts/chartN.xml`): a native chart whose series
 * reference the sheet's cells, with caches of the same values so a reader that does not recalculate
 * (or a previewer) still draws it. Element order follows the CT_* sequences of ECMA-376 Part 1, §21.2.
 */
import { numberFormatFor, type ChartPlacement, type Digits } from "../core/report/layout";
import { InvalidLayoutError } from "./invalid-layout-error";
import { absoluteCell, absoluteRange, escapeXml, sheetPrefix } from "./xml-text";

const NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CATEGORY_AXIS_ID = 510001;
const VALUE_AXIS_ID = 510002;

/** Hundredths of a point, as DrawingML sizes text. */
const TITLE_SIZE = 1600;
const AXIS_TITLE_SIZE = 1600;
const TEXT_SIZE = 1400;
const LABEL_SIZE = 1000;
const TICK_SIZE = 1200;

interface TextLook {
  readonly size: number;
  readonly bold: boolean;
  /** Vertical text, for the title of an axis on the left. */
  readonly rotated: boolean;
}

function typefaces(fontName: string): string {
  const face = escapeXml(fontName);
  // Thai is a complex script: `cs` picks its font, `latin` the font of digits and Latin letters.
  return `<a:latin typeface="${face}"/><a:cs typeface="${face}"/>`;
}

function runProperties(element: "a:defRPr" | "a:rPr", look: TextLook, fontName: string): string {
  const lang = element === "a:rPr" ? ' lang="th-TH"' : "";
  return `<${element}${lang} sz="${look.size}" b="${look.bold ? 1 : 0}">${typefaces(fontName)}</${element}>`;
}

function bodyProperties(look: TextLook): string {
  return look.rotated ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
}

function title(text: string, look: TextLook, fontName: string): string {
  return (
    "<c:title><c:tx><c:rich>" +
    `${bodyProperties(look)}<a:lstStyle/><a:p><a:pPr>${runProperties("a:defRPr", look, fontName)}</a:pPr>` +
    `<a:r>${runProperties("a:rPr", look, fontName)}<a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function textProperties(fontName: string, size = TEXT_SIZE, upright = false): string {
  const look: TextLook = { size, bold: false, rotated: false };
  // Upright tick labels: LibreOffice would otherwise tilt the value axis's Thai digits.
  const body = upright ? '<a:bodyPr rot="0" vert="horz"/>' : "<a:bodyPr/>";
  return (
    `<c:txPr>${body}<a:lstStyle/><a:p><a:pPr>${runProperties("a:defRPr", look, fontName)}</a:pPr>` +
    '<a:endParaRPr lang="th-TH"/></a:p></c:txPr>'
  );
}

function stringReference(formula: string, texts: readonly string[]): string {
  const points = texts.map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`).join("");
  return (
    `<c:strRef><c:f>${escapeXml(formula)}</c:f>` +
    `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`
  );
}

function numberReference(formula: string, values: readonly number[]): string {
  const points = values
    .map((value, i) => (Number.isFinite(value) ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

/** The formulas a chart's series read: categories, and per series its name cell and its value cells. */
export interface ChartReferences {
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
}

/**
 * The cell references of a chart's data: categories down the first column of `dataRange` below its header
 * row, each series in the next columns with its name in the header row.
 *
 * @example
 * chartReferences(chart, "ผล ITA").categories // "'ผล ITA'!$A$2:$A$11"
 */
export function chartReferences(chart: ChartPlacement, sheetName: string): ChartReferences {
  const { row, column, rowCount, columnCount } = chart.dataRange;
  const prefix = sheetPrefix(sheetName);
  const pointCount = rowCount - 1;
  if (chart.categories.length !== pointCount || chart.series.length !== columnCount - 1) {
    throw new InvalidLayoutError(
      `Chart "${chart.title}": a data range of ${rowCount} × ${columnCount} cells needs ${pointCount} ` +
        `categories and ${columnCount - 1} series, got ${chart.categories.length} and ${chart.series.length}`
    );
  }
  for (const series of chart.series) {
    if (series.values.length !== pointCount) {
      throw new InvalidLayoutError(
        `Chart "${chart.title}": series "${series.name}" has ${series.values.length} values for ${pointCount} categories`
      );
    }
  }
  return {
    categories: prefix + absoluteRange(row + 1, column, pointCount, 1),
    series: chart.series.map((_, i) => ({
      name: prefix + absoluteCell(row, column + 1 + i),
      values: prefix + absoluteRange(row + 1, column + 1 + i, pointCount, 1),
    })),
  };
}

/** Each value beside its bar (outside its end) or above its point, as a score in the report's digits. */
function dataLabels(chart: ChartPlacement, fontName: string, digits: Digits): string {
  if (!chart.dataLabels) return "";
  const position = chart.kind === "clusteredBar" ? "outEnd" : "t";
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(numberFormatFor("score", digits))}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(fontName, LABEL_SIZE)}` +
    `<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

/** The series in the order given: the legend lists them so (the older year first). */
function seriesXml(
  chart: ChartPlacement,
  references: ChartReferences,
  fontName: string,
  digits: Digits
): string {
  return chart.series
    .map((series, i) => {
      const reference = references.series[i];
      if (!reference) return "";
      const look =
        chart.kind === "line"
          ? '<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>'
          : '<c:invertIfNegative val="0"/>';
      const tail = chart.kind === "line" ? '<c:smooth val="0"/>' : "";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${stringReference(reference.name, [series.name])}</c:tx>` +
        `${look}${dataLabels(chart, fontName, digits)}` +
        `<c:cat>${stringReference(references.categories, chart.categories)}</c:cat>` +
        `<c:val>${numberReference(reference.values, series.values)}</c:val>${tail}</c:ser>`
      );
    })
    .join("");
}

interface AxisOptions {
  readonly position: "l" | "b";
  readonly title: string;
  /** Categories from max to min (the first at the top of a bar chart). */
  readonly reversed?: boolean;
  /** Where this axis crosses the other: "max" keeps a value axis below reversed categories. */
  readonly crossesAtMax?: boolean;
  readonly scale?: { readonly min: number; readonly max: number; readonly majorUnit: number };
  readonly numberFormat?: string;
}

function axis(kind: "category" | "value", options: AxisOptions, fontName: string): string {
  const [element, id, crossId] =
    kind === "category"
      ? ["c:catAx", CATEGORY_AXIS_ID, VALUE_AXIS_ID]
      : ["c:valAx", VALUE_AXIS_ID, CATEGORY_AXIS_ID];
  const look: TextLook = { size: AXIS_TITLE_SIZE, bold: true, rotated: options.position === "l" };
  const gridlines = kind === "value" ? "<c:majorGridlines/>" : "";
  const scaling =
    `<c:scaling><c:orientation val="${options.reversed ? "maxMin" : "minMax"}"/>` +
    (options.scale ? `<c:max val="${options.scale.max}"/><c:min val="${options.scale.min}"/>` : "") +
    "</c:scaling>";
  const numberFormat = options.numberFormat
    ? `<c:numFmt formatCode="${escapeXml(options.numberFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  // Every category labelled (tickLblSkip 1): Excel would otherwise skip names that do not fit.
  const tail =
    kind === "category"
      ? '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/>'
      : '<c:crossBetween val="between"/>' +
        (options.scale ? `<c:majorUnit val="${options.scale.majorUnit}"/>` : "");
  return (
    `<${element}><c:axId val="${id}"/>${scaling}` +
    `<c:delete val="0"/><c:axPos val="${options.position}"/>${gridlines}${title(options.title, look, fontName)}` +
    `${numberFormat}<c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(fontName, TICK_SIZE, true)}` +
    `<c:crossAx val="${crossId}"/><c:crosses val="${options.crossesAtMax ? "max" : "autoZero"}"/>${tail}</${element}>`
  );
}

/**
 * The chart part of one placement on the sheet `sheetName`, its text in `fontName`.
 * A clustered bar chart has horizontal bars (categories on the left), as Excel's "Clustered Bar".
 *
 * @throws InvalidLayoutError when the categories and series do not fill the data range.
 */
export function chartPartXml(
  chart: ChartPlacement,
  sheetName: string,
  fontName: string,
  digits: Digits = "arabic"
): string {
  const references = chartReferences(chart, sheetName);
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const series = seriesXml(chart, references, fontName, digits);
  const plot =
    chart.kind === "clusteredBar"
      ? '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        `${series}<c:gapWidth val="40"/>${axisIds}</c:barChart>`
      : '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        `${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const [categoryPosition, valuePosition] =
    chart.kind === "clusteredBar" ? (["l", "b"] as const) : (["b", "l"] as const);
  const reversed = chart.firstCategoryOnTop === true;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NAMESPACES}><c:date1904 val="0"/><c:lang val="th-TH"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, { size: TITLE_SIZE, bold: true, rotated: false }, fontName)}` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    plot +
    axis("category", { position: categoryPosition, title: chart.categoryAxisTitle, reversed }, fontName) +
    axis(
      "value",
      {
        position: valuePosition,
        title: chart.valueAxisTitle,
        crossesAtMax: reversed,
        ...(chart.valueAxis ? { scale: chart.valueAxis } : {}),
        ...(digits === "thai" ? { numberFormat: numberFormatFor("integer", digits) } : {}),
      },
      fontName
    ) +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `${textProperties(fontName)}</c:chartSpace>`
  );
}
