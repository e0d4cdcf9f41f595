import { makeStyles, tokens } from "@fluentui/react-components";

export const useLazyPanelStyles = makeStyles({
  loading: {
    justifyContent: "flex-start",
    paddingBlock: tokens.spacingVerticalS,
  },
  failure: {
    overflowWrap: "anywhere",
  },
  line: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
  retry: {
    marginTop: tokens.spacingVerticalS,
  },
});
