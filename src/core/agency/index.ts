/**
 * The kinds of agency the ITA assesses and the terms their documents use (issue 12 point 9): the table of
 * kinds, the placeholders of the catalogue's texts, and how a kind is chosen for an assessment.
 */
export * from "./terms";
export * from "./kinds";
export * from "./detect";
export * from "./titles";
