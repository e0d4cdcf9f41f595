import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useAnalysisResultsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorBrandForeground1,
  },
  subheading: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  noticeLine: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  term: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
  },
  total: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  tools: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  tool: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toolName: {
    flexGrow: 1,
    flexBasis: "0",
    minWidth: "50%",
    overflowWrap: "anywhere",
  },
  toolScore: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: {
    // Columns size to their content so the indicator names, not the numbers, take the wrapping.
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  cell: {
    // "break-word", not "anywhere": it wraps a long word only when it must, so the column keeps room for
    // whole Thai words instead of shrinking to a letter.
    overflowWrap: "break-word",
    textAlign: "start",
    // English names ("Effectiveness of communication") may break anywhere; the Thai line sets the width.
    "& [lang=en]": {
      overflowWrap: "anywhere",
    },
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  change: {
    // The arrow may go above the figure when the pane is narrow; the figure itself never breaks.
    whiteSpace: "normal",
  },
  figureText: {
    whiteSpace: "nowrap",
  },
  up: {
    color: tokens.colorPaletteGreenForeground1,
  },
  down: {
    color: tokens.colorPaletteRedForeground1,
  },
  unchanged: {
    color: tokens.colorNeutralForeground2,
  },
  weakest: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
