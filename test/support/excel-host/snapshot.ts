/** A deep, JSON-serialisable picture of the whole workbook, and a readable diff between two of them. */
import { cellName, columnLetters, formatRect, quoteSheetName } from "./a1";
import {
  type CellStyle,
  type ChartAxisModel,
  DEFAULT_CHART_AXIS,
  DEFAULT_PAGE_LAYOUT,
  type SheetModel,
  keyColumn,
  keyRow,
} from "./model";
import { formulaText, plainValue } from "./values";
import type { Workbook } from "./workbook";

export interface CellSnapshot {
  readonly value: string | number | boolean | null;
  /** What `Range.formulas` reads: the formula, or the value as typed. */
  readonly formula: string | number | boolean;
  readonly hasFormula: boolean;
  readonly numberFormat: string;
  /** Only the attributes set explicitly; an absent key is Excel's default. */
  readonly format: CellStyle;
}

export interface ValidationSnapshot {
  readonly address: string;
  readonly rule?: unknown;
  readonly prompt?: unknown;
  readonly errorAlert?: unknown;
  readonly ignoreBlanks?: boolean;
}

/** A conditional format: where, its rule and what it applies, in priority order. */
export interface ConditionalFormatSnapshot {
  readonly address: string;
  readonly type: string;
  readonly formula?: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly chartType: string;
  /** "A1:C11" on the chart's sheet, and how series are read from it. */
  readonly source: string;
  readonly seriesBy: string;
  readonly series: readonly string[];
  readonly title: string | null;
  readonly categoryAxisTitle: string | null;
  readonly valueAxisTitle: string | null;
  /** The legend's position, or null when hidden. */
  readonly legend: string | null;
  /** The cells the chart covers, "E2:K20". */
  readonly position: string;
  /** Axis scales and labels that differ from Excel's defaults (reversePlotOrder, minimum, numberFormat, …). */
  readonly categoryAxis: Readonly<Record<string, unknown>>;
  readonly valueAxis: Readonly<Record<string, unknown>>;
  /** The data labels' number format and position, or null when values are not shown. */
  readonly dataLabels: { readonly numberFormat: string; readonly position: string } | null;
  readonly font: { readonly name: string; readonly size: number };
}

export interface PageLayoutSnapshot {
  readonly orientation: string;
  readonly paperSize: string;
  /** Points. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly zoom: {
    readonly scale?: number;
    readonly horizontalFitToPages?: number;
    readonly verticalFitToPages?: number;
  };
  /** "1:3", or null. */
  readonly printTitleRows: string | null;
  /** "A1:F40" (areas joined by ","), or null. */
  readonly printArea: string | null;
  readonly headersFooters: Readonly<Record<string, string>>;
  /** "Default", or "FirstAndDefault" with the first page's own header and footer. */
  readonly headerFooterState: string;
  readonly firstPageHeadersFooters: Readonly<Record<string, string>>;
  /** Manual page breaks: the rows ("12", as Excel numbers them) that start a new page. */
  readonly pageBreaks: readonly string[];
}

export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  readonly protected: boolean;
  readonly frozenRows: number;
  /** The cells selected on this sheet (Excel keeps one selection per sheet), "C4:C13". */
  readonly selection: string;
  /** Every non-empty cell (content, number format or format), keyed "C4". */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly mergedAreas: readonly string[];
  readonly dataValidation: readonly ValidationSnapshot[];
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly rowHeights: Readonly<Record<string, number>>;
  /** Hidden rows ("7", "9"), whether hidden by hand or by the AutoFilter, and hidden columns ("D"). */
  readonly hiddenRows: readonly string[];
  readonly hiddenColumns: readonly string[];
  /** The AutoFilter's range ("B3:E13") and its criteria by column offset, or null. */
  readonly autoFilter: {
    readonly range: string;
    readonly criteria: Readonly<Record<string, unknown>>;
  } | null;
  /** Native charts in the order they were added. */
  readonly charts: readonly ChartSnapshot[];
  readonly pageLayout: PageLayoutSnapshot;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly activeSheetId: string;
  readonly activeSheet: string;
  readonly names: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
  readonly settings: Readonly<Record<string, unknown>>;
  /** Excel Tables by name: where each is ("Sheet1!C3:E13", header row included). */
  readonly tables: Readonly<Record<string, string>>;
  /** Workbook (structure) protection. */
  readonly structureProtected: boolean;
}

