/**
 * "Use the selected range" and Analyze: read the selected (or given) scores, recognise them with the core, and
 * write the output block beside them. Phases: queue every read → sync → the core → queue every write → one
 * sync. Nothing is derived from an object that may be a null object (audit B2), so a sheet named in an
 * address is looked up in a sync of its own first. Syncs: the preview 1, Analyze 2 from the selection and 3
 * from an address; one more when the workbook has a framework sheet of the year, and one more when the
 * sheet has an Excel Table (to see where it is).
 *
 * The public face of `analyze/`, split along those phases: reading the input (read-input.ts), what is
 * refused about the selected block (selection-issues.ts), the assessment in the cells read (assess-read.ts),
 * planning the output and checking its cells (plan-analysis.ts), the preview (preview-selection.ts), and
 * Analyze, which writes (analyze.ts). The report actions read the same block through the reads exported here.
 */
export { analyze } from "./analyze/analyze";
export { assessRead } from "./analyze/assess-read";
export { previewSelection } from "./analyze/preview-selection";
export {
  missingInputSheetIssue,
  queueInputBlockReads,
  queueInputSheetLookup,
  readInput,
} from "./analyze/read-input";
export type { InputSheetLookup, ReadPhase } from "./analyze/read-input";
