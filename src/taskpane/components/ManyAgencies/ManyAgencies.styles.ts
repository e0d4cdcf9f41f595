import { makeStyles, tokens } from "@fluentui/react-components";

export const useManyAgenciesStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  button: { maxWidth: "100%", whiteSpace: "normal", height: "auto" },
  progressText: { color: tokens.colorNeutralForeground2 },
  outcome: { overflowWrap: "anywhere" },
  line: { margin: 0, marginTop: tokens.spacingVerticalXS },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