export function takeSnapshot(workbook: Workbook): WorkbookSnapshot {
  workbook.ensureCalculated();
  const model = workbook.model;
  const sheets = model.sheets.map((sheet, position): SheetSnapshot => {
    const cells: Record<string, CellSnapshot> = {};
    for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
      const record = sheet.cells.get(key) ?? {};
      const row = keyRow(key);
      const column = keyColumn(key);
      const value = workbook.cellValue(sheet, row, column);
      cells[cellName(row, column)] = {
        value: value === null ? null : plainValue(value),
        formula: formulaText(record.content),
        hasFormula: record.content?.kind === "formula",
        numberFormat: record.numberFormat ?? "General",
        format: JSON.parse(JSON.stringify(record.style ?? {})) as CellStyle,
      };
    }
    const sizes = (map: Map<number, number>, label: (index: number) => string) =>
      Object.fromEntries(
        [...map.entries()].sort(([a], [b]) => a - b).map(([index, size]) => [label(index), size])
      );
    return {
      id: sheet.id,
      name: sheet.name,
      position,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      protected: sheet.protection.protected,
      frozenRows: sheet.frozenRows,
      selection: formatRect(sheet.selection),
      cells,
      mergedAreas: sheet.merges.map((rect) => formatRect(rect)).sort(),
      dataValidation: sheet.validations
        .map(
          (area) =>
            JSON.parse(
              JSON.stringify({ ...area, rect: undefined, address: formatRect(area.rect) })
            ) as ValidationSnapshot
        )
        .sort((a, b) => a.address.localeCompare(b.address)),
      conditionalFormats: sheet.conditionalFormats.map(
        (format) =>
          JSON.parse(
            JSON.stringify({
              address: formatRect(format.rect),
              ...format,
              serial: undefined,
              rect: undefined,
            })
          ) as ConditionalFormatSnapshot
      ),
      columnWidths: sizes(
        sheet.columnWidths,
        (index) => formatRect({ top: 0, bottom: 1_048_575, left: index, right: index }).split(":")[0] ?? ""
      ),
      rowHeights: sizes(sheet.rowHeights, (index) => String(index + 1)),
      hiddenRows: [...new Set([...sheet.hiddenRows, ...sheet.filteredRows])]
        .sort((a, b) => a - b)
        .map((row) => String(row + 1)),
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map((column) => columnLetters(column)),
      autoFilter: sheet.autoFilter
        ? {
            range: formatRect(sheet.autoFilter.rect),
            criteria: JSON.parse(JSON.stringify(Object.fromEntries(sheet.autoFilter.criteria))) as Record<
              string,
              unknown
            >,
          }
        : null,
      charts: sheet.charts.map((chart) => ({
        name: chart.name,
        chartType: chart.chartType,
        source: formatRect(chart.source),
        seriesBy: chart.seriesBy,
        series: workbook.chartSeriesNames(sheet, chart),
        title: chart.titleVisible ? chart.title : null,
        categoryAxisTitle: chart.categoryAxisTitleVisible ? chart.categoryAxisTitle : null,
        valueAxisTitle: chart.valueAxisTitleVisible ? chart.valueAxisTitle : null,
        legend: chart.legendVisible ? chart.legendPosition : null,
        position: formatRect(chart.position),
        categoryAxis: axisChanges(chart.categoryAxis),
        valueAxis: axisChanges(chart.valueAxis),
        dataLabels: chart.dataLabels.showValue
          ? { numberFormat: chart.dataLabels.numberFormat, position: chart.dataLabels.position }
          : null,
        font: { ...chart.font },
      })),
      pageLayout: pageLayoutSnapshot(sheet),
    };
  });
  const active = workbook.sheetById(model.activeSheetId);
  return {
    sheets,
    activeSheetId: model.activeSheetId,
    activeSheet: active?.name ?? "",
    names: model.names.map((item) => ({
      name: item.name,
      formula: workbook.nameFormula(item),
      comment: item.comment,
    })),
    settings: JSON.parse(JSON.stringify(Object.fromEntries(model.settings))) as Record<string, unknown>,
    tables: Object.fromEntries(
      model.tables.map((table) => [
        table.name,
        `${quoteSheetName(workbook.sheetById(table.sheetId)?.name ?? "")}!${formatRect(table.rect)}`,
      ])
    ),
    structureProtected: model.structureProtected,
  };
}

