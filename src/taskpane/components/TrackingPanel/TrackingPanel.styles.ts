import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { sectionStyles } from "../PaneSection/section-styles";

export const useTrackingPanelStyles = makeStyles({
  root: sectionStyles.root,
  heading: sectionStyles.heading,
  line: sectionStyles.line,
  hint: sectionStyles.hint,
  control: sectionStyles.control,
  status: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: "anywhere",
  },
  outcome: sectionStyles.outcome,
  replace: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
});
