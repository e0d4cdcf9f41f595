/**
 * The two checks every reader of the JSON input format starts with: is a value an object, and what is the
 * JSON path of one of its keys (`$.scores.2`, `$.items["o 1"]`), the location each problem is reported at.
 */
type JsonObject = Record<string, unknown>;

/** True for a JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The JSON path of `key` under `parent`: `$.scores.2`, or `$.items["o 1"]` for a key that needs quoting. */
export function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/.test(key)
    ? `${parent}.${key}`
    : `${parent}[${JSON.stringify(key)}]`;
}