function pageLayoutSnapshot(sheet: SheetModel): PageLayoutSnapshot {
  const layout = sheet.pageLayout;
  return {
    orientation: layout.orientation,
    paperSize: layout.paperSize,
    margins: {
      top: layout.topMargin,
      bottom: layout.bottomMargin,
      left: layout.leftMargin,
      right: layout.rightMargin,
      header: layout.headerMargin,
      footer: layout.footerMargin,
    },
    zoom: { ...layout.zoom },
    printTitleRows: layout.printTitleRows ? formatRect(layout.printTitleRows) : null,
    printArea: layout.printArea ? layout.printArea.map((rect) => formatRect(rect)).join(",") : null,
    headersFooters: { ...layout.headersFooters },
    headerFooterState: layout.headerFooterState,
    firstPageHeadersFooters: { ...layout.firstPageHeadersFooters },
    pageBreaks: [...(sheet.rowBreaks ?? [])].sort((a, b) => a - b).map((row) => String(row + 1)),
  };
}

/** An axis's settings that differ from a new chart's. */
function axisChanges(axis: ChartAxisModel): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(axis).filter(([key, value]) => DEFAULT_CHART_AXIS[key as keyof ChartAxisModel] !== value)
  );
}

const defaultPageLayout = pageLayoutSnapshot({
  pageLayout: DEFAULT_PAGE_LAYOUT,
  rowBreaks: new Set<number>(),
} as SheetModel);

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  if (value === "") return '""';
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return JSON.stringify(value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix === "" ? key : `${prefix}.${key}`, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function compareMaps(place: string, a: Map<string, unknown>, b: Map<string, unknown>, out: string[]): void {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const key of keys) {
    const before = a.get(key);
    const after = b.get(key);
    if (JSON.stringify(before) !== JSON.stringify(after))
      out.push(`${place} ${key} ${show(before)} → ${show(after)}`);
  }
}

/**
 * The places that differ, one line each, e.g. `Sheet1!C4 value 1 → 2`, `'ผล ITA'!A1 format.bold (none) → true`,
 * `sheet 'Report' added`. Sheets are matched by id, so a rename reads as a rename, not as a new sheet.
 */
