/**
 * The pane's status as its live region announces it (`paneStatus`): derived from the state, never stored.
 */
import type { ExportedReport } from "../../excel/actions";
import type { PaneState, PaneWork, SettingsSheetKind } from "./paneState";

/** What the live region says: the work in progress, or how the last action ended. */
export type PaneStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly work: PaneWork }
  | { readonly kind: "inserted"; readonly sheetName: string }
  | { readonly kind: "settings-inserted"; readonly sheet: SettingsSheetKind; readonly sheetName: string }
  | { readonly kind: "previewed" }
  | { readonly kind: "found"; readonly indicators: number; readonly mismatches: number }
  | { readonly kind: "analyzed"; readonly outputAddress: string }
  | { readonly kind: "generated"; readonly sheetNames: readonly string[] }
  | { readonly kind: "exported"; readonly file: ExportedReport }
  | { readonly kind: "failed" };

export function paneStatus(state: PaneState): PaneStatus {
  if (state.work !== undefined) return { kind: "working", work: state.work };
  if (state.trouble !== undefined) return { kind: "failed" };
  if (state.settingsSheet !== undefined)
    return {
      kind: "settings-inserted",
      sheet: state.settingsSheet.kind,
      sheetName: state.settingsSheet.sheetName,
    };
  if (state.report?.kind === "generated")
    return { kind: "generated", sheetNames: state.report.report.sheets.map((sheet) => sheet.name) };
  if (state.report?.kind === "exported") return { kind: "exported", file: state.report.file };
  if (state.analysis !== undefined)
    return { kind: "analyzed", outputAddress: state.analysis.outcome.outputAddress };
  if (state.source?.kind === "input-sheet")
    return { kind: "inserted", sheetName: state.source.sheet.sheetName };
  if (state.source?.kind === "selection") return { kind: "previewed" };
  if (state.found !== undefined)
    return {
      kind: "found",
      indicators: state.found.found.length,
      mismatches: state.found.mismatches.length,
    };
  return { kind: "idle" };
}
