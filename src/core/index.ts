/** The ITA core: pure TypeScript shared by the task pane, the custom functions and the CLI. */
export * from "./exact";
export * from "./issues";
export * from "./thai";
export * from "./parse";
export * from "./frameworks";
export * from "./score";
export * from "./assessment";
export * from "./result";
export * from "./a1";
export * from "./score-block";
export * from "./excel-formulas";
export * from "./output-block";
export * from "./weak-points";
export * from "./report/model";
export * from "./report/layout";
export * from "./report/layout-sheet";
