import { makeStyles, tokens } from "@fluentui/react-components";

export const useAnalyzeControlsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
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
});