export function diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const before = new Map(a.sheets.map((sheet) => [sheet.id, sheet]));
  const after = new Map(b.sheets.map((sheet) => [sheet.id, sheet]));
  for (const sheet of a.sheets)
    if (!after.has(sheet.id)) out.push(`sheet ${quoteSheetName(sheet.name)} deleted`);
  for (const sheet of b.sheets) {
    const old = before.get(sheet.id);
    const label = quoteSheetName(sheet.name);
    if (!old) {
      out.push(`sheet ${label} added`);
      for (const [address, cell] of Object.entries(sheet.cells)) {
        compareMaps(`${label}!${address}`, new Map(), flatten(cellForDiff(cell), "", new Map()), out);
      }
      compareSheetParts(label, { charts: [], pageLayout: defaultPageLayout }, sheet, out);
      continue;
    }
    const properties = [
      "name",
      "position",
      "visibility",
      "tabColor",
      "protected",
      "frozenRows",
      "selection",
    ] as const;
    for (const property of properties) {
      if (old[property] !== sheet[property])
        out.push(`sheet ${label} ${property} ${show(old[property])} → ${show(sheet[property])}`);
    }
    const addresses = [...new Set([...Object.keys(old.cells), ...Object.keys(sheet.cells)])];
    for (const address of addresses) {
      const x = old.cells[address];
      const y = sheet.cells[address];
      compareMaps(
        `${label}!${address}`,
        flatten(x ? cellForDiff(x) : {}, "", new Map()),
        flatten(y ? cellForDiff(y) : {}, "", new Map()),
        out
      );
    }
    compareMaps(
      `sheet ${label}`,
      new Map([["mergedAreas", old.mergedAreas]]),
      new Map([["mergedAreas", sheet.mergedAreas]]),
      out
    );
    compareMaps(
      `sheet ${label}`,
      new Map([["dataValidation", old.dataValidation]]),
      new Map([["dataValidation", sheet.dataValidation]]),
      out
    );
    compareMaps(
      `sheet ${label}`,
      new Map([["conditionalFormats", old.conditionalFormats]]),
      new Map([["conditionalFormats", sheet.conditionalFormats]]),
      out
    );
    compareMaps(
      `sheet ${label}`,
      new Map<string, unknown>([
        ["hiddenRows", old.hiddenRows],
        ["hiddenColumns", old.hiddenColumns],
        ["autoFilter", old.autoFilter],
      ]),
      new Map<string, unknown>([
        ["hiddenRows", sheet.hiddenRows],
        ["hiddenColumns", sheet.hiddenColumns],
        ["autoFilter", sheet.autoFilter],
      ]),
      out
    );
    compareMaps(
      `sheet ${label} columnWidth`,
      new Map(Object.entries(old.columnWidths)),
      new Map(Object.entries(sheet.columnWidths)),
      out
    );
    compareMaps(
      `sheet ${label} rowHeight`,
      new Map(Object.entries(old.rowHeights)),
      new Map(Object.entries(sheet.rowHeights)),
      out
    );
    compareSheetParts(label, old, sheet, out);
  }
  if (a.activeSheetId !== b.activeSheetId)
    out.push(`workbook activeSheet ${show(a.activeSheet)} → ${show(b.activeSheet)}`);
  compareMaps(
    "name",
    new Map(a.names.map((n) => [n.name, { formula: n.formula, comment: n.comment }])),
    new Map(b.names.map((n) => [n.name, { formula: n.formula, comment: n.comment }])),
    out
  );
  compareMaps("setting", new Map(Object.entries(a.settings)), new Map(Object.entries(b.settings)), out);
  compareMaps("table", new Map(Object.entries(a.tables)), new Map(Object.entries(b.tables)), out);
  if (a.structureProtected !== b.structureProtected)
    out.push(`workbook structureProtected ${show(a.structureProtected)} → ${show(b.structureProtected)}`);
  return out;
}

type SheetParts = Pick<SheetSnapshot, "charts" | "pageLayout">;

/** Charts (matched by name: `sheet 'R' chart "ITA 1" title …`) and page layout (`sheet 'R' pageLayout zoom.scale …`). */
function compareSheetParts(label: string, a: SheetParts, b: SheetParts, out: string[]): void {
  const before = new Map(a.charts.map((chart) => [chart.name, chart]));
  const after = new Map(b.charts.map((chart) => [chart.name, chart]));
  for (const name of before.keys())
    if (!after.has(name)) out.push(`sheet ${label} chart ${show(name)} deleted`);
  for (const [name, chart] of after) {
    const old = before.get(name);
    if (!old) out.push(`sheet ${label} chart ${show(name)} added`);
    const { name: _name, ...fields } = chart;
    const { name: _oldName, ...oldFields } = old ?? { name };
    compareMaps(
      `sheet ${label} chart ${show(name)}`,
      flatten(old ? oldFields : {}, "", new Map()),
      flatten(fields, "", new Map()),
      out
    );
  }
  compareMaps(
    `sheet ${label} pageLayout`,
    flatten(a.pageLayout, "", new Map()),
    flatten(b.pageLayout, "", new Map()),
    out
  );
}

/** A cell's diffable fields: the formula only when there is one (otherwise it repeats the value). */
function cellForDiff(cell: CellSnapshot): Record<string, unknown> {
  return {
    ...(cell.value !== "" || cell.hasFormula ? { value: cell.value } : {}),
    ...(cell.hasFormula ? { formula: cell.formula } : {}),
    ...(cell.numberFormat !== "General" ? { numberFormat: cell.numberFormat } : {}),
    format: cell.format,
  };
}
