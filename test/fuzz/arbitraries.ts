/**
 * Generators for the fuzz targets (test/fuzz/targets.ts): what officers type, paste and import, and what
 * Excel hands to the add-in, biased towards the forms the parsers treat specially (Thai, mixed and
 * full-width digits, thousands separators, "%", spaces and invisible characters around a value, error
 * strings, serial dates, booleans, blanks) and mixed with arbitrary values so nothing is only "almost right".
 *
 * The generators live by surface, one module each; this index gathers them under one import.
 */
export {
  cellGrid,
  cellText,
  cellValue,
  decoratedScore,
  edgeNumber,
  fiscalYearValue,
  framework,
  functionArgument,
  functionArgumentCell,
  hostCell,
  hundredths,
  INVISIBLE_MARKS,
  itemCodesOf,
  itemCodeText,
  numberLikeText,
  scalarCell,
  TRIMMED_SPACES,
} from "./cell-arbitraries";
export { assessmentJsonText } from "./assessment-json-arbitraries";
export { jsonFileText } from "./json-file-arbitraries";
export type { JsonFileText, JsonFindings } from "./json-file-arbitraries";
export { batchCsvText, csvTable, csvText, writeCsv } from "./csv-arbitraries";
export type { CsvTable } from "./csv-arbitraries";
export { findScoresGrid, origin, scoreBlock, sheetName } from "./sheet-arbitraries";
export { functionCall } from "./function-arbitraries";
export type { FunctionCall } from "./function-arbitraries";
export { pastedText } from "./pasted-text-arbitraries";
