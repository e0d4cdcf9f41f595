import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useInputSheetCardStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  address: {
    fontWeight: tokens.fontWeightSemibold,
  },
});
