/**
 * Stand-ins for the pane's tests: an ExcelActions whose every method is a jest mock, and canned outcomes
 * built by the real core from the seed case (assets/examples/dan-kwian-2565.json).
 */
import seed from "../../../assets/examples/dan-kwian-2565.json";
import {
  frameworkNotes,
  resultJson,
  roundHalfUpToNumber,
  scoreAssessment,
  validateAssessment,
  weakestIndicators,
  problem,
  type ValidationIssue,
} from "../../core";
import type {
  ActionOutcome,
  AnalysisOutcome,
  ExcelActions,
  ExportedReport,
  ExportOffer,
  GeneratedReport,
  InputPreview,
  InsertedInputSheet,
  InsertedSettingsSheet,
  AgenciesOutcome,
  FoundScoresOnSheet,
  ProgressReportOutcome,
  TrackingSheetOutcome,
} from "../../excel/actions";

function seedResult() {
  const validated = validateAssessment(seed);
  if (!validated.ok) throw new Error(`the seed case no longer validates: ${validated.issues[0]?.code}`);
  return scoreAssessment(validated.value);
}

/** Analyze's answer for the seed case, written at Sheet1!E3:H13. */
export function seedAnalysis(mode: AnalysisOutcome["mode"] = "formulas"): AnalysisOutcome {
  const result = seedResult();
  return {
    outputAddress: "Sheet1!E3:H13",
    mode,
    result: resultJson(result),
    weakest: weakestIndicators(result).map((row) => ({
      number: row.indicator.number,
      nameTh: row.indicator.nameTh,
      tool: row.indicator.tool,
      score: roundHalfUpToNumber(row.score, 2),
    })),
    framework: frameworkNotes(result.assessment.framework),
  };
}

/** previewSelection's answer for the seed's scores selected in Sheet1!C4:C13, last year's in D4:D13. */
export function seedPreview(): InputPreview {
  const result = seedResult();
  return {
    blockAddress: "Sheet1!C3:D13",
    inputAddress: "Sheet1!C4:C13",
    previousAddress: "Sheet1!D4:D13",
    orientation: "column",
    outputAddress: "Sheet1!E3:H13",
    indicators: result.indicators.map((row, index) => ({
      number: row.indicator.number,
      nameTh: row.indicator.nameTh,
      cell: `Sheet1!C${index + 4}`,
      value: roundHalfUpToNumber(row.score, 2),
      previousCell: `Sheet1!D${index + 4}`,
      previous: row.previous === undefined ? null : roundHalfUpToNumber(row.previous, 2),
    })),
  };
}

/**
 * findScores's answer for the seed's comparison table pasted at Sheet1!B3:F14 (names in C5:C14 in rank
 * order, 2564 in D, 2565 in E, the stated change in F), every change agreeing.
 */
export function seedFound(): FoundScoresOnSheet {
  const result = seedResult();
  // The seed's table lists indicators by rank, so the rows follow the 2565 scores, highest first.
  const byRank = [...result.indicators].sort(
    (a, b) => a.rank - b.rank || a.indicator.number - b.indicator.number
  );
  const previousOf = (row: (typeof byRank)[number]) =>
    row.previous === undefined ? 0 : roundHalfUpToNumber(row.previous, 2);
  const rowOf = (number: number) => 5 + byRank.findIndex((row) => row.indicator.number === number);
  const found = result.indicators.map((row) => ({
    indicator: row.indicator.number,
    nameTh: row.indicator.nameTh,
    labelCell: `Sheet1!C${rowOf(row.indicator.number)}`,
    values: [
      { year: 2564, cell: `Sheet1!D${rowOf(row.indicator.number)}`, value: previousOf(row) },
      {
        year: 2565,
        cell: `Sheet1!E${rowOf(row.indicator.number)}`,
        value: roundHalfUpToNumber(row.score, 2),
      },
    ],
  }));
  return {
    sheet: "Sheet1",
    scannedAddress: "Sheet1!B3:F14",
    truncated: false,
    found,
    indicators: result.indicators.map(({ indicator }) => ({
      number: indicator.number,
      nameTh: indicator.nameTh,
    })),
    years: [2564, 2565],
    checks: result.indicators.map((row) => {
      const change = roundHalfUpToNumber(row.score, 2) - previousOf(row);
      return {
        kind: "change" as const,
        subject: String(row.indicator.number),
        cell: `Sheet1!F${rowOf(row.indicator.number)}`,
        stated: change,
        computed: change,
        agrees: true,
      };
    }),
    unmatched: [],
    mismatches: [],
    items: [],
    use: {
      ready: true,
      fiscalYear: 2565,
      prefill: {
        source: "Sheet1!B3:F14",
        scores: found.flatMap((entry) =>
          entry.values.map((value) => ({ indicator: entry.indicator, year: value.year, value: value.value }))
        ),
        items: [],
      },
    },
    highlighted: found.flatMap((entry) => [entry.labelCell, ...entry.values.map((value) => value.cell)]),
  };
}

