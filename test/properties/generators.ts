/**
 * fast-check generators for the workbook-safety properties: the workbooks an officer brings (extra sheets
 * with Thai names or the names the add-in would give its own sheets, typed values, text that looks like a
 * formula, real formulas, workbook names, protection, merges) and what the pane asks of them (scores valid
 * or not, fiscal years, agency names starting with "=", "+", "-" or "@").
 *
 * A generated workbook is plain data that {@link buildWorkbook} types into a fresh ExcelHost, so a failing
 * case prints as something a reader can rebuild by hand, and fast-check can shrink it.
 *
 * The generators live in one module each for what they make (text-generators, workbook-generators,
 * score-block-generators, agency-table-generators, build-workbook); this index gathers them.
 */
export { agencyName, fiscalYear, formulaLikeText, SUPPORTED_YEARS, userText } from "./text-generators";
export { areaAddress, areaOf, generatedSheetNames, sheetName, workbookSeed } from "./workbook-generators";
export type { Area, SheetSeed, WorkbookSeed } from "./workbook-generators";
export { scoreBlock, scoreBlockCells, seedScoreBlock } from "./score-block-generators";
export type { ScoreBlockSeed } from "./score-block-generators";
export { agencyTable, agencyTableCells } from "./agency-table-generators";
export type { AgencyTableSeed } from "./agency-table-generators";
export { buildWorkbook, sheetAt } from "./build-workbook";
export type { Extras } from "./build-workbook";
