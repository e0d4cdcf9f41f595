/**
 * The tracking sheet (issue 14): the measures of a report as a sheet the officer fills in, regenerated
 * without losing an entry, and read back with every problem at its cell. Pure, like the rest of the core.
 */
export * from "./cell-date";
export * from "./statuses";
export * from "./tracked-measure";
export * from "./tracking-sheet";
export * from "./locate";
export * from "./merge-tracking";
export * from "./read-tracking";
export * from "./find-tracking-sheet";
