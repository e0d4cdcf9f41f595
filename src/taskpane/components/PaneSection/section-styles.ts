/**
 * The look the pane's sections after the results share (the report and the tracking panels): a section
 * set off by a thin line above, its heading in the brand colour, text that wraps however narrow the pane,
 * controls that fill it, and an outcome on a green background. Plain style objects, spread into each
 * panel's own `makeStyles`, so Griffel still emits one class per rule.
 */
import { tokens, typographyStyles } from "@fluentui/react-components";

export const sectionStyles = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorBrandForeground1,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  control: {
    // Fill the pane, however narrow, and never push it wider: a select is as wide as its longest option.
    minWidth: 0,
    width: "100%",
  },
  outcome: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
  },
} as const;
