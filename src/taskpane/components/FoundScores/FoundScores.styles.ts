import { makeStyles, tokens } from "@fluentui/react-components";

export const useFoundScoresStyles = makeStyles({
  caption: {
    // The section heading already names the table for sighted readers; the caption is for screen readers.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  rowHeader: {
    fontWeight: tokens.fontWeightRegular,
  },
  cellAddress: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  place: {
    fontWeight: tokens.fontWeightSemibold,
    // A long address ("'วางจากรายงาน'!F7") breaks rather than widen a zoomed pane (WCAG 1.4.10).
    overflowWrap: "anywhere",
  },
  listBlock: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  warn: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
  },
  listHeading: {
    margin: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  legend: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  legendHeading: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