export const insertedSheet: InsertedInputSheet = {
  sheetName: "ITA 2568",
  scoresAddress: "'ITA 2568'!D5:D14",
  previousAddress: "'ITA 2568'!E5:E14",
  analysisAddress: "'ITA 2568'!C4:E14",
};

/** The seed's items block, as an input sheet of 2565 (a year with item lists) would name it. */
export const seedItemsAddress = "'ITA 2568'!A18:D105";

/** generateReport's answer for the seed: the analysis sheet first, then the measures of fiscal 2566. */
export const generatedReport: GeneratedReport = {
  sheets: [
    { id: "{report-analysis}", name: "ผลการวิเคราะห์ ITA" },
    { id: "{report-measures}", name: "มาตรการ ITA 2566" },
  ],
};

/** generateTrackingSheet's answer for the seed: the 2566 measures' tracking sheet, written the first time. */
export const trackingSheetOutcome: TrackingSheetOutcome = {
  sheetName: "ติดตามมาตรการ ITA 2566",
  fiscalYear: 2566,
  measures: 12,
  kept: 0,
  added: 0,
  retired: 0,
  regenerated: false,
};

/** generateProgressReport's answer for the seed's tracking sheet as of 31 March 2566, three measures done. */
export const progressReportOutcome: ProgressReportOutcome = {
  sheetName: "ผลตามมาตรการ ITA 2566",
  trackingSheet: "ติดตามมาตรการ ITA 2566",
  fiscalYear: 2566,
  round: "six-month",
  asOf: { day: 31, month: 3, buddhistYear: 2566 },
  measures: 12,
  done: 3,
  overdue: 2,
};

/** insertFrameworkSheet's answer for the latest year, and insertCatalogueSheet's. */
export const insertedFrameworkSheet: InsertedSettingsSheet = { sheetName: "กรอบ ITA 2568" };
export const insertedCatalogueSheet: InsertedSettingsSheet = { sheetName: "แคตตาล็อกมาตรการ ITA" };

export const exportedReport: ExportedReport = {
  fileName: "รายงาน ITA 2565.xlsx",
  delivery: "new-workbook",
};

/** exportOffer's answer on Windows: both exports, the .xlsx as a new workbook, the PDF to the downloads. */
export const windowsExportOffer: ExportOffer = {
  platform: "windows",
  xlsx: { offered: true, delivery: "new-workbook" },
  pdf: { offered: true, delivery: "download" },
};

/** On Excel for Mac: the .xlsx opens perhaps behind this window; no PDF, with what to do instead. */
export const macExportOffer: ExportOffer = {
  platform: "mac",
  xlsx: { offered: true, delivery: "new-workbook-behind" },
  pdf: {
    offered: false,
    instead: problem("pdf-mac", "ใช้คำสั่ง ไฟล์ › บันทึกเป็น › PDF ของ Excel", "use Excel's File › Save As › PDF"),
  },
};

export function succeeded<T>(value: T, warnings: readonly ValidationIssue[] = []): ActionOutcome<T> {
  return { ok: true, value, warnings };
}

export function failed<T>(issues: readonly ValidationIssue[]): ActionOutcome<T> {
  return { ok: false, issues, warnings: [] };
}

