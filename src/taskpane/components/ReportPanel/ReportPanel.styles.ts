import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useReportPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorBrandForeground1,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  options: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  control: {
    // Fill the pane, however narrow, and never push it wider: a select is as wide as its longest option.
    minWidth: 0,
    width: "100%",
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  button: {
    maxWidth: "100%",
  },
  buttonText: {
    display: "flex",
    flexDirection: "column",
    textAlign: "start",
    // The English line takes the button's own colour: muted grey would be unreadable on the primary blue.
    "& [lang=en]": {
      color: "inherit",
    },
  },
  outcome: {
    ...typographyStyles.body1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
});
