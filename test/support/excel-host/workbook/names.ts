/** `Workbook`'s layer for workbook names (`names.add`, a name's reference and formula). */

import { parseAddress, qualified } from "../a1";
import { HostFailure } from "../errors";
import type { NamedItemModel } from "../model";
import { WorkbookSheets } from "./sheets";

const namePattern = /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*$/u;
const referenceLikeName = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

export class WorkbookNames extends WorkbookSheets {
  // ---- names -----------------------------------------------------------------------------------------

  nameByName(name: string): NamedItemModel | undefined {
    const wanted = name.toLowerCase();
    return this.model.names.find((item) => item.name.toLowerCase() === wanted);
  }

  addName(name: unknown, reference: NamedItemModel["reference"], comment: unknown): NamedItemModel {
    this.assertWritable();
    if (
      typeof name !== "string" ||
      name.length > 255 ||
      !namePattern.test(name) ||
      referenceLikeName.test(name)
    ) {
      throw new HostFailure("InvalidArgument", `${JSON.stringify(name)} is not a valid name`);
    }
    if (this.nameByName(name)) throw new HostFailure("ItemAlreadyExists", `the name '${name}' exists`);
    const item: NamedItemModel = { name, reference, comment: typeof comment === "string" ? comment : "" };
    this.model.names.push(item);
    this.dirty = true;
    return item;
  }

  setNameVisible(item: NamedItemModel, visible: boolean): void {
    this.assertWritable();
    this.model.names = this.model.names.map((other) => (other === item ? { ...item, visible } : other));
  }

  deleteName(item: NamedItemModel): void {
    this.assertWritable();
    this.model.names = this.model.names.filter((other) => other !== item);
    this.dirty = true;
  }

  nameFormula(item: NamedItemModel): string {
    if (item.reference.kind === "formula") return item.reference.formula;
    const sheet = this.sheetById(item.reference.sheetId);
    return sheet ? `=${qualified(sheet.name, item.reference.rect, true)}` : "=#REF!";
  }

  /** Parses a names.add reference string: "=Sheet1!$A$1:$B$2" (a range) or another formula. */
  parseNameReference(reference: string): NamedItemModel["reference"] {
    const body = reference.startsWith("=") ? reference.slice(1) : reference;
    const parsed = parseAddress(body.replace(/\$/g, ""));
    if (parsed?.sheetName !== undefined) {
      const sheet = this.sheetByName(parsed.sheetName);
      if (!sheet) throw new HostFailure("InvalidReference", `no sheet '${parsed.sheetName}'`);
      return { kind: "range", sheetId: sheet.id, rect: parsed.rect };
    }
    if (!reference.startsWith("="))
      throw new HostFailure("InvalidArgument", `reference ${JSON.stringify(reference)}`);
    return { kind: "formula", formula: reference };
  }
}
