/** `Workbook`'s bottom layer: the state every layer shares, the sheets, and the guards on writes. */

import { type Rect, parseAddress, qualified } from "../a1";
import { HostFailure } from "../errors";
import type { FormulaEngine } from "../formula-engine";
import {
  type ComputedValue,
  type SheetModel,
  type WorkbookModel,
  newSheet,
  newWorkbook,
  sheetId,
} from "../model";

const invalidSheetNameCharacters = /[[\]:*?/\\]/;

export class WorkbookSheets {
  model: WorkbookModel = newWorkbook();
  /**
   * The workbook is open read-only (`Workbook.readOnly`). Writes then reject with AccessDenied, as in Excel on
   * the web's viewing mode; not part of the model, since a failed sync restores the model but not the mode.
   */
  readOnly = false;
  protected computed = new Map<string, Map<number, ComputedValue>>();
  protected dirty = false;

  constructor(protected readonly engine: FormulaEngine | undefined) {}

  // ---- sheets ---------------------------------------------------------------------------------------

  sheetById(id: string): SheetModel | undefined {
    return this.model.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.model.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  sheetByNameOrId(key: string): SheetModel | undefined {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  requireSheet(id: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw new HostFailure("ItemNotFound", "the worksheet was deleted");
    return sheet;
  }

  validateSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== "string" || name.length === 0 || name.length > 31) {
      throw new HostFailure(
        "InvalidArgument",
        `a sheet name has 1 to 31 characters, got ${JSON.stringify(name)}`
      );
    }
    if (invalidSheetNameCharacters.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new HostFailure(
        "InvalidArgument",
        `sheet name ${JSON.stringify(name)} has a forbidden character`
      );
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== except) throw new HostFailure("ItemAlreadyExists", `sheet '${name}' exists`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.model.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.assertStructureEditable();
    this.validateSheetName(chosen);
    const sheet = newSheet(sheetId(this.model.nextSheetSerial++), chosen);
    this.model.sheets.push(sheet);
    this.dirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    this.assertStructureEditable();
    const newName = this.validateSheetName(name, sheet);
    if (newName === sheet.name) return;
    const pattern = new RegExp(
      `(^|[^\\w'.])(${escapeRegExp(sheet.name)}|'${escapeRegExp(sheet.name.replace(/'/g, "''"))}')!`,
      "giu"
    );
    const replacement = `$1${qualified(newName, { top: 0, left: 0, bottom: 0, right: 0 }).replace(/A1$/, "")}`;
    for (const other of this.model.sheets) {
      for (const [key, record] of other.cells) {
        if (record.content?.kind !== "formula") continue;
        const formula = record.content.formula.replace(pattern, replacement);
        if (formula !== record.content.formula)
          other.cells.set(key, { ...record, content: { kind: "formula", formula } });
      }
    }
    sheet.name = newName;
    this.dirty = true;
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureEditable();
    const visible = this.model.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new HostFailure("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    const index = this.model.sheets.indexOf(sheet);
    this.model.sheets.splice(index, 1);
    this.model.tables = this.model.tables.filter((table) => table.sheetId !== sheet.id);
    if (this.model.activeSheetId === sheet.id) {
      const next =
        this.model.sheets.slice(index).find((s) => s.visibility === "Visible") ??
        visible.find((s) => s !== sheet);
      if (next) this.model.activeSheetId = next.id;
    }
    this.dirty = true;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw new HostFailure("InvalidOperation", `sheet '${sheet.name}' is hidden`);
    this.model.activeSheetId = sheet.id;
  }

  activeSheet(): SheetModel {
    return this.requireSheet(this.model.activeSheetId);
  }

  /** Any change to the document (not the view: selection and the active sheet may change). */
  assertWritable(): void {
    if (this.readOnly) throw new HostFailure("AccessDenied", "the workbook is open read-only");
  }

  /** Adding, deleting, renaming, hiding or showing a sheet: refused while the workbook's structure is protected. */
  assertStructureEditable(): void {
    this.assertWritable();
    if (this.model.structureProtected)
      throw new HostFailure("AccessDenied", "the workbook's structure is protected");
  }

  /**
   * The workbook closed and opened again: every sheet gets a new id (Worksheet.id is only promised to
   * survive renames and moves; office-js#1390, office-js-docs#297), while names, settings, tables and the
   * cells stay.
   */
  reopen(): void {
    const ids = new Map<string, string>();
    this.model.sheets = this.model.sheets.map((sheet) => {
      const id = sheetId(this.model.nextSheetSerial++);
      ids.set(sheet.id, id);
      return { ...sheet, id };
    });
    const moved = (id: string) => ids.get(id) ?? id;
    this.model.activeSheetId = moved(this.model.activeSheetId);
    this.model.names = this.model.names.map((item) =>
      item.reference.kind === "range"
        ? { ...item, reference: { ...item.reference, sheetId: moved(item.reference.sheetId) } }
        : item
    );
    this.model.tables = this.model.tables.map((table) => ({ ...table, sheetId: moved(table.sheetId) }));
    this.dirty = true;
  }

  assertEditable(sheet: SheetModel): void {
    this.assertWritable();
    if (sheet.protection.protected)
      throw new HostFailure("AccessDenied", `worksheet '${sheet.name}' is protected`);
  }

  /** Resolves "Sheet1!A1:B2" (or "A1" on the active sheet) for the test-side controls. */
  resolveAddress(address: string): { sheet: SheetModel; rect: Rect } {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`ExcelHost: not an A1 address: ${address}`);
    const sheet = parsed.sheetName === undefined ? this.activeSheet() : this.sheetByName(parsed.sheetName);
    if (!sheet) throw new Error(`ExcelHost: no sheet named '${parsed.sheetName ?? ""}'`);
    return { sheet, rect: parsed.rect };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
