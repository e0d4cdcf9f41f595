/**
 * What the task pane can ask of Excel: one function per user action, each one `Excel.run` with at most two
 * syncs. The pane receives an `ExcelActions` as a prop (the Office templates' habit), so its tests and the
 * browser e2e test can hand it other implementations.
 */
import type {
  AnalysisMode,
  FoundCheck,
  FrameworkNotes,
  Problem,
  ThaiDate,
  ItemEntry,
  ResultJson,
  UnmatchedCell,
  Validated,
  ValidationIssue,
} from "../core";

/** Formulas keep the workbook live for colleagues without the add-in; values are a plain snapshot. */
export type { AnalysisMode };

/** Every action answers with the value or with every problem found (each naming its cell); never a throw. */
export type ActionOutcome<T> = Validated<T>;

export interface InputSheetRequest {
  readonly fiscalYear: number;
  readonly agency?: string;
  /** Scores found on a sheet ("Find scores") to fill the new sheet with, instead of an empty form. */
  readonly prefill?: InputSheetPrefill;
}

export type FoundScoresUse =
  | { readonly ready: true; readonly fiscalYear: number; readonly prefill: InputSheetPrefill }
  | { readonly ready: false; readonly issues: readonly ValidationIssue[] };

/** What "Find scores" found and the officer confirmed, ready to be copied into a new input sheet. */
export interface InputSheetPrefill {
  /** Where the scores were found, "Sheet1!B3:F14": written on the new sheet so each number can be traced. */
  readonly source: string;
  readonly scores: readonly { readonly indicator: number; readonly year: number; readonly value: number }[];
  /** Item results as found: codes such as "i28" or "O๑๑", values such as 80.1 or "ผ่าน". */
  readonly items: readonly ItemEntry[];
}

export interface InsertedInputSheet {
  /** The name used: "ITA 2568", or "ITA 2568 (2)" when the first was taken. */
  readonly sheetName: string;
  /** The ten scores of this year, e.g. "'ITA 2568'!D5:D14". */
  readonly scoresAddress: string;
  /** The ten scores of the previous year, beside them. */
  readonly previousAddress: string;
  /** What Analyze should read: names, both years and their header row, e.g. "'ITA 2568'!C4:E14". */
  readonly analysisAddress: string;
  /** The item block (code, tool, name, score or pass/fail), e.g. "'ITA 2565'!A18:D105"; absent when the year has no item lists. */
  readonly itemsAddress?: string;
}

export interface RecognizedIndicator {
  readonly number: number;
  readonly nameTh: string;
  /** The cell the score was read from, "Sheet1!C4". */
  readonly cell: string;
  /** The score rounded to 2 decimals for display; null when the cell is not a valid score. */
  readonly value: number | null;
  readonly previousCell?: string;
  readonly previous?: number | null;
}

export interface InputPreview {
  /** The whole block that was read (names, both years, header row): what Analyze should read again. */
  readonly blockAddress: string;
  /** The ten cells of this year's scores, "Sheet1!C4:C13". */
  readonly inputAddress: string;
  /** The previous year's ten cells, when recognised beside them. */
  readonly previousAddress?: string;
  readonly orientation: "column" | "row";
  /** In indicator order 1–10. */
  readonly indicators: readonly RecognizedIndicator[];
  /** Where Analyze will write, "Sheet1!E3:H13". */
  readonly outputAddress: string;
}

export interface AnalyzeRequest {
  readonly fiscalYear: number;
  readonly agency?: string;
  readonly mode: AnalysisMode;
  /**
   * The block to read (scores, optionally names, last year's scores and a header row naming the years);
   * omitted, the current selection is used.
   */
  readonly inputAddress?: string;
}

export interface WeakIndicator {
  readonly number: number;
  readonly nameTh: string;
  readonly tool: "IIT" | "EIT" | "OIT";
  readonly score: number;
}

export interface AnalysisOutcome {
  readonly outputAddress: string;
  /** The mode actually used: formulas fall back to values when the input cells hold text. */
  readonly mode: AnalysisMode;
  readonly result: ResultJson;
  /** Per tool its weakest indicator, weakest first. */
  readonly weakest: readonly WeakIndicator[];
  /** The framework's unconfirmed parts and the OIT item the report will serve, said once in the results. */
  readonly framework: FrameworkNotes;
}

