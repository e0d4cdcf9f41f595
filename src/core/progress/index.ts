/**
 * The implementation report (issue 14): the figures of a tracking sheet as of a date, the report an agency
 * publishes on carrying out its measures, and the summary of many agencies. Pure, like the rest of the core.
 */
export * from "./progress-figures";
export * from "./build-progress-report";
export * from "./progress-summary";
