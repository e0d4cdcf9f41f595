/**
 * What the pane asks Excel for, drawn from its state: the report request, the block Analyze reads, the
 * agency as typed.
 */
import { parseDate } from "../../core";
import type { ReportRequest } from "../../excel/actions";
import type { PaneState, ReportDetails, ScoreSource } from "./paneState";

/** The block Analyze reads: the input sheet's, or the one the preview showed even if the selection moved. */
export function analysisAddressOf(source: ScoreSource): string {
  return source.kind === "input-sheet" ? source.sheet.analysisAddress : source.preview.blockAddress;
}

/**
 * What the report is drawn from: the block the last successful Analyze read, the input sheet's items when
 * there is one, the same year and agency; nothing before an analysis.
 */
export function reportRequestFor(state: PaneState): ReportRequest | undefined {
  const { source, analysis, fiscalYear, agency, reportOptions } = state;
  if (source === undefined || analysis === undefined) return undefined;
  const itemsAddress = source.kind === "input-sheet" ? source.sheet.itemsAddress : undefined;
  return {
    fiscalYear,
    agency: agencyOf(agency),
    inputAddress: analysisAddressOf(source),
    ...(itemsAddress === undefined ? {} : { itemsAddress }),
    digits: reportOptions.digits,
    chart: reportOptions.chart,
    ...reportDetailsOf(reportOptions.details),
  };
}

/** The typed details as the request carries them: blanks left out, the date read (CE from a date input). */
function reportDetailsOf(details: ReportDetails): Partial<ReportRequest> {
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  const asOf = details.scoresAsOf === "" ? undefined : parseDate(details.scoresAsOf);
  const district = text(details.district);
  const province = text(details.province);
  return {
    ...(details.agencyKind === "" ? {} : { agencyKind: details.agencyKind }),
    ...(district === undefined ? {} : { district }),
    ...(province === undefined ? {} : { province }),
    ...(asOf?.ok ? { scoresAsOf: asOf.value } : {}),
  };
}

export function agencyOf(typed: string): string | undefined {
  const agency = typed.trim();
  return agency === "" ? undefined : agency;
}
