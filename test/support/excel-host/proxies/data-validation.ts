/** `range.dataValidation`. */

import { HostFailure } from "../errors";
import type { Workbook } from "../workbook";
import { ofType, type RangeRef, sheetAndRect } from "./arguments";
import { type Bound, ClientObject, cloneInput, type HostRequestContext } from "./base";

// ---- data validation ---------------------------------------------------------------------------------

const validationTypes: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const validationOperators = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object")
    throw new HostFailure("InvalidArgument", "a data validation rule object");
  const keys = Object.keys(rule).filter((key) => (rule as Record<string, unknown>)[key] !== undefined);
  const [type] = keys;
  if (keys.length !== 1 || type === undefined || !(type in validationTypes)) {
    throw new HostFailure(
      "InvalidArgument",
      `a rule has exactly one of ${Object.keys(validationTypes).join(", ")}`
    );
  }
  const criteria = (rule as Record<string, Record<string, unknown> | undefined>)[type] ?? {};
  if (type === "list") {
    if (typeof criteria.source !== "string" || criteria.source === "") {
      throw new HostFailure("InvalidArgument", "list validation needs a source");
    }
  } else if (type === "custom") {
    if (typeof criteria.formula !== "string")
      throw new HostFailure("InvalidArgument", "custom validation needs a formula");
  } else {
    const operator = criteria.operator;
    if (typeof operator !== "string" || !validationOperators.includes(operator)) {
      throw new HostFailure("InvalidArgument", `validation operator ${JSON.stringify(operator)}`);
    }
    if (criteria.formula1 === undefined)
      throw new HostFailure("InvalidArgument", "validation needs formula1");
    if ((operator === "Between" || operator === "NotBetween") && criteria.formula2 === undefined) {
      throw new HostFailure("InvalidArgument", `${operator} validation needs formula2`);
    }
  }
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

export class DataValidationObject extends ClientObject<RangeRef> {
  readonly _scalarNames = ["rule", "type", "prompt", "errorAlert", "ignoreBlanks"] as const;
  constructor(context: HostRequestContext, resolve: (workbook: Workbook) => Bound<RangeRef>) {
    super(context, "DataValidation", resolve);
  }
  override _readScalar(workbook: Workbook, ref: RangeRef, property: string): unknown {
    const area = workbook.validationOf(...sheetAndRect(workbook, ref));
    const ruleType = area?.rule ? (validationTypes[Object.keys(area.rule)[0] ?? ""] ?? "None") : "None";
    switch (property) {
      case "rule":
        return area === null ? null : (JSON.parse(JSON.stringify(area?.rule ?? {})) as unknown);
      case "type":
        return area === null ? "Inconsistent" : ruleType;
      case "prompt":
        return area === null ? null : { showPrompt: true, title: "", message: "", ...area?.prompt };
      case "errorAlert":
        return area === null
          ? null
          : { showAlert: true, style: "Stop", title: "", message: "", ...area?.errorAlert };
      case "ignoreBlanks":
        return area === null ? null : (area?.ignoreBlanks ?? true);
    }
    return super._readScalar(workbook, ref, property);
  }
  get rule(): unknown {
    return this._get("rule");
  }
  set rule(value: unknown) {
    const data = cloneInput(value);
    this._queue("rule", data, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), { rule: checkRule(data) })
    );
  }
  get type(): string {
    return this._get("type");
  }
  get prompt(): unknown {
    return this._get("prompt");
  }
  set prompt(value: unknown) {
    const data = cloneInput(value) as Record<string, unknown>;
    this._queue("prompt", data, (wb, ref) => wb.setValidation(...sheetAndRect(wb, ref), { prompt: data }));
  }
  get errorAlert(): unknown {
    return this._get("errorAlert");
  }
  set errorAlert(value: unknown) {
    const data = cloneInput(value) as Record<string, unknown>;
    this._queue("errorAlert", data, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), { errorAlert: data })
    );
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._queue("ignoreBlanks", value, (wb, ref) =>
      wb.setValidation(...sheetAndRect(wb, ref), {
        ignoreBlanks: ofType<boolean>(value, "boolean", "ignoreBlanks"),
      })
    );
  }
  clear(): void {
    this._queue("clear", null, (wb, ref) => wb.clearValidation(...sheetAndRect(wb, ref)));
  }
}