/** analyzeAgencies's answer for a national table of 8,317 agencies selected in Sheet1. */
export const agenciesOutcome: AgenciesOutcome = {
  agencies: 8317,
  skipped: 0,
  outputAddress: "Sheet1!Y1:AE8318",
  summarySheet: "สรุปภาพรวม",
  shareAtLeast85: 0.7791,
  meanTotal: 91.37,
  nationalMean: { fiscalYear: 2568, mean: 93.82 },
};

/** A compatibility check as a Windows Excel might answer it: one failure among passes and information. */
export const compatibilityReport = {
  checks: [
    {
      id: "platform",
      outcome: "info" as const,
      th: "แพลตฟอร์ม PC รุ่น 16.0.18025.20000",
      en: "platform PC version 16.0.18025.20000",
    },
    { id: "text-format-first", outcome: "pass" as const, th: "ข้อความคงเป็นข้อความ", en: "text stays text" },
    { id: "blank-in-function", outcome: "fail" as const, th: "ได้ 0 (Double)", en: "gave 0 (Double)" },
  ],
};

export type FakeExcelActions = { [K in keyof ExcelActions]: jest.MockedFunction<ExcelActions[K]> };

/** Every action succeeds with the seed's outcomes unless a test says otherwise. */
export function fakeExcelActions(): FakeExcelActions {
  return {
    insertInputSheet: jest.fn<
      ReturnType<ExcelActions["insertInputSheet"]>,
      Parameters<ExcelActions["insertInputSheet"]>
    >(() => Promise.resolve(succeeded(insertedSheet))),
    insertFrameworkSheet: jest.fn<
      ReturnType<ExcelActions["insertFrameworkSheet"]>,
      Parameters<ExcelActions["insertFrameworkSheet"]>
    >(() => Promise.resolve(succeeded(insertedFrameworkSheet))),
    insertCatalogueSheet: jest.fn<
      ReturnType<ExcelActions["insertCatalogueSheet"]>,
      Parameters<ExcelActions["insertCatalogueSheet"]>
    >(() => Promise.resolve(succeeded(insertedCatalogueSheet))),
    previewSelection: jest.fn<
      ReturnType<ExcelActions["previewSelection"]>,
      Parameters<ExcelActions["previewSelection"]>
    >(() => Promise.resolve(succeeded(seedPreview()))),
    analyze: jest.fn<ReturnType<ExcelActions["analyze"]>, Parameters<ExcelActions["analyze"]>>(() =>
      Promise.resolve(succeeded(seedAnalysis()))
    ),
    findScores: jest.fn<ReturnType<ExcelActions["findScores"]>, Parameters<ExcelActions["findScores"]>>(() =>
      Promise.resolve(succeeded(seedFound()))
    ),
    exportOffer: jest.fn<ExportOffer, []>(() => windowsExportOffer),
    runCompatibilityCheck: jest.fn<
      ReturnType<ExcelActions["runCompatibilityCheck"]>,
      Parameters<ExcelActions["runCompatibilityCheck"]>
    >(() => Promise.resolve(succeeded(compatibilityReport))),
    analyzeAgencies: jest.fn<
      ReturnType<ExcelActions["analyzeAgencies"]>,
      Parameters<ExcelActions["analyzeAgencies"]>
    >((request) => {
      request.onProgress?.(3000, 8317);
      request.onProgress?.(8317, 8317);
      return Promise.resolve(succeeded(agenciesOutcome));
    }),
    generateReport: jest.fn<
      ReturnType<ExcelActions["generateReport"]>,
      Parameters<ExcelActions["generateReport"]>
    >(() => Promise.resolve(succeeded(generatedReport))),
    exportReport: jest.fn<ReturnType<ExcelActions["exportReport"]>, Parameters<ExcelActions["exportReport"]>>(
      () => Promise.resolve(succeeded(exportedReport))
    ),
    generateTrackingSheet: jest.fn<
      ReturnType<ExcelActions["generateTrackingSheet"]>,
      Parameters<ExcelActions["generateTrackingSheet"]>
    >(() => Promise.resolve(succeeded(trackingSheetOutcome))),
    generateProgressReport: jest.fn<
      ReturnType<ExcelActions["generateProgressReport"]>,
      Parameters<ExcelActions["generateProgressReport"]>
    >(() => Promise.resolve(succeeded(progressReportOutcome))),
  };
}
