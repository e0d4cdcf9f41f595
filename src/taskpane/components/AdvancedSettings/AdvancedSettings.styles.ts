import { makeStyles, tokens } from "@fluentui/react-components";

export const useAdvancedSettingsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  toggle: {
    maxWidth: "100%",
    justifyContent: "flex-start",
    columnGap: tokens.spacingHorizontalS,
  },
  caret: {
    color: tokens.colorNeutralForeground2,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
  buttonText: {
    display: "flex",
    flexDirection: "column",
    textAlign: "start",
  },
});
