import { makeStyles, tokens } from "@fluentui/react-components";

export const useHintedActionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
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
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
