import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useTrackingPanelStyles = makeStyles({
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
    minWidth: 0,
    width: "100%",
  },
  status: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: "anywhere",
  },
  outcome: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
  },
  replace: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
});
