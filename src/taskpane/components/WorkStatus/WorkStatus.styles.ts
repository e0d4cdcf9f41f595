import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkStatusStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
  },
  text: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