export interface ReportRequest {
  readonly fiscalYear: number;
  readonly agency?: string;
  /** The block Analyze read (the preview's blockAddress or the input sheet's analysisAddress). */
  readonly inputAddress: string;
  /** The input sheet's item block, when the report should use item results. */
  readonly itemsAddress?: string;
  /** Thai digits in text and number formats, or Arabic digits. */
  readonly digits: "thai" | "arabic";
  /** Include the native chart(s). */
  readonly chart: boolean;
  /** The agency's kind (its terms in the report); absent: guessed from the agency's name. */
  readonly agencyKind?: string;
  /** District and province, printed under the agency's name. */
  readonly district?: string;
  readonly province?: string;
  /** The date the scores were taken from ITAS, for the report's source line. */
  readonly scoresAsOf?: ThaiDate;
  /** Replace generated sheets even if the officer edited them (asked after a "generated-sheet-edited" issue). */
  readonly replaceEdited?: boolean;
  /** Export as a standalone .xlsx (default) or the workbook printed to PDF, as `ExcelActions.exportOffer` offers. */
  readonly format?: "xlsx" | "pdf";
  /**
   * Draw recommendations and measures from the officer's catalogue sheet when the workbook has one (the
   * default; the outcome's warnings then say so), or `false` for the built-in wording only.
   */
  readonly useCatalogueSheet?: boolean;
}

