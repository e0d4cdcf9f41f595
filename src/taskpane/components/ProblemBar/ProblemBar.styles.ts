import { makeStyles, tokens } from "@fluentui/react-components";

export const useProblemBarStyles = makeStyles({
  root: {
    overflowWrap: "anywhere",
  },
  line: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
});
