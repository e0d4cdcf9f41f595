import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useStartFormStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  control: {
    // Fill the pane, however narrow, and never push it wider.
    minWidth: 0,
    width: "100%",
  },
  ways: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    margin: 0,
    padding: 0,
    border: "none",
  },
  waysHeading: {
    margin: 0,
    padding: 0,
  },
});