export interface GeneratedReport {
  /** The sheets written, analysis first. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
}

/** What "สร้างแผ่นงานติดตามมาตรการ" wrote. */
export interface TrackingSheetOutcome {
  /** The sheet's name: "ติดตามมาตรการ ITA 2566", the officer's name for it, or a free variant. */
  readonly sheetName: string;
  /** The fiscal year of the measures (the year after the assessment). */
  readonly fiscalYear: number;
  readonly measures: number;
  /** Measures whose entries were carried over from the sheet as the officer left it. */
  readonly kept: number;
  /** Measures new since the sheet was last written (blank rows). */
  readonly added: number;
  /** Entries of measures the plan dropped, kept below the summary. */
  readonly retired: number;
  /** Written over the add-in's earlier tracking sheet, keeping what was typed. */
  readonly regenerated: boolean;
}

/** "รายงานผลการดำเนินการตามมาตรการ": the implementation report of the workbook's tracking sheet. */
export interface ProgressRequest {
  /** The date the report's data is as of, in the Buddhist era (the pane's date field, today by default). */
  readonly asOf: ThaiDate;
  readonly digits: "thai" | "arabic";
  /** Include the native chart of the status counts. */
  readonly chart: boolean;
  /** Replace the report sheet even if the officer edited it (asked after a "generated-sheet-edited" issue). */
  readonly replaceEdited?: boolean;
}

export interface ProgressReportOutcome {
  /** The report sheet written: "ผลตามมาตรการ ITA 2566". */
  readonly sheetName: string;
  /** The tracking sheet it was read from. */
  readonly trackingSheet: string;
  readonly fiscalYear: number;
  /** The six-month round or the year's, as the as-of date decides. */
  readonly round: "six-month" | "year-end";
  readonly asOf: ThaiDate;
  readonly measures: number;
  readonly done: number;
  readonly overdue: number;
}

export interface ExportedReport {
  readonly fileName: string;
  readonly delivery: ExportDelivery;
}

/** Where Excel runs (`Office.context.platform`); "other" for iPad, Android and WinRT. */
export type ExcelPlatform = "windows" | "mac" | "web" | "other";

/**
 * How an exported file reached the officer: opened by Excel as a new workbook (ExcelApi 1.8), on Mac
 * perhaps behind the current window (office-js#6943); or saved by the pane to the downloads folder, only
 * where the pane can save files (not on Mac).
 */
export type ExportDelivery = "new-workbook" | "new-workbook-behind" | "download";

/** One export: offered, and how its file will arrive; or not, and what the officer does in Excel instead. */
export type ExportAvailability =
  | { readonly offered: true; readonly delivery: ExportDelivery }
  | { readonly offered: false; readonly instead: Problem };

/** What this Excel can deliver of the report: the .xlsx and the workbook printed to PDF. */
export interface ExportOffer {
  readonly platform: ExcelPlatform;
  readonly xlsx: ExportAvailability;
  readonly pdf: ExportAvailability;
}

/** A sheet of settings the officer can edit: the framework of a year, or the catalogue of measures. */
export interface InsertedSettingsSheet {
  /** The name used: "กรอบ ITA 2568", or with " (2)" when the first was taken. */
  readonly sheetName: string;
}

export interface AgenciesRequest {
  /** The table of agencies (a header row, one agency per row); omitted, the current selection. */
  readonly tableAddress?: string;
  /** Called after each chunk of rows is written: agencies done so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly replaceEdited?: boolean;
}

export interface AgenciesOutcome {
  readonly agencies: number;
  /** Blank rows inside the table (they get no results). */
  readonly skipped: number;
  readonly outputAddress: string;
  readonly summarySheet: string;
  /** Share of agencies at 85 or more, as a fraction (0.7791 = 77.91 %); the national target is 80 %. */
  readonly shareAtLeast85: number;
  /** The mean total of the group, rounded half-up to 2 decimals. */
  readonly meanTotal: number;
  /** The national mean of the group's year (ITA.md §7), when the group holds one year whose figure is known. */
  readonly nationalMean?: { readonly fiscalYear: number; readonly mean: number };
}

export interface FoundScoreCell {
  readonly year: number;
  /** "Sheet1!D7". */
  readonly cell: string;
  readonly value: number;
}

export interface FoundIndicatorOnSheet {
  readonly indicator: number;
  readonly nameTh: string;
  readonly labelCell: string;
  /** Oldest year first. */
  readonly values: readonly FoundScoreCell[];
}

export interface FoundCheckOnSheet {
  readonly kind: FoundCheck["kind"];
  readonly subject: string;
  readonly cell: string;
  readonly stated: number;
  readonly computed: number;
  readonly agrees: boolean;
}

/** What the pane shows and asks the officer to confirm. */
export interface FoundScoresOnSheet {
  readonly sheet: string;
  /** The block scanned, e.g. "Sheet1!B2:H40"; smaller than the used range when `truncated`. */
  readonly scannedAddress: string;
  readonly truncated: boolean;
  readonly found: readonly FoundIndicatorOnSheet[];
  /** The framework's indicators, so that the pane can name the ones not found. */
  readonly indicators: readonly { readonly number: number; readonly nameTh: string }[];
  readonly years: readonly number[];
  readonly checks: readonly FoundCheckOnSheet[];
  readonly unmatched: readonly UnmatchedCell[];
  readonly mismatches: readonly ValidationIssue[];
  readonly items: readonly ItemEntry[];
  /**
   * Whether the scores can be used, by the core's rules for found scores (those of `ita report`): all
   * indicators of the latest year found, earlier years only when complete, and no indicator read twice with
   * different values. Ready, the prefill for the new input sheet; else every reason, each at its place.
   */
  readonly use: FoundScoresUse;
  /** Cells given a fill ("B7"), on `sheet`. Empty when the sheet is protected. */
  readonly highlighted: readonly string[];
}

export interface ExcelActions {
  insertInputSheet(request: InputSheetRequest): Promise<ActionOutcome<InsertedInputSheet>>;
  /** The framework of a fiscal year as a sheet; Analyze and the report then use it. */
  insertFrameworkSheet(fiscalYear: number): Promise<ActionOutcome<InsertedSettingsSheet>>;
  /** The catalogue of recommendations and measures as a sheet; the report then uses it. */
  insertCatalogueSheet(): Promise<ActionOutcome<InsertedSettingsSheet>>;
  previewSelection(fiscalYear: number): Promise<ActionOutcome<InputPreview>>;
  analyze(request: AnalyzeRequest): Promise<ActionOutcome<AnalysisOutcome>>;
  /** Writes the analysis sheet, the measures sheet and the chart (at most 3 syncs). */
  generateReport(request: ReportRequest): Promise<ActionOutcome<GeneratedReport>>;
  /**
   * The tracking sheet of the report's measures, from the same request (at most 3 syncs); regenerating keeps
   * every entry the officer typed.
   */
  generateTrackingSheet(request: ReportRequest): Promise<ActionOutcome<TrackingSheetOutcome>>;
  /** The implementation report from the workbook's tracking sheet, as of a date (at most 3 syncs). */
  generateProgressReport(request: ProgressRequest): Promise<ActionOutcome<ProgressReportOutcome>>;
  /** A standalone .xlsx of the report sheets, drawn from the same model; or the workbook as PDF. */
  exportReport(request: ReportRequest): Promise<ActionOutcome<ExportedReport>>;
  /** The exports this Excel can deliver (by platform and requirement sets), and for the others what to do. */
  exportOffer(): ExportOffer;
  /**
   * "Find scores": scans the active sheet for the indicator scores pasted there and highlights them (two
   * syncs, values never changed). The officer confirms before they are used (insertInputSheet's prefill).
   */
  findScores(fiscalYear: number): Promise<ActionOutcome<FoundScoresOnSheet>>;
  /** "Many agencies": scores a selected table of agencies, results beside it and a summary sheet. */
  analyzeAgencies(request: AgenciesRequest): Promise<ActionOutcome<AgenciesOutcome>>;
  /** The compatibility check: the add-in's assumptions tried on a temporary sheet, which it removes. */
  runCompatibilityCheck(): Promise<ActionOutcome<CompatibilityReport>>;
}

/** One check of the compatibility check: passed, failed, or information for support. */
export interface CompatibilityCheck {
  readonly id: string;
  readonly outcome: "pass" | "fail" | "info";
  readonly th: string;
  readonly en: string;
}

export interface CompatibilityReport {
  readonly checks: readonly CompatibilityCheck[];
}
