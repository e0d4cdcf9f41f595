import { forwardRef } from "react";
import { AGENCY_KINDS, agencyKindFromName } from "../../../core";
import { ReportPanel, type ReportPanelProps } from "./ReportPanel";

export interface AgencyReportPanelProps extends Omit<ReportPanelProps, "kinds" | "guessedKind"> {
  /** The agency's name as typed on the start form: the kind it suggests is the default. */
  agency: string;
}

/**
 * The report panel with the core's kinds of agency and the kind the agency's name suggests. Apart from the
 * Workflow so that the kinds and their terms load with the results, not with the start view.
 */
export const AgencyReportPanel = forwardRef<HTMLParagraphElement, AgencyReportPanelProps>(
  function AgencyReportPanel({ agency, ...panel }, ref) {
    return <ReportPanel ref={ref} {...panel} kinds={AGENCY_KINDS} guessedKind={agencyKindFromName(agency)} />;
  }
);
