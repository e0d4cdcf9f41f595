import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkflowStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  source: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});
