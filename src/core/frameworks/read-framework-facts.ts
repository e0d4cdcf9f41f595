/**
 * The general section of a framework sheet read back: one fact per row, found by its label in column A.
 * The fiscal year and the pass mark must be there; the year copied from, the OIT items that assess the
 * agency's documents and the national figures may be left blank; the evidence rows say which parts are
 * verified.
 */
import { problem } from "../issues";
import { isBlank, parseFiscalYear, parseItemCode } from "../parse";
import { cellText, FrameworkSheetCells, SheetRow } from "./framework-sheet-cells";
import { FRAMEWORK_FACT_LABELS } from "./framework-sheet-labels";
import { FrameworkSections } from "./framework-sheet-sections";
import { DocumentItems, Evidence, NationalFigures } from "./types";

/** The rows of the general section by their label in column A. */
export type GeneralRows = ReadonlyMap<string, SheetRow>;

/** The general section's rows by label; of two rows with one label, the lower is kept. */
export function generalRows(sections: FrameworkSections): GeneralRows {
  const general = new Map<string, SheetRow>();
  for (const row of sections.section("general").rows) general.set(cellText(row.cells[0]), row);
  return general;
}

/** The facts every framework has, and their rows (absent when the row is). */
export interface RequiredFacts {
  readonly yearRow: SheetRow | undefined;
  readonly fiscalYear: number | undefined;
  readonly passRow: SheetRow | undefined;
  readonly passMark: number | undefined;
}

/** Reads the fiscal year and the pass mark; a missing row is reported at the section's title. */
export function readRequiredFacts(
  reader: FrameworkSheetCells,
  sections: FrameworkSections,
  general: GeneralRows
): RequiredFacts {
  const fact = (label: string): SheetRow | undefined => {
    const row = general.get(label);
    if (!row) {
      reader.report(
        sections.section("general").title,
        0,
        problem("missing-fact", `ส่วนข้อมูลทั่วไปต้องมีแถว "${label}"`, `the general section needs a row "${label}"`)
      );
    }
    return row;
  };
  const yearRow = fact(FRAMEWORK_FACT_LABELS.fiscalYear);
  const fiscalYear = yearRow ? reader.read(yearRow, 1, parseFiscalYear(yearRow.cells[1])) : undefined;
  const passRow = fact(FRAMEWORK_FACT_LABELS.passMark);
  const passMark = passRow ? reader.number(passRow, 1) : undefined;
  return { yearRow, fiscalYear, passRow, passMark };
}

/** The evidence the row labelled `label` names in column B; without the row, a working rule. */
export function evidenceOf(reader: FrameworkSheetCells, general: GeneralRows, label: string): Evidence {
  const row = general.get(label);
  return row ? reader.evidenceAt(row, 1) : "working-rule";
}

/** The facts a framework may leave blank, and the rows they were read from. */
export interface OptionalFacts {
  readonly basedOn: number | undefined;
  readonly documentRows: {
    readonly analysisAndMeasures: SheetRow | undefined;
    readonly implementationReport: SheetRow | undefined;
  };
  readonly documentItems: DocumentItems | undefined;
  readonly nationalRows: {
    readonly agencies: SheetRow | undefined;
    readonly mean: SheetRow | undefined;
    readonly sharePassing: SheetRow | undefined;
  };
  readonly national: NationalFigures | undefined;
}

/** Reads the year copied from, the OIT items of the agency's documents and the national figures. */
export function readOptionalFacts(reader: FrameworkSheetCells, general: GeneralRows): OptionalFacts {
  const { read, number, wholeNumber, report, evidenceAt } = reader;
  const optionalRow = (label: string): SheetRow | undefined => {
    const row = general.get(label);
    return row && !isBlank(row.cells[1]) ? row : undefined;
  };
  const basedOnRow = optionalRow(FRAMEWORK_FACT_LABELS.basedOn);
  const basedOn = basedOnRow ? read(basedOnRow, 1, parseFiscalYear(basedOnRow.cells[1])) : undefined;
  const documentRows = {
    analysisAndMeasures: optionalRow(FRAMEWORK_FACT_LABELS.analysisItem),
    implementationReport: optionalRow(FRAMEWORK_FACT_LABELS.implementationItem),
  };
  const documentCode = (row: SheetRow | undefined) =>
    row ? read(row, 1, parseItemCode(row.cells[1])) : undefined;
  const analysisAndMeasures = documentCode(documentRows.analysisAndMeasures);
  const implementationReport = documentCode(documentRows.implementationReport);
  const documentEvidenceRow = documentRows.analysisAndMeasures ?? documentRows.implementationReport;
  const documentItems: DocumentItems | undefined =
    documentEvidenceRow && (analysisAndMeasures !== undefined || implementationReport !== undefined)
      ? {
          ...(analysisAndMeasures === undefined ? {} : { analysisAndMeasures }),
          ...(implementationReport === undefined ? {} : { implementationReport }),
          evidence: evidenceAt(documentEvidenceRow, 2),
        }
      : undefined;
  const nationalRows = {
    agencies: optionalRow(FRAMEWORK_FACT_LABELS.nationalAgencies),
    mean: optionalRow(FRAMEWORK_FACT_LABELS.nationalMean),
    sharePassing: optionalRow(FRAMEWORK_FACT_LABELS.nationalShare),
  };
  const nationalAgencies = nationalRows.agencies
    ? wholeNumber(nationalRows.agencies, 1, "จำนวนหน่วยงาน", "number of agencies")
    : undefined;
  const nationalMean = nationalRows.mean ? number(nationalRows.mean, 1) : undefined;
  const nationalShare = nationalRows.sharePassing ? number(nationalRows.sharePassing, 1) : undefined;
  const sourceRow = general.get(FRAMEWORK_FACT_LABELS.nationalSource);
  const nationalWithoutMean = nationalRows.agencies ?? nationalRows.sharePassing;
  if (!nationalRows.mean && nationalWithoutMean) {
    report(
      nationalWithoutMean.index,
      1,
      problem(
        "national-mean-missing",
        `ตัวเลขระดับประเทศต้องมี "${FRAMEWORK_FACT_LABELS.nationalMean}" ด้วย`,
        `national figures need the national mean ("${FRAMEWORK_FACT_LABELS.nationalMean}") too`
      )
    );
  }
  const national: NationalFigures | undefined =
    nationalMean !== undefined
      ? {
          ...(nationalAgencies === undefined ? {} : { agencies: nationalAgencies }),
          mean: nationalMean,
          ...(nationalShare === undefined ? {} : { sharePassing: nationalShare }),
          source: sourceRow ? cellText(sourceRow.cells[1]) : "",
          evidence: sourceRow && !isBlank(sourceRow.cells[2]) ? evidenceAt(sourceRow, 2) : "working-rule",
        }
      : undefined;
  return { basedOn, documentRows, documentItems, nationalRows, national };
}
