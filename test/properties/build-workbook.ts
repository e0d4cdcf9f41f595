/**
 * Types a generated workbook (and any score block or agency table) into a fresh in-memory ExcelHost.
 */
import { createExcelHost, type ExcelHost } from "../support/excel-host";
import { cellName, quoteSheetName } from "../support/excel-host/a1";
import { areaAddress, areaOf, SheetSeed, typedInput, WorkbookSeed } from "./workbook-generators";
import { scoreBlockCells, ScoreBlockSeed } from "./score-block-generators";
import { agencyTableCells, AgencyTableSeed } from "./agency-table-generators";

// ---- building --------------------------------------------------------------------------------------------

/** The sheet a seed's index points at (indexes wrap, so any index names an existing sheet). */
export function sheetAt(seed: WorkbookSeed, index: number): SheetSeed {
  const sheet = seed.sheets[index % seed.sheets.length];
  if (!sheet) throw new RangeError("a workbook seed always has Sheet1");
  return sheet;
}

function typeCells(
  host: ExcelHost,
  sheet: string,
  top: number,
  left: number,
  rows: readonly (readonly unknown[])[]
) {
  if (rows.length === 0) return;
  host.setCells(areaAddress(sheet, areaOf(top, left, rows)), rows);
}

/** What else to type into the workbook before protection and merges are applied. */
export interface Extras {
  readonly scoreBlock?: ScoreBlockSeed;
  readonly agencyTable?: AgencyTableSeed;
}

/**
 * A fresh ExcelHost holding the seed's workbook (and any score block or agency table typed over its cells).
 * Names are added through the API, so `host.Excel.run` is used; nothing needs to be installed yet.
 */
export async function buildWorkbook(seed: WorkbookSeed, extras: Extras = {}): Promise<ExcelHost> {
  const host = createExcelHost({ atomicSync: seed.atomicSync, evaluateFormulas: seed.evaluateFormulas });
  const names = seed.sheets.map((sheet) => sheet.name);
  for (const sheet of seed.sheets.slice(1)) host.addSheet(sheet.name);
  for (const sheet of seed.sheets) {
    for (const cell of sheet.cells) {
      host.setCell(
        `${quoteSheetName(sheet.name)}!${cellName(cell.row, cell.column)}`,
        typedInput(cell.seed, names)
      );
    }
  }
  const block = extras.scoreBlock;
  if (block) typeCells(host, sheetAt(seed, block.sheet).name, block.top, block.left, scoreBlockCells(block));
  const table = extras.agencyTable;
  if (table) {
    const sheet = sheetAt(seed, table.sheet).name;
    const cells = agencyTableCells(table);
    typeCells(host, sheet, table.top, table.left, cells);
    const outputLeft = table.left + (cells[0]?.length ?? 0);
    for (const obstacle of table.obstacles) {
      host.setCell(
        `${quoteSheetName(sheet)}!${cellName(table.top + obstacle.row, outputLeft + obstacle.column)}`,
        `'${obstacle.text}`
      );
    }
  }
  await host.Excel.run(async (context) => {
    for (const name of seed.names) {
      const sheet = sheetAt(seed, name.sheet);
      const range = context.workbook.worksheets
        .getItem(sheet.name)
        .getRangeByIndexes(name.area.top, name.area.left, name.area.rows, name.area.columns);
      context.workbook.names.add(name.name, range, name.comment);
    }
    await context.sync();
  });
  for (const sheet of seed.sheets) {
    for (const merge of sheet.merges) {
      const address = areaAddress(sheet.name, merge);
      try {
        host.merge(address);
      } catch {
        // Two generated merges may overlap; Excel refuses the second, and so does the host. Keep the first.
      }
    }
    if (sheet.isProtected) host.protectSheet(sheet.name);
  }
  host.setActiveSheet(sheetAt(seed, seed.activeSheet).name);
  return host;
}
