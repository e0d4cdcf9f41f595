/** The ITA frameworks: data per fiscal year, and what the rest of the core asks of them. */
export * from "./types";
export * from "./registry";
export * from "./lookup";
export * from "./oit-items";
export * from "./relabel";
export * from "./unconfirmed";
export * from "./served-item";
export * from "./framework-notes";
export { MASTER_PLAN_TARGET } from "./national";
export * from "./renumbering";
export * from "./calendar";
