/** `ita batch`: many agencies at once, from a table file to a summary workbook. Pure, like the core. */
export * from "./columns";
export * from "./csv-records";
export * from "./score-batch-year";
export * from "./read-agencies";
export * from "./summarize-batch";
export * from "./layout-batch";
