import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { sectionStyles } from "../PaneSection/section-styles";

export const useReportPanelStyles = makeStyles({
  root: sectionStyles.root,
  heading: sectionStyles.heading,
  line: sectionStyles.line,
  hint: sectionStyles.hint,
  options: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  control: sectionStyles.control,
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
  outcome: {
    ...sectionStyles.outcome,
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: "anywhere",
  },
});
